"""Pages of the compliance section: Kepatuhan, DIK register, markers on overdue pages."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from jinja2 import Environment

from generator.compliance.checklist import KINDS, score
from generator.compliance.context import Compliance
from generator.compliance.dik import expired
from generator.compliance.freshness import Staleness
from generator.compliance.wilayah import EXTRA_FILE, extra_codes
from generator.fmt import relative, tanggal
from generator.model import OutputFile, Project
from generator.render import _html, _page_file, dataset_page, entry_page, target

COMPLIANCE = "kepatuhan/index.md"
DIK = "dik/index.md"
EVIDENCE = "data-dukung/index.md"
PRINT = "dip/cetak/index.md"
KIND_LABELS = {"berkala": "Informasi berkala", "serta_merta": "Informasi serta merta",
               "setiap_saat": "Informasi setiap saat"}
STATUS_LABELS = {"ada": "Tersedia", "perlu-diperbarui": "Perlu diperbarui", "tidak-ada": "Belum ada"}
REASONS = {"berkala": "informasi berkala lebih dari enam bulan tidak diperbarui",
           "rilis": "rencana rilis berikutnya sudah lewat",
           "frekuensi": "terlambat menurut frekuensi pembaruannya"}


def compliance_page(project: Project, state: Compliance, env: Environment) -> OutputFile:
    page = COMPLIANCE
    percent, good, mandatory = score(list(state.statuses))
    groups = [{"key": kind.replace("_", "-"), "label": KIND_LABELS[kind],
               "rows": [_status_row(status, state, page) for status in state.statuses
                        if status.item.kind == kind]} for kind in KINDS]
    body = _html(env, "kepatuhan.html", extra_file=EXTRA_FILE, today=tanggal(state.today),
                 declared=state.checklist_declared, percent=percent, good=good, mandatory=mandatory,
                 groups=[group for group in groups if group["rows"]],
                 stale=stale_list(project, state, page), expired=_expired(project, state, page),
                 extra_codes=sorted(extra_codes(Path(project.root)).items()),
                 dik_url=relative(page, "dik/"), evidence_url=relative(page, "data-dukung/"),
                 print_url=relative(page, "dip/cetak/"))
    return _page_file(page, "Kepatuhan Keterbukaan Informasi",
                      "Pemeriksaan kelengkapan dan kemutakhiran informasi publik", body)


def _status_row(status: Any, state: Compliance, page: str) -> dict[str, Any]:
    item = status.item
    optional_gap = status.status == "tidak-ada" and not item.mandatory
    return {"id": item.id, "title": item.title, "basis": item.basis, "mandatory": item.mandatory,
            "note": item.note, "status": "tidak-wajib" if optional_gap else status.status,
            "status_label": "Tidak ada (tidak wajib)" if optional_gap else STATUS_LABELS[status.status],
            "entries": [{"id": entry.id, "url": relative(page, target(entry_page(entry.id))),
                         "stale": entry.id in state.stale_entries} for entry in status.entries]}


def stale_list(project: Project, state: Compliance, page: str) -> list[dict[str, str]]:
    titles = {entry.id: entry.title for entry in project.dip}
    names = {dataset.name: dataset.title for dataset in project.datasets}
    rows = [{"label": f"{key} {titles.get(key, '')}", "reason": REASONS[value.reason],
             "since": tanggal(value.since), "url": relative(page, target(entry_page(key)))}
            for key, value in state.stale_entries.items()]
    rows += [{"label": f"Dataset: {names.get(key, key)}", "reason": REASONS[value.reason],
              "since": tanggal(value.since), "url": relative(page, target(dataset_page(key)))}
             for key, value in state.stale_datasets.items()]
    return rows


def _expired(project: Project, state: Compliance, page: str) -> list[dict[str, str]]:
    titles = {entry.id: entry.title for entry in project.dip}
    return [{"id": record.id, "title": titles.get(record.id, ""), "ends": tanggal(record.ends_on),
             "url": relative(page, f"dik/#dik-{record.id}")}
            for record in sorted(state.dik or (), key=lambda record: record.id)
            if expired(record, state.today)]


def dik_page(project: Project, state: Compliance, env: Environment) -> OutputFile:
    titles = {entry.id: entry.title for entry in project.dip}
    records = [{"id": r.id, "title": titles.get(r.id, ""), "official": r.official, "article": r.article,
                "sector_law": r.sector_law, "consequences": r.consequences,
                "public_interest": r.public_interest, "decided_on": tanggal(r.decided_on),
                "decided_at": r.decided_at, "period": r.period, "ends": tanggal(r.ends_on),
                "expired": expired(r, state.today),
                "url": relative(DIK, target(entry_page(r.id)))}
               for r in sorted(state.dik or (), key=lambda record: record.id)]
    body = _html(env, "dik.html", today=tanggal(state.today), records=records)
    return _page_file(DIK, "Daftar Informasi yang Dikecualikan",
                      "Informasi yang dikecualikan beserta hasil uji konsekuensinya", body)


MARKER = ('<p class="etl-stale" role="note"><strong>Perlu diperbarui.</strong> '
          'Informasi ini {reason} (sejak {since}).</p>\n')


def mark_stale(files: list[OutputFile], state: Compliance) -> list[OutputFile]:
    """Put a visible "perlu diperbarui" note at the top of overdue entry and dataset pages."""
    pages: dict[str, Staleness] = {entry_page(key): value for key, value in state.stale_entries.items()}
    pages.update({dataset_page(key): value for key, value in state.stale_datasets.items()})
    marked: list[OutputFile] = []
    for item in files:
        stale = pages.get(str(item.path))
        if stale is not None and item.text and '<div class="etl">\n' in item.text:
            note = MARKER.format(reason=REASONS[stale.reason], since=tanggal(stale.since))
            item = replace(item, text=item.text.replace('<div class="etl">\n',
                                                        f'<div class="etl">\n{note}', 1))
        elif str(item.path).startswith("dip/") and item.text:
            item = replace(item, text=_mark_rows(item.text, state))
        marked.append(item)
    return marked


def _mark_rows(text: str, state: Compliance) -> str:
    """In DIP tables, a small "perlu diperbarui" label under the number of each overdue entry."""
    for key in state.stale_entries:
        text = text.replace(f'/">{key}</a></td>', f'/">{key}</a><br>{ROW_MARK}</td>')
    return text


ROW_MARK = '<span class="etl-status etl-status--perlu-diperbarui">perlu diperbarui</span>'
