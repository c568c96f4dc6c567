"""Issue 18, part A: what may reach the site. Each hostile or careless input of the issue is a
located problem (code, file, row or line, field), checked on a copy of the mini site."""

from __future__ import annotations

import csv
import io
from pathlib import Path, PurePosixPath

import pytest

from generator import pipeline
from generator.build.engine import attribute_safe, engine_config
from generator.model import DocsTree, OutputFile, Problem
from generator.report.messages import message
from generator.settings import Settings
from generator.validate.checks.published import check_tree, sniff
from generator.validate.checks.urls import is_https_url, link_scheme
from tests.documents import text_pdf

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'
HTML = b"<p>no head here</p><script src='/dokumen/evil.js'></script>"
PROFILE = "content/site.yaml"
DIP = "content/dip.csv"


def located(problems: list[Problem], *codes: str) -> set[tuple[str, str, int | None, str | None]]:
    """(code, file, row or line, field) of the problems with one of ``codes``."""
    return {(p.code, p.file, p.row or p.line, p.field) for p in problems if not codes or p.code in codes}


def check(root: Path) -> list[Problem]:
    return pipeline.check(Settings(root=root, cache=False)).problems


def add_profile(root: Path, text: str) -> None:
    path = root / PROFILE
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def line_of(root: Path, file: str, start: str) -> int:
    lines = (root / file).read_text(encoding="utf-8").splitlines()
    return next(number for number, text in enumerate(lines, start=1) if text.startswith(start))


def set_document(root: Path, entry: str, document: str) -> int:
    """Write ``document`` into the tautan_dokumen of DIP row ``entry``; returns its row number."""
    path = root / DIP
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    column = rows[0].index("tautan_dokumen")
    number = next(index for index, row in enumerate(rows, start=1) if row[0] == entry)
    rows[number - 1][column] = document
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return number


# --- 1. site.yaml URLs and the engine configuration ---------------------------------------

@pytest.mark.parametrize("key, value", [
    ("repo_url", "'https://github.com/a/b\"><script src=\"/dokumen/evil.js\"></script><i x=\"'"),
    ("repo_url", "http://github.com/a/b"),
    ("repo_url", "javascript:alert(1)"),
    ("repo_url", "'https://github.com/a b'"),
    ("repo_url", "'https://github.com/<b>'"),
    ("repo_url", "github.com/a/b"),
    ("repo_url", "[https://github.com/a/b]"),
])
def test_site_yaml_urls_must_be_plain_https(mini: Path, key: str, value: str) -> None:
    add_profile(mini, f"{key}: {value}\n")
    problems = check(mini)
    assert located(problems, "url-invalid") == {("url-invalid", PROFILE, line_of(mini, PROFILE, key), key)}
    problem = next(p for p in problems if p.code == "url-invalid")
    assert "https://" in message(problem, "id") and "https://" in message(problem, "en")


def test_site_url_and_social_links_are_located(mini: Path) -> None:
    path = mini / PROFILE
    path.write_text(path.read_text(encoding="utf-8").replace(
        "site_url: https://ppid.uji.example/", "site_url: 'https://ppid.uji.example/\"><script>'") +
        "social:\n  - {name: X, url: \"https://x.example/'onmouseover='alert(1)\"}\n", encoding="utf-8")
    assert located(check(mini), "url-invalid") == {
        ("url-invalid", PROFILE, line_of(mini, PROFILE, "site_url"), "site_url"),
        ("url-invalid", PROFILE, line_of(mini, PROFILE, "  - {name: X"), "social.url")}


def test_engine_configuration_gets_attribute_safe_urls(tmp_path: Path) -> None:
    tree = DocsTree(files=(), nav=(), site_name="x", site_description="",
                    site_url='https://a.example/"><script>', repo_url="https://github.com/a/b\"><i x=\"")
    config = engine_config(tree, base_config=tmp_path / "none.yml", docs_dir=tmp_path, sample=False)
    for key in ("site_url", "repo_url"):
        assert not set(config[key]) & set("\"'<> "), config[key]
    assert attribute_safe("https://a.example/x?b=1&c=2#d") == "https://a.example/x?b=1&c=2#d"


