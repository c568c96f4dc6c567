"""Is the first row really the header the schema expects?

Frictionless takes the first row as the header whatever it holds: a data row of a
file without header, or the title of a BPS table export. Compared with the schema's
field names, the rows themselves say which case it is, and where the header is.
"""

from __future__ import annotations

import difflib
import re
from typing import Any

from generator.i18n import N_
from generator.model import Problem
from generator.report.messages import truncate
from generator.validate.checks.table import Table, Verdict

SEARCH_ROWS = 30
DATA_LIKE = re.compile(r"^[-+]?(\d+([.,]\d+)*|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})$")


def normal(label: str) -> str:
    """A header label compared without case, surrounding spaces, or the space/underscore difference."""
    return re.sub(r"[\s_]+", " ", label.strip().lower())


def field_names(schema: dict[str, Any]) -> list[str]:
    return [str(item.get("name")) for item in schema.get("fields") or [] if isinstance(item, dict)]


def _matches(row: list[str], names: set[str]) -> int:
    return sum(1 for cell in row if cell.strip() and normal(cell) in names)


def check_header(table: Table, *, schema: dict[str, Any], file: str, verdict: Verdict) -> None:
    """Add header problems to ``verdict``; stop Frictionless when the header row is not one."""
    fields = field_names(schema)
    if not fields or table.header == fields:
        return
    names = {normal(name) for name in fields}
    records = [table.header, *table.rows[:SEARCH_ROWS]]
    scores = [_matches(row, names) for row in records]
    best = max(range(len(records)), key=lambda index: (scores[index], -index))
    if best > 0 and scores[best] > scores[0] and scores[best] >= max(1, len(fields) // 2):
        line = best + 1
        verdict.stop(Problem("header-not-first", file, row=1, value=truncate(",".join(table.header)),
                             params=(("header_row", str(line)), ("above", str(line - 1)))))
        return
    if is_title_block(table.header):
        verdict.stop(title_block(table, file=file))
        return
    if scores[0] == 0 and any(DATA_LIKE.match(cell.strip()) for cell in table.header):
        verdict.stop(Problem("header-missing", file, row=1, value=truncate(",".join(table.header)),
                             params=(("expected", ",".join(fields)),)))
        return
    _near_misses(table.header, fields, file=file, verdict=verdict)


def title_block(table: Table, *, file: str) -> Problem:
    data_row = _first_data_row(table)
    where = (("data_row", N_("Data mulai di baris {first_data_row}")), ("first_data_row", str(data_row))) \
        if data_row else (("data_row", N_("Tidak ada baris data di bawahnya")),)
    return Problem("header-title-block", file, row=1, value=truncate(",".join(table.header)), params=where)


def is_title_block(header: list[str]) -> bool:
    """A first row with one or two filled cells out of many: a table title, not column names."""
    filled = [cell for cell in header if cell.strip()]
    return len(header) >= 2 and len(filled) <= max(1, len(header) // 3)


def _first_data_row(table: Table) -> int | None:
    """The spreadsheet row of the first record whose cells are mostly filled and hold a number."""
    for line, row in enumerate(table.rows, start=2):
        filled = [cell for cell in row if cell.strip()]
        numeric = any(DATA_LIKE.match(cell.strip()) for cell in filled[1:])
        if row and row[0].strip() and len(filled) > len(row) // 2 and numeric:
            return line
    return None


def _near_misses(header: list[str], fields: list[str], *, file: str, verdict: Verdict) -> None:
    """Labels that differ from a schema name only by case or spaces, with a suggestion."""
    by_normal = {normal(name): name for name in fields}
    known, present = set(fields), set(header)  # sets: a header may hold thousands of labels
    unused = [name for name in fields if name not in present]
    for position, label in enumerate(header, start=1):
        if label in known or not label.strip():
            continue
        expected = by_normal.get(normal(label))
        if expected is None:
            close = difflib.get_close_matches(label, unused, n=1)
            if close:
                verdict.problems.append(Problem("header-unknown", file, row=1, field=close[0], value=label,
                                                params=(("position", str(position)),
                                                        ("suggestion", close[0]))))
                verdict.labels_explained.update({close[0], label})
            continue
        verdict.problems.append(Problem("header-case", file, row=1, field=expected, value=label,
                                        params=(("position", str(position)),)))
        verdict.labels_explained.update({expected, label})
