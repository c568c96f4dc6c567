"""Tables with the state in the address, charts, maps offline and axe-core, in headless Chromium."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from tests.browser import axe_violations, browsing
from tests.conftest import ROOT

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A phone-sized page that reaches no host but the local server."""
    with browsing(browser, local_only=True, viewport={"width": 360, "height": 740}) as page:
        yield page


def visible_rows(page: Page, table: str) -> list[str]:
    return page.locator(f"{table} tbody tr:visible").all_inner_texts()


def test_dip_table_state_lives_in_the_address(page: Page, base_url: str) -> None:
    page.goto(base_url + "dip/?cari=anggaran")
    expect(page.locator("[data-filter-text]")).to_have_value("anggaran")
    rows = visible_rows(page, "table#dip-semua")
    assert rows and all("anggaran" in row.lower() for row in rows)
    page.locator("[data-filter-text]").fill("")
    expect(page.locator(".etl-count")).to_contain_text("halaman 1 dari 2")
    assert len(visible_rows(page, "table#dip-semua")) == 25
    page.locator(".etl-pager button", has_text="Berikutnya").click()
    expect(page).to_have_url(re.compile(r"[?&]hal=2"))
    first_page_two = visible_rows(page, "table#dip-semua")[0]
    page.reload()
    assert visible_rows(page, "table#dip-semua")[0] == first_page_two


def test_dip_table_sorts_by_keyboard(page: Page, base_url: str) -> None:
    page.goto(base_url + "dip/")
    header = page.locator("table#dip-semua th").first
    button = header.locator("button.etl-sort")
    button.focus()
    page.keyboard.press("Enter")
    expect(header).to_have_attribute("aria-sort", "ascending")
    page.keyboard.press("Enter")
    expect(header).to_have_attribute("aria-sort", "descending")
    expect(page).to_have_url(re.compile(r"urut=0-turun"))
    ids = page.locator("table#dip-semua tbody tr:visible td:first-child").all_inner_texts()
    assert ids == sorted(ids, reverse=True)


def test_catalogue_sorts_and_keeps_the_topic_in_the_address(page: Page, base_url: str) -> None:
    page.goto(base_url + "dataset/")
    page.locator("[data-filter-sort]").select_option("judul")
    titles = page.locator("#katalog > li:visible h2").all_inner_texts()
    assert titles == sorted(titles, key=str.lower)
    topic = page.locator("[data-filter-topic] option").nth(1).inner_text()
    page.locator("[data-filter-topic]").select_option(topic)
    expect(page).to_have_url(re.compile(r"topik="))
    page.reload()
    expect(page.locator("[data-filter-topic]")).to_have_value(topic)


def test_preview_table_filters_sorts_and_paginates(page: Page, base_url: str) -> None:
    page.goto(base_url + "dataset/daftar-sekolah/")
    table = "table#berkas-sekolah-tabel"
    assert len(visible_rows(page, table)) == 10
    note = page.locator("#berkas-sekolah-pratinjau + p")  # the preview is 20 rows: the rest is one click away
    expect(note).to_contain_text("Hanya 20 baris pertama dari 40")
    assert note.locator("a").get_attribute("href") == "#berkas-sekolah"
    page.locator("[data-etl-filter='berkas-sekolah-tabel'] [data-filter-text]").fill("Swasta")
    rows = visible_rows(page, table)
    assert rows and all("Swasta" in row for row in rows)
    students = page.locator(f"{table} th").nth(6).locator("button")
    students.click()
    values = [int(text) for text in page.locator(f"{table} tbody tr:visible td:nth-child(7)").all_inner_texts()]
    assert values == sorted(values)
    expect(page).to_have_url(re.compile(r"cari=Swasta.*urut=6|urut=6.*cari=Swasta"))


