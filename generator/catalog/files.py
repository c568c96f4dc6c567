"""Files published for each dataset besides its page: the original CSVs, JSON and XLSX
versions of each resource (up to a size), the data package descriptor and, for a dataset of
several CSVs, the zipped data package.

Each file is described by a ``Published`` record (site path, format, size, SHA-256)
that the page, the catalogues and ``manifest.json`` share.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePosixPath
from typing import Any

import xlsxwriter

from generator.cache import BlobStore, unit_key
from generator.catalog.downloads import derived_bytes, package_json, zip_entries
from generator.load.remote import is_remote
from generator.model import Dataset, OutputFile, Resource
from generator.validate.frictionless import typed_rows

FORMATS = {  # label: (media type, file extension)
    "CSV": ("text/csv", "csv"),
    "JSON": ("application/json", "json"),
    "XLSX": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    "ZIP": ("application/zip", "zip"),
}
DOWNLOADS_DIR = "unduh"
# Derived formats are made up to these CSV sizes (docs/format.md, "Unduhan turunan"): above them
# the original CSV with datapackage.json is the download (a province's 1,000 datasets must fit
# the 1 GB of GitHub Pages with room left for its documents: benchmarks/README.md).
JSON_MAX_CSV_BYTES = 64 * 1024
XLSX_MAX_CSV_BYTES = 10 * 1024 * 1024
MIN_PARALLEL = 16  # resources to write before worker processes pay for their start


@dataclass(frozen=True)
class Published:
    """One file of the site with the facts an auditor checks."""

    path: str  # site path, e.g. dataset/apbd/realisasi.csv
    format: str  # CSV, JSON, XLSX, ZIP
    size: int
    sha256: str
    resource: str = ""  # resource name; empty for dataset-wide files

    @property
    def media_type(self) -> str:
        return FORMATS[self.format][0]


@dataclass(frozen=True)
class DatasetOutput:
    files: tuple[OutputFile, ...]
    published: tuple[Published, ...]
    descriptor: Published

    def of(self, resource: str) -> tuple[Published, ...]:
        return tuple(item for item in self.published if item.resource == resource)

    @property
    def package(self) -> Published | None:
        """The zipped data package, published only for a dataset of several local CSVs."""
        return next((item for item in self.published if item.format == "ZIP"), None)


def folder_of(dataset: Dataset) -> str:
    return f"dataset/{dataset.name}"


def _published(path: str, fmt: str, data: bytes, resource: str = "") -> Published:
    return Published(path, fmt, len(data), hashlib.sha256(data).hexdigest(), resource)


def publication_descriptor(dataset: Dataset, *, local_only: bool = False) -> dict[str, Any]:
    """The data package as published: only the resources that were loaded, paths unchanged.

    ``local_only`` leaves out external files (for the zip and the index, which must
    validate without the network).
    """
    loaded = {resource.name for resource in dataset.resources if not (local_only and is_remote(resource))}
    descriptor = copy.deepcopy(dataset.descriptor)
    descriptor["resources"] = [raw for raw in descriptor.get("resources") or []
                               if isinstance(raw, dict) and str(raw.get("name")) in loaded]
    return descriptor


def _resource_files(dataset: Dataset, resource: Resource, root: Path, store: BlobStore | None,
                    built: dict[str, bytes]) -> list[tuple[Published, OutputFile | None]]:
    folder = folder_of(dataset)
    if is_remote(resource):  # published where it is, with its declared size and SHA-256
        return [(Published(resource.source, "CSV", resource.size, resource.sha256, resource.name), None)]
    source = root / resource.source
    csv_path = f"{folder}/{PurePosixPath(resource.path)}"
    pairs: list[tuple[Published, OutputFile | None]] = [
        (Published(csv_path, "CSV", resource.size, resource.sha256, resource.name),
         OutputFile(PurePosixPath(csv_path), copy_from=str(source)))]
    keys = derived_keys(resource)
    made: dict[str, bytes] = {}

    def build(fmt: str) -> bytes:  # one pass over the rows makes every format not in the store
        if not made:
            missing = [other for other, key in keys.items() if store is None or store.located(key) is None]
            made.update(_derived(_job(dataset, resource, root, sorted({fmt, *missing}))))
        return made[fmt]
    for fmt, key in keys.items():
        path = f"{folder}/{DOWNLOADS_DIR}/{resource.name}.{FORMATS[fmt][1]}"
        pair = _derived_file(path, fmt, resource.name, key, store, built.get(key), partial(build, fmt))
        if pair is not None:  # None: an XLSX longer than Excel's rows (the page says how to open the CSV)
            pairs.append(pair)
    return pairs


def _derived_file(path: str, fmt: str, resource: str, key: str, store: BlobStore | None, data: bytes | None,
                  build: Callable[[], bytes]) -> tuple[Published, OutputFile] | None:
    """A derived download: a copy of the store's entry (its bytes are not held in memory), else
    the bytes ``data`` (written by a worker process) or ``build()``; None when it is empty (not made)."""
    if store is not None:
        store.used.add(key)
        stored = store.located(key) if data is None else None
        if stored is None:
            data = data if data is not None else build()
            store.put(key, data)
            stored = store.located(key)
        if stored is not None:  # else a read-only or full cache: published from memory
            source, size, sha256 = stored
            return (Published(path, fmt, size, sha256, resource),
                    OutputFile(PurePosixPath(path), copy_from=source)) if size else None
    data = data if data is not None else build()
    return (_published(path, fmt, data, resource), OutputFile(PurePosixPath(path), data=data)) if data else None


def derived_keys(resource: Resource) -> dict[str, str]:
    """The cache key of each derived format of a local resource (its bytes, title and descriptor,
    and the XLSX writer's version, whose bytes may differ from one version to the next)."""
    facts = {"sha256": resource.sha256, "title": resource.title, "writer": xlsxwriter.__version__,
             "descriptor": json.dumps(resource.descriptor, sort_keys=True, default=str)}
    return {fmt: unit_key(f"download-{fmt}", facts) for fmt in derived_formats(resource)}


@dataclass(frozen=True)
class _Job:
    """What a worker process needs to write the derived formats of one resource (picklable)."""

    columns: tuple[tuple[str, str], ...]
    descriptor: dict[str, Any]
    package_dir: str
    title: str
    formats: tuple[str, ...]


def _job(dataset: Dataset, resource: Resource, root: Path, formats: list[str]) -> _Job:
    return _Job(tuple((field.name, field.type) for field in resource.fields), resource.descriptor,
                str(root / dataset.folder), resource.title, tuple(formats))


def _derived(job: _Job) -> dict[str, bytes]:
    rows = typed_rows(job.descriptor, Path(job.package_dir))
    return derived_bytes(list(job.columns), rows, title=job.title, formats=job.formats)


def derived_formats(resource: Resource) -> list[str]:
    """The formats made from one local CSV: JSON records for small tables only, XLSX up to a size.

    A JSON record repeats every column name, so it is about twice its CSV; applications read
    the CSV with ``datapackage.json`` (typed by its Table Schema) at any size.
    """
    formats = ["JSON"] if resource.size <= JSON_MAX_CSV_BYTES else []
    return formats + (["XLSX"] if resource.size <= XLSX_MAX_CSV_BYTES else [])


def has_package(dataset: Dataset) -> bool:
    """A zipped data package adds something only to a dataset of several local CSVs (one
    download of all) or with an external one (a descriptor of the local files that validates
    offline): the CSV beside its ``datapackage.json`` already is the data package of one."""
    local = sum(1 for resource in dataset.resources if not is_remote(resource))
    return local > 1 or 0 < local < len(dataset.resources)


def dataset_output(dataset: Dataset, root: Path, *, store: BlobStore | None = None,
                   built: dict[str, bytes] | None = None) -> DatasetOutput:
    """Every file of one dataset, with its facts; the derived downloads come from ``built``
    (keyed like the store) or from ``store`` when their sources are unchanged (keyed by their
    bytes and the generator version)."""
    pairs: list[tuple[Published, OutputFile | None]] = []
    for resource in dataset.resources:
        pairs += _resource_files(dataset, resource, root, store, built or {})
    descriptor_bytes = package_json(publication_descriptor(dataset))
    descriptor_path = f"{folder_of(dataset)}/datapackage.json"
    descriptor = _published(descriptor_path, "JSON", descriptor_bytes)
    if has_package(dataset):
        local = [resource for resource in dataset.resources if not is_remote(resource)]
        entries = [("datapackage.json", package_json(publication_descriptor(dataset, local_only=True)))] + [
            (str(PurePosixPath(resource.path)), (root / resource.source).read_bytes()) for resource in local]
        key = unit_key("download-ZIP", {"entries": [[name, hashlib.sha256(data).hexdigest()]
                                                    for name, data in entries]})
        zip_path = f"{folder_of(dataset)}/{DOWNLOADS_DIR}/{dataset.name}.zip"
        pair = _derived_file(zip_path, "ZIP", "", key, store, None, lambda: zip_entries(entries))
        if pair is not None:
            pairs.append(pair)
    files = [output for _, output in pairs if output is not None]
    files.append(OutputFile(PurePosixPath(descriptor_path), data=descriptor_bytes))
    return DatasetOutput(files=tuple(files), published=tuple(item for item, _ in pairs), descriptor=descriptor)


def dataset_outputs(datasets: list[Dataset], root: Path, *, store: BlobStore | None = None,
                    jobs: int = 1) -> dict[str, DatasetOutput]:
    """``dataset_output`` of every dataset; the derived downloads not in ``store`` are written
    first, in ``jobs`` worker processes when there are enough of them to be worth starting."""
    pending: list[tuple[list[str], _Job]] = []
    for dataset in datasets:
        for resource in dataset.resources:
            if is_remote(resource):
                continue
            keys = derived_keys(resource)
            missing = [fmt for fmt, key in keys.items() if store is None or store.located(key) is None]
            if missing:
                pending.append(([keys[fmt] for fmt in missing], _job(dataset, resource, root, missing)))
    built: dict[str, bytes] = {}
    if jobs > 1 and len(pending) >= MIN_PARALLEL:
        # chunks of a few resources: the rows of each are read in the worker, only bytes come back
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for (wanted, job), made in zip(pending, pool.map(_derived, [job for _, job in pending], chunksize=4),
                                           strict=True):
                built.update({key: made[fmt] for key, fmt in zip(wanted, job.formats, strict=True)})
    return {dataset.name: dataset_output(dataset, root, store=store, built=built) for dataset in datasets}
