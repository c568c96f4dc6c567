"""The catalogue section: one page per dataset (with its downloads) and the catalogue (``catalog_pages.py``)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from generator.catalog import DatasetOutput
from generator.catalog.page import provenance_context
from generator.catalog.schemaorg import dataset_jsonld, script_json
from generator.compliance.context import Compliance
from generator.load.history import History
from generator.load.views import parse_views
from generator.model import Dataset, DipEntry, OutputFile, Profile, Project
from generator.render.catalog_pages import catalog_list_files
from generator.render.compliance.pages import stale_note
from generator.render.dataset_context import dataset_context
from generator.render.dip_data import entry_context
from generator.render.page import html_block, page_file
from generator.render.reuse import Reuse, canonical
from generator.render.routes import dataset_page, dip_list_page, relative, target
from generator.render.search_facets import search_facets
from generator.render.views import view_contexts

# A dataset page names at most this many of the DIP entries that link it (the rest are counted and
# the DIP lists and downloads have them all): a dataset linked by thousands of entries keeps a small page.
RELATED_SHOWN = 20


def dataset_files(project: Project, state: Compliance, outputs: dict[str, DatasetOutput],
                  history: History | None, reuse: Reuse | None = None) -> tuple[list[OutputFile], bool]:
    """The dataset pages, their published files and the catalogue; and whether a map needs Leaflet.
    With ``reuse``, each dataset's page is a unit kept while what it shows is unchanged."""
    reuse = reuse or Reuse(language="")
    files: list[OutputFile] = []
    leaflet = False
    datasets = sorted(project.datasets, key=lambda dataset: dataset.name)
    linked: dict[str, list[DipEntry]] = {}
    for entry in project.dip:
        if entry.dataset:
            linked.setdefault(entry.dataset, []).append(entry)
    for dataset in datasets:
        entries = linked.get(dataset.name, [])
        output = outputs[dataset.name]
        # everything the page shows: the dataset (its descriptors too: views, schema), its files,
        # their history, the DIP entries that link it, its freshness, the profile's addresses
        material = {"dataset": dataset,
                    "descriptors": canonical([dataset.descriptor, *(r.descriptor for r in dataset.resources)]),
                    "output": [output.published, output.descriptor], "entries": entries,
                    "history": [history.status, history.head, [history.of(r.source) for r in dataset.resources]]
                    if history else None,
                    "stale": state.stale_datasets.get(dataset.name), "profile": project.profile}
        files += reuse.unit(f"dataset:{dataset.name}", material,
                            partial(_dataset_page, project, dataset, entries, output, state, history))
        views, _problems = parse_views(dataset)
        leaflet = leaflet or any(view.kind == "map" for view in views)
        files += output.files
    files += catalog_list_files(datasets)
    return files, leaflet


def _dataset_page(project: Project, dataset: Dataset, entries: list[DipEntry], output: DatasetOutput,
                  state: Compliance, history: History | None) -> list[OutputFile]:
    profile: Profile | None = project.profile
    page = dataset_page(dataset.name)
    related = [entry_context(entry, page) for entry in entries[:RELATED_SHOWN]]
    context = dataset_context(dataset, page=page, related=related)
    context["related_more"] = len(entries) - len(related)
    context["dip_url"] = relative(page, target(dip_list_page()))
    context.update(provenance_context(dataset, output, page=page, history=history,
                                      repo_url=profile.repo_url if profile else None))
    jsonld = script_json(dataset_jsonld(dataset, output, page=page, base=profile.site_url if profile else None))
    context["views"] = view_contexts(dataset, root=Path(project.root), page=page)
    body = html_block("dataset.html", before=stale_note(state.stale_datasets.get(dataset.name)), **context)
    return [page_file(page, dataset.title, dataset.description, body,
                      extra_meta={"etalase_jsonld": jsonld}, search=search_facets(dataset=dataset))]