def test_english_pages_are_loaded_and_checked_like_pages(mini: Path) -> None:
    folder = mini / "content" / "pages" / "en"
    folder.mkdir()
    (folder / "tentang.md").write_bytes("---\ntitle: About us\n---\nCaf\xe9 budget.\n".encode("latin-1"))
    (folder / "rusak.md").write_text("---\ntitle: [unclosed\n---\nBody\n", encoding="utf-8")
    (mini / "content" / "pages" / "rusak.md").write_text("---\ntitle: Rusak\n---\nIsi\n", encoding="utf-8")
    (folder / "yatim.md").write_text("---\ntitle: Orphan\n---\n<script>alert(1)</script>\n"
                                     "[x](javascript:alert(1))\n", encoding="utf-8")
    problems = check(mini)
    assert located(problems, "file-unreadable", "yaml-syntax", "unsafe-html", "link-scheme",
                   "page-orphan-translation") == {
        ("file-unreadable", "content/pages/en/tentang.md", None, None),
        ("yaml-syntax", "content/pages/en/rusak.md", 3, None),
        ("unsafe-html", "content/pages/en/yatim.md", 4, None),
        ("unsafe-html", "content/pages/en/yatim.md", 5, None),
        ("link-scheme", "content/pages/en/yatim.md", 5, None),
        ("page-orphan-translation", "content/pages/en/yatim.md", None, None)}


def test_english_page_front_matter_is_rebuilt_not_copied(mini: Path) -> None:
    folder = mini / "content" / "pages" / "en"
    folder.mkdir()
    (folder / "tentang.md").write_text("---\ntitle: '</title><script src=/x.js></script><title>'\n"
                                       "description: '\"><script>alert(1)</script>'\n"
                                       "etalase_jsonld: '</script><script>alert(2)</script>'\n---\nHello.\n",
                                       encoding="utf-8")
    outcome = pipeline.check(Settings(root=mini, cache=False))
    assert located(outcome.problems, "unknown-key") == {
        ("unknown-key", "content/pages/en/tentang.md", 4, "etalase_jsonld")}
    assert [page.title for page in outcome.project.translated_pages] == ["</title><script src=/x.js></script><title>"]
    from generator.i18n.languages import ENGLISH
    from generator.render.project import render_project
    tree = render_project(outcome.project, Settings(root=mini, cache=False), language=ENGLISH)
    text = next(item.text for item in tree.files if str(item.path) == "tentang/index.md") or ""
    front = text.split("---\n")[1]
    assert "<script" not in front and "etalase_jsonld" not in front
    assert "&lt;/title&gt;&lt;script" in front


# --- 2. What may be published ---------------------------------------------------------------

@pytest.mark.parametrize("name, data, code", [
    ("assets/logo.svg", SVG, "logo-type"),
    ("assets/logo.png", SVG, "logo-type"),
    ("assets/etalase.js", b"alert(1)", "logo-type"),
    ("sw.js", b"self.addEventListener('fetch', e => e.respondWith(new Response('x')))", "logo-type"),
    ("assets/logo.png", HTML, "logo-type"),
    ("assets/images/favicon.png", PNG, "path-reserved"),
    ("assets/etalase-logo.png", PNG, "path-reserved"),
    ("dataset/logo.png", PNG, "path-reserved"),
])
def test_logo_is_an_image_by_its_bytes_at_a_free_path(mini: Path, name: str, data: bytes, code: str) -> None:
    (mini / "content" / name).parent.mkdir(parents=True, exist_ok=True)
    (mini / "content" / name).write_bytes(data)
    add_profile(mini, f"logo: {name}\n")
    assert located(check(mini), "logo-type", "logo-missing", "path-reserved") == {
        (code, PROFILE, line_of(mini, PROFILE, "logo:"), "logo")}


def test_missing_logo_and_a_folder_are_errors(mini: Path) -> None:
    add_profile(mini, "logo: assets/tidak-ada.png\n")
    assert located(check(mini), "logo-missing") == {("logo-missing", PROFILE, line_of(mini, PROFILE, "logo:"), "logo")}
    (mini / "content" / "assets" / "folder.png").mkdir(parents=True)
    path = mini / PROFILE
    path.write_text(path.read_text(encoding="utf-8").replace("tidak-ada.png", "folder.png"), encoding="utf-8")
    assert located(check(mini), "logo-missing") == {("logo-missing", PROFILE, line_of(mini, PROFILE, "logo:"), "logo")}


def test_a_png_logo_passes(mini: Path) -> None:
    (mini / "content" / "assets").mkdir()
    (mini / "content" / "assets" / "logo.png").write_bytes(PNG)
    add_profile(mini, "logo: assets/logo.png\n")
    assert check(mini) == []


