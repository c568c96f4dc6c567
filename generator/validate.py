"""Validation stage: Frictionless for the data, our checks for the rest.

Returns every problem found, sorted; never prints and never stops at the first. The checks
that read data files run as units (units.py): answered by the cache when their inputs are
unchanged, otherwise run, in worker processes when there are several. Project-wide checks
are cheap and always run.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial

from generator.cache import ProblemCache, prune
from generator.checks import catalog as catalog_checks
from generator.checks import dip as dip_checks
from generator.checks import files as file_checks
from generator.checks import injection, keys, keyspec, metadata, privacy, published_text
from generator.compliance.validation import check_compliance
from generator.load import DIP_FILE, PAGES_DIR, PROFILE_FILE
from generator.model import Problem, Project, Severity
from generator.remote import is_remote, verify_remote
from generator.settings import Settings
from generator.units import Check, Unit, guarded, in_shard, run_checks, units


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
    for unit, found in run_units(pending, jobs=settings.workers):
        if store and not any(problem.code == "internal-error" for problem in found):
            store.put(unit.key, found)
        problems.extend(found)
    problems.extend(run_checks(_uncached_checks(project, settings, contacts)))
    stats = ValidationStats(ran=tuple(sorted(unit.name for unit in pending)), cached=tuple(sorted(cached)))
    return sort_problems(problems), stats


def run_units(pending: list[Unit], *, jobs: int) -> Iterator[tuple[Unit, list[Problem]]]:
    """Each unit with its problems, in the order given; in ``jobs`` processes when worth it."""
    if jobs <= 1 or len(pending) <= 1:
        for unit in pending:
            yield unit, unit.task()
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(pending))) as pool:
        futures = [(unit, pool.submit(unit.task)) for unit in pending]
        for unit, future in futures:
            try:
                yield unit, future.result()
            except Exception as exc:  # a worker died (memory, signal): report it, keep the rest
                yield unit, [Problem("internal-error", unit.file, params=(
                    ("detail", f"{type(exc).__name__}: {exc}"),))]


def _uncached_checks(project: Project, settings: Settings, contacts: frozenset[str]) -> Iterator[Check]:
    """Remote checksums (never cached: the network may answer differently) and, in shard 1,
    the cheap project-wide checks."""
    for dataset in project.datasets:
        if in_shard(dataset.name, settings.shard):
            for resource in dataset.resources:
                if is_remote(resource):
                    yield dataset.descriptor_file, partial(verify_remote, resource,
                                                           descriptor_file=dataset.descriptor_file)
    if in_shard(None, settings.shard):
        yield from _project_checks(project, settings)


def _project_checks(project: Project, settings: Settings) -> Iterable[Check]:
    yield PROFILE_FILE, partial(metadata.check_profile, project.profile, PROFILE_FILE)
    yield PROFILE_FILE, partial(catalog_checks.check_site_url, project.profile, PROFILE_FILE)
    yield DIP_FILE, partial(_check_dip_entries, project, settings)
    yield "datasets", partial(metadata.check_unique_names, project.datasets)
    yield "content", partial(file_checks.check_files, settings)
    yield PROFILE_FILE, partial(keys.check_yaml_file, settings.root / PROFILE_FILE, keyspec.PROFILE,
                                file=PROFILE_FILE)
    yield "content", partial(injection.check_symlinks, settings.root)
    yield PROFILE_FILE, partial(injection.check_urls, project.profile, project.datasets, profile_file=PROFILE_FILE,
                                root=settings.root)
    contacts = privacy.public_contacts(project.profile, project.datasets)
    yield PROFILE_FILE, partial(published_text.check_site, settings.root, ignore=contacts)
    yield published_text.DIK_FILE, partial(published_text.check_dik, settings.root, ignore=contacts)
    yield PAGES_DIR, partial(published_text.check_other_pages, settings.root, ignore=contacts)
    yield from check_compliance(project, settings)


def _check_dip_entries(project: Project, settings: Settings) -> Iterator[Problem]:
    names = set(project.dataset_folders)
    for entry in project.dip:
        yield from dip_checks.check_exclusions(entry, DIP_FILE)
        yield from dip_checks.check_links(entry, DIP_FILE, datasets=names,
                                          content_dir=settings.content_dir)


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    return sorted(set(problems), key=lambda problem: problem.sort_key)


def has_errors(problems: Iterable[Problem], *, strict: bool = False) -> bool:
    return any(problem.severity is Severity.ERROR or strict for problem in problems)


__all__ = ["ValidationStats", "guarded", "has_errors", "sort_problems", "validate_project",
           "validate_with_stats"]
