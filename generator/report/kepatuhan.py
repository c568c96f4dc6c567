"""The compliance section of ``validate --kepatuhan``: every checklist item with its status, as text."""

from __future__ import annotations

from generator.compliance.checklist import score
from generator.compliance.context import gather
from generator.i18n.format import date_label
from generator.model import Project
from generator.settings import Settings

STATUS = {"id": {"ada": "ada", "perlu-diperbarui": "perlu diperbarui", "tidak-ada": "belum ada"},
          "en": {"ada": "present", "perlu-diperbarui": "overdue", "tidak-ada": "missing"}}


def compliance_text(project: Project, settings: Settings) -> str:
    """One line per checklist item, then the percentage of mandatory items present and current."""
    state = gather(project, settings)
    en = settings.lang == "en"
    words = STATUS["en" if en else "id"]
    lines = [("Compliance on " if en else "Kepatuhan keterbukaan informasi per ")
             + (state.today.isoformat() if en else date_label(state.today))]
    for status in state.statuses:
        mark = "" if status.item.mandatory else (" (optional)" if en else " (tidak wajib)")
        entries = ", ".join(entry.id for entry in status.entries) or "-"
        lines.append(f"  [{words[status.status]}] {status.item.id}{mark}: {entries}")
    percent, good, mandatory = score(list(state.statuses))
    lines.append(f"{percent}% " + (f"of mandatory items present and current ({good} of {mandatory})." if en
                                   else f"butir wajib tersedia dan mutakhir ({good} dari {mandatory})."))
    if not state.checklist_declared:
        lines.append("content/dip.csv has no butir_kewajiban column." if en
                     else "content/dip.csv belum memiliki kolom butir_kewajiban.")
    return "\n".join(lines)
