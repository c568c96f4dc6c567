"""A long dataset catalogue (a synthetic portal of 120 datasets, built with the real pipeline): its
cards are on numbered static pages, each dataset on exactly one, chained by rel=prev/next and
reachable without JavaScript in both languages; the compact index says what the cards say; in
Chromium the search box of page 1 finds a dataset of page 3, the topic filter and the sort act on
the whole catalogue, the index is fetched once on demand, and without it the filter says it
searches this page only. A short catalogue keeps its one page; a long DIP keeps the compliance pages small."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from generator.compliance.context import gather
from generator.compliance.freshness import Staleness
from generator.i18n import DEFAULT, active
from generator.load.project import load_project
from generator.model import Dataset, DocsTree
from generator.render.catalog_pages import PAGE_BYTES, PAGE_CARDS, card_cost, catalog_list_files, split
from generator.render.compliance.evidence import evidence_page
from generator.render.compliance.pages import ENTRIES_SHOWN, STALE_SHOWN, compliance_page
from generator.render.datasets import dataset_files
from generator.render.page import page_file
from generator.render.project import dataset_outputs
from generator.render.routes import dataset_page
from generator.settings import Settings
from generator.validate.checks.published import check_tree
from tests.browser import axe_violations, browsing, serving
from tests.conftest import ROOT, built_portal
from tests.test_dip_lists import LIMIT, links, resolve

DATASETS = 120


@pytest.fixture(scope="module")
def long_catalog(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return built_portal(tmp_path_factory.mktemp("long-catalog"), datasets=DATASETS, rows=5, dip=20, seed=13)


@pytest.fixture(scope="module")
def catalog_url(long_catalog: Path) -> Iterator[str]:
    with serving(long_catalog / "site") as url:
        yield url


def datasets_of(repo: Path) -> list[Dataset]:
    project, _problems = load_project(Settings(root=repo))
    return sorted(project.datasets, key=lambda dataset: dataset.name)


def catalog_pages(site: Path, language: str) -> list[str]:
    """The catalogue's pages in order, followed from the first by rel=next."""
    address, chain = f"{language}dataset/", [f"{language}dataset/"]
    while nexts := [resolve(address, href) for href, rel in links(site, address) if rel == "next"]:
        assert [resolve(nexts[0], href) for href, rel in links(site, nexts[0]) if rel == "prev"] == [address]
        address = nexts[0]
        chain.append(address)
    return chain


@pytest.mark.parametrize("language", ["", "en/"])
def test_every_dataset_is_on_exactly_one_page_chained_by_prev_and_next(long_catalog: Path, language: str) -> None:
    site = long_catalog / "site"
    datasets = datasets_of(long_catalog)
    pages = catalog_pages(site, language)
    assert pages == [f"{language}dataset/"] + [f"{language}dataset/{number}/" for number in range(2, len(pages) + 1)]
    assert len(pages) == len(split(datasets)) == 3
    on_page: dict[str, list[str]] = {}
    for address in pages:
        for href, _rel in links(site, address):
            place = resolve(address, href)
            if re.fullmatch(rf"{language}dataset/[a-z][^/]*/", place):
                on_page.setdefault(place.split("/")[-2], []).append(address)
        assert (site / address / "index.html").stat().st_size < LIMIT
    assert sorted(on_page) == [dataset.name for dataset in datasets]
    assert {name: where for name, where in on_page.items() if len(set(where)) != 1} == {}
    first = (site / language / "dataset" / "index.html").read_text(encoding="utf-8")
    assert '<a rel="next" href="2/">' in first and '<a rel="prev"' not in first and 'href="3/"' in first


def test_the_evidence_page_links_the_catalogue_pages_not_every_dataset(long_catalog: Path) -> None:
    site = long_catalog / "site"
    targets = {resolve("data-dukung/", href) for href, _rel in links(site, "data-dukung/")}
    assert {"dataset/", "dataset/2/", "dataset/3/"} <= targets
    assert not [place for place in targets if re.fullmatch(r"dataset/[a-z][^/]*/", place)]
    page = (site / "data-dukung" / "index.html").read_text(encoding="utf-8")
    assert "Katalog dataset terbuka, halaman 3 dari 3 (" in page


