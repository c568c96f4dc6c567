"""The request register as the tracker reads it, and what the forms need from site.yaml, on real files."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from generator import pipeline
from generator.compliance.context import gather
from generator.compliance.tracker import tracker_data
from generator.compliance.workdays import load_calendar
from generator.report.messages import message
from generator.settings import Settings
from tests.conftest import FIXTURES, copy_repo

REGISTER = "datasets/register-layanan/register.csv"
DESCRIPTOR = "datasets/register-layanan/datapackage.yaml"
TODAY = dt.date(2026, 1, 15)
TRACKER_KEYS = {"r", "d", "x", "xd", "a", "h", "late", "k", "kr", "kd", "kh", "s", "sh"}


@pytest.fixture
def kip(tmp_path: Path) -> Path:
    return copy_repo(FIXTURES / "kip", tmp_path / "kip")


def with_tracker_columns(repo: Path, cells: dict[str, tuple[str, str, str]]) -> None:
    """Add diperpanjang, tanggal_perpanjangan, tanggal_keberatan (schema and CSV); ``cells`` by request id."""
    descriptor = repo / DESCRIPTOR
    text = descriptor.read_text(encoding="utf-8")
    anchor = "        - {name: hasil_sengketa,"
    added = ("        - {name: diperpanjang, type: boolean, title: Diperpanjang, description: Uji.}\n"
             "        - {name: tanggal_perpanjangan, type: date, title: Tanggal perpanjangan, description: Uji.}\n"
             "        - {name: tanggal_keberatan, type: date, title: Tanggal keberatan, description: Uji.}\n")
    line_end = text.index("\n", text.index(anchor)) + 1
    descriptor.write_text(text[:line_end] + added + text[line_end:], encoding="utf-8")
    lines = (repo / REGISTER).read_text(encoding="utf-8").splitlines()
    lines[0] += ",diperpanjang,tanggal_perpanjangan,tanggal_keberatan"
    for index in range(1, len(lines)):
        number = lines[index].split(",", 1)[0]
        lines[index] += "," + ",".join(cells.get(number, ("false", "", "")))
    (repo / REGISTER).write_text("\n".join(lines) + "\n", encoding="utf-8")


def register_problems(repo: Path) -> set[tuple[str, int | None, str | None]]:
    found = pipeline.check(Settings(root=repo, today=TODAY)).problems
    return {(p.code, p.row, p.field) for p in found if p.file == REGISTER}


def test_inconsistent_tracker_dates_and_unknown_status_are_located(kip: Path) -> None:
    with_tracker_columns(kip, {
        "R-01": ("true", "", ""),  # extended without a date
        "R-02": ("false", "2025-03-30", ""),  # a date without the extension
        "R-03": ("true", "2024-12-01", ""),  # extension notice before the request was received
        "R-08": ("true", "2025-10-30", ""),  # extension notice after the answer
        "R-09": ("false", "", "2025-01-10"),  # objection date without an objection
        "R-04": ("false", "", "2025-01-01"),  # objection before the request was received
    })
    register = kip / REGISTER
    register.write_text(register.read_text(encoding="utf-8").replace("R-07,2025-06-06,formulir_daring,perorangan,"
                        "tidak_dikuasai,2025-06-10,ditolak", "R-07,2025-06-06,formulir_daring,perorangan,"
                        "tidak_dikuasai,2025-06-10,ditunda"), encoding="utf-8")
    found = register_problems(kip)
    assert {item for item in found if item[0] in ("register-inconsistent", "register-status-unknown")} == {
        ("register-inconsistent", 2, "tanggal_perpanjangan"), ("register-inconsistent", 3, "diperpanjang"),
        ("register-inconsistent", 4, "tanggal_perpanjangan"), ("register-inconsistent", 9, "tanggal_perpanjangan"),
        ("register-inconsistent", 10, "tanggal_keberatan"), ("register-inconsistent", 5, "tanggal_keberatan"),
        ("register-status-unknown", 8, "hasil")}
    unknown = next(p for p in pipeline.check(Settings(root=kip, today=TODAY)).problems
                   if p.code == "register-status-unknown")
    assert message(unknown) == ('Status "ditunda" tidak dikenal; halaman lacak permohonan tidak dapat '
                                "menampilkannya. Pakai salah satu dari: dikabulkan, dikabulkan_sebagian, ditolak.")


def test_a_consistent_register_with_the_tracker_columns_is_clean(kip: Path) -> None:
    with_tracker_columns(kip, {"R-01": ("true", "2025-04-03", ""), "R-04": ("false", "", "2025-02-03")})
    assert {item for item in register_problems(kip) if item[0].startswith("register-")} == set()


def test_tracker_deadlines_count_working_days_with_the_holidays(kip: Path) -> None:
    with_tracker_columns(kip, {"R-01": ("true", "2025-04-03", ""), "R-04": ("false", "", "2025-02-03")})
    settings = Settings(root=kip, today=TODAY)
    state = gather(pipeline.check(settings).project, settings)
    assert state.register is not None
    data = tracker_data(state.register, state.calendar)["requests"]
    # 2025-03-24 + 10 working days: Idul Fitri 1446 H and its cuti bersama (28 March - 7 April) skipped.
    calendar, _ = load_calendar(kip)
    assert data["R-01"]["d"] == calendar.add(dt.date(2025, 3, 24), 10).isoformat()
    assert dt.date.fromisoformat(data["R-01"]["d"]) > dt.date(2025, 4, 7)
    assert data["R-01"]["xd"] == calendar.add(dt.date.fromisoformat(data["R-01"]["d"]), 7).isoformat()
    assert data["R-01"]["x"] == "2025-04-03"
    assert data["R-06"] == {"r": "2025-12-30", "d": calendar.add(dt.date(2025, 12, 30), 10).isoformat()}
    assert data["R-04"]["k"] == 1 and data["R-04"]["kd"] == calendar.add(dt.date(2025, 2, 3), 30).isoformat()
    assert data["R-04"]["kh"] == "ditolak" and data["R-04"]["s"] == 1 and "sh" not in data["R-04"]
    assert "late" in data["R-08"]  # 2025-10-01 -> 2025-10-27 is 18 working days, not extended


def test_tracker_data_holds_no_personal_column_and_the_register_refuses_them(kip: Path) -> None:
    lines = (kip / REGISTER).read_text(encoding="utf-8").splitlines()
    lines[0] += ",nama_pemohon,email"
    lines[1:] = [line + ",Siti Aminah,siti@contoh.id" for line in lines[1:]]
    (kip / REGISTER).write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert {("register-personal-column", 1, "nama_pemohon"), ("register-personal-column", 1, "email")} <= \
        register_problems(kip)
    settings = Settings(root=kip, today=TODAY)
    state = gather(pipeline.check(settings).project, settings)
    assert state.register is not None
    text = json.dumps(tracker_data(state.register, state.calendar))
    assert "Siti" not in text and "@" not in text
    statuses = json.loads(text)["requests"].values()
    assert statuses and all(set(status) <= TRACKER_KEYS for status in statuses)


def test_built_tracker_file_has_only_the_tracker_facts(sample_site: Path) -> None:
    data = json.loads((sample_site / "lacak" / "status-permohonan.json").read_text(encoding="utf-8"))
    assert set(data) == {"requests"} and len(data["requests"]) > 1000
    assert all(set(status) <= TRACKER_KEYS for status in data["requests"].values())
    assert any("xd" in status for status in data["requests"].values())  # the sample has extensions
    codes = json.loads((sample_site / "permohonan" / "kode-kecamatan.json").read_text(encoding="utf-8"))
    assert "110101" in codes and all(len(code) == 6 and code.isdigit() for code in codes)
    assert not (sample_site / "en" / "lacak" / "status-permohonan.json").exists()  # one copy, shared


@pytest.mark.parametrize(("old", "new", "code", "field"), [
    ("email: ", "# email: ", "forms-email-missing", "email"),
    ("  - {role: Atasan PPID", "  - {role: Sekretariat", "forms-atasan-missing", "officials"),
])
def test_site_yaml_without_email_or_atasan_warns_that_forms_cannot_email(tmp_path: Path, old: str, new: str,
                                                                        code: str, field: str) -> None:
    mini = copy_repo(FIXTURES / "mini", tmp_path / "mini")
    profile = mini / "content" / "site.yaml"
    text = profile.read_text(encoding="utf-8")
    assert old in text
    profile.write_text(text.replace(old, new, 1), encoding="utf-8")
    found = [p for p in pipeline.check(Settings(root=mini)).problems if p.code.startswith("forms-")]
    assert [(p.code, p.file, p.field, p.severity.value) for p in found] == [(code, "content/site.yaml", field,
                                                                             "warning")]
    assert "draf surel" in message(found[0])


def test_home_procedure_page_and_navigation_link_the_three_pages(sample_site: Path) -> None:
    # The home page and the procedure link all three in their text; inside the "Permohonan"
    # section the navigation lists all three, and outside it (navigation.prune) the closed
    # section links its first page, the request form.
    for page in ("index.html", "cara-permohonan/index.html", "permohonan/index.html", "en/index.html",
                 "keberatan/index.html", "lacak/index.html"):
        html = (sample_site / page).read_text(encoding="utf-8")
        for target in ("permohonan/", "keberatan/", "lacak/"):
            assert re.search(rf'href="[./]*{target}"', html), (page, target)
    for page in ("dip/index.html", "dataset/index.html", "en/dip/index.html"):
        html = (sample_site / page).read_text(encoding="utf-8")
        nav = html.split("md-nav--primary", 1)[1].split("md-nav--secondary", 1)[0]
        assert re.search(r'href="[./]*permohonan/"', nav), page
    home = (sample_site / "index.html").read_text(encoding="utf-8")
    assert 'class="etl-request-links"' in home
    procedure = (sample_site / "cara-permohonan" / "index.html").read_text(encoding="utf-8")
    assert "Ajukan keberatan" in procedure and "Lacak permohonan" in procedure


def test_an_extension_notified_after_the_ten_working_days_is_a_warning(kip: Path) -> None:
    with_tracker_columns(kip, {"R-08": ("true", "2025-10-20", ""), "R-01": ("true", "2025-04-03", "")})
    found = [p for p in pipeline.check(Settings(root=kip, today=TODAY)).problems if p.code == "register-extension-late"]
    assert [(p.file, p.row, p.field, p.value, p.severity.value) for p in found] == [
        (REGISTER, 9, "tanggal_perpanjangan", "2025-10-20", "warning")]  # R-01's notice came within the days
    due = load_calendar(kip)[0].add(dt.date(2025, 10, 1), 10)  # the body's own holidays counted too
    assert f"sesudah batas 10 hari kerja ({due.isoformat()})" in message(found[0])
