"""``new-dataset FILE.xlsx|.ods``: one sheet of a workbook written as CSV UTF-8, with what was changed.

The header row is the first row with at least two filled cells, all of them text, below any title
rows. Merged header cells give their name to every column under them (numbered). Dates come out as
TTTT-BB-HH, also when Excel stored them as serial numbers in a date column; numbers stored as text
are kept as written and reported.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path

from generator.importer.tables import OLE, Sheet, read_sheets
from generator.model import Problem, Severity

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".ods"}
NUMBER_TEXT = re.compile(r"^-?\d+(\.\d+)?$")
DATE_NAME = re.compile(r"tanggal|tgl|date", re.I)
EXCEL_EPOCH = dt.date(1899, 12, 30)


def is_workbook(path: Path) -> bool:
    if path.suffix.lower() not in WORKBOOK_SUFFIXES or not path.is_file():
        return False
    return path.read_bytes()[:2] == b"PK" or path.read_bytes()[:8] == OLE


def workbook_csv(path: Path, *, shown: str, sheet: str | None) -> tuple[str | None, list[Problem]]:
    """The chosen (or first) sheet as CSV text, and notes of what converting changed."""
    sheets, problems = read_sheets(path, shown=shown, sheet=sheet)
    if problems or not sheets:
        return None, problems or [Problem("import-header-missing", shown, params=(("sheets", sheet or "1"),))]
    chosen = sheets[0]
    file = f"{shown}#{chosen.name}"
    start = _header_row(chosen)
    if start is None:
        return None, [Problem("import-header-missing", shown, params=(("sheets", chosen.name),))]
    header, notes = _names(chosen.rows[start], file=file, row=start + 1)
    body = [list(row) + [""] * (len(header) - len(row)) for row in chosen.rows[start + 1:] if any(row)]
    notes.extend(_dates(header, body, file=file))
    notes.extend(_numbers_as_text(path, chosen, header, start, file=file))
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(row[: len(header)] for row in body)
    return buffer.getvalue(), notes


def _header_row(sheet: Sheet) -> int | None:
    for number, row in enumerate(sheet.rows[:30]):
        filled = [cell for cell in row if cell]
        if len(filled) >= 2 and not any(NUMBER_TEXT.match(cell) for cell in filled):
            return number
    return None


def _names(cells: tuple[str, ...], *, file: str, row: int) -> tuple[list[str], list[Problem]]:
    number = row
    names, notes = [], []
    last = ""
    width = max((index + 1 for index, cell in enumerate(cells) if cell), default=0)
    for index in range(width):
        cell = cells[index]
        if not cell:
            names.append(f"kolom_{index + 1}")
            last = ""
            continue
        if cell != last:
            names.append(cell)
            last = cell
            continue
        base = last
        count = sum(1 for name in names if name == base or name.startswith(f"{base}_"))
        name = f"{base}_{count + 1}"
        if last and names and names[-1] == last:
            names[-1] = f"{last}_1"
        names.append(name)
        notes.append(Problem("import-merged-header", file, Severity.WARNING, row=number, value=last,
                             params=(("position", str(index + 1)), ("name", name))))
    return names, notes


def _dates(header: list[str], body: list[list[str]], *, file: str) -> list[Problem]:
    notes = []
    for index, name in enumerate(header):
        if not DATE_NAME.search(name):
            continue
        cells = [row[index] for row in body if row[index]]
        if not cells or not all(cell.isdigit() and 20000 <= int(cell) <= 80000 for cell in cells):
            continue
        for row in body:
            if row[index]:
                row[index] = (EXCEL_EPOCH + dt.timedelta(days=int(row[index]))).isoformat()
        notes.append(Problem("import-excel-serial-date", file, Severity.WARNING, field=name, value=cells[0]))
    return notes


def _numbers_as_text(path: Path, sheet: Sheet, header: list[str], start: int, *, file: str) -> list[Problem]:
    """Cells Excel holds as text although they read as numbers (the green triangle), per column."""
    if path.suffix.lower() == ".ods":
        return []
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:
        return []
    worksheet = book[sheet.name] if sheet.name in book.sheetnames else book.worksheets[0]
    found: dict[int, list[str]] = {}
    for row in worksheet.iter_rows(min_row=start + 2, values_only=True):
        for index, value in enumerate(row[: len(header)]):
            if isinstance(value, str) and NUMBER_TEXT.match(value.strip()) and not value.startswith("0"):
                found.setdefault(index, []).append(value.strip())
    book.close()
    return [Problem("import-number-as-text", file, Severity.WARNING, field=header[index], value=values[0],
                    params=(("count", str(len(values))),)) for index, values in sorted(found.items())]
