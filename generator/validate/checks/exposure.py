"""How sure a single personal-data finding in free text is, and the texts that are not tables.

A table column where most cells hold personal data is judged in ``checks/privacy.py``.
Everywhere else (one cell of free text, a line of a page, a string of a YAML file) a
finding stands alone, and its kind decides: a NIK/KK or an NPWP is an error (the
checksum or kecamatan code and date make the match confident, and one number is
enough to identify a person under UU 27/2022); an e-mail address at a free-mail
provider belongs to a person, also an error; a mobile number or an office e-mail is
a warning, because bodies publish the contacts of their officials. Values are masked.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.model import Problem, Severity
from generator.validate import pii

# Keys whose values are never published as text, or are code, not prose.
SKIPPED_KEYS = frozenset({"path", "hash", "bytes", "pattern", "$schema", "profile", "personal_data_allowed",
                          "format", "mediatype", "encoding", "type"})


def single_finding(finding: pii.Finding, *, file: str, row: int | None = None, line: int | None = None,
                   field: str | None = None, count: int = 1) -> Problem:
    """The problem of one finding in free text: an error when it is an ID number or a private address."""
    located: dict[str, Any] = {"row": row, "line": line, "field": field, "value": finding.masked}
    if finding.kind == pii.NIK:
        return Problem("personal-data-nik", file, **located, params=(("count", str(count)),))
    if finding.kind == pii.NPWP:
        return Problem("personal-data-npwp", file, **located, params=(("count", str(count)),))
    if finding.kind == pii.EMAIL and pii.is_private_email(finding.text):
        return Problem("personal-data-private-email", file, **located, params=(("count", str(count)),))
    return Problem("personal-data-possible", file, severity=Severity.WARNING, **located,
                   params=(("kind", pii.KIND_LABELS[finding.kind]), ("count", str(count))))


def check_lines(text: str, *, file: str, ignore: frozenset[str], first_line: int = 1) -> Iterator[Problem]:
    """Every finding of a text file (a Markdown page with its front matter), by line."""
    for number, line in enumerate(text.splitlines(), start=first_line):
        for finding in pii.find(line, ignore=ignore):
            yield single_finding(finding, file=file, line=number)


def check_yaml_data(data: Any, source: str, *, file: str, ignore: frozenset[str]) -> Iterator[Problem]:
    """Every string (and number) of a parsed YAML file; located by key path and source line."""
    lines = source.splitlines()
    for path, value in strings(data):
        for finding in pii.find(value, ignore=ignore):
            yield single_finding(finding, file=file, line=_line_of(lines, finding.text), field=path)


def strings(data: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """(key path, text) of every scalar in ``data``: ``resources[0].schema.fields[2].description``."""
    stack: list[tuple[str, Any]] = [(path, data)]
    while stack:  # iterative: a deep file must not exhaust the call stack
        where, node = stack.pop()
        if isinstance(node, dict):
            stack.extend((f"{where}.{key}" if where else str(key), value)
                         for key, value in reversed(list(node.items())) if str(key) not in SKIPPED_KEYS)
        elif isinstance(node, list):
            stack.extend((f"{where}[{index}]", value) for index, value in reversed(list(enumerate(node))))
        elif isinstance(node, (str, int)) and not isinstance(node, bool):
            yield where, str(node)


def _line_of(lines: list[str], text: str) -> int | None:
    return next((number for number, line in enumerate(lines, start=1) if text in line), None)
