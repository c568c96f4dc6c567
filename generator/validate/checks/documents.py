"""The DIP's documents: each link publishable, each file what its name says, readable, and
free of personal data.

A link problem (missing, outside content/, through a symbolic link, empty, a Git LFS pointer,
too large, a type a browser would run) is located at the DIP row and its ``tautan_dokumen``.
A problem inside a document (encrypted, damaged, a scan without text, personal data) is
located at the document file and the place inside it (page, sheet and cell, paragraph,
slide), and names the DIP rows that link it. Personal data goes through the same detector
and the same severity rules as the datasets (``checks/privacy.py``, ``checks/exposure.py``);
a document listed in ``content/dokumen.csv`` with a written reason in
``data_pribadi_diizinkan`` is not scanned. What is read of a file is cached by its SHA-256
(``load/docread.py``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import suppress
from pathlib import Path, PurePosixPath
from typing import Any

from generator.cache import JsonStore, from_json, prune, to_json, unit_key
from generator.load.docread import ACTIVE, detect, store_for, text_rows
from generator.load.documents import (
    CONTROL,
    DOCUMENTS_DIR,
    REGISTER_FILE,
    document_files,
    is_address,
    is_lfs_pointer,
    load_register,
    split_links,
    through_symlink,
)
from generator.load.remote import verify_remote
from generator.model import DipEntry, Document, Problem, Project, Resource, Severity
from generator.settings import Settings
from generator.validate import pii
from generator.validate.checks import exposure, privacy
from generator.validate.checks.urls import link_scheme

FIELD = "tautan_dokumen"
# The types a DIP document may have, by name; the bytes must say the same.
EXPECTED = {".pdf": "PDF", ".docx": "DOCX", ".xlsx": "XLSX", ".pptx": "PPTX", ".odt": "ODT", ".ods": "ODS",
            ".odp": "ODP", ".zip": "ZIP", ".csv": "text", ".txt": "text", ".png": "PNG", ".jpg": "JPEG",
            ".jpeg": "JPEG", ".webp": "WebP", ".doc": "OLE", ".xls": "OLE", ".ppt": "OLE"}
ZIP_FAMILY = frozenset({"ZIP", "DOCX", "XLSX", "PPTX", "ODT", "ODS", "ODP"})
IMAGES = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WebP", ".gif": "gif", ".svg": "SVG"}
MAX_FINDINGS = 5  # personal-data problems per document and kind (the count says how many in all)
PROBLEMS = "document-problems"  # cache kind: the problems of one document
# What every finding of the detector (validate/pii.py) contains: nine or more digits (a mobile
# number has at least 9, an NPWP 15, a NIK 16) with at most two separators between them, an @,
# or Excel's E+15. A page or line without any is skipped: this test is about 20 times cheaper
# than the detector's own first scan, and most lines of prose and budgets fail it.
CANDIDATE = re.compile(r"@|(?:\d[\s.\-()+]{0,2}){9,}|[eE]\+?15")


def check_entry(entry: DipEntry, settings: Settings, *, file: str) -> Iterator[Problem]:
    """Each document of one DIP row: a link that can be published, a file of an allowed type."""
    for link in split_links(entry.document):
        yield from _check_link(entry, link, settings, file=file)


def _located(code: str, entry: DipEntry, link: str, file: str, **extra: Any) -> Problem:
    return Problem(code, file, row=entry.row, field=FIELD, value=link, **extra)


def _check_link(entry: DipEntry, link: str, settings: Settings, *, file: str) -> Iterator[Problem]:
    scheme = link_scheme(link)
    if scheme is not None:
        yield _located("link-scheme", entry, link, file, params=(("scheme", scheme),))
        return
    if CONTROL.search(link):  # a NUL byte cannot name a file
        yield _located("document-link-invalid", entry, CONTROL.sub("?", link), file)
        return
    if is_address(link):
        return  # https: or mailto: (remote documents: check_register; dead links: check-links --external)
    content_dir = settings.content_dir
    path = content_dir / link
    try:
        outside = link.startswith("/") or not path.resolve().is_relative_to(content_dir.resolve())
    except (OSError, RuntimeError):
        outside = True
    if outside:
        yield _located("path-outside", entry, link, file)
        return
    linked = through_symlink(content_dir, link)
    if linked is not None:
        yield _located("document-symlink", entry, link, file, params=(("link", f"content/{linked}"),))
        return
    suffix = PurePosixPath(link).suffix.lower()
    if suffix not in EXPECTED:
        yield _located("document-type", entry, link, file, params=(("found", suffix or "?"),))
        return
    if not path.is_file():
        yield _located("document-missing", entry, link, file)
        return
    size = path.stat().st_size
    if size == 0:
        yield _located("document-empty", entry, link, file)
        return
    if is_lfs_pointer(path):
        yield _located("document-lfs", entry, link, file)
        return
    if size > settings.max_bytes:
        yield _located("document-too-large", entry, link, file, params=(
            ("size_mb", f"{size / 1_000_000:.1f}"), ("limit_mb", f"{settings.max_bytes / 1_000_000:g}")))
        return
    found = detect(path)
    expected = EXPECTED[suffix]
    if found == expected or (expected == "ZIP" and found in ZIP_FAMILY) or (expected == "text" and found == "CSV"):
        return
    if found in ACTIVE:
        yield _located("active-content", entry, link, file, params=(("found", found), ("expected", expected)))
    else:
        yield _located("document-mismatch", entry, link, file, params=(("found", found), ("expected", expected)))


def _rows(document: Document) -> str:
    return ", ".join(f"{entry_id} (baris {row})" for entry_id, row in document.entries)


def check_contents(project: Project, settings: Settings, *, contacts: frozenset[str]) -> Iterator[Problem]:
    """What is inside each local document: it opens, it is not locked, it has text, no personal data.

    The problems of a document are cached by its SHA-256, its link, the rows that name it, its
    allowance and the public contacts; the facts behind them by its SHA-256 alone. An unchanged
    document costs one cache read.
    """
    local = [document for document in project.documents if not document.remote]
    results = JsonStore(settings.cache_dir, PROBLEMS) if settings.cache else None
    keys = {document: unit_key(PROBLEMS, {"sha256": document.sha256, "link": document.link,
                                          "rows": [list(entry) for entry in document.entries],
                                          "allowed": document.allowed, "contacts": sorted(contacts)})
            for document in local}
    answered: dict[Document, list[Problem]] = {}
    for document, key in keys.items():
        stored = results.read(key) if results else None
        if isinstance(stored, list):
            with suppress(ValueError, KeyError, TypeError, AttributeError):  # damaged: computed again
                answered[document] = [from_json(item) for item in stored]
    pending = [document for document in local if document not in answered]
    store = store_for(settings.cache_dir if settings.cache else None)
    known = store.facts_of(((document.sha256, settings.root / document.source) for document in pending),
                           jobs=settings.workers)
    if results and settings.shard is None:  # a full run knows every entry still needed
        prune(results.folder, set(keys.values()))
        if store.enabled:
            prune(store.folder, {store.key(document.sha256) for document in local})
    for document in local:
        if document in answered:
            yield from answered[document]
            continue
        found = list(document_problems(document, known[document.sha256], settings.root, contacts=contacts))
        if results:
            results.write(keys[document], [to_json(problem) for problem in found])
        yield from found


def document_problems(document: Document, facts: dict[str, Any], root: Path, *,
                      contacts: frozenset[str]) -> Iterator[Problem]:
    """The problems of one document from its facts (docread.facts)."""
    file, rows = document.source, (("rows", _rows(document)),)
    kind = facts.get("kind", "")
    if facts.get("error") == "encrypted":
        yield Problem("pdf-encrypted", file, value=document.link, params=rows)
        return
    if facts.get("error") == "damaged":
        code = "pdf-damaged" if kind == "PDF" else "document-damaged"
        yield Problem(code, file, value=document.link, params=(*rows, ("kind", kind),
                                                             ("detail", str(facts.get("detail", ""))[:120])))
        return
    scanned = [int(page) for page in facts.get("scanned") or []]
    if kind == "PDF" and scanned:
        yield Problem("pdf-no-text", file, severity=Severity.WARNING, value=document.link, params=(
            *rows, ("pages", _ranges(scanned)), ("count", str(len(scanned))), ("total", str(facts.get("pages")))))
    if kind == "OLE":
        yield Problem("document-old-format", file, severity=Severity.WARNING, value=document.link, params=rows)
    if document.allowed:
        return
    yield from _personal_data(document, facts, root, contacts=contacts)


def _personal_data(document: Document, facts: dict[str, Any], root: Path, *,
                   contacts: frozenset[str]) -> Iterator[Problem]:
    file = document.source
    kind = facts.get("kind", "")
    tables: list[tuple[str, Iterable[tuple[int, list[str]]]]] = []
    if kind in ("XLSX", "ODS"):
        tables = [(str(name), ((int(row), list(cells)) for row, cells in rows)) for name, rows in facts["sheets"]]
    elif kind == "text" and PurePosixPath(document.link).suffix.lower() == ".csv":
        tables = [("", ((int(row), list(cells)) for row, cells in text_rows(root / file)))]
    if tables:
        for sheet, rows in tables:
            for problem in privacy.check_table(rows, file=file, ignore=contacts):
                where = f"{sheet}!{problem.field}" if sheet and problem.field else problem.field
                yield _with(problem, field=where, rows=_rows(document))
        return
    per_kind: dict[str, int] = {}
    found: list[Problem] = []
    for place, text in facts.get("parts") or []:
        if not CANDIDATE.search(str(text)):
            continue  # no run of digits, no @: nothing the detector could find on this page
        for line in str(text).splitlines():
            if not CANDIDATE.search(line):
                continue
            for finding in pii.find(line, ignore=contacts):
                per_kind[finding.kind] = per_kind.get(finding.kind, 0) + 1
                if per_kind[finding.kind] <= MAX_FINDINGS:
                    found.append(exposure.single_finding(finding, file=file, field=str(place)))
    for problem in found:
        kinds = {"personal-data-nik": pii.NIK, "personal-data-npwp": pii.NPWP}
        count = per_kind.get(kinds.get(problem.code, ""), 0) or int(problem.param("count") or 1)
        yield _with(problem, rows=_rows(document), count=str(count))


def _with(problem: Problem, *, field: str | None = None, **params: str) -> Problem:
    merged = dict(problem.params)
    merged.update(params)
    return Problem(problem.code, problem.file, problem.severity, problem.row, problem.line,
                   field if field is not None else problem.field, problem.value, tuple(merged.items()))


def _ranges(pages: list[int]) -> str:
    """``[1, 2, 3, 5]`` -> ``1-3, 5``."""
    parts: list[str] = []
    start = previous = pages[0]
    for page in [*pages[1:], None]:
        if page is not None and page == previous + 1:
            previous = page
            continue
        parts.append(str(start) if start == previous else f"{start}-{previous}")
        if page is not None:
            start = previous = page
    return ", ".join(parts)


def check_unlisted(project: Project, settings: Settings) -> Iterator[Problem]:
    """A file under content/dokumen/ that no DIP row names: a warning (a forgotten link?)."""
    named = {PurePosixPath(link).as_posix() for entry in project.dip for link in split_links(entry.document)}
    for link in document_files(settings.root):
        if link not in named:
            yield Problem("document-unlisted", f"content/{link}", severity=Severity.WARNING, value=link)


def check_register(project: Project, settings: Settings) -> Iterator[Problem]:
    """``content/dokumen.csv``: its rows name documents of the DIP; a remote one declares bytes and SHA-256."""
    register, problems = load_register(settings.root)
    yield from problems
    named = {link for entry in project.dip for link in split_links(entry.document)}
    for link, row in register.items():
        if link not in named:
            yield Problem("document-register-unknown", REGISTER_FILE, severity=Severity.WARNING, row=row.row,
                          field="berkas", value=link)
        if is_address(link) and (not link.startswith("https://") or row.size is None or not row.sha256):
            yield Problem("document-remote-incomplete", REGISTER_FILE, row=row.row, field="berkas", value=link)


def verify_remote_documents(project: Project, *, timeout: float = 15) -> Iterator[Problem]:
    """Each remote document fetched and hashed, as remote data files are (load/remote.py): a
    different SHA-256 or size is an error at its register row, an unreachable address a warning."""
    register, _problems = load_register(Path(project.root))
    for document in project.documents:
        if not document.remote:
            continue
        resource = Resource(name=document.link, path=document.link, source=document.source, title=document.title,
                            description="", fields=(), primary_key=(), size=document.size, sha256=document.sha256,
                            row_count=0, preview=(), descriptor={})
        row = register[document.link].row if document.link in register else None
        for problem in verify_remote(resource, descriptor_file=REGISTER_FILE, timeout=timeout):
            code = "document-remote-checksum" if problem.code == "remote-checksum" else problem.code
            yield Problem(code, problem.file, problem.severity, row, None, "berkas", problem.value, problem.params)


# --- images under content/ and SVG ---------------------------------------------------------

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
# The drawing subset of SVG that is published: shapes, text, gradients, clipping, internal <use>.
SVG_ELEMENTS = frozenset({
    "svg", "g", "path", "circle", "ellipse", "rect", "line", "polyline", "polygon", "text", "tspan", "textPath",
    "defs", "linearGradient", "radialGradient", "stop", "title", "desc", "metadata", "clipPath", "mask", "symbol",
    "use", "pattern", "marker", "style", "filter", "feGaussianBlur", "feOffset", "feBlend", "feColorMatrix",
    "feMerge", "feMergeNode", "feFlood", "feComposite"})
LOCAL_URL = re.compile(r"url\(\s*['\"]?\s*#", re.IGNORECASE)
ANY_URL = re.compile(r"url\(", re.IGNORECASE)


def _local(name: str) -> tuple[str, str]:
    """(namespace, local name) of an ElementTree tag or attribute name."""
    if name.startswith("{"):
        namespace, _brace, local = name[1:].partition("}")
        return namespace, local
    return "", name


def _svg_finding(root: Any) -> tuple[str, str] | None:
    """(what, text to find its line by) of the first thing outside the drawing subset."""
    for node in root.iter():
        namespace, tag = _local(str(node.tag))
        if namespace not in ("", SVG_NS) or tag not in SVG_ELEMENTS:
            return f"<{tag}>", tag
        if tag == "style" and (ANY_URL.sub("", LOCAL_URL.sub("", node.text or "")) != LOCAL_URL.sub(
                "", node.text or "") or "@import" in (node.text or "").lower()):
            return "<style> url()/@import", "style"
        for attribute, value in node.attrib.items():
            space, name = _local(str(attribute))
            lowered = value.strip().lower()
            if name.lower().startswith("on"):
                return f"{name}=", name
            if name == "href" and space in ("", XLINK_NS) and not lowered.startswith("#"):
                return "href", name
            if "javascript:" in lowered or "data:" in lowered or \
                    len(ANY_URL.findall(value)) > len(LOCAL_URL.findall(value)):
                return f"{name}=", name
    return None


def svg_problem(path: Path, *, file: str) -> Problem | None:
    """``svg-unsafe`` at the line of the first thing in an SVG outside its drawing subset: a
    script, an event handler, an external reference, a DTD or entity, HTML inside."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return Problem("svg-unsafe", file, line=1, value=path.name, params=(("what", "encoding"),))
    try:
        root = fromstring(text.encode("utf-8"), forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except ParseError as exc:
        line = getattr(exc, "position", (1, 0))[0]
        return Problem("svg-unsafe", file, line=line, value=path.name, params=(("what", "XML"),))
    except DefusedXmlException:
        doctype = text.upper().find("<!DOCTYPE")
        return Problem("svg-unsafe", file, line=text.count("\n", 0, max(doctype, 0)) + 1, value=path.name,
                       params=(("what", "DOCTYPE/ENTITY"),))
    finding = _svg_finding(root)
    if finding is None:
        return None
    what, name = finding
    return Problem("svg-unsafe", file, line=_line(text, name), value=path.name, params=(("what", what),))


def _line(text: str, name: str) -> int:
    """The line of the first element or attribute called ``name`` (any prefix), else 1."""
    match = re.search(rf"(?:<\s*(?:[\w.-]+:)?{re.escape(name)}\b|[\s:]{re.escape(name)}\s*=)", text, re.IGNORECASE)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def check_images(settings: Settings) -> Iterator[Problem]:
    """Every image under content/ is what its name says; an SVG holds only safe drawing."""
    root = settings.content_dir
    if not root.is_dir() or root.is_symlink():
        return
    for path in sorted(root.rglob("*")):
        suffix = path.suffix.lower()
        if suffix not in IMAGES or path.is_symlink() or not path.is_file() or \
                any(part.is_symlink() for part in path.relative_to(root).parents if str(part) != "."):
            continue
        if path.stat().st_size > settings.max_bytes or path.stat().st_size == 0:
            continue
        file = path.relative_to(settings.root).as_posix()
        found = detect(path)
        if suffix == ".svg":
            problem = svg_problem(path, file=file) if found == "SVG" else Problem(
                "image-type", file, value=path.name, params=(("found", found), ("expected", "SVG")))
        elif found != IMAGES[suffix]:
            code = "active-content" if found in ACTIVE else "image-type"
            problem = Problem(code, file, value=path.name, params=(("found", found), ("expected", IMAGES[suffix])))
        else:
            problem = None
        in_documents = path.relative_to(root).as_posix().startswith(f"{DOCUMENTS_DIR}/")
        if problem is not None and (not in_documents or problem.code == "svg-unsafe"):
            yield problem  # a linked document's type is reported at its DIP row
