"""A long DIP (a synthetic portal of 2,000 entries, built with the real pipeline): its lists are
static pages under 300 KB, every entry is reachable from them without JavaScript, the filter of a
page searches the whole list through the JSON index in Chromium, and the CSV and JSON downloads
say what content/dip.csv says. A short DIP keeps its one page per list."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from generator.compliance.context import gather
from generator.i18n import DEFAULT, active
from generator.load.project import load_project
from generator.model import DipEntry
from generator.render.dip import dip_files
from generator.render.dip_lists import PAGE_BYTES, PAGE_ENTRIES, row_cost, split
from generator.settings import Settings
from tests.browser import axe_violations, browsing, serving
from tests.conftest import FIXTURES, ROOT, built_portal, copy_repo
from tests.test_dip_groups import indexed_entries

ENTRIES = 2_000
LIMIT = 300_000


@pytest.fixture(scope="module")
def long_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_portal(tmp_path_factory.mktemp("long-dip"), datasets=1, rows=5, dip=ENTRIES, seed=11)


@pytest.fixture(scope="module")
def long_url(long_site: Path) -> Iterator[str]:
    with serving(long_site / "site") as url:
        yield url


class Links(HTMLParser):
    """The links of a page (its content and the site's menu), with their rel."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append((values["href"] or "", values.get("rel") or ""))


def links(site: Path, address: str) -> list[tuple[str, str]]:
    parser = Links()
    parser.feed((site / address / "index.html").read_text(encoding="utf-8"))
    return parser.links


def resolve(address: str, href: str) -> str:
    """The site address (``dip/2/``) a relative link of the page at ``address`` points to."""
    parts = [part for part in address.split("/") if part]
    for piece in href.split("#")[0].split("?")[0].split("/"):
        if piece == "..":
            parts.pop()
        elif piece and piece != ".":
            parts.append(piece)
    return "/".join(parts) + ("/" if href.endswith("/") else "")


def entries_of(repo: Path) -> list[DipEntry]:
    project, _problems = load_project(Settings(root=repo))
    return sorted(project.dip, key=lambda entry: entry.id)


def test_no_html_page_is_over_300_kb(long_site: Path) -> None:
    pages = sorted((long_site / "site").rglob("*.html"))
    assert len(pages) > 2 * ENTRIES
    sizes = {page.relative_to(long_site / "site").as_posix(): page.stat().st_size for page in pages}
    assert {page: size for page, size in sizes.items() if size > LIMIT} == {}
    assert sizes["dip/index.html"] < LIMIT / 2
    assert (long_site / "site" / "dip" / "cetak" / "2" / "index.html").is_file()  # the print version in parts


def test_a_dataset_linked_by_many_entries_names_twenty_and_counts_the_rest(long_site: Path) -> None:
    linked = [entry for entry in entries_of(long_site) if entry.dataset]
    dataset = max({entry.dataset for entry in linked}, key=lambda name: sum(e.dataset == name for e in linked))
    count = sum(entry.dataset == dataset for entry in linked)
    assert count > 20  # the synthetic DIP links its one dataset from many entries
    html = (long_site / "site" / "dataset" / dataset / "index.html").read_text(encoding="utf-8")
    paragraph = html.split("Tercantum dalam Daftar Informasi Publik:", 1)[1].split("</p>", 1)[0]
    assert paragraph.count("<a ") == 21  # twenty entries and the link to the DIP lists
    assert f"dan {count - 20} entri lain" in paragraph and 'href="../../dip/"' in paragraph
    english = (long_site / "site" / "en" / "dataset" / dataset / "index.html").read_text(encoding="utf-8")
    assert f"and {count - 20} more entries" in english


@pytest.mark.parametrize("language", ["", "en/"])
def test_every_entry_is_reachable_from_the_lists_without_javascript(long_site: Path, language: str) -> None:
    site = long_site / "site"
    start = f"{language}dip/"
    seen, queue, found = {start}, [start], set()
    while queue:
        address = queue.pop()
        for href, _rel in links(site, address):
            if re.match(r"[a-z]+:|/|#", href):
                continue
            place = resolve(address, href)
            if re.fullmatch(rf"{language}informasi/[^/]+/", place):
                found.add(place.split("/")[-2])
            elif place.startswith(f"{language}dip/") and place.endswith("/") and "cetak" not in place \
                    and place not in seen:
                seen.add(place)
                queue.append(place)
    assert found == {entry.id for entry in entries_of(long_site)}
    assert f"{language}dip/tahun/2020/" in seen and f"{language}dip/berkala/2/" in seen


def test_pages_are_chained_by_rel_prev_and_next(long_site: Path) -> None:
    site = long_site / "site"
    expected = len(split(tuple(entries_of(long_site))))
    assert expected > 10
    address, chain = "dip/berkala/", ["dip/berkala/"]
    while nexts := [resolve(address, href) for href, rel in links(site, address) if rel == "next"]:
        assert [resolve(nexts[0], href) for href, rel in links(site, nexts[0]) if rel == "prev"] == [address]
        address = nexts[0]
        chain.append(address)
    berkala = [entry for entry in entries_of(long_site) if entry.category == "berkala"]
    assert len(chain) == len(split(tuple(berkala))) > 1
    assert chain[1] == "dip/berkala/2/" and chain[-1] == f"dip/berkala/{len(chain)}/"
    first = (site / "dip" / "index.html").read_text(encoding="utf-8")
    assert '<a rel="next" href="2/">' in first and '<a rel="prev"' not in first
    assert f'href="{expected}/"' in first  # the last page is one click away


def test_the_downloads_say_what_the_dip_csv_says(long_site: Path) -> None:
    source = long_site / "content" / "dip.csv"
    site = long_site / "site" / "dip"
    assert (site / "daftar-informasi-publik.csv").read_bytes() == source.read_bytes()
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert json.loads((site / "daftar-informasi-publik.json").read_text(encoding="utf-8")) == rows
    assert len(rows) == len(entries_of(long_site)) > ENTRIES
    index = json.loads((site / "indeks-daftar.json").read_text(encoding="utf-8"))
    fields, strings = index["fields"], index["strings"]
    decoded = [{name.rstrip("@"): strings[value] if name.endswith("@") else value
                for name, value in zip(fields, entry, strict=True)} for entry in index["entries"]]
    by_id = {row["id"]: row for row in rows}
    assert [entry["id"] for entry in decoded] == sorted(by_id)
    for entry in decoded:
        row = by_id[entry["id"]]
        assert (entry["title"], entry["summary"], entry["holder"], entry["category"]) == (
            row["judul"], row["ringkasan"], row["pejabat_penguasa"], row["kategori"])


def test_each_entry_is_indexed_once_and_the_later_list_pages_not_at_all(long_site: Path) -> None:
    """The search index holds each entry once, most of them on search groups (render/dip_groups.py),
    and of a list only its first page (the others repeat the entries)."""
    site = long_site / "site"
    found = indexed_entries(site)
    assert set(found) == {entry.id for entry in entries_of(long_site)} and set(found.values()) == {1}
    groups = list((site / "dip" / "kelompok").glob("*/index.html"))
    assert 0 < len(groups) < ENTRIES / 10, len(groups)
    assert b"data-pagefind-body" in (site / "dip" / "index.html").read_bytes()
    for later in ("dip/2/index.html", "dip/berkala/2/index.html", "en/dip/2/index.html"):
        assert b"data-pagefind-body" not in (site / later).read_bytes(), later


def test_a_short_dip_keeps_one_page_per_list(tmp_path: Path) -> None:
    for repo in (ROOT, copy_repo(FIXTURES / "mini", tmp_path / "mini")):
        settings = Settings(root=repo)
        project, _problems = load_project(settings)
        with active(DEFAULT, settings.locale_dir):
            files = dip_files(project, gather(project, settings), request_slug=None)
        pages = sorted(str(item.path) for item in files if str(item.path).startswith("dip/")
                       and not str(item.path).startswith("dip/kelompok/"))
        assert pages == ["dip/berkala/index.md", "dip/daftar-informasi-publik.csv",
                         "dip/daftar-informasi-publik.json", "dip/dikecualikan/index.md", "dip/index.md",
                         "dip/serta-merta/index.md", "dip/setiap-saat/index.md"]
        text = next(item.text for item in files if str(item.path) == "dip/index.md") or ""
        assert "etl-pages" not in text and "data-etl-index" not in text and "etl-years" not in text


def test_long_rows_make_shorter_pages() -> None:
    def entry(number: int, summary: str) -> DipEntry:
        return DipEntry(id=f"X-{number:04d}", row=number, category="berkala", title="Judul", summary=summary,
                        holder="Sekretariat", responsible="Sekretaris", made_when="2025", year=2025,
                        made_where="Kota", form="softcopy", retention="5 tahun", updated="2026-01-01",
                        document="", dataset="", exclusion_basis="", consequence_test="", exclusion_period="")
    short = tuple(entry(number, "Ringkas.") for number in range(250))
    assert [len(page) for page in split(short)] == [PAGE_ENTRIES, PAGE_ENTRIES, 50]
    long = tuple(entry(number, "&" * 2000) for number in range(250))  # escaped to 10 KB a row
    pages = split(long)
    assert sum(len(page) for page in pages) == 250 and len(pages) > 10
    assert all(sum(row_cost(item) for item in page) <= PAGE_BYTES for page in pages)
    assert split(()) == [()]


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    with browsing(browser, local_only=True, viewport={"width": 360, "height": 740}) as page:
        yield page


@pytest.mark.browser
def test_the_filter_of_page_one_finds_an_entry_of_a_later_page(page: Page, long_url: str, long_site: Path) -> None:
    entries = entries_of(long_site)
    last = entries[-1]  # on the last page of dip/
    page.goto(long_url + "dip/")
    rows = page.locator("table#dip-semua tbody tr")
    expect(rows).to_have_count(PAGE_ENTRIES)
    assert page.locator("table#dip-semua", has_text=last.id).count() == 0
    expect(page.locator(".etl-count")).to_have_text(f"Menampilkan {PAGE_ENTRIES} dari {len(entries)}")
    page.locator("[data-filter-text]").fill(last.id)
    expect(rows).to_have_count(1)
    expect(rows.first.locator("a").first).to_have_text(last.id)
    expect(page.locator(".etl-pages")).to_be_hidden()
    expect(page).to_have_url(re.compile(rf"\?cari={re.escape(last.id)}$"))
    rows.first.locator("a").first.click()
    expect(page).to_have_url(re.compile(rf"/informasi/{re.escape(last.id)}/$"))
    page.go_back()
    page.locator("[data-filter-text]").fill("")
    expect(rows).to_have_count(PAGE_ENTRIES)
    expect(rows.first).to_contain_text(entries[0].id)
    expect(page.locator(".etl-pages")).to_be_visible()


@pytest.mark.browser
def test_a_category_page_filters_and_sorts_its_whole_category(page: Page, long_url: str, long_site: Path) -> None:
    berkala = [entry for entry in entries_of(long_site) if entry.category == "berkala"]
    unit = berkala[0].holder
    page.goto(long_url + "dip/berkala/2/")
    page.locator("[data-filter-unit]").select_option(unit)
    chosen = [entry for entry in berkala if entry.holder == unit]
    expect(page.locator(".etl-count")).to_contain_text(f"Menampilkan {len(chosen)} dari {len(berkala)}")
    rows = page.locator("table#dip-berkala tbody tr")
    expect(rows.first).to_contain_text(chosen[0].id)  # the category's first, on its page 1
    assert all(row.get_attribute("data-unit") == unit for row in rows.all())
    page.locator("[data-filter-unit]").select_option("")
    page.locator("table#dip-berkala th button.etl-sort").first.click()
    page.locator("table#dip-berkala th button.etl-sort").first.click()
    expect(page.locator("table#dip-berkala th").first).to_have_attribute("aria-sort", "descending")
    expect(rows.first.locator("td").first).to_have_text(berkala[-1].id)  # the category's last


@pytest.mark.browser
def test_english_year_page_and_the_pages_without_javascript(browser: Browser, long_url: str) -> None:
    with browsing(browser, local_only=True, java_script_enabled=False) as page:
        page.goto(long_url + "en/dip/")
        expect(page.locator("table#dip-semua tbody tr")).to_have_count(PAGE_ENTRIES)
        page.locator(".etl-pages a[rel=next]").click()
        expect(page).to_have_url(re.compile(r"/en/dip/2/$"))
        expect(page.locator("h1")).to_contain_text("page 2 of")
        page.locator(".etl-years a", has_text="2020").click()
        expect(page).to_have_url(re.compile(r"/en/dip/tahun/2020/$"))
    with browsing(browser, local_only=True) as page:
        page.goto(long_url + "en/dip/tahun/2020/?cari=sekolah")
        expect(page.locator(".etl-count")).to_contain_text("Showing")
        rows = page.locator("table#dip-tahun-2020 tbody tr")
        expect(rows.first).to_be_visible()
        assert all(row.get_attribute("data-year") == "2020" for row in rows.all())
        assert all("sekolah" in text.lower() for text in rows.all_inner_texts())


@pytest.mark.browser
def test_the_index_loads_on_demand_once_and_the_pages_pass_axe(page: Page, long_url: str) -> None:
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(long_url + "dip/berkala/2/")
    page.wait_for_load_state("networkidle")
    assert not [url for url in fetched if "indeks-daftar" in url]
    assert axe_violations(page) == []
    page.locator("[data-filter-text]").fill("sekolah")
    expect(page.locator(".etl-count")).to_contain_text("halaman 1 dari")
    page.locator("[data-filter-text]").fill("pasar")
    expect(page.locator("table#dip-berkala tbody tr").first).to_contain_text("pasar")
    assert len([url for url in fetched if url.endswith("/dip/indeks-daftar.json")]) == 1
    assert axe_violations(page) == []


@pytest.mark.browser
def test_without_the_index_the_filter_says_it_searches_this_page_only(page: Page, long_url: str) -> None:
    page.route("**/dip/indeks-daftar.json", lambda route: route.abort())
    page.goto(long_url + "dip/")
    page.locator("[data-filter-text]").fill("sekolah")
    expect(page.locator(".etl-count")).to_contain_text("hanya halaman ini")
    visible = page.locator("table#dip-semua tbody tr:visible")
    assert 0 < visible.count() < PAGE_ENTRIES
    assert all("sekolah" in text.lower() for text in visible.all_inner_texts())
    expect(page.locator(".etl-pages")).to_be_visible()
