"""Catalogues and provenance: downloads, DCAT-AP, data.json, schema.org, Atom, manifest.

The core writes these as plain files of the docs tree; the site engine only copies them.
Catalogues that need absolute URLs are written only when ``site_url`` is set
(validation warns ``site-url-missing`` otherwise).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from pathlib import PurePosixPath

from generator.cache import BlobStore, unit_key
from generator.catalog.datajson import data_json
from generator.catalog.dcat import catalog_graph, jsonld_bytes, turtle_bytes
from generator.catalog.downloads import package_json
from generator.catalog.files import DatasetOutput, dataset_output
from generator.catalog.sitewide import atom_feed, datapackage_index, manifest, robots_txt
from generator.model import OutputFile, Project

__all__ = ["MANIFEST", "DatasetOutput", "catalog_files", "dataset_output", "manifest_file"]

MANIFEST = "manifest.json"


def site_base(project: Project) -> str | None:
    url = project.profile.site_url if project.profile else None
    return url.rstrip("/") + "/" if url else None


def catalog_files(project: Project, outputs: dict[str, DatasetOutput], *,
                  store: BlobStore | None = None) -> list[OutputFile]:
    """The site-wide catalogue files (without the manifest, which lists them); the Turtle
    version of the graph comes from ``store`` when the JSON-LD is unchanged."""
    files = [_file("datapackage.json", package_json(datapackage_index(project))),
             _file("robots.txt", robots_txt(site_base(project)))]
    base = site_base(project)
    if base is None or project.profile is None:
        return files
    pairs = [(dataset, outputs[dataset.name]) for dataset in sorted(project.datasets, key=lambda d: d.name)]
    graph = catalog_graph(project.profile, pairs, base)
    jsonld = jsonld_bytes(graph)
    key = unit_key("turtle", {"jsonld": hashlib.sha256(jsonld).hexdigest()})
    turtle = store.make(key, lambda: turtle_bytes(graph)) if store else turtle_bytes(graph)
    files += [_file("catalog.jsonld", jsonld), _file("catalog.ttl", turtle),
              _file("data.json", package_json(data_json(project.profile, pairs, base))),
              _file("feed.xml", atom_feed(project, base))]
    return files


def manifest_file(files: list[OutputFile], *, commit: str,
                  known: Mapping[str, tuple[int, str]] | None = None) -> OutputFile:
    return _file(MANIFEST, manifest(files, commit=commit, known=known))


def _file(path: str, data: bytes) -> OutputFile:
    return OutputFile(PurePosixPath(path), data=data)
