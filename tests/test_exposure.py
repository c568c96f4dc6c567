"""Personal data in every published text (issue 18, part B), not only in the tables.

Descriptor strings, content/site.yaml (officials too), content/dik.csv, page front matter and
the English pages under content/pages/en/ are scanned; one NIK, KK or NPWP or one private
e-mail address is an error, a mobile number a warning; values are masked everywhere.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.model import Severity
from generator.settings import Settings
from generator.validate import pii
from tests.conftest import run_cli

DESCRIPTOR = "datasets/angka-kecil/datapackage.yaml"
NIK = "3171011708450001"  # kecamatan 31.71.01, born 17-08-1945
E, W = Severity.ERROR, Severity.WARNING


def found(repo: Path) -> set[tuple[str, str, int | None, str | None, Severity]]:
    outcome = pipeline.check(Settings(root=repo))
    return {(p.code, p.file, p.row or p.line, p.field, p.severity) for p in outcome.problems
            if p.code.startswith("personal-data")}


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_descriptor_strings_are_scanned(mini: Path) -> None:
    descriptor = mini / DESCRIPTOR
    _replace(descriptor, "description: Dataset uji berisi angka penganggaran per bulan.",
             "description: Dataset uji; pemohon NIK 31.7101.170845.0001.")
    _replace(descriptor, "keywords: [anggaran, uji]", "keywords: [anggaran, \"(0812) 3456-7890\"]")
    _replace(descriptor, "description: Kode unit.,", "description: Tanya budi.uji@gmail.com.,")
    _replace(descriptor, "title: Angka per bulan", "title: Angka per bulan 01.300.066.6-091.000")
    assert found(mini) == {
        ("personal-data-nik", DESCRIPTOR, 3, "description", E),
        ("personal-data-possible", DESCRIPTOR, 4, "keywords[1]", W),
        ("personal-data-npwp", DESCRIPTOR, 16, "resources[0].title", E),
        ("personal-data-private-email", DESCRIPTOR, 21, "resources[0].schema.fields[1].description", E),
    }


def test_site_yaml_dik_and_front_matter_are_scanned(mini: Path) -> None:
    _replace(mini / "content" / "site.yaml", "name: Ani Uji,", "name: Ani Uji (NIK 3171-0117-0845-0001),")
    _replace(mini / "content" / "dik.csv", "Membuka data akan", f"Pemohon {NIK} membuka data akan")
    _replace(mini / "content" / "pages" / "tentang.md", "description: Profil singkat badan uji.",
             "description: Hubungi +62 (0)812 3456 7890.")
    assert found(mini) == {
        ("personal-data-nik", "content/site.yaml", 14, "officials[0].name", E),
        ("personal-data", "content/dik.csv", 2, "analisis_konsekuensi", E),  # its only row: most cells
        ("personal-data-possible", "content/pages/tentang.md", 3, None, W),
    }


def test_english_pages_are_scanned_before_they_are_records(mini: Path) -> None:
    folder = mini / "content" / "pages" / "en"
    folder.mkdir()
    (folder / "tentang.md").write_text(
        "---\ntitle: About us\ndescription: Call 0812-3456-7890\n---\nApplicant ID 3171 0117 0845 0001.\n"
        "Write to ani.uji@yahoo.co.id.\n", encoding="utf-8")
    assert found(mini) == {
        ("personal-data-possible", "content/pages/en/tentang.md", 3, None, W),
        ("personal-data-nik", "content/pages/en/tentang.md", 5, None, E),
        ("personal-data-private-email", "content/pages/en/tentang.md", 6, None, E),
    }


def test_the_office_contacts_and_an_office_address_are_not_errors(mini: Path) -> None:
    _replace(mini / DESCRIPTOR, "description: Satu baris per bulan.",
             "description: Satu baris per bulan; tanya ppid@uji.example atau humas@kota.go.id.")
    assert found(mini) == {("personal-data-possible", DESCRIPTOR, 17, "resources[0].description", W)}


def test_a_decimal_budget_amount_is_not_a_mobile_number(mini: Path) -> None:
    """Issue 15: 628123456.78 in a number column was taken for +62 812-3456-78."""
    descriptor = mini / DESCRIPTOR
    _replace(descriptor, "{name: nilai, type: integer,", "{name: nilai, type: number,")
    csv = mini / "datasets" / "angka-kecil" / "angka.csv"
    _replace(csv, "2025-01-01,AB,100", "2025-01-01,AB,628123456.78")
    _replace(csv, "2025-02-01,CD,250", "2025-02-01,CD,62812345678.5")
    assert found(mini) == set()


def test_a_column_of_dotted_niks_is_an_error_on_every_cell(mini: Path) -> None:
    csv = mini / "datasets" / "angka-kecil" / "angka.csv"
    lines = csv.read_text(encoding="utf-8").splitlines()
    niks = ["31.7101.170845.0001", "3171-0157-0845-0002", "3171 0117 0845 0003"]
    rows = [lines[0]] + [line.replace(",AB,", f",{nik},", 1).replace(",CD,", f",{nik},", 1)
                         .replace(",EF,", f",{nik},", 1) for line, nik in zip(lines[1:4], niks, strict=True)]
    csv.write_text("\n".join(rows + lines[4:]) + "\n", encoding="utf-8")
    file = "datasets/angka-kecil/angka.csv"
    assert {item for item in found(mini) if item[0] == "personal-data"} == {
        ("personal-data", file, row, "kode", E) for row in (2, 3, 4)}


def test_validate_fails_and_never_prints_the_number(mini: Path) -> None:
    _replace(mini / DESCRIPTOR, "description: Dataset uji berisi angka penganggaran per bulan.",
             "description: Pemohon 3171-0117-0845-0001.")
    result = run_cli(mini, "validate")
    assert result.returncode == 1
    assert "[personal-data-nik]" in result.stdout and "3171-****-****-****" in result.stdout
    assert "0117-0845" not in result.stdout + result.stderr
    english = run_cli(mini, "--lang", "en", "validate")
    assert english.returncode == 1 and "family-card" in english.stdout


# Properties: every way staff write a NIK or a mobile number is found; amounts are not phones.
districts = st.sampled_from(sorted(pii.district_codes()))
dates = st.dates(min_value=dt.date(1930, 1, 1), max_value=dt.date(2024, 12, 31))
NIK_GROUPS = [(16,), (4, 4, 4, 4), (2, 4, 6, 4), (2, 2, 2, 6, 4), (6, 6, 4)]
words = st.text(alphabet="abcdefghij ,:;()", max_size=12).map(lambda text: re.sub(r"^\S+$", "", text))


def _split(digits: str, groups: tuple[int, ...], separator: str) -> str:
    parts, start = [], 0
    for size in groups:
        parts.append(digits[start:start + size])
        start += size
    return separator.join(parts)


@settings(max_examples=200, derandomize=True, database=None, deadline=None)
@given(district=districts, born=dates, woman=st.booleans(), serial=st.integers(1, 9999),
       groups=st.sampled_from(NIK_GROUPS), separator=st.sampled_from([" ", ".", "-"]),
       before=words, after=words)
def test_property_every_written_form_of_a_nik_is_found(district: str, born: dt.date, woman: bool, serial: int,
                                                       groups: tuple[int, ...], separator: str,
                                                       before: str, after: str) -> None:
    day = born.day + (40 if woman else 0)
    digits = f"{district}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"
    written = _split(digits, groups, separator)
    text = f"{before} {written} {after}"
    findings = [finding for finding in pii.find(text) if finding.kind == pii.NIK]
    assert findings, text
    assert digits not in pii.redact(text).replace(separator, "")


@settings(max_examples=200, derandomize=True, database=None, deadline=None)
@given(prefix=st.integers(11, 99), first=st.integers(0, 9999), second=st.integers(100, 99999),
       form=st.sampled_from(["(0{p}) {a}-{b}", "(0{p}){a}{b}", "+62 (0){p} {a} {b}", "(+62) {p}-{a}-{b}",
                             "+62{p}{a}{b}", "0{p}.{a}.{b}"]), before=words)
def test_property_every_written_form_of_a_mobile_number_is_found(prefix: int, first: int, second: int,
                                                                 form: str, before: str) -> None:
    text = before + " " + form.format(p=f"8{prefix}", a=f"{first:04d}", b=str(second))
    assert [finding.kind for finding in pii.find(text)] == [pii.PHONE], text


@settings(max_examples=200, derandomize=True, database=None, deadline=None)
@given(whole=st.integers(8_000_000, 8_999_999_999), cents=st.integers(0, 99), decimals=st.integers(1, 2),
       dotted=st.booleans())
def test_property_budget_amounts_are_not_mobile_numbers(whole: int, cents: int, decimals: int,
                                                        dotted: bool) -> None:
    amount = int(f"62{whole}")
    text = f"{amount:,}".replace(",", ".") if dotted else f"{amount}.{cents:02d}"[: len(str(amount)) + 1 + decimals]
    assert pii.find(text) == [], text
