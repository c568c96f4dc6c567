"""Working days (hari kerja): weekdays that are neither national holidays nor cuti bersama."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from generator.load.io.yamlio import load_yaml_mapping
from generator.model import Problem

HERE = Path(__file__).parent
SHIPPED = HERE / "hari-libur.yaml"
OVERRIDE_FILE = "content/hari-libur.yaml"


@dataclass(frozen=True)
class Calendar:
    holidays: frozenset[dt.date]
    years: tuple[int, ...]  # years whose holidays are listed

    def is_workday(self, day: dt.date) -> bool:
        return day.weekday() < 5 and day not in self.holidays

    def between(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to and including ``end`` (the day received is day 0)."""
        count, day = 0, start
        while day < end:
            day += dt.timedelta(days=1)
            count += self.is_workday(day)
        return count

    def add(self, start: dt.date, days: int) -> dt.date:
        """The ``days``-th working day after ``start`` (the deadline of a period counted from it)."""
        day, left = start, days
        while left > 0:
            day += dt.timedelta(days=1)
            left -= self.is_workday(day)
        return day


def _days(data: dict[str, Any] | None, file: str) -> tuple[set[dt.date], set[int], list[Problem]]:
    days: set[dt.date] = set()
    problems: list[Problem] = []
    for index, item in enumerate(data.get("hari") or [] if data else []):
        value = item.get("tanggal") if isinstance(item, dict) else None
        try:
            days.add(value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)))
        except ValueError:
            problems.append(Problem("holiday-invalid", file, field="hari", value=str(value),
                                    params=(("position", str(index + 1)),)))
    years = {int(year) for year in (data.get("tahun") or [] if data else []) if str(year).isdigit()}
    return days, years, problems


@cache
def _shipped() -> Calendar:
    data, _ = load_yaml_mapping(SHIPPED, file="generator/compliance/hari-libur.yaml")
    days, years, problems = _days(data, "generator/compliance/hari-libur.yaml")
    if problems or not days:
        raise RuntimeError(f"the shipped holiday list is broken: {problems}")
    return Calendar(frozenset(days), tuple(sorted(years)))


def load_calendar(root: Path) -> tuple[Calendar, list[Problem]]:
    """The shipped holidays plus the body's own list in content/hari-libur.yaml."""
    shipped = _shipped()
    days, years = set(shipped.holidays), set(shipped.years)
    problems: list[Problem] = []
    if (root / OVERRIDE_FILE).is_file():
        data, problems = load_yaml_mapping(root / OVERRIDE_FILE, file=OVERRIDE_FILE)
        more, more_years, found = _days(data, OVERRIDE_FILE)
        days |= more
        years |= more_years
        problems = problems + found
    return Calendar(frozenset(days), tuple(sorted(years))), problems
