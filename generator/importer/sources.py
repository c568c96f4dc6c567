"""Any accepted source (workbook, CSV, HTML, JSON export, SQL dump) read into raw entries.

JSON exports are read with a mapping: which list holds the records and which key feeds each
column. A built-in mapping reads the export of PPID Kota Bekasi's website; staff may write their
own mapping file (YAML, same shape) for another website. SQL dumps (phpMyAdmin) are read table by
table as if each table were a sheet whose header row is the list of column names.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.importer.records import Entry, Layout, find_layout, sheet_entries, state_after, unmapped_problems
from generator.importer.sqldump import sql_sheets
from generator.importer.tables import Sheet, cell_text, read_sheets
from generator.load.io.yamlio import load_yaml_mapping
from generator.model import Problem, Severity

# PPID Kota Bekasi (ppid.bekasikota.go.id): two record shapes in one file; the first key found wins.
BEKASI: dict[str, Any] = {
    "name": "ppid-bekasi",
    "records": "",
    "columns": {
        "id": ["id", "kode"],
        "kategori": ["dokumen_kategori"],
        "judul": ["judul"],
        "ringkasan": ["deskripsi"],
        "pejabat_penguasa": ["opdData.name", "opd"],
        "tahun": ["tahun"],
        "tanggal_pembaruan": ["tanggal_release_dokumen", "created_at"],
        "tautan_dokumen": ["link"],
    },
}
BUILT_IN = (BEKASI,)


def read_entries(path: Path, *, shown: str, synonyms: dict[str, tuple[str, ...]], sheet: str | None = None,
                 mapping: Path | None = None) -> tuple[list[Entry], list[Problem]]:
    """The entries of ``path`` and what stopped or troubled the reading."""
    if not path.is_file():
        return [], [Problem("file-missing", shown, params=(("hint", "Sebutkan berkas yang ada."),))]
    head = path.read_bytes()[:64].lstrip(b"\xef\xbb\xbf \r\n\t")
    if path.suffix.lower() == ".json" or head[:1] in (b"[", b"{") or mapping is not None:
        return json_entries(path, shown=shown, mapping=mapping)
    if path.suffix.lower() == ".sql":
        sheets, problems = sql_sheets(path, shown=shown)
    else:
        sheets, problems = read_sheets(path, shown=shown, sheet=sheet)
    if problems:
        return [], problems
    return tabular_entries(sheets, shown=shown, synonyms=synonyms, several=len(sheets) > 1)


def tabular_entries(sheets: list[Sheet], *, shown: str, synonyms: dict[str, tuple[str, ...]],
                    several: bool) -> tuple[list[Entry], list[Problem]]:
    entries: list[Entry] = []
    problems: list[Problem] = []
    skipped = []
    previous: Layout | None = None
    carried = ("", "")
    for sheet in sheets:
        file = f"{shown}#{sheet.name}" if several else shown
        layout = find_layout(sheet, synonyms)
        if layout is None and previous is not None and sheet.name.isdigit() and _width(sheet) == previous.width:
            # an HTML list continued in a second table without its own header
            layout = Layout(-1, previous.columns, [], previous.width, previous.header)
        elif layout is not None:
            problems.extend(unmapped_problems(layout, file=file))
        if layout is None:
            skipped.append(sheet.name)
            continue
        found = sheet_entries(sheet, layout, file=file, carried=carried if layout.header_row < 0 else ("", ""))
        carried = state_after(sheet, layout, found)
        entries.extend(found)
        previous = layout
    if not entries:
        return [], [Problem("import-header-missing", shown, params=(("sheets", ", ".join(skipped)),))]
    problems.extend(Problem("import-sheet-skipped", f"{shown}#{name}", Severity.WARNING, value=name)
                    for name in skipped if several and any(cell for row in _rows(sheets, name) for cell in row))
    return entries, problems


def _width(sheet: Sheet) -> int:
    return max((len(row) for row in sheet.rows), default=0)


def _rows(sheets: list[Sheet], name: str) -> tuple[tuple[str, ...], ...]:
    return next(sheet.rows for sheet in sheets if sheet.name == name)


def json_entries(path: Path, *, shown: str, mapping: Path | None) -> tuple[list[Entry], list[Problem]]:
    try:
        document = json.loads(path.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        return [], [Problem("import-unreadable", shown, params=(("detail", str(exc)[:200]),))]
    if mapping is not None:
        loaded, problems = load_yaml_mapping(mapping, file=str(mapping))
        if loaded is None:
            return [], problems
        candidates: tuple[dict[str, Any], ...] = (loaded,)
    else:
        candidates = BUILT_IN
    for candidate in candidates:
        records = _records(document, str(candidate.get("records") or ""))
        columns = {str(key): _keys(value) for key, value in dict(candidate.get("columns") or {}).items()}
        if records and "judul" in columns and _matches(records, columns["judul"]):
            return [_entry(record, columns, file=shown, row=number)
                    for number, record in enumerate(records, start=1)], []
    records = _records(document, "")
    keys = sorted({str(key) for record in records[:50] for key in record}) if records else []
    return [], [Problem("import-json-unmatched", shown, params=(("keys", ", ".join(keys[:20]) or "-"),))]


def _keys(value: object) -> list[str]:
    return [str(item) for item in value] if isinstance(value, list) else [str(value)]


def _records(document: object, where: str) -> list[dict[str, Any]]:
    node = document
    for part in [part for part in where.split(".") if part]:
        node = node.get(part) if isinstance(node, dict) else None
    if isinstance(node, dict) and not where:
        node = next((value for key in ("records", "data", "result", "items") if isinstance(
            value := node.get(key), list)), None)
    return [item for item in node if isinstance(item, dict)] if isinstance(node, list) else []


def _matches(records: list[dict[str, Any]], keys: list[str]) -> bool:
    found = sum(1 for record in records if any(_get(record, key) for key in keys))
    return found * 2 >= len(records)


def _get(record: dict[str, Any], key: str) -> str:
    node: Any = record
    for part in key.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    return "" if node is None or isinstance(node, dict | list) else cell_text(node)


def _entry(record: dict[str, Any], columns: dict[str, list[str]], *, file: str, row: int) -> Entry:
    entry = Entry(values={}, file=file, row=row)
    for column, keys in columns.items():
        entry.values[column] = next((value for key in keys if (value := _get(record, key))), "")
    return entry
