"""Validation stage: Frictionless for the data, our checks for the rest.

Returns every problem found, sorted; never prints and never stops at the first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from generator.checks import catalog as catalog_checks
from generator.checks import dip as dip_checks
from generator.checks import metadata
from generator.fx import validate_package, validate_table
from generator.load import DIP_FILE, PROFILE_FILE
from generator.model import Dataset, Problem, Project, Resource, Severity
from generator.remote import check_large_file, is_remote, verify_remote
from generator.schemas import dip_schema
from generator.settings import Settings


def validate_project(project: Project, settings: Settings) -> list[Problem]:
    problems: list[Problem] = []
    for check in _checks(project, settings):
        problems.extend(_guarded(check))
    return sort_problems(problems)


Check = tuple[str, Callable[[], Iterable[Problem]]]


def _checks(project: Project, settings: Settings) -> Iterable[Check]:
    yield PROFILE_FILE, partial(metadata.check_profile, project.profile, PROFILE_FILE)
    yield PROFILE_FILE, partial(catalog_checks.check_site_url, project.profile, PROFILE_FILE)
    yield DIP_FILE, partial(_check_dip, project, settings)
    yield "datasets", partial(metadata.check_unique_names, project.datasets)
    for dataset in project.datasets:
        yield dataset.descriptor_file, partial(metadata.check_dataset, dataset)
        yield dataset.descriptor_file, partial(catalog_checks.check_region_code, dataset)
        yield dataset.descriptor_file, partial(_check_data, dataset, settings.root)
        for resource in dataset.resources:
            yield dataset.descriptor_file, partial(_check_size, resource, dataset, settings)


def _guarded(check: Check) -> list[Problem]:
    """Run one check; an unexpected exception becomes one internal-error problem."""
    file, run = check
    try:
        return list(run())
    except Exception as exc:
        return [Problem("internal-error", file, params=(("detail", f"{type(exc).__name__}: {exc}"),))]


def _check_dip(project: Project, settings: Settings) -> Iterator[Problem]:
    path = settings.root / DIP_FILE
    if path.is_file():
        yield from validate_table(path, dip_schema(), file=DIP_FILE)
    names = set(project.dataset_folders)
    for entry in project.dip:
        yield from dip_checks.check_exclusions(entry, DIP_FILE)
        yield from dip_checks.check_links(entry, DIP_FILE, datasets=names,
                                          content_dir=settings.content_dir)


def _check_data(dataset: Dataset, root: Path) -> list[Problem]:
    """Frictionless over the resources that loaded safely and declare a schema."""
    loaded = {resource.name for resource in dataset.resources if not is_remote(resource)}
    resources: list[dict[str, Any]] = [
        raw for raw in dataset.descriptor.get("resources") or []
        if isinstance(raw, dict) and str(raw.get("name")) in loaded
        and isinstance(raw.get("schema"), dict) and raw["schema"].get("fields")
    ]
    if not resources:
        return []
    descriptor = {**dataset.descriptor, "resources": resources}
    return validate_package(descriptor, root / dataset.folder, rel=dataset.folder,
                            descriptor_file=dataset.descriptor_file)


def _check_size(resource: Resource, dataset: Dataset, settings: Settings) -> Iterator[Problem]:
    """Local files over the threshold should move out of git; remote files are verified."""
    if is_remote(resource):
        yield from verify_remote(resource, descriptor_file=dataset.descriptor_file)
    else:
        yield from check_large_file(resource, limit=settings.large_file_bytes)


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    return sorted(set(problems), key=lambda problem: problem.sort_key)


def has_errors(problems: Iterable[Problem], *, strict: bool = False) -> bool:
    return any(problem.severity is Severity.ERROR or strict for problem in problems)
