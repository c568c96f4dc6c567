"""Pages of the compliance section: Kepatuhan, DIK register, markers on overdue pages."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from generator.compliance.checklist import KINDS, score
from generator.compliance.context import Compliance
from generator.compliance.dik import DikRecord, expired
from generator.compliance.freshness import Staleness
from generator.compliance.wilayah import EXTRA_FILE, extra_codes
from generator.i18n import N_, _
from generator.i18n.format import date_label
from generator.model import OutputFile, Project
from generator.render.compliance.items import item_text
from generator.render.page import html_block, page_file
from generator.render.paging import cut, pager
from generator.render.routes import dataset_page, entry_page, relative, target

COMPLIANCE = "kepatuhan/index.md"
DIK = "dik/index.md"
EVIDENCE = "data-dukung/index.md"
PRINT = "dip/cetak/index.md"
KIND_LABELS = {"berkala": N_("Informasi berkala"), "serta_merta": N_("Informasi serta merta"),
               "setiap_saat": N_("Informasi setiap saat")}
STATUS_LABELS = {"ada": N_("Tersedia"), "perlu-diperbarui": N_("Perlu diperbarui"), "tidak-ada": N_("Belum ada")}
# A long DIP keeps this page small: an obligation names at most ENTRIES_SHOWN of its entries and the
# list of what needs updating at most STALE_SHOWN items; the rest are counted, the DIP lists mark every
# overdue entry (their search finds them all) and `validate` warns of every overdue entry and dataset.
ENTRIES_SHOWN = 20
STALE_SHOWN = 100
REASONS = {"berkala": N_("informasi berkala lebih dari enam bulan tidak diperbarui"),
           "rilis": N_("rencana rilis berikutnya sudah lewat"),
           "frekuensi": N_("terlambat menurut frekuensi pembaruannya")}


def compliance_page(project: Project, state: Compliance) -> OutputFile:
    page = COMPLIANCE
    percent, good, mandatory = score(list(state.statuses))
    groups = [{"key": kind.replace("_", "-"), "label": _(KIND_LABELS[kind]),
               "rows": [_status_row(status, state, page) for status in state.statuses
                        if status.item.kind == kind]} for kind in KINDS]
    stale = stale_list(project, state, page)
    body = html_block("kepatuhan.html", extra_file=EXTRA_FILE, today=date_label(state.today),
                 declared=state.checklist_declared, percent=percent, good=good, mandatory=mandatory,
                 groups=[group for group in groups if group["rows"]],
                 stale=stale[:STALE_SHOWN], stale_total=len(stale), expired=_expired(project, state, page),
                 stale_search_url=relative(page, "dip/") + "?" + urlencode({"cari": _("perlu diperbarui")}),
                 extra_codes=sorted(extra_codes(Path(project.root)).items()),
                 dik_url=relative(page, "dik/"), evidence_url=relative(page, "data-dukung/"),
                 print_url=relative(page, "dip/cetak/"))
    return page_file(page, _("Kepatuhan Keterbukaan Informasi"),
                     _("Pemeriksaan kelengkapan dan kemutakhiran informasi publik"), body)


def _status_row(status: Any, state: Compliance, page: str) -> dict[str, Any]:
    item = status.item
    optional_gap = status.status == "tidak-ada" and not item.mandatory
    return {"id": item.id, "title": item_text(item, "title"), "basis": item_text(item, "basis"),
            "mandatory": item.mandatory, "note": item_text(item, "note"),
            "status": "tidak-wajib" if optional_gap else status.status,
            "status_label": _("Tidak ada (tidak wajib)") if optional_gap else _(STATUS_LABELS[status.status]),
            "entries": [{"id": entry.id, "url": relative(page, target(entry_page(entry.id))),
                         "stale": entry.id in state.stale_entries} for entry in status.entries[:ENTRIES_SHOWN]],
            "more": max(0, len(status.entries) - ENTRIES_SHOWN)}


def stale_list(project: Project, state: Compliance, page: str) -> list[dict[str, str]]:
    titles = {entry.id: entry.title for entry in project.dip}
    names = {dataset.name: dataset.title for dataset in project.datasets}
    rows = [{"label": f"{key} {titles.get(key, '')}", "reason": _(REASONS[value.reason]),
             "since": date_label(value.since), "url": relative(page, target(entry_page(key)))}
            for key, value in state.stale_entries.items()]
    rows += [{"label": _("Dataset: {title}").format(title=names.get(key, key)), "reason": _(REASONS[value.reason]),
              "since": date_label(value.since), "url": relative(page, target(dataset_page(key)))}
             for key, value in state.stale_datasets.items()]
    return rows


def _expired(project: Project, state: Compliance, page: str) -> list[dict[str, str]]:
    titles = {entry.id: entry.title for entry in project.dip}
    where = dik_locations(state)
    return [{"id": record.id, "title": titles.get(record.id, ""), "ends": date_label(record.ends_on),
             "url": relative(page, f"{target(where[record.id])}#dik-{record.id}")}
            for record in _dik_records(state) if expired(record, state.today)]


# A long register is cut into pages (dik/, dik/2/, ...) of at most DIK_RECORDS records and about
# DIK_BYTES of them, so a page stays far under 300 KB whatever the register holds.
DIK_RECORDS = 100
DIK_BYTES = 120_000
DIK_MARKUP = 1_100  # a record's table, headings and link, without its values


def _dik_records(state: Compliance) -> list[DikRecord]:
    return sorted(state.dik or (), key=lambda record: record.id)


def dik_cost(record: DikRecord) -> int:
    """About the bytes of one record on the page."""
    values = (record.id, record.official, record.article, record.sector_law, record.consequences,
              record.public_interest, record.decided_at, record.period)
    return DIK_MARKUP + sum(len(html.escape(value).encode("utf-8")) for value in values)


def _dik_cut(state: Compliance) -> tuple[list[str], list[tuple[DikRecord, ...]]]:
    """The register's pages: their docs paths and their records."""
    pages = cut(_dik_records(state), dik_cost, most=DIK_RECORDS, budget=DIK_BYTES)
    return [DIK, *(f"dik/{number}/index.md" for number in range(2, len(pages) + 1))], pages


