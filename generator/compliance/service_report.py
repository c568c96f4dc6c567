"""Figures of the yearly Laporan Layanan Informasi Publik, computed from the request register."""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass

from generator.compliance.register import GRANTED, PARTLY, REFUSED, Request
from generator.compliance.workdays import Calendar

DEADLINE, EXTENSION = 10, 7  # UU 14/2008 Pasal 22 ayat (7) and (8): working days


@dataclass(frozen=True)
class YearReport:
    year: int
    total: int
    answered: int
    pending: int
    average_days: float | None
    within_deadline: int
    within_extension: int  # answered in 11..17 working days
    late: int
    granted: int
    partly: int
    refused: int
    reasons: tuple[tuple[str, int], ...]
    objections: int
    objection_outcomes: tuple[tuple[str, int], ...]
    disputes: int
    dispute_outcomes: tuple[tuple[str, int], ...]
    channels: tuple[tuple[str, int], ...]
    requesters: tuple[tuple[str, int], ...]
    categories: tuple[tuple[str, int], ...]
    months: tuple[tuple[int, int, int, int, int], ...]  # month, received, granted, partly, refused

    def share(self, count: int) -> float:
        return round(100 * count / self.answered, 1) if self.answered else 0.0


def years_of(requests: tuple[Request, ...]) -> list[int]:
    return sorted({request.received.year for request in requests if request.received})


def _counted(values: list[str]) -> tuple[tuple[str, int], ...]:
    return tuple(sorted(Counter(value or "dalam_proses" for value in values).items(),
                        key=lambda item: (-item[1], item[0])))


def year_report(requests: tuple[Request, ...], year: int, calendar: Calendar) -> YearReport:
    chosen = [r for r in requests if r.received and r.received.year == year]
    answered = [r for r in chosen if r.answered and r.received]
    days = [calendar.between(r.received, r.answered) for r in answered if r.received and r.answered]
    outcome = Counter(r.outcome for r in chosen)
    months = tuple((month, *(sum(1 for r in chosen if r.received and r.received.month == month
                                 and (kind is None or r.outcome == kind))
                             for kind in (None, GRANTED, PARTLY, REFUSED)))
                   for month in range(1, 13))
    return YearReport(
        year=year, total=len(chosen), answered=len(answered), pending=len(chosen) - len(answered),
        average_days=round(sum(days) / len(days), 1) if days else None,
        within_deadline=sum(1 for d in days if d <= DEADLINE),
        within_extension=sum(1 for d in days if DEADLINE < d <= DEADLINE + EXTENSION),
        late=sum(1 for d in days if d > DEADLINE + EXTENSION),
        granted=outcome[GRANTED], partly=outcome[PARTLY], refused=outcome[REFUSED],
        reasons=_counted([r.reason for r in chosen if r.outcome == REFUSED]),
        objections=sum(1 for r in chosen if r.objection),
        objection_outcomes=_counted([r.objection_outcome for r in chosen if r.objection]),
        disputes=sum(1 for r in chosen if r.dispute),
        dispute_outcomes=_counted([r.dispute_outcome for r in chosen if r.dispute]),
        channels=_counted([r.channel for r in chosen]),
        requesters=_counted([r.requester for r in chosen]),
        categories=_counted([r.category for r in chosen]),
        months=months)  # type: ignore[arg-type]


def figures(report: YearReport) -> list[tuple[str, str, str]]:
    """The aggregated figures as (group, indicator, value) rows, values in plain notation."""
    rows = [("ringkasan", "jumlah_permohonan", str(report.total)),
            ("ringkasan", "sudah_dijawab", str(report.answered)),
            ("ringkasan", "dalam_proses", str(report.pending)),
            ("waktu", "rata_rata_hari_kerja", "" if report.average_days is None else f"{report.average_days:.1f}"),
            ("waktu", "dijawab_dalam_10_hari_kerja", str(report.within_deadline)),
            ("waktu", "persen_dalam_10_hari_kerja", f"{report.share(report.within_deadline):.1f}"),
            ("waktu", "dijawab_dalam_perpanjangan_7_hari_kerja", str(report.within_extension)),
            ("waktu", "persen_dalam_17_hari_kerja",
             f"{report.share(report.within_deadline + report.within_extension):.1f}"),
            ("waktu", "melewati_17_hari_kerja", str(report.late)),
            ("hasil", GRANTED, str(report.granted)), ("hasil", PARTLY, str(report.partly)),
            ("hasil", REFUSED, str(report.refused)),
            ("keberatan", "jumlah_keberatan", str(report.objections)),
            ("sengketa", "jumlah_sengketa", str(report.disputes))]
    for group, pairs in (("alasan_penolakan", report.reasons), ("hasil_keberatan", report.objection_outcomes),
                         ("hasil_sengketa", report.dispute_outcomes), ("saluran", report.channels),
                         ("jenis_pemohon", report.requesters), ("kategori_informasi", report.categories)):
        rows += [(group, name, str(count)) for name, count in pairs]
    rows += [("bulan", f"{report.year}-{month:02d}_{name}", str(value)) for month, *values in report.months
             for name, value in zip(("diterima", GRANTED, PARTLY, REFUSED), values, strict=True)]
    return rows


def figures_csv(report: YearReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("kelompok", "indikator", "nilai"))
    writer.writerows(figures(report))
    return out.getvalue()
