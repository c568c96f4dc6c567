"""Read a table the staff already have (CSV, XLSX, ODS, HTML, a web page saved as .xls) into rows of text.

pandas reads every format (python-calamine for XLSX/ODS, html5lib for HTML). Every cell comes back as
text exactly as shown, with empty cells as "". Cells merged in an XLSX workbook are filled with the
merged value (openpyxl knows the merged ranges); rowspans and colspans of HTML tables are expanded
by ``pandas.read_html`` (BeautifulSoup with html5lib, which parses a broken page the way a browser
does; lxml is left out on purpose: once installed, openpyxl switches to it and reads cell text
differently). Failures are problems, never exceptions.
"""

from __future__ import annotations

import csv
import io
import math
import zipfile
from dataclasses import dataclass
from pathlib import Path

from generator.model import Problem

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted XLSX or an old binary .xls
SPREADSHEETS = {".xlsx", ".xlsm", ".ods"}
HTML_SUFFIXES = {".html", ".htm", ".php", ".xls"}


@dataclass(frozen=True)
class Sheet:
    """One sheet or HTML table: its name (sheet name, or table number) and its rows as text."""

    name: str
    rows: tuple[tuple[str, ...], ...]


def cell_text(value: object, *, squeeze: bool = True) -> str:
    """A cell as staff see it: integers without ".0", no "nan"; ``squeeze`` also folds runs of spaces."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if hasattr(value, "isoformat"):
        text = str(value.isoformat())
        return text[:10] if text.endswith("T00:00:00") else text
    if isinstance(value, str):
        return " ".join(value.replace("\xa0", " ").split()) if squeeze else value
    return str(value)


def read_sheets(path: Path, *, shown: str, sheet: str | None = None) -> tuple[list[Sheet], list[Problem]]:
    """Every sheet (or only ``sheet``) of a workbook, every table of a page, or the one table of a CSV."""
    if not path.is_file():
        return [], [Problem("file-missing", shown, params=(("hint", "Sebutkan berkas yang ada."),))]
    head = path.read_bytes()[:2048]
    if head.startswith(OLE):
        return [], [Problem("import-workbook-locked", shown)]
    if head.startswith(b"PK") and path.suffix.lower() in SPREADSHEETS | {".csv", ".xls"}:
        return _workbook(path, shown=shown, sheet=sheet)
    if b"<table" in path.read_bytes().lower() or path.suffix.lower() in HTML_SUFFIXES:
        return _html(path, shown=shown)
    return _csv(path, shown=shown)


def _workbook(path: Path, *, shown: str, sheet: str | None) -> tuple[list[Sheet], list[Problem]]:
    import pandas as pd

    try:
        frames = pd.read_excel(path, sheet_name=None, header=None, dtype=object, engine="calamine")
    except (ValueError, zipfile.BadZipFile, OSError) as exc:
        return [], [Problem("import-unreadable", shown, params=(("detail", str(exc)[:200]),))]
    if sheet is not None and sheet not in frames:
        return [], [Problem("import-sheet-missing", shown, value=sheet,
                            params=(("sheets", ", ".join(str(name) for name in frames)),))]
    merged = _merged_ranges(path) if path.suffix.lower() != ".ods" else {}
    sheets = []
    for name, frame in frames.items():
        if sheet is not None and name != sheet:
            continue
        rows = [[cell_text(value) for value in row] for row in frame.itertuples(index=False)]
        _fill_merged(rows, merged.get(str(name), []))
        sheets.append(Sheet(str(name), tuple(tuple(row) for row in rows)))
    return sheets, []


def _merged_ranges(path: Path) -> dict[str, list[tuple[int, int, int, int]]]:
    """(first row, first column, last row, last column), 0-based, of each merged range per sheet."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=False, data_only=True)
    except Exception:  # a workbook calamine reads but openpyxl does not: no merge information
        return {}
    return {ws.title: [(r.min_row - 1, r.min_col - 1, r.max_row - 1, r.max_col - 1) for r in ws.merged_cells.ranges]
            for ws in book.worksheets}


def _fill_merged(rows: list[list[str]], ranges: list[tuple[int, int, int, int]]) -> None:
    for top, left, bottom, right in ranges:
        if top >= len(rows) or left >= len(rows[top]):
            continue
        value = rows[top][left]
        for number in range(top, min(bottom, len(rows) - 1) + 1):
            for column in range(left, min(right, len(rows[number]) - 1) + 1):
                rows[number][column] = value


def _html(path: Path, *, shown: str) -> tuple[list[Sheet], list[Problem]]:
    import pandas as pd

    text = path.read_bytes().decode("utf-8", errors="replace")
    try:
        frames = pd.read_html(io.StringIO(text), header=None, flavor="bs4", displayed_only=False)
    except ValueError:
        return [], [Problem("import-no-table", shown)]
    sheets = []
    for number, frame in enumerate(frames, start=1):
        rows = [tuple(cell_text(value) for value in row) for row in frame.itertuples(index=False)]
        sheets.append(Sheet(str(number), tuple(rows)))
    return sheets, []


def _csv(path: Path, *, shown: str) -> tuple[list[Sheet], list[Problem]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    rows = [tuple(cell_text(cell) for cell in row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    return [Sheet("1", tuple(rows))], []
