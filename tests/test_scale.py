"""The synthetic portal of the benchmarks: valid, deterministic, buildable, and no navigation
that lists every dataset."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks.scale import change_one_dataset, nav_dataset_links
from benchmarks.synth import write_portal
from generator import pipeline
from generator.settings import Settings
from tests.conftest import run_cli

STAGES = ["load", "validate", "render", "write", "stamp", "site engine", "harden", "search index", "swap"]


@pytest.fixture(scope="module")
def portal(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = tmp_path_factory.mktemp("synthetic") / "portal"
    write_portal(repo, datasets=4, rows=30, dip=40, seed=3)
    return repo


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {path.relative_to(root).as_posix(): path.read_bytes()
            for folder in ("content", "datasets") for path in sorted((root / folder).rglob("*")) if path.is_file()}


def test_the_portal_validates_with_zero_problems(portal: Path) -> None:
    outcome = pipeline.check(Settings(root=portal, strict=True))
    assert outcome.problems == []
    assert len(outcome.project.datasets) == 4
    assert all(len(dataset.resources[0].fields) == 10 for dataset in outcome.project.datasets)
    assert sum(entry.id.startswith("SIN-") for entry in outcome.project.dip) == 40


def test_the_same_seed_writes_the_same_portal(portal: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    write_portal(again, datasets=4, rows=30, dip=40, seed=3)
    assert tree_bytes(again) == tree_bytes(portal)
    write_portal(again, datasets=4, rows=30, dip=40, seed=4)
    assert tree_bytes(again) != tree_bytes(portal)


def test_a_changed_dataset_stays_valid(tmp_path: Path) -> None:
    repo = tmp_path / "portal"
    write_portal(repo, datasets=2, rows=5, dip=3, seed=1)
    change_one_dataset(repo)
    assert pipeline.check(Settings(root=repo, strict=True)).problems == []


def test_it_builds_and_no_navigation_lists_the_datasets(portal: Path) -> None:
    result = run_cli(portal, "build", "--timings")
    assert result.returncode == 0, result.stderr
    assert re.findall(r"^stage (.+?)\s+[0-9.]+ s$", result.stdout, re.MULTILINE) == [*STAGES, "total"]
    site = portal / "site"
    names = sorted(path.name for path in (portal / "datasets").iterdir())
    catalogue = (site / "dataset" / "index.html").read_text(encoding="utf-8")
    for name in names:
        assert (site / "dataset" / name / "data.csv").is_file()
        assert f'href="{name}/"' in catalogue
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 100
    assert [page for page in pages if nav_dataset_links(page, names)] == []


def test_the_pipeline_returns_its_stage_times(portal: Path) -> None:
    outcome = pipeline.check(Settings(root=portal))
    assert [item.stage for item in outcome.timings] == ["load", "validate"]
    assert all(item.seconds >= 0 for item in outcome.timings)


def test_the_navigation_check_sees_a_listing(tmp_path: Path) -> None:
    page = tmp_path / "dataset" / "a" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text('<nav><ul><li><a href="../a/">A</a><nav><a href="../b/index.html">B</a>'
                    '<a href="../../dataset/c/">C</a></nav></ul></nav><a href="../d/">D</a>', encoding="utf-8")
    assert nav_dataset_links(page, ["a", "b", "c", "d"]) == 2  # b and c: a is the page, d is outside
