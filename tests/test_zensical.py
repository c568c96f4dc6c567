"""The sample site built with Zensical, Material's successor: same pages, downloads, catalogue, search."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from generator import pipeline
from generator.build.engine import engine_inline_scripts
from generator.cli import parser
from generator.settings import Settings
from tests.browser import browsing, search_for, serving
from tests.conftest import ROOT, copy_repo, git_commit, run_cli

THEME_ASSETS = ("assets/javascripts/", "assets/stylesheets/", "assets/images/", "pagefind/")


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = copy_repo(ROOT, tmp_path_factory.mktemp("zensical") / "repo")
    git_commit(repo, "Sample site")
    outcome = pipeline.build(Settings(root=repo, engine="zensical"))
    assert outcome.built, (outcome.problems, outcome.engine_output)
    return repo / "site"


def own_files(site: Path) -> set[str]:
    """Every built file except the theme's own assets and the search index chunks."""
    files = {path.relative_to(site).as_posix() for path in site.rglob("*") if path.is_file()}
    return {name for name in files if not name.removeprefix("en/").startswith(THEME_ASSETS)}


def test_every_page_and_file_of_the_mkdocs_build_is_there(zensical_site: Path, sample_site: Path) -> None:
    # MkDocs also writes a gzipped sitemap; Zensical writes none but gets the search box's styles.
    expected = own_files(sample_site) - {"sitemap.xml.gz", "en/sitemap.xml.gz"}
    expected |= {"assets/etalase-zensical.css", "en/assets/etalase-zensical.css"}
    assert own_files(zensical_site) == expected


def test_every_dataset_page_in_both_languages(zensical_site: Path) -> None:
    names = sorted(path.parent.name for path in (ROOT / "datasets").glob("*/datapackage.yaml"))
    assert len(names) >= 7
    catalogue = (zensical_site / "dataset" / "index.html").read_text(encoding="utf-8")
    for name in names:
        page = (zensical_site / "dataset" / name / "index.html").read_text(encoding="utf-8")
        assert '<meta name="generator" content="zensical' in page
        assert 'class="etl-download' in page
        assert (zensical_site / "en" / "dataset" / name / "index.html").is_file()
        assert f'href="{name}/"' in catalogue


def test_every_download_is_byte_for_byte_what_the_manifest_says(zensical_site: Path) -> None:
    manifest = json.loads((zensical_site / "manifest.json").read_text(encoding="utf-8"))
    downloads = [item for item in manifest["files"] if item["path"].startswith("dataset/")
                 and not item["path"].endswith(".md")]
    assert any(item["path"].endswith(".csv") for item in downloads)
    assert any(item["path"].endswith(".xlsx") for item in downloads)
    for item in manifest["files"]:
        if item["path"].endswith(".md"):
            continue
        data = (zensical_site / item["path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == item["sha256"], item["path"]


def test_catalogues_and_search_index_exist_and_the_engine_search_is_gone(zensical_site: Path) -> None:
    for name in ("data.json", "catalog.ttl", "catalog.jsonld", "datapackage.json", "feed.xml"):
        assert (zensical_site / name).stat().st_size > 0
    assert (zensical_site / "pagefind" / "pagefind.js").is_file()
    assert json.loads((zensical_site / "pagefind" / "pagefind-entry.json").read_text())["languages"]
    assert not (zensical_site / "search.json").exists()  # Zensical's own search is disabled
    home = (zensical_site / "index.html").read_text(encoding="utf-8")
    assert 'data-md-component="search"' not in home and "data-etl-search" in home


def test_pages_are_hardened_with_zensical_scripts(zensical_site: Path) -> None:
    assert len(engine_inline_scripts("zensical")) >= 3
    page = (zensical_site / "dataset" / "daftar-sekolah" / "index.html").read_text(encoding="utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy and policy.group(1).count("'sha256-") >= 2
    assert "'unsafe-inline'" not in policy.group(1)


def test_language_switcher_points_at_the_same_page(zensical_site: Path) -> None:
    page = (zensical_site / "dataset" / "daftar-sekolah" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../en/dataset/daftar-sekolah/" hreflang="en"' in page


def test_cli_build_engine_option(tmp_path: Path) -> None:
    repo = copy_repo(ROOT / "tests" / "fixtures" / "mini", tmp_path / "mini")
    result = run_cli(repo, "build", "--engine", "zensical")
    assert result.returncode == 0, result.stderr
    assert "zensical" in (repo / "site" / "index.html").read_text(encoding="utf-8")
    assert run_cli(repo, "build", "--engine", "hugo").returncode == 2
    assert parser().parse_args(["serve", "--engine", "zensical"]).engine == "zensical"
    assert parser().parse_args(["build"]).engine == "mkdocs"


@pytest.fixture(scope="module")
def zensical_url(zensical_site: Path) -> Iterator[str]:
    with serving(zensical_site) as url:
        yield url


@pytest.mark.browser
def test_search_finds_the_dataset_and_opens_it(browser: Browser, zensical_url: str) -> None:
    with browsing(browser, viewport={"width": 1280, "height": 900}) as page:
        page.goto(zensical_url)
        search_for(page, "sekolah")
        result = page.locator(".md-search-result__link").filter(has_text="Daftar Sekolah").filter(
            has=page.locator(".etl-pf-type", has_text="Dataset")).first
        expect(result).to_be_visible(timeout=15_000)
        result.click()
        expect(page).to_have_url(re.compile(r"/dataset/daftar-sekolah/"))


@pytest.mark.browser
def test_the_policy_blocks_nothing_and_no_engine_search_is_fetched(browser: Browser, zensical_url: str) -> None:
    violations: list[str] = []
    fetched: list[str] = []
    with browsing(browser) as page:
        page.on("console", lambda msg: violations.append(msg.text) if "Content Security Policy" in msg.text
                else None)
        page.on("request", lambda request: fetched.append(request.url))
        page.add_init_script("document.addEventListener('securitypolicyviolation', e => console.log("
                             "'Content Security Policy violation ' + e.violatedDirective + ' ' + e.blockedURI))")
        for path in ("", "dip/", "dataset/", "dataset/penduduk-per-kelurahan/", "en/dataset/"):
            page.goto(zensical_url + path)
            page.wait_for_timeout(100)
        check_filter(page, zensical_url)
        search_for(page, "sekolah")
    assert violations == []
    assert not [url for url in fetched if url.endswith("/search.json")]


def check_filter(page: Page, url: str) -> None:
    """etalase.js runs under the policy on a Zensical page."""
    page.goto(url + "dip/")
    page.locator("[data-filter-text]").fill("anggaran")
    assert page.locator("table#dip-semua tbody tr:visible").count() > 0
