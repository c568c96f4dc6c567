"""Frozen records passed between the pipeline stages.

Nothing here reads files or prints: records are built by ``load``, judged by
``validate`` and turned into pages by ``render``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import PurePosixPath
from typing import Any

from generator.i18n.languages import DEFAULT, Language


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One validation finding, located as precisely as the input allows.

    ``file`` is relative to the repository root (POSIX separators); ``row`` is
    the spreadsheet row number (the header is row 1); ``line`` is a YAML or
    Markdown line number. ``params`` fill the message template of ``code``.
    """

    code: str
    file: str
    severity: Severity = Severity.ERROR
    row: int | None = None
    line: int | None = None
    field: str | None = None
    value: str | None = None
    params: tuple[tuple[str, str], ...] = ()

    def param(self, name: str) -> str:
        return dict(self.params).get(name, "")

    @property
    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.file, self.row or self.line or 0, 0 if self.severity is Severity.ERROR else 1,
                self.field or "", self.code)


@dataclass(frozen=True)
class Contact:
    name: str = ""
    email: str = ""


@dataclass(frozen=True)
class Profile:
    """The public body that publishes the site (content/site.yaml)."""

    name: str
    short_name: str
    sample: bool
    tagline: str
    description: str
    address: str
    phone: str
    email: str
    website: str
    logo: str | None
    service_hours: tuple[tuple[str, str], ...]
    officials: tuple[tuple[str, str, str], ...]
    social: tuple[tuple[str, str], ...]
    repo_url: str | None = None
    site_url: str | None = None


@dataclass(frozen=True)
class Page:
    """A Markdown page written by staff (content/pages/*.md)."""

    slug: str
    source: str
    title: str
    description: str
    order: int
    body: str
    body_line: int | None = None  # line number of the body's first line in the source file


@dataclass(frozen=True)
class SchemaField:
    name: str
    type: str
    title: str
    description: str
    format: str | None = None
    constraints: tuple[tuple[str, str], ...] = ()
    unit: str | None = None


@dataclass(frozen=True)
class Resource:
    """One data file of a data package, with the facts needed to publish it."""

    name: str
    path: str  # relative to the package folder
    source: str  # relative to the repository root
    title: str
    description: str
    fields: tuple[SchemaField, ...]
    primary_key: tuple[str, ...]
    size: int
    sha256: str
    row_count: int
    preview: tuple[tuple[str, ...], ...]
    descriptor: dict[str, Any] = field(compare=False, hash=False, repr=False)


@dataclass(frozen=True)
class Dataset:
    """One Frictionless Data Package under datasets/<name>/."""

    name: str
    folder: str  # relative to the repository root
    descriptor_file: str
    title: str
    description: str
    keywords: tuple[str, ...]
    topic: str
    license_id: str
    license_title: str
    license_url: str
    publisher: str
    publisher_unit: str
    contact: Contact
    frequency: str
    temporal_start: str
    temporal_end: str
    spatial: str
    resources: tuple[Resource, ...]
    updated: dt.date | None
    descriptor: dict[str, Any] = field(compare=False, hash=False, repr=False)

    @property
    def local_resources(self) -> tuple[Resource, ...]:
        """The resources stored in the repository (not at an external address, remote: true)."""
        return tuple(resource for resource in self.resources if "://" not in resource.source)


@dataclass(frozen=True)
class DipEntry:
    """One row of the Daftar Informasi Publik (content/dip.csv)."""

    id: str
    row: int
    category: str
    title: str
    summary: str
    holder: str
    responsible: str
    made_when: str
    year: int | None
    made_where: str
    form: str
    retention: str
    updated: str
    document: str
    dataset: str
    exclusion_basis: str
    consequence_test: str
    exclusion_period: str
    checklist_item: str = ""  # optional columns (absent from older 17-column files)
    frequency: str = ""
    next_release: str = ""


@dataclass(frozen=True)
class Document:
    """One document named by the DIP: a file under content/ or a remote https:// file whose
    size and SHA-256 are declared in content/dokumen.csv (load/documents.py)."""

    link: str  # as written in tautan_dokumen: a path relative to content/, or the address
    source: str  # repository path (content/...) or the address
    site_path: str  # where it is published (dokumen/...) or the address
    title: str
    size: int
    sha256: str
    entries: tuple[tuple[str, int], ...]  # (DIP id, row) of every row that names it
    remote: bool = False
    allowed: str = ""  # the written reason why its personal data may be published (register)


@dataclass(frozen=True)
class Project:
    """Everything loaded from a repository, ready to validate and render."""

    root: str
    profile: Profile | None
    pages: tuple[Page, ...]
    dip: tuple[DipEntry, ...]
    dip_source: str
    datasets: tuple[Dataset, ...]
    dataset_folders: tuple[str, ...] = ()  # every folder under datasets/, loaded or not
    translated_pages: tuple[Page, ...] = ()  # content/pages/<language>/<slug>.md, loaded and checked like pages
    documents: tuple[Document, ...] = ()  # the DIP's documents that can be published (load/documents.py)


@dataclass(frozen=True)
class OutputFile:
    """A file of the rendered docs tree: text, bytes, a copy of a source file, or ``kept``: the
    file the last build wrote there from exactly the same inputs (render/reuse.py), left as it is."""

    path: PurePosixPath
    text: str | None = None
    data: bytes | None = None
    copy_from: str | None = None
    kept: bool = False

    def read_bytes(self) -> bytes:
        """Its bytes: those it holds, its text in UTF-8, or those of the file it copies (read now)."""
        if self.copy_from is not None:
            with open(self.copy_from, "rb") as handle:
                return handle.read()
        return self.data if self.data is not None else (self.text or "").encode("utf-8")


@dataclass(frozen=True)
class RenderUnit:
    """Pages rendered together from inputs whose digest is ``key`` (render/reuse.py)."""

    name: str  # e.g. entry:<id>, dataset:<name>, dip-lists
    key: str
    paths: tuple[str, ...]


# The front-matter key of a page the render stage wrote whose body is generated HTML (never a
# staff page's Markdown): the engine adapter passes that body through unchanged (build/engine.py).
GENERATED_PAGE = "etalase_generated"


@dataclass(frozen=True)
class NavItem:
    title: str
    path: str | None = None
    children: tuple[NavItem, ...] = ()


@dataclass(frozen=True)
class DocsTree:
    files: tuple[OutputFile, ...]
    nav: tuple[NavItem, ...]
    site_name: str
    site_description: str
    site_url: str | None
    repo_url: str | None
    language: Language = DEFAULT
    units: tuple[RenderUnit, ...] = field(default=(), compare=False, repr=False)  # pages by input key
