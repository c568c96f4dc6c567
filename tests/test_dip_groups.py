"""Search groups (render/dip_groups.py): DIP entries that share a category, a year and a unit
are indexed together, each entry exactly once: on its group page or, with documents or alone
in its group, on its own page."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from generator.model import DipEntry
from generator.render.dip_groups import GROUP_BYTES, GROUP_ENTRIES, search_groups
from generator.render.dip_lists import row_cost

BASE = DipEntry(id="X", row=1, category="berkala", title="Judul", summary="Ringkasan.", holder="Sekretariat",
                responsible="Sekretaris", made_when="2025", year=2025, made_where="Kota", form="softcopy",
                retention="5 tahun", updated="2026-01-01", document="", dataset="", exclusion_basis="",
                consequence_test="", exclusion_period="")
BODY = b"data-pagefind-body"
HEADING = re.compile(r'<h2 id="([^"]+)"><a href="\.\./\.\./\.\./informasi/\1/">')


def entry(number: int, **values: object) -> DipEntry:
    return replace(BASE, id=f"X-{number:04d}", row=number + 1, **values)  # type: ignore[arg-type]


def test_entries_group_by_category_year_and_unit() -> None:
    entries = [entry(n, year=2024 + n % 2) for n in range(10)]  # two years
    entries += [entry(100 + n, holder="Bidang Data") for n in range(3)]
    entries += [entry(200, category="serta_merta")]  # alone in its group
    entries += [entry(300 + n, document="dokumen/laporan.pdf") for n in range(3)]  # documents: own pages
    groups = search_groups(reversed(entries))
    members = [[item.id for item in chunk] for _key, chunk in groups]
    assert sorted(members) == [[f"X-{n:04d}" for n in range(0, 10, 2)], [f"X-{n:04d}" for n in range(1, 10, 2)],
                               ["X-0100", "X-0101", "X-0102"]]
    assert all({(item.category, item.year, item.holder) for item in chunk} == {
        (chunk[0].category, chunk[0].year, chunk[0].holder)} for _key, chunk in groups)
    assert search_groups(entries) == groups  # the order of the rows changes nothing


def test_a_large_group_is_cut_and_its_keys_stay_put() -> None:
    many = [entry(n) for n in range(95)]
    long = [entry(500 + n, summary="&" * 3000) for n in range(12)]  # 15 KB rows, by row_cost
    groups = search_groups(many + [replace(item, holder="Bidang Arsip") for item in long])
    sizes = sorted(len(chunk) for _key, chunk in groups)
    assert sum(sizes) == 107 and max(sizes) == GROUP_ENTRIES
    assert all(len(chunk) == 1 or sum(row_cost(item) for item in chunk) <= GROUP_BYTES for _key, chunk in groups)
    keys = [key for key, _chunk in groups]
    assert len(set(keys)) == len(keys) and all(re.fullmatch(r"[0-9a-f]{12}(-\d+)?", key) for key in keys)
    fewer = [key for key, _chunk in search_groups(many[:-1])]  # one entry less: the same pages
    assert fewer == [key for key, chunk in groups if chunk[0].holder == "Sekretariat"] and len(fewer) == 5


def indexed_entries(site: Path) -> Counter[str]:
    """How many indexed pages carry each entry: its own page or the headings of group pages."""
    found: Counter[str] = Counter()
    for page in (site / "informasi").glob("*/index.html"):
        if BODY in page.read_bytes():
            found[page.parent.name] += 1
    for page in (site / "dip" / "kelompok").glob("*/index.html"):
        text = page.read_text(encoding="utf-8")
        assert BODY.decode() in text and 'data-pagefind-meta="etalase_entries:../../../informasi/"' in text
        found.update(HEADING.findall(text))
    return found


def test_every_entry_of_the_sample_is_indexed_once(sample_site: Path) -> None:
    found = indexed_entries(sample_site)
    entries = {page.parent.name for page in (sample_site / "informasi").glob("*/index.html")}
    assert set(found) == entries and set(found.values()) == {1}, found
    groups = list((sample_site / "dip" / "kelompok").glob("*/index.html"))
    assert len(groups) >= 2
    # an entry with documents keeps its own page: its documents' words are found there
    assert BODY in (sample_site / "informasi" / "DIP-B-003" / "index.html").read_bytes()
    english = indexed_entries(sample_site / "en")
    assert set(english) == entries and set(english.values()) == {1}
