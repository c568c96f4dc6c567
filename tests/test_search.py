"""Pagefind search in headless Chromium: Indonesian stemming, prefixes, filters, no-JS fallback."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from generator import pipeline
from generator.build.searchindex import build_search_index
from generator.settings import Settings
from tests.browser import serving
from tests.conftest import FIXTURES, copy_repo
from tests.test_browser import page  # noqa: F401  (shared fixture)

pytestmark = pytest.mark.browser

TEACHING_PAGE = """---
title: Kegiatan Sekolah
description: Halaman uji kata berimbuhan.
order: 2
---
Guru mendidik murid setiap hari di kelas.
"""


@pytest.fixture(scope="module")
def mini_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The mini site plus a page whose only related word is "mendidik"."""
    repo = copy_repo(FIXTURES / "mini", tmp_path_factory.mktemp("search") / "mini")
    (repo / "content" / "pages" / "kegiatan-sekolah.md").write_text(TEACHING_PAGE, encoding="utf-8")
    outcome = pipeline.build(Settings(root=repo))
    assert outcome.built, (outcome.problems, outcome.engine_output)
    assert (repo / "site" / "pagefind" / "pagefind.js").is_file()
    with serving(repo / "site") as url:
        yield url


def search(page: Page, url: str, query: str) -> list[str]:
    page.goto(url)
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").fill(query)
    expect(page.locator(".md-search-result__meta")).to_contain_text(query, timeout=15_000)
    return [text for text in page.locator(".etl-pf-title").all_inner_texts()]


@pytest.mark.parametrize(("query", "expected"), [
    ("anggaran", "Tentang Kami"),       # the page says only "penganggaran"
    ("pendidikan", "Kegiatan Sekolah"),  # the page says only "mendidik"
    ("mendidik", "Kegiatan Sekolah"),
    ("angga", "Tentang Kami"),           # a word being typed
    ("didi", "Kegiatan Sekolah"),
])
def test_indonesian_affixes_and_prefixes_match(page: Page, mini_url: str, query: str, expected: str) -> None:
    titles = search(page, mini_url, query)
    assert expected in titles, titles


def test_unrelated_word_finds_nothing(page: Page, mini_url: str) -> None:
    assert search(page, mini_url, "kapal") == []
    expect(page.locator(".md-search-result__meta")).to_contain_text("Tidak ada hasil")


def dip_years(site: Path, word: str) -> list[str]:
    """Years of the DIP entry pages that mention ``word``, as their search filters say."""
    years = set()
    for entry in sorted((site / "informasi").glob("*/index.html")):
        html = entry.read_text(encoding="utf-8")
        if word in html.lower():
            years.update(re.findall(r'data-pagefind-filter="tahun">(\d{4})<', html))
    return sorted(years)


def test_results_filter_by_type_and_year(page: Page, base_url: str, sample_site: Path) -> None:
    year = dip_years(sample_site, "anggaran")[0]
    titles = search(page, base_url, "anggaran")
    assert len(titles) > 3
    page.locator(".etl-pf-filters summary").click()
    page.locator("select[data-pf-filter=type]").select_option("Dataset")
    expect(page.locator(".md-search-result__meta")).to_contain_text("hasil", timeout=10_000)
    types = page.locator(".etl-pf-type")
    expect(types.first).to_have_text("Dataset")
    assert set(types.all_inner_texts()) == {"Dataset"}
    assert 0 < types.count() < len(titles)
    page.locator("select[data-pf-filter=type]").select_option("Informasi publik (DIP)")
    page.locator("select[data-pf-filter=tahun]").select_option(year)
    expect(types.first).to_have_text("Informasi publik (DIP)")
    page.locator(".md-search-result__link").first.click()
    expect(page).to_have_url(re.compile(r"/informasi/"))
    expect(page.locator('[data-pagefind-filter="tahun"]')).to_have_text(year)  # the entry's year, as indexed


def test_a_word_only_inside_a_pdf_finds_its_entry_and_names_the_document(page: Page, base_url: str) -> None:
    """"pustakawan" appears only in the text layer of the sample LKjIP PDF (tests/sample_documents.py)."""
    titles = search(page, base_url, "pustakawan")
    assert titles == ["DIP-B-003 Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2025"], titles
    expect(page.locator(".etl-pf-document").first).to_have_text("Di dalam dokumen: LKjIP Diskominfo Kota Contoh 2025")
    assert page.locator(".md-search-result__link").first.get_attribute("href").endswith("#dokumen-1")


def test_keyboard_only_search(page: Page, base_url: str) -> None:
    page.goto(base_url)
    search_box = page.locator("input.md-search__input")
    for _ in range(30):
        page.keyboard.press("Tab")
        if search_box.evaluate("node => node === document.activeElement"):
            break
    expect(search_box).to_be_focused()
    page.keyboard.type("sekolah")
    expect(page.locator(".md-search-result__link").first).to_be_visible(timeout=15_000)
    page.keyboard.press("Enter")
    expect(page.locator(".md-search-result__link").first).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).not_to_have_url(base_url)


