"""Site-wide files for harvesters: the Frictionless index, the Atom feed, robots.txt, manifest.json."""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Mapping
from pathlib import PurePosixPath
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from generator.catalog.files import publication_descriptor
from generator.catalog.vocab import absolute
from generator.model import Dataset, OutputFile, Project

FEED_LIMIT = 50


def datapackage_index(project: Project) -> dict[str, Any]:
    """One Data Package with every resource of every dataset (``<dataset>--<resource>``)."""
    resources: list[dict[str, Any]] = []
    for dataset in sorted(project.datasets, key=lambda item: item.name):
        descriptor = publication_descriptor(dataset, local_only=True)
        for raw in descriptor["resources"]:
            resources.append(_indexed(dataset, raw, descriptor.get("licenses")))
    profile = project.profile
    return {"name": "katalog", "title": f"Katalog data {profile.name}" if profile else "Katalog data",
            "profile": "data-package", "resources": resources}


def _indexed(dataset: Dataset, raw: dict[str, Any], licenses: Any) -> dict[str, Any]:
    resource = copy.deepcopy(raw)
    resource["name"] = f"{dataset.name}--{raw.get('name')}"
    resource["path"] = f"dataset/{dataset.name}/{PurePosixPath(str(raw.get('path')))}"
    if licenses:
        resource["licenses"] = licenses
    for key in (resource.get("schema") or {}).get("foreignKeys") or []:
        reference = key.get("reference") if isinstance(key, dict) else None
        if isinstance(reference, dict) and reference.get("resource"):
            reference["resource"] = f"{dataset.name}--{reference['resource']}"
    return resource


def atom_feed(project: Project, base: str) -> bytes:
    """Dataset updates (dates from git) and DIP entries (tanggal_pembaruan), newest first."""
    items: list[tuple[str, str, str, str]] = []  # (date, id, title, url)
    for dataset in project.datasets:
        if dataset.updated:
            url = absolute(base, f"dataset/{dataset.name}/")
            items.append((dataset.updated.isoformat(), f"{url}#{dataset.updated.isoformat()}",
                          f"Dataset diperbarui: {dataset.title}", url))
    for entry in project.dip:
        if entry.updated[:10]:
            url = absolute(base, f"informasi/{entry.id}/")
            items.append((entry.updated[:10], url, f"Informasi publik {entry.id}: {entry.title}", url))
    rows = {entry.id: entry for entry in project.dip}
    for document in project.documents:  # each document, dated by the row that names it first
        first = rows.get(document.entries[0][0]) if document.entries else None
        if first is not None and first.updated[:10]:
            url = document.site_path if document.remote else absolute(base, document.site_path)
            items.append((first.updated[:10], f"{url}#{document.sha256[:16]}",
                          f"Dokumen {first.id}: {document.title}", url))
    items.sort(key=lambda item: (item[0], item[1]), reverse=True)
    items = items[:FEED_LIMIT]
    name = project.profile.name if project.profile else "Etalase"
    updated = f"{items[0][0]}T00:00:00Z" if items else "1980-01-01T00:00:00Z"
    lines = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">',
             f"<id>{escape(absolute(base, ''))}</id>", f"<title>{escape(name)}: pembaruan data</title>",
             f"<updated>{updated}</updated>", f"<author><name>{escape(name)}</name></author>",
             f"<link rel=\"self\" href={quoteattr(absolute(base, 'feed.xml'))}/>",
             f"<link href={quoteattr(absolute(base, ''))}/>"]
    for date, item_id, title, url in items:
        lines += ["<entry>", f"<id>{escape(item_id)}</id>", f"<title>{escape(title)}</title>",
                  f"<updated>{date}T00:00:00Z</updated>", f"<link href={quoteattr(url)}/>", "</entry>"]
    lines.append("</feed>")
    return ("\n".join(lines) + "\n").encode("utf-8")


def robots_txt(base: str | None) -> bytes:
    lines = ["User-agent: *", "Allow: /"]
    if base:
        lines.append(f"Sitemap: {absolute(base, 'sitemap.xml')}")
    return ("\n".join(lines) + "\n").encode("utf-8")


def _facts(item: OutputFile, known: Mapping[str, tuple[int, str]]) -> tuple[int, str]:
    if item.copy_from is not None and str(item.path) in known:
        return known[str(item.path)]
    data = item.read_bytes()
    return len(data), hashlib.sha256(data).hexdigest()


def manifest(files: list[OutputFile], *, commit: str, known: Mapping[str, tuple[int, str]] | None = None) -> bytes:
    """SHA-256 and size of every file the generator publishes as is (pages are built by the engine).
    A copied file in ``known`` (site path -> size and SHA-256, as the load stage or the download
    cache found them while reading its bytes) is not read again."""
    known = known or {}
    listed = []
    for item in sorted(files, key=lambda output: str(output.path)):
        if item.path.suffix == ".md":
            continue
        size, sha = _facts(item, known)
        listed.append({"path": str(item.path), "bytes": size, "sha256": sha})
    document = {"generator": "Etalase", "source_commit": commit, "files": listed}
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")
