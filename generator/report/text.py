"""Turn problems into text for people (terminal) or JSON for programs. No printing here."""

from __future__ import annotations

import json
from collections.abc import Iterable
from itertools import groupby

from generator.i18n import N_
from generator.model import Problem, Severity
from generator.report.messages import cli, location, message, severity_label, truncate
from generator.validate.pii import redact

REPORT_VERSION = 1
COLOURS = {Severity.ERROR: "\033[31m", Severity.WARNING: "\033[33m"}
RESET, BOLD = "\033[0m", "\033[1m"

CLEAN = N_("Tidak ada masalah.")


def format_text(problems: Iterable[Problem], *, lang: str = "id", colour: bool = False) -> str:
    problems = list(problems)
    lines: list[str] = []
    for file, group in groupby(problems, key=lambda problem: problem.file):
        lines.append(f"{BOLD}{file}{RESET}" if colour else file)
        for problem in group:
            label = severity_label(problem, lang)
            if colour:
                label = f"{COLOURS[problem.severity]}{label}{RESET}"
            lines.append(f"  {label} [{problem.code}] {location(problem, lang)}")
            lines.append(f"    {message(problem, lang)}")
        lines.append("")
    lines.append(summary(problems, lang=lang))
    return "\n".join(lines)


def summary(problems: list[Problem], *, lang: str = "id") -> str:
    """``2 galat, 1 peringatan di 3 berkas.`` in ``lang``, with its plural forms."""
    translate = cli(lang)
    if not problems:
        return translate.gettext(CLEAN)
    errors = sum(1 for problem in problems if problem.severity is Severity.ERROR)
    warnings, files = len(problems) - errors, len({problem.file for problem in problems})
    _ = translate.gettext
    return _("{errors}, {warnings} di {files}.").format(
        errors=translate.ngettext("{count} galat", "{count} galat", errors).format(count=errors),
        warnings=translate.ngettext("{count} peringatan", "{count} peringatan", warnings).format(count=warnings),
        files=translate.ngettext("{count} berkas", "{count} berkas", files).format(count=files))


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
