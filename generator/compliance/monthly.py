"""Monthly request statistics kept as their own dataset, shown beside and checked against the register.

A data package that says ``register: statistik-permohonan-bulanan`` has a first resource with
the columns ``bulan`` (first day of the month) and ``permohonan_diterima``; its other columns are
shown as they are.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from generator.compliance.register import ROLE_KEY, Register
from generator.model import Dataset, Problem, Severity

ROLE = "statistik-permohonan-bulanan"
MONTH, COUNT = "bulan", "permohonan_diterima"


@dataclass(frozen=True)
class Monthly:
    dataset: Dataset
    file: str
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[str, ...]], ...]  # (spreadsheet row, cells)

    def year(self, year: int) -> list[tuple[str, ...]]:
        index = self.header.index(MONTH) if MONTH in self.header else 0
        return [cells for _, cells in self.rows if cells[index].startswith(f"{year}-")]


def load_monthly(root: Path, datasets: tuple[Dataset, ...]) -> Monthly | None:
    chosen = sorted((d for d in datasets if str(d.descriptor.get(ROLE_KEY, "")) == ROLE and d.resources),
                    key=lambda dataset: dataset.name)
    if not chosen:
        return None
    source = chosen[0].resources[0].source
    with (root / source).open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        reader = csv.reader(handle)
        header = tuple(cell.strip() for cell in next(reader, []))
        rows = tuple((number, tuple(cell.strip() for cell in cells))
                     for number, cells in enumerate(reader, start=2) if len(cells) == len(header))
    return Monthly(chosen[0], source, header, rows)


def check_monthly(monthly: Monthly, register: Register) -> Iterator[Problem]:
    """Each month's ``permohonan_diterima`` must equal the register's requests received that month."""
    if MONTH not in monthly.header or COUNT not in monthly.header:
        return
    month, count = monthly.header.index(MONTH), monthly.header.index(COUNT)
    counted = Counter(request.received.isoformat()[:7] for request in register.requests if request.received)
    for row, cells in monthly.rows:
        expected = counted.get(cells[month][:7], 0)
        if cells[count].isdigit() and int(cells[count]) != expected:
            yield Problem("register-monthly-mismatch", monthly.file, Severity.WARNING, row=row, field=COUNT,
                          value=cells[count], params=(("expected", str(expected)), ("register", register.file)))
