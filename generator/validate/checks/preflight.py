"""Pre-flight checks on a CSV file's raw bytes, before Frictionless reads it.

Frictionless accepts some broken files as valid (no header row, an unclosed quote,
a title block above the header) and words other failures in terms staff cannot act
on (a byte offset into a read buffer). These checks look at the bytes and the plain
CSV records first. A file that is not a CSV table at all (Excel, a web page, empty,
another encoding) gets one clear problem and Frictionless does not run on it, so
staff do not see a flood of follow-up errors.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.load.io.limits import check_csv_text
from generator.model import Problem, Severity
from generator.report.messages import truncate
from generator.validate.checks.files import too_large
from generator.validate.checks.headers import check_header
from generator.validate.checks.table import Table, Verdict
from generator.validate.tables import offer

BOM = b"\xef\xbb\xbf"
MAGIC = (  # (prefix, kind)
    (b"PK\x03\x04", "xlsx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "xls"),
)
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
HTML_START = re.compile(rb"^\s*<(!doctype\s+html|html|head|body|table)\b", re.IGNORECASE)
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
TOTAL_WORDS = re.compile(r"^(jumlah|total|grand total|indonesia|kota|kabupaten|provinsi)\b")
EXCEL_CELL_LIMIT = 32_767  # characters one Excel cell can hold
SEP_LINE = re.compile(r"^sep=(.)\s*$", re.IGNORECASE)


def preflight(path: Path, *, file: str, schema: dict[str, Any], dialect: dict[str, Any],
              max_bytes: int) -> Verdict:
    """Every pre-flight finding for one CSV file (never raises on bad content)."""
    verdict = Verdict()
    if path.is_symlink():  # reported once as `symlink` by checks/injection.check_symlinks; never read
        verdict.runnable = False
        return verdict
    size = path.stat().st_size
    if size > max_bytes:
        return verdict.stop(too_large(file, size, max_bytes))
    data = path.read_bytes()
    kind = sniff_kind(data)
    if kind:
        return verdict.stop(Problem(kind, file, params=(("format", _format_name(data)),)))
    text, problem = decode(data, file=file)
    if problem is not None:
        return verdict.stop(problem)
    delimiter = str(dialect.get("delimiter") or ",")[:1]
    if bounded := check_csv_text(text, delimiter=delimiter, file=file):
        return verdict.stop(bounded[0])
    first = text.split("\n", 1)[0].strip("\r")
    if SEP_LINE.match(first):
        return verdict.stop(Problem("excel-sep-line", file, row=1, value=first))
    verdict.problems.extend(control_characters(text, file=file))
    table, problem = read_table(text, delimiter=delimiter, file=file)
    if problem is not None:
        return verdict.stop(problem)
    assert table is not None
    verdict.table = table
    if not _field_starts_with_space(text, delimiter):  # skipinitialspace changed nothing
        offer(path, [table.header, *table.rows], delimiter=delimiter)  # the scans' parse, done
    if problem := wrong_delimiter(table, delimiter=delimiter, file=file):
        return verdict.stop(problem)
    verdict.problems.extend(long_cells(table, file=file))
    verdict.problems.extend(total_rows(table, file=file))
    check_header(table, schema=schema, file=file, verdict=verdict)
    return verdict


def _field_starts_with_space(text: str, delimiter: str) -> bool:
    """Whether a field may begin with a space (where ``skipinitialspace`` reads differently)."""
    return text.startswith(" ") or any(mark + " " in text for mark in (delimiter, "\n", "\r"))


def total_rows(table: Table, *, file: str) -> Iterator[Problem]:
    """A total or grand-total row at the end of a statistics table (BPS exports end with one)."""
    firsts = [row[0].strip().lower() if row else "" for row in table.rows]
    for offset, first in enumerate(firsts[-3:]):
        match = TOTAL_WORDS.match(first)
        if match is None:
            continue
        word = match.group(1).split()[0]
        if sum(1 for other in firsts if other.startswith(word)) == 1:
            number = len(firsts) - len(firsts[-3:]) + offset + 2
            shown = truncate(",".join(table.rows[number - 2]))
            yield Problem("total-row", file, Severity.WARNING, row=number, value=shown)


def long_cells(table: Table, *, file: str) -> Iterator[Problem]:
    """Cells longer than Excel can hold: never data staff typed on purpose."""
    if max(map(len, map("".join, [table.header, *table.rows])), default=0) <= EXCEL_CELL_LIMIT:
        return  # no record holds that many characters in all its cells together
    for number, row in enumerate([table.header, *table.rows], start=1):
        for index, cell in enumerate(row):
            if len(cell) > EXCEL_CELL_LIMIT:
                label = table.header[index] if index < len(table.header) and number > 1 else None
                yield Problem("cell-too-long", file, row=number, field=label, value=truncate(cell),
                              params=(("length", str(len(cell))), ("limit", str(EXCEL_CELL_LIMIT))))


def sniff_kind(data: bytes) -> str:
    """The problem code of a file that is not a CSV table at all, or ``""``."""
    if not data.strip(BOM + b" \t\r\n,;"):
        return "file-empty"
    if any(data.startswith(magic) for magic, _ in MAGIC):
        return "file-is-excel"
    if HTML_START.match(data.removeprefix(BOM)[:512]):
        return "file-is-html"
    return ""


def _format_name(data: bytes) -> str:
    for magic, name in MAGIC:
        if data.startswith(magic):
            return name
    return "html"


def decode(data: bytes, *, file: str) -> tuple[str, Problem | None]:
    """Strict UTF-8 (a BOM is accepted); otherwise one problem naming the line of the first bad byte."""
    if data.startswith(UTF16_BOMS):
        return "", Problem("file-utf16", file)
    body = data.removeprefix(BOM)
    try:
        return body.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        start = exc.start
    line = body.count(b"\n", 0, start) + 1
    line_start = body.rfind(b"\n", 0, start) + 1
    column = len(body[line_start:start].decode("utf-8", errors="replace")) + 1
    line_end = body.find(b"\n", start)
    raw_line = body[line_start: line_end if line_end >= 0 else len(body)].rstrip(b"\r")
    shown = raw_line.decode("cp1252", errors="replace")
    char = body[start:start + 1].decode("cp1252", errors="replace")
    return "", Problem("encoding-not-utf8", file, row=line, value=truncate(shown), params=(
        ("column", str(column)), ("char", char), ("byte", f"0x{body[start]:02x}")))


def control_characters(text: str, *, file: str) -> Iterator[Problem]:
    """NUL and other invisible control characters, one problem per line (at most 20)."""
    if CONTROL.search(text) is None:
        return
    found = 0
    for number, line in enumerate(text.split("\n"), start=1):
        match = CONTROL.search(line)
        if match is None:
            continue
        found += 1
        if found > 20:
            return
        yield Problem("control-character", file, row=number, value=truncate(line.rstrip("\r")), params=(
            ("column", str(match.start() + 1)), ("char", f"U+{ord(match.group()):04X}")))


def read_table(text: str, *, delimiter: str, file: str) -> tuple[Table | None, Problem | None]:
    """Plain CSV records (read leniently, as Frictionless does); an unclosed quote is one problem."""
    csv.field_size_limit(1 << 30)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True)
    records: list[list[str]] = []
    lines: list[int] = []
    start = 1
    for record in reader:
        records.append(record)
        lines.append(start)
        start = reader.line_num + 1
    if records and any("\n" in cell for cell in records[-1]) and not text.rstrip().endswith('"'):
        return None, Problem("unclosed-quote", file, row=len(records), line=lines[-1],
                             params=(("lines", str(text.count("\n") + 1 - lines[-1])),))
    if problem := swallowed_rows(records, lines, delimiter=delimiter, file=file):
        return None, problem
    if not records:
        return None, Problem("file-empty", file)
    return Table(header=records[0], rows=records[1:], lines=lines[1:]), None


def swallowed_rows(records: list[list[str]], lines: list[int], *, delimiter: str,
                   file: str) -> Problem | None:
    """A quoted cell holding several lines that look like rows: a quote opened and closed far too late."""
    width = len(records[0]) if records else 0
    if not any("\n" in "".join(record) for record in records):  # no cell holds a line break
        return None
    for number, (record, line) in enumerate(zip(records, lines, strict=True), start=1):
        for cell in record:
            if "\n" not in cell:
                continue
            inner = cell.split("\n")
            if len(inner) > 2 and sum(delimiter in part for part in inner[1:]) >= max(1, len(inner) // 2) \
                    and width > 1:
                return Problem("unclosed-quote", file, row=number, line=line,
                               params=(("lines", str(len(inner) - 1)),))
    return None


def wrong_delimiter(table: Table, *, delimiter: str, file: str) -> Problem | None:
    """A one-column header holding semicolons (Excel in the Indonesian locale)."""
    if len(table.header) != 1 or delimiter == ";":
        return None
    header = table.header[0]
    if header.count(";") < 1:
        return None
    return Problem("delimiter-semicolon", file, row=1, value=truncate(header))