def test_the_index_says_what_the_cards_say(long_catalog: Path) -> None:
    site = long_catalog / "site"
    index = json.loads((site / "dataset" / "indeks-katalog.json").read_text(encoding="utf-8"))
    fields, strings = index["fields"], index["strings"]
    decoded = [{name.rstrip("@"): strings[value] if name.endswith("@") else value
                for name, value in zip(fields, row, strict=True)} for row in index["datasets"]]
    datasets = datasets_of(long_catalog)
    assert [entry["name"] for entry in decoded] == [dataset.name for dataset in datasets]
    for entry, dataset in zip(decoded, datasets, strict=True):
        assert (entry["title"], entry["topic"], entry["publisher"], entry["frequency"], entry["keywords"]) == (
            dataset.title, dataset.topic, dataset.publisher_unit or dataset.publisher, dataset.frequency,
            list(dataset.keywords))
        assert entry["summary"] == dataset.description.split("\n")[0][:240]
        assert entry["updated"] == (dataset.updated.isoformat() if dataset.updated else "")
        assert entry["resources"] == len(dataset.resources)
    english = (site / "en" / "dataset" / "2" / "index.html").read_text(encoding="utf-8")
    assert 'data-etl-index="../../../dataset/indeks-katalog.json"' in english  # one index for every language
    assert not (site / "en" / "dataset" / "indeks-katalog.json").exists()


def test_long_cards_make_shorter_pages_and_a_short_catalogue_keeps_one_page() -> None:
    datasets = datasets_of(ROOT)
    assert len(split(datasets)) == 1
    settings = Settings(root=ROOT, cache=False)
    project, _problems = load_project(settings)
    with active(DEFAULT, settings.locale_dir):
        files, _leaflet = dataset_files(project, gather(project, settings), dataset_outputs(project, settings), None)
    paths = {str(item.path) for item in files}
    assert "dataset/index.md" in paths and "dataset/2/index.md" not in paths
    assert "dataset/indeks-katalog.json" not in paths
    text = next(item.text for item in files if str(item.path) == "dataset/index.md") or ""
    assert "etl-pages" not in text and "data-etl-index" not in text and 'data-page-size="20"' in text
    base = datasets[0]
    short = [replace(base, name=f"d-{number:03d}") for number in range(120)]
    assert [len(page) for page in split(short)] == [PAGE_CARDS, PAGE_CARDS, 20]
    long = [replace(base, name=f"d-{number:03d}", title="&" * 3000)
            for number in range(120)]
    pages = split(long)
    assert sum(len(page) for page in pages) == 120 and len(pages) > 10
    assert all(sum(card_cost(item) for item in page) <= PAGE_BYTES for page in pages)


def test_a_dataset_named_by_a_page_number_stops_the_build_with_path_collision() -> None:
    base = datasets_of(ROOT)[0]
    datasets = [replace(base, name=str(number) if number == 2 else f"d-{number:03d}") for number in range(120)]
    datasets.sort(key=lambda dataset: dataset.name)
    with active(DEFAULT):
        files = catalog_list_files(datasets)
        page = page_file(dataset_page("2"), base.title, base.description, "<p>data</p>")
    tree = DocsTree(files=(*files, page), nav=(), site_name="Etalase", site_description="", site_url=None,
                    repo_url=None)
    assert [(problem.code, dict(problem.params)["path"]) for problem in check_tree(tree, ROOT)] == [
        ("path-collision", "dataset/2/index.md")]


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    with browsing(browser, local_only=True, viewport={"width": 360, "height": 740}) as page:
        yield page


@pytest.mark.browser
def test_the_search_of_page_one_finds_a_dataset_of_page_three(page: Page, catalog_url: str,
                                                              long_catalog: Path) -> None:
    datasets = datasets_of(long_catalog)
    last = datasets[-1]  # on page 3
    assert re.search(r"Nomor \d{3}$", last.title)  # no other title contains its words
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    page.goto(catalog_url + "dataset/")
    cards = page.locator("#katalog > li")
    expect(cards).to_have_count(PAGE_CARDS)
    expect(page.locator(".etl-count")).to_have_text(f"Menampilkan {PAGE_CARDS} dari {DATASETS}")
    assert page.locator("#katalog", has_text=last.title).count() == 0
    page.wait_for_load_state("networkidle")
    assert not [url for url in fetched if "indeks-katalog" in url]
    page.locator("[data-filter-text]").fill(last.title.split(" Kota ")[1])
    expect(cards).to_have_count(1)
    expect(cards.first.locator("h2 a")).to_have_text(last.title)
    expect(cards.first).to_contain_text(f"{last.topic} · {last.publisher_unit or last.publisher}")
    expect(page.locator(".etl-pages")).to_be_hidden()
    page.locator("[data-filter-text]").fill("Contoh Nomor")
    expect(page.locator(".etl-count")).to_have_text(f"Menampilkan {DATASETS} dari {DATASETS}, halaman 1 dari 3")
    page.locator("[data-filter-text]").fill(last.title.split(" Kota ")[1])
    assert len([url for url in fetched if url.endswith("/dataset/indeks-katalog.json")]) == 1  # fetched once
    cards.first.locator("h2 a").click()
    expect(page).to_have_url(re.compile(rf"/dataset/{re.escape(last.name)}/$"))
    page.go_back()
    page.locator("[data-filter-text]").fill("")
    expect(cards).to_have_count(PAGE_CARDS)
    expect(cards.first.locator("h2 a")).to_have_text(datasets[0].title)
    expect(page.locator(".etl-pages")).to_be_visible()


