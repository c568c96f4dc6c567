"""import-dip and import-dik on the real DIP and DIK lists of Indonesian public bodies (tests/import_corpus/real)."""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import openpyxl
import pytest

from generator.cli import main
from generator.importer.dip import import_dik, import_dip
from generator.report.messages import message
from tests.conftest import ROOT, copy_repo

REAL = ROOT / "tests" / "import_corpus" / "real"
JABAR = REAL / "pemprov-jabar-dip-html" / "daftar-informasi-publik.blade.php"
BEKASI = REAL / "ppid-kota-bekasi-dip"
MALANG = REAL / "kab-malang-dik-sql" / "ppid_malangkab.sql"
BAWASLU = REAL / "bawaslu-kutim-daftar-informasi-sql" / "db_daftar_informasi.sql"
NO_PROVENANCE = "tempat_pembuatan, tanggal_pembaruan"
BEKASI_MISSING = "penanggung_jawab, waktu_pembuatan, tahun, tempat_pembuatan, bentuk_informasi, retensi"


@pytest.fixture
def empty(tmp_path: Path) -> Path:
    """A small site without content/dip.csv and content/dik.csv: where an adopting body starts."""
    repo = copy_repo(ROOT / "tests" / "fixtures" / "mini", tmp_path / "repo")
    (repo / "content" / "dip.csv").unlink()
    (repo / "content" / "dik.csv").unlink()
    return repo


def codes(problems: object) -> Counter[str]:
    return Counter(problem.code for problem in problems)  # type: ignore[attr-defined]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def validate_codes(repo: Path, capsys: pytest.CaptureFixture[str]) -> Counter[tuple[str, str, str | None]]:
    capsys.readouterr()
    main(["--root", str(repo), "--no-cache", "validate", "--format", "json"])
    report = json.loads(capsys.readouterr().out)
    return Counter((item["code"], item["file"], item["field"]) for item in report["problems"])


def test_jabar_html_table_sections_rowspans_and_spilled_cells() -> None:
    imported = import_dip(JABAR, shown="jabar.html")
    rows = imported.rows
    assert (imported.read, imported.duplicates, len(rows)) == (52, 0, 52)
    assert Counter(row["kategori"] for row in rows) == {"berkala": 32, "setiap_saat": 18, "serta_merta": 2}
    # the numbering "A. / 1. / a." is kept in the id; the second <table> goes on without a header
    assert [row["id"] for row in rows[:3]] == ["B-1-a", "B-1-b", "B-1-c"]
    assert rows[-1]["id"] == "SS-p"
    visi = next(row for row in rows if row["judul"] == "Visi dan Misi")
    assert visi["ringkasan"].startswith("Visi : Terwujudnya Jawa Barat Juara Lahir Batin")
    assert "Misi :" in visi["ringkasan"] and "5. Mewujudkan tata kelola" in visi["ringkasan"]
    assert {row["bentuk_informasi"] for row in rows} == {"softcopy dan hardcopy"}  # "Hard & Soft File"
    assert Counter(row["retensi"] for row in rows)["Selama berlaku"] == 28
    assert {row["tahun"] for row in rows} == {"2023"}  # from "Tahun 2023", the Waktu column
    assert codes(imported.problems) == {"import-value-missing": 52, "import-retensi-unknown": 24,
                                        "import-column-unmapped": 1}
    assert {p.param("columns") for p in imported.problems if p.code == "import-value-missing"} == {NO_PROVENANCE}
    unknown = Counter(p.value for p in imported.problems if p.code == "import-retensi-unknown")
    assert unknown == {"Tahun 2023": 23, "Selama Beralku": 1}
    unmapped = next(p for p in imported.problems if p.code == "import-column-unmapped")
    assert (unmapped.file, unmapped.row, unmapped.value) == ("jabar.html#1", 2, "Jenis Media Yang Memuat Informasi")


def test_bekasi_json_export_duplicates_html_and_no_perki_columns() -> None:
    imported = import_dip(BEKASI / "Serta_Merta.json", shown="Serta_Merta.json")
    assert (imported.read, imported.duplicates, len(imported.rows)) == (286, 143, 143)
    assert {row["kategori"] for row in imported.rows} == {"serta_merta"}
    assert codes(imported.problems) == {"import-duplicate-row": 143, "import-value-missing": 143,
                                        "import-html-stripped": 5}
    assert {p.param("columns") for p in imported.problems if p.code == "import-value-missing"} == {BEKASI_MISSING}
    duplicate = next(p for p in imported.problems if p.code == "import-duplicate-row")
    assert duplicate.file == "Serta_Merta.json" and int(duplicate.param("first_row")) < (duplicate.row or 0)
    first = imported.rows[0]
    assert first["id"].startswith("SM-") and first["tautan_dokumen"].startswith("http://ppid.bekasikota.go.id/")
    assert first["tanggal_pembaruan"][:4].isdigit() and first["pejabat_penguasa"]
    assert not any("<" in row["ringkasan"] for row in imported.rows)


