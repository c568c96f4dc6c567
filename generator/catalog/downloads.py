"""Derived downloads of a resource (JSON records, XLSX) and the zipped data package.

Everything here is byte-for-byte reproducible: no clock time (zip entries carry
1980-01-01, the XLSX core properties a fixed date), keys and entries in a fixed order.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.writer.excel import ExcelWriter

from generator.safety import neutralise_formula

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FIXED_DATETIME = dt.datetime(1980, 1, 1)
NUMBER_TYPES = {"integer", "number", "year"}


def json_value(value: Any) -> Any:
    """A typed cell as a JSON value: exact integers, decimals as numbers, dates as ISO text."""
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return value
    return str(value)


def records_json(rows: Iterable[dict[str, Any]]) -> bytes:
    """The rows as a JSON array of objects, one record per line, columns in schema order."""
    lines = [json.dumps({key: _json_cell(value) for key, value in row.items()},
                        ensure_ascii=False, separators=(",", ":")) for row in rows]
    body = ",\n".join(lines)
    return (f"[\n{body}\n]\n" if lines else "[]\n").encode("utf-8")


def _json_cell(value: Any) -> Any:
    """JSON value of a cell; text that a spreadsheet would run as a formula is neutralised."""
    value = json_value(value)
    return neutralise_formula(value) if isinstance(value, str) else value


def _cell(sheet: Any, value: Any, *, number: bool) -> Any:
    value = json_value(value) if isinstance(value, Decimal) else value
    if isinstance(value, (dt.date, dt.time)) or value is None:
        return WriteOnlyCell(sheet, value=value)
    if number and isinstance(value, (int, float)) and not isinstance(value, bool):
        return WriteOnlyCell(sheet, value=value)
    cell = WriteOnlyCell(sheet, value=neutralise_formula(str(value)))
    cell.data_type = "s"  # always text, never a formula
    return cell


def xlsx_bytes(columns: list[tuple[str, str]], rows: Iterable[dict[str, Any]], *, title: str) -> bytes:
    """One worksheet: a bold header row of column names, then the typed rows.

    ``columns`` are (name, Table Schema type). Numbers stay numbers only in number
    columns; every other value is a text cell, neutralised when it looks like a formula.
    """
    book = Workbook(write_only=True)
    book.properties.created = FIXED_DATETIME
    book.properties.creator = "Etalase"
    book.properties.title = title[:250]
    sheet = book.create_sheet("data")
    header = []
    for name, _ in columns:
        cell = _cell(sheet, name, number=False)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    for row in rows:
        sheet.append([_cell(sheet, row.get(name), number=kind in NUMBER_TYPES) for name, kind in columns])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        book.properties.modified = FIXED_DATETIME
        ExcelWriter(book, archive).save()
    return normalise_zip(buffer.getvalue())


def normalise_zip(data: bytes) -> bytes:
    """The same archive with fixed timestamps and permissions, entries in their original order."""
    source = zipfile.ZipFile(io.BytesIO(data))
    return zip_entries([(info.filename, source.read(info)) for info in source.infolist()])


def zip_entries(entries: Iterable[tuple[str, bytes]]) -> bytes:
    """A deflated zip of ``(name, bytes)`` with a fixed date, mode and system on every entry."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o100644 << 16
            archive.writestr(info, content, compresslevel=9)
    return buffer.getvalue()


def package_json(descriptor: dict[str, Any]) -> bytes:
    """A data package descriptor as ``datapackage.json`` text (sorted keys, final newline)."""
    return (json.dumps(descriptor, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n").encode("utf-8")
