"""The validation cache: hits repeat the problems exactly, changes re-validate only what they touch."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import cache, pipeline
from generator.cache import ProblemCache, from_json, package_digest, to_json
from generator.model import DocsTree, Problem, Severity
from generator.settings import Settings

DATA = "datasets/angka-kecil/angka.csv"
OTHER = "datasets/angka-lain"
ALL_UNITS = ("dataset:angka-kecil", "dataset:angka-lain", "dip", "page:content/pages/tentang.md")


@pytest.fixture
def two(mini: Path) -> Path:
    """The mini site with a second dataset, and a type error in the first."""
    shutil.copytree(mini / "datasets" / "angka-kecil", mini / OTHER)
    descriptor = mini / OTHER / "datapackage.yaml"
    descriptor.write_text(descriptor.read_text(encoding="utf-8").replace("name: angka-kecil", "name: angka-lain"),
                          encoding="utf-8")
    data = mini / DATA
    data.write_text(data.read_text(encoding="utf-8").replace(",250", ",banyak"), encoding="utf-8")
    return mini


def check(repo: Path, **options: object) -> pipeline.Outcome:
    return pipeline.check(Settings(root=repo, jobs=1).with_(**options))


def test_a_cache_hit_gives_the_same_problems(two: Path) -> None:
    cold = check(two)
    assert cold.stats.ran == ALL_UNITS and cold.stats.cached == ()
    assert ("type-error", DATA) in [(problem.code, problem.file) for problem in cold.problems]
    warm = check(two)
    assert warm.stats.ran == () and warm.stats.cached == ALL_UNITS
    assert warm.problems == cold.problems


def test_one_changed_byte_revalidates_exactly_its_dataset(two: Path) -> None:
    before = check(two)
    data = two / OTHER / "angka.csv"
    data.write_bytes(data.read_bytes().replace(b",100", b",x00", 1))
    after = check(two)
    assert after.stats.ran == ("dataset:angka-lain",)
    assert len(after.stats.cached) == 3
    entries = list((two / ".etalase" / "cache" / "validate").glob("*/*"))
    assert len(entries) == len(ALL_UNITS)  # the result for the old bytes was pruned
    assert [problem for problem in after.problems if problem not in before.problems] != []
    assert check(two, cache=False).problems == after.problems


def test_a_new_generator_version_invalidates_everything(two: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = check(two)
    monkeypatch.setattr(cache, "generator_version", lambda: "another version of the generator")
    again = check(two)
    assert again.stats.ran == ALL_UNITS and again.problems == first.problems


def test_any_change_to_the_generator_files_changes_its_version(tmp_path: Path) -> None:
    copy = shutil.copytree(Path(cache.__file__).parent, tmp_path / "generator",
                           ignore=shutil.ignore_patterns("__pycache__"))
    before = package_digest(copy)
    (copy / "validate" / "checks" / "dip.py").write_text((copy / "validate" / "checks" / "dip.py").read_text() + "\n",
                                                        encoding="utf-8")
    assert package_digest(copy) != before


def test_a_changed_setting_or_contact_invalidates(two: Path) -> None:
    check(two)
    # only the checks that declare the size limit (registry.py) run again: data files, the DIP table
    assert check(two, max_file_mb=1.0).stats.ran == tuple(name for name in ALL_UNITS if not name.startswith("page:"))
    site = two / "content" / "site.yaml"
    site.write_text(site.read_text(encoding="utf-8").replace("email: ", "email: x", 1), encoding="utf-8")
    assert check(two).stats.ran == ALL_UNITS  # the public contacts are not personal data


def test_deleting_the_cache_is_harmless(two: Path) -> None:
    first = check(two)
    shutil.rmtree(two / ".etalase" / "cache")
    again = check(two)
    assert again.stats.ran == ALL_UNITS and again.problems == first.problems


def test_a_damaged_entry_is_ignored_and_rewritten(two: Path) -> None:
    first = check(two)
    entries = sorted((two / ".etalase" / "cache" / "validate").glob("*/*.json"))
    assert len(entries) == len(ALL_UNITS)
    for entry, damage in zip(entries, (b"{not json", b"", b'{"key": "other", "problems": []}',
                                       b'{"problems": [{"code": 1}]}'), strict=True):
        entry.write_bytes(damage)
    again = check(two)
    assert again.stats.ran == ALL_UNITS and again.problems == first.problems
    assert check(two).stats.ran == ()


def test_no_cache_reads_and_writes_nothing(two: Path) -> None:
    check(two)
    assert check(two, cache=False).stats.ran == ALL_UNITS
    shutil.rmtree(two / ".etalase")
    check(two, cache=False)
    assert not (two / ".etalase").exists()


def test_the_cache_folder_can_be_elsewhere(two: Path, tmp_path: Path) -> None:
    check(two, cache_root=tmp_path / "elsewhere")
    assert not (two / ".etalase").exists()
    assert check(two, cache_root=tmp_path / "elsewhere").stats.ran == ()


def test_problems_survive_json(tmp_path: Path) -> None:
    problem = Problem("type-error", "a.csv", Severity.WARNING, row=3, line=4, field="nilai", value="x",
                      params=(("type", "integer"), ("hint", "ç")))
    assert from_json(to_json(problem)) == problem
    store = ProblemCache(tmp_path)
    store.put("ab" * 32, [problem, Problem("required", "b.csv")])
    assert store.get("ab" * 32) == [problem, Problem("required", "b.csv")]
    assert store.get("cd" * 32) is None


def test_two_worker_processes_find_the_same_problems(two: Path) -> None:
    alone = check(two, cache=False)
    shared = check(two, cache=False, jobs=2)
    assert shared.problems == alone.problems and shared.stats == alone.stats
    assert check(two, jobs=2).stats.ran == ALL_UNITS  # results of workers are cached too
    assert check(two, jobs=1).stats.cached == ALL_UNITS


def test_the_facts_of_data_files_come_from_the_cache(two: Path) -> None:
    from generator.load.project import load_project

    settings = Settings(root=two)
    cold, _ = load_project(settings)
    facts = sorted((two / ".etalase" / "cache" / "facts").glob("*/*.json"))
    assert len(facts) == 4  # one per data file, one per descriptor
    warm, _ = load_project(settings)
    assert warm.datasets == cold.datasets and warm.datasets[0].resources[0].row_count == 3
    for entry in facts:
        entry.write_text('{"key": "x"', encoding="utf-8")
    assert load_project(settings)[0].datasets == cold.datasets
    data = two / OTHER / "angka.csv"
    data.write_text(data.read_text(encoding="utf-8") + "2025-06-01,ZZ,7\n", encoding="utf-8")
    changed, _ = load_project(settings)
    assert [dataset.resources[0].row_count for dataset in changed.datasets] == [3, 4]
    assert load_project(settings.with_(preview_rows=2))[0].datasets[1].resources[0].preview == \
        changed.datasets[1].resources[0].preview[:2]
    assert load_project(settings.with_(cache=False))[0].datasets == changed.datasets


def contents(tree: DocsTree) -> dict[str, bytes]:
    """Each file of a docs tree by its bytes, whether held in memory or a copy of another file."""
    return {item.path.as_posix(): item.read_bytes() for item in tree.files}


def test_derived_downloads_and_turtle_come_from_the_cache(two: Path) -> None:
    from generator.load.project import load_project
    from generator.render.project import render_project

    settings = Settings(root=two)
    project, _ = load_project(settings)
    fresh = contents(render_project(project, settings.with_(cache=False)))
    assert not (two / ".etalase" / "cache" / "downloads").exists()
    cached = render_project(project, settings)
    assert contents(cached) == fresh
    store = two / ".etalase" / "cache" / "downloads"
    copied = {item.path.as_posix(): item.copy_from for item in cached.files if item.copy_from
              and item.copy_from.startswith(str(store))}  # published as copies: not held in memory
    assert sorted(copied) == ["dataset/angka-kecil/unduh/angka.json", "dataset/angka-kecil/unduh/angka.xlsx",
                              "dataset/angka-lain/unduh/angka.json", "dataset/angka-lain/unduh/angka.xlsx"]
    blobs = sorted(path for path in store.glob("*/*") if path.suffix != ".sum")
    assert len(blobs) == 2 * 2 + 1  # JSON and XLSX of each data file (one each: no zip), Turtle
    assert all(blob.with_name(f"{blob.name}.sum").is_file() for blob in blobs)
    assert contents(render_project(project, settings)) == fresh
    for blob in blobs[:2]:  # damaged: built again, never published
        blob.write_bytes(blob.read_bytes()[:-1] + b"!")
    assert contents(render_project(project, settings)) == fresh
    data = two / OTHER / "angka.csv"
    data.write_text(data.read_text(encoding="utf-8").replace(",100", ",101"), encoding="utf-8")
    changed, _ = load_project(settings)
    files = contents(render_project(changed, settings))
    assert files == contents(render_project(changed, settings.with_(cache=False)))
    assert {name for name in files if files[name] != fresh.get(name)} >= {
        "dataset/angka-lain/unduh/angka.xlsx", "dataset/angka-lain/unduh/angka.json"}


def test_parsed_descriptors_come_from_the_cache(two: Path) -> None:
    from generator.load.project import load_project

    settings = Settings(root=two)
    cold, problems = load_project(settings)
    warm, again = load_project(settings)
    assert [dataset.descriptor for dataset in warm.datasets] == [dataset.descriptor for dataset in cold.datasets]
    assert again == problems
    descriptor = two / OTHER / "datapackage.yaml"
    descriptor.write_text(descriptor.read_text(encoding="utf-8") + "title: lagi\n", encoding="utf-8")
    broken, found = load_project(settings)
    assert [problem.code for problem in found] == ["yaml-duplicate-key"] and len(broken.datasets) == 1
    assert load_project(settings)[1] == found  # problems are never taken from the cache
