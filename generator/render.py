"""Render stage: records -> a docs tree (Markdown pages with escaped HTML, static files).

No site engine is imported here. Every text that came from a user passes through
Jinja2 autoescaping before it reaches HTML.
"""

from __future__ import annotations

import html
import json
from pathlib import Path, PurePosixPath
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.cache import DOWNLOADS, BlobStore
from generator.catalog import DatasetOutput, catalog_files, dataset_output, manifest_file
from generator.catalog.page import provenance_context
from generator.catalog.schemaorg import dataset_jsonld, script_json
from generator.checks.metadata import FREQUENCIES
from generator.fmt import angka, relative, tanggal
from generator.history import History
from generator.model import Dataset, DipEntry, DocsTree, NavItem, OutputFile, Page, Project
from generator.pagelinks import rewrite_page_links
from generator.render_data import dataset_context
from generator.render_views import needs_leaflet, view_contexts
from generator.search_facets import search_facets
from generator.settings import Settings

HERE = Path(__file__).parent
STATIC = ("etalase.css", "etalase.js", "etalase-search.js")
LEAFLET_FILES = ("leaflet.js", "leaflet.css", "LICENSE")

CATEGORIES = (
    ("berkala", "Informasi Berkala", "berkala",
     "Informasi yang wajib diumumkan secara berkala (UU 14/2008 Pasal 9)."),
    ("serta_merta", "Informasi Serta Merta", "serta-merta",
     "Informasi yang dapat mengancam hajat hidup orang banyak dan ketertiban umum (Pasal 10)."),
    ("setiap_saat", "Informasi Setiap Saat", "setiap-saat",
     "Informasi yang wajib tersedia setiap saat (Pasal 11)."),
    ("dikecualikan", "Informasi yang Dikecualikan", "dikecualikan",
     "Informasi yang dikecualikan berdasarkan uji konsekuensi (Pasal 17)."),
)
CATEGORY_LABELS = {key: label for key, label, _, _ in CATEGORIES}

HOME = "index.md"
DIP_INDEX = "dip/index.md"
CATALOG = "dataset/index.md"
DIP_CSV = "dip/daftar-informasi-publik.csv"


def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=True,
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True,
                      keep_trailing_newline=True)
    return env


def entry_page(entry_id: str) -> str:
    return f"informasi/{entry_id}/index.md"


def dataset_page(name: str) -> str:
    return f"dataset/{name}/index.md"


def target(page: str) -> str:
    """The site URL path of a docs page (``a/b/index.md`` -> ``a/b/``)."""
    return "" if page == HOME else page.removesuffix("index.md")


def render_project(project: Project, settings: Settings, *, history: History | None = None,
                   store: BlobStore | None = None) -> DocsTree:
    """The docs tree; derived downloads come from ``store`` (by default the cache's, if on)."""
    env = environment()
    store = store or (BlobStore(settings.cache_dir, DOWNLOADS) if settings.cache else None)
    outputs = {dataset.name: dataset_output(dataset, Path(project.root), store=store)
               for dataset in project.datasets}
    files: list[OutputFile] = [_static(name) for name in STATIC]
    files += _profile_assets(project, settings)
    slugs = {page.slug for page in project.pages}
    files += [staff_page_file(page, slugs) for page in project.pages]
    files += _dip_files(project, env)
    files += _dataset_files(project, env, outputs, history)
    files.append(_home(project, env))
    files += catalog_files(project, outputs, store=store)
    from generator.compliance.site import compliance_section  # builds on this module's helpers

    files, section = compliance_section(project, settings, env, files)
    files.append(manifest_file(files, commit=history.head if history else ""))  # lists every download
    files.sort(key=lambda item: str(item.path))
    profile = project.profile
    # The site engine writes the site name, description and menu titles into HTML as they are.
    return DocsTree(files=tuple(files), nav=(*_nav(project), *section),
                    site_name=html.escape(profile.name) if profile and profile.name else "Etalase",
                    site_description=html.escape(profile.description) if profile else "",
                    site_url=profile.site_url if profile else None,
                    repo_url=profile.repo_url if profile else None)


def staff_page_file(page: Page, slugs: set[str]) -> OutputFile:
    """A staff page (Indonesian, or its English version) with its front matter rebuilt from the record."""
    return _page_file(f"{page.slug}/index.md", page.title, page.description,
                      rewrite_page_links(page.body, slugs), hide_toc=False)


def _static(name: str) -> OutputFile:
    return OutputFile(PurePosixPath("assets") / name, copy_from=str(HERE / "static" / name))


def _profile_assets(project: Project, settings: Settings) -> list[OutputFile]:
    logo = project.profile.logo if project.profile else None
    if not logo:
        return []
    source = settings.content_dir / logo
    return [OutputFile(PurePosixPath(logo), copy_from=str(source))] if source.is_file() else []


