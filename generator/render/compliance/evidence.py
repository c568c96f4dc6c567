"""Data dukung for the Monev assessors: URLs of this site grouped by indicator group."""

from __future__ import annotations

from typing import Any

from generator.compliance.checklist import MONEV_GROUPS
from generator.compliance.context import Compliance
from generator.compliance.service_report import years_of
from generator.model import OutputFile, Project
from generator.render.compliance.report_page import ROOT as REPORTS
from generator.render.page import html_block, page_file
from generator.render.routes import dataset_page, entry_page, relative, target

EVIDENCE = "data-dukung/index.md"
# Words in a page's address that say which group a staff-written page supports.
PAGE_WORDS = {
    "pelayanan": ("permohonan", "keberatan", "sengketa", "layanan", "maklumat"),
    "komitmen": ("profil-ppid", "regulasi", "sk-", "kebijakan", "struktur"),
    "sarana-prasarana": ("sarana", "prasarana", "ruang", "kontak"),
}
GENERATED = {  # (group, site path, title)
    "kualitas-informasi": (("dip/", "Daftar Informasi Publik"), ("dip/cetak/", "DIP versi cetak (format Perki 1/2021)"),
                           ("dip/daftar-informasi-publik-perki.csv", "DIP (CSV)"),
                           ("kepatuhan/", "Kepatuhan Keterbukaan Informasi")),
    "jenis-informasi": (("dip/berkala/", "Informasi berkala"), ("dip/serta-merta/", "Informasi serta merta"),
                        ("dip/setiap-saat/", "Informasi setiap saat"),
                        ("dip/dikecualikan/", "Informasi yang dikecualikan")),
    "komitmen": (("dik/", "Daftar Informasi yang Dikecualikan dan uji konsekuensi"),),
    "sarana-prasarana": (("", "Beranda: alamat, kontak dan jam layanan PPID"),),
    "digitalisasi": (("dataset/", "Katalog dataset terbuka"), ("", "Pencarian di seluruh situs")),
}


def _link(site_url: str | None, path: str, title: str) -> dict[str, str]:
    address = f"{site_url.rstrip('/')}/{path}" if site_url else ""
    return {"url": relative(EVIDENCE, path), "title": title, "address": address}


def _paths(project: Project, state: Compliance) -> dict[str, list[tuple[str, str]]]:
    found: dict[str, list[tuple[str, str]]] = {key: list(GENERATED.get(key, ())) for key in MONEV_GROUPS}
    for page in project.pages:
        for group, words in PAGE_WORDS.items():
            if any(word in page.slug for word in words):
                found[group].append((f"{page.slug}/", page.title))
    if state.register is not None:
        found["pelayanan"] += [(f"{REPORTS}/{year}/", f"Laporan Layanan Informasi Publik {year}")
                               for year in years_of(state.register.requests)]
    for status in state.statuses:
        group = status.item.monev if status.item.monev in found else "jenis-informasi"
        found[group] += [(target(entry_page(entry.id)), f"{entry.id} {entry.title} ({status.item.title})")
                         for entry in status.entries]
    found["digitalisasi"] += [(target(dataset_page(dataset.name)), f"Dataset: {dataset.title}")
                              for dataset in sorted(project.datasets, key=lambda dataset: dataset.name)]
    return found


def evidence_page(project: Project, state: Compliance) -> OutputFile:
    site_url = project.profile.site_url if project.profile else None
    groups: list[dict[str, Any]] = []
    for key, paths in _paths(project, state).items():
        unique = dict.fromkeys(paths)
        groups.append({"key": key, "label": MONEV_GROUPS[key],
                       "links": [_link(site_url, path, title) for path, title in unique]})
    body = html_block("bukti.html", groups=groups)
    return page_file(EVIDENCE, "Data Dukung Monev Keterbukaan Informasi",
                      "Alamat halaman yang menjadi bukti untuk penilaian Komisi Informasi", body,
                     searchable=False)
