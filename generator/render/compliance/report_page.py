"""The Laporan Layanan Informasi Publik pages: one per year of the register, with SVG charts."""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any

from generator.compliance.monthly import Monthly
from generator.compliance.register import Register
from generator.compliance.service_report import YearReport, figures_csv, year_report, years_of
from generator.compliance.workdays import Calendar
from generator.i18n import N_, _, current
from generator.i18n.format import month_label, number_label
from generator.model import OutputFile
from generator.render.compliance.charts import bar_chart
from generator.render.page import html_block, page_file
from generator.render.routes import dataset_page, relative, target

ROOT = "laporan-layanan"
LABELS = {"dikabulkan": N_("Dikabulkan seluruhnya"), "dikabulkan_sebagian": N_("Dikabulkan sebagian"),
          "ditolak": N_("Ditolak"), "dalam_proses": N_("Dalam proses")}


def report_page_path(year: int) -> str:
    return f"{ROOT}/{year}/index.md"


def csv_path(year: int) -> str:
    return f"{ROOT}/{year}/laporan-layanan-informasi-{year}.csv"


def decimal(value: float | None) -> str:
    return "-" if value is None else current().decimal_point(f"{value:.1f}")


def _summary(r: YearReport) -> list[tuple[str, str]]:
    return [(_("Jumlah permohonan"), number_label(r.total)), (_("Sudah dijawab"), number_label(r.answered)),
            (_(LABELS["dalam_proses"]), number_label(r.pending)),
            (_("Rata-rata waktu jawab"), _("{days} hari kerja").format(days=decimal(r.average_days))),
            (_("Dijawab dalam 10 hari kerja"),
             f"{number_label(r.within_deadline)} ({decimal(r.share(r.within_deadline))}%)"),
            (_("Dijawab dalam masa perpanjangan (11-17 hari kerja)"),
             f"{number_label(r.within_extension)} ({decimal(r.share(r.within_extension))}%)"),
            (_("Dijawab dalam 17 hari kerja (dengan perpanjangan)"),
             f"{decimal(r.share(r.within_deadline + r.within_extension))}%"),
            (_("Melewati 17 hari kerja"), number_label(r.late)),
            (_(LABELS["dikabulkan"]), number_label(r.granted)),
            (_(LABELS["dikabulkan_sebagian"]), number_label(r.partly)),
            (_(LABELS["ditolak"]), number_label(r.refused)), (_("Keberatan diajukan"), number_label(r.objections)),
            (_("Sengketa informasi diajukan"), number_label(r.disputes))]


def _charts(r: YearReport) -> list[dict[str, Any]]:
    monthly = [(month_label(month), received) for month, received, *_ in r.months]
    outcomes = [(_(LABELS["dikabulkan"]), r.granted), (_(LABELS["dikabulkan_sebagian"]), r.partly),
                (_(LABELS["ditolak"]), r.refused), (_(LABELS["dalam_proses"]), r.pending)]
    timing = [(_("Dalam 10 hari kerja"), r.within_deadline),
              (_("11-17 hari kerja (perpanjangan)"), r.within_extension),
              (_("Lebih dari 17 hari kerja"), r.late)]
    requests = _("Permohonan")
    charts = []
    for chart_id, title, bars, head in (
            ("per-bulan", _("Permohonan diterima per bulan"), monthly, (_("Bulan"), requests)),
            ("hasil", _("Hasil penyelesaian permohonan"), outcomes, (_("Hasil"), requests)),
            ("waktu-jawab", _("Waktu jawab"), timing, (_("Waktu jawab"), requests))):
        svg = bar_chart(f"grafik-{chart_id}", title, [(label, value, number_label(value)) for label, value in bars],
                        described_by=f"{chart_id}-tabel")
        charts.append({"id": chart_id, "title": title, "svg": svg, "head": head,
                       "rows": [(label, number_label(value)) for label, value in bars]})
    return charts


def _tables(r: YearReport) -> list[dict[str, Any]]:
    def shown(pairs: tuple[tuple[str, int], ...]) -> list[tuple[str, str]]:
        return [(_(LABELS["dalam_proses"]) if name == "dalam_proses" else name.replace("_", " "), number_label(count))
                for name, count in pairs]

    return [{"id": "alasan-penolakan", "title": _("Alasan penolakan"), "head": _("Alasan dan dasar hukum"),
             "rows": shown(r.reasons)},
            {"id": "keberatan", "title": _("Keberatan ({count})").format(count=number_label(r.objections)),
             "head": _("Hasil keberatan"), "rows": shown(r.objection_outcomes)},
            {"id": "sengketa", "title": _("Sengketa informasi ({count})").format(count=number_label(r.disputes)),
             "head": _("Hasil sengketa"), "rows": shown(r.dispute_outcomes)},
            {"id": "saluran", "title": _("Saluran permohonan"), "head": _("Saluran"), "rows": shown(r.channels)},
            {"id": "pemohon", "title": _("Jenis pemohon"), "head": _("Jenis pemohon"), "rows": shown(r.requesters)},
            {"id": "kategori", "title": _("Kategori informasi yang diminta"), "head": _("Kategori"),
             "rows": shown(r.categories)}]


def _monthly(monthly: Monthly | None, year: int, page: str) -> dict[str, Any] | None:
    if monthly is None:
        return None
    titles = {field.name: field.title or field.name for field in monthly.dataset.resources[0].fields}
    return {"title": monthly.dataset.title, "head": [titles.get(name, name) for name in monthly.header],
            "rows": monthly.year(year), "url": relative(page, target(dataset_page(monthly.dataset.name)))}


def report_files(register: Register, calendar: Calendar,
                 monthly: Monthly | None = None) -> list[OutputFile]:
    years = years_of(register.requests)
    files: list[OutputFile] = []
    for year in years:
        page = report_page_path(year)
        report = year_report(register.requests, year, calendar)
        body = html_block("laporan_layanan.html", r=report, summary=_summary(report), charts=_charts(report),
                     tables=_tables(report), monthly=_monthly(monthly, year, page),
                     csv_url=relative(page, csv_path(year)),
                     years=", ".join(map(str, calendar.years)),
                     register_url=relative(page, target(dataset_page(register.dataset.name))),
                     other_years=[{"year": other, "url": relative(page, f"{ROOT}/{other}/")}
                                  for other in years if other != year])
        files.append(page_file(page, _("Laporan Layanan Informasi Publik Tahun {year}").format(year=year),
                               _("Laporan layanan informasi publik tahun {year}").format(year=year), body))
        files.append(OutputFile(PurePosixPath(csv_path(year)), text=figures_csv(report)))
    return files