def _page_file(path: str, title: str, description: str, body: str, *, hide_toc: bool = True,
               hide_nav: bool = False, extra_meta: dict[str, str] | None = None,
               search: dict[str, Any] | None = None) -> OutputFile:
    # The home page's <title> is the site name alone, so it carries no title of its own.
    meta: dict[str, Any] = {} if path == HOME else {"title": html.escape(title)}
    meta.update(extra_meta or {})
    if description:
        meta["description"] = html.escape(description)
    if search:
        meta["etalase_search"] = search
    hide = [name for name, on in (("toc", hide_toc), ("navigation", hide_nav)) if on]
    if hide:
        meta["hide"] = hide
    front = "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in meta.items())
    heading = "" if body.lstrip().startswith("# ") else f"# {_heading(title)}\n\n"
    return OutputFile(PurePosixPath(path), text=f"---\n{front}---\n\n{heading}{body.rstrip()}\n")


def _heading(title: str) -> str:
    """A Markdown h1 whose text is never read as markup."""
    escaped = html.escape(title)
    return "".join(f"\\{char}" if char in "\\`*_[]{}()#+-.!|<>" else char for char in escaped)


def _html(env: Environment, template: str, **context: Any) -> str:
    """A template wrapped in one block element, so Markdown passes it through untouched."""
    inner = env.get_template(template).render(**context).strip()
    return f'<div class="etl">\n{inner}\n</div>'


def _entry_context(entry: DipEntry, from_page: str) -> dict[str, Any]:
    return {
        "id": entry.id, "category": entry.category,
        "category_label": CATEGORY_LABELS.get(entry.category, entry.category),
        "title": entry.title, "summary": entry.summary, "holder": entry.holder,
        "responsible": entry.responsible, "made_when": entry.made_when, "year": entry.year,
        "made_where": entry.made_where, "form": entry.form, "retention": entry.retention,
        "updated": entry.updated, "updated_label": tanggal(entry.updated),
        "document": entry.document, "dataset": entry.dataset,
        "exclusion_basis": entry.exclusion_basis, "consequence_test": entry.consequence_test,
        "exclusion_period": entry.exclusion_period,
        "url": relative(from_page, target(entry_page(entry.id))),
    }


def _dip_table(project: Project, env: Environment, *, page: str, key: str, caption: str,
               intro: str, entries: list[DipEntry], show_category: bool) -> str:
    return _html(env, "dip_table.html", key=key, caption=caption, intro=intro,
                 show_category=show_category,
                 entries=[_entry_context(entry, page) for entry in entries],
                 units=sorted({entry.holder for entry in entries if entry.holder}),
                 years=sorted({entry.year for entry in entries if entry.year}, reverse=True),
                 csv_url=relative(page, DIP_CSV))


def _dip_files(project: Project, env: Environment) -> list[OutputFile]:
    files: list[OutputFile] = [OutputFile(PurePosixPath(DIP_CSV),
                                          copy_from=str(Path(project.root) / project.dip_source))]
    entries = sorted(project.dip, key=lambda entry: entry.id)
    body = _dip_table(project, env, page=DIP_INDEX, key="semua", caption="Daftar Informasi Publik",
                      intro="Daftar seluruh informasi publik yang dikuasai badan publik ini, "
                            "disusun menurut Perki 1/2021.", entries=entries, show_category=True)
    files.append(_page_file(DIP_INDEX, "Daftar Informasi Publik", "Daftar Informasi Publik", body,
                            hide_nav=False))
    for key, label, slug, blurb in CATEGORIES:
        page = f"dip/{slug}/index.md"
        chosen = [entry for entry in entries if entry.category == key]
        body = _dip_table(project, env, page=page, key=slug, caption=label, intro=blurb,
                          entries=chosen, show_category=False)
        files.append(_page_file(page, label, blurb, body))
    titles = {dataset.name: dataset.title for dataset in project.datasets}
    request = next((page.slug for page in project.pages if "permohonan" in page.slug), None)
    for entry in entries:
        page = entry_page(entry.id)
        category_slug = next((slug for key, _, slug, _ in CATEGORIES if key == entry.category), "")
        external = "://" in entry.document or entry.document.startswith("mailto:")
        document_url = entry.document if external else (
            relative(page, f"dokumen/{entry.document}") if entry.document else "")
        body = _html(env, "dip_entry.html", e=_entry_context(entry, page),
                     category_url=relative(page, f"dip/{category_slug}/"),
                     document_url=document_url, external=external,
                     dataset_url=relative(page, target(dataset_page(entry.dataset)))
                     if entry.dataset in titles else "",
                     dataset_title=titles.get(entry.dataset, ""),
                     dip_url=relative(page, "dip/"),
                     request_url=relative(page, f"{request}/") if request else relative(page, ""))
        files.append(_page_file(page, f"{entry.id} {entry.title}", entry.summary, body,
                                search=search_facets(entry=entry)))
        if entry.document and not external:
            source = Path(project.root) / "content" / entry.document
            files.append(OutputFile(PurePosixPath("dokumen") / entry.document, copy_from=str(source)))
    return files


