"""Which DIP entries and datasets are overdue ("perlu diperbarui") on the reference date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from generator.compliance.refdate import parse_date
from generator.model import Dataset, DipEntry

BERKALA_MONTHS = 6  # UU 14/2008 Pasal 9 ayat (4): berkala information at least every six months
PERIOD_MONTHS = {"bulanan": 1, "triwulanan": 3, "semesteran": 6, "tahunan": 12}
PERIOD_DAYS = {"harian": 1, "mingguan": 7}
GRACE_DAYS = 14  # a release a little late is not yet flagged


@dataclass(frozen=True)
class Staleness:
    """Why something is overdue: ``reason`` is ``berkala``, ``rilis`` or ``frekuensi``."""

    reason: str
    since: dt.date  # the date it became overdue
    updated: dt.date | None


def add_months(date: dt.date, months: int) -> dt.date:
    month = date.month - 1 + months
    year = date.year + month // 12
    month = month % 12 + 1
    days = [31, 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28,
            31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return dt.date(year, month, min(date.day, days))


def due_by_frequency(updated: dt.date, frequency: str) -> dt.date | None:
    if frequency in PERIOD_MONTHS:
        return add_months(updated, PERIOD_MONTHS[frequency]) + dt.timedelta(days=GRACE_DAYS)
    if frequency in PERIOD_DAYS:
        return updated + dt.timedelta(days=PERIOD_DAYS[frequency] + GRACE_DAYS)
    return None


def judge(*, updated: dt.date | None, frequency: str, next_release: dt.date | None,
          berkala: bool, today: dt.date) -> Staleness | None:
    """The first rule that makes an item overdue, or ``None`` when it is current."""
    if next_release is not None and next_release < today:
        return Staleness("rilis", next_release, updated)
    if updated is None:
        return None
    if berkala and add_months(updated, BERKALA_MONTHS) < today:
        return Staleness("berkala", add_months(updated, BERKALA_MONTHS), updated)
    due = due_by_frequency(updated, frequency) if next_release is None else None
    if due is not None and due < today:
        return Staleness("frekuensi", due, updated)
    return None


def entry_staleness(entry: DipEntry, today: dt.date) -> Staleness | None:
    if entry.category == "dikecualikan":
        return None
    return judge(updated=parse_date(entry.updated), frequency=entry.frequency,
                 next_release=parse_date(entry.next_release), berkala=entry.category == "berkala",
                 today=today)


def dataset_staleness(dataset: Dataset, today: dt.date) -> Staleness | None:
    next_release = parse_date(str(dataset.descriptor.get("next_release") or ""))
    return judge(updated=dataset.updated, frequency=dataset.frequency, next_release=next_release,
                 berkala=False, today=today)


def stale_entries(entries: tuple[DipEntry, ...], today: dt.date) -> dict[str, Staleness]:
    found = {entry.id: entry_staleness(entry, today) for entry in entries}
    return {key: value for key, value in sorted(found.items()) if value is not None}


def stale_datasets(datasets: tuple[Dataset, ...], today: dt.date) -> dict[str, Staleness]:
    found = {dataset.name: dataset_staleness(dataset, today) for dataset in datasets}
    return {key: value for key, value in sorted(found.items()) if value is not None}
