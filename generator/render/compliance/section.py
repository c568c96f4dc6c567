"""The compliance section of the rendered site: its pages, its files and its menu."""

from __future__ import annotations

from generator.compliance.context import Compliance
from generator.compliance.service_report import years_of
from generator.i18n import _
from generator.model import NavItem, OutputFile, Project
from generator.render.compliance.dip_print import PRINT, print_files
from generator.render.compliance.evidence import EVIDENCE, evidence_page
from generator.render.compliance.pages import COMPLIANCE, DIK, compliance_page, dik_pages
from generator.render.compliance.report_page import report_files, report_page_path
from generator.render.reuse import Reuse


def compliance_section(project: Project, state: Compliance,
                       reuse: Reuse | None = None) -> tuple[list[OutputFile], tuple[NavItem, ...]]:
    """The compliance pages and their menu (the printable DIP kept by ``reuse`` while unchanged)."""
    added = [compliance_page(project, state), *dik_pages(project, state),
             evidence_page(project, state), *print_files(project, state, reuse)]
    reports: list[NavItem] = []
    if state.register is not None:
        added += report_files(state.register, state.calendar, state.monthly)
        reports = [NavItem(_("Laporan Layanan Informasi {year}").format(year=year), report_page_path(year))
                   for year in reversed(years_of(state.register.requests))]
    menu = NavItem(_("Keterbukaan Informasi"), children=(
        NavItem(_("Kepatuhan Keterbukaan Informasi"), COMPLIANCE),
        NavItem(_("Informasi yang Dikecualikan"), DIK), *reports,
        NavItem(_("Data Dukung Monev"), EVIDENCE), NavItem(_("DIP versi cetak"), PRINT)))
    return added, (menu,)
