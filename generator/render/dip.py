"""The Daftar Informasi Publik section: its lists (``dip_lists.py``), its downloads, one page per entry."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from generator.compliance.context import Compliance
from generator.model import DipEntry, OutputFile, Project
from generator.render.compliance.pages import stale_note
from generator.render.dip_data import entry_context, json_download, list_index
from generator.render.dip_lists import list_files
from generator.render.page import html_block, page_file
from generator.render.requests import entry_request_links
from generator.render.routes import DIP_CSV, dataset_page, entry_page, relative, target
from generator.render.search_facets import search_facets
from generator.vocab import category


def dip_files(project: Project, state: Compliance, *, request_slug: str | None) -> list[OutputFile]:
    """The DIP pages; the entries' local documents and the DIP downloads are files of the default tree."""
    source = Path(project.root) / project.dip_source
    files: list[OutputFile] = [OutputFile(PurePosixPath(DIP_CSV), copy_from=str(source))]
    if source.is_file():
        files.append(json_download(source))
    entries = tuple(sorted(project.dip, key=lambda entry: entry.id))
    lists, paginated = list_files(entries, state)
    files += lists
    if paginated:
        files.append(list_index(entries, frozenset(state.stale_entries)))
    titles = {dataset.name: dataset.title for dataset in project.datasets}
    for entry in entries:
        files += _entry_files(project, entry, titles, request_slug, state)
    return files


def _entry_files(project: Project, entry: DipEntry, titles: dict[str, str],
                 request_slug: str | None, state: Compliance) -> list[OutputFile]:
    page = entry_page(entry.id)
    known = category(entry.category)
    external = "://" in entry.document or entry.document.startswith("mailto:")
    document_url = entry.document if external else (
        relative(page, f"dokumen/{entry.document}") if entry.document else "")
    body = html_block("dip_entry.html", before=stale_note(state.stale_entries.get(entry.id)),
                      e=entry_context(entry, page),
                      category_url=relative(page, f"dip/{known.slug if known else ''}/"),
                      document_url=document_url, external=external,
                      dataset_url=relative(page, target(dataset_page(entry.dataset)))
                      if entry.dataset in titles else "",
                      dataset_title=titles.get(entry.dataset, ""),
                      dip_url=relative(page, "dip/"),
                      request_url=relative(page, f"{request_slug}/") if request_slug else relative(page, ""),
                      **entry_request_links(entry, page))
    files = [page_file(page, f"{entry.id} {entry.title}", entry.summary, body, search=search_facets(entry=entry))]
    if entry.document and not external:
        source = Path(project.root) / "content" / entry.document
        files.append(OutputFile(PurePosixPath("dokumen") / entry.document, copy_from=str(source)))
    return files
