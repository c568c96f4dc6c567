"""The reference date of freshness checks: never the wall clock."""

from __future__ import annotations

import datetime as dt
import os

from generator.load.io.git import head_date
from generator.model import Project
from generator.settings import Settings


def reference_date(settings: Settings, project: Project) -> dt.date:
    """``--today``, else ``SOURCE_DATE_EPOCH``, else the HEAD commit date, else the newest data date."""
    if settings.today is not None:
        return settings.today
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    head = head_date(settings.root)
    if head is not None:
        return head
    return newest_data_date(project)


def newest_data_date(project: Project) -> dt.date:
    dates = [parse_date(entry.updated) for entry in project.dip]
    dates += [dataset.updated for dataset in project.datasets]
    known = [date for date in dates if date is not None]
    return max(known) if known else dt.date(1970, 1, 1)


def parse_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value.strip()) if value.strip() else None
    except ValueError:
        return None
