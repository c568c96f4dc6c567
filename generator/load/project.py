"""Read content/ and datasets/ into records. Parsing only: rules live in checks/."""

from __future__ import annotations

import csv
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from generator.i18n import N_
from generator.load.datasets import load_datasets
from generator.load.documents import load_documents
from generator.load.io.limits import too_complex
from generator.load.io.yamlio import load_yaml_mapping, parse_yaml
from generator.model import DipEntry, Page, Problem, Profile, Project
from generator.settings import Settings

PROFILE_FILE = "content/site.yaml"
DIP_FILE = "content/dip.csv"
PAGES_DIR = "content/pages"


def translation_dirs(settings: Settings) -> list[str]:
    """``content/pages/<code>`` of every language but the default: staff pages in that language."""
    return [f"{PAGES_DIR}/{language.code}" for language in settings.languages[1:]]


def load_project(settings: Settings) -> tuple[Project, list[Problem]]:
    problems: list[Problem] = []
    profile = _collect(_guarded(PROFILE_FILE, lambda: load_profile(settings.root), None), problems)
    pages = _collect(_guarded(PAGES_DIR, lambda: load_pages(settings.root), ()), problems)
    translated: tuple[Page, ...] = ()
    for folder in translation_dirs(settings):
        translated += _collect(_guarded(folder, partial(load_pages, settings.root, folder), ()), problems)
    dip = _collect(_guarded(DIP_FILE, lambda: load_dip(settings.root), ()), problems)
    datasets = _collect(_guarded("datasets", lambda: load_datasets(settings), ()), problems)
    folders = tuple(sorted(path.name for path in settings.datasets_dir.iterdir() if path.is_dir())) \
        if settings.datasets_dir.is_dir() else ()
    cache_dir = settings.cache_dir if settings.cache else None
    documents = _collect(_guarded("content/dokumen.csv", lambda: load_documents(
        settings.root, dip, max_bytes=settings.max_bytes, cache_dir=cache_dir), ()), problems)
    project = Project(root=str(settings.root), profile=profile, pages=pages, dip=dip,
                      dip_source=DIP_FILE, datasets=datasets, dataset_folders=folders,
                      translated_pages=translated, documents=documents)
    return project, problems


def _guarded(file: str, load: Callable[[], tuple[Any, list[Problem]]], empty: Any) -> tuple[Any, list[Problem]]:
    """Run one loader; an unexpected exception becomes one internal-error naming ``file``."""
    try:
        return load()
    except (RecursionError, MemoryError) as exc:
        return empty, [too_complex(file, exc)]
    except Exception as exc:
        return empty, [Problem("internal-error", file, params=(("detail", f"{type(exc).__name__}: {exc}"),))]


def _collect(result: tuple[Any, list[Problem]], problems: list[Problem]) -> Any:
    value, found = result
    problems.extend(found)
    return value


def text(data: dict[str, Any], key: str) -> str:
    value = data.get(key)
    return "" if value is None else str(value).strip()


def load_profile(root: Path) -> tuple[Profile | None, list[Problem]]:
    data, problems = load_yaml_mapping(root / PROFILE_FILE, file=PROFILE_FILE)
    if data is None:
        return None, problems
    hours = tuple((text(item, "days"), text(item, "hours"))
                  for item in _mappings(data.get("service_hours")))
    officials = tuple((text(item, "role"), text(item, "name"), text(item, "position"))
                      for item in _mappings(data.get("officials")))
    social = tuple((text(item, "name"), text(item, "url")) for item in _mappings(data.get("social")))
    profile = Profile(
        name=text(data, "name"), short_name=text(data, "short_name") or text(data, "name"),
        sample=data.get("sample") is True, tagline=text(data, "tagline"),
        description=text(data, "description"), address=text(data, "address"),
        phone=text(data, "phone"), email=text(data, "email"), website=text(data, "website"),
        logo=text(data, "logo") or None, service_hours=hours, officials=officials, social=social,
        repo_url=text(data, "repo_url") or None, site_url=text(data, "site_url") or None,
    )
    return profile, problems


