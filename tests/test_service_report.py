"""Working days and the Laporan Layanan Informasi Publik, with golden figures checked by hand."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from generator.compliance.register import Register, find_register, load_register
from generator.compliance.service_report import figures_csv, year_report, years_of
from generator.compliance.workdays import Calendar, load_calendar
from generator.load.datasets import load_datasets
from generator.settings import Settings
from tests.conftest import FIXTURES, ROOT

KIP = FIXTURES / "kip"


def calendar(root: Path = KIP) -> Calendar:
    return load_calendar(root)[0]


def register(root: Path = KIP) -> Register:
    datasets, _ = load_datasets(Settings(root=root, cache=False))  # the shared fixture is read in place
    dataset = find_register(datasets)
    assert dataset is not None
    found = load_register(root, dataset)
    assert found is not None
    return found


def test_weekends_national_holidays_and_cuti_bersama() -> None:
    national = calendar(Path("/nonexistent"))
    assert national.years == (2024, 2025, 2026)
    assert not national.is_workday(dt.date(2025, 3, 29))  # Saturday (and Nyepi)
    assert not national.is_workday(dt.date(2025, 4, 2))  # cuti bersama Idul Fitri
    assert national.is_workday(dt.date(2025, 4, 8))
    # received Monday 24 March 2025: Lebaran holidays and cuti bersama push day 10 to 16 April
    assert national.between(dt.date(2025, 3, 24), dt.date(2025, 4, 16)) == 10
    assert national.between(dt.date(2025, 3, 24), dt.date(2025, 4, 17)) == 11
    assert national.between(dt.date(2025, 6, 6), dt.date(2025, 6, 10)) == 1  # received on Idul Adha
    assert national.between(dt.date(2025, 1, 2), dt.date(2025, 1, 2)) == 0


def test_body_adds_regional_holidays() -> None:
    national, regional = calendar(Path("/nonexistent")), calendar()
    assert national.between(dt.date(2025, 10, 1), dt.date(2025, 10, 27)) == 18
    assert regional.between(dt.date(2025, 10, 1), dt.date(2025, 10, 27)) == 17  # 10 October is local


def test_golden_figures_2025() -> None:
    found = register()
    assert years_of(found.requests) == [2024, 2025]
    report = year_report(found.requests, 2025, calendar())
    assert (report.total, report.answered, report.pending) == (9, 8, 1)
    assert report.average_days == 9.5  # (10 + 11 + 1 + 15 + 1 + 1 + 17 + 20) / 8
    assert (report.within_deadline, report.within_extension, report.late) == (4, 3, 1)
    assert report.share(report.within_deadline) == 50.0
    assert (report.granted, report.partly, report.refused) == (4, 1, 3)
    assert report.reasons == (("UU 14/2008 Pasal 17 huruf h", 2), ("Informasi tidak dikuasai", 1))
    assert report.objections == 3
    assert report.objection_outcomes == (("dalam_proses", 1), ("dikabulkan", 1), ("ditolak", 1))
    assert (report.disputes, report.dispute_outcomes) == (1, (("dalam_proses", 1),))
    assert report.channels == (("surel", 5), ("formulir_daring", 2), ("langsung", 2))
    assert report.months[2] == (3, 2, 2, 0, 0) and report.months[10] == (11, 1, 0, 0, 1)
    older = year_report(found.requests, 2024, calendar())
    assert (older.total, older.average_days) == (1, 2.0)  # 31 Dec, then 1 Jan is a holiday


def test_golden_csv_2025() -> None:
    rows = list(csv.reader(figures_csv(year_report(register().requests, 2025, calendar())).splitlines()))
    assert rows[0] == ["kelompok", "indikator", "nilai"]
    table = {(group, name): value for group, name, value in rows[1:]}
    assert table[("ringkasan", "jumlah_permohonan")] == "9"
    assert table[("waktu", "rata_rata_hari_kerja")] == "9.5"
    assert table[("waktu", "persen_dalam_10_hari_kerja")] == "50.0"
    assert table[("waktu", "persen_dalam_17_hari_kerja")] == "87.5"
    assert table[("alasan_penolakan", "UU 14/2008 Pasal 17 huruf h")] == "2"
    assert table[("bulan", "2025-03_diterima")] == "2"
    assert len(rows) == len(set((group, name) for group, name, _ in rows))


def test_sample_register_matches_the_monthly_statistics() -> None:
    found = register(ROOT)
    with (ROOT / "datasets" / "statistik-permohonan-informasi" / "permohonan-bulanan.csv").open(
            encoding="utf-8") as handle:
        monthly = {row["bulan"][:7]: int(row["permohonan_diterima"]) for row in csv.DictReader(handle)}
    counted: dict[str, int] = {}
    for request in found.requests:
        assert request.received is not None
        key = request.received.isoformat()[:7]
        counted[key] = counted.get(key, 0) + 1
    assert counted == monthly
