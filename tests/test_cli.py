from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli


def test_validate_clean_site_exits_zero(mini: Path) -> None:
    result = run_cli(mini, "validate")
    assert result.returncode == 0
    assert "Tidak ada masalah." in result.stdout


def test_validate_reports_in_indonesian_and_english(mini: Path) -> None:
    data = mini / "datasets" / "angka-kecil" / "angka.csv"
    data.write_text("bulan,kode,nilai\n2025-01-01,AB,1.250.000\n", encoding="utf-8")
    indonesian = run_cli(mini, "validate")
    assert indonesian.returncode == 1
    assert 'datasets/angka-kecil/angka.csv, baris 2, kolom "nilai"' in indonesian.stdout
    assert 'Angka "1.250.000" ditulis dengan format Indonesia' in indonesian.stdout
    assert "1 galat, 0 peringatan di 1 berkas." in indonesian.stdout
    english = run_cli(mini, "--lang", "en", "validate")
    assert 'datasets/angka-kecil/angka.csv, row 2, column "nilai"' in english.stdout
    assert "is written the Indonesian way" in english.stdout


def test_validate_json_report(mini: Path) -> None:
    data = mini / "datasets" / "angka-kecil" / "angka.csv"
    data.write_text("bulan,kode,nilai\n2025-01-01,AB,x\n", encoding="utf-8")
    result = run_cli(mini, "validate", "--format", "json")
    report = json.loads(result.stdout)
    assert report["errors"] == 1
    assert report["problems"][0] | {"message": ""} == {
        "code": "type-error", "severity": "error", "file": "datasets/angka-kecil/angka.csv",
        "row": 2, "line": None, "field": "nilai", "value": "x", "message": ""}


def test_long_values_are_truncated_in_messages(mini: Path) -> None:
    data = mini / "datasets" / "angka-kecil" / "angka.csv"
    data.write_text("bulan,kode,nilai\n2025-01-01,AB," + "9x" * 50_000 + "\n", encoding="utf-8")
    result = run_cli(mini, "validate")
    assert result.returncode == 1
    assert len(result.stdout) < 2_000


def test_check_links_reports_a_broken_link(mini: Path) -> None:
    assert run_cli(mini, "check-links").returncode == 1  # no site/ yet
    assert run_cli(mini, "build").returncode == 0
    result = run_cli(mini, "check-links")
    assert result.returncode == 0, result.stdout + result.stderr
    page = mini / "site" / "tentang" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("</body>", '<a href="../hilang/">x</a></body>'),
                    encoding="utf-8")
    result = run_cli(mini, "check-links")
    assert result.returncode == 1
    assert "tentang/index.html: ../hilang/ (target does not exist)" in result.stdout
