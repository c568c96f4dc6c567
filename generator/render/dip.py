"""The Daftar Informasi Publik section: the whole list, one page per category, one per entry."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

from markupsafe import Markup

from generator.catalog.schemaorg import script_json
from generator.compliance.context import Compliance
from generator.i18n import _
from generator.i18n.format import date_label
from generator.model import DipEntry, OutputFile, Project
from generator.render.compliance.pages import stale_note
from generator.render.documents import digital_documents, documents_block
from generator.render.page import html_block, page_file
from generator.render.routes import DIP_CSV, DIP_INDEX, category_page, dataset_page, entry_page, relative, target
from generator.render.search_facets import search_facets
from generator.settings import Settings
from generator.vocab import CATEGORIES, category


def entry_context(entry: DipEntry, from_page: str, *, stale: bool = False) -> dict[str, Any]:
    """What a template shows of one entry; staff values as written, labels translated."""
    known = category(entry.category)
    return {
        "id": entry.id, "category": entry.category,
        "category_label": _(known.label) if known else entry.category,
        "title": entry.title, "summary": entry.summary, "holder": entry.holder,
        "responsible": entry.responsible, "made_when": entry.made_when, "year": entry.year,
        "made_where": entry.made_where, "form": entry.form, "retention": entry.retention,
        "updated": entry.updated, "updated_label": date_label(entry.updated),
        "document": entry.document, "dataset": entry.dataset,
        "exclusion_basis": entry.exclusion_basis, "consequence_test": entry.consequence_test,
        "exclusion_period": entry.exclusion_period,
        "url": relative(from_page, target(entry_page(entry.id))), "stale": stale,
    }


def _table(*, page: str, key: str, caption: str, intro: str, entries: list[DipEntry],
           show_category: bool, state: Compliance) -> str:
    return html_block("dip_table.html", key=key, caption=caption, intro=intro,
                      show_category=show_category,
                      entries=[entry_context(entry, page, stale=entry.id in state.stale_entries)
                               for entry in entries],
                      units=sorted({entry.holder for entry in entries if entry.holder}),
                      years=sorted({entry.year for entry in entries if entry.year}, reverse=True),
                      csv_url=relative(page, DIP_CSV))


def dip_files(project: Project, state: Compliance, *, request_slug: str | None,
              settings: Settings) -> list[OutputFile]:
    """The DIP pages; the DIP CSV is a file of the default tree (documents: render/documents.py)."""
    files: list[OutputFile] = [OutputFile(PurePosixPath(DIP_CSV),
                                          copy_from=str(Path(project.root) / project.dip_source))]
    entries = sorted(project.dip, key=lambda entry: entry.id)
    title = _("Daftar Informasi Publik")
    body = _table(page=DIP_INDEX, key="semua", caption=title,
                  intro=_("Daftar seluruh informasi publik yang dikuasai badan publik ini, "
                          "disusun menurut Perki 1/2021."), entries=entries, show_category=True, state=state)
    files.append(page_file(DIP_INDEX, title, title, body, hide_nav=False))
    for item in CATEGORIES:
        page = category_page(item.slug)
        chosen = [entry for entry in entries if entry.category == item.key]
        body = _table(page=page, key=item.slug, caption=_(item.label), intro=_(item.blurb),
                      entries=chosen, show_category=False, state=state)
        files.append(page_file(page, _(item.label), _(item.blurb), body))
    titles = {dataset.name: dataset.title for dataset in project.datasets}
    for entry in entries:
        files += _entry_files(project, entry, titles, request_slug, state, settings)
    return files


def _entry_files(project: Project, entry: DipEntry, titles: dict[str, str],
                 request_slug: str | None, state: Compliance, settings: Settings) -> list[OutputFile]:
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
                      request_url=relative(page, f"{request_slug}/") if request_slug else relative(page, ""))
    documents = digital_documents(project, settings, entry, page, base)
    meta = {"etalase_jsonld": script_json({"@context": "https://schema.org", "@type": "WebPage",
                                           "name": f"{entry.id} {entry.title}", "hasPart": documents})} \
        if documents else None
    return [page_file(page, f"{entry.id} {entry.title}", entry.summary, body, search=search_facets(entry=entry),
                      extra_meta=meta)]
