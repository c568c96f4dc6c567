"""Validation on real files with real Frictionless: codes and locations, not wording."""

from __future__ import annotations

from pathlib import Path

from generator import pipeline
from generator.model import Severity
from generator.settings import Settings

DATA = "datasets/angka-kecil/angka.csv"
DESCRIPTOR = "datasets/angka-kecil/datapackage.yaml"
DIP = "content/dip.csv"


def located(repo: Path) -> list[tuple[str, str, int | None, str | None]]:
    outcome = pipeline.check(Settings(root=repo))
    return [(p.code, p.file, p.row, p.field) for p in outcome.problems if p.severity is Severity.ERROR]


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_the_mini_site_is_clean(mini: Path) -> None:
    assert pipeline.check(Settings(root=mini)).problems == []


def test_broken_dataset_names_file_row_and_field(mini: Path) -> None:
    (mini / DATA).write_text(
        "bulan,kode,nilai\n2025-01-01,AB,100\n2025-02-01,,250\n2025-03-01,EF,banyak\n2025-03-01,GH,5\n"
        "2025-05-01,xy,-4\n", encoding="utf-8")
    assert located(mini) == [
        ("required", DATA, 3, "kode"),
        ("type-error", DATA, 4, "nilai"),
        ("primary-key", DATA, 5, "bulan"),
        ("constraint-error", DATA, 6, "kode"),
        ("constraint-error", DATA, 6, "nilai"),
    ]


def test_every_problem_is_reported_in_one_run(mini: Path) -> None:
    replace_in(mini / DATA, "2025-02-01,CD,250", "2025-02-01,CD,x")
    replace_in(mini / DIP, "B-001,berkala", "B-001,rutin")
    replace_in(mini / DESCRIPTOR, "frequency: bulanan", "frequency: kadang")
    codes = {(code, file) for code, file, _, _ in located(mini)}
    assert codes == {("type-error", DATA), ("constraint-error", DIP), ("metadata-invalid", DESCRIPTOR)}


def test_broken_dip_entries(mini: Path) -> None:
    replace_in(mini / DIP, "Data Pribadi Pegawai,Data pribadi aparatur.", "Data Pribadi Pegawai,")
    replace_in(mini / DIP, "UU 14/2008 Pasal 17 huruf h,", ",")
    replace_in(mini / DIP, "angka-kecil,,,", "tidak-ada,,,")
    replace_in(mini / DIP, "SS-001,setiap_saat", "SM-001,setiap_saat")
    replace_in(mini / DIP, "https://uji.example/banjir,,,,", "https://uji.example/banjir,,UU 1/2000,,")
    assert located(mini) == [
        ("dataset-unknown", DIP, 2, "dataset"),
        ("exclusion-not-excluded", DIP, 3, "dasar_hukum_pengecualian"),
        ("primary-key", DIP, 4, "id"),
        ("exclusion-missing", DIP, 5, "dasar_hukum_pengecualian"),
        ("required", DIP, 5, "ringkasan"),
    ]


def test_metadata_rules(mini: Path) -> None:
    replace_in(mini / DESCRIPTOR, "name: angka-kecil", "name: angka-lain")
    replace_in(mini / DESCRIPTOR, "{name: CC-BY-4.0,", "{name: Bebas,")
    replace_in(mini / DESCRIPTOR, "title: Angka Kecil Penganggaran\n", "")
    assert sorted(located(mini)) == [
        ("license-unknown", DESCRIPTOR, None, "licenses"),
        ("metadata-missing", DESCRIPTOR, None, "title"),
        ("name-mismatch", DESCRIPTOR, None, "name"),
    ]


def test_resource_without_schema_is_never_inferred(mini: Path) -> None:
    text = (mini / DESCRIPTOR).read_text(encoding="utf-8")
    (mini / DESCRIPTOR).write_text(text.split("    schema:")[0], encoding="utf-8")
    assert located(mini) == [("schema-missing", DESCRIPTOR, None, "angka")]


def test_paths_outside_the_package_and_missing_files(mini: Path) -> None:
    replace_in(mini / DESCRIPTOR, "path: angka.csv", "path: ../../content/dip.csv")
    assert located(mini) == [("path-outside", DESCRIPTOR, None, "angka")]
    replace_in(mini / DESCRIPTOR, "path: ../../content/dip.csv", "path: hilang.csv")
    assert located(mini) == [("file-missing", "datasets/angka-kecil/hilang.csv", None, None)]


def test_foreign_keys_between_resources(mini: Path) -> None:
    folder = mini / "datasets" / "angka-kecil"
    (folder / "unit.csv").write_text("kode,nama\nAB,Bagian A\nCD,Bagian C\n", encoding="utf-8")
    replace_in(folder / "datapackage.yaml", "      primaryKey: [bulan]\n", (
        "      primaryKey: [bulan]\n"
        "      foreignKeys: [{fields: kode, reference: {resource: unit, fields: kode}}]\n"))
    with (folder / "datapackage.yaml").open("a", encoding="utf-8") as handle:
        handle.write(
            "  - name: unit\n    path: unit.csv\n    schema:\n      fields:\n"
            "        - {name: kode, type: string, description: Kode unit.}\n"
            "        - {name: nama, type: string, description: Nama unit.}\n"
            "      primaryKey: [kode]\n")
    assert located(mini) == [("foreign-key", DATA, 4, "kode")]


def test_yaml_errors_in_descriptors_are_located(mini: Path) -> None:
    replace_in(mini / DESCRIPTOR, "topic: Keuangan\n", "topic: Keuangan\ntopic: Ekonomi\n")
    assert [(p.code, p.file, p.line) for p in pipeline.check(Settings(root=mini)).problems] == [
        ("yaml-duplicate-key", DESCRIPTOR, 6)]


def test_validate_modifies_nothing_but_its_cache(mini: Path) -> None:
    def files() -> dict[Path, bytes]:
        return {path: path.read_bytes() for path in mini.rglob("*")
                if path.is_file() and ".etalase" not in path.relative_to(mini).parts}

    replace_in(mini / DATA, "2025-02-01,CD,250", "2025-02-01,CD,x")
    before = files()
    pipeline.check(Settings(root=mini, cache=False))
    assert not (mini / ".etalase").exists()
    pipeline.check(Settings(root=mini))
    assert files() == before
    assert len(list((mini / ".etalase" / "cache" / "validate").glob("*/*.json"))) == 3  # dataset, DIP, page
