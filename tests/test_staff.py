"""Staff-facing validation: YAML keys, schema rules, files, report formats, scaffolding, pre-commit."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator import pipeline
from generator.report.github import escape_property
from generator.settings import Settings
from tests.conftest import ROOT, git_commit, run_cli

PACKAGE = "datasets/angka-kecil"
DATA = f"{PACKAGE}/angka.csv"
DESCRIPTOR = f"{PACKAGE}/datapackage.yaml"
PROFILE = "content/site.yaml"
Located = tuple[str, str, int | None, str | None]


def located(repo: Path) -> list[Located]:
    problems = pipeline.check(Settings(root=repo)).problems
    return [(p.code, p.file, p.row if p.row is not None else p.line, p.field) for p in problems]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def tree_digest(root: Path) -> str:
    """Every file of the repository; the generator's own scratch folder (its cache) aside."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if ".etalase" in path.relative_to(root).parts:
            continue
        digest.update(str(path.relative_to(root)).encode())
        if path.is_file() and not path.is_symlink():
            digest.update(path.read_bytes())
    return digest.hexdigest()


def test_the_sample_site_has_no_problem_and_one_warning_by_design(sample_repo: Path) -> None:
    # The sample's image-only PDF shows staff what a scan without a text layer looks like.
    problems = pipeline.check(Settings(root=sample_repo)).problems
    assert [(problem.code, problem.file) for problem in problems] == [
        ("pdf-no-text", "content/dokumen/prosedur-evakuasi-gedung.pdf")]


def test_unknown_keys_get_a_suggestion_at_their_line(mini: Path) -> None:
    edit(mini / DESCRIPTOR, "title: Angka Kecil Penganggaran", "titel: Angka Kecil Penganggaran")
    edit(mini / DESCRIPTOR, "    description: Satu baris per bulan.", "    descripton: Satu baris per bulan.")
    edit(mini / DESCRIPTOR, "constraints: {minimum: 0}", "constraints: {minimun: 0}")
    edit(mini / PROFILE, "email:", "emial:")
    found = located(mini)
    assert ("unknown-key", DESCRIPTOR, 2, "titel") in found
    assert ("unknown-key", DESCRIPTOR, 17, "resources.descripton") in found
    assert ("unknown-key", DESCRIPTOR, 22, "resources.schema.fields.constraints.minimun") in found
    assert any(code == "unknown-key" and file == PROFILE and field == "emial" for code, file, _, field in found)
    result = run_cli(mini, "validate")
    assert 'Kunci "titel" tidak dikenal di tingkat teratas berkas. Maksud Anda "title"?' in result.stdout
    assert 'Maksud Anda "minimum"?' in result.stdout


def test_yaml_implicit_conversions_and_yaml_1_2(mini: Path) -> None:
    edit(mini / DESCRIPTOR, "spatial: Kota Uji", "spatial: Kota Uji\nversion: 1.10")
    edit(mini / PROFILE, "email:", "phone: 0211234567\nemail:")
    found = located(mini)
    assert ("yaml-implicit-conversion", DESCRIPTOR, 13, "version") in found
    assert any(code == "yaml-implicit-conversion" and file == PROFILE and field == "phone"
               for code, file, _, field in found)


def test_a_column_named_no_stays_the_text_no(mini: Path) -> None:
    (mini / DATA).write_text("bulan,kode,No\n2025-01-01,AB,1\n", encoding="utf-8")
    edit(mini / DESCRIPTOR, "- {name: nilai, type: integer,", "- {name: No, type: integer,")
    assert located(mini) == []


def test_duplicate_yaml_key_is_located(mini: Path) -> None:
    edit(mini / DESCRIPTOR, "frequency: bulanan", "frequency: bulanan\nfrequency: tahunan")
    assert located(mini) == [("yaml-duplicate-key", DESCRIPTOR, 11, None)]


