"""Rebuilds render only what changed: nothing when nothing render reads changed, else only the
pages that show what changed; the result is always byte for byte a cold build's
(real builds of a synthetic portal, benchmarks/synth.py)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from rdflib import Graph

from benchmarks.scale import change_one_dataset
from benchmarks.synth import write_portal
from generator import pipeline
from generator.build.renderstamp import NAME as RENDER_STAMP
from generator.build.renderstamp import read_render_stamp
from generator.build.stamp import NAME as SITE_STAMP
from generator.build.swap import discard_stale, swap_in
from generator.cache import HISTORY, JsonStore
from generator.catalog.dcat import CONTEXT, turtle_bytes
from generator.load.history import load_history
from generator.load.project import load_project
from generator.settings import Settings
from tests.conftest import git_commit

TREES = ("site", ".etalase/docs", ".etalase/docs-en")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A synthetic portal (4 datasets, 40 generated DIP entries), built once."""
    repo = tmp_path_factory.mktemp("rendercache") / "portal"
    write_portal(repo, datasets=4, rows=30, dip=40, seed=3)
    build(repo)
    return repo


@pytest.fixture
def portal(built: Path, tmp_path: Path) -> Path:
    """A copy of the built portal (work folder and site too), for one test to change."""
    repo = tmp_path / "portal"
    shutil.copytree(built, repo, symlinks=True)
    return repo


def build(repo: Path, settings: Settings | None = None) -> list[str]:
    """A real build; the names of the stages it ran."""
    outcome = pipeline.build(settings or Settings(root=repo))
    assert outcome.built, (outcome.problems, outcome.engine_output)
    return [stage.stage for stage in outcome.timings]


def snapshot(repo: Path) -> dict[str, bytes]:
    """Every file of the site and of the docs trees."""
    return {f"{tree}/{path.relative_to(repo / tree).as_posix()}": path.read_bytes()
            for tree in TREES for path in sorted((repo / tree).rglob("*")) if path.is_file()}


def stats(repo: Path) -> dict[str, tuple[int, int]]:
    """Inode and modification time of every file of the docs trees."""
    found = {}
    for tree in TREES[1:]:
        for path in sorted((repo / tree).rglob("*")):
            if path.is_file():
                info = os.stat(path)
                found[f"{tree}/{path.relative_to(repo / tree).as_posix()}"] = (info.st_ino, info.st_mtime_ns)
    return found


def rendered_again(repo: Path, settings: Settings | None = None) -> dict[str, set[str]]:
    """Per language, the units a render of the repository as it is now renders (not keeps)."""
    settings = settings or Settings(root=repo)
    project, _problems = load_project(settings)
    folders = {language.code: pipeline.language_folder(settings, language) for language in settings.languages}
    _trees, reuses = pipeline.render_trees(project, settings, folders,
                                           read_render_stamp(settings.work_dir, settings.languages))
    return {reuse.language: set(reuse.rendered) for reuse in reuses}


def cold(repo: Path) -> dict[str, bytes]:
    """The site and docs trees of a cold build (no stamp, no site, no docs trees) of ``repo``."""
    for name in (RENDER_STAMP, SITE_STAMP, "docs", "docs-en"):
        target = repo / ".etalase" / name
        shutil.rmtree(target) if target.is_dir() else target.unlink(missing_ok=True)
    shutil.rmtree(repo / "site")
    build(repo)
    return snapshot(repo)


def changed_pages(before: dict[str, bytes], after: dict[str, bytes]) -> set[str]:
    return {path for path in after if path.endswith(".md") and before.get(path) != after[path]}


def test_an_unchanged_rebuild_renders_and_writes_nothing(portal: Path) -> None:
    before = stats(portal)
    stages = build(portal)
    assert "render" in stages and "write" not in stages  # (the site engine runs: the copy is elsewhere)
    assert stats(portal) == before  # not one docs file rewritten
    assert rendered_again(portal) == {"id": set(), "en": set()}  # every unit's inputs and files as left


