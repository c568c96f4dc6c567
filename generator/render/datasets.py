"""The catalogue section: one page per dataset (with its downloads) and the catalogue (``catalog_pages.py``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.catalog import DatasetOutput
from generator.catalog.page import provenance_context
from generator.catalog.schemaorg import dataset_jsonld, script_json
from generator.compliance.context import Compliance
from generator.load.history import History
from generator.model import OutputFile, Project
from generator.render.catalog_pages import catalog_list_files
from generator.render.compliance.pages import stale_note
from generator.render.dataset_context import dataset_context
from generator.render.dip_data import entry_context
from generator.render.page import html_block, page_file
from generator.render.routes import dataset_page, dip_list_page, relative, target
from generator.render.search_facets import search_facets
from generator.render.views import needs_leaflet, view_contexts

# A dataset page names at most this many of the DIP entries that link it (the rest are counted and
# the DIP lists and downloads have them all): a dataset linked by thousands of entries keeps a small page.
RELATED_SHOWN = 20


def dataset_files(project: Project, state: Compliance, outputs: dict[str, DatasetOutput],
                  history: History | None) -> tuple[list[OutputFile], bool]:
    """The dataset pages, their published files and the catalogue; and whether a map needs Leaflet."""
    files: list[OutputFile] = []
    leaflet = False
    datasets = sorted(project.datasets, key=lambda dataset: dataset.name)
    profile = project.profile
    linked: dict[str, list[Any]] = {}
    for entry in project.dip:
        if entry.dataset:
            linked.setdefault(entry.dataset, []).append(entry)
    for dataset in datasets:
        page = dataset_page(dataset.name)
        entries = linked.get(dataset.name, [])
        related = [entry_context(entry, page) for entry in entries[:RELATED_SHOWN]]
        context = dataset_context(dataset, page=page, related=related)
        context["related_more"] = len(entries) - len(related)
        context["dip_url"] = relative(page, target(dip_list_page()))
        output = outputs[dataset.name]
        context.update(provenance_context(dataset, output, page=page, history=history,
                                          repo_url=profile.repo_url if profile else None))
        jsonld = script_json(dataset_jsonld(dataset, output, page=page, base=profile.site_url if profile else None))
        context["views"] = view_contexts(dataset, root=Path(project.root), page=page)
        leaflet = leaflet or needs_leaflet(context["views"])
        body = html_block("dataset.html", before=stale_note(state.stale_datasets.get(dataset.name)), **context)
        files.append(page_file(page, dataset.title, dataset.description, body,
                               extra_meta={"etalase_jsonld": jsonld}, search=search_facets(dataset=dataset)))
        files += output.files
    files += catalog_list_files(datasets)
    return files, leaflet