def _mappings(value: Any) -> list[dict[str, Any]]:
    return [item for item in value or [] if isinstance(item, dict)] if isinstance(value, list) else []


def load_pages(root: Path, pages_dir: str = PAGES_DIR) -> tuple[tuple[Page, ...], list[Problem]]:
    pages: list[Page] = []
    problems: list[Problem] = []
    folder = root / pages_dir
    for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        file = f"{pages_dir}/{path.name}"
        try:
            source = path.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(Problem("file-unreadable", file, params=(("detail", str(exc)),)))
            continue
        page, found = parse_page(source, slug=path.stem, file=file)
        problems.extend(found)
        if page is not None:
            pages.append(page)
    pages.sort(key=lambda page: (page.order, page.slug))
    return tuple(pages), problems


def parse_page(source: str, *, slug: str, file: str) -> tuple[Page | None, list[Problem]]:
    """Split YAML front matter from the Markdown body."""
    lines = source.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return None, [Problem("page-front-matter", file, line=1,
                              params=(("reason", N_("tidak diawali ---")),))]
    end = next((index for index in range(1, len(lines)) if lines[index].strip() == "---"), None)
    if end is None:
        return None, [Problem("page-front-matter", file, line=1,
                              params=(("reason", N_("penutup --- tidak ditemukan")),))]
    meta, problems = parse_yaml("".join(lines[1:end]), file=file)
    if problems:
        return None, [_shift(problem, 1) for problem in problems]
    if not isinstance(meta, dict) or not text(meta, "title"):
        return None, [Problem("metadata-missing", file, line=1,
                              params=(("key", "title"), ("hint", N_("Tulis judul halaman."))))]
    order = meta.get("order")
    page = Page(slug=slug, source=file, title=text(meta, "title"),
                description=text(meta, "description"),
                order=order if isinstance(order, int) else 100, body="".join(lines[end + 1:]),
                body_line=end + 2)
    return page, []


def _shift(problem: Problem, by: int) -> Problem:
    if problem.line is None:
        return problem
    return Problem(problem.code, problem.file, problem.severity, problem.row,
                   problem.line + by, problem.field, problem.value, problem.params)


DIP_COLUMNS = {
    "id": "id", "category": "kategori", "title": "judul", "summary": "ringkasan",
    "holder": "pejabat_penguasa", "responsible": "penanggung_jawab",
    "made_when": "waktu_pembuatan", "made_where": "tempat_pembuatan",
    "form": "bentuk_informasi", "retention": "retensi", "updated": "tanggal_pembaruan",
    "document": "tautan_dokumen", "dataset": "dataset",
    "exclusion_basis": "dasar_hukum_pengecualian", "consequence_test": "uji_konsekuensi",
    "exclusion_period": "jangka_waktu_pengecualian",
    "checklist_item": "butir_kewajiban", "frequency": "frekuensi", "next_release": "rilis_berikutnya",
}


def load_dip(root: Path) -> tuple[tuple[DipEntry, ...], list[Problem]]:
    """Read the DIP rows as text; Frictionless checks them against the DIP schema later."""
    path = root / DIP_FILE
    if not path.is_file():
        return (), [Problem("file-missing", DIP_FILE,
                            params=(("hint", N_("Buat content/dip.csv berisi Daftar Informasi Publik.")),))]
    entries: list[DipEntry] = []
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        for row_number, record in enumerate(csv.DictReader(handle), start=2):
            values = {key: (value or "").strip() for key, value in record.items() if key}
            if not any(values.values()):
                continue
            fields = {attr: values.get(column, "") for attr, column in DIP_COLUMNS.items()}
            year = values.get("tahun", "")
            entries.append(DipEntry(row=row_number, year=int(year) if year.isdigit() else None,
                                    **fields))
    return tuple(entries), []