def _dataset_files(project: Project, env: Environment, outputs: dict[str, DatasetOutput],
                   history: History | None) -> list[OutputFile]:
    files: list[OutputFile] = []
    leaflet = False
    datasets = sorted(project.datasets, key=lambda dataset: dataset.name)
    for dataset in datasets:
        page = dataset_page(dataset.name)
        related = [_entry_context(entry, page) for entry in project.dip if entry.dataset == dataset.name]
        context = dataset_context(dataset, page=page, related=related)
        output = outputs[dataset.name]
        repo_url = project.profile.repo_url if project.profile else None
        context.update(provenance_context(dataset, output, page=page, history=history, repo_url=repo_url))
        base = project.profile.site_url if project.profile else None
        jsonld = script_json(dataset_jsonld(dataset, output, page=page, base=base))
        context["views"] = view_contexts(dataset, root=Path(project.root), page=page)
        leaflet = leaflet or needs_leaflet(context["views"])
        files.append(_page_file(page, dataset.title, dataset.description,
                                _html(env, "dataset.html", **context), extra_meta={"etalase_jsonld": jsonld},
                                search=search_facets(dataset=dataset)))
        files += output.files
    if leaflet:
        files += [_static(f"vendor/leaflet/{name}") for name in LEAFLET_FILES]
    cards = [_card(dataset, CATALOG) for dataset in datasets]
    topics = sorted({dataset.topic for dataset in datasets if dataset.topic})
    files.append(_page_file(CATALOG, "Katalog Dataset", "Katalog data terbuka",
                            _html(env, "catalog.html", datasets=cards, topics=topics)))
    return files


def _card(dataset: Dataset, page: str) -> dict[str, Any]:
    summary = dataset.description.split("\n")[0]
    return {"title": dataset.title, "url": relative(page, target(dataset_page(dataset.name))),
            "summary": summary if len(summary) <= 240 else summary[:239] + "…",
            "topic": dataset.topic, "publisher": dataset.publisher,
            "publisher_unit": dataset.publisher_unit,
            "frequency": FREQUENCIES.get(dataset.frequency, dataset.frequency),
            "updated": tanggal(dataset.updated), "resource_count": len(dataset.resources),
            "updated_iso": dataset.updated.isoformat() if dataset.updated else "",
            "keywords": dataset.keywords}


def _home(project: Project, env: Environment) -> OutputFile:
    counts = {key: sum(1 for entry in project.dip if entry.category == key) for key, *_ in CATEGORIES}
    tiles = [{"label": label, "count": angka(counts[key]), "blurb": blurb,
              "url": relative(HOME, f"dip/{slug}/")} for key, label, slug, blurb in CATEGORIES]
    datasets = sorted(project.datasets, key=lambda d: (d.updated is None, -(d.updated.toordinal()
                      if d.updated else 0), d.name))[:5]
    recent_datasets = [{"title": d.title, "url": relative(HOME, target(dataset_page(d.name))),
                        "date": tanggal(d.updated), "topic": d.topic} for d in datasets]
    entries = sorted(project.dip, key=lambda e: (e.updated, e.id), reverse=True)[:5]
    recent_dip = [{"title": e.title, "url": relative(HOME, target(entry_page(e.id))),
                   "date": tanggal(e.updated), "category": CATEGORY_LABELS.get(e.category, e.category)}
                  for e in entries]
    profile = project.profile
    body = _html(env, "home.html", profile=profile, categories=tiles,
                 logo=profile.logo if profile and profile.logo else "",
                 search_action="./", dip_url=relative(HOME, "dip/"),
                 catalog_url=relative(HOME, "dataset/"),
                 recent_datasets=recent_datasets, recent_dip=recent_dip)
    title = profile.name if profile else "Beranda"
    return _page_file(HOME, title, profile.description if profile else "", body, hide_nav=False)


def _nav(project: Project) -> tuple[NavItem, ...]:
    pages = tuple(NavItem(html.escape(page.title), f"{page.slug}/index.md") for page in project.pages)
    dip = NavItem("Daftar Informasi Publik", children=(
        NavItem("Semua informasi", DIP_INDEX),
        *(NavItem(label, f"dip/{slug}/index.md") for _, label, slug, _ in CATEGORIES)))
    return (NavItem("Beranda", HOME), *pages, dip, NavItem("Dataset", CATALOG))
