"""Compliance rules as validation checks: checklist, freshness, DIK register, request register."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial

from generator.compliance.checklist import declared_items
from generator.compliance.context import DIP_FILE, Compliance, gather
from generator.compliance.dik import DIK_FILE, check_dik
from generator.compliance.monthly import check_monthly
from generator.compliance.register import check_register
from generator.compliance.tracker import ANSWER_DAYS
from generator.i18n import N_
from generator.model import Problem, Project, Severity
from generator.settings import Settings

Check = tuple[str, Callable[[], Iterable[Problem]]]


def check_compliance(project: Project, settings: Settings) -> Iterator[Check]:
    """The compliance checks, registered like the other checks of ``validate``.

    Region codes are checked per dataset, in its validation unit (units.py)."""
    try:
        state = gather(project, settings)
    except Exception as exc:  # an unreadable register or DIK file: report it, check the rest
        detail = f"{type(exc).__name__}: {exc}"
        yield DIP_FILE, lambda: [Problem("internal-error", DIP_FILE, params=(("detail", detail),))]
        return
    yield DIP_FILE, lambda: state.problems
    yield DIP_FILE, partial(check_checklist, project, state)
    yield DIP_FILE, partial(check_freshness, project, state)
    yield DIK_FILE, partial(check_dik, settings.root, project.dip, state.dik, state.today)
    if state.register is not None:
        yield state.register.file, partial(check_register, state.register)
        yield state.register.file, partial(check_holiday_years, state)
        yield state.register.file, partial(check_extension_notices, state)
        if state.monthly is not None:
            yield state.monthly.file, partial(check_monthly, state.monthly, state.register)


def check_holiday_years(state: Compliance) -> Iterator[Problem]:
    """Working days of a year without a holiday list would count holidays as working days."""
    register = state.register
    if register is None:
        return
    listed = set(state.calendar.years)
    first_row: dict[int, int] = {}
    for request in register.requests:
        for day in (request.received, request.answered):
            if day is not None and day.year not in listed:
                first_row.setdefault(day.year, request.row)
    for year, row in sorted(first_row.items()):
        yield Problem("holidays-missing-year", register.file, Severity.WARNING, row=row, value=str(year),
                      params=(("years", ", ".join(map(str, sorted(listed)))),))


def check_extension_notices(state: Compliance) -> Iterator[Problem]:
    """An extension is notified within the 10 working days (UU 14/2008 Pasal 22 ayat (8))."""
    register = state.register
    for request in register.requests if register else ():
        if request.extension is None or request.received is None:
            continue
        due = state.calendar.add(request.received, ANSWER_DAYS)
        if request.extension > due:
            yield Problem("register-extension-late", register.file if register else "", Severity.WARNING,
                          row=request.row, field="tanggal_perpanjangan", value=request.extension.isoformat(),
                          params=(("due", due.isoformat()),))


def check_checklist(project: Project, state: Compliance) -> Iterator[Problem]:
    known = {item.id for item in state.items}
    for entry in project.dip:
        for code in declared_items(entry):
            if code not in known:
                yield Problem("checklist-unknown", DIP_FILE, row=entry.row, field="butir_kewajiban",
                              value=code)
    if not state.checklist_declared:
        return
    for status in state.statuses:
        if status.item.mandatory and status.status == "tidak-ada":
            yield Problem("checklist-missing", DIP_FILE, Severity.WARNING, field="butir_kewajiban",
                          value=status.item.id, params=(("title", status.item.title),))


def check_freshness(project: Project, state: Compliance) -> Iterator[Problem]:
    for entry in project.dip:
        stale = state.stale_entries.get(entry.id)
        if stale is not None:
            column = "rilis_berikutnya" if stale.reason == "rilis" else "tanggal_pembaruan"
            yield _overdue(DIP_FILE, entry.row, column, stale.reason, stale.since, state)
    for dataset in project.datasets:
        stale = state.stale_datasets.get(dataset.name)
        if stale is not None:
            column = "next_release" if stale.reason == "rilis" else "frequency"
            yield _overdue(dataset.descriptor_file, None, column, stale.reason, stale.since, state)


REASONS = {  # message ids
    "berkala": N_("informasi berkala lebih dari enam bulan tidak diperbarui"),
    "rilis": N_("tanggal rencana rilis berikutnya sudah lewat"),
    "frekuensi": N_("lewat dari jadwal menurut frekuensi pembaruannya"),
}


def _overdue(file: str, row: int | None, column: str, reason: str, since: object,
             state: Compliance) -> Problem:
    return Problem("overdue", file, Severity.WARNING, row=row, field=column,
                   params=(("reason", REASONS[reason]), ("since", str(since)),
                           ("today", state.today.isoformat())))
