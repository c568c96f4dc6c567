"""Turn problems into text for people (terminal) or JSON for programs. No printing here."""

from __future__ import annotations

import json
from collections.abc import Iterable
from itertools import groupby

from generator.model import Problem, Severity
from generator.report.messages import LOCATION_WORDS, location, message, truncate
from generator.validate.pii import redact

REPORT_VERSION = 1
COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m"}
RESET, BOLD = "\033[0m", "\033[1m"

SUMMARY = {
    "id": ("{errors} galat, {warnings} peringatan di {files} berkas.", "Tidak ada masalah."),
    "en": ("{errors} errors, {warnings} warnings in {files} files.", "No problems found."),
}


def format_text(problems: Iterable[Problem], *, lang: str = "id", colour: bool = False) -> str:
    problems = list(problems)
    words = LOCATION_WORDS.get(lang, LOCATION_WORDS["id"])
    lines: list[str] = []
    for file, group in groupby(problems, key=lambda problem: problem.file):
        lines.append(f"{BOLD}{file}{RESET}" if colour else file)
        for problem in group:
            label = words[problem.severity.value]
            if colour:
                label = f"{COLOURS[problem.severity]}{label}{RESET}"
            lines.append(f"  {label} [{problem.code}] {location(problem, lang)}")
            lines.append(f"    {message(problem, lang)}")
        lines.append("")
    lines.append(summary(problems, lang=lang))
    return "\n".join(lines)


def summary(problems: list[Problem], *, lang: str = "id") -> str:
    template, clean = SUMMARY.get(lang, SUMMARY["id"])
    if not problems:
        return clean
    errors = sum(1 for problem in problems if problem.severity is Severity.ERROR)
    return template.format(errors=errors, warnings=len(problems) - errors,
                           files=len({problem.file for problem in problems}))


def as_record(problem: Problem, *, lang: str = "id") -> dict[str, object]:
    return {
        "code": problem.code, "severity": problem.severity.value, "file": problem.file,
        "row": problem.row, "line": problem.line, "field": problem.field,
        "value": None if problem.value is None else truncate(redact(problem.value)),
        "message": message(problem, lang),
    }


def format_json(problems: Iterable[Problem], *, lang: str = "id") -> str:
    records = [as_record(problem, lang=lang) for problem in problems]
    errors = sum(1 for record in records if record["severity"] == "error")
    document = {"version": REPORT_VERSION, "errors": errors, "warnings": len(records) - errors,
                "problems": records}
    return json.dumps(document, ensure_ascii=False, indent=2)
