"""Every external (http/https) link of a project, each with its place in the repository.

Links are taken from the records, not from the built HTML, so a dead link is reported where
staff can fix it: the DIP row and its ``tautan_dokumen`` column, the line of a staff page, the
line of ``content/site.yaml`` or of a dataset's ``datapackage.yaml``. Parsing only: whether a
link answers is judged by ``generator/build/external_links.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from generator.model import Page, Project

DIP_DOCUMENT_COLUMN = "tautan_dokumen"
PROFILE_FILE = "content/site.yaml"
# an http(s) address in running text, Markdown or HTML; one level of balanced parentheses
# is kept inside it (https://id.wikipedia.org/wiki/PPID_(Indonesia))
URL = re.compile(r"https?://(?:[^\s<>\"'`()\[\]{}|\\^]|\([^\s<>\"'`()\[\]]*\))+", re.IGNORECASE)
TRAILING = ".,;:!?*_~"  # sentence punctuation and Markdown emphasis after an address
FENCE = re.compile(r"^\s*(```|~~~)")
CODE_SPAN = re.compile(r"`[^`]*`")


@dataclass(frozen=True)
class ExternalLink:
    """One external address at one place: ``row`` of a CSV, or ``line`` of a text file."""

    url: str
    file: str
    row: int | None = None
    line: int | None = None
    field: str | None = None

    @property
    def sort_key(self) -> tuple[str, int, str, str]:
        return (self.file, self.row or self.line or 0, self.field or "", self.url)


def is_external(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def urls_in(text: str) -> list[str]:
    """The http(s) addresses written in ``text``, in order, without trailing punctuation."""
    return [match.group(0).rstrip(TRAILING) for match in URL.finditer(text)]


def external_links(project: Project, root: Path) -> tuple[ExternalLink, ...]:
    """Every external link of ``project`` (read from ``root``), each place once, sorted."""
    found = {*dip_links(project), *dataset_links(project, root), *page_links(project),
             *profile_links(project, root)}
    return tuple(sorted(found, key=lambda link: link.sort_key))


def dip_links(project: Project) -> Iterator[ExternalLink]:
    """``tautan_dokumen`` of every DIP row: one address, or several separated by ``;``."""
    for entry in project.dip:
        for part in re.split(r"[;\s]+", entry.document):
            if is_external(part):
                yield ExternalLink(part, project.dip_source, row=entry.row, field=DIP_DOCUMENT_COLUMN)


def dataset_links(project: Project, root: Path) -> Iterator[ExternalLink]:
    """Remote data files (``remote: true``), on the line of their descriptor that names them."""
    for dataset in project.datasets:
        remote = [resource for resource in dataset.resources if is_external(resource.source)]
        if not remote:
            continue
        lines = _lines(root / dataset.descriptor_file)
        for resource in remote:
            yield ExternalLink(resource.source, dataset.descriptor_file, line=_line_of(lines, resource.source),
                               field=resource.name)


def page_links(project: Project) -> Iterator[ExternalLink]:
    """Addresses in the body of every staff page (and its translations), outside code."""
    for page in (*project.pages, *project.translated_pages):
        yield from _body_links(page)


def _body_links(page: Page) -> Iterator[ExternalLink]:
    first = page.body_line or 1
    fenced = False
    for offset, text in enumerate(page.body.splitlines()):
        if FENCE.match(text):
            fenced = not fenced
            continue
        if fenced:
            continue
        for url in urls_in(CODE_SPAN.sub("", text)):
            yield ExternalLink(url, page.source, line=first + offset)


def profile_links(project: Project, root: Path) -> Iterator[ExternalLink]:
    """The body's website, its social media and the repository address in ``content/site.yaml``."""
    profile = project.profile
    if profile is None:
        return
    named = [("website", profile.website), ("repo_url", profile.repo_url or "")]
    named += [("social", url) for _name, url in profile.social]
    lines = _lines(root / PROFILE_FILE)
    for key, url in named:
        if is_external(url):
            yield ExternalLink(url, PROFILE_FILE, line=_line_of(lines, url), field=key)


def _lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8-sig", errors="replace").splitlines()
    except OSError:
        return []


def _line_of(lines: list[str], url: str) -> int | None:
    return next((number for number, text in enumerate(lines, start=1) if url in text), None)
