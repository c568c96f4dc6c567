"""new-dataset FILE.xlsx|.ods: the chosen sheet as CSV UTF-8, with a note of what converting changed."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
import pytest

from generator.cli import main
from tests.conftest import ROOT, copy_repo

REAL = ROOT / "tests" / "import_corpus" / "real" / "jds-opendata-jabar"
POVERTY = REAL / "angka_garis_kemiskinan_per_kapita_per_bulan_provinsi.xlsx"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return copy_repo(ROOT / "tests" / "fixtures" / "mini", tmp_path / "repo")


def new(repo: Path, *args: str) -> int:
    return main(["--root", str(repo), "new-dataset", *args])


def test_the_real_open_data_jabar_workbook(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert new(repo, str(POVERTY), "--name", "garis-kemiskinan") == 0
    assert "Dataset baru dibuat di datasets/garis-kemiskinan/" in capsys.readouterr().out
    folder = repo / "datasets" / "garis-kemiskinan"
    assert (folder / "garis-kemiskinan.csv").read_text(encoding="utf-8") == (
        "Tahun,garis_kemiskinan\n2020,410988\n2019,386198\n2018,367755\n")
    assert "ISI: judul dataset" in (folder / "datapackage.yaml").read_text(encoding="utf-8")


def test_title_rows_merged_header_serial_dates_and_numbers_as_text(repo: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    book = openpyxl.Workbook()
    cover = book.active
    assert cover is not None
    cover.title = "Petunjuk"
    cover.append(["Isi lembar Data saja."])
    sheet = book.create_sheet("Data")
    sheet.append(["Jumlah Penduduk Menurut Kecamatan"])  # a title row above the header
    sheet.append(["kecamatan", "tanggal_data", "penduduk", None])
    sheet.merge_cells("C2:D2")
    sheet.append(["Bekasi Barat", 45292, "27125", 26011])
    sheet.append(["Bekasi Timur", 45292, "24980", 24377])
    workbook = tmp_path / "Penduduk Kecamatan.xlsx"
    book.save(workbook)
    assert new(repo, str(workbook), "--sheet", "Data") == 0
    out = capsys.readouterr().out
    for code in ("import-merged-header", "import-excel-serial-date", "import-number-as-text"):
        assert f"[{code}]" in out
    csv_text = (repo / "datasets" / "penduduk-kecamatan" / "penduduk-kecamatan.csv").read_text(encoding="utf-8")
    assert csv_text == ("kecamatan,tanggal_data,penduduk_1,penduduk_2\n"
                        "Bekasi Barat,2024-01-01,27125,26011\nBekasi Timur,2024-01-01,24980,24377\n")


def test_an_ods_workbook(repo: Path, tmp_path: Path) -> None:
    ods = tmp_path / "sekolah.ods"
    cells = "".join(f"<table:table-row>{''.join(_cell(value) for value in row)}</table:table-row>"
                    for row in (("npsn", "nama_sekolah"), ("20223456", "SDN Contoh 01")))
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="Sheet1">{cells}</table:table>'
               '</office:spreadsheet></office:body></office:document-content>')
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                         'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                         '<manifest:file-entry manifest:full-path="/" manifest:media-type='
                         '"application/vnd.oasis.opendocument.spreadsheet"/></manifest:manifest>')
    assert new(repo, str(ods)) == 0
    assert (repo / "datasets" / "sekolah" / "sekolah.csv").read_text(encoding="utf-8") == (
        "npsn,nama_sekolah\n20223456,SDN Contoh 01\n")


def _cell(value: str) -> str:
    return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'


def test_a_missing_sheet_and_a_web_page_saved_as_xls(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert new(repo, str(POVERTY), "--sheet", "Data") == 1
    assert "[import-sheet-missing]" in capsys.readouterr().err
    assert new(repo, str(REAL / "gariskemiskinanjabar.xls")) == 1  # today's behaviour: HTML, not a workbook
    assert "[file-is-html]" in capsys.readouterr().err
    assert sorted(path.name for path in (repo / "datasets").iterdir()) == ["angka-kecil"]


DATASET_FILES = [
    # (file under tests/import_corpus/real/, created?, what new-dataset reports or keeps)
    ("jds-opendata-jabar/angka_garis_kemiskinan_per_kapita_per_bulan__provinsi.csv", False, "delimiter-semicolon"),
    ("jds-opendata-jabar/angka_garis_kemiskinan_per_kapita_per_bulan__kabupaten_data.csv", True, "kode_kabupaten_kota"),
    ("jabar-opendata-firmanh3200/upah_minimum.csv", True, "kode_kabupaten_kota"),
    # village codes of two systems side by side, every code a float string ("3201190006.0"), CRLF
    ("jds-opendata-jabar/dpmdes-pencemaran-air-desa.head300.csv", True, "kemendagri_kode_desa_kelurahan"),
    ("kota-bandung-statistik-sektoral/mfd_23_1_32.csv", True, "kdkec"),
]


@pytest.mark.parametrize(("name", "created", "detail"), DATASET_FILES, ids=[item[0] for item in DATASET_FILES])
def test_the_real_open_data_csv_files(repo: Path, name: str, created: bool, detail: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    source = ROOT / "tests" / "import_corpus" / "real" / name
    assert new(repo, str(source), "--name", "baru") == (0 if created else 1)
    if not created:
        assert f"[{detail}]" in capsys.readouterr().err
        assert not (repo / "datasets" / "baru").exists()
        return
    descriptor = (repo / "datasets" / "baru" / "datapackage.yaml").read_text(encoding="utf-8")
    assert f'name: "{detail}", type: string' in descriptor  # a code column stays text
    assert (repo / "datasets" / "baru" / "baru.csv").read_bytes() == source.read_bytes()
