"""The DIP lists: every entry, one list per category and, for a long DIP, one per year.

A list that fits one page stays one page, as a small DIP has always looked. A longer list
is cut into static pages (``dip/``, ``dip/2/``, ``dip/berkala/3/``, ``dip/tahun/2025/``) of
at most ``PAGE_ENTRIES`` entries and about ``PAGE_BYTES`` of rows, linked by number and by
rel=prev/next, so every entry is reachable without JavaScript and no page grows with the
DIP. On such a page the filters and the sort work on the whole list: the site's script reads
the compact index of ``dip_data.py`` when a citizen first filters, searches or sorts.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.compliance.context import Compliance
from generator.i18n import _
from generator.model import DipEntry, OutputFile
from generator.render.page import html_block, page_file
from generator.render.paging import cut, pager
from generator.render.routes import DIP_CSV, DIP_JSON, DIP_LIST_INDEX, dip_list_page, relative, target
from generator.vocab import CATEGORIES

PAGE_ENTRIES = 100
PAGE_BYTES = 120_000  # rows of one page; with the theme's page chrome a page stays far under 300 KB
ROW_MARKUP = 420  # the tags, links and attributes of one row besides its escaped values


@dataclass(frozen=True)
class DipList:
    """One list of entries: the whole DIP, a category or a year."""

    key: str  # table id and filter name: semua, berkala, tahun-2025
    title: str
    intro: str
    entries: tuple[DipEntry, ...]
    slug: str = ""  # a category's folder under dip/
    category: str = ""  # a category's key, the scope of its filters
    year: int | None = None

    def page(self, number: int) -> str:
        return dip_list_page(slug=self.slug, year=self.year, number=number)


def row_cost(entry: DipEntry) -> int:
    """About the bytes of one entry's row in a list table."""
    values = (entry.id, entry.id, entry.title, entry.summary, entry.holder, entry.holder, entry.responsible,
              entry.made_when, entry.made_where, entry.form, entry.retention)
    return ROW_MARKUP + sum(len(html.escape(value).encode("utf-8")) for value in values)


def split(entries: tuple[DipEntry, ...], *, most: int = PAGE_ENTRIES,
          budget: int = PAGE_BYTES) -> list[tuple[DipEntry, ...]]:
    """The entries cut into pages of at most ``most`` entries and about ``budget`` bytes of rows."""
    return cut(entries, row_cost, most=most, budget=budget)


def dip_lists(entries: tuple[DipEntry, ...]) -> list[DipList]:
    """The whole DIP, each category, and each year when the whole DIP takes more than one page."""
    lists = [DipList("semua", _("Daftar Informasi Publik"),
                     _("Daftar seluruh informasi publik yang dikuasai badan publik ini, disusun menurut Perki 1/2021."),
                     entries)]
    lists += [DipList(item.slug, _(item.label), _(item.blurb),
                      tuple(entry for entry in entries if entry.category == item.key),
                      slug=item.slug, category=item.key) for item in CATEGORIES]
    if len(split(entries)) > 1:
        years = sorted({entry.year for entry in entries if entry.year is not None}, reverse=True)
        lists += [DipList(f"tahun-{year}", _("Daftar Informasi Publik tahun {year}").format(year=year),
                          _("Seluruh informasi publik tahun {year}, dari semua kategori.").format(year=year),
                          tuple(entry for entry in entries if entry.year == year), year=year)
                  for year in years]
    return lists


def list_files(entries: tuple[DipEntry, ...], state: Compliance) -> tuple[list[OutputFile], bool]:
    """The pages of every list, and whether any list has more than one page (and needs the index)."""
    lists = dip_lists(entries)
    years = [item for item in lists if item.year is not None]
    files: list[OutputFile] = []
    for item in lists:
        files += _list_pages(item, state, years)
    return files, bool(years)


def _list_pages(item: DipList, state: Compliance, years: list[DipList]) -> Iterator[OutputFile]:
    pages = split(item.entries)
    for number, chunk in enumerate(pages, start=1):
        path = item.page(number)
        title = item.title if number == 1 else (
            _("{title}, halaman {page} dari {pages}").format(title=item.title, page=number, pages=len(pages)))
        body = html_block("dip_table.html", **_context(item, path, chunk, state, whole=len(pages) > 1),
                          pager=pager([item.page(other) for other in range(1, len(pages) + 1)], number),
                          year_links=[{"year": other.year, "url": relative(path, target(other.page(1))),
                                       "current": other is item} for other in years])
        # Only the first page of the whole list and of each category is a search result: the rest
        # repeat what the entries' own pages say.
        yield page_file(path, title, item.intro, body, hide_nav=False,
                        searchable=number == 1 and item.year is None)


def _context(item: DipList, path: str, chunk: tuple[DipEntry, ...], state: Compliance, *,
             whole: bool) -> dict[str, Any]:
    """What the list template shows; ``whole``: the list has several pages, its filters read the index."""
    folder = relative(path, "informasi/")  # every entry's page is a folder in it
    labels = {item.key: _(item.label) for item in CATEGORIES}
    return {
        "key": item.key, "caption": item.title, "intro": item.intro, "show_category": not item.category,
        "entries": [_row(entry, folder, labels, stale=entry.id in state.stale_entries) for entry in chunk],
        "total": len(item.entries),
        "units": sorted({entry.holder for entry in item.entries if entry.holder}),
        "years": [] if item.year is not None else
        sorted({entry.year for entry in item.entries if entry.year}, reverse=True),
        "csv_url": relative(path, DIP_CSV), "json_url": relative(path, DIP_JSON),
        "index_url": relative(path, DIP_LIST_INDEX) if whole else "",
        "entries_url": folder, "scope_category": item.category, "page_size": PAGE_ENTRIES,
        "scope_year": "" if item.year is None else str(item.year),
        "categories": json.dumps(labels, ensure_ascii=False, sort_keys=True) if whole else "",
    }


def _row(entry: DipEntry, folder: str, labels: dict[str, str], *, stale: bool) -> dict[str, Any]:
    """One entry's row (a lighter ``entry_context``: a list page shows less of an entry, many times over)."""
    return {"id": entry.id, "category_label": labels.get(entry.category, entry.category), "title": entry.title,
            "summary": entry.summary, "holder": entry.holder, "responsible": entry.responsible,
            "made_when": entry.made_when, "made_where": entry.made_where, "form": entry.form,
            "retention": entry.retention, "year": entry.year, "url": f"{folder}{entry.id}/", "stale": stale}
