"""Fault injection: whatever breaks during a build, the previous site/ stays byte-identical.

Cases: kill -9 of the build while the site engine runs, a full disk (a real small
tmpfs, and a write that raises ENOSPC), and an exception in every stage. After each
case the next build must succeed and leave no staging folder behind.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from generator import cli, pipeline
from generator.build import swap as publish
from generator.build.stamp import NAME as STAMP
from tests.conftest import ROOT, run_cli


def snapshot(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*"))
            if path.is_file()}


def change_content(repo: Path) -> None:
    """An edit that changes the next build's output, so a half swap would show."""
    page = repo / "content" / "pages" / "tentang.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nParagraf baru.\n", encoding="utf-8")


def assert_recovers(repo: Path, before: dict[str, bytes]) -> None:
    assert snapshot(repo / "site") == before
    result = run_cli(repo, "build")
    assert result.returncode == 0, result.stdout + result.stderr
    assert not list((repo / ".etalase").glob("site-new-*"))
    assert not (repo / ".etalase" / "site-old").exists()
    assert "Paragraf baru." in (repo / "site" / "tentang" / "index.html").read_text(encoding="utf-8")


@pytest.fixture
def built(built_mini: Path) -> Iterator[tuple[Path, dict[str, bytes]]]:
    mini = built_mini
    before = snapshot(mini / "site")
    change_content(mini)
    yield mini, before


def test_kill_9_while_the_engine_runs(built: tuple[Path, dict[str, bytes]]) -> None:
    repo, before = built
    process = subprocess.Popen([sys.executable, "-m", "generator", "--root", str(repo), "build"], cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 60
    while not list((repo / ".etalase").glob("site-new-*")) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert process.poll() is None, "the build ended before the engine started"
    time.sleep(0.3)  # the engine is writing into the staging folder now
    os.killpg(process.pid, signal.SIGKILL)
    assert process.wait(timeout=30) == -signal.SIGKILL
    assert list((repo / ".etalase").glob("site-new-*")), "killed before any half state existed"
    assert_recovers(repo, before)


def test_full_disk_on_a_small_tmpfs(tmp_path: Path, mini: Path) -> None:
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", str(mount)], capture_output=True,
                          check=False)
    if done.returncode != 0:
        pytest.skip("mounting a tmpfs is not permitted here; test_full_disk_during_write covers ENOSPC")
    try:
        repo = shutil.copytree(mini, mount / "repo")
        assert run_cli(repo, "build").returncode == 0
        before = snapshot(repo / "site")
        change_content(repo)
        filler = mount / "filler"
        free = shutil.disk_usage(mount).free
        filler.write_bytes(b"\0" * max(free - 64 * 1024, 0))  # leave 64 KiB: not enough for a build
        result = run_cli(repo, "build")
        assert result.returncode != 0
        assert "No space left on device" in result.stderr
        assert "site/ tidak diubah" in result.stderr.strip().splitlines()[-1]  # the last word is ours
        assert snapshot(repo / "site") == before
        filler.unlink()
        assert_recovers(repo, before)
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_full_disk_during_write(built: tuple[Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch,
                                capsys: pytest.CaptureFixture[str]) -> None:
    repo, before = built
    real = Path.write_text

    def full(self: Path, *args: Any, **kwargs: Any) -> int:
        if "site-new-" in str(self):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(self))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Path, "write_text", full)  # the post-build stage rewrites pages in staging
    assert cli.main(["--root", str(repo), "build"]) == cli.EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "No space left on device" in err and "site/ tidak diubah" in err
    monkeypatch.undo()
    assert_recovers(repo, before)


def _raise(*args: Any, **kwargs: Any) -> Any:
    raise RuntimeError("gagal buatan")


STAGES = ["load_project", "validate_with_stats", "render_project", "write_tree", "build_site", "harden_site",
          "swap_in"]


@pytest.mark.parametrize("stage", STAGES)
def test_an_exception_in_any_stage(stage: str, built: tuple[Path, dict[str, bytes]],
                                   monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    repo, before = built
    if stage == "swap_in":  # fail inside the swap, after the old site was moved aside
        real: Callable[..., None] = os.replace
        calls: list[str] = []

        def second_fails(src: Any, dst: Any) -> None:
            if "cache" in Path(src).parts or Path(src).suffix:  # entries of the validation cache and the
                real(src, dst)  # engine's language folders (site-new-*.en), moved before the swap
                return
            calls.append(str(src))
            if len(calls) == 2:
                raise OSError(errno.EIO, "simulated", str(src))
            real(src, dst)

        monkeypatch.setattr(publish.os, "replace", second_fails)
    else:
        monkeypatch.setattr(pipeline, stage, _raise)
    code = cli.main(["--root", str(repo), "build"])
    assert code == cli.EXIT_INTERNAL
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "tidak diubah" in err
    monkeypatch.undo()
    assert_recovers(repo, before)


def test_hardened_builds_are_deterministic(built: tuple[Path, dict[str, bytes]]) -> None:
    repo, _ = built
    assert run_cli(repo, "build").returncode == 0
    first = snapshot(repo / "site")
    (repo / ".etalase" / STAMP).unlink()  # without its stamp the next build runs every stage again
    result = run_cli(repo, "build", "--timings")
    assert result.returncode == 0 and "stage search index" in result.stdout
    second = snapshot(repo / "site")
    assert any(name.startswith("pagefind/filter/") for name in first)  # Pagefind's filter indexes exist
    assert second == first  # every file, Pagefind's included


def test_a_site_over_the_size_limit_is_not_swapped_in(built: tuple[Path, dict[str, bytes]]) -> None:
    repo, before = built
    change_content(repo)
    result = run_cli(repo, "--max-site-mb", "0.5", "build")
    assert result.returncode == 1
    assert "[site-too-large]" in result.stdout and "--max-site-mb" in result.stdout
    assert snapshot(repo / "site") == before  # the live site stays exactly as it was
    assert run_cli(repo, "build").returncode == 0  # the default limit (GitHub Pages' 1 GB) lets it through
