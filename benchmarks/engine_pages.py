"""The site engine's cost per page, with and without its fast path, on a portal built before.

    PYTHONPATH=. .venv/bin/python benchmarks/engine_pages.py /tmp/enginefast-mid [--rounds 3]

Runs the engine stage's commands (build/engine.py's MkDocs command on each language's
configuration in ``.etalase/``, as the last ``build`` wrote them) into a temporary folder,
alternating ``ETALASE_ENGINE_FAST=0`` (every page through Python-Markdown and the theme, the
reference) and the fast path, for several rounds. Prints, per mode, the median wall time, CPU
time (user + system) and largest resident set of one engine process, the CPU time per page, and
whether both modes wrote the same bytes in every file. Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generator.build.engine import ENGINES, FAST_ENV

ROOT = Path(__file__).resolve().parents[1]
# Runs a command; prints its children's CPU seconds and largest resident set (KB).
WRAPPER = ("import resource, subprocess, sys; code = subprocess.run(sys.argv[1:]).returncode; "
           "use = resource.getrusage(resource.RUSAGE_CHILDREN); "
           "print(use.ru_utime + use.ru_stime, use.ru_maxrss, file=sys.stderr); sys.exit(code)")


def run_engine(work: Path, site: Path, *, fast: bool) -> tuple[float, float, int]:
    """Both languages' engine runs: wall seconds, CPU seconds, the largest resident set (KB)."""
    env = {**os.environ, FAST_ENV: "1" if fast else "0", "SOURCE_DATE_EPOCH": "1767225600",
           "PYTHONPATH": os.pathsep.join(part for part in (str(ROOT), os.environ.get("PYTHONPATH")) if part)}
    wall = cpu = 0.0
    rss = 0
    for config in sorted(work.glob("mkdocs*.yml")):
        code = config.stem.removeprefix("mkdocs").removeprefix("-")
        target = site / code if code else site
        command = [part.format(config=config, site=target) for part in ENGINES["mkdocs"].command]
        start = time.perf_counter()
        result = subprocess.run([sys.executable, "-c", WRAPPER, *command], capture_output=True, text=True,
                                env=env, check=False)
        wall += time.perf_counter() - start
        if result.returncode != 0:
            raise SystemExit(f"{config.name}: the engine failed\n{result.stderr[-2000:]}")
        seconds, kilobytes = result.stderr.strip().splitlines()[-1].split()
        cpu, rss = cpu + float(seconds), max(rss, int(kilobytes))
    return wall, cpu, rss


def contents(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("portal", type=Path, help="a portal built with `python -m generator build`")
    args.add_argument("--rounds", type=int, default=3)
    options = args.parse_args()
    work = options.portal / ".etalase"
    pages = sum(1 for _ in (work / "docs").rglob("*.md")) + sum(1 for _ in work.glob("docs-*/**/*.md"))
    figures: dict[bool, list[tuple[float, float, int]]] = {False: [], True: []}
    same = True
    with tempfile.TemporaryDirectory(prefix="engine-pages-") as folder:
        for round_ in range(options.rounds):
            built: dict[bool, dict[str, bytes]] = {}
            for fast in ((False, True) if round_ % 2 == 0 else (True, False)):
                site = Path(folder) / f"site-{round_}-{int(fast)}"
                figures[fast].append(run_engine(work, site, fast=fast))
                built[fast] = contents(site)
            same = same and built[False] == built[True]
    print(f"portal          {options.portal} ({pages} pages in the docs trees), {options.rounds} rounds")
    for fast, label in ((False, "every page"), (True, "fast path")):
        wall, cpu, rss = (statistics.median(values) for values in zip(*figures[fast], strict=True))
        print(f"{label:<15} wall {wall:7.1f} s  cpu {cpu:7.1f} s ({cpu / pages * 1e3:.2f} ms a page)  "
              f"peak RSS {rss / 1024:.0f} MB")
    ratio = statistics.median(cpu for _, cpu, _ in figures[False]) / statistics.median(
        cpu for _, cpu, _ in figures[True])
    print(f"cpu ratio       {ratio:.2f}x")
    print(f"same output     {'yes, every file byte for byte' if same else 'NO'}")


if __name__ == "__main__":
    main()
