"""Files published for each dataset besides its page: the original CSVs, JSON and XLSX
versions of each resource, the data package descriptor and the zipped data package.

Each file is described by a ``Published`` record (site path, format, size, SHA-256)
that the page, the catalogues and ``manifest.json`` share.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from generator.cache import BlobStore, unit_key
from generator.catalog.downloads import package_json, records_json, xlsx_bytes, zip_entries
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
    def package(self) -> Published:
        return next(item for item in self.published if item.format == "ZIP")


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


def _resource_files(dataset: Dataset, resource: Resource, root: Path,
                    store: BlobStore | None) -> list[tuple[Published, OutputFile | None]]:
    folder = folder_of(dataset)
    if is_remote(resource):  # published where it is, with its declared size and SHA-256
        return [(Published(resource.source, "CSV", resource.size, resource.sha256, resource.name), None)]
    source = root / resource.source
    csv_path = f"{folder}/{PurePosixPath(resource.path)}"
    pairs: list[tuple[Published, OutputFile | None]] = [
        (Published(csv_path, "CSV", resource.size, resource.sha256, resource.name),
         OutputFile(PurePosixPath(csv_path), copy_from=str(source)))]
    package_dir = root / dataset.folder
    columns = [(field.name, field.type) for field in resource.fields]
    builders: dict[str, Callable[[], bytes]] = {
        "JSON": lambda: records_json(typed_rows(resource.descriptor, package_dir)),
        "XLSX": lambda: xlsx_bytes(columns, typed_rows(resource.descriptor, package_dir), title=resource.title),
    }
    for fmt, build in builders.items():
        key = unit_key(f"download-{fmt}", {"sha256": resource.sha256, "title": resource.title, "descriptor":
                                           json.dumps(resource.descriptor, sort_keys=True, default=str)})
        data = store.make(key, build) if store else build()
        path = f"{folder}/{DOWNLOADS_DIR}/{resource.name}.{FORMATS[fmt][1]}"
        pairs.append((_published(path, fmt, data, resource.name), OutputFile(PurePosixPath(path), data=data)))
    return pairs


def dataset_output(dataset: Dataset, root: Path, *, store: BlobStore | None = None) -> DatasetOutput:
    """Every file of one dataset, with its facts; the derived downloads come from ``store``
    when their sources are unchanged (keyed by their bytes and the generator version)."""
    pairs: list[tuple[Published, OutputFile | None]] = []
    for resource in dataset.resources:
        pairs += _resource_files(dataset, resource, root, store)
    descriptor_bytes = package_json(publication_descriptor(dataset))
    descriptor_path = f"{folder_of(dataset)}/datapackage.json"
    descriptor = _published(descriptor_path, "JSON", descriptor_bytes)
    local = [resource for resource in dataset.resources if not is_remote(resource)]
    entries = [("datapackage.json", package_json(publication_descriptor(dataset, local_only=True)))] + [
        (str(PurePosixPath(resource.path)), (root / resource.source).read_bytes()) for resource in local]
    key = unit_key("download-ZIP", {"entries": [[name, hashlib.sha256(data).hexdigest()] for name, data in entries]})
    archive = store.make(key, lambda: zip_entries(entries)) if store else zip_entries(entries)
    zip_path = f"{folder_of(dataset)}/{DOWNLOADS_DIR}/{dataset.name}.zip"
    pairs.append((_published(zip_path, "ZIP", archive), OutputFile(PurePosixPath(zip_path), data=archive)))
    files = [output for _, output in pairs if output is not None]
    files.append(OutputFile(PurePosixPath(descriptor_path), data=descriptor_bytes))
    return DatasetOutput(files=tuple(files), published=tuple(item for item, _ in pairs), descriptor=descriptor)
