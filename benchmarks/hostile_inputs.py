"""Time and peak memory of `validate` on hostile or careless inputs (issue 18, bounded input).

    PYTHONPATH=. .venv/bin/python benchmarks/hostile_inputs.py [--code DIR] [--timeout S] [CASE ...]

Each case writes one payload into a fresh copy of tests/fixtures/mini and runs
``python -m generator --no-cache validate`` in its own process; the figures are the
wall time and the peak resident memory of that process (``getrusage`` of the child),
and the problem codes it reported with their place. The target: under 30 s and 1 GB
each. ``--code DIR`` runs the generator of another checkout (``git archive`` of an older
commit) on the same payloads, for before/after figures; each run is stopped after
``--timeout`` seconds and may use at most 4 GB of address space. tests/test_hostile.py
uses the same payload writers and asserts the located problems only (never a time).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MINI = ROOT / "tests" / "fixtures" / "mini"
PAGE = "content/pages/tentang.md"
CSV = "datasets/angka-kecil/angka.csv"
DESCRIPTOR = "datasets/angka-kecil/datapackage.yaml"
FRONT = "---\ntitle: Tentang\n---\n"


def _write(repo: Path, relative: str, text: str) -> None:
    (repo / relative).write_text(text, encoding="utf-8")


def brackets(repo: Path) -> None:
    _write(repo, PAGE, FRONT + "[" * 100_000 + "\n")


def nested_list(repo: Path) -> None:
    _write(repo, PAGE, FRONT + "".join(" " * level + "- x\n" for level in range(800)))


def chained_list(repo: Path) -> None:
    """800 list levels on one line: ``- - - ... x``."""
    _write(repo, PAGE, FRONT + "- " * 800 + "x\n")


def nested_links(repo: Path) -> None:
    _write(repo, PAGE, FRONT + "[a](" * 100_000 + "\n")


def stars(repo: Path) -> None:
    _write(repo, PAGE, FRONT + "*" * 100_000 + "\n")


def wide_csv(repo: Path) -> None:
    """200,000 columns, 2.3 MB: the header and one row."""
    header = ["bulan", "kode", "nilai"] + [f"k{index}" for index in range(199_997)]
    row = ["2025-01-01", "AB", "1"] + ["1"] * 199_997
    _write(repo, CSV, ",".join(header) + "\n" + ",".join(row) + "\n")


def one_line_csv(repo: Path) -> None:
    """A data row of 40 MB: one quoted cell without an end."""
    _write(repo, CSV, 'bulan,kode,nilai\n2025-01-01,AB,"' + "1234567890" * 4_000_000 + '"\n')


def alias_bomb(repo: Path) -> None:
    """Under 1 KB; expands to 10^9 values."""
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]']
    lines += [f"a{level}: &a{level} [" + ",".join([f"*a{level - 1}"] * 10) + "]" for level in range(1, 9)]
    text = (repo / DESCRIPTOR).read_text(encoding="utf-8")
    _write(repo, DESCRIPTOR, text + "bomb:\n" + "".join(f"  {line}\n" for line in lines))


def deep_yaml(repo: Path) -> None:
    text = (repo / DESCRIPTOR).read_text(encoding="utf-8")
    _write(repo, DESCRIPTOR, text + "deep: " + "[" * 50_000 + "]" * 50_000 + "\n")


def deep_site_yaml(repo: Path) -> None:
    text = (repo / "content" / "site.yaml").read_text(encoding="utf-8")
    _write(repo, "content/site.yaml", text + "deep: " + "{a: " * 20_000 + "1" + "}" * 20_000 + "\n")


def site_alias_bomb(repo: Path) -> None:
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x","x"]']
    lines += [f"a{level}: &a{level} [" + ",".join([f"*a{level - 1}"] * 10) + "]" for level in range(1, 9)]
    text = (repo / "content" / "site.yaml").read_text(encoding="utf-8")
    _write(repo, "content/site.yaml", text + "bomb:\n" + "".join(f"  {line}\n" for line in lines))


def nul_document(repo: Path) -> None:
    path = repo / "content" / "dip.csv"
    rows = path.read_text(encoding="utf-8").splitlines()
    cells = rows[1].split(",")
    cells[12] = "dokumen/laporan\x00.pdf"
    rows[1] = ",".join(cells)
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


CASES: dict[str, Callable[[Path], None]] = {
    "100,000 [ in a page": brackets, "list 800 levels deep": nested_list,
    "list 800 levels on one line": chained_list,
    "100,000 nested links": nested_links, "100,000 * in a page": stars,
    "CSV of 200,000 columns (2.3 MB)": wide_csv, "CSV of 40 MB on one line": one_line_csv,
    "YAML alias bomb (10^9 values, < 1 KB)": alias_bomb, "YAML 50,000 levels deep": deep_yaml,
    "site.yaml 20,000 levels deep": deep_site_yaml, "site.yaml alias bomb": site_alias_bomb,
    "NUL byte in tautan_dokumen": nul_document,
}

MEASURE = """
import json, resource, subprocess, sys, time
def cap():
    resource.setrlimit(resource.RLIMIT_AS, (4 << 30, 4 << 30))
start = time.perf_counter()
try:
    result = subprocess.run([sys.executable, "-m", "generator", "--root", sys.argv[1], "--no-cache",
                             "validate", "--format", "json"], capture_output=True, text=True,
                            timeout=float(sys.argv[2]), preexec_fn=cap)
    code, out = result.returncode, result.stdout
except subprocess.TimeoutExpired:
    code, out = "timeout", ""
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_kb": peak, "exit": code, "report": out}))
"""


def copy_mini(target: Path) -> Path:
    for name in ("content", "datasets"):
        shutil.copytree(MINI / name, target / name)
    shutil.copyfile(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    return target


def measure(name: str, write: Callable[[Path], None], *, code: Path = ROOT,
            timeout: float = 120) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as folder:
        repo = copy_mini(Path(folder) / "mini")
        write(repo)
        out = subprocess.run([sys.executable, "-c", MEASURE, str(repo), str(timeout)], capture_output=True,
                             text=True, cwd=code, env={**os.environ, "PYTHONPATH": str(code)}, check=True)
    figures = json.loads(out.stdout)
    try:
        problems = json.loads(figures["report"])["problems"]
    except (ValueError, KeyError):
        problems = []
    located = sorted({f"{p['code']} {p['file']}:{p.get('row') or p.get('line') or '-'}" for p in problems
                      if p["severity"] == "error"})[:3]
    return {"case": name, "seconds": figures["seconds"], "peak_mb": figures["peak_kb"] / 1024,
            "exit": figures["exit"], "errors": located}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose generator runs")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("cases", nargs="*", help="substrings of case names (default: all)")
    args = parser.parse_args(argv)
    chosen = {name: write for name, write in CASES.items()
              if not args.cases or any(arg in name for arg in args.cases)}
    print(f"{'case':40} {'time':>8} {'peak':>9}  exit  errors")
    for name, write in chosen.items():
        row = measure(name, write, code=args.code.resolve(), timeout=args.timeout)
        print(f"{name:40} {row['seconds']:7.1f}s {row['peak_mb']:7.0f}MB  {row['exit']!s:>4}  "
              + "; ".join(row["errors"]))  # type: ignore[arg-type]
    print(f"(self: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
