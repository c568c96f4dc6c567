"""Time the pre-flight checks against Frictionless on a large generated CSV file.

    .venv/bin/python benchmarks/preflight.py [ROWS]

Prints the file size and the seconds each stage takes; no assertion, figures only.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from generator.validate.checks.datafiles import inspect
from generator.validate.frictionless import validate_table

SCHEMA = {"fields": [
    {"name": "id", "type": "integer"}, {"name": "kode_wilayah", "type": "string"},
    {"name": "nama", "type": "string"}, {"name": "tanggal", "type": "date"},
    {"name": "jumlah", "type": "number"}]}


def write(path: Path, rows: int) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("id,kode_wilayah,nama,tanggal,jumlah\n")
        for index in range(rows):
            handle.write(f"{index},32.{index % 27:02d},Desa Contoh {index},2025-01-{index % 28 + 1:02d},"
                         f"{index * 1.5}\n")


def main(rows: int) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "besar.csv"
        write(path, rows)
        size = path.stat().st_size / 1_000_000
        start = time.perf_counter()
        verdict = inspect(path, schema=SCHEMA, dialect={}, file="besar.csv", max_bytes=10**9)
        middle = time.perf_counter()
        problems = validate_table(path, SCHEMA, file="besar.csv")
        end = time.perf_counter()
    print(f"rows: {rows}, size: {size:.1f} MB")
    print(f"pre-flight: {middle - start:.2f} s ({len(verdict.problems)} problems)")
    print(f"frictionless: {end - middle:.2f} s ({len(problems)} problems)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000)
