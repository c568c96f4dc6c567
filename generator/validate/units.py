"""Validation units: groups of checks that read known files, so their results can be cached.

One unit per dataset, one for the DIP table, one per staff page, each running the checks of
its scope in the registry (registry.py). A unit's key is made of its subject's files and of
what its checks declare they read (files, settings, contacts), with their names
(cache.unit_key); its task is a picklable call, so units also run in worker processes.
Shards split the datasets by a stable hash of their folder name; everything else belongs
to shard 1.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from generator.cache import file_digest, unit_key
from generator.load.project import DIP_FILE, PAGES_DIR, translation_dirs
from generator.model import Dataset, Page, Problem, Project
from generator.settings import Settings
from generator.validate.registry import Context, checks_of, run_scope
from generator.validate.tables import remember

Shard = tuple[int, int]  # (K, N): the K-th of N shards, counted from 1


@dataclass(frozen=True)
class Unit:
    name: str  # "dataset:<folder>", "dip", "page:<file>"
    key: str
    task: Callable[[], list[Problem]]
    file: str  # where an internal error of the whole unit is reported
    dataset: str | None = None  # the dataset folder it belongs to (None: shard 1)
    weight: int = 0  # bytes of the data it reads: the heaviest units are started first


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


def units(project: Project, settings: Settings, contacts: frozenset[str]) -> list[Unit]:
    found = [dataset_unit(dataset, settings, contacts) for dataset in project.datasets]
    if (settings.root / DIP_FILE).is_file():
        found.append(dip_unit(settings, contacts))
    found += page_units(project, settings, contacts)
    return found


def declared(scope: str, settings: Settings, contacts: frozenset[str]) -> dict[str, Any]:
    """What the checks of ``scope`` declare they depend on, besides their subject."""
    specs = checks_of(scope)
    reads = sorted({file for spec in specs for file in spec.reads})
    names = sorted({name for spec in specs for name in spec.settings})
    return {"checks": [spec.name for spec in specs],
            "reads": [[file, file_digest(settings.root / file)] for file in reads],
            "settings": {name: getattr(settings, name) for name in names},
            "contacts": sorted(contacts) if any(spec.contacts for spec in specs) else []}


def dataset_unit(dataset: Dataset, settings: Settings, contacts: frozenset[str]) -> Unit:
    """Every per-dataset check; keyed by the descriptor's and the local data files' bytes."""
    material = {**declared("dataset", settings, contacts),
                "descriptor": [dataset.descriptor_file, file_digest(settings.root / dataset.descriptor_file)],
                "resources": [[resource.source, resource.sha256] for resource in dataset.local_resources]}
    return Unit(f"dataset:{dataset.name}", unit_key("dataset", material),
                partial(check_dataset_unit, dataset, settings, contacts), dataset.descriptor_file,
                dataset=dataset.name, weight=sum(resource.size for resource in dataset.local_resources))


def check_dataset_unit(dataset: Dataset, settings: Settings, contacts: frozenset[str]) -> list[Problem]:
    with remember():  # each data file parsed once for all the unit's cell scans
        return run_scope("dataset", dataset, Context(settings.root, settings, contacts),
                         file=dataset.descriptor_file)


def dip_unit(settings: Settings, contacts: frozenset[str]) -> Unit:
    """The DIP table against its schema, and scanned for personal data and formulas."""
    material = {**declared("dip", settings, contacts), "dip": file_digest(settings.root / DIP_FILE)}
    return Unit("dip", unit_key("dip", material), partial(check_dip_unit, settings, contacts), DIP_FILE,
                weight=(settings.root / DIP_FILE).stat().st_size)


def check_dip_unit(settings: Settings, contacts: frozenset[str]) -> list[Problem]:
    with remember():
        return run_scope("dip", settings.root / DIP_FILE, Context(settings.root, settings, contacts), file=DIP_FILE)


def page_units(project: Project, settings: Settings, contacts: frozenset[str]) -> list[Unit]:
    loaded = {page.source: page for page in (*project.pages, *project.translated_pages)}
    common = declared("page", settings, contacts)
    found: list[Unit] = []
    paths = sorted((settings.root / PAGES_DIR).glob("*.md"))
    for folder in translation_dirs(settings):  # a page's versions in the other languages, checked alike
        paths += sorted((settings.root / folder).glob("*.md"))
    for path in paths:
        file = path.relative_to(settings.root).as_posix()
        material = {**common, "page": [file, file_digest(path)]}
        found.append(Unit(f"page:{file}", unit_key("page", material),
                          partial(check_page_unit, file, loaded.get(file), settings, contacts), file))
    return found


def check_page_unit(file: str, page: Page | None, settings: Settings,
                    contacts: frozenset[str]) -> list[Problem]:
    return run_scope("page", (file, page), Context(settings.root, settings, contacts), file=file)
