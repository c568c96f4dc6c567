"""Validation stage: Frictionless for the data, our checks for the rest.

Returns every problem found, sorted; never prints and never stops at the first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial

from generator.checks import catalog as catalog_checks
from generator.checks import dip as dip_checks
from generator.checks import files as file_checks
from generator.checks import injection, keys, keyspec, metadata, privacy
from generator.checks.datafiles import check_package, check_table
from generator.compliance.validation import check_compliance
from generator.csvfile import csv_header, table_rows
from generator.load import DIP_FILE, PAGES_DIR, PROFILE_FILE
from generator.model import Problem, Project, Severity
from generator.remote import is_remote, verify_remote
from generator.schemas import dip_schema_for
from generator.settings import Settings
from generator.views import check_views


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
    yield "content", partial(file_checks.check_files, settings)
    yield PROFILE_FILE, partial(keys.check_yaml_file, settings.root / PROFILE_FILE, keyspec.PROFILE,
                                file=PROFILE_FILE)
    for page in sorted((settings.root / PAGES_DIR).glob("*.md")):
        yield f"{PAGES_DIR}/{page.name}", partial(keys.check_page, page, file=f"{PAGES_DIR}/{page.name}")
    for dataset in project.datasets:
        yield dataset.descriptor_file, partial(metadata.check_dataset, dataset)
        yield dataset.descriptor_file, partial(keys.check_yaml_file, settings.root / dataset.descriptor_file,
                                               keyspec.PACKAGE, file=dataset.descriptor_file)
        yield dataset.descriptor_file, partial(check_package, dataset, settings.root,
                                               max_bytes=settings.max_bytes)
        yield dataset.descriptor_file, partial(catalog_checks.check_region_code, dataset)
        yield dataset.descriptor_file, partial(check_views, dataset)
        for resource in dataset.resources:
            if is_remote(resource):
                yield dataset.descriptor_file, partial(verify_remote, resource,
                                                       descriptor_file=dataset.descriptor_file)
    yield from _safety_checks(project, settings)
    yield from check_compliance(project, settings)


def _safety_checks(project: Project, settings: Settings) -> Iterable[Check]:
    """Personal data, injection and symbolic links (checks/privacy.py, checks/injection.py)."""
    contacts = privacy.public_contacts(project.profile, project.datasets)
    yield "content", partial(injection.check_symlinks, settings.root)
    yield PROFILE_FILE, partial(injection.check_urls, project.profile, project.datasets, profile_file=PROFILE_FILE,
                                root=settings.root)
    yield DIP_FILE, partial(_check_dip_safety, settings, contacts)
    for page in project.pages:
        yield page.source, partial(privacy.check_page, page, settings.root, ignore=contacts)
        yield page.source, partial(injection.check_page_html, page)
    for dataset in project.datasets:
        yield dataset.descriptor_file, partial(privacy.check_dataset, dataset, settings.root,
                                               ignore=contacts)
        yield dataset.descriptor_file, partial(injection.check_dataset_formulas, dataset, settings.root)


def _check_dip_safety(settings: Settings, contacts: frozenset[str]) -> Iterator[Problem]:
    path = settings.root / DIP_FILE
    if path.is_file():
        yield from privacy.check_table(table_rows(path), file=DIP_FILE, ignore=contacts)
        yield from injection.check_formulas(table_rows(path), file=DIP_FILE, text_columns=None)


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
        yield from check_table(path, dip_schema_for(csv_header(path)), file=DIP_FILE, max_bytes=settings.max_bytes)
    names = set(project.dataset_folders)
    for entry in project.dip:
        yield from dip_checks.check_exclusions(entry, DIP_FILE)
        yield from dip_checks.check_links(entry, DIP_FILE, datasets=names,
                                          content_dir=settings.content_dir)


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    return sorted(set(problems), key=lambda problem: problem.sort_key)


def has_errors(problems: Iterable[Problem], *, strict: bool = False) -> bool:
    return any(problem.severity is Severity.ERROR or strict for problem in problems)
