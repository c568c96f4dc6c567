"""Personal data is found, located, masked and blocks publishing unless allowed with a reason."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from generator import pipeline
from generator.model import Severity
from generator.settings import Settings
from generator.validate import pii, tables
from generator.validate.checks import privacy
from tests.conftest import FIXTURES, ROOT, run_cli

sys.path.insert(0, str(ROOT / "benchmarks"))
import pii_corpus

PII_FIELDS = """  - name: warga
    path: warga.csv
    title: Warga
    description: Data uji berisi data pribadi.
    schema:
      fields:
        - {name: "no", type: integer, title: No, description: Nomor urut.}
        - {name: nama, type: string, title: Nama, description: Nama.}
        - {name: nik, type: string, title: NIK, description: NIK.}
        - {name: telepon, type: string, title: Telepon, description: Telepon.}
        - {name: email, type: string, title: Surel, description: Surel.}
        - {name: npwp, type: string, title: NPWP, description: NPWP.}
        - {name: catatan, type: string, title: Catatan, description: Catatan.}
"""
FULL_NIKS = ("3171011708450001", "3171015708450001")


def add_pii_resource(repo: Path, fields: str = PII_FIELDS) -> None:
    folder = repo / "datasets" / "angka-kecil"
    shutil.copyfile(FIXTURES / "pii" / "26_pii.csv", folder / "warga.csv")
    with (folder / "datapackage.yaml").open("a", encoding="utf-8") as handle:
        handle.write(fields)


def found(repo: Path) -> set[tuple[str, str, int | None, str | None, Severity]]:
    outcome = pipeline.check(Settings(root=repo))
    return {(p.code, p.file, p.row or p.line, p.field, p.severity) for p in outcome.problems
            if p.code.startswith("personal-data")}


def test_personal_data_in_a_dataset_is_located(mini: Path) -> None:
    add_pii_resource(mini)
    file = "datasets/angka-kecil/warga.csv"
    error = Severity.ERROR
    assert found(mini) == {
        ("personal-data-column", file, 1, "nik", error), ("personal-data-column", file, 1, "npwp", error),
        ("personal-data", file, 2, "nik", error), ("personal-data", file, 3, "nik", error),
        ("personal-data", file, 4, "nik", error),  # 3.17101E+15: a NIK after Excel
        ("personal-data", file, 2, "telepon", error), ("personal-data", file, 3, "telepon", error),
        ("personal-data", file, 2, "email", error), ("personal-data", file, 2, "npwp", error),
        ("personal-data-nik", file, 3, "catatan", error),  # one NIK in free text: still an error
    }


AMOUNT_FIELDS = """  - name: pagu
    path: pagu.csv
    title: Pagu dan realisasi
    description: Data uji APBD dalam rupiah.
    schema:
      fields:
        - {name: kode_rekening, type: string, title: Kode, description: Kode rekening.}
        - {name: pagu, type: integer, title: Pagu, description: Pagu dalam rupiah.}
        - {name: realisasi, type: number, title: Realisasi, description: Realisasi dalam rupiah.}
        - {name: pagu_ribuan, type: number, groupChar: ".", decimalChar: ",", title: Pagu (format),
           description: Pagu dengan pemisah ribuan.}
        - {name: nik_pejabat, type: integer, title: NIK, description: NIK yang salah diketik sebagai angka.}
        - {name: kontak, type: integer, title: Kontak, description: Nomor ponsel yang diketik sebagai angka.}
