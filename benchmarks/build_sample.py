"""Build the sample site and print stage timings and sizes, one figure per line.

    .venv/bin/python benchmarks/build_sample.py [--root PATH] [--runs N]
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import time
from pathlib import Path

from generator.build.engine import build_site
from generator.build.write import write_tree
from generator.load.project import load_project
from generator.render.project import render_project
from generator.settings import Settings
from generator.validate.run import validate_project

ROOT = Path(__file__).resolve().parents[1]


def one_run(settings: Settings, out: Path) -> dict[str, float]:
    times: dict[str, float] = {}
    start = time.perf_counter()
    project, _ = load_project(settings)
    times["load"] = time.perf_counter() - start
    start = time.perf_counter()
    validate_project(project, settings)
    times["validate"] = time.perf_counter() - start
    start = time.perf_counter()
    tree = render_project(project, settings)
    write_tree(tree, settings.docs_dir)
    times["render"] = time.perf_counter() - start
    start = time.perf_counter()
    result = build_site(tree, base_config=settings.engine_config, docs_dir=settings.docs_dir,
                        site_dir=out, sample=True)
    assert result.ok, result.output
    times["site engine"] = time.perf_counter() - start
    return times


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("--root", type=Path, default=ROOT)
    args.add_argument("--runs", type=int, default=3)
    options = args.parse_args()
    settings = Settings(root=options.root.resolve())
    out = settings.work_dir / "bench-site"
    runs = [one_run(settings, out) for _ in range(options.runs)]
    for stage in runs[0]:
        print(f"{stage:<12} {statistics.median(run[stage] for run in runs):8.3f} s (median of {len(runs)})")
    print(f"{'total':<12} {statistics.median(sum(run.values()) for run in runs):8.3f} s")
    pages = sorted(out.rglob("*.html"))
    sizes = [page.stat().st_size for page in pages]
    gz = [len(gzip.compress(page.read_bytes())) for page in pages]
    total = sum(path.stat().st_size for path in out.rglob("*") if path.is_file())
    print(f"pages        {len(pages)}")
    print(f"site size    {total / 1024:.0f} KB")
    print(f"page size    average {statistics.mean(sizes) / 1024:.1f} KB, largest {max(sizes) / 1024:.1f} KB "
          f"({pages[sizes.index(max(sizes))].relative_to(out)})")
    print(f"gzip page    average {statistics.mean(gz) / 1024:.1f} KB, largest {max(gz) / 1024:.1f} KB")


if __name__ == "__main__":
    main()
