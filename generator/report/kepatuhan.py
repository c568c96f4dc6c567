"""The compliance section of ``validate --kepatuhan``: every checklist item with its status, as text."""

from __future__ import annotations

from generator.compliance.checklist import score
from generator.compliance.context import gather
from generator.i18n import N_
from generator.model import Project
from generator.report.messages import cli
from generator.settings import Settings

STATUS = {"ada": N_("ada"), "perlu-diperbarui": N_("perlu diperbarui"), "tidak-ada": N_("belum ada")}


def compliance_text(project: Project, settings: Settings) -> str:
    """One line per checklist item, then the percentage of mandatory items present and current."""
    state = gather(project, settings)
    translate = cli(settings.lang)
    _ = translate.gettext
    lines = [_("Kepatuhan keterbukaan informasi per {date}").format(date=translate.date(state.today))]
    optional = _(" (tidak wajib)")
    for status in state.statuses:
        mark = "" if status.item.mandatory else optional
        entries = ", ".join(entry.id for entry in status.entries) or "-"
        lines.append(f"  [{_(STATUS[status.status])}] {status.item.id}{mark}: {entries}")
    percent, good, mandatory = score(list(state.statuses))
    lines.append(_("{percent}% butir wajib tersedia dan mutakhir ({good} dari {mandatory}).")
                 .format(percent=percent, good=good, mandatory=mandatory))
    if not state.checklist_declared:
        lines.append(_("content/dip.csv belum memiliki kolom butir_kewajiban."))
    return "\n".join(lines)
