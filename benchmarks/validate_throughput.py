"""Validation throughput: Frictionless alone against ``pipeline.check`` on the same files.

    .venv/bin/python benchmarks/validate_throughput.py [--datasets 40] [--rows 5000] [--jobs 1 2] [--repeat 3]

Writes a portal of N datasets (one CSV of R rows x 10 typed columns with a full schema each,
deterministic) to a temporary folder, then prints rows per second of: Frictionless validating
each package in turn; our whole check stage (load + every rule + Frictionless) without the
cache at each --jobs; and the same with a warm cache. The ratio is ours / Frictionless. Each
figure is the median of --repeat runs, the runs of the different measures interleaved so a
change in the machine's load touches them alike. CPU seconds (worker processes included) are
printed beside the wall-clock ones: on a shared machine they show the work done, whatever
the other jobs take; the wall-clock gain of --jobs 2 needs two free cores.

To compare two commits within one run, point PYTHONPATH at each checkout in turn with this
script (``--label`` names the line).
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import statistics
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import yaml
from frictionless import Package

from generator import pipeline
from generator.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "fixtures" / "mini"
FIELDS = [
    {"name": "id", "type": "integer", "constraints": {"required": True, "minimum": 1}},
    {"name": "kode", "type": "string", "constraints": {"required": True, "pattern": "[A-Z]{3}-[0-9]{4}"}},
    {"name": "nama_unit", "type": "string"},
    {"name": "tanggal", "type": "date"},
    {"name": "tahun", "type": "integer", "constraints": {"minimum": 2000, "maximum": 2030}},
    {"name": "jumlah", "type": "integer", "constraints": {"minimum": 0}},
    {"name": "nilai", "type": "number"},
    {"name": "persen", "type": "number", "constraints": {"minimum": 0, "maximum": 100}},
    {"name": "aktif", "type": "boolean"},
    {"name": "kategori", "type": "string", "constraints": {"enum": ["belanja", "pendapatan", "pembiayaan"]}},
]
UNITS = ["Dinas Pendidikan", "Dinas Kesehatan", "Bappeda", "Dinas Perhubungan", "Sekretariat Daerah"]


def rows(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    lines = [",".join(str(field["name"]) for field in FIELDS)]
    for number in range(1, count + 1):
        lines.append(",".join((
            str(number), f"{rng.choice('ABCDEFG')}{rng.choice('HIJKLMN')}{rng.choice('OPQRSTU')}-{number % 10000:04d}",
            rng.choice(UNITS), f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", str(rng.randint(2015, 2025)),
            str(rng.randint(0, 100000)), f"{rng.uniform(0, 1e6):.2f}", f"{rng.uniform(0, 100):.1f}",
            rng.choice(("true", "false")), rng.choice(("belanja", "pendapatan", "pembiayaan")))))
    return lines


def descriptor(name: str) -> dict[str, object]:
    fields = [{**field, "title": str(field["name"]).replace("_", " ").title(),
               "description": f"Kolom {field['name']}."} for field in FIELDS]
    return {"name": name, "title": f"Data uji {name}", "description": "Data sintetis untuk mengukur validasi.",
            "keywords": ["uji"], "topic": "Keuangan", "frequency": "tahunan",
            "licenses": [{"name": "CC-BY-4.0", "title": "Creative Commons Attribution 4.0",
                          "path": "https://creativecommons.org/licenses/by/4.0/"}],
            "publisher": {"name": "Badan Uji Coba", "unit": "Sekretariat"},
            "contact": {"name": "PPID", "email": "ppid@uji.example"},
            "resources": [{"name": "data", "path": "data.csv", "title": "Data",
                           "description": "Satu baris per catatan.",
                           "schema": {"fields": fields, "primaryKey": ["id"], "missingValues": [""]}}]}


def make_portal(root: Path, *, datasets: int, row_count: int) -> list[Path]:
    shutil.copytree(MINI / "content", root / "content")
    shutil.copytree(MINI / "datasets", root / "datasets")  # the one the DIP links to
    shutil.copyfile(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    folders = []
    for index in range(datasets):
        folder = root / "datasets" / f"data-{index:04d}"
        folder.mkdir(parents=True)
        (folder / "data.csv").write_text("\n".join(rows(row_count, index)) + "\n", encoding="utf-8")
        (folder / "datapackage.yaml").write_text(yaml.safe_dump(descriptor(folder.name), sort_keys=False),
                                                 encoding="utf-8")
        folders.append(folder)
    return folders


def cpu_seconds() -> float:
    """CPU time of this process and of its finished worker processes."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def frictionless_alone(folders: list[Path]) -> tuple[float, float]:
    """Wall and CPU seconds of Frictionless validating each package in turn."""
    start, cpu = time.perf_counter(), cpu_seconds()
    for folder in folders:
        report = Package(str(folder / "datapackage.yaml")).validate()
        assert report.valid, report.flatten(["type", "note"])[:3]
    return time.perf_counter() - start, cpu_seconds() - cpu


