"""Facts about a CSV file read without guessing: checksum, size, rows, first rows."""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

CHUNK = 1 << 20


@dataclass(frozen=True)
class CsvFacts:
    size: int
    sha256: str
    row_count: int
    header: tuple[str, ...]
    preview: tuple[tuple[str, ...], ...]


def sha256_of(path: Path) -> tuple[str, int]:
    digest = hashlib.sha256()
    size = 0
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def csv_facts(path: Path, *, preview_rows: int, delimiter: str = ",") -> CsvFacts:
    """Checksum and size of the bytes, number of data rows and the first rows as text.

    Undecodable bytes are replaced here only for the preview; validation reports them.
    """
    sha, size = sha256_of(path)
    header: tuple[str, ...] = ()
    preview: list[tuple[str, ...]] = []
    rows = 0
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        reader = csv.reader(handle, delimiter=delimiter)
        for index, record in enumerate(reader):
            if index == 0:
                header = tuple(record)
                continue
            if not "".join(record).strip():  # every cell blank
                continue
            rows += 1
            if len(preview) < preview_rows:
                preview.append(tuple(record))
    return CsvFacts(size=size, sha256=sha, row_count=rows, header=header, preview=tuple(preview))


def table_rows(path: Path, *, delimiter: str = ",") -> Iterator[tuple[int, list[str]]]:
    """Every record as (spreadsheet row number, cells), the header being row 1.

    Undecodable bytes are replaced: the checks that use this read text, Frictionless
    reports the encoding.
    """
    csv.field_size_limit(1 << 30)
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        yield from enumerate(csv.reader(handle, delimiter=delimiter), start=1)
def csv_header(path: Path) -> list[str]:
    """The header row of a CSV file (empty when the file has none)."""
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        return [cell.strip() for cell in next(csv.reader(handle), [])]