"""
AMOUNT_ROWS = (
    "kode_rekening,pagu,realisasi,pagu_ribuan,nik_pejabat,kontak\n"
    "5.1.02.01.01.0024,628123456789,628123456.78,\"62.812.345.678,00\",1,081234567890\n"
    "5.1.02.01.01.0025,6281234567890,62812345678.5,\"628.123.456.789\",3171011708450001,2\n"
    "5.1.02.01.01.0026,81234567890,8123456789.25,\"1.250.000.000,50\",3,4\n"
)


def test_amounts_in_number_columns_are_not_phone_numbers_but_a_nik_still_is(mini: Path) -> None:
    folder = mini / "datasets" / "angka-kecil"
    (folder / "pagu.csv").write_text(AMOUNT_ROWS, encoding="utf-8")
    with (folder / "datapackage.yaml").open("a", encoding="utf-8") as handle:
        handle.write(AMOUNT_FIELDS)
    file = "datasets/angka-kecil/pagu.csv"
    assert found(mini) == {
        ("personal-data-nik", file, 3, "nik_pejabat", Severity.ERROR),  # a NIK typed as integer
        ("personal-data-possible", file, 2, "kontak", Severity.WARNING),  # 0812...: not written as a number
    }


def test_every_column_of_the_file_is_scanned_declared_or_not(mini: Path) -> None:
    fields = PII_FIELDS.replace("        - {name: catatan, type: string, title: Catatan, description: Catatan.}\n",
                                "").replace("        - {name: nik, type: string, title: NIK, description: NIK.}\n", "")
    add_pii_resource(mini, fields)
    file = "datasets/angka-kecil/warga.csv"
    problems = found(mini)
    assert ("personal-data", file, 2, "nik", Severity.ERROR) in problems  # "nik" is not in the schema
    assert ("personal-data-nik", file, 3, "catatan", Severity.ERROR) in problems


def test_the_type_aware_rule_on_single_values() -> None:
    for amount in ("628123456789", "62812345678.5", "62.812.345.678", "1.250.000.000,00", "1,250,000,000.00",
                   "0", "0.5", "-628123456789", "6.28E+11"):
        assert pii.is_amount(amount), amount
        assert pii.find_typed(amount, kind="number") == [], amount
    for text in ("081234567890", "+6281234567890", "0812-3456-7890", "62 812 3456 7890", "Rp 628123456789"):
        assert not pii.is_amount(text), text
    assert [f.kind for f in pii.find_typed("081234567890", kind="integer")] == [pii.PHONE]
    assert [f.kind for f in pii.find_typed("6281234567890", kind="string")] == [pii.PHONE]
    assert [f.kind for f in pii.find_typed("3171011708450001", kind="integer")] == [pii.NIK]
    assert [f.kind for f in pii.find_typed("3.17101E+15", kind="number")] == [pii.NIK]


def test_no_message_or_report_shows_a_full_nik(mini: Path) -> None:
    add_pii_resource(mini)
    for args in (("validate",), ("validate", "--format", "json"), ("--lang", "en", "build")):
        result = run_cli(mini, *args)
        assert result.returncode == 1
        assert "3171************" in result.stdout
        for nik in FULL_NIKS:
            assert nik not in result.stdout + result.stderr
    assert not (mini / "site").exists()


def test_an_allowed_column_needs_a_reason_and_is_shown(mini: Path) -> None:
    fields = PII_FIELDS.replace(
        "description: Telepon.}", "description: Telepon., personal_data_allowed: "
        "\"Nomor telepon kantor kelurahan yang diumumkan.\"}").replace(
        "description: Surel.}", "description: Surel., personal_data_allowed: \"\"}")
    fields = fields.replace("{name: nik,", "{name: nik_dihapus,").replace("{name: npwp,", "{name: npwp_x,")
    add_pii_resource(mini, fields)
    csv = mini / "datasets" / "angka-kecil" / "warga.csv"
    lines = csv.read_text(encoding="utf-8").splitlines()
    lines = [",".join(cell for i, cell in enumerate(line.split(",")) if i not in (2, 5))
             for line in lines]
    csv.write_text("\n".join(lines).replace("nik,", "").replace("npwp,", "").replace("NIK 3.17101E+15", "-")
                   + "\n", encoding="utf-8")
    fields = fields.replace("        - {name: nik_dihapus, type: string, title: NIK, description: NIK.}\n", "")
    fields = fields.replace("        - {name: npwp_x, type: string, title: NPWP, description: NPWP.}\n", "")
    descriptor = mini / "datasets" / "angka-kecil" / "datapackage.yaml"
    descriptor.write_text(descriptor.read_text(encoding="utf-8").split("  - name: warga")[0] + fields,
                          encoding="utf-8")
    outcome = pipeline.check(Settings(root=mini))
    located = {(p.code, p.field) for p in outcome.problems if p.severity is Severity.ERROR}
    assert ("personal-data-allowance", "email") in located
    assert not any(field == "telepon" for code, field in located)
    descriptor.write_text(descriptor.read_text(encoding="utf-8").replace(
        'personal_data_allowed: ""', 'personal_data_allowed: "Surel resmi kelurahan."'), encoding="utf-8")
    outcome = pipeline.build(Settings(root=mini))
    assert outcome.built, outcome.problems
    page = (mini / "site" / "dataset" / "angka-kecil" / "index.html").read_text(encoding="utf-8")
    assert "Nomor telepon kantor kelurahan yang diumumkan." in page
    assert "Surel resmi kelurahan." in page


def test_pages_and_dip_are_scanned_but_office_contacts_are_not(mini: Path) -> None:
    page = mini / "content" / "pages" / "tentang.md"
    profile = (mini / "content" / "site.yaml").read_text(encoding="utf-8")
    page.write_text(page.read_text(encoding="utf-8") + "\nHubungi Budi di 0812 3456 7890.\n"
                    + f"\nKantor: {_value(profile, 'email')}\n", encoding="utf-8")
    lines = page.read_text(encoding="utf-8").splitlines()
    dip = mini / "content" / "dip.csv"
    rows = dip.read_text(encoding="utf-8").splitlines()
    rows[1] = rows[1].replace("Laporan Keuangan", "Laporan Keuangan NIK 3171015708450001", 1)
    dip.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert found(mini) == {
        ("personal-data-possible", "content/pages/tentang.md", len(lines) - 2, None, Severity.WARNING),
        ("personal-data-nik", "content/dip.csv", 2, "judul", Severity.ERROR),  # one NIK is enough
    }


def _value(yaml_text: str, key: str) -> str:
    return next(line.split(":", 1)[1].strip() for line in yaml_text.splitlines() if line.startswith(key + ":"))


def test_the_sample_site_has_no_personal_data(sample_repo: Path) -> None:
    assert found(sample_repo) == set()


@pytest.mark.parametrize(("text", "kind"), [
    ("3171011708450001", "nik"), ("3171 0157 0845 0001", "nik"), ("3.17101E+15", "nik"),
    ("01.300.066.6-091.000", "npwp"), ("013000666091000", "npwp"), ("+62 812-3456-7890", "phone"),
    ("0812.3456.7890", "phone"), ("budi.s@gmail.com", "email"),
    ("35.7601.410790.0001", "nik"), ("3576-0141-0790-0001", "nik"), ("3576 0141 0790 0001", "nik"),
    ("No. KK 35.76.01.410790.0001, a.n. Budi", "nik"), ("(0812) 3456-7890", "phone"),
    ("(0812)34567890", "phone"), ("+62 (0)812 3456 7890", "phone"), ("(+62) 812-3456-7890", "phone"),
])
def test_detector_finds(text: str, kind: str) -> None:
    assert [finding.kind for finding in pii.find(text)] == [kind]


@pytest.mark.parametrize("text", [
    "9971011708450001",  # no such kecamatan
    "3171013002451234",  # 30 February
    "3171011708450000",  # serial 0000
    "01.300.066.7-091.000",  # wrong NPWP check digit
    "(0271) 555-0100", "021-5550100", "20250131", "4.1.01.02.0001", "1.250.000.000",
    "99.71.01.1001", "Rp 3171011708450001,00",
    "628123456.78", "62812345678.5", "62.812.345.678", "Rp 62.812.345.678,00",  # amounts (issue 15)
    "17.08.1945", "35.76.01.1001", "198507172010011002", "19850717 201001 1 002",  # date, village, NIP
    "0827-4805-0555-5773", "(0341) 551-234", "+62 (0)21 5555 1234", "1234-01-012345-53-1",
])
def test_detector_ignores_look_alikes(text: str) -> None:
    assert pii.find(text) == []


def test_masking_hides_the_number() -> None:
    assert pii.mask("3171011708450001") == "3171************"
    assert pii.mask("budi@gmail.com") == "b***@gmail.com"
    assert pii.redact("NIK 3171011708450001 dan 0812-3456-7890") == "NIK 3171************ dan 0812-****-****"


def test_detector_precision_and_recall_on_the_labelled_corpus() -> None:
    scores = pii_corpus.score(pii_corpus.read())
    assert scores["values"] >= 2000
    assert scores["precision"] >= 0.97, scores
    assert scores["recall"] >= 0.97, scores


def test_json_report_values_are_masked(mini: Path) -> None:
    add_pii_resource(mini)
    report = json.loads(run_cli(mini, "validate", "--format", "json").stdout)
    values = [problem["value"] for problem in report["problems"] if problem["value"]]
    assert values and all("*" in value for value in values if any(c.isdigit() for c in value))


def test_column_scan_finds_what_a_cell_by_cell_scan_finds() -> None:
    """Ragged rows, a NUL inside a cell, several findings in one cell: the same as pii.find cell by cell."""
    rows = [(1, ["a", "b", "c"]),
            (2, ["x\x00081234567890", "NIK 3171011708450001 dan budi@gmail.com", "3.17101E+15"]),
            (3, ["", "0812-3456-7890"]),
            (4, ["0812 3456 7890", "-", "ok", "extra"]),
            (5, [])]
    table = tables.as_columns(rows)
    expected = {}
    for number, cells in rows[1:]:
        for index, cell in enumerate(cells[:3]):
            for finding in pii.find(cell):
                expected.setdefault(index, []).append((number, finding))
    found = {index: [(table.columns[index].rows[position], finding)
                     for position in sorted(privacy.candidates(table.columns[index]))
                     for finding in pii.find(table.columns[index].values[position])]
             for index in range(3)}
    assert {index: hits for index, hits in found.items() if hits} == expected
    assert len(table.columns) == 4 and table.columns[3].rows == (4,)