@pytest.mark.browser
def test_the_topic_filter_and_the_sort_act_on_the_whole_catalogue(page: Page, catalog_url: str,
                                                                 long_catalog: Path) -> None:
    datasets = datasets_of(long_catalog)
    topic = datasets[-1].topic
    chosen = [dataset for dataset in datasets if dataset.topic == topic]
    page.goto(catalog_url + "en/dataset/2/")
    page.locator("[data-filter-topic]").select_option(topic)
    expect(page.locator(".etl-count")).to_have_text(f"Showing {len(chosen)} of {DATASETS}")
    cards = page.locator("#katalog > li")
    expect(cards).to_have_count(len(chosen))
    assert cards.locator("h2 a").all_inner_texts() == [dataset.title for dataset in chosen]
    expect(cards.first).to_contain_text("· updated 1 August 2026 · 1 file")  # the English card, built by the script
    expect(page).to_have_url(re.compile(rf"\?topik={re.escape(topic)}$"))
    page.locator("[data-filter-topic]").select_option("")
    page.locator("[data-filter-sort]").select_option("judul-turun")
    titles = sorted((dataset.title for dataset in datasets), key=lambda title: [
        int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", title)], reverse=True)
    expect(cards.first.locator("h2 a")).to_have_text(titles[0])
    expect(page.locator(".etl-count")).to_have_text(f"Showing {DATASETS} of {DATASETS}, page 1 of 3")
    assert axe_violations(page) == []


@pytest.mark.browser
def test_every_page_is_reachable_without_javascript_and_passes_axe(browser: Browser, catalog_url: str) -> None:
    with browsing(browser, local_only=True, java_script_enabled=False) as page:
        page.goto(catalog_url + "dataset/")
        expect(page.locator("#katalog > li")).to_have_count(PAGE_CARDS)
        page.locator(".etl-pages a[rel=next]").click()
        expect(page).to_have_url(re.compile(r"/dataset/2/$"))
        page.locator(".etl-pages a[rel=next]").click()
        expect(page).to_have_url(re.compile(r"/dataset/3/$"))
        expect(page.locator("h1")).to_contain_text("halaman 3 dari 3")
        expect(page.locator("#katalog > li")).to_have_count(DATASETS - 2 * PAGE_CARDS)
        expect(page.locator(".etl-pages a[rel=next]")).to_have_count(0)
    with browsing(browser, local_only=True) as page:
        page.goto(catalog_url + "dataset/3/")
        page.wait_for_load_state("networkidle")
        assert axe_violations(page) == []


@pytest.mark.browser
def test_without_the_index_the_filter_says_it_searches_this_page_only(page: Page, catalog_url: str,
                                                                     long_catalog: Path) -> None:
    subject = datasets_of(long_catalog)[0].title.split(" Kota ")[0].removeprefix("Data ").lower()  # on page 1
    page.route("**/dataset/indeks-katalog.json", lambda route: route.abort())
    page.goto(catalog_url + "dataset/")
    page.locator("[data-filter-text]").fill(subject)
    expect(page.locator(".etl-count")).to_contain_text("hanya halaman ini")
    visible = page.locator("#katalog > li:visible")
    assert 0 < visible.count() < PAGE_CARDS
    assert all(subject in text.lower() for text in visible.all_inner_texts())
    expect(page.locator(".etl-pages")).to_be_visible()


def test_a_long_dip_keeps_the_compliance_pages_small() -> None:
    settings = Settings(root=ROOT, cache=False)
    project, _problems = load_project(settings)
    state = gather(project, settings)
    entry = project.dip[0]
    many = tuple(replace(entry, id=f"X-{number:04d}") for number in range(ENTRIES_SHOWN + 30))
    status = replace(state.statuses[0], entries=many)
    overdue = Staleness(reason="berkala", since=dt.date(2025, 1, 1), updated=None)
    state = replace(state, statuses=(status, *state.statuses[1:]),
                    stale_entries={item.id: overdue for item in many} | {
                        f"Y-{number:04d}": overdue for number in range(STALE_SHOWN)})
    with active(DEFAULT, settings.locale_dir):
        page = compliance_page(project, state).text or ""
        evidence = evidence_page(project, state).text or ""
    total = len(many) + STALE_SHOWN
    assert f"Perlu diperbarui ({total})" in page
    assert f"Dan {total - STALE_SHOWN} lainnya" in page and 'href="../dip/?cari=perlu+diperbarui"' in page
    row = page.split(f'id="butir-{status.item.id}"', 1)[1].split("</tr>", 1)[0]
    assert row.count("<a ") == ENTRIES_SHOWN and "dan 30 entri lain" in row
    assert sum(f"informasi/X-{number:04d}/" in evidence for number in range(len(many))) == ENTRIES_SHOWN
