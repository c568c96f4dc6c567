"""Rows of a sheet (or records of a JSON export) turned into raw entries: one per information item.

A person reads a pasted DIP table like this: the header is the row that names the columns; a row
whose cells all say the same thing ("A. Informasi Berkala", "1. Profil Badan Publik") is a section;
a row that repeats the number and title of the row above (an expanded rowspan) or has neither (a
cell that spilled over several rows) belongs to the item above. Nothing is filled in that the
source did not say.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.importer.mapping import fold, kategori_of, match_header
from generator.importer.tables import Sheet
from generator.model import Problem, Severity

HEADER_SCAN = 30
SECTION_NUMBER = re.compile(r"^\s*([A-Za-z0-9]{1,3})[.)]\s+")
JOIN_SPACE = {"ringkasan", "judul", "analisis_konsekuensi", "pertimbangan_kepentingan_publik"}


@dataclass
class Entry:
    """One information item as read: column values, the section it sat in and where it started."""

    values: dict[str, str]
    file: str
    row: int
    kategori: str = ""
    section: str = ""
    key: tuple[str, str, str] = ("", "", "")
    parts: dict[str, list[str]] = field(default_factory=dict)

    def add(self, column: str, value: str) -> None:
        if value and value not in self.parts.setdefault(column, []):
            self.parts[column].append(value)

    def close(self) -> None:
        for column, parts in self.parts.items():
            self.values[column] = (" " if column in JOIN_SPACE else "; ").join(parts)


@dataclass
class Layout:
    """Where the header is and which column each position maps to."""

    header_row: int
    columns: dict[int, str]
    unmapped: list[tuple[int, str]]
    width: int = 0
    header: tuple[str, ...] = ()


def find_layout(sheet: Sheet, synonyms: dict[str, tuple[str, ...]]) -> Layout | None:
    """The first row (of the first 30) naming a title column and one more known column, or four columns."""
    for number, row in enumerate(sheet.rows[:HEADER_SCAN]):
        columns: dict[int, str] = {}
        unmapped = []
        for position, cell in enumerate(row):
            column = match_header(cell, synonyms)
            if column is not None and column not in columns.values():
                columns[position] = column
            elif cell.strip():  # unknown, or a second header for a column already found
                unmapped.append((position, cell))
        if (len(columns) >= 2 and "judul" in columns.values()) or len(columns) >= 4:
            return Layout(number, columns, unmapped, max(len(item) for item in sheet.rows),
                          tuple(fold(cell) for cell in row))
    return None


def sheet_entries(sheet: Sheet, layout: Layout, *, file: str, carried: tuple[str, str] = ("", "")) -> list[Entry]:
    """The items of one sheet below its header, sections carried down, spilled cells joined.

    ``carried`` is the (kategori, section) in force at the end of the previous table, for a web page
    whose list goes on in a second table without its own header.
    """
    kategori, section = carried
    if not sheet.name.isdigit() and (named := kategori_of(sheet.name)):
        kategori = named
    for row in sheet.rows[: max(layout.header_row, 0)]:  # "A. Informasi Berkala" above the header
        kategori = next((found for cell in row if cell and (found := kategori_of(cell))), kategori)
    entries: list[Entry] = []
    header = list(layout.header)
    for index in range(layout.header_row + 1, len(sheet.rows)):
        row = sheet.rows[index]
        filled = [cell for cell in row if cell]
        if not filled or [fold(cell) for cell in row] == header:
            continue
        if _is_section(row, layout):
            text = filled[0]
            found = kategori_of(text)
            if found:
                kategori, section = found, ""
            else:
                match = SECTION_NUMBER.match(text)
                section = match.group(1) if match else ""
            continue
        cells = {column: row[position] for position, column in layout.columns.items() if position < len(row)}
        key = (cells.get("id", ""), cells.get("nomor", ""), cells.get("judul", ""))
        previous = entries[-1] if entries else None
        same = previous is not None and previous.kategori == kategori and previous.section == section and (
            key == ("", "", "") or (key == previous.key and bool(key[0] or key[1])))
        if previous is not None and same:
            for column, value in cells.items():
                previous.add(column, value)
            continue
        entry = Entry(values={"nomor": key[1], "judul": key[2]}, file=file, row=index + 1,
                      kategori=kategori, section=section, key=key)
        for column, value in cells.items():
            entry.add(column, value)
        entries.append(entry)
    for entry in entries:
        entry.close()
    return entries


def state_after(sheet: Sheet, layout: Layout, entries: list[Entry]) -> tuple[str, str]:
    """The (kategori, section) in force after the last row of a sheet."""
    kategori, section = (entries[-1].kategori, entries[-1].section) if entries else ("", "")
    for row in sheet.rows[len(sheet.rows) - 1: layout.header_row: -1]:
        if entries and row is sheet.rows[entries[-1].row - 1]:
            break
        if _is_section(row, layout):
            text = next(cell for cell in row if cell)
            if found := kategori_of(text):
                return found, ""
            match = SECTION_NUMBER.match(text)
            return kategori, match.group(1) if match else ""
    return kategori, section


def _is_section(row: tuple[str, ...], layout: Layout) -> bool:
    filled = {cell for cell in row if cell}
    if len(filled) != 1:
        return False
    text = next(iter(filled))
    if all(cell == text for cell in row) and len(row) > 1:
        return True
    position = next(index for index, cell in enumerate(row) if cell)
    column = layout.columns.get(position)
    return column in ("nomor", "judul", None) and not text.strip(" .").isdigit() and (
        kategori_of(text) is not None or bool(SECTION_NUMBER.match(text)))


def unmapped_problems(layout: Layout, *, file: str) -> list[Problem]:
    return [Problem("import-column-unmapped", file, Severity.WARNING, row=layout.header_row + 1, value=header,
                    params=(("position", str(position + 1)),)) for position, header in layout.unmapped]
