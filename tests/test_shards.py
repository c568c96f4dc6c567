"""Validation in shards on several machines: the merged caches equal one unsharded run."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator import pipeline
from generator.settings import Settings
from generator.validate.units import shard_of
from tests.conftest import run_cli

NAMES = ("anggaran", "pendapatan", "penduduk", "sekolah", "puskesmas", "jalan")


@pytest.fixture
def many(mini: Path) -> Path:
    """The mini site with six more datasets, two of them broken, and an unknown key in site.yaml."""
    site = mini / "content" / "site.yaml"
    site.write_text(site.read_text(encoding="utf-8") + "warna: biru\n", encoding="utf-8")
    for index, name in enumerate(NAMES):
        folder = shutil.copytree(mini / "datasets" / "angka-kecil", mini / "datasets" / name)
        descriptor = folder / "datapackage.yaml"
        descriptor.write_text(descriptor.read_text(encoding="utf-8").replace("name: angka-kecil", f"name: {name}"),
                              encoding="utf-8")
        if index % 3 == 0:
            data = folder / "angka.csv"
            data.write_text(data.read_text(encoding="utf-8").replace(",250", ",banyak"), encoding="utf-8")
    return mini


def located(outcome: pipeline.Outcome) -> list[tuple[str, str, int | None, str | None]]:
    return [(problem.code, problem.file, problem.row, problem.field) for problem in outcome.problems]


def test_every_shard_gets_datasets_and_shard_one_the_project() -> None:
    assert {shard_of(name, 3) for name in (*NAMES, "angka-kecil")} == {1, 2, 3}
    assert shard_of(None, 3) == 1
    assert [shard_of(name, 3) for name in NAMES] == [shard_of(name, 3) for name in NAMES]  # stable


def test_merged_shards_equal_an_unsharded_run(many: Path, tmp_path: Path) -> None:
    whole = pipeline.check(Settings(root=many, cache=False, jobs=1))
    assert {code for code, *_ in located(whole)} == {"type-error", "unknown-key"}
    parts: list[tuple[str, str, int | None, str | None]] = []
    caches = []
    for index in (1, 2, 3):
        cache = tmp_path / f"runner-{index}"
        shard = pipeline.check(Settings(root=many, jobs=1, shard=(index, 3), cache_root=cache))
        assert shard.stats.cached == ()
        assert all(name.startswith("dataset:") for name in shard.stats.ran) or index == 1
        parts += located(shard)
        caches.append(cache)
    assert sorted(parts) == sorted(located(whole))
    from generator.cache import merge_caches

    assert merge_caches(caches, many / ".etalase" / "cache") == len(NAMES) + 1 + 2  # datasets, DIP, page
    merged = pipeline.check(Settings(root=many, jobs=1))
    assert merged.stats.ran == ()
    assert len(merged.stats.cached) == len(NAMES) + 3
    assert merged.problems == whole.problems


def test_shards_and_merge_from_the_command_line(many: Path, tmp_path: Path) -> None:
    whole = run_cli(many, "--no-cache", "validate", "--format", "json")
    found = []
    for index in (1, 2, 3):
        result = run_cli(many, "--cache-dir", str(tmp_path / f"c{index}"), "validate", "--shard", f"{index}/3",
                         "--format", "json")
        assert result.returncode in (0, 1), result.stderr
        found += json.loads(result.stdout)["problems"]
    assert sorted(found, key=json.dumps) == sorted(json.loads(whole.stdout)["problems"], key=json.dumps)
    merged = run_cli(many, "merge-cache", *(str(tmp_path / f"c{index}") for index in (1, 2, 3)))
    assert merged.returncode == 0 and merged.stdout.startswith("9 hasil validasi digabungkan"), merged.stdout
    assert run_cli(many, "validate", "--format", "json").stdout == whole.stdout
    assert run_cli(many, "validate", "--shard", "4/3").returncode == 2
    assert run_cli(many, "merge-cache", str(tmp_path / "nowhere")).returncode == 2
