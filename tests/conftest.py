"""Shared fixtures: copies of real trees in temporary folders, built with the real pipeline."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from generator import pipeline
from generator.settings import Settings
from tests.browser import chromium, serving

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
IGNORED = shutil.ignore_patterns("site", ".etalase", "__pycache__")
COMMIT_DATE = "2026-01-15T09:00:00+07:00"


def copy_repo(source: Path, target: Path) -> Path:
    """Copy a site tree (content/, datasets/, mkdocs.yml) to ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    for name in ("content", "datasets"):
        if (source / name).is_dir():
            shutil.copytree(source / name, target / name, ignore=IGNORED)
    shutil.copyfile(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target


def git_commit(repo: Path, message: str, *, date: str = COMMIT_DATE) -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date,
           "GIT_AUTHOR_NAME": "PPID", "GIT_AUTHOR_EMAIL": "ppid@example.invalid",
           "GIT_COMMITTER_NAME": "PPID", "GIT_COMMITTER_EMAIL": "ppid@example.invalid"}
    if not (repo / ".git").exists():
        subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True, env=env)
    subprocess.run(["git", "-C", str(repo), "add", "-A"], check=True, env=env)
    subprocess.run(["git", "-C", str(repo), "commit", "-q", "-m", message], check=True, env=env)


def built_portal(folder: Path, **portal: int) -> Path:
    """A synthetic portal (benchmarks/synth.py: datasets, rows, dip, seed) in ``folder/portal``,
    built by the real pipeline."""
    from benchmarks.synth import write_portal

    repo = folder / "portal"
    write_portal(repo, **portal)
    outcome = pipeline.build(Settings(root=repo))
    assert outcome.built, (outcome.problems, outcome.engine_output)
    return repo


def run_cli(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -m generator`` as staff run it, in a separate process."""
    return subprocess.run([sys.executable, "-m", "generator", "--root", str(repo), *args],
                          capture_output=True, text=True, cwd=ROOT, check=False)


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A small valid site (one dataset, four DIP entries), copied so tests may break it."""
    return copy_repo(FIXTURES / "mini", tmp_path / "mini")


@pytest.fixture(scope="session")
def mini_built_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The mini site after one ``build`` by the CLI, once a test process; never changed."""
    repo = copy_repo(FIXTURES / "mini", tmp_path_factory.mktemp("mini-built") / "mini")
    result = run_cli(repo, "build")
    assert result.returncode == 0, result.stdout + result.stderr
    return repo


@pytest.fixture
def built_mini(mini_built_once: Path, tmp_path: Path) -> Path:
    """``mini`` after a build, as if built here: the built copy with its ``site/`` and
    ``.etalase/`` and every file's time kept, which the next build finds unchanged
    (tests/test_rebuild.py proves it), so tests may change and build it again."""
    return shutil.copytree(mini_built_once, tmp_path / "mini", symlinks=True)


@pytest.fixture(scope="session")
def sample_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's own sample site, committed once so git dates exist."""
    repo = copy_repo(ROOT, tmp_path_factory.mktemp("sample") / "repo")
    git_commit(repo, "Sample site")
    return repo


@pytest.fixture(scope="session")
def sample_site(sample_repo: Path) -> Iterator[Path]:
    outcome = pipeline.build(Settings(root=sample_repo))
    assert outcome.built, (outcome.problems, outcome.engine_output)
    yield sample_repo / "site"


# Shared by the browser tests (tests/browser.py holds the helpers).
@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    """Debian's Chromium, headless, once per test module."""
    with chromium() as launched:
        yield launched


@pytest.fixture(scope="module")
def base_url(sample_site: Path) -> Iterator[str]:
    """The built sample site served on 127.0.0.1."""
    with serving(sample_site) as url:
        yield url
