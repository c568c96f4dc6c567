"""Build a synthetic portal with the real CLI and print the scale figures, one per line.

    PYTHONPATH=. .venv/bin/python benchmarks/scale.py --size small [--engine zensical] [--out DIR]

Sizes: small (50 datasets x 200 rows, 500 DIP entries), mid (100 x 200, 2,500), medium (1,000 x 1,000, 10,000), large
(5,000 x 1,000, 10,000). benchmarks/synth.py writes the portal; every build is
``python -m generator build --timings`` in a child process: a cold build (no .etalase/, no
site/), a no-op rebuild, and a rebuild after one dataset's CSV changed. Peak memory is the
largest resident set of one process of the build (the generator or the site engine), read with
getrusage in a wrapper process. The first search counts the bytes a browser fetches for one
query (benchmarks/search_budget.py's measurement). Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

from benchmarks.search_budget import compressed, first_query
from benchmarks.synth import write_portal

ROOT = Path(__file__).resolve().parents[1]
# mid: between small and medium, large enough for a search index in several parts (searchindex.py)
SIZES = {"tiny": (5, 20, 30), "small": (50, 200, 500), "mid": (100, 200, 2_500), "medium": (1_000, 1_000, 10_000),
         "large": (5_000, 1_000, 10_000)}
STAGE = re.compile(r"^stage (.+?)\s+([0-9.]+) s$", re.MULTILINE)
# Runs a command and prints the largest resident set (KB) of the processes it waited for.
WRAPPER = ("import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
           "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(code)")


def build(repo: Path, engine: str) -> tuple[float, dict[str, float], int]:
    """Wall time, stage times and peak RSS (KB) of one ``build --timings``."""
    command = [sys.executable, "-c", WRAPPER, sys.executable, "-m", "generator", "--root", str(repo),
               "build", "--timings", "--engine", engine]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"build failed:\n{result.stdout}\n{result.stderr}")
    stages = {name.strip(): float(seconds) for name, seconds in STAGE.findall(result.stdout)}
    return wall, stages, int(result.stderr.strip().splitlines()[-1])


def change_one_dataset(repo: Path) -> None:
    """Change one value of the first dataset's CSV (the file stays valid)."""
    csv_file = sorted((repo / "datasets").glob("*/data.csv"))[0]
    lines = csv_file.read_text(encoding="utf-8").splitlines(keepends=True)
    cells = lines[1].split(",")
    cells[5] = str(int(cells[5]) + 1)
    lines[1] = ",".join(cells)
    csv_file.write_text("".join(lines), encoding="utf-8")


class NavLinks(HTMLParser):
    """Links inside ``<nav>`` elements of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "nav":
            self.depth += 1
        elif tag == "a" and self.depth:
            self.links.append(dict(attrs).get("href") or "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "nav" and self.depth:
            self.depth -= 1


def nav_dataset_links(page: Path, names: list[str]) -> int:
    """How many other dataset pages the page's navigation links to (the language switcher of
    a dataset page links to the same page in the other language)."""
    parser = NavLinks()
    parser.feed(page.read_text(encoding="utf-8"))
    linked = set()
    for link in parser.links:
        path = link.split("#")[0].split("?")[0]
        if not path or "://" in path:
            continue
        target = Path(os.path.normpath(page.parent / path))
        target = target.parent if target.name == "index.html" else target
        if target.parent.name == "dataset" and target.name in names and target.name != page.parent.name:
            linked.add(target.name)
    return len(linked)


def site_figures(site: Path, names: list[str]) -> list[tuple[str, str]]:
    files = [path for path in site.rglob("*") if path.is_file()]
    pages = [path for path in files if path.suffix == ".html"]
    sizes = {path: path.stat().st_size for path in pages}
    largest = max(sizes, key=lambda path: sizes[path])
    sample = sorted(pages)[:: max(1, len(pages) // 200)]  # a spread of pages: parsing all is slow
    return [
        ("site size", f"{sum(path.stat().st_size for path in files) / 1e6:.1f} MB in {len(files)} files"),
        ("pages", f"{len(pages)} HTML"),
        ("largest page", f"{sizes[largest] / 1e3:.0f} KB ({largest.relative_to(site).as_posix()})"),
        ("average page", f"{sum(sizes.values()) / len(pages) / 1e3:.1f} KB"),
        ("nav dataset links", f"{max(nav_dataset_links(page, names) for page in sample)} at most in the "
                              f"navigation of {len(sample)} pages checked"),
    ]


def first_search(site: Path, query: str) -> str:
    responses = [(url, compressed(site, url, size)) for url, size in first_query(site, query)]
    return f"{sum(count for _, count in responses) / 1024:.1f} KB compressed in {len(responses)} requests"


def brief(stages: dict[str, float]) -> str:
    return ", ".join(f"{name} {seconds:.1f}" for name, seconds in stages.items() if name != "total")


def report(repo: Path, engine: str) -> None:
    shutil.rmtree(repo / ".etalase", ignore_errors=True)
    shutil.rmtree(repo / "site", ignore_errors=True)
    wall, stages, rss = build(repo, engine)
    print(f"[{engine}] cold build        {wall:8.1f} s")
    for name, seconds in stages.items():
        print(f"[{engine}]   {name:<16} {seconds:8.2f} s")
    print(f"[{engine}] peak RSS          {rss / 1024:8.0f} MB")
    wall, stages, _ = build(repo, engine)
    print(f"[{engine}] no-op rebuild     {wall:8.1f} s ({brief(stages)})")
    change_one_dataset(repo)
    wall, stages, _ = build(repo, engine)
    print(f"[{engine}] one dataset changed {wall:6.1f} s ({brief(stages)})")
    names = sorted(path.name for path in (repo / "datasets").iterdir())
    for label, value in site_figures(repo / "site", names):
        print(f"[{engine}] {label:<17} {value}")
    print(f"[{engine}] first search      {first_search(repo / 'site', 'anggaran')}")


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--size", choices=sorted(SIZES), default="small")
    args.add_argument("--engine", action="append", choices=("mkdocs", "zensical"),
                      help="site engine (repeat for both; default mkdocs)")
    args.add_argument("--out", type=Path, help="folder of the synthetic portal (default: a temporary one)")
    args.add_argument("--seed", type=int, default=7)
    options = args.parse_args()
    datasets, rows, dip = SIZES[options.size]
    repo = options.out or Path(tempfile.mkdtemp(prefix=f"etalase-{options.size}-"))
    start = time.perf_counter()
    write_portal(repo, datasets=datasets, rows=rows, dip=dip, seed=options.seed)
    print(f"portal            {options.size}: {datasets} datasets x {rows} rows x 10 columns, {dip} DIP entries "
          f"({time.perf_counter() - start:.1f} s to write, {repo})")
    try:
        for engine in options.engine or ["mkdocs"]:
            report(repo, engine)
            write_portal(repo, datasets=datasets, rows=rows, dip=dip, seed=options.seed)  # undo the change
    finally:
        if options.out is None:
            shutil.rmtree(repo, ignore_errors=True)


if __name__ == "__main__":
    main()
