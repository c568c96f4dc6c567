"""The catalogue section: one page per dataset (with its downloads) and the catalogue page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.catalog import DatasetOutput
from generator.catalog.page import provenance_context
from generator.catalog.schemaorg import dataset_jsonld, script_json
from generator.compliance.context import Compliance
from generator.i18n import _
from generator.i18n.format import date_label
from generator.load.history import History
from generator.model import Dataset, OutputFile, Project
from generator.render.compliance.pages import stale_note
from generator.render.dataset_context import dataset_context
from generator.render.dip_data import entry_context
from generator.render.page import html_block, page_file
from generator.render.routes import CATALOG, dataset_page, relative, target
from generator.render.search_facets import search_facets
from generator.render.views import needs_leaflet, view_contexts
from generator.vocab import FREQUENCIES


def dataset_files(project: Project, state: Compliance, outputs: dict[str, DatasetOutput],
                  history: History | None) -> tuple[list[OutputFile], bool]:
    """The dataset pages, their published files and the catalogue; and whether a map needs Leaflet."""
    files: list[OutputFile] = []
    leaflet = False
    datasets = sorted(project.datasets, key=lambda dataset: dataset.name)
    profile = project.profile
    for dataset in datasets:
        page = dataset_page(dataset.name)
        related = [entry_context(entry, page) for entry in project.dip if entry.dataset == dataset.name]
        context = dataset_context(dataset, page=page, related=related)
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
    cards = [_card(dataset, CATALOG) for dataset in datasets]
    topics = sorted({dataset.topic for dataset in datasets if dataset.topic})
    files.append(page_file(CATALOG, _("Katalog Dataset"), _("Katalog data terbuka"),
                           html_block("catalog.html", datasets=cards, topics=topics)))
    return files, leaflet


def _card(dataset: Dataset, page: str) -> dict[str, Any]:
    summary = dataset.description.split("\n")[0]
    frequency = FREQUENCIES.get(dataset.frequency)
    return {"title": dataset.title, "url": relative(page, target(dataset_page(dataset.name))),
            "summary": summary if len(summary) <= 240 else summary[:239] + "…",
            "topic": dataset.topic, "publisher": dataset.publisher,
            "publisher_unit": dataset.publisher_unit,
            "frequency": _(frequency) if frequency else dataset.frequency,
            "updated": date_label(dataset.updated), "resource_count": len(dataset.resources),
            "updated_iso": dataset.updated.isoformat() if dataset.updated else "",
            "keywords": dataset.keywords}