def test_one_changed_dataset_renders_its_pages_only_and_equals_a_cold_build(portal: Path) -> None:
    name = sorted(path.name for path in (portal / "datasets").iterdir())[0]  # the one change_one_dataset edits
    before = snapshot(portal)
    change_one_dataset(portal)
    assert rendered_again(portal) == {"id": {f"dataset:{name}"}, "en": {f"dataset:{name}"}}
    build(portal)
    incremental = snapshot(portal)
    pages = changed_pages(before, incremental)
    assert f".etalase/docs/dataset/{name}/index.md" in pages and f".etalase/docs-en/dataset/{name}/index.md" in pages
    # every other page that changed is one render always makes (catalogue, home...), never a kept unit's
    assert not {page for page in pages if "/informasi/" in page or "/dip/" in page}
    assert not {page for page in pages if "/dataset/" in page and f"/dataset/{name}/" not in page
                and not page.endswith("dataset/index.md")}
    assert cold(portal) == incremental


def test_one_changed_dip_entry_renders_its_page_the_lists_and_its_dataset(portal: Path) -> None:
    settings = Settings(root=portal)
    project, _problems = load_project(settings)
    entry = next(item for item in project.dip if item.id.startswith("SIN-") and item.dataset)
    dip = portal / "content" / "dip.csv"
    text = dip.read_text(encoding="utf-8")
    assert text.count(entry.title) == 1
    before = snapshot(portal)
    dip.write_text(text.replace(entry.title, entry.title + " (revisi)"), encoding="utf-8")
    # the dataset page lists its entries; the printable DIP shows every entry
    expected = {f"entry:{entry.id}", "dip-lists", "dip-print", f"dataset:{entry.dataset}"}
    assert rendered_again(portal) == {"id": expected, "en": expected}
    build(portal)
    incremental = snapshot(portal)
    for tree in ("docs", "docs-en"):
        assert f".etalase/{tree}/informasi/{entry.id}/index.md" in changed_pages(before, incremental)
    assert cold(portal) == incremental


def test_a_changed_translation_renders_every_page_again(portal: Path, tmp_path: Path) -> None:
    locale = shutil.copytree(Settings(root=portal).locale_dir, tmp_path / "locale")
    settings = Settings(root=portal, locale_dir=locale)
    build(portal, settings)  # another catalogue folder: everything is rendered, then recorded
    assert rendered_again(portal, settings) == {"id": set(), "en": set()}
    catalogue = locale / "en" / "LC_MESSAGES" / "site.po"
    text = catalogue.read_text(encoding="utf-8")
    assert 'msgstr "All information"' in text
    catalogue.write_text(text.replace('msgstr "All information"', 'msgstr "Every item"'), encoding="utf-8")
    again = rendered_again(portal, settings)
    units = read_render_stamp(portal / ".etalase", settings.languages)
    assert units is not None
    for code in ("id", "en"):  # a change of the catalogues (like the generator's code) renders every unit
        assert again[code] == set(units.units[code]) and len(again[code]) > 40


def test_an_edited_or_deleted_docs_page_is_rendered_again(portal: Path) -> None:
    entry = sorted((portal / ".etalase" / "docs" / "informasi").iterdir())[0] / "index.md"
    dataset = sorted(path for path in (portal / ".etalase" / "docs-en" / "dataset").iterdir() if path.is_dir())[0]
    expected = entry.read_bytes(), (dataset / "index.md").read_bytes()
    entry.write_bytes(entry.read_bytes() + b"\nedited\n")
    (dataset / "index.md").unlink()
    again = rendered_again(portal)
    assert again == {"id": {f"entry:{entry.parent.name}"}, "en": {f"dataset:{dataset.name}"}}
    assert "write" in build(portal)
    assert (entry.read_bytes(), (dataset / "index.md").read_bytes()) == expected


def test_a_history_read_from_the_cache_equals_git(portal: Path) -> None:
    sources = sorted(str(path.relative_to(portal)) for path in (portal / "datasets").glob("*/data.csv"))
    store = JsonStore(portal / ".etalase" / "cache", HISTORY)
    fresh = load_history(portal, sources)
    assert load_history(portal, sources, store=store) == fresh  # written, or read from the build's
    assert len(store.used) == len(sources) and all(store.read(key) is not None for key in store.used)
    assert load_history(portal, sources, store=JsonStore(portal / ".etalase" / "cache", HISTORY)) == fresh
    change_one_dataset(portal)
    git_commit(portal, "Data diperbarui")
    newer = JsonStore(portal / ".etalase" / "cache", HISTORY)
    history = load_history(portal, sources, store=newer)
    assert newer.used.isdisjoint(store.used)  # another commit: other keys
    assert history == load_history(portal, sources) and len(history.of(sources[0])) == 2