def test_foreign_keys_and_schema_columns(mini: Path) -> None:
    descriptor = yaml.safe_load((mini / DESCRIPTOR).read_text(encoding="utf-8"))
    (mini / PACKAGE / "unit.csv").write_text("kode,nama\nAB,Sekretariat\nCD,Keuangan\n", encoding="utf-8")
    descriptor["resources"].append({"name": "unit", "path": "unit.csv", "schema": {"fields": [
        {"name": "kode", "type": "string", "description": "Kode."},
        {"name": "nama", "type": "string", "description": "Nama."},
        {"name": "kepala", "type": "string", "description": "Kepala unit."}], "primaryKey": ["kode"]}})
    descriptor["resources"][0]["schema"]["foreignKeys"] = [
        {"fields": ["kode"], "reference": {"resource": "unit", "fields": ["kode"]}}]
    (mini / DESCRIPTOR).write_text(yaml.safe_dump(descriptor, allow_unicode=True), encoding="utf-8")
    (mini / DATA).write_text("bulan,kode,nilai,catatan\n2025-01-01,AB,1,x\n2025-02-01,EF,2,y\n", encoding="utf-8")
    assert located(mini) == [
        ("extra-label", DATA, 1, None),
        ("foreign-key", DATA, 3, "kode"),
        ("missing-label", f"{PACKAGE}/unit.csv", 1, "kepala"),
    ]


def test_symlinks_and_size_limit(mini: Path, tmp_path: Path) -> None:
    outside = tmp_path / "rahasia.csv"
    outside.write_text("a\n1\n", encoding="utf-8")
    (mini / "content" / "tautan.csv").symlink_to(outside)
    assert ("symlink", "content/tautan.csv", None, None) in located(mini)
    (mini / "content" / "tautan.csv").unlink()
    (mini / DATA).write_text("bulan,kode,nilai\n" + "2025-01-01,AB,1\n" * 1, encoding="utf-8")
    result = run_cli(mini, "--max-file-mb", "0.00001", "validate", "--format", "json")
    codes = {(item["code"], item["file"]) for item in json.loads(result.stdout)["problems"]}
    assert ("file-too-large", DATA) in codes
    assert result.returncode == 1


def test_validate_modifies_nothing_and_reports_everything_in_one_run(mini: Path) -> None:
    (mini / DATA).write_bytes(b"PK\x03\x04rest of a workbook")
    edit(mini / PROFILE, "email:", "emial:")
    (mini / "content" / "dip.csv").write_bytes((mini / "content" / "dip.csv").read_bytes()
                                               .replace(b"Laporan Keuangan", b"Laporan Keuangan \xe9"))
    before = tree_digest(mini)
    result = run_cli(mini, "validate")
    assert tree_digest(mini) == before
    assert result.returncode == 1
    found = located(mini)
    assert ("file-is-excel", DATA, None, None) in found
    assert ("encoding-not-utf8", "content/dip.csv", 2, None) in found
    assert any(code == "unknown-key" for code, *_ in found)


def test_english_messages(mini: Path) -> None:
    (mini / DATA).write_text("bulan,kode,nilai\n31/01/2025,AB,1\n", encoding="utf-8")
    result = run_cli(mini, "--lang", "en", "validate")
    assert 'Date "31/01/2025" is written DD/MM/YYYY in 1 cells (rows 2).' in result.stdout
    assert "1 error, 0 warnings in 1 file." in result.stdout  # plural forms from the catalogue