def dik_locations(state: Compliance) -> dict[str, str]:
    """The page (docs path) that shows each DIK record, by its id."""
    paths, pages = _dik_cut(state)
    return {record.id: path for path, chunk in zip(paths, pages, strict=True) for record in chunk}


def dik_pages(project: Project, state: Compliance) -> list[OutputFile]:
    """The DIK register: one page, or numbered pages linked by number and rel=prev/next."""
    titles = {entry.id: entry.title for entry in project.dip}
    paths, pages = _dik_cut(state)
    title = _("Daftar Informasi yang Dikecualikan")
    files: list[OutputFile] = []
    for number, (path, chunk) in enumerate(zip(paths, pages, strict=True), start=1):
        records = [{"id": r.id, "title": titles.get(r.id, ""), "official": r.official, "article": r.article,
                    "sector_law": r.sector_law, "consequences": r.consequences,
                    "public_interest": r.public_interest, "decided_on": date_label(r.decided_on),
                    "decided_at": r.decided_at, "period": r.period, "ends": date_label(r.ends_on),
                    "expired": expired(r, state.today), "url": relative(path, target(entry_page(r.id)))}
                   for r in chunk]
        heading = title if number == 1 else (
            _("{title}, halaman {page} dari {pages}").format(title=title, page=number, pages=len(pages)))
        body = html_block("dik.html", today=date_label(state.today), records=records,
                          total=len(state.dik or ()), pager=pager(paths, number))
        files.append(page_file(path, heading, _("Informasi yang dikecualikan beserta hasil uji konsekuensinya"),
                               body))
    return files


MARKER = N_("Informasi ini {reason} (sejak {since}).")


def stale_note(stale: Staleness | None) -> str:
    """The "perlu diperbarui" note at the top of an overdue entry or dataset page (escaped HTML)."""
    if stale is None:
        return ""
    text = html.escape(_(MARKER).format(reason=_(REASONS[stale.reason]), since=date_label(stale.since)))
    label = html.escape(_("Perlu diperbarui."))
    return f'<p class="etl-stale" role="note"><strong>{label}</strong> {text}</p>\n'