@pytest.mark.parametrize("document, data, code", [
    ("dokumen/peta.svg", SVG, "document-type"),
    ("dokumen/a.htm", HTML, "document-type"),
    ("dokumen/a.xhtml", HTML, "document-type"),
    ("dokumen/a.html", HTML, "document-type"),
    ("dokumen/evil.js", b"alert(1)", "document-type"),
    ("dokumen/a.xml", b"<?xml version='1.0'?><x/>", "document-type"),
    ("dokumen/laporan.pdf", HTML, "active-content"),
    ("dokumen/laporan.pdf", SVG, "active-content"),
    ("dokumen/catatan.txt", b"<!doctype html><script>alert(1)</script>", "active-content"),
    ("dokumen/gambar.png", SVG, "active-content"),
])
def test_dip_documents_are_allow_listed_by_type_and_content(mini: Path, document: str, data: bytes,
                                                            code: str) -> None:
    (mini / "content" / document).parent.mkdir(parents=True, exist_ok=True)
    (mini / "content" / document).write_bytes(data)
    row = set_document(mini, "B-001", document)
    assert located(check(mini), "document-type", "active-content", "document-missing") == {
        (code, DIP, row, "tautan_dokumen")}


def test_a_real_pdf_document_passes(mini: Path) -> None:
    (mini / "content" / "dokumen").mkdir()
    (mini / "content" / "dokumen" / "laporan.pdf").write_bytes(text_pdf([["Laporan tahunan"]]))
    set_document(mini, "B-001", "dokumen/laporan.pdf")
    assert check(mini) == []


@pytest.mark.parametrize("document, scheme", [
    ("javascript://%0Aalert(1)", "javascript"), ("JaVaScRiPt:alert(1)", "javascript"),
    ("java\tscript:alert(1)", "javascript"), ("data:text/html,<script>alert(1)</script>", "data"),
    ("http://uji.example/laporan.pdf", "http"), ("//evil.example/x.pdf", "//"),
    ("vbscript:msgbox", "vbscript"),
])
def test_dip_link_targets_are_https_mailto_or_local(mini: Path, document: str, scheme: str) -> None:
    row = set_document(mini, "B-001", document)
    problems = check(mini)
    assert located(problems, "link-scheme", "document-missing", "path-outside") == {
        ("link-scheme", DIP, row, "tautan_dokumen")}
    assert next(p for p in problems if p.code == "link-scheme").param("scheme") == scheme


def test_page_links_are_https_mailto_tel_or_local(mini: Path) -> None:
    page = mini / "content" / "pages" / "tentang.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n[a](http://uji.example/)\n\n"
                    "[b](data:text/html,x)\n\n[ok](https://uji.example/) [m](mailto:a@uji.example) [t](tel:+62271)\n",
                    encoding="utf-8")
    assert located(check(mini), "link-scheme") == {("link-scheme", "content/pages/tentang.md", 10, None),
                                                    ("link-scheme", "content/pages/tentang.md", 12, None)}


def resource_path(root: Path, new: str, *, fmt: str | None = None) -> tuple[str, int]:
    descriptor = root / "datasets" / "angka-kecil" / "datapackage.yaml"
    text = descriptor.read_text(encoding="utf-8").replace("path: angka.csv", f"path: {new}" +
                                                          (f"\n    format: {fmt}" if fmt else ""))
    descriptor.write_text(text, encoding="utf-8")
    target = root / "datasets" / "angka-kecil" / new
    target.parent.mkdir(parents=True, exist_ok=True)
    (root / "datasets" / "angka-kecil" / "angka.csv").replace(target)
    return "datasets/angka-kecil/datapackage.yaml", line_of(root, "datasets/angka-kecil/datapackage.yaml",
                                                            f"    path: {new}")


@pytest.mark.parametrize("new, fmt, code", [
    ("evil.html", "csv", "resource-format"), ("evil.svg", None, "resource-format"),
    ("evil.html", "html", "document-type"), ("index.md", "md", "document-type"),
    ("unduh/angka.csv", None, "path-reserved"), ("UNDUH/angka.csv", None, "path-reserved"),
])
def test_resource_paths_end_in_their_format_outside_generated_paths(mini: Path, new: str, fmt: str | None,
                                                                    code: str) -> None:
    file, line = resource_path(mini, new, fmt=fmt)
    assert (code, file, line, "angka") in located(check(mini), code)


def test_resource_with_web_page_content_is_refused(mini: Path) -> None:
    (mini / "datasets" / "angka-kecil" / "angka.csv").write_bytes(SVG)
    assert ("active-content", "datasets/angka-kecil/angka.csv", None, None) in located(check(mini), "active-content")


