"""The docs tree is written incrementally: unchanged files are not touched, stale ones go."""

from __future__ import annotations

import os
import shutil
from pathlib import Path, PurePosixPath

from generator import pipeline
from generator.build.write import write_tree
from generator.model import DocsTree, OutputFile
from generator.settings import Settings
from tests.conftest import git_commit


def tree(*files: OutputFile) -> DocsTree:
    return DocsTree(files=files, nav=(), site_name="Uji", site_description="", site_url=None, repo_url=None)


def text(path: str, body: str) -> OutputFile:
    return OutputFile(PurePosixPath(path), text=body)


def mtimes(folder: Path) -> dict[str, int]:
    return {path.relative_to(folder).as_posix(): path.stat().st_mtime_ns
            for path in folder.rglob("*") if path.is_file()}


def test_only_changed_files_are_written_and_stale_ones_removed(tmp_path: Path) -> None:
    source = tmp_path / "data.csv"
    source.write_bytes(b"a,b\n1,2\n")
    docs = tmp_path / "docs"
    first = tree(text("index.md", "# Beranda\n"), text("dataset/a/index.md", "A"),
                 OutputFile(PurePosixPath("dataset/a/data.csv"), copy_from=str(source)),
                 OutputFile(PurePosixPath("logo.png"), data=b"\x89PNG"), text("dataset/b/index.md", "B"))
    assert write_tree(first, docs).written == ("dataset/a/data.csv", "dataset/a/index.md", "dataset/b/index.md",
                                               "index.md", "logo.png")
    (docs / "leftover.md").write_text("old", encoding="utf-8")
    (docs / "old" / "deep").mkdir(parents=True)
    (docs / "old" / "deep" / "page.md").write_text("old", encoding="utf-8")
    before = mtimes(docs)
    again = write_tree(first, docs)
    assert again.written == () and again.removed == ("leftover.md", "old/deep/page.md")
    assert not (docs / "old").exists()
    assert mtimes(docs) == {name: time for name, time in before.items() if name in {
        "index.md", "dataset/a/index.md", "dataset/a/data.csv", "logo.png", "dataset/b/index.md"}}
    source.write_bytes(b"a,b\n1,3\n")
    os.utime(source, ns=(1, 1))
    second = tree(text("index.md", "# Beranda baru\n"), text("dataset/a/index.md", "A"),
                  OutputFile(PurePosixPath("dataset/a/data.csv"), copy_from=str(source)),
                  OutputFile(PurePosixPath("logo.png"), data=b"\x89PNG"))
    result = write_tree(second, docs)
    assert result.written == ("dataset/a/data.csv", "index.md") and result.removed == ("dataset/b/index.md",)
    assert (docs / "dataset" / "a" / "data.csv").read_bytes() == b"a,b\n1,3\n"
    assert sorted(mtimes(docs)) == ["dataset/a/data.csv", "dataset/a/index.md", "index.md", "logo.png"]


def test_a_file_where_a_folder_was_and_back(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    write_tree(tree(text("a/b.md", "x")), docs)
    write_tree(tree(text("a", "now a file")), docs)
    assert (docs / "a").read_text(encoding="utf-8") == "now a file"
    write_tree(tree(text("a/b.md", "y")), docs)
    assert (docs / "a" / "b.md").read_text(encoding="utf-8") == "y"


def test_rebuilds_touch_only_what_changed(mini: Path) -> None:
    shutil.copytree(mini / "datasets" / "angka-kecil", mini / "datasets" / "angka-lain")
    descriptor = mini / "datasets" / "angka-lain" / "datapackage.yaml"
    descriptor.write_text(descriptor.read_text(encoding="utf-8").replace("name: angka-kecil", "name: angka-lain"),
                          encoding="utf-8")
    git_commit(mini, "Two datasets")
    settings = Settings(root=mini, jobs=1)
    docs = [settings.docs_dir, settings.work_dir / "docs-en"]
    assert pipeline.build(settings).built
    before = {folder: mtimes(folder) for folder in docs}
    noop = pipeline.build(settings)
    assert noop.built and noop.stats.ran == ()
    assert {folder: mtimes(folder) for folder in docs} == before
    data = mini / "datasets" / "angka-lain" / "angka.csv"
    data.write_text(data.read_text(encoding="utf-8").replace(",250", ",251"), encoding="utf-8")
    changed = pipeline.build(settings)
    assert changed.built and changed.stats.ran == ("dataset:angka-lain",)
    touched = sorted(f"{folder.name}/{name}" for folder in docs for name, time in mtimes(folder).items()
                     if before[folder].get(name) != time)
    assert [name for name in touched if "angka-kecil" in name] == []
    assert [name for name in touched if "angka-lain" not in name] == [
        "docs/catalog.jsonld", "docs/catalog.ttl", "docs/manifest.json"]  # the catalogues list its checksum
    assert "docs/dataset/angka-lain/index.md" in touched and "docs/dataset/angka-lain/angka.csv" in touched
    downloads = [path for path in (mini / ".etalase" / "cache" / "downloads").glob("*/*") if path.suffix != ".sum"]
    assert len(downloads) == 2 * 2 + 1  # JSON and XLSX per file (one per dataset: no zip), Turtle: no stale ones
