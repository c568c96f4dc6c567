"""Every check of ``validate``, registered once, with what its result depends on.

A check has a scope (what it looks at: a dataset, the DIP table, a staff page, or the whole
project) and declares what it reads besides its subject: repository files, settings, the
site's public contacts. A scope's cache key (units.py) is made of its subject's files and of
what its checks declare, so a check that starts reading a new file says so here, or its
cached results would go stale; tests/test_registry.py watches every file a check opens and
fails on one that is not declared.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.compliance.wilayah import EXTRA_FILE, check_region_codes
from generator.load.io.csvfile import csv_header
from generator.load.io.limits import check_csv_file, check_markdown, too_complex
from generator.load.project import DIP_FILE, PAGES_DIR, PROFILE_FILE, translation_dirs
from generator.load.remote import is_remote, verify_remote
from generator.load.views import check_views
from generator.model import Dataset, Page, Problem, Project
from generator.schemas import dip_schema_for
from generator.settings import Settings
from generator.validate.checks import catalog as catalog_checks
from generator.validate.checks import dip as dip_checks
from generator.validate.checks import (
    documents,
    engine_config,
    forms,
    injection,
    keys,
    keyspec,
    metadata,
    privacy,
    published,
    published_text,
    urls,
)
from generator.validate.checks import files as file_checks
from generator.validate.checks.compliance import check_compliance
from generator.validate.checks.datafiles import check_package, check_table
from generator.validate.tables import read_columns

SCOPES = ("dataset", "dip", "page", "project", "remote")


@dataclass(frozen=True)
class Context:
    """What every check may use: the repository, the run's settings, the public contacts
    (addresses the site publishes on purpose, never personal data)."""

    root: Path
    settings: Settings
    contacts: frozenset[str]


@dataclass(frozen=True)
class CheckSpec:
    """One check. ``run(subject, context)`` yields problems; ``file`` names where a crash of
    the check is reported when the subject does not say. ``reads`` are repository files
    (besides the subject's own) and ``settings`` the Settings attributes its result depends on."""

    name: str
    scope: str
    run: Callable[[Any, Context], Iterable[Problem]]
    reads: tuple[str, ...] = ()
    settings: tuple[str, ...] = ()
    contacts: bool = False
    gate: bool = False  # bounds checked first: when it finds a problem, only ``bounded`` checks run
    bounded: bool = False  # reads nothing a gate guards (e.g. only the parsed descriptor)


def _dataset(name: str, run: Callable[[Dataset, Context], Iterable[Problem]], **needs: Any) -> CheckSpec:
    return CheckSpec(name, "dataset", run, **needs)


def _dip(name: str, run: Callable[[Path, Context], Iterable[Problem]], **needs: Any) -> CheckSpec:
    return CheckSpec(name, "dip", run, **needs)


def _page(name: str, run: Callable[[tuple[str, Page | None], Context], Iterable[Problem]],
          **needs: Any) -> CheckSpec:
    return CheckSpec(name, "page", run, **needs)


def _project(name: str, run: Callable[[Project, Context], Iterable[Problem]]) -> CheckSpec:
    return CheckSpec(name, "project", run)


def _descriptor_keys(dataset: Dataset, context: Context) -> Iterable[Problem]:
    file = dataset.descriptor_file  # loaded: parsed within the YAML bounds
    return keys.check_yaml_file(context.root / file, keyspec.PACKAGE, file=file, bounded=True)


def _dip_table(path: Path, context: Context) -> Iterable[Problem]:
    return check_table(path, dip_schema_for(csv_header(path)), file=DIP_FILE, max_bytes=context.settings.max_bytes)


def _page_keys(subject: tuple[str, Page | None], context: Context) -> Iterable[Problem]:
    file, _page_record = subject
    return keys.check_page(context.root / file, file=file)


def _page_privacy(subject: tuple[str, Page | None], context: Context) -> Iterable[Problem]:
    page = subject[1]
    return privacy.check_page(page, context.root, ignore=context.contacts) if page else ()


def _page_html(subject: tuple[str, Page | None], context: Context) -> Iterable[Problem]:
    page = subject[1]
    return injection.check_page_html(page) if page else ()


def _dip_entries(project: Project, context: Context) -> Iterator[Problem]:
    names = set(project.dataset_folders)
    for entry in project.dip:
        yield from dip_checks.check_exclusions(entry, DIP_FILE)
        yield from dip_checks.check_dataset_link(entry, DIP_FILE, datasets=names)
        yield from documents.check_entry(entry, context.settings, file=DIP_FILE)


def _compliance(project: Project, context: Context) -> Iterator[Problem]:
    for file, run in check_compliance(project, context.settings):
        yield from guarded(file, run)


def _page_links(subject: tuple[str, Page | None], context: Context) -> Iterable[Problem]:
    page = subject[1]
    return urls.check_page_links(page) if page else ()


def _documents(project: Project, context: Context) -> Iterator[Problem]:
    """What is inside the DIP's documents; each file is read once, then answered by its SHA-256."""
    yield from documents.check_contents(project, context.settings, contacts=context.contacts)
    yield from documents.check_unlisted(project, context.settings)
    yield from documents.check_register(project, context.settings)


def _page_files(_project: Project, context: Context) -> Iterator[Problem]:
    yield from published.check_page_files(context.root / PAGES_DIR, context.root)
    for folder in translation_dirs(context.settings):
        yield from published.check_page_files(context.root / folder, context.root, english=True)


def _data_bounds(dataset: Dataset, context: Context) -> Iterator[Problem]:
    """Columns and line length of each local data file, in linear time, before any parser."""
    for resource in dataset.local_resources:
        path = context.root / resource.source
        if path.is_file() and path.stat().st_size <= context.settings.max_bytes:
            dialect = resource.descriptor.get("dialect")
            delimiter = str(dialect.get("delimiter") or ",")[:1] if isinstance(dialect, dict) else ","
            yield from check_csv_file(path, delimiter=delimiter, file=resource.source)


def _page_bounds(subject: tuple[str, Page | None], context: Context) -> list[Problem]:
    file = subject[0]
    try:
        return check_markdown((context.root / file).read_text(encoding="utf-8-sig"), file=file)
    except (OSError, UnicodeDecodeError):
        return []  # reported by the loader as file-unreadable


def _remote(dataset: Dataset, context: Context) -> Iterator[Problem]:
    for resource in dataset.resources:
        if is_remote(resource):
            yield from verify_remote(resource, descriptor_file=dataset.descriptor_file)


REGISTRY: tuple[CheckSpec, ...] = (
    # one validation unit per dataset: its descriptor and local data files are its subject
    _dataset("data-bounds", _data_bounds, settings=("max_bytes",), gate=True),
    _dataset("metadata", lambda dataset, _context: metadata.check_dataset(dataset), bounded=True),
    _dataset("descriptor-keys", _descriptor_keys),
    _dataset("data-files", lambda dataset, context: check_package(dataset, context.root,
                                                                 max_bytes=context.settings.max_bytes),
             settings=("max_bytes",)),
    _dataset("region-code", lambda dataset, _context: catalog_checks.check_region_code(dataset)),
    _dataset("views", lambda dataset, _context: check_views(dataset)),
    _dataset("personal-data", lambda dataset, context: privacy.check_dataset(dataset, context.root,
                                                                             ignore=context.contacts),
             contacts=True),
    _dataset("descriptor-text", lambda dataset, context: published_text.check_descriptor(
        dataset, context.root, ignore=context.contacts), contacts=True),
    _dataset("formulas", lambda dataset, context: injection.check_dataset_formulas(dataset, context.root)),
    _dataset("region-codes-known", lambda dataset, context: check_region_codes(dataset, context.root),
             reads=(EXTRA_FILE,)),
    _dataset("published-files", lambda dataset, context: published.check_resources(dataset, context.root)),
    # the DIP table (content/dip.csv) against its schema, scanned for personal data and formulas
    _dip("dip-bounds", lambda path, _context: check_csv_file(path, file=DIP_FILE), gate=True),
    _dip("dip-table", _dip_table, settings=("max_bytes",)),
    _dip("dip-personal-data", lambda path, context: privacy.check_columns(read_columns(path), file=DIP_FILE,
                                                                         ignore=context.contacts),
         contacts=True),
    _dip("dip-formulas", lambda path, _context: injection.check_formulas(read_columns(path), file=DIP_FILE)),
    # one unit per staff page (content/pages/*.md)
    _page("page-bounds", _page_bounds, gate=True),
    _page("page-keys", _page_keys),
    _page("page-personal-data", _page_privacy, contacts=True),
    _page("page-html", _page_html),
    _page("page-links", _page_links),
    # project-wide checks: cheap, never cached
    _project("profile", lambda project, _context: metadata.check_profile(project.profile, PROFILE_FILE)),
    _project("site-url", lambda project, _context: catalog_checks.check_site_url(project.profile, PROFILE_FILE)),
    _project("forms-contacts", lambda project, _context: forms.check_forms_contacts(project.profile,
                                                                                   PROFILE_FILE)),
    _project("dip-entries", _dip_entries),
    _project("unique-names", lambda project, _context: metadata.check_unique_names(project.datasets)),
    _project("file-sizes", lambda _project, context: file_checks.check_files(context.settings)),
    _project("profile-keys", lambda _project, context: keys.check_yaml_file(
        context.root / PROFILE_FILE, keyspec.PROFILE, file=PROFILE_FILE)),
    _project("symlinks", lambda _project, context: injection.check_symlinks(context.root)),
    _project("urls", lambda project, context: injection.check_urls(
        project.profile, project.datasets, profile_file=PROFILE_FILE, root=context.root)),
    _project("compliance", _compliance),
    # personal data in every other published text: site.yaml, dik.csv, pages in subfolders
    _project("site-text", lambda _project, context: published_text.check_site(context.root,
                                                                             ignore=context.contacts)),
    _project("dik-text", lambda _project, context: published_text.check_dik(context.root, ignore=context.contacts)),
    _project("other-pages", lambda _project, context: published_text.check_other_pages(
        context.root, ignore=context.contacts, checked=translation_dirs(context.settings))),
    # what may be published: site.yaml addresses and logo, DIP documents, page names, mkdocs.yml keys
    _project("profile-urls", lambda _project, context: urls.check_profile_urls(context.root / PROFILE_FILE,
                                                                               file=PROFILE_FILE)),
    _project("logo", lambda project, context: published.check_logo(project.profile, context.settings,
                                                                   file=PROFILE_FILE)),
    _project("documents", _documents),
    _project("images", lambda _project, context: documents.check_images(context.settings)),
    _project("page-files", _page_files),
    _project("engine-config", lambda _project, context: engine_config.check_engine_config(
        context.settings.engine_config)),
    # remote data files: verified on every run (the network may answer differently)
    CheckSpec("remote-checksums", "remote", _remote),
    _project("remote-documents", lambda project, _context: documents.verify_remote_documents(project)),
)


def checks_of(scope: str) -> tuple[CheckSpec, ...]:
    if scope not in SCOPES:
        raise ValueError(f"unknown scope {scope!r}")
    return tuple(spec for spec in REGISTRY if spec.scope == scope)


def guarded(file: str, run: Callable[[], Iterable[Problem]]) -> list[Problem]:
    """Run one check; an unexpected exception becomes one internal-error problem on ``file``."""
    try:
        return list(run())
    except (RecursionError, MemoryError) as exc:  # input too deep or too large for a parser
        return [too_complex(file, exc)]
    except Exception as exc:
        return [Problem("internal-error", file, params=(("detail", f"{type(exc).__name__}: {exc}"),))]


def run_scope(scope: str, subject: Any, context: Context, *, file: str) -> list[Problem]:
    """Every check of ``scope`` on ``subject``; each check's crash is reported on ``file``.

    The gates (input bounds) run first: when one finds a problem, only the checks that do not
    read what it guards run, since a parser on such input could take minutes.
    """
    specs = checks_of(scope)
    found = [problem for spec in specs if spec.gate for problem in _run(spec, subject, context, file)]
    chosen = [spec for spec in specs if not spec.gate and (spec.bounded or not found)]
    return found + [problem for spec in chosen for problem in _run(spec, subject, context, file)]


def _run(spec: CheckSpec, subject: Any, context: Context, file: str) -> list[Problem]:
    return guarded(file, lambda: spec.run(subject, context))
