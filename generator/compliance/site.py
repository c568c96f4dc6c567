"""The compliance section of the rendered site: its pages, its files and its menu."""

from __future__ import annotations

from dataclasses import replace

from jinja2 import Environment

from generator.compliance.context import gather
from generator.compliance.dip_print import PRINT, print_files
from generator.compliance.evidence import EVIDENCE, evidence_page
from generator.compliance.pages import COMPLIANCE, DIK, compliance_page, dik_page, mark_stale
from generator.compliance.report_page import report_files, report_page_path
from generator.compliance.service_report import years_of
from generator.model import NavItem, OutputFile, Project
from generator.settings import Settings


def compliance_section(project: Project, settings: Settings, env: Environment,
                       files: list[OutputFile]) -> tuple[list[OutputFile], tuple[NavItem, ...]]:
    """``files`` with overdue pages marked, plus the compliance pages and their menu."""
    state = gather(project, settings)
    added = [compliance_page(project, state, env), dik_page(project, state, env),
             evidence_page(project, state, env), *print_files(project, state, env)]
    reports: list[NavItem] = []
    if state.register is not None:
        added += report_files(state.register, state.calendar, env, state.monthly)
        reports = [NavItem(f"Laporan Layanan Informasi {year}", report_page_path(year))
                   for year in reversed(years_of(state.register.requests))]
    menu = NavItem("Keterbukaan Informasi", children=(
        NavItem("Kepatuhan Keterbukaan Informasi", COMPLIANCE),
        NavItem("Informasi yang Dikecualikan", DIK), *reports,
        NavItem("Data Dukung Monev", EVIDENCE), NavItem("DIP versi cetak", PRINT)))
    added = [_unsearchable(item) if str(item.path) in UNSEARCHABLE else item for item in added]
    return mark_stale(files, state) + added, (menu,)


UNSEARCHABLE = (PRINT, EVIDENCE)  # a copy of the DIP and a list of links: noise in search results


def _unsearchable(item: OutputFile) -> OutputFile:
    text = item.text or ""
    return replace(item, text=text.replace("---\n", "---\nsearch:\n  exclude: true\n", 1))
