"""A synthetic PPID portal, deterministic from a seed, that validates with zero problems.

    PYTHONPATH=. .venv/bin/python benchmarks/synth.py OUT --datasets 50 --rows 200 --dip 500 [--seed 7]

OUT gets what a public body's repository holds: ``content/`` (the sample's profile, pages,
logo, register of exempt information and region codes, its DIP entries plus ``--dip``
generated ones), ``datasets/`` (``--datasets`` data packages of ``--rows`` rows x 10 typed
columns with full metadata, constraints, a primary key and Indonesian field descriptions),
``mkdocs.yml``, and one git commit with a fixed date (the date freshness checks count from).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import os
import random
import shutil
import subprocess
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
COMMIT_DATE = "2026-08-01T09:00:00+07:00"
TOPICS = ("Keuangan", "Pendidikan", "Kesehatan", "Kependudukan", "Infrastruktur", "Lingkungan Hidup",
          "Sosial", "Ekonomi", "Pariwisata", "Pertanian")
UNITS = ("Bidang Statistik dan Persandian", "Bidang Aplikasi Informatika", "Sekretariat",
         "Bidang Informasi dan Komunikasi Publik", "Subbagian Keuangan dan Aset")
SUBJECTS = ("anggaran", "sekolah", "puskesmas", "jalan", "jembatan", "pasar", "pajak", "retribusi",
            "bantuan sosial", "perizinan", "pariwisata", "pertanian", "perikanan", "air bersih",
            "sampah", "angkutan", "koperasi", "pelatihan", "perpustakaan", "arsip", "olahraga", "gizi")
KECAMATAN = ("Kota Lama", "Mekarsari", "Sidomulyo", "Tirtajaya", "Wanasari")
FREQUENCIES = ("bulanan", "triwulanan", "semesteran", "tahunan")
CATEGORIES = (("berkala", "B"), ("serta_merta", "SM"), ("setiap_saat", "SS"))
FIELDS = [
    {"name": "kode", "type": "string", "title": "Kode", "description": "Kode unik baris dengan pola AAA-00000.",
     "constraints": {"required": True, "unique": True, "pattern": "[A-Z]{3}-[0-9]{5}"}},
    {"name": "kecamatan", "type": "string", "title": "Kecamatan", "description": "Nama kecamatan.",
     "constraints": {"required": True, "enum": list(KECAMATAN)}},
    {"name": "unit", "type": "string", "title": "Unit kerja", "description": "Unit kerja pengelola data.",
     "constraints": {"required": True}},
    {"name": "tahun", "type": "year", "title": "Tahun", "description": "Tahun keadaan data.",
     "constraints": {"required": True, "minimum": 2015, "maximum": 2026}},
    {"name": "tanggal", "type": "date", "title": "Tanggal", "description": "Tanggal pencatatan (TTTT-BB-HH).",
     "constraints": {"required": True}},
    {"name": "jumlah", "type": "integer", "title": "Jumlah", "description": "Jumlah kejadian atau objek.",
     "constraints": {"required": True, "minimum": 0}},
    {"name": "nilai_rp", "type": "number", "title": "Nilai (Rp)", "description": "Nilai dalam rupiah.",
     "constraints": {"required": True, "minimum": 0}},
    {"name": "persentase", "type": "number", "title": "Persentase", "description": "Capaian dalam persen.",
     "constraints": {"minimum": 0, "maximum": 100}},
    {"name": "aktif", "type": "boolean", "title": "Aktif", "description": "Apakah objek masih aktif.",
     "constraints": {"required": True}},
    {"name": "keterangan", "type": "string", "title": "Keterangan", "description": "Catatan singkat.",
     "constraints": {"maxLength": 200}},
]


SCANNED = "dokumen/prosedur-evakuasi-gedung.pdf"


def write_portal(out: Path, *, datasets: int, rows: int, dip: int, seed: int = 7) -> None:
    """Write the portal into ``out`` (created, or emptied of a previous portal first)."""
    rng = random.Random(seed)
    for name in ("content", "datasets", ".git", ".etalase", "site"):
        shutil.rmtree(out / name, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    shutil.copytree(ROOT / "content", out / "content")
    (out / "content" / SCANNED).unlink()  # the sample's image-only PDF warns by design (pdf-no-text)
    register = out / "content" / "dokumen.csv"  # and its row in the documents' register goes with it
    if register.is_file():
        lines = register.read_text(encoding="utf-8").splitlines(keepends=True)
        register.write_text("".join(line for line in lines if not line.startswith(SCANNED + ",")),
                            encoding="utf-8")
    shutil.copyfile(ROOT / "mkdocs.yml", out / "mkdocs.yml")
    names = [dataset_name(number) for number in range(datasets)]
    for number, name in enumerate(names):
        write_dataset(out / "datasets" / name, number, rows=rows, rng=rng)
    write_dip(out / "content" / "dip.csv", dip, names, rng)
    commit(out)


def dataset_name(number: int) -> str:
    return f"data-{SUBJECTS[number % len(SUBJECTS)].replace(' ', '-')}-{number:05d}"


def write_dataset(folder: Path, number: int, *, rows: int, rng: random.Random) -> None:
    folder.mkdir(parents=True)
    subject = SUBJECTS[number % len(SUBJECTS)]
    year = 2015 + number % 11
    unit = UNITS[number % len(UNITS)]
    descriptor = {
        "name": folder.name, "title": f"Data {subject.title()} Kota Contoh Nomor {number}",
        "description": f"Data {subject} Kota Contoh per kecamatan tahun {year}, dihimpun oleh {unit}. "
                       "Dataset sintetis untuk mengukur kinerja Etalase.",
        "keywords": [subject, "sintetis", f"tahun {year}"], "topic": TOPICS[number % len(TOPICS)],
        "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                      "path": "https://creativecommons.org/licenses/by/4.0/"}],
        "publisher": {"name": "Dinas Komunikasi dan Informatika Kota Contoh", "unit": unit},
        "contact": {"name": "PPID Diskominfo Kota Contoh", "email": "ppid@kotacontoh.go.id"},
        "frequency": FREQUENCIES[number % len(FREQUENCIES)],
        "temporal": {"start": f"{year}-01-01", "end": f"{year}-12-31"}, "spatial": "Kota Contoh",
        "resources": [{
            "name": "data", "path": "data.csv", "title": f"Data {subject} tahun {year}",
            "description": "Satu baris per catatan.", "format": "csv", "mediatype": "text/csv",
            "encoding": "utf-8",
            "schema": {"fields": FIELDS, "primaryKey": ["kode"], "missingValues": [""]},
        }],
    }
    (folder / "datapackage.yaml").write_text(yaml.safe_dump(descriptor, allow_unicode=True, sort_keys=False),
                                             encoding="utf-8")
    write_rows(folder / "data.csv", number, rows=rows, year=year, unit=unit, rng=rng)


def write_rows(path: Path, number: int, *, rows: int, year: int, unit: str, rng: random.Random) -> None:
    prefix = "".join(chr(65 + (number // 26 ** power) % 26) for power in (2, 1, 0))
    start = dt.date(year, 1, 1)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow([field["name"] for field in FIELDS])
        for row in range(rows):
            percent = "" if row % 17 == 0 else f"{rng.uniform(0, 100):.1f}"
            writer.writerow([f"{prefix}-{row:05d}", rng.choice(KECAMATAN), unit, year,
                             (start + dt.timedelta(days=row % 365)).isoformat(), rng.randint(0, 5000),
                             f"{rng.uniform(0, 1e9):.2f}", percent, rng.choice(("true", "false")),
                             " ".join(rng.choices(SUBJECTS, k=3))])


def write_dip(path: Path, count: int, datasets: list[str], rng: random.Random) -> None:
    """The sample's entries (their dataset links dropped) plus ``count`` generated ones."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        columns = list(reader.fieldnames or [])
        entries = [{**row, "dataset": "", "tautan_dokumen": "" if row["tautan_dokumen"] == SCANNED
                    else row["tautan_dokumen"]} for row in reader]
    for number in range(count):
        category, code = CATEGORIES[number % len(CATEGORIES)]
        subject = SUBJECTS[number % len(SUBJECTS)]
        year = 2015 + number % 11
        entries.append({column: "" for column in columns} | {
            "id": f"SIN-{code}-{number:05d}", "kategori": category,
            "judul": f"Informasi {subject} nomor {number} tahun {year}",
            "ringkasan": f"Ringkasan informasi {subject} Kota Contoh tahun {year}, "
                         f"{' '.join(rng.choices(SUBJECTS, k=8))}.",
            "pejabat_penguasa": UNITS[number % len(UNITS)], "penanggung_jawab": "Kepala Bidang",
            "waktu_pembuatan": str(year), "tahun": str(year), "tempat_pembuatan": "Kota Contoh",
            "bentuk_informasi": "softcopy", "retensi": "5 tahun", "tanggal_pembaruan": "2026-07-01",
            "dataset": datasets[number % len(datasets)] if datasets and number % 4 == 0 else ""})
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(entries)


def commit(repo: Path) -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": COMMIT_DATE, "GIT_COMMITTER_DATE": COMMIT_DATE,
           "GIT_AUTHOR_NAME": "PPID", "GIT_AUTHOR_EMAIL": "ppid@example.invalid",
           "GIT_COMMITTER_NAME": "PPID", "GIT_COMMITTER_EMAIL": "ppid@example.invalid"}
    (repo / ".gitignore").write_text(".etalase/\nsite/\n", encoding="utf-8")
    for command in (["init", "-q", "-b", "main"], ["add", "-A"], ["commit", "-q", "-m", "Synthetic portal"]):
        subprocess.run(["git", "-C", str(repo), *command], check=True, env=env)


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("out", type=Path)
    args.add_argument("--datasets", type=int, default=50)
    args.add_argument("--rows", type=int, default=200)
    args.add_argument("--dip", type=int, default=500)
    args.add_argument("--seed", type=int, default=7)
    options = args.parse_args()
    write_portal(options.out, datasets=options.datasets, rows=options.rows, dip=options.dip, seed=options.seed)
    print(f"{options.out}: {options.datasets} datasets x {options.rows} rows, {options.dip} DIP entries")


if __name__ == "__main__":
    main()