@pytest.mark.parametrize("name", ["dataset.md", "dip.md", "kepatuhan.md", "en.md", "informasi.md", "pagefind.md"])
def test_pages_named_like_generated_folders_collide(mini: Path, name: str) -> None:
    (mini / "content" / "pages" / name).write_text("---\ntitle: X\n---\nIsi\n", encoding="utf-8")
    assert located(check(mini), "path-reserved") == {("path-reserved", f"content/pages/{name}", None, None)}


@pytest.mark.parametrize("name", ["Profil.MD", "profil.Md", "profil.markdown"])
def test_pages_with_another_extension_are_not_ignored_silently(mini: Path, name: str) -> None:
    (mini / "content" / "pages" / name).write_text("---\ntitle: X\n---\nIsi\n", encoding="utf-8")
    assert located(check(mini), "page-extension") == {("page-extension", f"content/pages/{name}", None, None)}


def test_two_files_at_one_published_path_collide() -> None:
    tree = DocsTree(files=(OutputFile(PurePosixPath("dataset/a/index.md"), text="x"),
                           OutputFile(PurePosixPath("dataset/a/INDEX.md"), copy_from="/repo/datasets/a/INDEX.md")),
                    nav=(), site_name="", site_description="", site_url=None, repo_url=None)
    assert [(p.code, p.file, p.param("other")) for p in check_tree(tree, Path("/repo"))] == [
        ("path-collision", "datasets/a/INDEX.md", "dataset/a/index.md")]


# --- 3. mkdocs.yml ----------------------------------------------------------------------------

def test_mkdocs_yml_may_not_add_hooks_or_scripts(mini: Path) -> None:
    path = mini / "mkdocs.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("theme:\n", "theme:\n  custom_dir: evil\n") +
                    "hooks: [evil.py]\nextra_javascript: [dokumen/evil.js]\nextra_css: [x.css]\n"
                    "extra_templates: [x.html]\n", encoding="utf-8")
    with path.open("a", encoding="utf-8") as handle:
        handle.write("markdown_extensions_extra: 1\n")
    text = path.read_text(encoding="utf-8").replace("  - attr_list\n", "  - attr_list\n  - pymdownx.snippets:\n"
                                                    "      base_path: [/]\n")
    path.write_text(text, encoding="utf-8")
    expected = {("engine-config-key", "mkdocs.yml", line_of(mini, "mkdocs.yml", key), field) for key, field in (
        ("hooks", "hooks"), ("extra_javascript", "extra_javascript"), ("extra_css", "extra_css"),
        ("extra_templates", "extra_templates"), ("  custom_dir", "theme.custom_dir"),
        ("  - pymdownx.snippets", "markdown_extensions: pymdownx.snippets"))}
    assert located(check(mini), "engine-config-key") == expected


# --- pure functions ---------------------------------------------------------------------------

def test_sniff_and_schemes() -> None:
    assert [sniff(data) for data in (PNG, SVG, HTML, b"%PDF-1.4", b"PK\x03\x04", b"a,b\n1,2\n",
                                     b"\xef\xbb\xbf  <!DOCTYPE html>", b"<?xml version='1.0'?><svg/>",
                                     b'a,b\n1,"<svg onload=x>"\n')] == [
        "PNG", "SVG", "HTML", "PDF", "ZIP", "text", "HTML", "SVG", "text"]
    assert link_scheme("dokumen/a.pdf") is None and link_scheme("https://a.example/") is None
    assert link_scheme(" javascript:x") == "javascript" and link_scheme("HTTP://a") == "http"
    assert is_https_url("https://ppid.kotacontoh.go.id/") and not is_https_url("https://localhost/")
    assert not is_https_url("https://a.example/\"x") and not is_https_url("https://user@a.example/")


def test_a_dataset_folder_named_by_a_number_is_refused_before_rendering(mini: Path) -> None:
    """``dataset/2/`` is page 2 of the catalogue: a dataset folder ``2`` is named, with the fix, at
    its descriptor (not as two generated pages at one path)."""
    (mini / "datasets" / "angka-kecil").rename(mini / "datasets" / "2")
    found = check(mini)
    assert located(found, "path-reserved", "path-collision") == {
        ("path-reserved", "datasets/2/datapackage.yaml", None, None)}
    problem = next(problem for problem in found if problem.code == "path-reserved")
    assert problem.severity.value == "error"
    text = message(problem)
    assert "dataset/2/" in text and "Ganti nama" in text
