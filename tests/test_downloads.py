"""Derived downloads: JSON records, XLSX without formulas, zipped data packages that Frictionless accepts."""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

from generator.cache import BlobStore
from generator.catalog import downloads
from generator.catalog.downloads import xlsx_bytes
from generator.catalog.files import JSON_MAX_CSV_BYTES, MIN_PARALLEL, dataset_outputs, derived_keys
from generator.load.project import load_project
from generator.publish.release import SMALL, compress
from generator.safety import neutralise_formula
from generator.settings import Settings
from tests.conftest import ROOT, copy_repo, run_cli

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
    # a carriage return is kept, written as ECMA-376's escape _x000D_ (XML alone would read it
    # back as a line feed), which Excel and LibreOffice turn back into the character; openpyxl does not
    assert [str(row[1].value).replace("_x000D_", "\r") for row in rows[1:]] == [
        neutralise_formula(text) for text in RISKY]
    assert rows[0][0].font.b and not rows[1][0].font.b
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
    for relative in ("unduh/catatan.json", "unduh/catatan.xlsx", "catatan.csv"):
        assert f'href="{relative}"' in page, relative
        assert hashlib.sha256((folder / relative).read_bytes()).hexdigest() in page, relative
    # one CSV: its datapackage.json beside it is the data package, no zip repeats them (issue 15)
    assert not (folder / "unduh" / "teks-uji.zip").exists() and ".zip" not in page
    assert 'href="datapackage.json" download' in page


