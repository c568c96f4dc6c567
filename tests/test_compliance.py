"""Compliance rules on real files: checklist, freshness, DIK register, request register, region codes."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import pipeline
from generator.compliance.context import gather
from generator.model import Problem
from generator.report.messages import message
from generator.settings import Settings
from tests.conftest import FIXTURES, copy_repo, git_commit, run_cli

DIP = "content/dip.csv"
DIK = "content/dik.csv"
REGISTER = "datasets/register-layanan/register.csv"
TODAY = dt.date(2026, 1, 15)
FOUND = {"berkala-profil", "berkala-keuangan", "berkala-kinerja", "setiap-saat-dip"}


@pytest.fixture
def kip(tmp_path: Path) -> Path:
    """A body with missing and overdue items and an expired exclusion (reference date 2026-01-15)."""
    return copy_repo(FIXTURES / "kip", tmp_path / "kip")


def problems(repo: Path, today: dt.date | None = TODAY) -> list[Problem]:
    return pipeline.check(Settings(root=repo, today=today)).problems


def located(repo: Path, today: dt.date | None = TODAY) -> set[tuple[str, str, int | None, str | None]]:
    return {(p.code, p.file, p.row, p.field) for p in problems(repo, today)}


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_missing_overdue_and_expired_are_warnings(kip: Path) -> None:
    found = problems(kip)
    assert {p.severity.value for p in found} == {"warning"}
    assert {(p.code, p.file, p.row, p.field) for p in found if p.code != "checklist-missing"} == {
        ("overdue", DIP, 2, "tanggal_pembaruan"),  # berkala older than six months
        ("overdue", DIP, 3, "rilis_berikutnya"),  # planned release passed
        ("overdue", DIP, 4, "tanggal_pembaruan"),  # monthly, last update 2025-11-01
        ("dik-expired", DIK, 2, "tanggal_berakhir"),
    }
    missing = {p.value for p in found if p.code == "checklist-missing"}
    state = gather(pipeline.check(Settings(root=kip, today=TODAY)).project, Settings(root=kip, today=TODAY))
    mandatory = {item.id for item in state.items if item.mandatory}
    assert missing == mandatory - FOUND
    assert "berkala-pengaduan" in missing and "serta-merta-bencana-alam" not in missing
    assert pipeline.has_errors(found, strict=True) and not pipeline.has_errors(found)


def test_overdue_reasons_and_dates(kip: Path) -> None:
    by_row = {p.row: p for p in problems(kip) if p.code == "overdue"}
    assert by_row[2].param("since") == "2025-09-01"
    assert by_row[3].param("since") == "2026-01-05"
    assert by_row[4].param("since") == "2025-12-15"  # one month plus 14 days of grace
    assert located(kip, dt.date(2025, 12, 1)) >= {("overdue", DIP, 2, "tanggal_pembaruan")}
    assert ("overdue", DIP, 3, "rilis_berikutnya") not in located(kip, dt.date(2025, 12, 1))


def test_unknown_checklist_code_is_an_error(kip: Path) -> None:
    replace_in(kip / DIP, "berkala-kinerja,bulanan", "berkala-kinerja; kinerja-x,bulanan")
    errors = [p for p in problems(kip) if p.severity.value == "error"]
    assert [(p.code, p.row, p.field, p.value) for p in errors] == [
        ("checklist-unknown", 4, "butir_kewajiban", "kinerja-x")]


def test_body_overrides_the_checklist(kip: Path) -> None:
    (kip / "content" / "kewajiban.yaml").write_text(
        "items:\n  - {id: berkala-pengaduan, wajib: false, catatan: Ditangani Inspektorat}\n"
        "  - {id: lokal-1, kategori: berkala, judul: Informasi daerah, wajib: true}\n"
        "  - {judul: tanpa id}\n", encoding="utf-8")
    found = problems(kip)
    missing = {p.value for p in found if p.code == "checklist-missing"}
    assert "berkala-pengaduan" not in missing and "lokal-1" in missing
    assert [(p.code, p.file) for p in found if p.severity.value == "error"] == [
        ("checklist-invalid", "content/kewajiban.yaml")]


def test_seventeen_column_dip_has_no_checklist_warnings(mini: Path) -> None:
    assert problems(mini, dt.date(2025, 12, 31)) == []


def test_optional_columns_in_any_order_and_wrong_values(mini: Path) -> None:
    path = mini / DIP
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[0] = "frekuensi,rilis_berikutnya," + lines[0]
    lines[1:] = ["bulanan,2026-13-01," + line for line in lines[1:2]] + [",," + line for line in lines[2:]]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert located(mini, dt.date(2025, 12, 31)) == {("type-error", DIP, 2, "rilis_berikutnya")}
    replace_in(path, "bulanan,2026-13-01", "kadang,2026-12-01")
    assert located(mini, dt.date(2025, 12, 31)) == {("constraint-error", DIP, 2, "frekuensi")}


def test_missing_required_column_still_reported_with_optional_columns(mini: Path) -> None:
    path = mini / DIP
    text = path.read_text(encoding="utf-8").replace("retensi,", "", 1)
    path.write_text(text.replace("jangka_waktu_pengecualian\n", "jangka_waktu_pengecualian,frekuensi\n", 1),
                    encoding="utf-8")
    assert any(code in ("missing-label", "label-error") for code, *_ in located(mini, dt.date(2025, 12, 31)))


def test_dik_register_required_complete_and_consistent(kip: Path) -> None:
    replace_in(kip / DIK, "UU 27/2022 tentang Pelindungan Data Pribadi,", ",")
    replace_in(kip / DIK, ",2025-01-10,Kota Uji", ",2025-01-10,")
    replace_in(kip / DIK, "DK-001,PPID Utama,Pasal 17 huruf h,", "DK-001,PPID Utama,huruf h,")
    with (kip / DIK).open("a", encoding="utf-8") as handle:
        handle.write("B-001,PPID,Pasal 17 huruf b,Tidak ada,Analisis konsekuensi yang cukup panjang.,"
                     "Pertimbangan yang cukup panjang untuk lolos.,2025-01-01,Kota Uji,1 tahun,2027-01-01\n")
    with (kip / DIP).open("a", encoding="utf-8") as handle:
        handle.write("DK-002,dikecualikan,Memo Internal,Memo.,Sekretariat,Sekretaris,2025,2025,Kota Uji,"
                     "hardcopy,2 tahun,2025-10-01,,,UU 14/2008 Pasal 17 huruf i,Uji.,2 tahun,,,\n")
    errors = {(p.code, p.file, p.row, p.field) for p in problems(kip) if p.severity.value == "error"}
    assert errors == {
        ("required", DIK, 2, "undang_undang_sektoral"), ("required", DIK, 2, "tempat_penetapan"),
        ("constraint-error", DIK, 2, "pasal_uu_kip"), ("dik-unknown-entry", DIK, 3, "id"),
        ("dik-entry-missing", DIP, 7, "id")}


def test_excluded_entries_without_register(kip: Path) -> None:
    (kip / DIK).unlink()
    found = [p for p in problems(kip) if p.code == "dik-register-missing"]
    assert [(p.file, p.param("ids")) for p in found] == [(DIK, "DK-001")]


def test_request_register_rules(kip: Path) -> None:
    replace_in(kip / REGISTER, "UU 14/2008 Pasal 17 huruf c,true", ",true")  # partly granted, no reason
    replace_in(kip / REGISTER, "berkala,2025-10-27", "berkala,2025-09-27")  # answered before received
    replace_in(kip / REGISTER, "2025-01-03,dikabulkan,,false,,false,", "2025-01-03,dikabulkan,,false,,false,dicabut")
    replace_in(kip / REGISTER, "ditolak,Informasi tidak dikuasai", "ditolak,")  # refused without a reason
    errors = {(p.code, p.row, p.field) for p in problems(kip) if p.file == REGISTER}
    assert errors == {("register-reason-missing", 6, "alasan_penolakan"),
                      ("register-reason-missing", 8, "alasan_penolakan"),
                      ("register-inconsistent", 9, "tanggal_dijawab"),
                      ("register-inconsistent", 4, "hasil_sengketa")}


def test_request_register_rejects_personal_columns(kip: Path) -> None:
    text = (kip / REGISTER).read_text(encoding="utf-8").splitlines()
    text[0] = text[0] + ",nama_pemohon,NIK,no_hp,email"
    text[1:] = [line + ",x,1,2,3" for line in text[1:]]
    (kip / REGISTER).write_text("\n".join(text) + "\n", encoding="utf-8")
    found = {(p.code, p.row, p.field) for p in problems(kip) if p.code == "register-personal-column"}
    assert found == {("register-personal-column", 1, name) for name in ("nama_pemohon", "NIK", "no_hp", "email")}


def test_region_codes_checked_against_reference_and_body_list(mini: Path) -> None:
    descriptor = mini / "datasets" / "angka-kecil" / "datapackage.yaml"
    replace_in(descriptor, "name: kode,", "name: kode, wilayah: true,")
    replace_in(descriptor, 'pattern: "[A-Z]{2}"', 'maxLength: 13')
    data = mini / "datasets" / "angka-kecil" / "angka.csv"
    rows = data.read_text(encoding="utf-8").splitlines()
    assert located(mini, dt.date(2025, 12, 31)) == {
        ("region-code-unknown", "datasets/angka-kecil/angka.csv", row, "kode") for row in range(2, len(rows) + 1)}
    (mini / "content" / "wilayah-tambahan.csv").write_text(
        "kode,nama\n" + "".join(f"{line.split(',')[1]},Kode uji\n" for line in rows[1:]), encoding="utf-8")
    assert located(mini, dt.date(2025, 12, 31)) == set()
    replace_in(data, rows[1], rows[1].replace(rows[1].split(",")[1], "33.74.01.1001", 1))
    assert located(mini, dt.date(2025, 12, 31)) == set()  # a real Kemendagri code (Kota Semarang)


def test_reference_date_sources(kip: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings(root=kip)
    project = pipeline.check(Settings(root=kip, today=TODAY)).project
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert gather(project, settings).today == dt.date(2025, 12, 1)  # no git: newest date in the data
    git_commit(kip, "KIP", date="2026-02-03T10:00:00+07:00")
    assert gather(project, settings).today == dt.date(2026, 2, 3)  # HEAD commit date
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01T00:00:00Z
    assert gather(project, settings).today == dt.date(2026, 1, 1)
    assert gather(project, settings.with_(today=TODAY)).today == TODAY


def test_cli_today_option(kip: Path) -> None:
    early = run_cli(kip, "--today", "2025-06-01", "validate")
    late = run_cli(kip, "--today", "2026-01-15", "validate")
    assert "[overdue]" not in early.stdout and "[overdue]" in late.stdout
    assert early.returncode == late.returncode == 0
    assert run_cli(kip, "--strict", "--today", "2026-01-15", "validate").returncode == 1
    bad = run_cli(kip, "--today", "15-01-2026", "validate")
    assert bad.returncode == 2 and "TTTT-BB-HH" in bad.stderr


def test_git_is_the_default_reference(kip: Path) -> None:
    env = {key: value for key, value in os.environ.items() if key != "SOURCE_DATE_EPOCH"}
    command = [sys.executable, "-m", "generator", "--root", str(kip), "validate"]
    git_commit(kip, "KIP", date="2025-06-01T10:00:00+07:00")
    early = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    (kip / "content" / "pages" / "baru.md").write_text("---\ntitle: Baru\n---\nIsi.\n", encoding="utf-8")
    git_commit(kip, "A later commit", date="2026-01-15T10:00:00+07:00")
    late = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    assert "[overdue]" not in early.stdout and "[overdue]" in late.stdout


def test_invalid_regional_holiday(kip: Path) -> None:
    (kip / "content" / "hari-libur.yaml").write_text(
        "tahun: [2025]\nhari:\n  - {tanggal: 2025-10-10, nama: Hari Jadi}\n  - {tanggal: 10-10-2025, nama: Salah}\n",
        encoding="utf-8")
    errors = [p for p in problems(kip) if p.severity.value == "error"]
    assert [(p.code, p.file, p.value, p.param("position")) for p in errors] == [
        ("holiday-invalid", "content/hari-libur.yaml", "10-10-2025", "2")]


def test_monthly_statistics_must_agree_with_the_register(kip: Path) -> None:
    folder = kip / "datasets" / "statistik"
    folder.mkdir()
    (folder / "bulanan.csv").write_text("bulan,permohonan_diterima\n2025-01-01,3\n2025-03-01,2\n2025-04-01,2\n",
                                        encoding="utf-8")
    (folder / "datapackage.yaml").write_text(
        "name: statistik\ntitle: Statistik bulanan\ndescription: Uji.\nregister: statistik-permohonan-bulanan\n"
        "licenses: [{name: CC-BY-4.0}]\npublisher: {name: Badan Uji, unit: PPID}\nfrequency: bulanan\n"
        "resources:\n  - name: bulanan\n    path: bulanan.csv\n    schema:\n      fields:\n"
        "        - {name: bulan, type: date, description: Bulan.}\n"
        "        - {name: permohonan_diterima, type: integer, description: Jumlah.}\n", encoding="utf-8")
    found = [(p.code, p.row, p.value, p.param("expected")) for p in problems(kip)
             if p.file == "datasets/statistik/bulanan.csv"]
    assert found == [("register-monthly-mismatch", 2, "3", "2"), ("register-monthly-mismatch", 4, "2", "1")]


def test_validate_compliance_section(kip: Path) -> None:
    result = run_cli(kip, "--today", "2026-01-15", "validate", "--kepatuhan")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert "Kepatuhan keterbukaan informasi per 15 Januari 2026" in lines
    assert "  [perlu diperbarui] berkala-profil: B-001" in lines
    assert "  [ada] setiap-saat-dip: SS-001" in lines
    assert "  [belum ada] berkala-pengaduan: -" in lines
    assert "  [belum ada] serta-merta-racun (tidak wajib): -" in lines
    assert lines[-1] == "5% butir wajib tersedia dan mutakhir (1 dari 22)."
    english = run_cli(kip, "--lang", "en", "--today", "2026-01-15", "validate", "--kepatuhan")
    assert "  [overdue] berkala-keuangan: B-002" in english.stdout.splitlines()


def test_register_schema_needs_the_report_columns(kip: Path) -> None:
    descriptor = kip / "datasets" / "register-layanan" / "datapackage.yaml"
    text = descriptor.read_text(encoding="utf-8").splitlines()
    descriptor.write_text("\n".join(line for line in text if "name: hasil_sengketa" not in line) + "\n",
                          encoding="utf-8")
    (kip / REGISTER).write_text("\n".join(line.rsplit(",", 1)[0] for line in (kip / REGISTER).read_text(
        encoding="utf-8").splitlines()) + "\n", encoding="utf-8")
    assert located(kip) >= {("register-column-missing", "datasets/register-layanan/datapackage.yaml", None,
                             "hasil_sengketa")}
    assert not [p for p in problems(kip) if p.file == REGISTER]


def test_a_year_without_holidays_is_named(kip: Path) -> None:
    register = kip / "datasets" / "register-layanan" / "register.csv"
    text = register.read_text(encoding="utf-8")
    register.write_text(text + "R-11,2027-01-05,surel,perorangan,berkala,2027-01-12,dikabulkan,,false,,false,\n",
                        encoding="utf-8")
    found = [p for p in problems(kip) if p.code == "holidays-missing-year"]
    rows = len(text.splitlines())
    assert [(p.file, p.row, p.value, p.severity.value) for p in found] == [
        ("datasets/register-layanan/register.csv", rows + 1, "2027", "warning")]
    assert "content/hari-libur.yaml" in message(found[0], "id") and "2027" in message(found[0], "en")
    (kip / "content" / "hari-libur.yaml").write_text(
        "tahun: [2027]\nhari:\n  - {tanggal: 2027-01-01, nama: Tahun Baru 2027 Masehi}\n", encoding="utf-8")
    assert [p for p in problems(kip) if p.code == "holidays-missing-year"] == []


def test_a_long_dik_register_is_cut_into_linked_pages_under_the_page_limit(kip: Path) -> None:
    """450 exclusions with long analyses (a province's register): numbered pages of at most 100
    records, each far under 300 KB, every record on exactly one of them, and the compliance
    page's links to expired records land on the page that holds them."""
    import dataclasses
    import re

    from generator.compliance.dik import DikRecord
    from generator.render.compliance.pages import compliance_page, dik_locations, dik_pages

    settings = Settings(root=kip, today=TODAY)
    project = pipeline.check(settings).project
    state = gather(project, settings)
    analysis = "Pembukaan informasi ini dapat menghambat proses penegakan hukum. " * 12
    records = tuple(DikRecord(id=f"DK-{number:04d}", row=number + 2, official="PPID Utama", article="Pasal 17 huruf a",
                              sector_law="UU 8/1981", consequences=analysis, public_interest=analysis,
                              decided_on=dt.date(2020, 1, 1), decided_at="Kota Contoh", period="5 tahun",
                              ends_on=dt.date(2025, 1, 1) if number % 50 == 0 else dt.date(2030, 1, 1))
                    for number in range(450))
    state = dataclasses.replace(state, dik=records)
    pages = dik_pages(project, state)
    assert len(pages) >= 5 and str(pages[0].path) == "dik/index.md"
    assert [str(page.path) for page in pages[1:]] == [f"dik/{n}/index.md" for n in range(2, len(pages) + 1)]
    shown: list[str] = []
    for number, page in enumerate(pages, start=1):
        text = page.text or ""
        assert len(text.encode("utf-8")) < 200_000, (page.path, len(text))
        ids = re.findall(r'id="dik-(DK-\d{4})"', text)
        assert 0 < len(ids) <= 100
        shown += ids
        assert f"Halaman {number} dari {len(pages)}" in text  # the pager, on every page
        assert ('rel="next"' in text) == (number < len(pages)) and ('rel="prev"' in text) == (number > 1)
    assert shown == [record.id for record in records]  # every record once, in order
    where = dik_locations(state)
    page_text = compliance_page(project, state).text or ""
    for record in records[::50]:  # the expired ones
        folder = where[record.id].removesuffix("index.md")
        assert f'href="../{folder}#dik-{record.id}"' in page_text, (record.id, folder)