def test_the_swap_leaves_the_old_site_to_a_process_of_its_own(tmp_path: Path) -> None:
    work, site, new = tmp_path / ".etalase", tmp_path / "site", tmp_path / ".etalase" / "site-new-1-x"
    for folder, text in ((site, "old"), (new, "new")):
        for number in range(300):
            (folder / f"p{number}").mkdir(parents=True)
            (folder / f"p{number}" / "index.html").write_text(text, encoding="utf-8")
    swap_in(new, site, work)
    assert (site / "p7" / "index.html").read_text(encoding="utf-8") == "new" and not new.exists()
    assert not (work / "site-old").exists()  # renamed to site-trash-<pid> at once, deleted by that process
    deadline = time.monotonic() + 60
    while list(work.glob("site-trash-*")) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not list(work.glob("site-trash-*"))
    ended = subprocess.Popen(["true"])  # a process that has ended: its pid names a stale trash
    ended.wait()
    (work / f"site-trash-{ended.pid}" / "a").mkdir(parents=True)
    assert discard_stale(work, site) == [f"site-trash-{ended.pid}"]


def test_the_turtle_written_directly_holds_the_graph_of_the_jsonld() -> None:
    base = "https://ppid.contoh.go.id/"
    nodes = [{"@id": f"{base}#katalog", "@type": "dcat:Catalog",
              "dct:title": {"@value": 'Katalog "PPID"\\ baris\nbaru\ttab \x01 – ä', "@language": "id"},
              "dct:identifier": "kode-1", "dcat:dataset": [{"@id": f"{base}dataset/b/#dataset"},
                                                           {"@id": f"{base}dataset/a/#dataset"}],
              "dct:modified": {"@value": "2026-08-01", "@type": "xsd:date"},
              "dcat:contactPoint": {"@id": "mailto:ppid@contoh.go.id"}},
             {"@id": f"{base}dataset/a/#dataset", "@type": ["dcat:Dataset", "dcat:Resource"],
              "dcat:landingPage": {"@id": f"{base}dataset/ä%20b/"}, "dcat:byteSize": {"@value": "12.0",
                                                                                    "@type": "xsd:decimal"}}]
    document = {"@context": CONTEXT, "@graph": nodes}
    written = turtle_bytes(document)
    assert written.startswith(b"@prefix ")  # the direct writer's, not rdflib's layout
    turtle, jsonld = Graph().parse(data=written, format="turtle"), Graph().parse(data=json.dumps(document),
                                                                                  format="json-ld")
    assert len(turtle) == len(jsonld) == 11 and turtle.isomorphic(jsonld)
    other = {"@context": CONTEXT, "@graph": [{**nodes[1], "dcat:spatialResolutionInMeters": 25}]}  # a number
    assert Graph().parse(data=turtle_bytes(other), format="turtle").isomorphic(
        Graph().parse(data=json.dumps(other), format="json-ld"))  # written by rdflib


def test_languages_rendered_in_a_forked_process_give_the_trees_and_units_of_one_process(portal: Path) -> None:
    settings = Settings(root=portal, cache=False)
    project, _problems = load_project(settings)
    folders = {language.code: pipeline.language_folder(settings, language) for language in settings.languages}
    serial = pipeline.render_trees(project, Settings(root=portal, cache=False, jobs=1), folders, None)
    forked = pipeline.render_trees(project, Settings(root=portal, cache=False, jobs=2), folders, None)
    assert len(serial[0]) == len(forked[0]) == len(settings.languages) > 1
    for one, other in zip(serial[0], forked[0], strict=True):
        assert one.language == other.language and one.nav == other.nav and one.units == other.units
        assert one.files == other.files  # every page's text, every file's bytes or source
    assert [(reuse.language, reuse.rendered, reuse.made) for reuse in serial[1]] == [
        (reuse.language, reuse.rendered, reuse.made) for reuse in forked[1]]
    assert forked[1][1].rendered  # the other language's units came back from its process
