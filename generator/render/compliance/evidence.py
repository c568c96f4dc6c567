"""Data dukung for the Monev assessors: URLs of this site grouped by indicator group."""

from __future__ import annotations

from typing import Any

from generator.compliance.checklist import MONEV_GROUPS
from generator.compliance.context import Compliance
from generator.compliance.service_report import years_of
from generator.i18n import N_, _
from generator.model import Dataset, OutputFile, Project
from generator.render.catalog_pages import split
from generator.render.compliance.items import item_text
from generator.render.compliance.pages import ENTRIES_SHOWN
from generator.render.compliance.report_page import ROOT as REPORTS
from generator.render.page import html_block, page_file
from generator.render.routes import catalog_page, dataset_page, entry_page, relative, target

EVIDENCE = "data-dukung/index.md"
# Words in a page's address that say which group a staff-written page supports.
PAGE_WORDS = {
    "pelayanan": ("permohonan", "keberatan", "sengketa", "layanan", "maklumat"),
    "komitmen": ("profil-ppid", "regulasi", "sk-", "kebijakan", "struktur"),
    "sarana-prasarana": ("sarana", "prasarana", "ruang", "kontak"),
}
GENERATED = {  # (group, site path, title)
    "kualitas-informasi": (("dip/", N_("Daftar Informasi Publik")),
                           ("dip/cetak/", N_("DIP versi cetak (format Perki 1/2021)")),
                           ("dip/daftar-informasi-publik-perki.csv", N_("DIP (CSV)")),
                           ("kepatuhan/", N_("Kepatuhan Keterbukaan Informasi"))),
    "jenis-informasi": (("dip/berkala/", N_("Informasi berkala")), ("dip/serta-merta/", N_("Informasi serta merta")),
                        ("dip/setiap-saat/", N_("Informasi setiap saat")),
                        ("dip/dikecualikan/", N_("Informasi yang dikecualikan"))),
    "komitmen": (("dik/", N_("Daftar Informasi yang Dikecualikan dan uji konsekuensi")),),
    "sarana-prasarana": (("", N_("Beranda: alamat, kontak dan jam layanan PPID")),),
    "digitalisasi": (("dataset/", N_("Katalog dataset terbuka")), ("", N_("Pencarian di seluruh situs"))),
}
# The Monev indicator groups (compliance/checklist.py MONEV_GROUPS) as the page names them.
GROUP_LABELS = {
    "kualitas-informasi": N_("Kualitas informasi"), "jenis-informasi": N_("Jenis informasi"),
    "pelayanan": N_("Pelayanan informasi"), "sarana-prasarana": N_("Sarana dan prasarana"),
    "komitmen": N_("Komitmen organisasi"), "digitalisasi": N_("Digitalisasi"),
}


def _link(site_url: str | None, path: str, title: str) -> dict[str, str]:
    address = f"{site_url.rstrip('/')}/{path}" if site_url else ""
    return {"url": relative(EVIDENCE, path), "title": title, "address": address}


def _paths(project: Project, state: Compliance) -> dict[str, list[tuple[str, str]]]:
    found: dict[str, list[tuple[str, str]]] = {key: [(path, _(title)) for path, title in GENERATED.get(key, ())]
                                               for key in MONEV_GROUPS}
    for page in project.pages:
        for group, words in PAGE_WORDS.items():
            if any(word in page.slug for word in words):
                found[group].append((f"{page.slug}/", page.title))
    if state.register is not None:
        found["pelayanan"] += [(f"{REPORTS}/{year}/", _("Laporan Layanan Informasi Publik {year}").format(year=year))
                               for year in years_of(state.register.requests)]
    for status in state.statuses:
        group = status.item.monev if status.item.monev in found else "jenis-informasi"
        found[group] += [(target(entry_page(entry.id)), f"{entry.id} {entry.title} ({item_text(status.item, 'title')})")
                         for entry in status.entries[:ENTRIES_SHOWN]]
    found["digitalisasi"] += _dataset_paths(sorted(project.datasets, key=lambda dataset: dataset.name))
    return found


def _dataset_paths(datasets: list[Dataset]) -> list[tuple[str, str]]:
    """Each dataset's page; for a catalogue of several pages, each page of the catalogue instead (every
    dataset one click away), so this page does not grow with the number of datasets."""
    pages = split(datasets)
    if len(pages) == 1:
        return [(target(dataset_page(dataset.name)), _("Dataset: {title}").format(title=dataset.title))
                for dataset in datasets]
    title = _("Katalog dataset terbuka")
    return [(target(catalog_page(number)),
             _("{title}, halaman {page} dari {pages}").format(title=title, page=number, pages=len(pages))
             + f" ({chunk[0].title} … {chunk[-1].title})") for number, chunk in enumerate(pages, start=1)]


def evidence_page(project: Project, state: Compliance) -> OutputFile:
    site_url = project.profile.site_url if project.profile else None
    groups: list[dict[str, Any]] = []
    for key, paths in _paths(project, state).items():
        unique = dict.fromkeys(paths)
        label = GROUP_LABELS.get(key)
        groups.append({"key": key, "label": _(label) if label else MONEV_GROUPS[key],
                       "links": [_link(site_url, path, title) for path, title in unique]})
    body = html_block("bukti.html", groups=groups)
    return page_file(EVIDENCE, _("Data Dukung Monev Keterbukaan Informasi"),
                     _("Alamat halaman yang menjadi bukti untuk penilaian Komisi Informasi"), body,
                     searchable=False)
