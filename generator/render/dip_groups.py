"""Search groups: DIP entries indexed a few dozen to a page, not one page each.

Every page Pagefind indexes costs the first query of a reader about 6 bytes of metadata that
does not compress (benchmarks/README.md, stop of 2026-12-05): a province's 10,000 entry pages
were a third of what its first search downloaded. So the entries that share a category, a
year and a unit are indexed together, on a page of at most ``GROUP_ENTRIES`` of them
(``dip/kelompok/<key>/``), each under a heading whose id is the entry's number. Pagefind
gives each heading that matches a query a sub-result of its own, and the search script
(static/etalase-search.js) shows it as the entry, linking to the entry's own page; the
entry pages stay as they were, only not indexed.

An entry keeps its own indexed page when it names documents (the words of a document are
found on the entry's page, under ``#dokumen-N``) and when no other entry shares its group.
A group page is a real page too: the entries of one unit, category and year, each with its
summary and a link to its page.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from generator.i18n import _
from generator.model import DipEntry, OutputFile
from generator.render.dip_data import entry_context
from generator.render.dip_lists import row_cost
from generator.render.page import html_block, page_file
from generator.render.paging import cut
from generator.render.routes import dip_group_page, relative
from generator.render.search_facets import search_facets
from generator.vocab import category

GROUP_ENTRIES = 20
# About the bytes of a group's rows: a result's fragment (what the first search downloads for it)
# stays a few kilobytes compressed
GROUP_BYTES = 16_000
META = "etalase_entries"  # the Pagefind metadata that marks a group page: the entries' folder


def search_groups(entries: Iterable[DipEntry]) -> list[tuple[str, tuple[DipEntry, ...]]]:
    """The groups, each with its key (the folder under ``dip/kelompok/``), in a stable order."""
    buckets: dict[tuple[str, int, str], list[DipEntry]] = {}
    for entry in sorted(entries, key=lambda item: item.id):
        if not entry.document.strip():
            buckets.setdefault((entry.category, entry.year or 0, entry.holder), []).append(entry)
    groups: list[tuple[str, tuple[DipEntry, ...]]] = []
    for (kind, year, holder), members in sorted(buckets.items()):
        if len(members) < 2:
            continue
        base = hashlib.sha256(f"{kind}\0{year}\0{holder}".encode()).hexdigest()[:12]
        chunks = cut(members, row_cost, most=GROUP_ENTRIES, budget=GROUP_BYTES)
        groups += [(base if len(chunks) == 1 else f"{base}-{number}", chunk)
                   for number, chunk in enumerate(chunks, start=1)]
    return groups


def grouped_ids(groups: list[tuple[str, tuple[DipEntry, ...]]]) -> frozenset[str]:
    """The entries found through a group page, not their own."""
    return frozenset(entry.id for _key, chunk in groups for entry in chunk)


def group_files(key: str, chunk: tuple[DipEntry, ...]) -> list[OutputFile]:
    """The page of one group, in the language of the tree."""
    path = dip_group_page(key)
    first = chunk[0]
    known = category(first.category)
    label = _(known.label) if known else first.category
    title = (_("{category}: {unit}, tahun {year}").format(category=label, unit=first.holder, year=first.year)
             if first.year else _("{category}: {unit}").format(category=label, unit=first.holder))
    body = html_block("dip_group.html", entries=[entry_context(entry, path) for entry in chunk],
                      meta=f"{META}:{relative(path, 'informasi/')}", dip_url=relative(path, "dip/"),
                      intro=_("Informasi publik dari Daftar Informasi Publik yang dikuasai {unit}. "
                              "Rincian setiap informasi ada di halamannya.").format(unit=first.holder))
    return [page_file(path, title, "", body, search=search_facets(entry=first))]