def test_bekasi_raw_office_scrape_and_one_line_dik() -> None:
    scrape = import_dip(BEKASI / "1080-berkala", shown="1080-berkala")  # JSON without an extension
    assert (len(scrape.rows), {row["kategori"] for row in scrape.rows}) == (15, {"berkala"})
    assert codes(scrape.problems) == {"import-value-missing": 15, "import-html-stripped": 2}
    dik = import_dip(BEKASI / "Dikecualikan.json", shown="Dikecualikan.json")
    assert [(row["id"], row["kategori"]) for row in dik.rows] == [("DK-30012514956117270", "dikecualikan")]


def test_bawaslu_sql_dump_titles_and_links_only() -> None:
    imported = import_dip(BAWASLU, shown="db.sql")
    assert len(imported.rows) == 24
    assert imported.rows[0]["judul"] == "Laporan Realisasi Anggaran Satker Periode Juni 202"  # cut at 50, kept
    assert sum(1 for row in imported.rows if not row["tautan_dokumen"]) == 6
    assert {row["kategori"] for row in imported.rows} == {""}  # only an id_kategori: never guessed
    assert codes(imported.problems) == {"import-value-missing": 24, "import-column-unmapped": 3}
    assert {p.value for p in imported.problems if p.code == "import-column-unmapped"} == {
        "id_daftar_informasi", "id_kategori", "status"}


def test_malang_dik_sql_every_row_lacks_a_consequence_test() -> None:
    dik, dip = import_dik(MALANG, shown="ppid_malangkab.sql", dip_file="content/dip-dikecualikan.imported.csv")
    assert len(dik.rows) == len(dip.rows) == 25
    assert codes(dik.problems) == {"import-consequence-missing": 25, "import-value-missing": 25}
    assert {row["kategori"] for row in dip.rows} == {"dikecualikan"}
    assert dik.rows[1]["id"] == dip.rows[1]["id"] == "DK-2"
    assert dip.rows[1]["ringkasan"] == "Nomor HP Pengembang"
    assert dik.rows[1]["jangka_waktu"].startswith("Permanen. Sampai dengan mendapat ijin")
    assert dip.rows[1]["pejabat_penguasa"] == "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"


def test_import_then_validate_reports_what_staff_must_fill(empty: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(empty), "--no-cache", "import-dip", str(JABAR)]) == 0
    out = capsys.readouterr().out
    assert "52 baris dibaca, 0 baris kembar dihapus, 52 baris ditulis ke content/dip.csv." in out
    assert "Yang masih akan dilaporkan validate:" in out
    assert "content/dip.csv, kolom \"tempat_pembuatan\": [required] × 52" in out
    rows = read_csv(empty / "content" / "dip.csv")
    assert len(rows) == 52 and rows[0]["tempat_pembuatan"] == "" and rows[0]["tanggal_pembaruan"] == ""
    assert validate_codes(empty, capsys) == {("required", "content/dip.csv", "tempat_pembuatan"): 52,
                                             ("required", "content/dip.csv", "tanggal_pembaruan"): 52}


