"""The request tracker's facts (lacak/): each request's status and deadlines, no personal data.

Computed from the request register and the holiday calendar at build time; the browser only
compares the deadlines with its own date. Only the columns named here reach the output, so a
column added to the register never leaks into it (and a personal column is already an error).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from generator.compliance.register import Register, Request
from generator.compliance.workdays import Calendar

# Working days, UU 14/2008: answer (Pasal 22 ayat 7), extension (ayat 8), atasan's answer (Pasal 36).
ANSWER_DAYS, EXTENSION_DAYS, OBJECTION_ANSWER_DAYS = 10, 7, 30
# Registration numbers the tracker accepts (what a citizen may type): letters, digits, - / . _
NUMBER_SHAPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9./_-]{0,39}")


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def request_status(request: Request, calendar: Calendar) -> dict[str, Any]:
    """One request as the tracker shows it; empty values are left out (short keys: it is downloaded)."""
    if request.received is None:
        return {}
    due = calendar.add(request.received, ANSWER_DAYS)
    record: dict[str, Any] = {"r": _iso(request.received), "d": _iso(due)}
    final_due = due
    if request.extended:
        final_due = calendar.add(due, EXTENSION_DAYS)
        record.update({"x": _iso(request.extension), "xd": _iso(final_due)})
    if request.answered:
        record.update({"a": _iso(request.answered), "h": request.outcome})
        if request.answered > final_due:
            record["late"] = 1
    if request.objection:
        record["k"] = 1
        if request.objection_received:
            record.update({"kr": _iso(request.objection_received),
                           "kd": _iso(calendar.add(request.objection_received, OBJECTION_ANSWER_DAYS))})
        if request.objection_outcome:
            record["kh"] = request.objection_outcome
    if request.dispute:
        record["s"] = 1
        if request.dispute_outcome:
            record["sh"] = request.dispute_outcome
    return {key: value for key, value in record.items() if value not in ("", None)}


def tracker_data(register: Register, calendar: Calendar) -> dict[str, Any]:
    """``{"requests": {number: status}}`` for every request with a valid number and date received."""
    requests: dict[str, dict[str, Any]] = {}
    for request in sorted(register.requests, key=lambda item: item.id):
        status = request_status(request, calendar)
        if status and NUMBER_SHAPE.fullmatch(request.id):
            requests[request.id.upper()] = status
    return {"requests": requests}
