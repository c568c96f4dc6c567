"""Everything the compliance checks and pages need, gathered once per run."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from generator.compliance.checklist import Item, ItemStatus, evaluate, load_checklist
from generator.compliance.dik import DikRecord, load_dik
from generator.compliance.freshness import Staleness, stale_datasets, stale_entries
from generator.compliance.monthly import Monthly, load_monthly
from generator.compliance.refdate import reference_date
from generator.compliance.register import Register, find_register, load_register
from generator.compliance.workdays import Calendar, load_calendar
from generator.load.io.csvfile import csv_header
from generator.model import Problem, Project
from generator.settings import Settings

DIP_FILE = "content/dip.csv"


@dataclass(frozen=True)
class Compliance:
    today: dt.date
    items: tuple[Item, ...]
    statuses: tuple[ItemStatus, ...]
    checklist_declared: bool  # dip.csv has the butir_kewajiban column
    stale_entries: dict[str, Staleness]
    stale_datasets: dict[str, Staleness]
    dik: tuple[DikRecord, ...] | None
    register: Register | None
    monthly: Monthly | None
    calendar: Calendar
    problems: tuple[Problem, ...]  # from reading the override files


def gather(project: Project, settings: Settings) -> Compliance:
    root = Path(project.root)
    today = reference_date(settings, project)
    items, problems = load_checklist(root)
    calendar, found = load_calendar(root)
    stale = stale_entries(project.dip, today)
    dataset = find_register(project.datasets)
    dip_path = root / DIP_FILE
    return Compliance(
        today=today, items=items, statuses=tuple(evaluate(items, project.dip, stale)),
        checklist_declared=dip_path.is_file() and "butir_kewajiban" in csv_header(dip_path),
        stale_entries=stale, stale_datasets=stale_datasets(project.datasets, today),
        dik=load_dik(root), register=load_register(root, dataset) if dataset else None,
        monthly=load_monthly(root, project.datasets),
        calendar=calendar, problems=tuple(problems + found))
