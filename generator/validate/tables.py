"""A data file as columns, read once for every cell scan (personal data, formulas).

The scans look at every cell of every column, declared in the schema or not. Read row
by row and tested cell by cell they cost more than Frictionless itself (issue 15), so a
file is parsed once into columns, shared by the scans of one validation unit
(``remember``), and each column is searched as one string with string methods (``find``,
``translate``) for the few candidate cells; only those get the exact, per-cell rules.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, zip_longest
from pathlib import Path

from generator.load.io.csvfile import table_rows

# Joins the cells of a column; a needle holds none, so a match never spans two cells.
JOIN = "\x00"
MEMO_BYTES = 16 << 20  # files up to this size (together) stay parsed for the unit's other scans


# Deletes every ASCII character but the digits and JOIN (other characters stay: counted as
# digits, they can only add candidates).
_DIGITS_ONLY = {code: None for code in range(128) if not chr(code).isdigit() and chr(code) != JOIN}


@dataclass(frozen=True)
class Column:
    """The cells of one column that the file has, with their spreadsheet rows.

    The methods find candidate cells (positions into ``values``, in row order) by searching
    the column joined into one string; the exact rules then run on those cells only.
    """

    rows: tuple[int, ...]
    values: tuple[str, ...]

    @cached_property
    def text(self) -> str:
        return JOIN.join(self.values)

    @cached_property
    def starts(self) -> list[int]:
        return [0, *accumulate(len(value) + 1 for value in self.values[:-1])]

    def at(self, offset: int) -> int:
        """The position of the cell holding character ``offset`` of ``text``."""
        return bisect_right(self.starts, offset) - 1

    def containing(self, needle: str) -> set[int]:
        """Cells holding ``needle`` (which holds no JOIN)."""
        return {self.at(offset) for offset in self._offsets(needle)}

    def starting_with(self, prefixes: Iterable[str]) -> set[int]:
        """Cells whose text starts with one of ``prefixes`` (which hold no JOIN)."""
        prefixes = tuple(prefixes)
        found = {0} if self.values and self.values[0].startswith(prefixes) else set()
        for prefix in prefixes:
            found |= {self.at(offset + 1) for offset in self._offsets(JOIN + prefix)}
        return found

    def with_digits(self, least: int) -> set[int]:
        """Cells with at least ``least`` digits."""
        counts: Iterable[int]
        parts = self.text.translate(_DIGITS_ONLY).split(JOIN)
        if len(parts) == len(self.values):
            counts = list(map(len, parts))
        else:  # a cell holds JOIN itself
            counts = [len(value.translate(_DIGITS_ONLY)) for value in self.values]
        if max(counts, default=0) < least:
            return set()
        return {index for index, count in enumerate(counts) if count >= least}

    def _offsets(self, needle: str) -> Iterator[int]:
        offset = self.text.find(needle)
        while offset >= 0:
            yield offset
            offset = self.text.find(needle, offset + 1)


@dataclass(frozen=True)
class Columns:
    """A table as its header and its columns (cells past the header's width included)."""

    header: tuple[str, ...]
    columns: tuple[Column, ...]


def as_columns(rows: Iterable[tuple[int, list[str]]]) -> Columns:
    """(spreadsheet row, cells) records, the header first, turned into columns."""
    records = iter(rows)
    first = next(records, None)
    if first is None:
        return Columns((), ())
    header = tuple(first[1])
    numbers: list[int] = []
    cells: list[list[str]] = []
    for number, record in records:
        numbers.append(number)
        cells.append(record)
    widths = set(map(len, cells))
    if len(widths) <= 1:  # every record as wide as the others: no gaps to skip
        width = widths.pop() if widths else 0
        rows_all = tuple(numbers)
        columns = [Column(rows_all, values) for values in zip(*cells, strict=True)] if width else []
    else:
        columns = []
        for values in zip_longest(*cells, fillvalue=None):
            kept = [(number, value) for number, value in zip(numbers, values, strict=True) if value is not None]
            columns.append(Column(tuple(number for number, _ in kept), tuple(value for _, value in kept)))
    columns += [Column((), ())] * (len(header) - len(columns))  # labels without any cell
    return Columns(header, tuple(columns))


_memo: dict[tuple[str, str, int, int], Columns] | None = None


@contextmanager
def remember() -> Iterator[None]:
    """Within the block, a file read by one scan is not parsed again by the next."""
    global _memo
    outer, _memo = _memo, {}
    try:
        yield
    finally:
        _memo = outer


def offer(path: Path, records: list[list[str]], *, delimiter: str = ",") -> None:
    """Keep records another check parsed from ``path`` exactly as ``table_rows`` would, for the
    unit's scans (the pre-flight's parse of a file it read whole)."""
    if _memo is None:
        return
    stat = path.stat()
    key = (str(path), delimiter, stat.st_size, stat.st_mtime_ns)
    if key not in _memo and sum(size for _, _, size, _ in _memo) + stat.st_size <= MEMO_BYTES:
        _memo[key] = as_columns(enumerate(records, start=1))


def read_columns(path: Path, *, delimiter: str = ",") -> Columns:
    """The file's columns (undecodable bytes replaced, as in ``table_rows``)."""
    if _memo is None:
        return as_columns(table_rows(path, delimiter=delimiter))
    stat = path.stat()
    key = (str(path), delimiter, stat.st_size, stat.st_mtime_ns)
    found = _memo.get(key)
    if found is None:
        found = as_columns(table_rows(path, delimiter=delimiter))
        held = sum(size for _, _, size, _ in _memo)
        if held + stat.st_size <= MEMO_BYTES:
            _memo[key] = found
    return found
