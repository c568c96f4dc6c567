"""A CSV file as the pre-flight reads it, and what the pre-flight concluded: the records
shared by the pre-flight, header and column checks."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.model import Problem


@dataclass(frozen=True)
class Table:
    """A CSV file read as plain text records, with the physical line of each record."""

    header: list[str]
    rows: list[list[str]]
    lines: list[int]  # physical line (1-based) where each data row starts


@dataclass
class Verdict:
    """What the pre-flight found, and whether Frictionless should still read the file."""

    problems: list[Problem] = field(default_factory=list)
    runnable: bool = True
    explained: set[tuple[str, int]] = field(default_factory=set)  # (field, row) of type errors we replace
    labels_explained: set[str] = field(default_factory=set)
    table: Table | None = None

    def stop(self, problem: Problem) -> Verdict:
        self.problems.append(problem)
        self.runnable = False
        return self