def test_github_annotations_and_job_summary(mini: Path, tmp_path: Path) -> None:
    (mini / DATA).write_text("bulan,kode,nilai\n2025-01-01,AB,Rp 1.000\n2025-02-01,CD,\"x,y\"\n", encoding="utf-8")
    summary = tmp_path / "summary.md"
    env = {**os.environ, "GITHUB_STEP_SUMMARY": str(summary)}
    result = subprocess.run([sys.executable, "-m", "generator", "--root", str(mini), "validate", "--format",
                             "github"], capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    assert result.returncode == 1
    annotations = [line for line in result.stdout.splitlines() if line.startswith("::")]
    assert annotations[0].startswith(f"::error file={DATA},line=2,title=Etalase number-rupiah (nilai)::")
    assert annotations[1].startswith(f"::error file={DATA},line=3,title=Etalase type-error (nilai)::")
    assert "GALAT [number-rupiah]" in result.stdout
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("## Hasil validasi Etalase\n\n2 galat, 0 peringatan di 1 berkas.")
    assert f"### `{DATA}`" in text
    assert "| GALAT | 3 | nilai | `type-error` | Nilai \"x,y\" bukan bilangan bulat yang sah." in text
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


def test_new_dataset_scaffold_refuses_to_overwrite_and_blocks_until_filled(mini: Path, tmp_path: Path) -> None:
    source = tmp_path / "Data Sekolah 2025.csv"
    source.write_bytes(b"npsn,nama,kode_wilayah,jumlah_siswa\r\n01234567,SD Satu,32.01,120\r\n"
                       b"20345678,SD Dua,32.02,98\r\n")
    result = run_cli(mini, "new-dataset", str(source))
    assert result.returncode == 0, result.stderr
    folder = mini / "datasets" / "data-sekolah-2025"
    assert (folder / "data-sekolah-2025.csv").read_bytes() == source.read_bytes()
    descriptor = yaml.safe_load((folder / "datapackage.yaml").read_text(encoding="utf-8"))
    types = {item["name"]: item["type"] for item in descriptor["resources"][0]["schema"]["fields"]}
    assert types == {"npsn": "string", "nama": "string", "kode_wilayah": "string", "jumlah_siswa": "integer"}
    before = tree_digest(folder)
    again = run_cli(mini, "new-dataset", str(source))
    assert again.returncode == 1 and "scaffold-exists" in again.stderr
    assert tree_digest(folder) == before
    check = run_cli(mini, "validate")
    assert check.returncode == 1
    assert "GALAT [metadata-placeholder] datasets/data-sekolah-2025/datapackage.yaml, baris 2" in check.stdout
    filled = (folder / "datapackage.yaml").read_text(encoding="utf-8")
    filled = filled.replace('"ISI: TTTT-BB-HH"', '"2025-01-01"').replace('"ISI: salah satu dari', '"tahunan" #')
    for line in [line for line in filled.splitlines() if "ISI:" in line]:
        filled = filled.replace(line, line.replace("ISI: ", "Diisi "))
    (folder / "datapackage.yaml").write_text(filled, encoding="utf-8")
    assert located(mini) == []


@pytest.mark.parametrize(("source", "code"), [
    ("generated/12_xlsx_as.csv", "file-is-excel"),
    ("generated/09_headerless.csv", "header-missing"),
    ("generated/08_missing_header.csv", "blank-label"),
    ("indonesia/Jumlah Tindak Pidana Menurut Kepolisian Daerah, 2024.csv", "header-title-block"),
])
def test_new_dataset_refuses_what_is_not_a_table(source: str, code: str, mini: Path, tmp_path: Path) -> None:
    copy = tmp_path / "data.csv"
    copy.write_bytes((ROOT / "tests" / "corpus" / source).read_bytes())
    result = run_cli(mini, "new-dataset", str(copy))
    assert result.returncode == 1 and f"[{code}]" in result.stderr
    assert not (mini / "datasets" / "data").exists()


def test_pre_commit_hook_stops_a_broken_commit(mini: Path) -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(item for item in hooks if item["id"] == "etalase-validate")
    local = {**hook, "language": "system", "entry": f"{sys.executable} {hook['entry'].removeprefix('python ')}"}
    (mini / ".pre-commit-config.yaml").write_text(
        yaml.safe_dump({"repos": [{"repo": "local", "hooks": [local]}]}), encoding="utf-8")
    git_commit(mini, "Site")
    (mini / DATA).write_text("bulan,kode,nilai\n2025-01-01,AB,1.250.000\n", encoding="utf-8")
    env = {**os.environ, "PRE_COMMIT_HOME": str(mini.parent / "pre-commit-home")}
    pre_commit = Path(sys.executable).parent / "pre-commit"
    result = subprocess.run([str(pre_commit), "run", "--all-files"], cwd=mini, capture_output=True, text=True,
                            env=env, check=False)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Etalase validate" in result.stdout and "Failed" in result.stdout
    assert f'GALAT [number-locale] {DATA}, baris 2, kolom "nilai"' in result.stdout


def test_the_staff_guide_quotes_real_messages(mini: Path) -> None:
    """The example messages in docs/panduan-staf.md are the tool's own words for those inputs."""
    from generator.report.messages import message
    from tests.corpus_cases import CASES
    from tests.test_corpus import install

    guide = (ROOT / "docs" / "panduan-staf.md").read_text(encoding="utf-8")
    assert "python -m generator new-dataset" in guide
    for name in ("excel-id-semicolon", "cp1252-late-byte", "bps-penumpang", "dates-dd-mm-yyyy"):
        entry = next(item for item in CASES if item["name"] == name)
        install(mini, entry["source"], entry["fields"], entry["options"])
        problems = [p for p in pipeline.check(Settings(root=mini)).problems if p.severity.value == "error"]
        assert len(problems) == 1
        assert f"    {message(problems[0])}\n" in guide, name


def test_warnings_for_likely_mistakes_do_not_fail_validation(mini: Path) -> None:
    (mini / DATA).write_text("bulan,kode,nilai\n01/02/2025,AB,100\n03/04/2025,CD,250\n05/06/2025,EF,75\n",
                             encoding="utf-8")
    edit(mini / DESCRIPTOR, "{name: bulan, type: date,", "{name: bulan, type: date, format: \"%d/%m/%Y\",")
    edit(mini / DESCRIPTOR, "{name: nilai, type: integer,", "{name: nilai, type: string,")
    edit(mini / DESCRIPTOR, "description: Kode unit., ", "")
    edit(mini / DESCRIPTOR, "constraints: {minimum: 0}", "constraints: {}")
    warnings = [(p.code, p.row, p.field) for p in pipeline.check(Settings(root=mini)).problems]
    assert warnings == [("string-looks-numeric", None, "nilai"), ("date-ambiguous", 2, "bulan"),
                        ("field-description-missing", None, "kode")]
    assert run_cli(mini, "validate").returncode == 0
    assert run_cli(mini, "--strict", "validate").returncode == 1


def test_page_front_matter_keys_are_checked_at_the_file_line(mini: Path) -> None:
    page = mini / "content" / "pages" / "tentang.md"
    edit(page, "order: 1", "urutan: 1")
    assert located(mini) == [("unknown-key", "content/pages/tentang.md", 4, "urutan")]


def test_the_job_summary_stays_small_on_a_huge_file(mini: Path) -> None:
    from generator.report.github import MAX_ROWS_PER_FILE, format_summary

    rows = "".join(f"2025-01-{day:02d},A{day},1\n" for day in range(1, 29))
    (mini / DATA).write_text("bulan,kode,nilai\n" + rows * 5, encoding="utf-8")
    problems = pipeline.check(Settings(root=mini)).problems
    assert len(problems) > MAX_ROWS_PER_FILE
    text = format_summary(problems)
    assert text.count("\n| GALAT |") == MAX_ROWS_PER_FILE
    assert f"… dan {len(problems) - MAX_ROWS_PER_FILE} masalah lain di berkas ini (lihat log)." in text


def test_a_bps_export_with_its_header_fixed_names_dashes_and_the_total_row(mini: Path) -> None:
    source = ROOT / "tests" / "corpus" / "indonesia" / "Kepadatan Penduduk menurut Kecamatan di Kota Bandung, 2022.csv"
    rows = source.read_text(encoding="utf-8").splitlines()[4:]
    (mini / DATA).write_text("kecamatan,jumlah_penduduk,luas_wilayah_ha,kepadatan\n" + "\n".join(rows) + "\n",
                             encoding="utf-8")
    descriptor = yaml.safe_load((mini / DESCRIPTOR).read_text(encoding="utf-8"))
    descriptor["resources"][0]["schema"]["fields"] = [
        {"name": name, "type": kind, "description": name} for name, kind in
        (("kecamatan", "string"), ("jumlah_penduduk", "integer"), ("luas_wilayah_ha", "integer"),
         ("kepadatan", "integer"))]
    del descriptor["resources"][0]["schema"]["primaryKey"]
    (mini / DESCRIPTOR).write_text(yaml.safe_dump(descriptor, allow_unicode=True), encoding="utf-8")
    assert located(mini) == [
        ("missing-dash", DATA, 32, "jumlah_penduduk"), ("missing-dash", DATA, 32, "kepadatan"),
        ("missing-dash", DATA, 32, "luas_wilayah_ha"), ("total-row", DATA, 32, None)]


def test_annotations_point_at_the_text_line_when_cells_hold_line_breaks(mini: Path) -> None:
    from generator.report.github import annotation

    (mini / DATA).write_text('bulan,kode,nilai\n2025-01-01,"A\nB",1\n2025-02-01,CD,x\n', encoding="utf-8")
    problems = pipeline.check(Settings(root=mini)).problems
    assert [(p.code, p.row, p.line) for p in problems] == [("constraint-error", 2, None), ("type-error", 3, 4)]
    assert annotation(problems[1]).startswith(f"::error file={DATA},line=4,")
    assert 'baris 3, kolom "nilai"' in annotation(problems[1])
