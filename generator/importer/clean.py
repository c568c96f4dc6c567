"""Cell clean-up shared by the DIP and DIK importers: HTML, dates, identifiers, exact duplicates."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

import nh3

from generator.importer.records import Entry
from generator.model import Problem, Severity

TAG = re.compile(r"<[a-zA-Z/!][^>]*>")
DAY_FIRST = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
ISO_START = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.]+Z?)?$")
ID_OK = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")
PREFIX = {"berkala": "B", "serta_merta": "SM", "setiap_saat": "SS", "dikecualikan": "DK", "": "X"}


def strip_html(entries: Iterable[Entry], *, columns: Iterable[str], out_file: str,
               rows: dict[int, int]) -> list[Problem]:
    """Remove tags (keeping their text) from every cell; one warning per cleaned cell."""
    problems = []
    wanted = tuple(columns)
    for entry in entries:
        for column in wanted:
            value = entry.values.get(column, "")
            if not TAG.search(value):
                continue
            text = html.unescape(nh3.clean(re.sub(r"<br\s*/?>|</p>", " ", value, flags=re.I), tags=set()))
            entry.values[column] = " ".join(text.split())
            problems.append(Problem("import-html-stripped", out_file, Severity.WARNING, row=rows.get(id(entry)),
                                    field=column, value=value, params=source(entry)))
    return problems


def iso_date(text: str) -> str:
    """A date as TTTT-BB-HH when the text is one (ISO with time, or day first as in Indonesia); else as is."""
    if match := ISO_START.match(text.strip()):
        return match.group(1)
    if match := DAY_FIRST.match(text.strip()):
        day, month, year = match.groups()
        if int(month) <= 12 and int(day) <= 31:
            return f"{year}-{int(month):02d}-{int(day):02d}"
    return text


def source(entry: Entry) -> tuple[tuple[str, str], ...]:
    return (("source_file", entry.file), ("source_row", str(entry.row)))


def remove_duplicates(entries: list[Entry], *, columns: Iterable[str]) -> tuple[list[Entry], list[Problem]]:
    """Keep the first of each set of rows equal in every column; report the others by source row."""
    wanted = tuple(columns)
    seen: dict[tuple[str, ...], Entry] = {}
    kept, problems = [], []
    for entry in entries:
        key = (entry.kategori, *(entry.values.get(column, "") for column in wanted))
        first = seen.get(key)
        if first is None:
            seen[key] = entry
            kept.append(entry)
            continue
        problems.append(Problem("import-duplicate-row", entry.file, Severity.WARNING, row=entry.row,
                                value=entry.values.get("judul", ""),
                                params=(("first_file", first.file), ("first_row", str(first.row)))))
    return kept, problems


def assign_ids(entries: list[Entry]) -> list[str]:
    """The source's id when it is a valid one (not only digits), else kategori prefix plus the numbering.

    "A. Berkala / 1. Profil / b." becomes B-1-b; an item without numbering gets the next number of
    its category (B-001). Clashes get -2, -3.
    """
    used: set[str] = set()
    counters: dict[str, int] = {}
    ids = []
    for entry in entries:
        given = entry.values.get("id", "").strip()
        prefix = PREFIX.get(entry.kategori, "X")
        number = re.sub(r"[^A-Za-z0-9]+", "-", entry.values.get("nomor", "")).strip("-")
        if given.isdigit():  # a database row number: numbering, not an identifier
            number, given = given, ""
        if ID_OK.match(given):
            candidate = given
        elif number:
            section = "" if number.startswith(f"{entry.section}-") else entry.section  # "1.a" under "1."
            candidate = "-".join(part for part in (prefix, section, number) if part)
        else:
            counters[prefix] = counters.get(prefix, 0) + 1
            candidate = f"{prefix}-{counters[prefix]:03d}"
        unique, suffix = candidate, 1
        while unique in used:
            suffix += 1
            unique = f"{candidate}-{suffix}"
        used.add(unique)
        ids.append(unique)
    return ids