def test_line_and_bar_charts_with_their_tables(page: Page, base_url: str) -> None:
    page.goto(base_url + "dataset/statistik-permohonan-informasi/")
    chart = page.locator("svg.etl-chart").first
    expect(chart).to_be_visible()
    assert chart.locator("polyline").count() == 3
    assert chart.bounding_box()["width"] <= 360  # type: ignore[index]
    months = ROOT / "datasets" / "statistik-permohonan-informasi" / "permohonan-bulanan.csv"
    rows = len(months.read_text(encoding="utf-8").splitlines()) - 1
    assert page.locator(".etl-view-table tbody tr").count() == rows  # every month, none dropped
    expect(page.locator(".etl-legend")).to_contain_text("Permohonan diterima")
    swatches = page.locator(".etl-legend").first.locator("svg.etl-swatch rect")  # no style=: the CSP allows it
    assert swatches.count() == 3 and swatches.first.get_attribute("fill") == chart.locator("polyline").first \
        .get_attribute("stroke")
    page.goto(base_url + "dataset/realisasi-apbd/")
    assert page.locator("svg.etl-chart rect").count() > 20
    page.locator(".etl-view-table summary").click()
    expect(page.locator(".etl-view-table tbody tr").first).to_be_visible()


def test_map_falls_back_offline_and_keeps_the_points(page: Page, base_url: str) -> None:
    page.goto(base_url + "dataset/titik-wifi-publik/")
    expect(page.locator(".etl-map.leaflet-container")).to_be_visible()
    expect(page.locator(".etl-map-note")).to_be_visible(timeout=10_000)
    assert page.locator(".etl-map path.leaflet-interactive").count() == 30
    assert page.locator("#tampilan-1 table tbody tr").count() == 30


def test_pages_without_a_map_do_not_load_leaflet(page: Page, base_url: str) -> None:
    scripts: list[str] = []
    page.on("request", lambda request: scripts.append(request.url))
    page.goto(base_url + "dataset/realisasi-apbd/")
    page.wait_for_load_state("networkidle")
    assert not [url for url in scripts if "leaflet" in url]


# One page of every type the site has (both languages' trees), including the citizen's forms.
PAGE_TYPES = ["", "dip/", "dip/berkala/", "dip/cetak/", "informasi/DIP-B-001/", "informasi/DIP-DK-005/",
              "dataset/", "dataset/titik-wifi-publik/", "dataset/statistik-permohonan-informasi/",
              "cara-permohonan/", "kepatuhan/", "dik/", "data-dukung/", "laporan-layanan/2025/",
              "permohonan/", "keberatan/", "lacak/", "en/", "en/permohonan/", "en/informasi/DIP-DK-005/",
              "404.html"]
# Phone width (the theme's drawer) and desktop width (its navigation tabs and sidebars show).
WIDTHS = [360, 1280]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", PAGE_TYPES)
def test_axe_finds_no_wcag_violations(browser: Browser, base_url: str, path: str, width: int) -> None:
    with browsing(browser, local_only=True, viewport={"width": width, "height": 800}) as page:
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
        if width >= 1220:  # Material shows its tabs from 76.25em: the test must see them
            assert page.locator(".md-tabs").is_visible()
        assert axe_violations(page) == []


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", ["permohonan/", "keberatan/", "lacak/?nomor=REG-2024-0003"])
def test_axe_finds_no_violations_in_the_forms_errors_and_results(browser: Browser, base_url: str,
                                                                  path: str, width: int) -> None:
    with browsing(browser, local_only=True, viewport={"width": width, "height": 800}) as page:
        page.goto(base_url + path)
        page.wait_for_load_state("networkidle")
        if "lacak" in path:
            expect(page.locator(".etl-tracker-result table")).to_be_visible()
        else:
            page.locator("button[data-action=print]").click()
            expect(page.locator(".etl-error-summary")).to_be_visible()
        assert axe_violations(page) == []


def test_dataset_page_html_stays_under_60_kb(sample_site: Path) -> None:
    pages = sorted((sample_site / "dataset").glob("*/index.html"))
    assert pages
    assert max(page.stat().st_size for page in pages) <= 60 * 1024
