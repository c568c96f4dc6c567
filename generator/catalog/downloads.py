"""Derived downloads of a resource (JSON records, XLSX) and the zipped data package.

Everything here is byte-for-byte reproducible: no clock time (zip entries carry
1980-01-01, the XLSX core properties a fixed date), keys and entries in a fixed order.
XlsxWriter (not openpyxl) writes the XLSX: it streams rows and is several times faster
(benchmarks/downloads.py).
"""

from __future__ import annotations

import datetime as dt
import io
import json
import math
import struct
import zipfile
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import xlsxwriter

from generator.safety import neutralise_formula

FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)
FIXED_DATETIME = dt.datetime(1980, 1, 1)
# the zip format's fields for FIXED_ZIP_TIME, a regular file's mode and the Unix system
DOS_MIDNIGHT, DOS_1980_01_01 = 0, (1 << 5) | 1
FILE_MODE, UNIX_SYSTEM = 0o100644, 3
LOCAL_HEADER, DIRECTORY_ENTRY, END_OF_DIRECTORY = b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06"
NUMBER_TYPES = {"integer", "number", "year"}
EXCEL_MAX_ROWS = 1_048_576  # rows of a worksheet, the header row included


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
    return derived_bytes([], rows, title="", formats=("JSON",))["JSON"]


def _json_cell(value: Any) -> Any:
    """JSON value of a cell; text that a spreadsheet would run as a formula is neutralised."""
    value = json_value(value)
    return neutralise_formula(value) if isinstance(value, str) else value


def xlsx_bytes(columns: list[tuple[str, str]], rows: Iterable[dict[str, Any]], *, title: str) -> bytes:
    """One worksheet: a bold header row of column names, then the typed rows.

    ``columns`` are (name, Table Schema type). Numbers stay numbers only in number
    columns; every other value is a text cell, neutralised when it looks like a formula.
    """
    return derived_bytes(columns, rows, title=title, formats=("XLSX",))["XLSX"]


def derived_bytes(columns: list[tuple[str, str]], rows: Iterable[dict[str, Any]], *, title: str,
                  formats: Iterable[str]) -> dict[str, bytes]:
    """The JSON records and/or the XLSX of one resource from a single pass over its typed rows.

    The XLSX is written row by row with XlsxWriter's constant-memory mode (rows go to a
    temporary file as they are written, text as inline strings), so memory does not grow with
    the table; the JSON is ``records_json``'s text. A table longer than a worksheet gets an
    empty XLSX (no bytes), which is not published.
    """
    wanted = set(formats)
    lines: list[str] | None = [] if "JSON" in wanted else None
    sheet = _Sheet(columns, title) if "XLSX" in wanted else None
    for row in rows:
        if lines is not None:
            lines.append(json.dumps({key: _json_cell(value) for key, value in row.items()},
                                    ensure_ascii=False, separators=(",", ":")))
        if sheet is not None:
            sheet.append(row)
    out: dict[str, bytes] = {}
    if lines is not None:
        body = ",\n".join(lines)
        out["JSON"] = (f"[\n{body}\n]\n" if lines else "[]\n").encode("utf-8")
    if sheet is not None:
        out["XLSX"] = sheet.close()
    return out


class _Sheet:
    """An XLSX being written: typed cells, text never a formula, no clock time inside."""

    def __init__(self, columns: list[tuple[str, str]], title: str) -> None:
        self.buffer = io.BytesIO()
        self.book = xlsxwriter.Workbook(self.buffer, {
            "constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False,
            "strings_to_urls": False})
        self.book.set_properties({"title": title[:250], "author": "Etalase", "created": FIXED_DATETIME})
        self.sheet = self.book.add_worksheet("data")
        # the number formats openpyxl gave dates, date-times and times (the downloads of earlier builds)
        self.formats = {dt.datetime: self.book.add_format({"num_format": "yyyy-mm-dd h:mm:ss"}),
                        dt.date: self.book.add_format({"num_format": "yyyy-mm-dd"}),
                        dt.time: self.book.add_format({"num_format": "h:mm:ss"})}
        self.columns = [(name, kind in NUMBER_TYPES) for name, kind in columns]
        bold = self.book.add_format({"bold": True})
        for index, (name, _) in enumerate(self.columns):
            self.sheet.write_string(0, index, neutralise_formula(name), bold)
        self.row = 0
        self.too_long = False

    def append(self, row: dict[str, Any]) -> None:
        self.row += 1
        if self.row >= EXCEL_MAX_ROWS:  # Excel would cut the table: no XLSX rather than part of one
            self.too_long = True
            return
        number_row, sheet = self.row, self.sheet
        for index, (name, number) in enumerate(self.columns):
            value = row.get(name)
            if value is None:
                continue
            if isinstance(value, Decimal):
                value = json_value(value)
            kind = type(value)
            if number and (kind is int or kind is float) and math.isfinite(value):
                sheet.write_number(number_row, index, value)
            elif kind is dt.date or kind is dt.time or (kind is dt.datetime and value.tzinfo is None):
                sheet.write_datetime(number_row, index, value, self.formats[kind])
            else:
                sheet.write_string(number_row, index, neutralise_formula(str(value)))

    def close(self) -> bytes:
        """The XLSX, or no bytes for a table longer than a worksheet holds."""
        self.book.close()
        return b"" if self.too_long else normalise_zip(self.buffer.getvalue())


def normalise_zip(data: bytes) -> bytes:
    """The same archive with a fixed date (1980-01-01), mode (0644) and system (Unix) on every
    entry; each entry's compressed bytes stay as XlsxWriter wrote them (decompressing and
    compressing again took a fifth of the XLSX's time)."""
    out = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        offsets = [info.header_offset for info in archive.infolist()]
    for offset in offsets:  # each entry's local header: its date and time
        if out[offset:offset + 4] != LOCAL_HEADER:
            raise ValueError("not a zip entry at its recorded offset")
        struct.pack_into("<HH", out, offset + 10, DOS_MIDNIGHT, DOS_1980_01_01)
    end = data.rfind(END_OF_DIRECTORY)
    count, _size, position = struct.unpack_from("<HII", data, end + 10)
    for _ in range(count):  # each entry of the central directory: system, date and time, mode
        if out[position:position + 4] != DIRECTORY_ENTRY:
            raise ValueError("not a central directory entry where the directory says")
        out[position + 5] = UNIX_SYSTEM
        struct.pack_into("<HH", out, position + 12, DOS_MIDNIGHT, DOS_1980_01_01)
        struct.pack_into("<I", out, position + 38, FILE_MODE << 16)
        name, extra, comment = struct.unpack_from("<HHH", out, position + 28)
        position += 46 + name + extra + comment
    return bytes(out)


def zip_entries(entries: Iterable[tuple[str, bytes]]) -> bytes:
    """A deflated zip of ``(name, bytes)`` with a fixed date, mode and system on every entry."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = UNIX_SYSTEM
            info.external_attr = FILE_MODE << 16
            archive.writestr(info, content, compresslevel=9)
    return buffer.getvalue()


def package_json(descriptor: dict[str, Any]) -> bytes:
    """A data package descriptor as ``datapackage.json`` text (sorted keys, final newline)."""
    return (json.dumps(descriptor, ensure_ascii=False, indent=2, sort_keys=True, default=str) + "\n").encode("utf-8")
