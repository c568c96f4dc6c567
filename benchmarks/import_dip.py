"""Time import-dip on the real DIP exports: the 1.4k-document PPID Kota Bekasi JSON and the Jabar HTML table.

    PYTHONPATH=. .venv/bin/python benchmarks/import_dip.py [BEKASI_JSON]

BEKASI_JSON defaults to the shared corpus's output/ppid_pembantu.json (all 42 offices, every record
twice); without it, the smaller Serta_Merta.json kept in tests/import_corpus/real/ is used.
Prints rows read, duplicates removed, rows written, problems by code and seconds (best of three),
then the whole command (import, write content/dip.csv, validate what remains) in a copy of the
small test site. Figures only, no assertion.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from generator.cli import main as cli
from generator.importer.dip import import_dip

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path("/work/shared/corpus/real/ppid-kota-bekasi-dip/output/ppid_pembantu.json")
KEPT = ROOT / "tests" / "import_corpus" / "real"
JABAR = KEPT / "pemprov-jabar-dip-html" / "daftar-informasi-publik.blade.php"


def measure(path: Path) -> None:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        imported = import_dip(path, shown=path.name)
        times.append(time.perf_counter() - start)
    counts = Counter(problem.code for problem in imported.problems)
    print(f"{path.name}: {path.stat().st_size / 1e6:.2f} MB, {imported.read} rows read, "
          f"{imported.duplicates} duplicates removed, {len(imported.rows)} rows written, "
          f"best of 3: {min(times):.3f} s")
    print("  problems: " + ", ".join(f"{code} {count}" for code, count in sorted(counts.items())))


def whole_command(path: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        repo = Path(folder) / "repo"
        for name in ("content", "datasets"):
            shutil.copytree(ROOT / "tests" / "fixtures" / "mini" / name, repo / name)
        shutil.copyfile(ROOT / "mkdocs.yml", repo / "mkdocs.yml")
        (repo / "content" / "dip.csv").unlink()
        (repo / "content" / "dik.csv").unlink()
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()) as out:
            code = cli(["--root", str(repo), "--no-cache", "import-dip", str(path)])
        elapsed = time.perf_counter() - start
        remaining = out.getvalue().split("Yang masih akan dilaporkan validate:")[-1].strip().splitlines()
        print(f"whole import-dip command incl. validate of the result: {elapsed:.2f} s (exit {code}), "
              f"{len(remaining)} kinds of problem left for validate")


def run(bekasi: Path) -> None:
    measure(bekasi)
    measure(JABAR)
    whole_command(bekasi)


if __name__ == "__main__":
    given = Path(sys.argv[1]) if len(sys.argv) > 1 else (
        SHARED if SHARED.is_file() else KEPT / "ppid-kota-bekasi-dip" / "Serta_Merta.json")
    run(given)
