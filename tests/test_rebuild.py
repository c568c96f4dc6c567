"""Rebuilds: an unchanged docs tree leaves site/ as it is; any change, or a touched site/, rebuilds."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

from generator.build import harden
from generator.build.engine import CONTENT_REGION
from generator.build.searchindex import _indexed, build_search_index, indexed_pages, split
from generator.build.stamp import NAME as STAMP
from generator.build.stamp import listing, read_stamp
from tests.conftest import git_commit, run_cli
from tests.test_workflows import kept_between_runs


def files(site: Path) -> dict[str, tuple[int, int]]:
    """Inode and modification time of every file: a file rewritten or replaced shows in either."""
    found = {}
    for path in sorted(site.rglob("*")):
        if path.is_file():
            info = os.stat(path)
            found[path.relative_to(site).as_posix()] = (info.st_ino, info.st_mtime_ns)
    return found


def change_one_entry(repo: Path) -> None:
    dip = repo / "content" / "dip.csv"
    dip.write_text(dip.read_text(encoding="utf-8").replace("2024", "2023", 1), encoding="utf-8")


def build(repo: Path) -> str:
    result = run_cli(repo, "build", "--timings")
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_an_unchanged_build_runs_neither_engine_nor_index_and_keeps_site(mini: Path) -> None:
    first = build(mini)
    assert "stage site engine" in first and "stage search index" in first
    before = files(mini / "site")
    stamp = read_stamp(mini / ".etalase")
    assert stamp is not None and stamp.docs  # every docs tree, listed
    again = build(mini)
    assert "stage site engine" not in again and "stage search index" not in again
    assert "stage render" in again  # validation and rendering still run: they find what changed
    assert files(mini / "site") == before  # not one file rewritten, the folder not replaced
    assert "Situs selesai dibangun" in again


def test_a_checkout_built_in_another_folder_is_unchanged(mini_built_once: Path, tmp_path: Path) -> None:
    """A CI runner that restores the cached .etalase/ and site/ into a new build folder (GitLab's
    concurrent runners do) finds the site as built: no path of the checkout is in the stamp."""
    moved = shutil.copytree(mini_built_once, tmp_path / "lain" / "tempat", symlinks=True)
    before = files(moved / "site")
    output = build(moved)
    assert "stage site engine" not in output and "stage search index" not in output
    assert files(moved / "site") == before
    change_one_entry(moved)  # and a change there is built as anywhere
    assert "stage site engine" in build(moved)


def test_a_changed_page_is_built_again(built_mini: Path) -> None:
    mini = built_mini
    page = mini / "content" / "pages" / "tentang.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nKalimat yang baru ditambahkan.\n", encoding="utf-8")
    output = build(mini)
    assert "stage site engine" in output
    assert "Kalimat yang baru ditambahkan." in (mini / "site" / "tentang" / "index.html").read_text(encoding="utf-8")
    assert "stage site engine" not in build(mini)  # and then it is unchanged again


def test_a_site_folder_touched_since_is_built_again(built_mini: Path) -> None:
    mini = built_mini
    page = mini / "site" / "tentang" / "index.html"
    page.unlink()
    output = build(mini)
    assert "stage site engine" in output and page.is_file()
    (mini / "site" / "index.html").write_text("diubah", encoding="utf-8")
    assert "stage site engine" in build(mini)
    assert "diubah" not in (mini / "site" / "index.html").read_text(encoding="utf-8")


def test_a_damaged_or_missing_stamp_means_a_full_build(built_mini: Path) -> None:
    mini = built_mini
    (mini / ".etalase" / STAMP).write_text("{not json", encoding="utf-8")
    assert read_stamp(mini / ".etalase") is None
    assert "stage site engine" in build(mini)
    (mini / ".etalase" / STAMP).unlink()
    assert "stage site engine" in build(mini)
    assert read_stamp(mini / ".etalase") is not None


def test_listing_names_every_file_with_size_and_time(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "c.txt").write_bytes(b"abc")
    (tmp_path / "d.txt").write_bytes(b"")
    found = listing(tmp_path)
    assert sorted(found) == ["a/b/c.txt", "d.txt"]
    assert found["a/b/c.txt"][0] == 3 and found["a/b/c.txt"][1] == (tmp_path / "a" / "b" / "c.txt").stat().st_mtime_ns


def test_the_search_index_reuses_the_parts_whose_pages_did_not_change(built_mini: Path, tmp_path: Path) -> None:
    mini = built_mini
    previous = shutil.copytree(mini / "site", tmp_path / "previous")
    shutil.rmtree(previous / "pagefind")
    assert build_search_index(previous, part_pages=3).ok
    pages = sorted(indexed_pages(previous))
    listed = json.loads((previous / "pagefind" / "parts.json").read_text(encoding="utf-8"))
    assert len(listed["parts"]) >= 2
    changed = pages[0]
    for name in ("new", "fresh"):
        site = shutil.copytree(previous, tmp_path / name, ignore=shutil.ignore_patterns("pagefind"))
        page = site / changed
        page.write_text(page.read_text(encoding="utf-8").replace("</h1>", " baru</h1>", 1), encoding="utf-8")
    result = build_search_index(tmp_path / "new", previous=previous, part_pages=3)
    assert result.ok and build_search_index(tmp_path / "fresh", part_pages=3).ok
    new, fresh = tmp_path / "new" / "pagefind", tmp_path / "fresh" / "pagefind"
    assert snapshot(new) == snapshot(fresh)  # reusing gives exactly what indexing everything gives
    digests = json.loads((new / "parts.json").read_text(encoding="utf-8"))["digests"]
    hot = {number for number, (now, before) in enumerate(zip(digests, listed["digests"], strict=True))
           if now != before}
    assert len(hot) == 1  # one part's pages changed
    assert result.pages == _indexed(tmp_path / "new")  # what the next build is given as ``known``
    for folder in ["", *listed["parts"]]:
        number = 0 if not folder else int(folder.strip("/").split("-")[1])
        entry = os.stat(new / folder / "pagefind-entry.json")
        linked = entry.st_ino == os.stat(previous / "pagefind" / folder / "pagefind-entry.json").st_ino
        assert linked == (number not in hot)  # only the part holding the changed page was indexed again


def snapshot(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*"))
            if path.is_file()}


def test_pages_are_split_by_language_and_section_into_bounded_parts() -> None:
    pages = {f"{lang}informasi/entri-{n}/index.html": "d" for n in range(50) for lang in ("", "en/")}
    pages |= {f"{lang}dataset/set-{n}/index.html": "d" for n in range(12) for lang in ("", "en/")}
    rest = {f"{lang}{page}" for page in ("index.html", "tentang/index.html", "dip/index.html") for lang in ("", "en/")}
    pages |= dict.fromkeys(rest, "d")
    parts = split(pages, 20, ("en",))
    assert sorted(path for part in parts for path in part) == sorted(pages)  # every page once
    # informasi: 50 pages a language in 3 parts each; dataset: 12 a language, one part each
    assert all(0 < len(part) <= 20 for part in parts) and len(parts) == 1 + 3 + 3 + 1 + 1
    assert set(parts[0]) == rest  # the sections too small for a part of their own, every language's
    for part in parts[1:]:
        assert len({path.startswith("en/") for path in part}) == 1  # one language a part
        assert len({path.removeprefix("en/").split("/")[0] for path in part}) == 1  # one section
    assert split(pages, 20, ("en",)) == parts  # fixed by the paths
    # the language a page declares (its <html lang>) decides, not only its folder
    declared = {path: "en" if path.startswith("en/") else "id" for path in pages}
    by_lang = split(pages, 20, ("en",), declared)
    assert by_lang[0] == parts[0] and sorted(map(sorted, by_lang)) == sorted(map(sorted, parts))


def test_a_section_of_large_pages_gets_parts_by_the_bytes_of_its_html() -> None:
    """Pagefind's memory follows the text it indexes: 12 dataset pages of 30 KB with a budget of
    100 KB a part are 4 parts of their own, though 12 pages are far below the page limit; the
    small pages of the other sections stay as the page count splits them."""
    pages = {f"dataset/set-{n}/index.html": "d" for n in range(12)}
    pages |= {f"informasi/entri-{n}/index.html": "d" for n in range(30)}
    pages |= {"index.html": "d"}
    sizes = {path: 30_000 if path.startswith("dataset/") else 1_000 for path in pages}
    parts = split(pages, 40, sizes=sizes, part_bytes=100_000)
    assert sorted(path for part in parts for path in part) == sorted(pages)  # every page once
    datasets = [part for part in parts if any(path.startswith("dataset/") for path in part)]
    assert len(datasets) == 4 and all(set(part) <= {path for path in pages if path.startswith("dataset/")}
                                      for part in datasets)
    assert next(part for part in parts if "informasi/entri-0/index.html" in part) == {
        path: "d" for path in pages if path.startswith("informasi/")}  # 30 KB: one part
    assert split(pages, 40) == split(pages, 40, sizes=dict.fromkeys(pages, 1), part_bytes=100_000)
    assert split(pages, 40, sizes=sizes, part_bytes=100_000) == parts  # fixed by the paths and sizes


def test_pages_linked_from_the_last_site_are_not_read_again(tmp_path: Path) -> None:
    """A page the engine linked unchanged from the published site is indexed as its stamp
    says (``known``), not read again; one not in ``known`` was not indexed then, nor now."""
    site = tmp_path / "site"
    for name in ("a", "b", "c"):
        page = site / name / "index.html"
        page.parent.mkdir(parents=True)
        page.write_text(f'<html lang="id"><body><div data-pagefind-body>{name}</div></body></html>', encoding="utf-8")
    assert build_search_index(site).ok
    known = {"a/index.html": ("recorded", "id")}  # not the page's digest: proves it was not read
    found = _indexed(site, reused={"a/index.html", "b/index.html"}, known=known)
    assert found["a/index.html"] == ("recorded", "id")
    assert "b/index.html" not in found  # reused and not indexed last time
    assert found["c/index.html"] == _indexed(site)["c/index.html"]  # built again: read
    # without a previous site nothing is taken on trust
    fresh = build_search_index(site, reused={"a/index.html"}, known=known)
    assert fresh.pages == _indexed(site)


def test_a_changed_dataset_reindexes_its_part_only(tmp_path: Path) -> None:
    """Datasets and DIP entries of each language in parts of their own: one changed dataset
    page (and its translation) runs Pagefind on its two parts, every DIP part is reused."""
    site = tmp_path / "previous"
    for lang in ("", "en/"):
        for kind, count in (("informasi", 24), ("dataset", 6)):
            for number in range(count):
                page = site / f"{lang}{kind}/{kind[:3]}-{number}/index.html"
                page.parent.mkdir(parents=True, exist_ok=True)
                page.write_text(f'<!doctype html><html lang="{lang.strip("/") or "id"}"><body><main>'
                                f"<div data-pagefind-body><h1>{kind} {number}</h1><p>kata{number}</p></div>"
                                "</main></body></html>", encoding="utf-8")
        home = site / lang / "index.html"
        home.write_text(f'<html lang="{lang.strip("/") or "id"}"><body><div data-pagefind-body>Beranda</div>'
                        "</body></html>", encoding="utf-8")
    assert build_search_index(site, part_pages=16, languages=("en",)).ok
    listed = json.loads((site / "pagefind" / "parts.json").read_text(encoding="utf-8"))
    # per language: the DIP entries in two parts, the datasets in one; the home pages share the first
    assert sorted(listed["languages"]) == [["en"]] * 3 + [["id"]] * 3
    new = shutil.copytree(site, tmp_path / "new", ignore=shutil.ignore_patterns("pagefind"))
    for lang in ("", "en/"):
        page = new / f"{lang}dataset/dat-2/index.html"
        page.write_text(page.read_text(encoding="utf-8").replace("kata2", "kata2 diperbarui"), encoding="utf-8")
    assert build_search_index(new, previous=site, part_pages=16, languages=("en",)).ok
    for number, folder in enumerate(["", *listed["parts"]]):
        part = split(indexed_pages(new), 16, ("en",))[number]
        reused = (os.stat(new / "pagefind" / folder / "pagefind-entry.json").st_ino
                  == os.stat(site / "pagefind" / folder / "pagefind-entry.json").st_ino)
        assert reused == (not any("dataset/" in path for path in part)), (folder, sorted(part)[:3])


def test_a_rebuild_links_unchanged_pages_and_equals_a_full_build(built_mini: Path) -> None:
    mini = built_mini
    site = mini / "site"
    before = files(site)
    change_one_entry(mini)
    build(mini)
    after = files(site)
    kept = [path for path in after if path.endswith(".html") and after[path] == before.get(path)]
    assert kept  # unchanged pages are the published files themselves (linked, not built again)
    assert [path for path in after if after[path] != before.get(path) and path.endswith(".html")]
    stamp = read_stamp(mini / ".etalase")
    # the pages linked unchanged were not read again for the index: their digests came from the
    # last stamp, and they are the digests of the pages as they are
    assert stamp is not None and stamp.pages == _indexed(site) and len(stamp.pages) > 10
    incremental = snapshot(site)
    (mini / ".etalase" / STAMP).unlink()  # a full build of the same sources
    build(mini)
    assert snapshot(site) == incremental


def test_hardening_on_both_cores_gives_what_one_process_gives(tmp_path: Path) -> None:
    page = ('<!doctype html><html><head><meta charset="utf-8"><script>var n = {n};</script></head><body>'
            '<a href="https://contoh.go.id/{n}">x</a><!-- etalase:content --><p onclick="x()">{n}</p>'
            '<!-- /etalase:content --></body></html>')
    for name in ("one", "two"):
        for n in range(harden.PARALLEL_PAGES + 10):
            target = tmp_path / name / f"p{n % 7}" / f"{n}" / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page.replace("{n}", str(n)), encoding="utf-8")
    staff = {f"p{n % 7}/{n}/index.html" for n in range(0, harden.PARALLEL_PAGES, 3)}
    arguments = {"region": CONTENT_REGION, "scripts": [re.compile(r"var n = \d+;")], "own_hosts": ()}
    harden.harden_site(tmp_path / "two", staff_pages=staff, **arguments)  # in a pool of two processes
    pages = sorted(path.relative_to(tmp_path / "one").as_posix() for path in (tmp_path / "one").rglob("*.html"))
    harden.harden_files(tmp_path / "one", pages, staff, CONTENT_REGION, arguments["scripts"], set())
    assert snapshot(tmp_path / "one") == snapshot(tmp_path / "two")
    sample = (tmp_path / "two" / "p0" / "0" / "index.html").read_text(encoding="utf-8")
    assert "Content-Security-Policy" in sample and "onclick" not in sample and "noopener" in sample


def test_a_new_commit_builds_again_only_the_pages_it_changed_and_the_home_pages(mini: Path) -> None:
    """As in CI, where every build is of a new commit: the commit id is on the home pages only,
    and the engine's inputs do not hold it, so the pages a commit did not change are reused."""
    git_commit(mini, "Sample")
    build(mini)
    site = mini / "site"
    before = files(site)
    change_one_entry(mini)
    git_commit(mini, "One DIP entry changed", date="2026-01-16T10:00:00+07:00")
    build(mini)
    after = files(site)
    head = subprocess.run(["git", "-C", str(mini), "rev-parse", "HEAD"], capture_output=True, text=True,
                          check=True).stdout.strip()
    for home in ("index.html", "en/index.html"):
        assert f'<meta name="etalase-commit" content="{head}">' in (site / home).read_text(encoding="utf-8")
        assert after[home] != before[home]
    kept = [path for path in after if path.endswith(".html") and after[path] == before.get(path)]
    pages = [path for path in after if path.endswith(".html")]
    assert len(kept) > len(pages) // 2, (len(kept), len(pages))  # linked from the site before, not built
    incremental = snapshot(site)
    (mini / ".etalase" / STAMP).unlink()  # a full build of the same commit gives the same bytes
    build(mini)
    assert snapshot(site) == incremental


