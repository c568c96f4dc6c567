"""Column-level explanations of values Frictionless rejects (or, worse, accepts) without context.

One problem per column names the pattern (rupiah amounts, numbers saved by Excel in
the Indonesian locale, ``-`` for missing, dd/mm/yyyy dates, DMS coordinates), its
rows and the fix; the per-cell Frictionless type errors of those rows are then
dropped. Warnings flag values that pass but are probably wrong.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from itertools import zip_longest
from typing import Any, cast, overload

from generator.load.io.yamlio import as_list
from generator.model import Problem, Severity
from generator.report.messages import truncate
from generator.validate.checks.headers import normal
from generator.validate.checks.table import Table, Verdict

SHOWN_ROWS = 5
RUPIAH = re.compile(r"^\s*Rp\.?\s*\d", re.IGNORECASE)
LOCALE_NUMBER = re.compile(r"^-?\d{1,3}(\.\d{3})+(,\d+)?$|^-?\d+,\d+$")
THOUSANDS_ONLY = re.compile(r"^-?\d{1,3}\.\d{3}$")
DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
DMS = re.compile(r"\d+\s*°")
PLAIN_NUMBER = re.compile(r"^-?(0|[1-9]\d*)(\.\d+)?$")
PLAIN_INTEGER = re.compile(r"^[-+]?\d+$")
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# the same, over a whole column joined by line breaks
EVERY_NUMBER = re.compile(r"-?(0|[1-9]\d*)(\.\d+)?(?:\n-?(0|[1-9]\d*)(\.\d+)?)*")
EVERY_INTEGER = re.compile(r"[-+]?\d+(?:\n[-+]?\d+)*")
EVERY_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}[^\n]*(?:\n\d{4}-\d{2}-\d{2}[^\n]*)*")
CODE_NAME = re.compile(r"(^|_)(kode|id|no|nomor|nik|nip|npsn|npwp|nis|nisn|kk|rt|rw|kodepos|telepon|hp)(_|$)",
                       re.IGNORECASE)

Rule = tuple[str, Callable[[str], bool]]
NUMBER_RULES: tuple[Rule, ...] = (
    ("number-rupiah", lambda value: bool(RUPIAH.match(value))),
    ("number-locale", lambda value: bool(LOCALE_NUMBER.match(value)) and ("," in value or value.count(".") > 1)),
    ("missing-dash", lambda value: value.strip() in ("-", "--", "–")),
    ("coordinate-dms", lambda value: bool(DMS.search(value))),
)
# in a whole-number column a single dot group ("1.234") can only be a thousands separator
INTEGER_RULES: tuple[Rule, ...] = (NUMBER_RULES[0],
                                   ("number-locale", lambda value: bool(LOCALE_NUMBER.match(value))),
                                   *NUMBER_RULES[2:])
DATE_RULES: tuple[Rule, ...] = (("date-format", lambda value: bool(DAY_FIRST.match(value))),)


def check_columns(table: Table, *, schema: dict[str, Any], file: str, verdict: Verdict) -> None:
    """Add column explanations and warnings for every schema field found in the header."""
    missing = set(schema.get("missingValues", [""]))
    positions = {normal(label): index for index, label in enumerate(table.header)}
    if all(map(any, table.rows)):  # no record without any cell (the common case)
        numbers, rows = list(range(2, len(table.rows) + 2)), table.rows
    else:
        kept = [(number, row) for number, row in enumerate(table.rows, start=2) if any(row)]
        numbers, rows = [number for number, _ in kept], [row for _, row in kept]
    columns, ragged = _transposed(rows)
    for spec in as_list(schema.get("fields")):
        if not isinstance(spec, dict) or normal(str(spec.get("name"))) not in positions:
            continue
        name = str(spec["name"])
        index = positions[normal(name)]
        column = columns[index] if index < len(columns) else ()
        if ragged and None in column:  # some rows are too short for this column
            present = [(number, value) for number, value in zip(numbers, column, strict=True) if value is not None]
            numbered, values = [number for number, _ in present], [value for _, value in present]
        else:
            numbered, values = numbers, cast(list[str], column)
        stripped = list(map(str.strip, values))
        if any(marker in stripped for marker in missing):
            filled = [(number, value) for number, value in zip(numbered, stripped, strict=True)
                      if value not in missing]
            numbered, stripped = [number for number, _ in filled], [value for _, value in filled]
        cells = Cells(numbered, stripped)
        verdict.problems.extend(_column(spec, name, cells, file=file, verdict=verdict))


class Cells(Sequence[tuple[int, str]]):
    """The filled cells of one column as (spreadsheet row, stripped value), built only when read."""

    def __init__(self, numbers: list[int], values: list[str]) -> None:
        self.numbers, self.values = numbers, values

    def __len__(self) -> int:
        return len(self.values)

    @overload
    def __getitem__(self, index: int) -> tuple[int, str]: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[tuple[int, str]]: ...

    def __getitem__(self, index: int | slice) -> tuple[int, str] | Sequence[tuple[int, str]]:
        if isinstance(index, slice):
            return list(zip(self.numbers[index], self.values[index], strict=True))
        return self.numbers[index], self.values[index]

    def __iter__(self) -> Iterator[tuple[int, str]]:
        return zip(self.numbers, self.values, strict=True)


def _transposed(rows: list[list[str]]) -> tuple[list[tuple[str | None, ...]], bool]:
    """The cells of each column (None where a row is too short), and whether any row is."""
    if len({len(row) for row in rows}) <= 1:
        return list(zip(*rows, strict=True)), False
    return list(zip_longest(*rows, fillvalue=None)), True


def _not_matching(pattern: re.Pattern[str], every: re.Pattern[str], cells: Cells) -> list[tuple[int, str]]:
    """The cells ``pattern`` does not match; ``every`` matches the whole column joined by line
    breaks when ``pattern`` matches each cell, so the common case costs one search."""
    joined = "\n".join(cells.values)
    if joined.count("\n") == len(cells) - 1 and every.fullmatch(joined):
        return []
    return [(number, value) for number, value in cells if not pattern.match(value)]


def _column(spec: dict[str, Any], name: str, cells: Cells, *, file: str,
            verdict: Verdict) -> Iterator[Problem]:
    kind = str(spec.get("type") or "string")
    if kind in ("number", "integer") and not (spec.get("decimalChar") or spec.get("groupChar")):
        plain, every = (PLAIN_INTEGER, EVERY_INTEGER) if kind == "integer" else (PLAIN_NUMBER, EVERY_NUMBER)
        odd = _not_matching(plain, every, cells)
        yield from _explain(INTEGER_RULES if kind == "integer" else NUMBER_RULES, name, odd, file=file,
                            verdict=verdict)
        values = cells.values
        if kind == "number" and values and all(THOUSANDS_ONLY.match(value) for value in values):
            yield Problem("number-thousands-ambiguous", file, Severity.WARNING, row=cells[0][0], field=name,
                          value=values[0], params=(("count", str(len(values))),))
    elif kind in ("date", "datetime"):
        fmt = str(spec.get("format") or "default")
        if fmt in ("default", "any"):
            odd = _not_matching(ISO_DATE, EVERY_ISO_DATE, cells)
            yield from _explain(DATE_RULES, name, odd, file=file, verdict=verdict)
        elif "%d" in fmt and "%m" in fmt:
            yield from _ambiguous_days(name, cells, fmt, file=file)
    elif kind == "geopoint":
        yield from _explain(NUMBER_RULES[3:], name, cells, file=file, verdict=verdict)
    elif kind == "string" and _looks_numeric(spec, name, cells):
        yield Problem("string-looks-numeric", file, Severity.WARNING, field=name, value=cells[0][1])


def _explain(rules: tuple[Rule, ...], name: str, cells: Sequence[tuple[int, str]], *, file: str,
             verdict: Verdict) -> Iterator[Problem]:
    for code, test in rules:
        rows = [(number, value) for number, value in cells if test(value)]
        if not rows:
            continue
        verdict.explained.update((name, number) for number, _ in rows)
        shown = ", ".join(str(number) for number, _ in rows[:SHOWN_ROWS])
        more = len(rows) - SHOWN_ROWS
        yield Problem(code, file, row=rows[0][0], field=name, value=truncate(rows[0][1]), params=(
            ("rows", shown + (f" (+{more})" if more > 0 else "")), ("count", str(len(rows)))))


def _ambiguous_days(name: str, cells: Sequence[tuple[int, str]], fmt: str, *, file: str) -> Iterator[Problem]:
    """Under a day/month format, dates whose day is never above 12 read just as well the other way."""
    parts = [DAY_FIRST.match(value) for _, value in cells]
    days = [int(match.group(1) if fmt.index("%d") < fmt.index("%m") else match.group(2))
            for match in parts if match]
    if len(days) >= 2 and len(days) == len(cells) and max(days) <= 12:
        yield Problem("date-ambiguous", file, Severity.WARNING, row=cells[0][0], field=name,
                      value=cells[0][1], params=(("format", fmt), ("count", str(len(days)))))


def _looks_numeric(spec: dict[str, Any], name: str, cells: Sequence[tuple[int, str]]) -> bool:
    """Every value a plain number, none with a leading zero, in a column not named like a code."""
    constraints = spec["constraints"] if isinstance(spec.get("constraints"), dict) else {}
    if len(cells) < 3 or CODE_NAME.search(name) or any(key in constraints for key in ("pattern", "enum")):
        return False
    return all(PLAIN_NUMBER.match(value) for _, value in cells)
