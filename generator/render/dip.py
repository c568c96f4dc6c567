"""The Daftar Informasi Publik section: its lists (``dip_lists.py``), its downloads, one page per entry."""

from __future__ import annotations

from functools import partial
from pathlib import Path, PurePosixPath

from markupsafe import Markup

from generator.catalog.schemaorg import script_json
from generator.compliance.context import Compliance
from generator.model import DipEntry, OutputFile, Project
from generator.render.compliance.pages import stale_note
from generator.render.dip_data import entry_context, json_download, list_index
from generator.render.dip_groups import group_files, grouped_ids, search_groups
from generator.render.dip_lists import dip_lists, list_files
from generator.render.documents import changed_dates, digital_documents, documents_block
from generator.render.page import html_block, page_file
from generator.render.requests import entry_request_links
from generator.render.reuse import Reuse, digest
from generator.render.routes import DIP_CSV, dataset_page, entry_page, relative, target
from generator.render.search_facets import search_facets
from generator.settings import Settings
from generator.vocab import category


def dip_files(project: Project, state: Compliance, *, request_slug: str | None,
              settings: Settings | None = None, reuse: Reuse | None = None) -> list[OutputFile]:
    """The DIP pages; the DIP downloads are files of the default tree (documents: render/documents.py,
    their facts from ``settings``' cache; without settings, read without a cache). With ``reuse``,
    the lists and each entry's page are units kept while what they show is unchanged."""
    settings = settings or Settings(root=Path(project.root), cache=False)
    reuse = reuse or Reuse(language="")
    source = Path(project.root) / project.dip_source
    files: list[OutputFile] = [OutputFile(PurePosixPath(DIP_CSV), copy_from=str(source))]
    if source.is_file():
        files.append(json_download(source))
    entries = tuple(sorted(project.dip, key=lambda entry: entry.id))
    stale = sorted(state.stale_entries)  # all the lists read of the compliance figures
    files += reuse.unit("dip-lists", {"entries": entries, "stale": stale}, lambda: list_files(entries, state)[0])
    if any(item.year is not None for item in dip_lists(entries)):  # a list of several pages
        files.append(list_index(entries, frozenset(state.stale_entries)))
    groups = search_groups(entries)  # the entries indexed together, not on their own pages
    for key, chunk in groups:
        files += reuse.unit(f"group:{key}", {"entries": chunk}, partial(group_files, key, chunk))
    in_group = grouped_ids(groups)
    titles = {dataset.name: dataset.title for dataset in project.datasets}
    # what every entry's page may show besides its own row: the documents (their facts are those
    # of their SHA-256, their dates from git), the datasets' titles, the profile, the request page
    shared = digest({"profile": project.profile, "documents": project.documents, "titles": titles,
                     "request": request_slug, "dates": changed_dates(project, settings), "cache": settings.cache})
    for entry in entries:
        indexed = entry.id not in in_group
        material = {"shared": shared, "entry": entry, "stale": state.stale_entries.get(entry.id), "indexed": indexed}
        files += reuse.unit(f"entry:{entry.id}", material,
                            partial(_entry_files, project, entry, titles, request_slug, state, settings, indexed))
    return files


def _entry_files(project: Project, entry: DipEntry, titles: dict[str, str],
                 request_slug: str | None, state: Compliance, settings: Settings,
                 indexed: bool) -> list[OutputFile]:
    """An entry's page; not ``indexed`` when a search group (dip_groups.py) carries its words."""
    page = entry_page(entry.id)
    known = category(entry.category)
    profile = project.profile
    base = profile.site_url.rstrip("/") + "/" if profile and profile.site_url else None
    body = html_block("dip_entry.html", before=stale_note(state.stale_entries.get(entry.id)),
                      e=entry_context(entry, page),
                      category_url=relative(page, f"dip/{known.slug if known else ''}/"),
                      documents=Markup(documents_block(project, settings, entry, page)),
                      dataset_url=relative(page, target(dataset_page(entry.dataset)))
                      if entry.dataset in titles else "",
                      dataset_title=titles.get(entry.dataset, ""),
                      dip_url=relative(page, "dip/"),
                      request_url=relative(page, f"{request_slug}/") if request_slug else relative(page, ""),
                      **entry_request_links(entry, page))
    documents = digital_documents(project, settings, entry, page, base)
    meta = {"etalase_jsonld": script_json({"@context": "https://schema.org", "@type": "WebPage",
                                           "name": f"{entry.id} {entry.title}", "hasPart": documents})} \
        if documents else None
    return [page_file(page, f"{entry.id} {entry.title}", entry.summary, body, search=search_facets(entry=entry),
                      extra_meta=meta, searchable=indexed)]