def test_import_dik_then_validate(empty: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--root", str(empty), "--no-cache", "import-dik", str(MALANG)]) == 0
    assert len(read_csv(empty / "content" / "dik.csv")) == 25
    assert len(read_csv(empty / "content" / "dip-dikecualikan.imported.csv")) == 25
    found = validate_codes(empty, capsys)
    assert found[("required", "content/dik.csv", "analisis_konsekuensi")] == 25
    assert found[("required", "content/dik.csv", "pasal_uu_kip")] == 25


def test_an_existing_dip_is_never_overwritten_without_force(mini: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = mini / "content" / "dip.csv"
    before = target.read_bytes()
    assert main(["--root", str(mini), "--no-cache", "import-dip", str(BAWASLU)]) == 0
    assert "content/dip.imported.csv" in capsys.readouterr().out
    assert target.read_bytes() == before and len(read_csv(mini / "content" / "dip.imported.csv")) == 24
    assert main(["--root", str(mini), "--no-cache", "import-dip", str(BAWASLU)]) == 1
    assert "[import-target-exists]" in capsys.readouterr().err
    assert target.read_bytes() == before
    assert main(["--root", str(mini), "--no-cache", "import-dip", str(BAWASLU), "--force"]) == 0
    assert len(read_csv(target)) == 24


def test_round_trip_of_the_sample_dip_through_xlsx(empty: Path, tmp_path: Path) -> None:
    source = read_csv(ROOT / "content" / "dip.csv")
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    header = list(source[0])
    sheet.append(header)
    for row in source:
        sheet.append([row[column] or None for column in header])
    workbook = tmp_path / "DIP.xlsx"
    book.save(workbook)
    imported = import_dip(workbook, shown="DIP.xlsx")
    assert [dict(row) for row in imported.rows] == [{column: row[column] for column in imported.columns}
                                                     for row in source]
    assert set(imported.columns) == set(header)


def test_a_mapping_file_reads_another_json_export(empty: Path, tmp_path: Path) -> None:
    mapping = tmp_path / "peta.yaml"
    mapping.write_text("records: ''\ncolumns:\n  judul: judul\n  kategori: dokumen_kategori\n"
                       "  pejabat_penguasa: opd\n", encoding="utf-8")
    imported = import_dip(BEKASI / "Dikecualikan.json", shown="x.json", mapping=mapping)
    assert [(row["judul"], row["ringkasan"]) for row in imported.rows] == [
        ("Daftar Informasi yang dikecualikan Tahun 2023", "")]


BAD = [
    # a statistics table, not a DIP: no header row names DIP columns
    ("bps-jabar-ppid32-html/tabel11.html", (), "import-header-missing"),
    # a real workbook without DIP columns, and one of its sheets that does not exist
    ("jds-opendata-jabar/angka_garis_kemiskinan_per_kapita_per_bulan_provinsi.xlsx", (), "import-header-missing"),
    ("jds-opendata-jabar/angka_garis_kemiskinan_per_kapita_per_bulan_provinsi.xlsx", ("--sheet", "DIP"),
     "import-sheet-missing"),
    # a CKAN response given to import-dip: JSON that matches no mapping
    ("ckan-indonesia-datastore-json/kaltimprov_datastore_search_f08781dd.json", (), "import-json-unmatched"),
]


@pytest.mark.parametrize(("name", "options", "code"), BAD, ids=[item[2] + ":" + item[0] for item in BAD])
def test_bad_real_input_is_refused_and_writes_nothing(empty: Path, name: str, options: tuple[str, ...], code: str,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    before = sorted(path.relative_to(empty) for path in empty.rglob("*"))
    assert main(["--root", str(empty), "import-dip", str(REAL / name), *options]) == 1
    assert f"[{code}]" in capsys.readouterr().err
    assert sorted(path.relative_to(empty) for path in empty.rglob("*")) == before


def test_locked_workbook_and_page_without_table(empty: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    locked = tmp_path / "DIP.xlsx"  # an encrypted workbook is an OLE compound file, not a zip
    locked.write_bytes(bytes.fromhex("d0cf11e0a1b11ae1") + bytes(504))
    page = tmp_path / "dip.html"
    page.write_text("<html><body><p>Daftar Informasi Publik: lihat PDF</p></body></html>", encoding="utf-8")
    for source, code in ((locked, "import-workbook-locked"), (page, "import-no-table")):
        assert main(["--root", str(empty), "import-dip", str(source)]) == 1
        assert f"[{code}]" in capsys.readouterr().err
    assert not (empty / "content" / "dip.csv").exists()


def test_messages_name_the_place_and_the_fix_in_both_languages() -> None:
    problem = next(p for p in import_dip(JABAR, shown="jabar.html").problems if p.code == "import-value-missing")
    assert message(problem) == (
        "Informasi \"Kedudukan / domisili beserta alamat lengkap\" belum memiliki isi kolom wajib: "
        "tempat_pembuatan, tanggal_pembaruan (sumber: jabar.html#1, baris 4). Sumbernya tidak memuat nilai ini "
        "dan Etalase tidak mengarangnya; isi kolom-kolom itu di baris ini (lihat docs/format.md), lalu jalankan "
        "validate.")
    assert message(problem, "en").startswith("Item \"Kedudukan / domisili beserta alamat lengkap\" has no value yet "
                                             "for the required columns: tempat_pembuatan, tanggal_pembaruan "
                                             "(source: jabar.html#1, row 4).")


def messy_workbook(path: Path) -> None:
    """A DIP workbook as staff keep it (generated here; no real DIP workbook is in the corpus)."""
    book = openpyxl.Workbook()
    guide = book.active
    assert guide is not None
    guide.title = "Petunjuk"
    guide.append(["Lembar ini menjelaskan cara mengisi DIP."])
    berkala = book.create_sheet("Berkala")
    berkala.append(["DAFTAR INFORMASI PUBLIK DINAS KOMUNIKASI DAN INFORMATIKA"])
    berkala.append([])
    berkala.append(["Nomor", "Judul Informasi", "Ringkasan Isi Informasi",
                    "Pejabat/Unit/Satker yang Menguasai Informasi",
                    "Penanggung Jawab Pembuatan atau Penerbitan Informasi", "Waktu Pembuatan",
                    "Tempat Pembuatan", "Bentuk Informasi yang Tersedia", "Jangka Waktu Penyimpanan", "Keterangan"])
    berkala.append(["1. Informasi tentang Profil Badan Publik"])
    berkala.append(["1.a", "Struktur Organisasi", "Bagan <b>struktur</b> organisasi", "Sekretariat",
                    "Sekretaris", "Januari 2025", "Kota Contoh", "Soft Copy", "5 (lima) tahun"])
    berkala.append(["1.b", "Visi dan Misi", "Visi: kota cerdas.", None, "Sekretaris", "2025", "Kota Contoh",
                    "Hardcopy dan Softcopy", "Permanen"])
    berkala.append([None, None, "Misi: layanan terbuka."])  # the summary spilled into the next row
    berkala.merge_cells("D5:D6")  # one official for both items
    berkala.append(["1.a", "Struktur Organisasi", "Bagan <b>struktur</b> organisasi", "Sekretariat",
                    "Sekretaris", "Januari 2025", "Kota Contoh", "Soft Copy", "5 (lima) tahun"])  # typed twice
    saat = book.create_sheet("Setiap Saat")
    saat.append(["No", "Judul", "Ringkasan", "Pejabat yang Menguasai Informasi", "Penanggung Jawab",
                 "Waktu", "Tempat", "Bentuk", "Retensi"])
    saat.append(["1", "Daftar Informasi Publik", "Daftar seluruh informasi publik", "PPID", "PPID",
                 "2025", "Kota Contoh", "Papan pengumuman", "Tahun 2025"])
    book.save(path)


def test_a_dip_workbook_as_staff_keep_it(tmp_path: Path) -> None:
    workbook = tmp_path / "DIP.xlsx"
    messy_workbook(workbook)
    imported = import_dip(workbook, shown="DIP.xlsx")
    summary = [(row["id"], row["kategori"], row["judul"], row["pejabat_penguasa"], row["bentuk_informasi"],
                row["retensi"], row["tahun"]) for row in imported.rows]
    assert summary == [
        ("B-1-a", "berkala", "Struktur Organisasi", "Sekretariat", "softcopy", "5 tahun", "2025"),
        ("B-1-b", "berkala", "Visi dan Misi", "Sekretariat", "softcopy dan hardcopy", "Permanen", "2025"),
        ("SS-1", "setiap_saat", "Daftar Informasi Publik", "PPID", "Papan pengumuman", "Tahun 2025", "2025"),
    ]
    assert imported.rows[1]["ringkasan"] == "Visi: kota cerdas. Misi: layanan terbuka."
    assert imported.rows[0]["ringkasan"] == "Bagan struktur organisasi"
    located = sorted((p.code, p.file, p.row, p.field) for p in imported.problems if p.code != "import-value-missing")
    assert located == [
        ("import-bentuk-unknown", "content/dip.csv", 4, "bentuk_informasi"),
        ("import-column-unmapped", "DIP.xlsx#Berkala", 3, None),
        ("import-duplicate-row", "DIP.xlsx#Berkala", 8, None),
        ("import-html-stripped", "content/dip.csv", 2, "ringkasan"),
        ("import-retensi-unknown", "content/dip.csv", 4, "retensi"),
        ("import-sheet-skipped", "DIP.xlsx#Petunjuk", None, None),
    ]
    assert {p.param("columns") for p in imported.problems if p.code == "import-value-missing"} == {
        "tanggal_pembaruan"}
