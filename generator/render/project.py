"""Render stage: records -> one docs tree per language (Markdown pages with escaped HTML, files).

No site engine is imported here. Every text that came from a user passes through Jinja2
autoescaping before it reaches HTML. Each language's tree is rendered from the records
with that language active; staff-written values are never translated. The default
language's tree holds every published file; another language's tree holds its pages and
the site's own assets, and links to the default tree's files.
"""

from __future__ import annotations

import html
from pathlib import Path, PurePosixPath

from generator.cache import DOWNLOADS, BlobStore
from generator.catalog import DatasetOutput, catalog_files, manifest_file
from generator.catalog.files import dataset_outputs as dataset_outputs_of
from generator.compliance.context import Compliance, gather
from generator.i18n import DEFAULT, Language, _, active
from generator.load.history import History
from generator.model import DocsTree, NavItem, OutputFile, Project
from generator.render.compliance.section import compliance_section
from generator.render.datasets import dataset_files
from generator.render.dip import dip_files
from generator.render.documents import document_files
from generator.render.home import home_page
from generator.render.requests import links_block, request_files
from generator.render.reuse import Reuse
from generator.render.routes import (
    CATALOG,
    DIP_INDEX,
    HOME,
    OBJECTION_FORM,
    OWN_ASSETS,
    REQUEST_FORM,
    TRACKER,
    category_page,
)
from generator.render.scripts import strings_file
from generator.render.staff import staff_pages
from generator.settings import Settings
from generator.vocab import CATEGORIES

STATIC = Path(__file__).parent / "static"
OWN_FILES = ("etalase.css", "etalase.js", "etalase-search.js", "etalase-forms.js",
             "etalase-forms.css")
LEAFLET_FILES = ("leaflet.js", "leaflet.css", "LICENSE")


def dataset_outputs(project: Project, settings: Settings, *,
                    store: BlobStore | None = None) -> dict[str, DatasetOutput]:
    """The published files of every dataset (the same for every language)."""
    store = store or (BlobStore(settings.cache_dir, DOWNLOADS) if settings.cache else None)
    return dataset_outputs_of(list(project.datasets), Path(project.root), store=store, jobs=settings.workers)


def render_project(project: Project, settings: Settings, *, history: History | None = None,
                   store: BlobStore | None = None, language: Language = DEFAULT,
                   outputs: dict[str, DatasetOutput] | None = None,
                   state: Compliance | None = None, reuse: Reuse | None = None) -> DocsTree:
    """The docs tree of ``language``; derived downloads come from ``store`` (by default the cache's).
    ``reuse`` keeps the pages whose inputs are those of the last build (render/reuse.py)."""
    reuse = reuse or Reuse(language=language.code)
    store = store or (BlobStore(settings.cache_dir, DOWNLOADS) if settings.cache else None)
    outputs = outputs if outputs is not None else dataset_outputs(project, settings, store=store)
    state = state if state is not None else gather(project, settings)
    with active(language, settings.locale_dir):
        files = _files(project, settings, outputs, state, history=history, store=store, language=language,
                       reuse=reuse)
        section_files, section_nav = compliance_section(project, state, reuse)
        files += section_files
        nav = (*_nav(project), *section_nav)
    if language == DEFAULT:
        known = {item.path: (item.size, item.sha256) for output in outputs.values() for item in output.published}
        known |= {document.site_path: (document.size, document.sha256) for document in project.documents
                  if not document.remote}
        files.append(manifest_file(files, commit=history.head if history else "", known=known))  # every download
    else:  # pages and the site's own assets only: links point at the default tree's files
        files = [item for item in files
                 if item.path.suffix == ".md" or str(item.path).startswith(OWN_ASSETS)]
    files.sort(key=lambda item: str(item.path))
    profile = project.profile
    # The site engine writes the site name, description and menu titles into HTML as they are.
    site_url = profile.site_url if profile else None
    if site_url and language.folder:
        site_url = f"{site_url.rstrip('/')}/{language.folder}/"
    return DocsTree(files=tuple(files), nav=nav,
                    site_name=html.escape(profile.name) if profile and profile.name else "Etalase",
                    site_description=html.escape(profile.description) if profile else "",
                    site_url=site_url, repo_url=profile.repo_url if profile else None,
                    language=language, units=reuse.units({item.path.as_posix() for item in files}))


def _files(project: Project, settings: Settings, outputs: dict[str, DatasetOutput], state: Compliance, *,
           history: History | None, store: BlobStore | None, language: Language,
           reuse: Reuse) -> list[OutputFile]:
    files: list[OutputFile] = [_static(name) for name in OWN_FILES]
    if language != DEFAULT:
        files.append(strings_file())  # the scripts' texts in this language
    files += _profile_assets(project, settings)
    request = next((page.slug for page in project.pages if "permohonan" in page.slug), None)
    appendix = {request: links_block(f"{request}/index.md")} if request else {}
    files += staff_pages(project, language, appendix=appendix)
    files += dip_files(project, state, request_slug=request, settings=settings, reuse=reuse)
    files += request_files(project, state)
    if language == DEFAULT:
        files += document_files(project, settings)
    datasets, leaflet = dataset_files(project, state, outputs, history, reuse)
    files += datasets
    if leaflet:
        files += [_static(f"vendor/leaflet/{name}") for name in LEAFLET_FILES]
    files.append(home_page(project, requests=links_block(HOME), commit=history.head if history else ""))
    if language == DEFAULT:
        files += catalog_files(project, outputs, store=store)
    return files


def _static(name: str) -> OutputFile:
    return OutputFile(PurePosixPath("assets") / name, copy_from=str(STATIC / name))


def _profile_assets(project: Project, settings: Settings) -> list[OutputFile]:
    logo = project.profile.logo if project.profile else None
    if not logo:
        return []
    source = settings.content_dir / logo
    return [OutputFile(PurePosixPath(logo), copy_from=str(source))] if source.is_file() else []


def _nav(project: Project) -> tuple[NavItem, ...]:
    pages = tuple(NavItem(html.escape(page.title), f"{page.slug}/index.md") for page in project.pages)
    dip = NavItem(_("Daftar Informasi Publik"), children=(
        NavItem(_("Semua informasi"), DIP_INDEX),
        *(NavItem(_(item.label), category_page(item.slug)) for item in CATEGORIES)))
    requests = NavItem(_("Permohonan"), children=(
        NavItem(_("Ajukan permohonan"), REQUEST_FORM), NavItem(_("Ajukan keberatan"), OBJECTION_FORM),
        NavItem(_("Lacak permohonan"), TRACKER)))
    return (NavItem(_("Beranda"), HOME), *pages, dip, NavItem(_("Dataset"), CATALOG), requests)
