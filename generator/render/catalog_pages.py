"""The dataset catalogue: one card a dataset, on numbered static pages when the catalogue is long.

A catalogue that fits one page stays one page (``dataset/``), as a small catalogue has always
looked. A longer one is cut into pages (``dataset/``, ``dataset/2/``, ...) of at most
``PAGE_CARDS`` cards and about ``PAGE_BYTES`` of cards, linked by number and by rel=prev/next
(``paging.py``), so every dataset is reachable without JavaScript and no page grows with the
catalogue. On such a page the search box, the topic filter and the sort work on the whole
catalogue: the site's script reads the compact index (``dataset/indeks-katalog.json``) the
first time a citizen searches, filters or sorts.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from pathlib import PurePosixPath
from typing import Any

from generator.i18n import _
from generator.i18n.format import date_label, month_label
from generator.model import Dataset, OutputFile
from generator.render.page import html_block, page_file
from generator.render.paging import cut, pager
from generator.render.routes import CATALOG_INDEX, catalog_page, dataset_page, relative, target
from generator.vocab import FREQUENCIES

PAGE_CARDS = 50
PAGE_BYTES = 100_000  # cards of one page; with the theme's page chrome a page stays far under 300 KB
CARD_MARKUP = 520  # the tags, attributes and interface texts of one card besides its escaped values
SUMMARY_CHARS = 240  # a card shows the first line of the description, cut to this many characters
# Columns of one index entry; a name ending in "@" is a position in "strings".
INDEX_FIELDS = ("name", "title", "summary", "topic@", "publisher@", "frequency@", "updated", "resources",
                "keywords")


def summary(dataset: Dataset) -> str:
    """The first line of the description, at most ``SUMMARY_CHARS`` characters."""
    line = dataset.description.split("\n")[0]
    return line if len(line) <= SUMMARY_CHARS else line[:SUMMARY_CHARS - 1] + "…"


def card_cost(dataset: Dataset) -> int:
    """About the bytes of one dataset's card (its title twice: the link and the sort key)."""
    values = (dataset.title, dataset.title, summary(dataset), dataset.topic, dataset.topic,
              dataset.publisher_unit or dataset.publisher, dataset.name, *dataset.keywords)
    return CARD_MARKUP + sum(len(html.escape(value or "").encode("utf-8")) for value in values)


def split(datasets: list[Dataset], *, most: int = PAGE_CARDS, budget: int = PAGE_BYTES) -> list[tuple[Dataset, ...]]:
    """The catalogue cut into pages of at most ``most`` cards and about ``budget`` bytes of cards."""
    return cut(datasets, card_cost, most=most, budget=budget)


def catalog_list_files(datasets: list[Dataset]) -> list[OutputFile]:
    """The catalogue's pages (``datasets`` in the order shown) and, for a long one, its index."""
    pages = split(datasets)
    files = list(_pages(datasets, pages))
    if len(pages) > 1:
        files.append(catalog_index(datasets))
    return files


def _pages(datasets: list[Dataset], pages: list[tuple[Dataset, ...]]) -> Iterator[OutputFile]:
    topics = sorted({dataset.topic for dataset in datasets if dataset.topic})
    paths = [catalog_page(number) for number in range(1, len(pages) + 1)]
    title = _("Katalog Dataset")
    whole = len(pages) > 1
    for number, chunk in enumerate(pages, start=1):
        path = paths[number - 1]
        heading = title if number == 1 else (
            _("{title}, halaman {page} dari {pages}").format(title=title, page=number, pages=len(pages)))
        body = html_block("catalog.html", datasets=[card(dataset, path) for dataset in chunk], topics=topics,
                          total=len(datasets), pager=pager(paths, number), **_whole_list(path, whole))
        # Only the first page is a search result: the others are lists of links to the datasets' pages.
        yield page_file(path, heading, _("Katalog data terbuka"), body, searchable=number == 1)


def _whole_list(path: str, whole: bool) -> dict[str, Any]:
    """What the script of a page of a long catalogue needs to show any dataset's card."""
    if not whole:
        return {"index_url": "", "page_size": 20}
    labels = {"frequencies": {key: _(label) for key, label in FREQUENCIES.items()},
              "months": [month_label(number) for number in range(1, 13)]}
    return {"index_url": relative(path, CATALOG_INDEX), "page_size": PAGE_CARDS,
            "datasets_url": relative(path, "dataset/"),
            "labels": json.dumps(labels, ensure_ascii=False, sort_keys=True)}


def card(dataset: Dataset, page: str) -> dict[str, Any]:
    """What the catalogue shows of one dataset; staff values as written, labels translated."""
    frequency = FREQUENCIES.get(dataset.frequency)
    return {"title": dataset.title, "url": relative(page, target(dataset_page(dataset.name))),
            "summary": summary(dataset), "topic": dataset.topic, "publisher": dataset.publisher,
            "publisher_unit": dataset.publisher_unit,
            "frequency": _(frequency) if frequency else dataset.frequency,
            "updated": date_label(dataset.updated), "resource_count": len(dataset.resources),
            "updated_iso": dataset.updated.isoformat() if dataset.updated else "",
            "keywords": dataset.keywords}


def catalog_index(datasets: list[Dataset]) -> OutputFile:
    """The compact index of every dataset, in the catalogue's order: what its cards show, the values that
    repeat (topics, publishers, frequencies) written once in a table of strings."""
    strings: dict[str, int] = {}

    def ref(value: str) -> int:
        return strings.setdefault(value, len(strings))

    rows = [[dataset.name, dataset.title, summary(dataset), ref(dataset.topic or ""),
             ref(dataset.publisher_unit or dataset.publisher or ""), ref(dataset.frequency or ""),
             dataset.updated.isoformat() if dataset.updated else "", len(dataset.resources),
             list(dataset.keywords)] for dataset in datasets]
    document = {"fields": list(INDEX_FIELDS), "strings": list(strings), "datasets": rows}
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return OutputFile(PurePosixPath(CATALOG_INDEX), text=text + "\n")
