"""The site engine's fast path for generated pages (build/engine.py): only their heading goes
through Python-Markdown, and the site is byte for byte the one MkDocs builds without it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from mkdocs.commands.build import get_context
from mkdocs.config import load_config
from mkdocs.structure.files import Files, get_files
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page

from generator import pipeline
from generator.build.engine import FAST_ENV, anchor_ids, generated_parts, outside_nav_key
from generator.i18n.languages import DEFAULT
from generator.model import GENERATED_PAGE
from generator.render.project import render_project
from generator.settings import Settings
from tests.conftest import ROOT, copy_repo, git_commit

HOOKS = ROOT / "generator" / "build" / "engine.py"
STAFF_PAGES = {f"{path.stem}/index.md" for path in (ROOT / "content" / "pages").glob("*.md")}


@pytest.fixture(scope="module")
def reference_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The sample built with every page through Python-Markdown (the fast path off)."""
    repo = copy_repo(ROOT, tmp_path_factory.mktemp("reference") / "repo")
    git_commit(repo, "Sample site")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(FAST_ENV, "0")
        outcome = pipeline.build(Settings(root=repo))
    assert outcome.built, (outcome.problems, outcome.engine_output)
    yield repo / "site"


def built_files(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*"))
            if path.is_file() and path.suffix in (".html", ".xml")}


def test_the_site_is_byte_for_byte_the_one_without_the_fast_path(sample_site: Path, reference_site: Path) -> None:
    fast, reference = built_files(sample_site), built_files(reference_site)
    assert len([name for name in reference if name.endswith(".html")]) > 100
    assert sorted(fast) == sorted(reference)
    assert [name for name in reference if fast[name] != reference[name]] == []


def pages(config_file: Path, *, fast: bool, patch: pytest.MonkeyPatch) -> dict[str, Page]:
    """Every page of a built docs tree, read and rendered by MkDocs in this process with the hooks."""
    patch.setenv(FAST_ENV, "1" if fast else "0")
    config = load_config(str(config_file))
    config = config.plugins.on_config(config)
    files: Files = config.plugins.on_files(get_files(config), config=config)
    rendered: dict[str, Page] = {}
    for file in files.documentation_pages():
        page = config.plugins.on_pre_page(Page(None, file, config), config=config, files=files)
        page.read_source(config)
        page.render(config, files)
        before = page.content
        config.plugins.on_page_context({}, page=page, config=config, nav=None)  # a deferred body comes back
        if page.content != before:
            DEFERRED.add(file.src_uri)
        rendered[file.src_uri] = page
    return rendered


DEFERRED: set[str] = set()  # pages whose body waited on disk until their template's turn


@pytest.mark.parametrize("config_name", ["mkdocs.yml", "mkdocs-en.yml"])
def test_each_page_renders_as_mkdocs_renders_it(sample_site: Path, config_name: str) -> None:
    config_file = sample_site.parent / ".etalase" / config_name
    with pytest.MonkeyPatch.context() as patch:
        fast = pages(config_file, fast=True, patch=patch)
        reference = pages(config_file, fast=False, patch=patch)
    assert sorted(fast) == sorted(reference)
    for uri, page in fast.items():
        expected = reference[uri]
        assert (page.content, str(page.toc), page.title) == (expected.content, str(expected.toc), expected.title), uri
        assert page.present_anchor_ids == expected.present_anchor_ids, uri
    # The fast path was taken for every generated page with a title (the home page has none):
    # its source was cut to the heading. Staff pages went through Markdown whole.
    took = {uri for uri, page in fast.items() if page.markdown != reference[uri].markdown}
    assert took <= DEFERRED  # and their bodies were read again when written (no other plugin)
    generated = {uri for uri, page in reference.items() if page.meta.get(GENERATED_PAGE)}
    assert took == generated - {"index.md"}
    assert len(took) > 60
    assert generated.isdisjoint(STAFF_PAGES) and set(fast) >= STAFF_PAGES


def test_staff_pages_are_not_marked_and_generated_pages_are(sample_site: Path) -> None:
    docs = sample_site.parent / ".etalase" / "docs"
    for name in STAFF_PAGES:
        assert GENERATED_PAGE not in (docs / name).read_text(encoding="utf-8")
    for name in ("dip/index.md", "dataset/index.md", "informasi/DIP-B-001/index.md"):
        assert f"\n{GENERATED_PAGE}: true\n" in (docs / name).read_text(encoding="utf-8")


