"""The DIP in the official Perki 1/2021 layout: a printable page and a CSV download."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import PurePosixPath
from typing import Any

from generator.compliance.context import Compliance
from generator.i18n import N_, _
from generator.i18n.format import date_label
from generator.model import DipEntry, OutputFile, Project
from generator.render.page import html_block, page_file
from generator.render.routes import relative

PRINT = "dip/cetak/index.md"
PRINT_CSV = "dip/daftar-informasi-publik-perki.csv"
PUBLIC = (("berkala", N_("A. Informasi yang wajib disediakan dan diumumkan secara berkala")),
          ("serta_merta", N_("B. Informasi yang wajib diumumkan secara serta merta")),
          ("setiap_saat", N_("C. Informasi yang wajib tersedia setiap saat")))
COLUMNS = ("nomor", "kategori", "judul", "ringkasan_isi_informasi", "pejabat_unit_yang_menguasai",
           "penanggung_jawab", "waktu_dan_tempat_pembuatan", "bentuk_informasi", "jangka_waktu_penyimpanan")


def _rows(entries: list[DipEntry]) -> list[dict[str, Any]]:
    return [{"number": number, "id": entry.id, "category": entry.category, "title": entry.title,
             "summary": entry.summary, "holder": entry.holder, "responsible": entry.responsible,
             "made_when": entry.made_when, "made_where": entry.made_where, "form": entry.form,
             "retention": entry.retention} for number, entry in enumerate(entries, start=1)]


def _groups(project: Project) -> list[dict[str, Any]]:
    entries = sorted(project.dip, key=lambda entry: entry.id)
    return [{"label": _(label), "rows": _rows([entry for entry in entries if entry.category == key])}
            for key, label in PUBLIC]


def _signatory(project: Project) -> tuple[str, str, str]:
    officials = project.profile.officials if project.profile else ()
    chosen = next((item for item in officials if item[0].lower() == "ppid utama"),
                  officials[0] if officials else ("PPID", "", ""))
    return chosen


def print_files(project: Project, state: Compliance) -> list[OutputFile]:
    groups = _groups(project)
    places = Counter(entry.made_where for entry in project.dip if entry.made_where)
    role, name, position = _signatory(project)
    body = html_block("dip_cetak.html", groups=groups, year=state.today.year,
                 body_name=project.profile.name if project.profile else "",
                 place=min(places, key=lambda place: (-places[place], place)) if places else "",
                 date=date_label(state.today), role=role, official=name, position=position,
                 csv_url=relative(PRINT, PRINT_CSV), dik_url=relative(PRINT, "dik/"))
    return [page_file(PRINT, _("Daftar Informasi Publik (versi cetak)"),
                      _("Daftar Informasi Publik dalam format Perki 1/2021"), body, searchable=False),
            OutputFile(PurePosixPath(PRINT_CSV), text=print_csv(groups))]


def print_csv(groups: list[dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for group in groups:
        for row in group["rows"]:
            writer.writerow((row["id"], row["category"], row["title"], row["summary"], row["holder"],
                             row["responsible"], f"{row['made_when']}, {row['made_where']}", row["form"],
                             row["retention"]))
    return out.getvalue()
