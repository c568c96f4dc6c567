"""The English tree: interface translated, staff text kept, links to the Indonesian data files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from generator import pipeline
from generator.build.linkcheck import check_site
from generator.i18n.languages import ENGLISH
from generator.render.project import render_project
from generator.settings import Settings
from tests.test_browser import page  # noqa: F401  (shared fixture)


def test_english_tree_keeps_staff_text_and_links_to_indonesian_files(mini: Path) -> None:
    english_page = mini / "content" / "pages" / "en" / "tentang.md"
    english_page.parent.mkdir()
    english_page.write_text("---\ntitle: About us\n---\nWe test budgeting.\n", encoding="utf-8")
    settings = Settings(root=mini)
    outcome = pipeline.check(settings)
    assert outcome.problems == []
    tree = render_project(outcome.project, settings, language=ENGLISH)
    english = {str(item.path): item for item in tree.files}
    # rebuilt from its Page record (front matter escaped, like the Indonesian pages), never copied raw
    assert english["tentang/index.md"].text == '---\ntitle: "About us"\n---\n\n# About us\n\nWe test budgeting.\n'
    dataset = english["dataset/angka-kecil/index.md"].text or ""
    assert 'href="../../../dataset/angka-kecil/angka.csv"' in dataset
    assert "Data dictionary" in dataset and "Kamus data" not in dataset
    assert not any(path.endswith(".csv") for path in english)


def test_untranslated_staff_page_says_so(sample_site: Path) -> None:
    page = (sample_site / "en" / "profil-ppid" / "index.html").read_text(encoding="utf-8")
    assert "Only in Indonesian" in page
    assert '<html lang="en"' in page
    assert check_site(sample_site) == []


def switch_to(page: Page, lang: str) -> None:
    """The switcher opens on focus, as for keyboard users, then its link is followed."""
    page.locator(".md-select .md-header__button").focus()
    link = page.locator(f"a.md-select__link[hreflang={lang}]")
    expect(link).to_be_visible()
    link.click()


@pytest.mark.browser
def test_switch_language_on_a_dataset_page(page: Page, base_url: str) -> None:
    page.goto(base_url + "dataset/realisasi-apbd/")
    switch_to(page, "en")
    expect(page).to_have_url(re.compile(r"/en/dataset/realisasi-apbd/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h2#berkas-realisasi-apbd-2025-kamus-data, h3").first).to_be_visible()
    expect(page.locator(".etl-download a").first).to_contain_text("Download CSV")
    with page.expect_download() as info:
        page.locator(".etl-download a").first.click()
    assert info.value.suggested_filename == "realisasi-apbd-2025.csv"
    switch_to(page, "id")
    expect(page).to_have_url(re.compile(r"/dataset/realisasi-apbd/$"))
    expect(page.locator("html")).to_have_attribute("lang", "id")


@pytest.mark.browser
def test_english_dip_table_and_search(page: Page, base_url: str) -> None:
    page.goto(base_url + "en/dip/")
    expect(page.locator(".etl-count")).to_contain_text("Showing")
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").fill("wifi")
    result = page.locator(".md-search-result__link").first
    expect(result).to_be_visible(timeout=15_000)
    assert "/en/" in (result.get_attribute("href") or "")