def test_the_publish_workflows_cache_lets_the_next_commit_reuse_the_last_build(mini: Path, tmp_path: Path) -> None:
    """What CI does: the build of one commit is saved by the paths of publish.yml's cache step
    (actions/cache archives them with tar), the checkout of the next commit starts clean, the
    paths are restored; then validation answers from the cache and unchanged pages are reused."""
    patterns = kept_between_runs()
    git_commit(mini, "Sample")
    build(mini)
    before = files(mini / "site")
    saved = [path.relative_to(mini).as_posix() for pattern in patterns for path in sorted(mini.glob(pattern))]
    assert ".etalase/cache" in saved and "site" in saved
    archive = tmp_path / "cache.tar"
    subprocess.run(["tar", "--posix", "-cf", str(archive), *saved], cwd=mini, check=True)
    subprocess.run(["git", "-C", str(mini), "clean", "-qxdff"], check=True)  # a fresh checkout
    assert not (mini / ".etalase").exists() and not (mini / "site").exists()
    change_one_entry(mini)
    git_commit(mini, "One DIP entry changed", date="2026-01-16T10:00:00+07:00")
    subprocess.run(["tar", "-xf", str(archive)], cwd=mini, check=True)
    output = build(mini)
    after = files(mini / "site")
    reused = [path for path in after if path.endswith(".html") and after[path][1] == before.get(path, (0, 0))[1]]
    assert len(reused) > len([path for path in after if path.endswith(".html")]) // 2, output
