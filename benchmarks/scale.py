"""Build a synthetic portal with the real CLI and print the scale figures, one per line.

    PYTHONPATH=. .venv/bin/python benchmarks/scale.py --size small [--engine zensical] [--out DIR]

Sizes: small (50 datasets x 200 rows, 500 DIP entries), mid (100 x 200, 2,500), medium (1,000 x 1,000, 10,000), large
(5,000 x 1,000, 10,000). benchmarks/synth.py writes the portal; every build is
``python -m generator build --timings`` in a child process: a cold build (no .etalase/, no
site/), a no-op rebuild, and a rebuild after one dataset's CSV changed. Peak memory is the
largest resident set of one process of the build (the generator or the site engine), read with
getrusage in a wrapper process. A failed build (for example ``site-too-large``) is reported with
its problem codes and the figures of the stages it ran, and the harness goes on. The docs tree
and the site get a size breakdown per kind of file; ``--release`` also prepares the release
folder (``publish --folder``) and counts its precompressed copies. The first search counts the
bytes a browser fetches for one query (benchmarks/search_budget.py's measurement). Figures only: nothing is asserted.
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
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath

from benchmarks.search_budget import summary
from benchmarks.synth import write_portal
from generator.publish.release import prepare

ROOT = Path(__file__).resolve().parents[1]
# mid: between small and medium, large enough for a search index in several parts (searchindex.py)
SIZES = {"tiny": (5, 20, 30), "small": (50, 200, 500), "mid": (100, 200, 2_500), "medium": (1_000, 1_000, 10_000),
         "large": (5_000, 1_000, 10_000)}
STAGE = re.compile(r"^stage (.+?)\s+([0-9.]+) s$", re.MULTILINE)
PROBLEM_CODE = re.compile(r"\[([a-z]+(?:-[a-z]+)+)\]")  # codes as the problem report prints them
# Runs a command and prints the largest resident set (KB) of the processes it waited for.
WRAPPER = ("import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
           "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr); sys.exit(code)")


@dataclass(frozen=True)
class Run:
    """One ``build --timings``: wall time, stage times, peak RSS (KB), and why it failed if it did."""

    wall: float
    stages: dict[str, float]
    rss: int
    failure: str = ""  # the problem codes (or the last line) of a failed build


def build(repo: Path, engine: str, max_site_mb: float | None = None) -> Run:
    """One ``build --timings``; a failed build still gives the figures of the stages it ran."""
    limit = ["--max-site-mb", f"{max_site_mb:g}"] if max_site_mb else []
    command = [sys.executable, "-c", WRAPPER, sys.executable, "-m", "generator", "--root", str(repo), *limit,
               "build", "--timings", "--engine", engine]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    wall = time.perf_counter() - start
    stages = {name.strip(): float(seconds) for name, seconds in STAGE.findall(result.stdout)}
    lines = result.stderr.strip().splitlines()
    rss = int(lines[-1]) if lines and lines[-1].isdigit() else 0
    failure = ""
    if result.returncode != 0:
        codes = sorted(set(PROBLEM_CODE.findall(result.stdout)))
        last = (lines[-2] if len(lines) > 1 else result.stdout.strip().splitlines()[-1:] or [""])
        failure = f"exit {result.returncode}: " + (", ".join(codes) if codes else str(last).strip()[:200])
    return Run(wall, stages, rss, failure)


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
    line, rows = summary(site, query)
    kinds = ", ".join(" ".join(row.split()[:3]) + f"/{row.split()[4]}" for row in rows)
    return f"{line}: {kinds}"


def brief(stages: dict[str, float]) -> str:
    return ", ".join(f"{name} {seconds:.1f}" for name, seconds in stages.items() if name != "total")


def report(repo: Path, engine: str, *, release: bool = False, max_site_mb: float | None = None) -> None:
    shutil.rmtree(repo / ".etalase", ignore_errors=True)
    shutil.rmtree(repo / "site", ignore_errors=True)
    run = build(repo, engine, max_site_mb)
    print(f"[{engine}] cold build        {run.wall:8.1f} s{failed(run)}")
    for name, seconds in run.stages.items():
        print(f"[{engine}]   {name:<16} {seconds:8.2f} s")
    print(f"[{engine}] peak RSS          {run.rss / 1024:8.0f} MB")
    for label, value in breakdown(repo / ".etalase" / "docs", repo / ".etalase"):
        print(f"[{engine}] docs tree {label:<22} {value}")
    run = build(repo, engine, max_site_mb)
    print(f"[{engine}] no-op rebuild     {run.wall:8.1f} s ({brief(run.stages)}){failed(run)}")
    change_one_dataset(repo)
    run = build(repo, engine, max_site_mb)
    print(f"[{engine}] one dataset changed {run.wall:6.1f} s ({brief(run.stages)}){failed(run)}")
    site = repo / "site"
    if not (site / "index.html").is_file():
        print(f"[{engine}] site              not built: no site figures")
        return
    names = sorted(path.name for path in (repo / "datasets").iterdir())
    for label, value in site_figures(site, names):
        print(f"[{engine}] {label:<17} {value}")
    for label, value in breakdown(site):
        print(f"[{engine}] site {label:<27} {value}")
    if release:
        for label, value in release_figures(site):
            print(f"[{engine}] release {label:<24} {value}")
    print(f"[{engine}] first search      {first_search(site, 'anggaran')}")


def failed(run: Run) -> str:
    return f"  BUILD FAILED ({run.failure})" if run.failure else ""


def kind_of(rel: str) -> str:
    """Where a file of the site (or docs tree) belongs, for the size breakdown."""
    parts = rel.split("/")
    tree = ""
    if parts[0] == "en":
        tree, parts = "en/", parts[1:]
    suffix = PurePosixPath(parts[-1]).suffix.lstrip(".") or "none"
    top = parts[0] if len(parts) > 1 else "(top)"
    if top == "dataset" and len(parts) > 2:
        if parts[2] == "unduh":
            return f"{tree}dataset/*/unduh/*.{suffix}"
        return f"{tree}dataset/*/*.{suffix}" if len(parts) == 3 else f"{tree}dataset/*/**.{suffix}"
    if top in ("pagefind", "assets", "search"):
        return f"{tree}{top}/"
    return f"{tree}{top}/*.{suffix}"


def breakdown(folder: Path, *others: Path) -> list[tuple[str, str]]:
    """Bytes and files per kind of file (kind_of), largest first; ``others`` count the
    other-language docs trees (``docs-*`` beside the default one) under ``en/``."""
    totals: dict[str, list[int]] = {}
    roots = [(folder, "")] + [(path, "en/") for other in others for path in sorted(other.glob("docs-*"))]
    for root, prefix in roots:
        for path in root.rglob("*"):
            if path.is_file():
                entry = totals.setdefault(kind_of(prefix + path.relative_to(root).as_posix()), [0, 0])
                entry[0] += path.stat().st_size
                entry[1] += 1
    total = sum(size for size, _ in totals.values())
    rows = [("total", f"{total / 1e6:8.1f} MB in {sum(count for _, count in totals.values())} files")]
    for kind, (size, count) in sorted(totals.items(), key=lambda item: -item[1][0]):
        if size >= total / 200:  # kinds of at least 0.5 %
            rows.append((kind, f"{size / 1e6:8.1f} MB in {count:6d} files ({size / count / 1e3:.1f} KB each)"))
    return rows


def release_figures(site: Path) -> list[tuple[str, str]]:
    """What ``publish --folder`` uploads: the site plus its precompressed .gz and .br copies."""
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        dest = prepare(site, Path(tmp) / "release", site_url=None)
        seconds = time.perf_counter() - start
        sizes = {suffix: 0 for suffix in (".gz", ".br", "other")}
        for path in dest.rglob("*"):
            if path.is_file():
                key = path.suffix if path.suffix in (".gz", ".br") else "other"
                sizes[key] += path.stat().st_size
    total = sum(sizes.values())
    return [("total", f"{total / 1e6:8.1f} MB ({seconds:.0f} s to prepare)"),
            ("precompressed .gz", f"{sizes['.gz'] / 1e6:8.1f} MB"),
            ("precompressed .br", f"{sizes['.br'] / 1e6:8.1f} MB")]


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--size", choices=sorted(SIZES), default="small")
    args.add_argument("--engine", action="append", choices=("mkdocs", "zensical"),
                      help="site engine (repeat for both; default mkdocs)")
    args.add_argument("--out", type=Path, help="folder of the synthetic portal (default: a temporary one)")
    args.add_argument("--seed", type=int, default=7)
    args.add_argument("--release", action="store_true",
                      help="also measure the release folder (publish --folder: .gz and .br copies)")
    args.add_argument("--max-site-mb", type=float,
                      help="the build's site size limit (a body's own server has none; default: the generator's 1 GB)")
    options = args.parse_args()
    datasets, rows, dip = SIZES[options.size]
    repo = options.out or Path(tempfile.mkdtemp(prefix=f"etalase-{options.size}-"))
    start = time.perf_counter()
    write_portal(repo, datasets=datasets, rows=rows, dip=dip, seed=options.seed)
    print(f"portal            {options.size}: {datasets} datasets x {rows} rows x 10 columns, {dip} DIP entries "
          f"({time.perf_counter() - start:.1f} s to write, {repo})")
    try:
        for engine in options.engine or ["mkdocs"]:
            report(repo, engine, release=options.release, max_site_mb=options.max_site_mb)
            write_portal(repo, datasets=datasets, rows=rows, dip=dip, seed=options.seed)  # undo the change
    finally:
        if options.out is None:
            shutil.rmtree(repo, ignore_errors=True)


if __name__ == "__main__":
    main()