BODY = '<div class="etl">\n<p id="a">one</p>\n\n<pre>{}</pre>\n</div>'


@pytest.mark.parametrize("inner", ["tab\there", "\n   \nline of spaces", "\n```\nfence\n```", "\n~~~\nfence\n~~~",
                                   "stash\x02marker"])
def test_a_body_markdown_would_touch_goes_through_markdown(inner: str, tmp_path: Path) -> None:
    text = "# Judul\n\n" + BODY.format(inner)
    assert generated_parts(text) is None
    assert generated_parts("# Judul\n\n" + BODY.format("plain")) == ("# Judul", BODY.format("plain"))
    assert generated_parts("# Judul\n\n" + BODY.format("carriage\rreturn")) is None  # MkDocs reads \n only
    # rendered by MkDocs either way, and the same
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "index.md").write_text(f'---\ntitle: "Judul"\n{GENERATED_PAGE}: true\n---\n\n{text}\n', encoding="utf-8",
                                   newline="")
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(f"site_name: t\ndocs_dir: {docs}\nplugins: []\nhooks: [{HOOKS}]\n"
                           "markdown_extensions: [toc: {permalink: true}]\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        fast, reference = (pages(config_file, fast=on, patch=patch)["index.md"] for on in (True, False))
    assert fast.content == reference.content
    assert fast.markdown == reference.markdown  # not cut: MkDocs rendered it


def test_an_extension_with_its_own_preprocessor_turns_the_fast_path_off(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    text = "# Judul\n\n" + BODY.format("plain")
    (docs / "index.md").write_text(f'---\ntitle: "Judul"\n{GENERATED_PAGE}: true\n---\n\n{text}\n', encoding="utf-8")
    config_file = tmp_path / "mkdocs.yml"
    config_file.write_text(f"site_name: t\ndocs_dir: {docs}\nplugins: []\nhooks: [{HOOKS}]\n"
                           "markdown_extensions: [pymdownx.critic]\n", encoding="utf-8")
    with pytest.MonkeyPatch.context() as patch:
        page = pages(config_file, fast=True, patch=patch)["index.md"]
    assert page.markdown == text + "\n"  # MkDocs rendered it whole


def test_anchor_ids_are_the_ids_mkdocs_collects() -> None:
    html_text = ('<h1 id="judul">Judul<a class="headerlink" href="#judul">&para;</a></h1>\n<div class="etl">'
                 '<a name="n&amp;1">x</a><p ID=\'b\'>y</p><span name="not-an-anchor" id=c>z</span></div>')
    assert anchor_ids(html_text) == {"judul", "n&1", "b", "c"}



def test_pages_outside_the_navigation_share_its_rendering_by_their_links(sample_site: Path) -> None:
    config = load_config(str(sample_site.parent / ".etalase" / "mkdocs.yml"))
    files = get_files(config)
    nav = get_navigation(files, config)
    for file in files.documentation_pages():
        if file.page is None:
            Page(None, file, config)

    def key(uri: str) -> tuple[str, ...] | None:
        page = files.get_file_from_path(uri).page
        return outside_nav_key(get_context(nav, files, config, page))

    entries = {key(f"informasi/{name}/index.md") for name in ("DIP-B-001", "DIP-SS-015", "DIP-DK-003")}
    assert len(entries) == 1 and None not in entries  # rendered once for all entry pages
    assert key("dataset/realisasi-apbd/index.md") == key("dataset/daftar-sekolah/index.md") not in entries
    assert key("dip/index.md") is None and key("index.md") is None  # in the navigation: rendered as usual


def test_a_staff_page_cannot_mark_itself_generated(mini: Path) -> None:
    page = mini / "content" / "pages" / "tentang.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("---\n", f"---\n{GENERATED_PAGE}: true\n", 1), encoding="utf-8")
    settings = Settings(root=mini, cache=False)
    outcome = pipeline.check(settings)
    assert ("unknown-key", GENERATED_PAGE) in {(problem.code, problem.field) for problem in outcome.problems}
    tree = render_project(outcome.project, settings, language=DEFAULT)
    rendered = next(item.text for item in tree.files if str(item.path) == "tentang/index.md") or ""
    assert GENERATED_PAGE not in rendered  # its front matter is rebuilt from the record: Markdown as usual