def ours(root: Path, *, jobs: int, cache: bool) -> tuple[float, float]:
    """Wall and CPU seconds (workers included) of the whole check stage."""
    start, cpu = time.perf_counter(), cpu_seconds()
    outcome = pipeline.check(Settings(root=root, jobs=jobs, cache=cache))
    elapsed = time.perf_counter() - start
    assert not outcome.failed, outcome.problems[:3]
    return elapsed, cpu_seconds() - cpu


def burn(count: int) -> int:
    total = 0
    for number in range(count):
        total += number * number
    return total


def free_cores(jobs: int) -> float:
    """How many cores this machine gives now: a CPU-bound loop, once in a row and in parallel."""
    start = time.perf_counter()
    for _ in range(jobs):
        burn(5_000_000)
    serial = time.perf_counter() - start
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        start = time.perf_counter()
        list(pool.map(burn, [5_000_000] * jobs))
    return serial / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--datasets", type=int, default=40)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--label", default="", help="printed before each figure (e.g. a commit)")
    options = parser.parse_args()
    total = options.datasets * options.rows
    label = f"{options.label}: " if options.label else ""
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        folders = make_portal(root, datasets=options.datasets, row_count=options.rows)
        print(f"{label}cores free now (CPU-bound loop, {max(options.jobs)} processes): "
              f"{free_cores(max(options.jobs)):.2f} of {os.cpu_count()}")
        print(f"{label}portal: {options.datasets} datasets x {options.rows} rows x {len(FIELDS)} columns "
              f"= {total} rows; medians of {options.repeat} runs")
        alone: list[tuple[float, float]] = []
        cold: dict[int, list[tuple[float, float]]] = {jobs: [] for jobs in options.jobs}
        for _ in range(options.repeat):
            alone.append(frictionless_alone(folders))
            for jobs in options.jobs:
                cold[jobs].append(ours(root, jobs=jobs, cache=False))
        base = statistics.median(wall for wall, _ in alone)
        base_cpu = statistics.median(cpu for _, cpu in alone)
        print(f"{label}frictionless alone, sequential: {base:.2f} s, {total / base:,.0f} rows/s "
              f"(CPU {base_cpu:.2f} s)")
        for jobs in options.jobs:
            seconds = statistics.median(wall for wall, _ in cold[jobs])
            cpu = statistics.median(cpu for _, cpu in cold[jobs])
            print(f"{label}etalase check --jobs {jobs} --no-cache: {seconds:.2f} s, {total / seconds:,.0f} rows/s, "
                  f"ratio {base / seconds:.2f} (CPU {cpu:.2f} s, CPU ratio {base_cpu / cpu:.2f})")
        ours(root, jobs=max(options.jobs), cache=True)
        warm = statistics.median(ours(root, jobs=max(options.jobs), cache=True)[0] for _ in range(options.repeat))
        print(f"{label}etalase check, warm cache: {warm:.2f} s ({total / warm:,.0f} rows/s, ratio {base / warm:.2f})")
        print(f"{label}cores free at the end: {free_cores(max(options.jobs)):.2f} of {os.cpu_count()}")

if __name__ == "__main__":
    main()
