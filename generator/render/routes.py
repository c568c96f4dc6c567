"""Every path of the site, in one place: pages, their URLs and the links between them.

Docs paths (``dataset/a/index.md``) are what the render stage writes; site paths
(``dataset/a/``) are what a reader's browser asks for. A link from a page of another
language's tree (``en/...``) to a file that only the default tree holds (a download,
a catalogue, a document) points into the default tree.
"""

from __future__ import annotations

import posixpath

from generator.i18n import current_language

HOME = "index.md"
DIP_INDEX = "dip/index.md"
CATALOG = "dataset/index.md"
CATALOG_INDEX = "dataset/indeks-katalog.json"  # the compact index a long catalogue's filters read
DIP_CSV = "dip/daftar-informasi-publik.csv"
DIP_JSON = "dip/daftar-informasi-publik.json"  # the whole DIP as a download, one object a row
DIP_LIST_INDEX = "dip/indeks-daftar.json"  # the compact index the list pages filter with
ASSETS = "assets"
OWN_ASSETS = "assets/etalase"
# The citizen's forms and the request tracker (render/requests.py); their data files are shared.
REQUEST_FORM = "permohonan/index.md"
OBJECTION_FORM = "keberatan/index.md"
TRACKER = "lacak/index.md"
DISTRICT_CODES = "permohonan/kode-kecamatan.json"
TRACKER_DATA = "lacak/status-permohonan.json"  # the site's own scripts and styles: a copy in every language's tree


def entry_page(entry_id: str) -> str:
    return f"informasi/{entry_id}/index.md"


def dip_group_page(key: str) -> str:
    """A search group of DIP entries (render/dip_groups.py): ``dip/kelompok/<key>/``."""
    return f"dip/kelompok/{key}/index.md"


def dataset_page(name: str) -> str:
    return f"dataset/{name}/index.md"


def catalog_page(number: int = 1) -> str:
    """A page of the dataset catalogue: ``dataset/``; page ``n`` > 1 is ``dataset/n/``."""
    return f"dataset/{number}/index.md" if number > 1 else CATALOG


def category_page(slug: str) -> str:
    return f"dip/{slug}/index.md"


def dip_list_page(*, slug: str = "", year: int | None = None, number: int = 1) -> str:
    """A page of a DIP list: ``dip/``, ``dip/berkala/``, ``dip/tahun/2025/``; page ``n`` > 1 adds ``n/``."""
    scope = f"{slug}/" if slug else f"tahun/{year}/" if year is not None else ""
    return f"dip/{scope}{f'{number}/' if number > 1 else ''}index.md"


def target(page: str) -> str:
    """The site URL path of a docs page (``a/b/index.md`` -> ``a/b/``)."""
    return "" if page == HOME else page.removesuffix("index.md")


def page_url(page_path: str) -> str:
    """The directory URL of a docs page: ``dataset/a/index.md`` -> ``dataset/a/``."""
    folder = posixpath.dirname(page_path)
    return f"{folder}/" if folder else ""


def is_shared_file(target_path: str) -> bool:
    """A file published once, in the default language's tree (not a page, not the site's own assets)."""
    return not (target_path.endswith("/") or target_path == "" or target_path.endswith(".md")
                or target_path.startswith(OWN_ASSETS))


def relative(from_page: str, target_path: str) -> str:
    """A link from the page ``from_page`` (a docs path) to ``target_path`` (a site path).

    ``target_path`` ending in ``/`` is a page URL; anything else is a file. In another
    language's tree, a link to a shared file leaves that tree for the default one.
    """
    folder = current_language().folder
    if folder and is_shared_file(target_path):
        from_page = f"{folder}/{from_page}"
    base = page_url(from_page) or "."
    rel = posixpath.relpath(target_path or ".", base.rstrip("/") or ".")
    if target_path.endswith("/") or target_path == "":
        return "./" if rel == "." else rel + "/"
    return rel
