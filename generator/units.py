"""Validation units: groups of checks that read known files, so their results can be cached.

One unit per dataset (every per-dataset check), one for the DIP table, one per page. A unit's
key names everything its result depends on (cache.unit_key); its task is a picklable call,
so units also run in worker processes. Shards split the datasets by a stable hash of their
folder name; everything else belongs to shard 1.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from generator.cache import file_digest, unit_key
from generator.checks import catalog as catalog_checks
from generator.checks import injection, keys, keyspec, metadata, privacy, published_text
from generator.checks.datafiles import check_package, check_table
from generator.compliance.wilayah import EXTRA_FILE, check_region_codes
from generator.csvfile import csv_header, table_rows
from generator.limits import check_csv_file, check_markdown, too_complex
from generator.load import DIP_FILE, PAGES_DIR
from generator.model import Dataset, Page, Problem, Project
from generator.schemas import dip_schema_for
from generator.settings import Settings
from generator.views import check_views

Check = tuple[str, Callable[[], Iterable[Problem]]]
Shard = tuple[int, int]  # (K, N): the K-th of N shards, counted from 1


@dataclass(frozen=True)
class Unit:
    name: str  # "dataset:<folder>", "dip", "page:<file>"
    key: str
    task: Callable[[], list[Problem]]
    file: str  # where an internal error of the whole unit is reported
    dataset: str | None = None  # the dataset folder it belongs to (None: shard 1)


def shard_of(dataset: str | None, count: int) -> int:
    """The shard (1..count) of a dataset folder name; project-wide work is shard 1."""
    if dataset is None:
        return 1
    return int(hashlib.sha256(dataset.encode()).hexdigest(), 16) % count + 1


def in_shard(dataset: str | None, shard: Shard | None) -> bool:
    return shard is None or shard_of(dataset, shard[1]) == shard[0]


def dataset_of(file: str) -> str | None:
    """The dataset folder a repository file lies in (``datasets/<folder>/...``), if any."""
    parts = file.split("/")
    return parts[1] if len(parts) > 2 and parts[0] == "datasets" else None


def guarded(check: Check) -> list[Problem]:
    """Run one check; an unexpected exception becomes one internal-error problem."""
    file, run = check
    try:
        return list(run())
    except (RecursionError, MemoryError) as exc:
        return [too_complex(file, exc)]
    except Exception as exc:
        return [Problem("internal-error", file, params=(("detail", f"{type(exc).__name__}: {exc}"),))]


def run_checks(checks: Iterable[Check]) -> list[Problem]:
    return [problem for check in checks for problem in guarded(check)]


def units(project: Project, settings: Settings, contacts: frozenset[str]) -> list[Unit]:
    region_codes = file_digest(settings.root / EXTRA_FILE)
    found = [dataset_unit(dataset, settings, contacts, region_codes=region_codes) for dataset in project.datasets]
    if (settings.root / DIP_FILE).is_file():
        found.append(dip_unit(settings, contacts))
    found += page_units(project, settings, contacts)
    return found


def _common(settings: Settings, contacts: frozenset[str]) -> dict[str, object]:
    return {"max_bytes": settings.max_bytes, "contacts": sorted(contacts)}


def dataset_unit(dataset: Dataset, settings: Settings, contacts: frozenset[str], *, region_codes: str) -> Unit:
    """Every per-dataset check; keyed by the descriptor's and the local data files' bytes."""
    material = {**_common(settings, contacts),
                "descriptor": [dataset.descriptor_file, file_digest(settings.root / dataset.descriptor_file)],
                "resources": [[resource.source, resource.sha256] for resource in dataset.local_resources],
                "region_codes": region_codes}  # the digest of content/wilayah-tambahan.csv
    return Unit(f"dataset:{dataset.name}", unit_key("dataset", material),
                partial(check_dataset_unit, dataset, settings, contacts), dataset.descriptor_file,
                dataset=dataset.name)


def check_dataset_unit(dataset: Dataset, settings: Settings, contacts: frozenset[str]) -> list[Problem]:
    bounded = run_checks([(dataset.descriptor_file, partial(_data_bounds, dataset, settings))])
    if bounded:  # a data file over the limits: no check reads the data (each would take minutes)
        return bounded + run_checks([(dataset.descriptor_file, partial(metadata.check_dataset, dataset))])
    return run_checks(_dataset_checks(dataset, settings, contacts))


def _data_bounds(dataset: Dataset, settings: Settings) -> Iterator[Problem]:
    for resource in dataset.local_resources:
        path = settings.root / resource.source
        if path.is_file() and path.stat().st_size <= settings.max_bytes:
            dialect = resource.descriptor.get("dialect")
            delimiter = str(dialect.get("delimiter") or ",")[:1] if isinstance(dialect, dict) else ","
            yield from check_csv_file(path, delimiter=delimiter, file=resource.source)


def _dataset_checks(dataset: Dataset, settings: Settings, contacts: frozenset[str]) -> Iterator[Check]:
    file, root = dataset.descriptor_file, settings.root
    yield file, partial(metadata.check_dataset, dataset)
    yield file, partial(keys.check_yaml_file, root / file, keyspec.PACKAGE, file=file)
    yield file, partial(check_package, dataset, root, max_bytes=settings.max_bytes)
    yield file, partial(catalog_checks.check_region_code, dataset)
    yield file, partial(check_views, dataset)
    yield file, partial(privacy.check_dataset, dataset, root, ignore=contacts)
    yield file, partial(published_text.check_descriptor, dataset, root, ignore=contacts)
    yield file, partial(injection.check_dataset_formulas, dataset, root)
    yield file, partial(check_region_codes, dataset, root)


def dip_unit(settings: Settings, contacts: frozenset[str]) -> Unit:
    """The DIP table against its schema, and scanned for personal data and formulas."""
    material = {**_common(settings, contacts), "dip": file_digest(settings.root / DIP_FILE)}
    return Unit("dip", unit_key("dip", material), partial(check_dip_unit, settings, contacts), DIP_FILE)


def check_dip_unit(settings: Settings, contacts: frozenset[str]) -> list[Problem]:
    bounded = check_csv_file(settings.root / DIP_FILE, file=DIP_FILE)
    return bounded or run_checks(_dip_checks(settings, contacts))


def _dip_checks(settings: Settings, contacts: frozenset[str]) -> Iterator[Check]:
    path = settings.root / DIP_FILE
    yield DIP_FILE, lambda: check_table(path, dip_schema_for(csv_header(path)), file=DIP_FILE,
                                        max_bytes=settings.max_bytes)
    yield DIP_FILE, lambda: privacy.check_table(table_rows(path), file=DIP_FILE, ignore=contacts)
    yield DIP_FILE, lambda: injection.check_formulas(table_rows(path), file=DIP_FILE, text_columns=None)


def page_units(project: Project, settings: Settings, contacts: frozenset[str]) -> list[Unit]:
    loaded = {page.source: page for page in project.pages}
    found: list[Unit] = []
    for path in sorted((settings.root / PAGES_DIR).glob("*.md")):
        file = f"{PAGES_DIR}/{path.name}"
        material = {**_common(settings, contacts), "page": [file, file_digest(path)]}
        found.append(Unit(f"page:{file}", unit_key("page", material),
                          partial(check_page_unit, file, loaded.get(file), settings, contacts), file))
    return found


def check_page_unit(file: str, page: Page | None, settings: Settings,
                    contacts: frozenset[str]) -> list[Problem]:
    bounded = _page_bounds(settings.root / file, file=file)
    if bounded:  # Python-Markdown is quadratic on such a page: no other check reads it
        return bounded
    checks: list[Check] = [(file, partial(keys.check_page, settings.root / file, file=file))]
    if page is not None:
        checks.append((file, partial(privacy.check_page, page, settings.root, ignore=contacts)))
        checks.append((file, partial(injection.check_page_html, page)))
    return run_checks(checks)


def _page_bounds(path: Path, *, file: str) -> list[Problem]:
    try:
        return check_markdown(path.read_text(encoding="utf-8-sig"), file=file)
    except (OSError, UnicodeDecodeError):
        return []  # reported by the loader as file-unreadable
