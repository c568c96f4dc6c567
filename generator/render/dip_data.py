"""What the DIP pages show of an entry, and the DIP as data: the JSON download and the lists' index.

The download (``dip/daftar-informasi-publik.json``) is ``content/dip.csv`` row by row, one
object a row keyed by the CSV's own column names, every value as written, so the CSV and
the JSON say the same. The index (``dip/indeks-daftar.json``) is what the list pages'
script filters a long DIP with: one short array an entry, the values that repeat (units,
officials, places, forms, retention, categories) written once in a table of strings.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path, PurePosixPath
from typing import Any

from generator.i18n import _
from generator.i18n.format import date_label
from generator.model import DipEntry, OutputFile
from generator.render.routes import DIP_JSON, DIP_LIST_INDEX, entry_page, relative, target
from generator.vocab import category

# Columns of one index entry; a name ending in "@" is a position in "strings".
INDEX_FIELDS = ("id", "category@", "title", "summary", "holder@", "responsible@", "made_when", "made_where@",
                "form@", "retention@", "year", "stale")


def entry_context(entry: DipEntry, from_page: str, *, stale: bool = False) -> dict[str, Any]:
    """What a template shows of one entry; staff values as written, labels translated."""
    known = category(entry.category)
    return {
        "id": entry.id, "category": entry.category,
        "category_label": _(known.label) if known else entry.category,
        "title": entry.title, "summary": entry.summary, "holder": entry.holder,
        "responsible": entry.responsible, "made_when": entry.made_when, "year": entry.year,
        "made_where": entry.made_where, "form": entry.form, "retention": entry.retention,
        "updated": entry.updated, "updated_label": date_label(entry.updated),
        "document": entry.document, "dataset": entry.dataset,
        "exclusion_basis": entry.exclusion_basis, "consequence_test": entry.consequence_test,
        "exclusion_period": entry.exclusion_period,
        "url": relative(from_page, target(entry_page(entry.id))), "stale": stale,
    }


def dip_rows(source: Path) -> list[dict[str, str]]:
    """The rows of the DIP CSV as written (blank rows skipped, as the loader skips them)."""
    with source.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        reader = csv.DictReader(handle)
        columns = [name for name in reader.fieldnames or () if name]
        rows = [{name: record.get(name) or "" for name in columns} for record in reader]
    return [row for row in rows if any(value.strip() for value in row.values())]


def json_download(source: Path) -> OutputFile:
    """The whole DIP as JSON: an array of one object a row, a row a line."""
    rows = ",\n".join(json.dumps(row, ensure_ascii=False, separators=(",", ":")) for row in dip_rows(source))
    return OutputFile(PurePosixPath(DIP_JSON), text=f"[\n{rows}\n]\n" if rows else "[]\n")


def list_index(entries: tuple[DipEntry, ...], stale: set[str] | frozenset[str]) -> OutputFile:
    """The compact index of every entry, in the order of the lists (by number)."""
    strings: dict[str, int] = {}

    def ref(value: str) -> int:
        return strings.setdefault(value, len(strings))

    rows = [[entry.id, ref(entry.category), entry.title, entry.summary, ref(entry.holder),
             ref(entry.responsible), entry.made_when, ref(entry.made_where), ref(entry.form),
             ref(entry.retention), entry.year, 1 if entry.id in stale else 0] for entry in entries]
    document = {"fields": list(INDEX_FIELDS), "strings": list(strings), "entries": rows}
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return OutputFile(PurePosixPath(DIP_LIST_INDEX), text=text + "\n")
