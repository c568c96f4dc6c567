"""Loading and validating in worker processes gives what one process gives, in the same order."""

from __future__ import annotations

import random
import sys
from functools import partial
from pathlib import Path

import pytest

from generator.load.datasets import PARALLEL_FROM, load_dataset, load_datasets
from generator.load.facts import NotCached
from generator.model import Problem
from generator.settings import Settings, usable_cores
from generator.validate.run import run_units
from generator.validate.units import Unit

ROOT = Path(__file__).resolve().parents[1]


def _portal(root: Path, count: int) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import synth
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    rng = random.Random(3)
    for number in range(1, count + 1):
        synth.write_dataset(root / "datasets" / synth.dataset_name(number), number, rows=20, rng=rng)
    (root / "datasets" / "rusak").mkdir()
    (root / "datasets" / "rusak" / "datapackage.yaml").write_text("title: A\ntitle: B\n", encoding="utf-8")
    (root / "datasets" / "kosong").mkdir()  # no descriptor at all


def test_datasets_load_alike_in_workers_and_in_one_process(tmp_path: Path) -> None:
    _portal(tmp_path, PARALLEL_FROM + 2)
    alone = load_datasets(Settings(root=tmp_path, cache=False, jobs=1))
    shared = load_datasets(Settings(root=tmp_path, cache=False, jobs=2))
    assert shared == alone
    datasets, problems = shared
    assert len(datasets) == PARALLEL_FROM + 2
    assert [(problem.code, problem.file, problem.line) for problem in problems] == [
        ("file-missing", "datasets/kosong/datapackage.yaml", None),
        ("yaml-duplicate-key", "datasets/rusak/datapackage.yaml", 2)]


def _found(name: str) -> list[Problem]:
    return [Problem("internal-error", name)]


def test_units_come_back_in_their_order_whatever_their_weight() -> None:
    units = [Unit(f"u{index}", str(index), partial(_found, f"f{index}"), f"f{index}", weight=weight)
             for index, weight in enumerate([1, 50, 0, 7, 1000])]
    for jobs in (1, 2):
        calls: list[str] = []
        results = [(unit.name, found[0].file) for unit, found in
                   run_units(units, jobs=jobs, meanwhile=lambda calls=calls: calls.append("meanwhile"))]
        assert results == [(f"u{index}", f"f{index}") for index in range(5)]
        assert calls == ["meanwhile"]


def test_both_cores_are_used_by_default() -> None:
    assert Settings(root=ROOT).workers == usable_cores() >= 1
    assert Settings(root=ROOT, jobs=1).workers == 1


def test_a_warm_cache_answers_in_this_process_and_a_changed_folder_is_read_again(tmp_path: Path) -> None:
    _portal(tmp_path, PARALLEL_FROM + 2)
    cold = load_datasets(Settings(root=tmp_path, jobs=2))  # fills .etalase/cache in the workers
    warm_settings = Settings(root=tmp_path, jobs=2)
    answered = [load_dataset(folder, warm_settings, {}, cached_only=True)[0] for folder in
                sorted((tmp_path / "datasets").iterdir()) if (folder / "datapackage.yaml").is_file()
                and folder.name != "rusak"]
    assert len(answered) == PARALLEL_FROM + 2  # every dataset from the cache, without a worker
    assert load_datasets(warm_settings) == cold
    changed = next(folder for folder in sorted((tmp_path / "datasets").iterdir()) if folder.name.startswith("data"))
    data = (changed / "data.csv").read_text(encoding="utf-8")
    last = data.splitlines()[-1]
    (changed / "data.csv").write_text(data + last.replace(last.split(",")[0], "ZZZ-9999", 1) + "\n",
                                      encoding="utf-8")  # one more row
    with pytest.raises(NotCached):
        load_dataset(changed, warm_settings, {}, cached_only=True)
    again = load_datasets(warm_settings)
    assert again == load_datasets(Settings(root=tmp_path, cache=False, jobs=1))
    assert next(d for d in again[0] if d.name == changed.name).resources[0].row_count == \
        next(d for d in cold[0] if d.name == changed.name).resources[0].row_count + 1
