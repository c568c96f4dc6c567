"""Rebuilds: an unchanged docs tree leaves site/ as it is; any change, or a touched site/, rebuilds."""

from __future__ import annotations

import os
from pathlib import Path

from generator.build.stamp import NAME as STAMP
from generator.build.stamp import listing, read_stamp
from tests.conftest import run_cli


def files(site: Path) -> dict[str, tuple[int, int]]:
    """Inode and modification time of every file: a file rewritten or replaced shows in either."""
    found = {}
    for path in sorted(site.rglob("*")):
        if path.is_file():
            info = os.stat(path)
            found[path.relative_to(site).as_posix()] = (info.st_ino, info.st_mtime_ns)
    return found


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


def test_a_changed_page_is_built_again(mini: Path) -> None:
    build(mini)
    page = mini / "content" / "pages" / "tentang.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nKalimat yang baru ditambahkan.\n", encoding="utf-8")
    output = build(mini)
    assert "stage site engine" in output
    assert "Kalimat yang baru ditambahkan." in (mini / "site" / "tentang" / "index.html").read_text(encoding="utf-8")
    assert "stage site engine" not in build(mini)  # and then it is unchanged again


def test_a_site_folder_touched_since_is_built_again(mini: Path) -> None:
    build(mini)
    page = mini / "site" / "tentang" / "index.html"
    page.unlink()
    output = build(mini)
    assert "stage site engine" in output and page.is_file()
    (mini / "site" / "index.html").write_text("diubah", encoding="utf-8")
    assert "stage site engine" in build(mini)
    assert "diubah" not in (mini / "site" / "index.html").read_text(encoding="utf-8")


def test_a_damaged_or_missing_stamp_means_a_full_build(mini: Path) -> None:
    build(mini)
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
