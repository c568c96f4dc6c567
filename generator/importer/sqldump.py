"""The INSERT statements of a phpMyAdmin/mysqldump file, one sheet per table (header = column names).

Only literal values are read (quoted strings with MySQL escapes, numbers, NULL); nothing is executed.
"""

from __future__ import annotations

import re
from pathlib import Path

from generator.importer.tables import Sheet
from generator.model import Problem

INSERT = re.compile(r"INSERT\s+INTO\s+`?(\w+)`?\s*\(([^)]*)\)\s*VALUES\s*", re.I)
ESCAPES = {"n": "\n", "r": "\r", "t": "\t", "0": "\0", "Z": "\x1a"}


def sql_sheets(path: Path, *, shown: str) -> tuple[list[Sheet], list[Problem]]:
    text = path.read_bytes().decode("utf-8", errors="replace")
    tables: dict[str, list[tuple[str, ...]]] = {}
    for match in INSERT.finditer(text):
        header = tuple(name.strip(" `") for name in match.group(2).split(","))
        rows = tables.setdefault(match.group(1), [header])
        rows.extend(_tuples(text, match.end()))
    if not tables:
        return [], [Problem("import-no-table", shown)]
    return [Sheet(name, tuple(rows)) for name, rows in tables.items()], []


def _tuples(text: str, start: int) -> list[tuple[str, ...]]:
    """The value tuples from ``start`` to the statement's closing semicolon."""
    rows: list[tuple[str, ...]] = []
    index, row, depth = start, [], 0
    while index < len(text):
        char = text[index]
        if char == "'":
            value, index = _string(text, index + 1)
            row.append(value)
            continue
        if char == "(":
            depth, row = 1, []
        elif char == ")" and depth:
            rows.append(tuple(" ".join(value.split()) for value in row))
            depth = 0
        elif char == ";" and not depth:
            break
        elif depth and (literal := re.match(r"NULL|-?[\d.]+(?:e[+-]?\d+)?", text[index:], re.I)):
            row.append("" if literal.group(0).upper() == "NULL" else literal.group(0))
            index += len(literal.group(0))
            continue
        index += 1
    return rows


def _string(text: str, index: int) -> tuple[str, int]:
    parts = []
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            parts.append(ESCAPES.get(text[index + 1], text[index + 1]))
            index += 2
        elif char == "'" and text[index + 1: index + 2] == "'":
            parts.append("'")
            index += 2
        elif char == "'":
            return "".join(parts), index + 1
        else:
            parts.append(char)
            index += 1
    return "".join(parts), index
