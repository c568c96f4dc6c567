"""The DIP in the official Perki 1/2021 layout: a printable page and a CSV download.

A long DIP prints in parts (``dip/cetak/``, ``dip/cetak/2/``, ...) of at most ``PART_ROWS``
entries, numbered on across the parts, the signature closing the last one; the CSV holds it whole.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from functools import partial
from pathlib import PurePosixPath
from typing import Any

from generator.compliance.context import Compliance
from generator.i18n import N_, _
from generator.i18n.format import date_label
from generator.model import DipEntry, OutputFile, Project
from generator.render.dip_lists import split
from generator.render.page import html_block, page_file
from generator.render.paging import pager
from generator.render.reuse import Reuse
from generator.render.routes import relative

PRINT = "dip/cetak/index.md"
PART_ROWS = 400
PART_BYTES = 160_000  # rows of one part: with the page chrome far under 300 KB
PRINT_CSV = "dip/daftar-informasi-publik-perki.csv"
PUBLIC = (("berkala", N_("A. Informasi yang wajib disediakan dan diumumkan secara berkala")),
          ("serta_merta", N_("B. Informasi yang wajib diumumkan secara serta merta")),
          ("setiap_saat", N_("C. Informasi yang wajib tersedia setiap saat")))
COLUMNS = ("nomor", "kategori", "judul", "ringkasan_isi_informasi", "pejabat_unit_yang_menguasai",
           "penanggung_jawab", "waktu_dan_tempat_pembuatan", "bentuk_informasi", "jangka_waktu_penyimpanan")


def _rows(entries: list[DipEntry], *, start: int = 1) -> list[dict[str, Any]]:
    return [{"number": number, "id": entry.id, "category": entry.category, "title": entry.title,
             "summary": entry.summary, "holder": entry.holder, "responsible": entry.responsible,
             "made_when": entry.made_when, "made_where": entry.made_where, "form": entry.form,
             "retention": entry.retention} for number, entry in enumerate(entries, start=start)]


def _groups(project: Project) -> list[dict[str, Any]]:
    entries = sorted(project.dip, key=lambda entry: entry.id)
    return [{"label": _(label), "rows": _rows([entry for entry in entries if entry.category == key])}
            for key, label in PUBLIC]


def _parts(project: Project) -> list[list[dict[str, Any]]]:
    """The groups of each printed part: a part holds the rows of one or more groups, or a piece of one."""
    entries = sorted(project.dip, key=lambda entry: entry.id)
    ordered = [(label, number, entry) for key, label in PUBLIC
               for number, entry in enumerate([entry for entry in entries if entry.category == key], start=1)]
    chunks = split(tuple(entry for _label, _number, entry in ordered), most=PART_ROWS, budget=PART_BYTES)
    parts: list[list[dict[str, Any]]] = []
    position = 0
    for chunk in chunks:
        groups: list[dict[str, Any]] = []
        for label, number, entry in ordered[position:position + len(chunk)]:
            if not groups or groups[-1]["key"] != label:
                groups.append({"key": label, "label": _(label), "rows": []})
            groups[-1]["rows"] += _rows([entry], start=number)
        parts.append(groups)
        position += len(chunk)
    return parts


def part_page(number: int) -> str:
    return PRINT if number == 1 else f"dip/cetak/{number}/index.md"


def _signatory(project: Project) -> tuple[str, str, str]:
    officials = project.profile.officials if project.profile else ()
    chosen = next((item for item in officials if item[0].lower() == "ppid utama"),
                  officials[0] if officials else ("PPID", "", ""))
    return chosen


def print_files(project: Project, state: Compliance, reuse: Reuse | None = None) -> list[OutputFile]:
    """The printable DIP's pages (a unit of ``reuse``: they show the DIP, the profile's name and
    officials, and the reference date) and its CSV."""
    reuse = reuse or Reuse(language="")
    material = {"dip": project.dip, "profile": project.profile, "today": state.today}
    pages = reuse.unit("dip-print", material, partial(_print_pages, project, state))
    return [*pages, OutputFile(PurePosixPath(PRINT_CSV), text=print_csv(_groups(project)))]


def _print_pages(project: Project, state: Compliance) -> list[OutputFile]:
    groups = _groups(project)
    parts = _parts(project) if len(project.dip) > PART_ROWS else []
    parts = parts if len(parts) > 1 else [groups]  # one page keeps every heading, even an empty group's
    places = Counter(entry.made_where for entry in project.dip if entry.made_where)
    role, name, position = _signatory(project)
    paths = [part_page(number) for number in range(1, len(parts) + 1)]
    files = []
    for number, (path, part) in enumerate(zip(paths, parts, strict=True), start=1):
        body = html_block("dip_cetak.html", groups=part, year=state.today.year,
                          body_name=project.profile.name if project.profile else "",
                          place=min(places, key=lambda place: (-places[place], place)) if places else "",
                          date=date_label(state.today), role=role, official=name, position=position,
                          csv_url=relative(path, PRINT_CSV), dik_url=relative(path, "dik/"),
                          pager=pager(paths, number), last=number == len(parts))
        title = _("Daftar Informasi Publik (versi cetak)")
        if number > 1:
            title = _("{title}, halaman {page} dari {pages}").format(title=title, page=number, pages=len(parts))
        files.append(page_file(path, title, _("Daftar Informasi Publik dalam format Perki 1/2021"), body,
                               searchable=False))
    return files


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
