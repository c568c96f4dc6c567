"""The built sample site in headless Chromium, as a citizen uses it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser import browsing, search_for

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    with browsing(browser, accept_downloads=True, viewport={"width": 1280, "height": 900}) as page:
        yield page


def test_home_shows_the_public_body_and_dip_categories(page: Page, base_url: str) -> None:
    page.goto(base_url)
    expect(page.locator("h1")).to_contain_text("Dinas Komunikasi dan Informatika Kota Contoh")
    tiles = page.locator(".etl-tiles a")
    expect(tiles).to_have_count(4)
    tiles.filter(has_text="Informasi Berkala").click()
    expect(page).to_have_url(re.compile(r"/dip/berkala/$"))
    expect(page.locator("table#dip-berkala tbody tr").first).to_be_visible()


def test_search_an_indonesian_word_and_land_on_the_dataset(page: Page, base_url: str) -> None:
    page.goto(base_url)
    search_for(page, "sekolah")
    result = page.locator(".md-search-result__link").filter(has_text="Daftar Sekolah").filter(
        has=page.locator(".etl-pf-type", has_text="Dataset")).first
    expect(result).to_be_visible(timeout=15_000)
    result.click()
    expect(page).to_have_url(re.compile(r"/dataset/daftar-sekolah/"))
    expect(page.locator("h1")).to_contain_text("Sekolah")


def test_home_search_form_opens_the_search_with_the_query(page: Page, base_url: str) -> None:
    page.goto(base_url)
    page.locator("#etl-home-q").fill("wifi")
    page.locator("form.etl-search button").click()
    expect(page).to_have_url(re.compile(r"\?q=wifi"))
    expect(page.locator("input.md-search__input")).to_have_value("wifi", timeout=10_000)
    expect(page.locator(".md-search-result__link").first).to_be_visible(timeout=15_000)


def test_filter_the_dip_table(page: Page, base_url: str) -> None:
    page.goto(base_url + "dip/")
    rows = page.locator("table#dip-semua tbody tr")
    total = rows.count()
    assert total >= 40
    page.locator("[data-filter-text]").fill("anggaran")
    visible = page.locator("table#dip-semua tbody tr:visible")
    shown = visible.count()
    assert 0 < shown < total
    for index in range(shown):
        expect(visible.nth(index)).to_contain_text(re.compile("anggaran", re.IGNORECASE))
    expect(page.locator(".etl-count")).to_have_text(f"Menampilkan {shown} dari {total}")
    page.locator("[data-filter-text]").fill("")
    unit = page.locator("[data-filter-unit] option").nth(1).inner_text()
    page.locator("[data-filter-unit]").select_option(unit)
    for index in range(page.locator("table#dip-semua tbody tr:visible").count()):
        expect(page.locator("table#dip-semua tbody tr:visible").nth(index)).to_contain_text(unit)
    year = page.locator("[data-filter-year] option").nth(1).inner_text()
    page.locator("[data-filter-unit]").select_option("")
    page.locator("[data-filter-year]").select_option(year)
    assert page.locator("table#dip-semua tbody tr:visible").count() > 0
    assert all(row.get_attribute("data-year") == year
               for row in page.locator("table#dip-semua tbody tr:visible").all())


def test_dip_entry_permalink_and_its_dataset(page: Page, base_url: str) -> None:
    page.goto(base_url + "dip/")
    link = page.locator("table#dip-semua tbody tr", has_text="Statistik").locator("td a").first
    entry_id = link.inner_text()
    link.click()
    expect(page).to_have_url(re.compile(rf"/informasi/{re.escape(entry_id)}/$"))
    page.locator(".etl table a[href*='dataset/']").first.click()
    expect(page.locator(".etl-download").first).to_be_visible()


def test_download_a_csv_byte_for_byte(page: Page, base_url: str, sample_repo: Path) -> None:
    page.goto(base_url + "dataset/titik-wifi-publik/")
    with page.expect_download() as info:
        page.locator(".etl-download a").first.click()
    download = info.value
    source = next((sample_repo / "datasets" / "titik-wifi-publik").glob("*.csv"))
    assert download.suggested_filename == source.name
    assert Path(download.path()).read_bytes() == source.read_bytes()


def test_a_dip_document_downloads_byte_for_byte_and_shows_its_text(page: Page, base_url: str,
                                                                    sample_repo: Path) -> None:
    page.goto(base_url + "informasi/DIP-B-003/")
    preview = page.locator(".etl-document-preview img")
    expect(preview).to_have_attribute("alt", "Halaman pertama dokumen LKjIP Diskominfo Kota Contoh 2025")
    assert page.evaluate("(img) => img.complete && img.naturalWidth > 0", preview.element_handle())
    text = page.locator("details.etl-document-text")
    expect(text.locator("p").first).to_be_hidden()  # collapsed until the reader opens it
    text.locator("summary").click()
    expect(text).to_contain_text("pustakawan")
    with page.expect_download() as info:
        page.locator(".etl-document a[download]").first.click()
    download = info.value
    source = sample_repo / "content" / "dokumen" / "lkjip-diskominfo-2025.pdf"
    assert download.suggested_filename == source.name
    assert Path(download.path()).read_bytes() == source.read_bytes()


def test_catalogue_filters_by_topic(page: Page, base_url: str) -> None:
    page.goto(base_url + "dataset/")
    cards = page.locator("#katalog > li")
    total = cards.count()
    assert total >= 6
    topic = page.locator("[data-filter-topic] option").nth(1).inner_text()
    page.locator("[data-filter-topic]").select_option(topic)
    visible = page.locator("#katalog > li:visible")
    assert 0 < visible.count() < total
    assert all(card.get_attribute("data-topic") == topic for card in visible.all())


def test_service_report_readable_on_a_narrow_phone(page: Page, base_url: str) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(base_url + "laporan-layanan/2025/")
    chart = page.locator("#grafik-per-bulan")
    expect(chart).to_be_visible()
    box = chart.bounding_box()
    assert box is not None and box["width"] <= 360
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    expect(page.locator("#grafik-per-bulan-title")).to_have_text("Permohonan diterima per bulan")
    expect(page.locator("#per-bulan-tabel tbody tr")).to_have_count(12)


def test_printable_dip_prints_without_site_chrome(page: Page, base_url: str) -> None:
    page.goto(base_url + "dip/cetak/")
    expect(page.locator(".md-sidebar--primary")).to_be_visible()
    page.emulate_media(media="print")
    expect(page.locator(".md-sidebar--primary")).to_be_hidden()
    expect(page.locator("h1")).to_be_hidden()
    expect(page.locator(".etl-signature")).to_contain_text("Ratna Kusumawardani")
