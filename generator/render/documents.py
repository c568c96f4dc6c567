"""The documents of one DIP entry on its page: facts, download, first-page preview, and the
text of the document (collapsed under "Isi dokumen") so the site search finds words inside it.

Facts come from the cache by SHA-256 (``load/docread.py``): a rebuild with unchanged
documents opens none of them. The preview (WebP, a few KB) is rendered once per SHA-256 and
kept in ``.etalase/cache/previews``. The download is the repository's file, copied as it is.
"""

from __future__ import annotations

from functools import lru_cache, partial
from pathlib import Path, PurePosixPath
from typing import Any

from generator.cache import prune
from generator.i18n import N_, _, ngettext
from generator.i18n.format import date_label, size_label
from generator.load.docread import MEDIA_TYPES, detect, preview, preview_store, store_for
from generator.load.documents import is_address, split_links
from generator.load.io.git import last_changed
from generator.model import DipEntry, Document, OutputFile, Project
from generator.render.page import html_block
from generator.render.routes import relative
from generator.settings import Settings

PREVIEWS_DIR = "pratinjau"
TYPE_LABELS = {"text": "CSV", "OLE": "Office 97-2003"}
MAX_PAGE_TEXT = 200_000  # characters of a document's text on its entry page
PLACES = {"halaman": N_("Halaman %(num)s"), "paragraf": N_("Paragraf %(num)s"), "slide": N_("Slide %(num)s")}


@lru_cache(maxsize=4)
def _changed(root: str, sources: tuple[str, ...]) -> dict[str, str]:
    return last_changed(Path(root), sources)


def changed_dates(project: Project, settings: Settings) -> dict[str, str]:
    """The date of the last commit of each local document (git), as the entry pages show them."""
    return _changed(str(settings.root), tuple(sorted(d.source for d in project.documents if not d.remote)))


def preview_path(document: Document) -> str:
    return f"{PREVIEWS_DIR}/{document.sha256[:24]}.webp"


def entry_documents(project: Project, entry: DipEntry) -> list[Document]:
    by_link = {document.link: document for document in project.documents}
    return [by_link[link] for link in split_links(entry.document) if link in by_link]


def document_context(project: Project, settings: Settings, entry: DipEntry, page: str) -> dict[str, Any]:
    """What the template shows of the entry's documents, and the plain links that are not documents."""
    store = store_for(settings.cache_dir if settings.cache else None)
    documents = entry_documents(project, entry)
    local = [document for document in documents if not document.remote]
    facts = store.facts_of((document.sha256, settings.root / document.source) for document in local)
    changed = changed_dates(project, settings)
    shown: list[dict[str, Any]] = []
    for number, document in enumerate(documents, start=1):
        known = facts.get(document.sha256, {}) if not document.remote else {}
        kind = str(known.get("kind") or PurePosixPath(document.link.split("?", 1)[0]).suffix.lstrip(".").upper())
        pages = known.get("pages")
        title = document.title if document.title != PurePosixPath(document.link).name or not known.get("title") \
            else str(known["title"])
        parts = [[str(place), str(text)] for place, text in known.get("parts") or []]
        shown.append({
            "anchor": f"dokumen-{number}", "title": title, "type": TYPE_LABELS.get(kind, kind),
            "size": size_label(document.size), "bytes": document.size, "sha256": document.sha256,
            "pages": ngettext("%(num)d halaman", "%(num)d halaman", int(pages)) % {"num": int(pages)}
            if isinstance(pages, int) and kind == "PDF" else "",
            "changed": date_label(changed.get(document.source)) if changed.get(document.source) else "",
            "url": document.site_path if document.remote else relative(page, document.site_path),
            "remote": document.remote,
            "preview_url": relative(page, preview_path(document)) if kind == "PDF" and not known.get("error")
            and pages else "",
            "scanned": bool(known.get("scanned")) and kind == "PDF",
            "text": _page_text(parts),
        })
    links = [link for link in split_links(entry.document)
             if link not in {document.link for document in documents} and is_address(link)]
    return {"documents": shown, "links": links}


def place_label(place: str) -> str:
    """``halaman 2`` (as the facts and problems say it) in the page's language; a sheet name as is."""
    kind, _space, number = place.partition(" ")
    label = PLACES.get(kind)
    return _(label) % {"num": number} if label and number.isdigit() else place


def _page_text(parts: list[list[str]]) -> list[list[str]]:
    kept: list[list[str]] = []
    total = 0
    for place, text in parts:
        if total >= MAX_PAGE_TEXT:
            break
        text = " ".join(text.split())[: MAX_PAGE_TEXT - total]
        total += len(text)
        kept.append([place_label(place), text])
    return kept


def documents_block(project: Project, settings: Settings, entry: DipEntry, page: str) -> str:
    context = document_context(project, settings, entry, page)
    if not context["documents"] and not context["links"]:
        return ""
    return html_block("dip_documents.html", **context)


def document_files(project: Project, settings: Settings) -> list[OutputFile]:
    """Every local document, copied byte for byte, and the preview of each PDF and image."""
    store = store_for(settings.cache_dir if settings.cache else None)
    previews = preview_store(settings.cache_dir if settings.cache else None)
    local = [document for document in project.documents if not document.remote]
    facts = store.facts_of((document.sha256, settings.root / document.source) for document in local)
    files: list[OutputFile] = []
    seen: set[str] = set()
    for document in local:
        if document.site_path in seen:
            continue
        seen.add(document.site_path)
        source = settings.root / document.source
        files.append(OutputFile(PurePosixPath(document.site_path), copy_from=str(source)))
        known = facts.get(document.sha256, {})
        if known.get("kind") == "PDF" and known.get("pages") and not known.get("error") \
                and preview_path(document) not in seen:
            seen.add(preview_path(document))
            key = f"preview-{document.sha256}"
            data = previews.make(key, partial(_preview, source)) if previews else _preview(source)
            if data:
                files.append(OutputFile(PurePosixPath(preview_path(document)), data=data))
    if previews:
        prune(previews.folder, previews.used)  # previews of documents that changed or went
    return files


def _preview(source: Path) -> bytes:
    try:
        return preview(source, detect(source))
    except Exception:  # a preview is a convenience: the page shows the document without one
        return b""


def media_type(kind: str) -> str:
    return MEDIA_TYPES.get(kind, "application/octet-stream")


def digital_documents(project: Project, settings: Settings, entry: DipEntry, page: str,
                      base: str | None) -> list[dict[str, Any]]:
    """schema.org ``DigitalDocument`` of each document of the entry (for its JSON-LD)."""
    from generator.catalog.vocab import absolute

    store = store_for(settings.cache_dir if settings.cache else None)
    found = []
    for document in entry_documents(project, entry):
        known = store.get_facts(document.sha256) or {} if not document.remote else {}
        url = document.site_path if document.remote else (
            absolute(base, document.site_path) if base else relative(page, document.site_path))
        item: dict[str, Any] = {"@type": "DigitalDocument", "name": document.title, "url": url,
                                "contentSize": str(document.size), "sha256": document.sha256,
                                "encodingFormat": media_type(str(known.get("kind") or "")),
                                "isAccessibleForFree": True, "inLanguage": "id"}
        if isinstance(known.get("pages"), int) and known.get("kind") == "PDF":
            item["numberOfPages"] = known["pages"]
        found.append(item)
    return found
