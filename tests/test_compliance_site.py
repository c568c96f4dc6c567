"""The compliance pages in built sites: the sample (fully compliant) and the lapsed fixture."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest

from generator import pipeline
from generator.compliance.register import find_register, load_register
from generator.compliance.service_report import figures_csv, year_report
from generator.compliance.workdays import load_calendar
from generator.settings import Settings
from tests.conftest import FIXTURES, copy_repo


def html(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def kip_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    repo = copy_repo(FIXTURES / "kip", tmp_path_factory.mktemp("kip") / "repo")
    outcome = pipeline.build(Settings(root=repo, today=dt.date(2026, 1, 15)))
    assert outcome.built, (outcome.problems, outcome.engine_output)
    return repo / "site"


def test_sample_is_fully_compliant(sample_site: Path) -> None:
    page = html(sample_site, "kepatuhan")
    assert "100%</strong> butir wajib tersedia dan mutakhir (22 dari 22 butir wajib)" in page
    assert "Belum ada" not in page and 'id="butir-berkala-pengaduan"' in page
    assert "Semua informasi dan dataset mutakhir" in page
    assert "<code>99.71.01.1001</code> Kelurahan Sukamaju (fiktif)" in page  # the body's own codes
    assert html(sample_site, "dik").count('<section class="etl-dik"') == 9


def test_sample_service_report_equals_the_register(sample_site: Path, sample_repo: Path) -> None:
    outcome = pipeline.check(Settings(root=sample_repo))
    dataset = find_register(outcome.project.datasets)
    assert dataset is not None
    found = load_register(sample_repo, dataset)
    assert found is not None
    expected = figures_csv(year_report(found.requests, 2025, load_calendar(sample_repo)[0]))
    download = sample_site / "laporan-layanan" / "2025" / "laporan-layanan-informasi-2025.csv"
    assert download.read_text(encoding="utf-8") == expected
    page = html(sample_site, "laporan-layanan/2025")
    assert page.count('role="img"') == 3 and 'aria-describedby="per-bulan-tabel"' in page
    assert 'id="per-bulan-tabel"' in page
    monthly = page.split('id="statistik-bulanan-tabel"', 1)[1].split("</table>", 1)[0]
    assert monthly.count("<tr><td>2025-") == 12  # the monthly statistics dataset, shown beside


def test_printable_dip_and_its_csv(sample_site: Path, sample_repo: Path) -> None:
    page = html(sample_site, "dip/cetak")
    assert "DAFTAR INFORMASI PUBLIK" in page and "Ratna Kusumawardani" in page
    assert "<td>(7)</td>" in page
    rows = list(csv.DictReader(io.StringIO((sample_site / "dip" / "daftar-informasi-publik-perki.csv")
                                           .read_text(encoding="utf-8"))))
    with (sample_repo / "content" / "dip.csv").open(encoding="utf-8") as handle:
        public = [row["id"] for row in csv.DictReader(handle) if row["kategori"] != "dikecualikan"]
    assert sorted(row["nomor"] for row in rows) == sorted(public)


def test_evidence_page_groups(sample_site: Path) -> None:
    page = html(sample_site, "data-dukung")
    for group in ("kualitas-informasi", "jenis-informasi", "pelayanan", "sarana-prasarana", "komitmen",
                  "digitalisasi"):
        assert f'<h2 id="{group}">' in page
    assert "Laporan Layanan Informasi Publik 2025" in page and "cara-permohonan/" in page


def test_lapsed_body_shows_what_is_missing_and_stale(kip_site: Path) -> None:
    page = html(kip_site, "kepatuhan")
    assert "Belum ada" in page and "Perlu diperbarui (3)" in page
    assert "Pengecualian yang jangka waktunya berakhir (1)" in page
    assert "etl-stale" in html(kip_site, "informasi/B-001")
    assert "etl-stale" not in html(kip_site, "informasi/SS-001")
    table = html(kip_site, "dip/berkala")
    assert table.count("etl-status--perlu-diperbarui") == 3 and 'B-001</a><br><span class="etl-status' in table
    assert "perlu ditinjau ulang" in html(kip_site, "dik")
