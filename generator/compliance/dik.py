"""The register of excluded information (content/dik.csv) and its rules."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from generator.compliance.refdate import parse_date
from generator.model import DipEntry, Problem, Severity
from generator.schemas import dik_schema
from generator.validate.frictionless import validate_table

DIK_FILE = "content/dik.csv"
DIP_FILE = "content/dip.csv"


@dataclass(frozen=True)
class DikRecord:
    id: str
    row: int
    official: str
    article: str
    sector_law: str
    consequences: str
    public_interest: str
    decided_on: dt.date | None
    decided_at: str
    period: str
    ends_on: dt.date | None


def load_dik(root: Path) -> tuple[DikRecord, ...] | None:
    """The register's rows as read (``None`` when content/dik.csv does not exist)."""
    path = root / DIK_FILE
    if not path.is_file():
        return None
    records: list[DikRecord] = []
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        for row, raw in enumerate(csv.DictReader(handle), start=2):
            value = {key: (cell or "").strip() for key, cell in raw.items() if key}
            if not any(value.values()):
                continue
            records.append(DikRecord(
                id=value.get("id", ""), row=row, official=value.get("pejabat_pemutus", ""),
                article=value.get("pasal_uu_kip", ""),
                sector_law=value.get("undang_undang_sektoral", ""),
                consequences=value.get("analisis_konsekuensi", ""),
                public_interest=value.get("pertimbangan_kepentingan_publik", ""),
                decided_on=parse_date(value.get("tanggal_penetapan", "")),
                decided_at=value.get("tempat_penetapan", ""), period=value.get("jangka_waktu", ""),
                ends_on=parse_date(value.get("tanggal_berakhir", ""))))
    return tuple(records)


def expired(record: DikRecord, today: dt.date) -> bool:
    return record.ends_on is not None and record.ends_on < today


def check_dik(root: Path, dip: tuple[DipEntry, ...], records: tuple[DikRecord, ...] | None,
              today: dt.date) -> Iterator[Problem]:
    excluded = {entry.id: entry for entry in dip if entry.category == "dikecualikan"}
    if records is None:
        if excluded:
            yield Problem("dik-register-missing", DIK_FILE,
                          params=(("ids", ", ".join(sorted(excluded))),))
        return
    yield from validate_table(root / DIK_FILE, dik_schema(), file=DIK_FILE)
    known = {record.id for record in records}
    for entry_id, entry in sorted(excluded.items()):
        if entry_id not in known:
            yield Problem("dik-entry-missing", DIP_FILE, row=entry.row, field="id", value=entry_id)
    for record in records:
        if record.id and record.id not in excluded:
            yield Problem("dik-unknown-entry", DIK_FILE, row=record.row, field="id", value=record.id)
        if expired(record, today):
            yield Problem("dik-expired", DIK_FILE, Severity.WARNING, row=record.row,
                          field="tanggal_berakhir", value=str(record.ends_on),
                          params=(("today", today.isoformat()),))