def test_without_javascript_the_search_links_to_the_lists(browser: Browser, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(base_url + "informasi/DIP-B-001/")
    expect(page.locator("input.md-search__input")).to_be_hidden()
    links = page.locator(".etl-pf-fallback a")
    expect(links.first).to_be_visible()
    hrefs = [link.get_attribute("href") or "" for link in links.all()]
    assert hrefs == ["../../dip/", "../../dataset/"]
    context.close()


def test_theme_search_index_is_not_shipped(sample_site: Path) -> None:
    assert not (sample_site / "search" / "search_index.json").exists()
    assert (sample_site / "pagefind" / "pagefind-entry.json").is_file()


def test_pages_carry_neither_the_search_dialog_nor_the_theme_search_texts(sample_site: Path) -> None:
    """The dialog is drawn by etalase-search.js; the theme's script gets only what it reads."""
    page = (sample_site / "informasi" / "DIP-B-001" / "index.html").read_text(encoding="utf-8")
    assert "md-search__form" not in page and "md-search-result" not in page
    assert re.search(r'<div class="md-search etl-pf" data-etl-search data-etl-lang="id"', page)
    found = re.search(r'<script id="__config" type="application/json">(.*?)</script>', page)
    assert found is not None
    config = json.loads(found.group(1))
    assert set(config) == {"base", "features", "translations"} and config["base"] == "../.."
    assert "navigation.tabs" in config["features"]
    assert sorted(config["translations"]) == ["clipboard.copied", "clipboard.copy", "clipboard.error"]


def test_the_drawn_dialog_is_labelled_in_the_page_language(page: Page, base_url: str) -> None:
    for path, label, field in (("informasi/DIP-B-001/", "Pencarian", "Cari informasi publik dan dataset"),
                               ("en/informasi/DIP-B-001/", "Search", "Search public information and datasets")):
        page.goto(base_url + path)
        dialog = page.locator(".md-search.etl-pf")
        expect(dialog).to_have_attribute("role", "dialog")
        expect(dialog).to_have_attribute("aria-label", label)
        expect(dialog.locator("input.md-search__input")).to_have_attribute("aria-label", field)
        assert dialog.locator(".md-search__icon svg").count() == 2  # the magnifier and the back arrow


def filter_options(page: Page) -> dict[str, list[str]]:
    page.locator(".etl-pf-filters summary").click()
    expect(page.locator("select[data-pf-filter=type] option").nth(1)).to_be_attached(timeout=10_000)
    return {key: sorted(page.locator(f"select[data-pf-filter={key}] option").all_inner_texts())
            for key in ("type", "tahun")}


def test_an_index_in_parts_finds_and_filters_as_one(page: Page, base_url: str, sample_site: Path,
                                                    tmp_path: Path) -> None:
    """A site indexed in several Pagefind parts (merged by the search script) searches the same."""
    split = shutil.copytree(sample_site, tmp_path / "site")
    shutil.rmtree(split / "pagefind")
    assert build_search_index(split, part_pages=20).ok
    listed = json.loads((split / "pagefind" / "parts.json").read_text(encoding="utf-8"))
    parts = listed["parts"]
    assert len(listed["languages"]) == len(parts) and all(held for held in listed["languages"])
    assert len(parts) >= 3 and all((split / "pagefind" / part / "pagefind-entry.json").is_file() for part in parts)
    assert not (split / "pagefind" / parts[0] / "pagefind.js").exists()  # the first part's script merges them
    found = {}
    for name, url in (("whole", base_url), ("split", None)):
        with serving(split) if url is None else nullcontext(url) as served:
            titles = search(page, served, "anggaran")
            found[name] = (page.locator(".md-search-result__meta").inner_text(), len(titles), filter_options(page))
    count = {name: int(re.findall(r"\d+", meta)[0]) for name, (meta, _, _) in found.items()}
    # Pagefind widens a query word to the words of the index it starts with, per part: the parts
    # find every page the single index finds (here 16 against 14 for "anggaran")
    assert count["split"] >= count["whole"] > 3
    assert found["split"][1:] == found["whole"][1:]  # the same first page of results shown, same filters


def result_urls(page: Page) -> list[str]:
    return [link.get_attribute("href") or "" for link in page.locator(".md-search-result__link").all()]


PREVIEW = re.compile(r'<table id="[^"]*-tabel">.*?<tbody>(.*?)</tbody>', re.DOTALL)


def preview_only_word(page_html: str) -> str:
    """A code of a dataset page's preview rows (an NPSN: digits, which the Indonesian stemmer leaves
    as they are; a word such as "bougenvil" stems to "b", which every page has) that no other text
    of the page contains."""
    body = page_html[page_html.index("data-pagefind-body"):page_html.index("/etalase:content")]
    rows = " ".join(PREVIEW.findall(body))
    rest = re.sub(r"<[^>]+>", " ", PREVIEW.sub("", body)).lower()
    words = sorted(set(re.findall(r"\b[0-9]{8}\b", re.sub(r"<[^>]+>", " ", rows))))
    return next(word for word in words if word not in rest)


def test_a_dataset_is_found_by_its_description_not_by_its_preview_rows(page: Page, base_url: str,
                                                                        sample_site: Path) -> None:
    """The preview rows of a dataset are not indexed (searchindex.EXCLUDED): its title, description
    and data dictionary are. "inventaris" is in the description of titik-wifi-publik."""
    search(page, base_url, "inventaris")
    assert any("dataset/titik-wifi-publik/" in url for url in result_urls(page)), result_urls(page)
    dataset = sample_site / "dataset" / "daftar-sekolah" / "index.html"
    word = preview_only_word(dataset.read_text(encoding="utf-8"))
    search(page, base_url, word)
    assert not any("dataset/daftar-sekolah/" in url for url in result_urls(page)), (word, result_urls(page))


def test_a_dip_entry_is_found_on_its_page_not_on_the_lists(page: Page, base_url: str) -> None:
    """The rows of the DIP lists are not indexed: an entry's words find its own page."""
    search(page, base_url, "inventaris")
    urls = result_urls(page)
    assert any("informasi/DIP-SS-009/" in url for url in urls), urls
    assert not any("/dip/" in url for url in urls), urls


def test_an_entry_of_a_search_group_is_found_as_itself(page: Page, base_url: str, sample_site: Path) -> None:
    """DIP-SS-011 is indexed on its search group's page (render/dip_groups.py), not its own: the
    result is the entry, and it links to the entry's page, in both languages."""
    assert b"data-pagefind-body" not in (sample_site / "informasi" / "DIP-SS-011" / "index.html").read_bytes()
    for prefix in ("", "en/"):
        titles = search(page, base_url + prefix, "siaran pers")
        urls = result_urls(page)
        assert urls[0].endswith(f"/{prefix}informasi/DIP-SS-011/"), urls
        assert titles[0].startswith("DIP-SS-011 "), titles
        assert not any("/kelompok/" in url for url in urls), urls
        # every result's text is fetched: the count is exact
        expect(page.locator(".md-search-result__meta")).to_contain_text(f"{len(urls)} ")
    page.locator(".md-search-result__link").first.click()
    expect(page).to_have_url(re.compile(r"/en/informasi/DIP-SS-011/$"))


def test_a_unit_named_in_a_query_finds_its_search_group(page: Page, base_url: str) -> None:
    """The words of a group's title (its category, unit and year) find the group page, which
    lists the unit's entries of that year."""
    titles = search(page, base_url, "persandian")
    urls = result_urls(page)
    group = next(number for number, url in enumerate(urls) if "/dip/kelompok/" in url)
    assert titles[group] == "Informasi Berkala: Bidang Statistik dan Persandian, tahun 2025", titles
    page.locator(".md-search-result__link").nth(group).click()
    expect(page.locator("h2 a").first).to_have_attribute("href", re.compile(r"informasi/DIP-[A-Z]+-\d+/$"))


def test_a_query_loads_the_parts_of_its_language_only(browser: Browser, sample_site: Path, tmp_path: Path) -> None:
    """Parts are per language (searchindex.split): an Indonesian query fetches no English part, and
    the other way round; the first part (every language's small sections) is always loaded."""
    split = shutil.copytree(sample_site, tmp_path / "site")
    shutil.rmtree(split / "pagefind")
    assert build_search_index(split, part_pages=20, languages=("en",)).ok
    listed = json.loads((split / "pagefind" / "parts.json").read_text(encoding="utf-8"))
    held = dict(zip(listed["parts"], listed["languages"], strict=True))
    assert {lang for languages in held.values() for lang in languages} == {"id", "en"}
    assert all(len(languages) == 1 for languages in held.values()), held
    with serving(split) as url:
        for home, query, lang in (("", "anggaran", "id"), ("en/", "anggaran", "en")):
            context = browser.new_context()
            tab = context.new_page()
            fetched: list[str] = []
            tab.on("requestfinished", lambda request, fetched=fetched: fetched.append(request.url))
            titles = search(tab, url + home, query)
            assert titles, (home, query)
            parts = {part for part in held if any(f"/pagefind/{part}" in item for item in fetched)}
            assert parts and all(held[part] == [lang] for part in parts), (lang, sorted(parts))
            assert parts == {part for part, languages in held.items() if languages == [lang]}  # all of them
            context.close()
