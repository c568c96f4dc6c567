"""Data files through the gate: pre-flight first, then Frictionless on what can be read.

Frictionless stays the validator of the data; the pre-flight decides per file whether
it runs, and its column explanations replace the per-cell Frictionless errors they cover.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from generator.load.io.yamlio import as_list
from generator.model import Dataset, Problem
from generator.validate.checks.columns import check_columns
from generator.validate.checks.preflight import preflight
from generator.validate.checks.table import Verdict
from generator.validate.frictionless import validate_package, validate_table

LABEL_CODES = {"label-error", "missing-label", "extra-label"}


def check_table(path: Path, schema: dict[str, Any], *, file: str, max_bytes: int) -> list[Problem]:
    """One CSV file with its own schema (the DIP)."""
    verdict = inspect(path, schema=schema, dialect={}, file=file, max_bytes=max_bytes)
    if not verdict.runnable:
        return verdict.problems
    found = once_per_row(validate_table(path, schema, file=file, utf8=True))
    return with_lines(verdict.problems + keep(found, {file: verdict}), {file: verdict})


def check_package(dataset: Dataset, root: Path, *, max_bytes: int) -> list[Problem]:
    """Every loaded resource of a package that declares a schema."""
    # remote resources are verified by checksum (remote.verify_remote), never read here
    loaded = {resource.name: resource for resource in dataset.local_resources}
    verdicts: dict[str, Verdict] = {}
    resources: list[dict[str, Any]] = []
    for raw in as_list(dataset.descriptor.get("resources")):
        if not (isinstance(raw, dict) and str(raw.get("name")) in loaded
                and isinstance(raw.get("schema"), dict) and raw["schema"].get("fields")):
            continue
        resource = loaded[str(raw["name"])]
        dialect = raw["dialect"] if isinstance(raw.get("dialect"), dict) else {}
        verdict = inspect(root / resource.source, schema=raw["schema"], dialect=dialect,
                          file=resource.source, max_bytes=max_bytes)
        verdicts[resource.source] = verdict
        if verdict.runnable:
            resources.append(raw)
    problems = [problem for verdict in verdicts.values() for problem in verdict.problems]
    if not resources:
        return with_lines(problems, verdicts)
    descriptor = {**dataset.descriptor, "resources": resources}
    found = once_per_row(validate_package(descriptor, root / dataset.folder, rel=dataset.folder,
                                          descriptor_file=dataset.descriptor_file))
    return with_lines(problems + keep(found, verdicts), verdicts)


def inspect(path: Path, *, schema: dict[str, Any], dialect: dict[str, Any], file: str,
            max_bytes: int) -> Verdict:
    verdict = preflight(path, file=file, schema=schema, dialect=dialect, max_bytes=max_bytes)
    if verdict.runnable and verdict.table is not None:
        if not verdict.table.rows:
            return verdict.stop(Problem("no-data-rows", file, row=1))
        check_columns(verdict.table, schema=schema, file=file, verdict=verdict)
    return verdict


def with_lines(problems: list[Problem], verdicts: dict[str, Verdict]) -> list[Problem]:
    """Add the text line of a row where it differs (cells holding line breaks), for GitHub annotations."""
    located: list[Problem] = []
    for problem in problems:
        verdict = verdicts.get(problem.file)
        table = verdict.table if verdict else None
        row = problem.row
        if table is not None and row is not None and problem.line is None and 2 <= row < len(table.lines) + 2 \
                and table.lines[row - 2] != row:
            problem = replace(problem, line=table.lines[row - 2])
        located.append(problem)
    return located


def keep(found: list[Problem], verdicts: dict[str, Verdict]) -> list[Problem]:
    """The Frictionless problems that say something the pre-flight did not."""
    bad_cells = {(problem.field, problem.row) for problem in found if problem.code == "type-error"}
    empty = Verdict()
    return [problem for problem in found
            if not covered(problem, verdicts.get(problem.file, empty), bad_cells)]


def once_per_row(problems: list[Problem]) -> list[Problem]:
    """One extra-cell problem per row, however many cells are too many."""
    seen: set[tuple[str, int | None]] = set()
    kept: list[Problem] = []
    for problem in problems:
        if problem.code == "extra-cell":
            if (problem.file, problem.row) in seen:
                continue
            seen.add((problem.file, problem.row))
        kept.append(problem)
    return kept


def covered(problem: Problem, verdict: Verdict, bad_cells: set[tuple[str | None, int | None]]) -> bool:
    """A Frictionless problem already explained, better, by the pre-flight, or a follow-up of another.

    A primary key whose cell failed its type is reported by Frictionless as a key error too
    ("all None"); the type problem alone says what to fix.
    """
    if problem.code == "primary-key":
        return any((name, problem.row) in bad_cells or (name, problem.row) in verdict.explained
                   for name in (problem.field or "").split(", "))
    if problem.code in LABEL_CODES:
        return bool({problem.field, problem.value} & verdict.labels_explained)
    if problem.code == "type-error":
        return (problem.field, problem.row) in verdict.explained
    return False
