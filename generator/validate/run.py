"""Validation stage: Frictionless for the data, our checks for the rest.

Returns every problem found, sorted; never prints and never stops at the first. The checks
that read data files run as units (units.py): answered by the cache when their inputs are
unchanged, otherwise run, in worker processes when there are several. Project-wide checks
are cheap and always run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass

from generator.cache import ProblemCache, prune
from generator.load.project import PROFILE_FILE
from generator.model import Problem, Project, Severity
from generator.settings import Settings
from generator.validate.checks import privacy
from generator.validate.registry import Context, run_scope
from generator.validate.units import Unit, in_shard, units


@dataclass(frozen=True)
class ValidationStats:
    """Which cacheable units were run and which the cache answered (sorted unit names)."""

    ran: tuple[str, ...] = ()
    cached: tuple[str, ...] = ()


def validate_project(project: Project, settings: Settings) -> list[Problem]:
    return validate_with_stats(project, settings)[0]


def validate_with_stats(project: Project, settings: Settings) -> tuple[list[Problem], ValidationStats]:
    contacts = privacy.public_contacts(project.profile, project.datasets)
    store = ProblemCache(settings.cache_dir) if settings.cache else None
    problems: list[Problem] = []
    cached: list[str] = []
    pending: list[Unit] = []
    every = units(project, settings, contacts)
    if store and settings.shard is None:  # a full run knows every result still needed
        prune(store.folder, {unit.key for unit in every})
    for unit in every:
        if not in_shard(unit.dataset, settings.shard):
            continue
        found = store.get(unit.key) if store else None
        if found is None:
            pending.append(unit)
        else:
            cached.append(unit.name)
            problems.extend(found)
    project_wide: list[Problem] = []

    def meanwhile() -> None:  # in this process, while the worker processes run the units
        project_wide.extend(_uncached_problems(project, settings, contacts))

    for unit, found in run_units(pending, jobs=settings.workers, meanwhile=meanwhile):
        if store and not any(problem.code == "internal-error" for problem in found):
            store.put(unit.key, found)
        problems.extend(found)
    problems.extend(project_wide)
    stats = ValidationStats(ran=tuple(sorted(unit.name for unit in pending)), cached=tuple(sorted(cached)))
    return sort_problems(problems), stats


def run_units(pending: list[Unit], *, jobs: int,
              meanwhile: Callable[[], None] = lambda: None) -> Iterator[tuple[Unit, list[Problem]]]:
    """Each unit with its problems, in the order given; in ``jobs`` processes when worth it.

    The heaviest units (by the bytes they read) are started first, so a large one (the DIP
    table) does not run alone at the end. ``meanwhile`` runs once in this process: while the
    workers run the units, or after the units when they run here.
    """
    if jobs <= 1 or len(pending) <= 1:
        for unit in pending:
            yield unit, unit.task()
        meanwhile()
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(pending))) as pool:
        futures: dict[int, Future[list[Problem]]] = {}
        for index in sorted(range(len(pending)), key=lambda index: -pending[index].weight):
            futures[index] = pool.submit(pending[index].task)
        meanwhile()
        for index, unit in enumerate(pending):
            try:
                yield unit, futures[index].result()
            except Exception as exc:  # a worker died (memory, signal): report it, keep the rest
                yield unit, [Problem("internal-error", unit.file, params=(
                    ("detail", f"{type(exc).__name__}: {exc}"),))]


def _uncached_problems(project: Project, settings: Settings, contacts: frozenset[str]) -> list[Problem]:
    """Remote checksums (never cached: the network may answer differently) and, in shard 1,
    the cheap project-wide checks."""
    context = Context(settings.root, settings, contacts)
    problems: list[Problem] = []
    for dataset in project.datasets:
        if in_shard(dataset.name, settings.shard):
            problems += run_scope("remote", dataset, context, file=dataset.descriptor_file)
    if in_shard(None, settings.shard):
        problems += run_scope("project", project, context, file=PROFILE_FILE)
    return problems


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    return sorted(set(problems), key=lambda problem: problem.sort_key)


def has_errors(problems: Iterable[Problem], *, strict: bool = False) -> bool:
    return any(problem.severity is Severity.ERROR or strict for problem in problems)


__all__ = ["ValidationStats", "has_errors", "sort_problems", "validate_project", "validate_with_stats"]