def test_large_tables_get_no_json_and_the_page_says_how_to_read_them(mini: Path) -> None:
    folder = mini / "datasets" / "teks-uji"
    folder.mkdir()
    (folder / "datapackage.yaml").write_text(DESCRIPTOR, encoding="utf-8")
    rows = ["no,catatan,jumlah,tanggal"] + [f"{index},catatan nomor {index} {'x' * 40},{index * 1.5},2025-01-01"
                                            for index in range(1, 1500)]
    (folder / "catatan.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert (folder / "catatan.csv").stat().st_size > JSON_MAX_CSV_BYTES
    result = run_cli(mini, "build")
    assert result.returncode == 0, result.stdout + result.stderr
    published = mini / "site" / "dataset" / "teks-uji"
    assert not (published / "unduh" / "catatan.json").exists()
    sheet = openpyxl.load_workbook(published / "unduh" / "catatan.xlsx").active
    assert sheet is not None and sheet.max_row == 1500 and sheet["C3"].value == 3.0
    page = (published / "index.html").read_text(encoding="utf-8")
    assert "catatan.json" not in page and "frictionless extract --json datapackage.json" in page
    english = (mini / "site" / "en" / "dataset" / "teks-uji" / "index.html").read_text(encoding="utf-8")
    assert "frictionless extract --json datapackage.json" in english and "tidak dibuat" not in english
    manifest = json.loads((mini / "site" / "manifest.json").read_text(encoding="utf-8"))
    assert {entry["path"] for entry in manifest["files"]} >= {
        "dataset/teks-uji/catatan.csv", "dataset/teks-uji/datapackage.json", "dataset/teks-uji/unduh/catatan.xlsx"}
    assert not any(entry["path"].endswith("catatan.json") for entry in manifest["files"])


def test_zipped_data_packages_validate_with_frictionless(sample_site: Path, tmp_path: Path) -> None:
    archives = sorted((sample_site / "dataset").glob("*/unduh/*.zip"))
    several = sorted(path.name for path in (ROOT / "datasets").iterdir() if len(list(path.glob("*.csv"))) > 1)
    assert several and [archive.stem for archive in archives] == several
    for archive in archives:
        with zipfile.ZipFile(archive) as opened:
            names = opened.namelist()
            assert names[0] == "datapackage.json"
            assert {info.date_time for info in opened.infolist()} == {(1980, 1, 1, 0, 0, 0)}
            target = tmp_path / archive.stem
            opened.extractall(target)
        descriptor = json.loads((target / "datapackage.json").read_text(encoding="utf-8"))
        assert len(descriptor["resources"]) > 1
        for resource in descriptor["resources"]:
            assert (target / resource["path"]).read_bytes() == (archive.parent.parent / resource["path"]).read_bytes()
        _valid_package(target)


def test_a_single_csv_validates_where_it_is_published(sample_site: Path) -> None:
    """Without a zip, the published datapackage.json and the CSV beside it are the data package."""
    folder = sample_site / "dataset" / "penduduk-per-kelurahan"
    assert not (folder / "unduh" / "penduduk-per-kelurahan.zip").exists()
    _valid_package(folder)


def _valid_package(folder: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "frictionless", "validate", "--json", "datapackage.json"],
                            cwd=folder, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    assert json.loads(result.stdout)["valid"] is True


def test_worker_processes_write_the_same_downloads(tmp_path: Path) -> None:
    """dataset_outputs in two processes gives the bytes of one process, and fills the store."""
    root = copy_repo(ROOT, tmp_path / "repo")
    for number in range(MIN_PARALLEL):  # enough resources for the worker processes to start
        shutil.copytree(root / "datasets" / "penduduk-per-kelurahan", root / "datasets" / f"salinan-{number}")
        descriptor = root / "datasets" / f"salinan-{number}" / "datapackage.yaml"
        descriptor.write_text(descriptor.read_text(encoding="utf-8").replace(
            "name: penduduk-per-kelurahan", f"name: salinan-{number}", 1), encoding="utf-8")
    project, _ = load_project(Settings(root=root))
    datasets = list(project.datasets)
    assert len(datasets) > MIN_PARALLEL
    serial = dataset_outputs(datasets, root, jobs=1)
    store = BlobStore(tmp_path / "cache", "downloads")
    parallel = dataset_outputs(datasets, root, store=store, jobs=2)
    assert {name: output.published for name, output in parallel.items()} == {
        name: output.published for name, output in serial.items()}
    cached = dataset_outputs(datasets, root, store=store, jobs=2)
    assert {name: output.published for name, output in cached.items()} == {
        name: output.published for name, output in serial.items()}
    assert store.used >= {key for dataset in datasets for resource in dataset.resources
                          for key in derived_keys(resource).values()}  # kept by the cache's prune


def test_xlsx_bytes_do_not_depend_on_the_clock() -> None:
    columns = [("a", "string"), ("b", "integer")]
    first = xlsx_bytes(columns, [{"a": "=1", "b": 2}], title="uji")
    with zipfile.ZipFile(io.BytesIO(first)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode("utf-8")
    assert "1980-01-01T00:00:00Z" in core
    assert xlsx_bytes(columns, [{"a": "=1", "b": 2}], title="uji") == first


XLSX_OF_ONE_ROW = ("import hashlib, sys; from generator.catalog.downloads import xlsx_bytes; "
                   "sys.stdout.write(hashlib.sha256(xlsx_bytes([('a', 'string'), ('b', 'date')], "
                   "[{'a': 'x', 'b': __import__('datetime').date(2025, 1, 31)}], title='uji')).hexdigest())")


def test_xlsx_entries_carry_one_date_and_mode_in_every_time_zone_and_umask() -> None:
    """XlsxWriter dates its entries by the local clock's 1980-01-31 and gives them its temporary
    files' mode; normalise_zip rewrites both in place, so the bytes are the same anywhere."""
    digests = set()
    for zone, umask in (("UTC", "022"), ("Asia/Jakarta", "077"), ("America/Sao_Paulo", "002")):
        result = subprocess.run(["sh", "-c", f"umask {umask} && exec {sys.executable} -c \"$0\"", XLSX_OF_ONE_ROW],
                                capture_output=True, text=True, cwd=ROOT, env={"TZ": zone, "PATH": "/usr/bin:/bin"},
                                check=True)
        digests.add(result.stdout)
    assert len(digests) == 1
    data = xlsx_bytes([("a", "string")], [{"a": "x"}], title="uji")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        assert {(info.date_time, info.external_attr >> 16, info.create_system) for info in infos} == {
            ((1980, 1, 1, 0, 0, 0), 0o100644, 3)}
        assert archive.testzip() is None  # every entry's CRC still matches
    assert openpyxl.load_workbook(io.BytesIO(data)).active["A2"].value == "x"


def test_release_precompresses_small_text_twice_large_text_once_and_archives_never(tmp_path: Path) -> None:
    """A .br copy only where it is worth its bytes: below SMALL; XLSX and ZIP are compressed already."""
    big = "".join(f"{index},kecamatan {index % 7},{index * 1.25}\n" for index in range(SMALL // 10)).encode()
    files = {"dataset/a/data.csv": big, "dataset/a/small.csv": big[:5000], "index.html": b"<p>halo</p>" * 100,
             "dataset/a/unduh/data.xlsx": xlsx_bytes([("a", "string")], [{"a": "x"}] * 50, title="t")}
    for rel, data in files.items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(data)
    assert len(big) >= SMALL
    compress(tmp_path)
    made = sorted(path.relative_to(tmp_path).as_posix() for path in tmp_path.rglob("*.gz")) + sorted(
        path.relative_to(tmp_path).as_posix() for path in tmp_path.rglob("*.br"))
    assert made == ["dataset/a/data.csv.gz", "dataset/a/small.csv.gz", "index.html.gz",
                    "dataset/a/small.csv.br", "index.html.br"]
    assert gzip.decompress((tmp_path / "dataset/a/data.csv.gz").read_bytes()) == big


def test_a_table_longer_than_a_worksheet_gets_no_xlsx(monkeypatch: pytest.MonkeyPatch) -> None:
    """Excel would drop the rows past its last one: no XLSX rather than part of the table."""
    monkeypatch.setattr(downloads, "EXCEL_MAX_ROWS", 4)
    columns = [("a", "integer")]
    assert downloads.xlsx_bytes(columns, [{"a": index} for index in range(3)], title="t")
    made = downloads.derived_bytes(columns, [{"a": index} for index in range(4)], title="t", formats=("JSON", "XLSX"))
    assert made["XLSX"] == b"" and json.loads(made["JSON"]) == [{"a": index} for index in range(4)]
