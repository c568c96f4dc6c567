"""Derived downloads: JSON records, XLSX without formulas, zipped data packages that Frictionless accepts."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from generator.catalog.downloads import xlsx_bytes
from generator.safety import neutralise_formula
from tests.conftest import run_cli

RISKY = ["=HYPERLINK(\"http://example.invalid\",\"klik\")", "+62 271 555", "-5 hari", "@SUM(A1:A2)",
         "\tTAB", "\rCR", "biasa"]
DESCRIPTOR = """\
name: teks-uji
title: Teks Uji
description: Dataset uji berisi teks yang menyerupai rumus spreadsheet.
topic: Pemerintahan
licenses:
  - {name: CC-BY-4.0, title: Creative Commons Attribution 4.0, path: https://creativecommons.org/licenses/by/4.0/}
publisher: {name: Badan Uji Coba, unit: Sekretariat}
frequency: tidak_tentu
resources:
  - name: catatan
    path: catatan.csv
    title: Catatan
    schema:
      fields:
        - {name: no, type: integer, title: Nomor, description: Nomor urut.}
        - {name: catatan, type: string, title: Catatan, description: Teks bebas.}
        - {name: jumlah, type: number, title: Jumlah, description: Angka boleh negatif.}
        - {name: tanggal, type: date, title: Tanggal, description: Tanggal catatan.}
      primaryKey: [no]
"""


@pytest.fixture
def formula_site(mini: Path) -> Path:
    folder = mini / "datasets" / "teks-uji"
    folder.mkdir()
    (folder / "datapackage.yaml").write_text(DESCRIPTOR, encoding="utf-8")
    rows = ["no,catatan,jumlah,tanggal"] + [
        f'{index},"{text.replace(chr(34), chr(34) * 2)}",{-1.5 * index},2025-0{index % 9 + 1}-01'
        for index, text in enumerate(RISKY, start=1)]
    (folder / "catatan.csv").write_bytes(("\r\n".join(rows) + "\r\n").encode("utf-8"))
    result = run_cli(mini, "build")
    assert result.returncode == 0, result.stdout + result.stderr
    return mini


def test_neutralise_formula() -> None:
    assert [neutralise_formula(text) for text in RISKY] == [
        "'" + text for text in RISKY[:-1]] + ["biasa"]
    assert neutralise_formula("") == ""


def test_xlsx_text_is_never_a_formula_and_numbers_stay_numbers(formula_site: Path) -> None:
    path = formula_site / "site" / "dataset" / "teks-uji" / "unduh" / "catatan.xlsx"
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    rows = list(sheet.iter_rows())
    assert [cell.value for cell in rows[0]] == ["no", "catatan", "jumlah", "tanggal"]
    for cell in (row[1] for row in rows[1:]):
        assert cell.data_type == "s"
        assert not str(cell.value).startswith(("=", "+", "-", "@", "\t", "\r"))
    # XML reads a carriage return inside text back as a line feed
    assert [row[1].value for row in rows[1:]] == [neutralise_formula(text).replace("\r", "\n") for text in RISKY]
    assert [(row[0].data_type, row[2].data_type) for row in rows[1:]] == [("n", "n")] * len(RISKY)
    assert rows[3][2].value == -4.5
    assert rows[1][3].is_date
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml


def test_json_records_are_typed_and_the_csv_is_unchanged(formula_site: Path) -> None:
    folder = formula_site / "site" / "dataset" / "teks-uji"
    records = json.loads((folder / "unduh" / "catatan.json").read_text(encoding="utf-8"))
    # numbers stay numbers; text a spreadsheet would run as a formula is neutralised (issue 4)
    assert records[0] == {"no": 1, "catatan": "'" + RISKY[0], "jumlah": -1.5, "tanggal": "2025-02-01"}
    assert [record["catatan"] for record in records] == [neutralise_formula(text) for text in RISKY]
    assert (folder / "catatan.csv").read_bytes() == (
        formula_site / "datasets" / "teks-uji" / "catatan.csv").read_bytes()


def test_dataset_page_lists_every_download_with_its_checksum(formula_site: Path) -> None:
    folder = formula_site / "site" / "dataset" / "teks-uji"
    page = (folder / "index.html").read_text(encoding="utf-8")
    for relative in ("unduh/catatan.json", "unduh/catatan.xlsx", "unduh/teks-uji.zip", "catatan.csv"):
        assert f'href="{relative}"' in page, relative
        assert hashlib.sha256((folder / relative).read_bytes()).hexdigest() in page, relative


def test_zipped_data_packages_validate_with_frictionless(sample_site: Path, tmp_path: Path) -> None:
    archives = sorted((sample_site / "dataset").glob("*/unduh/*.zip"))
    assert len(archives) >= 6
    for archive in archives:
        with zipfile.ZipFile(archive) as opened:
            names = opened.namelist()
            assert names[0] == "datapackage.json"
            assert {info.date_time for info in opened.infolist()} == {(1980, 1, 1, 0, 0, 0)}
            target = tmp_path / archive.stem
            opened.extractall(target)
        descriptor = json.loads((target / "datapackage.json").read_text(encoding="utf-8"))
        for resource in descriptor["resources"]:
            assert (target / resource["path"]).read_bytes() == (archive.parent.parent / resource["path"]).read_bytes()
        result = subprocess.run([sys.executable, "-m", "frictionless", "validate", "--json", "datapackage.json"],
                                cwd=target, capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
        assert json.loads(result.stdout)["valid"] is True


def test_xlsx_bytes_do_not_depend_on_the_clock() -> None:
    columns = [("a", "string"), ("b", "integer")]
    first = xlsx_bytes(columns, [{"a": "=1", "b": 2}], title="uji")
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode("utf-8")
    assert "1980-01-01T00:00:00Z" in core
    assert xlsx_bytes(columns, [{"a": "=1", "b": 2}], title="uji") == first
