"""Time and size the derived downloads of generated datasets, one figure per line.

    PYTHONPATH=. .venv/bin/python benchmarks/downloads.py [--datasets 10] [--rows 1000] [--jobs 2] [--before REV]

benchmarks/synth.py writes the datasets (the 10 columns of the synthetic portal: text,
integer, number, date, boolean); each is read the way the build reads it and written as every
derived download, one at a time (medians, so a shared machine disturbs them less), then all
of them as the build writes them (``dataset_outputs``, in ``--jobs`` processes). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import tempfile
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.synth import ROOT, dataset_name, write_dataset
from generator.catalog.downloads import derived_bytes, records_json, xlsx_bytes, zip_entries
from generator.catalog.files import dataset_outputs
from generator.load.project import load_project
from generator.settings import Settings
from generator.validate.frictionless import typed_rows


class Figures:
    def __init__(self) -> None:
        self.times: dict[str, list[float]] = {}
        self.sizes: dict[str, list[int]] = {}

    def measure(self, label: str, make: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        value = make()
        self.times.setdefault(label, []).append(time.perf_counter() - start)
        if isinstance(value, bytes):
            self.sizes.setdefault(label, []).append(len(value))
        return value


def previous(revision: str) -> Any:
    """generator/catalog/downloads.py as it was at ``revision`` (its own imports as today)."""
    source = subprocess.run(["git", "-C", str(ROOT), "show", f"{revision}:generator/catalog/downloads.py"],
                            capture_output=True, text=True, check=True).stdout
    module = types.ModuleType("downloads_before")
    exec(compile(source, f"{revision}:generator/catalog/downloads.py", "exec"), module.__dict__)
    return module


def one_by_one(root: Path, figures: Figures, before: Any) -> None:
    project, _ = load_project(Settings(root=root))
    for dataset in project.datasets:
        resource = dataset.resources[0]
        folder = root / dataset.folder
        columns = [(field.name, field.type) for field in resource.fields]
        csv_bytes = (root / resource.source).read_bytes()
        figures.sizes.setdefault("csv", []).append(len(csv_bytes))
        rows = figures.measure("read typed rows", lambda: list(typed_rows(resource.descriptor, folder)))  # noqa: B023
        figures.measure("json", lambda: records_json(rows))  # noqa: B023
        figures.measure("xlsx", lambda: xlsx_bytes(columns, rows, title=resource.title))  # noqa: B023
        figures.measure("read + json + xlsx", lambda: derived_bytes(
            columns, typed_rows(resource.descriptor, folder), title=resource.title, formats=("JSON", "XLSX")))  # noqa: B023
        if before is not None:  # the same rows through the earlier writers, in the same run
            figures.measure("before: read typed rows", lambda: list(typed_rows(resource.descriptor, folder)))  # noqa: B023
            figures.measure("before: json", lambda: before.records_json(rows))  # noqa: B023
            figures.measure("before: xlsx", lambda: before.xlsx_bytes(columns, rows, title=resource.title))  # noqa: B023
        figures.measure("zip", lambda: zip_entries([("datapackage.json", b"{}"), ("data.csv", csv_bytes)]))  # noqa: B023


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--datasets", type=int, default=10)
    args.add_argument("--rows", type=int, default=1000)
    args.add_argument("--jobs", type=int, default=2)
    args.add_argument("--before", metavar="REV", help="also time the JSON and XLSX writers of this git revision")
    options = args.parse_args()
    rng = random.Random(7)
    figures = Figures()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "content").mkdir()
        for number in range(options.datasets):
            write_dataset(root / "datasets" / dataset_name(number), number, rows=options.rows, rng=rng)
        one_by_one(root, figures, previous(options.before) if options.before else None)
        project, _ = load_project(Settings(root=root))
        for jobs in sorted({1, options.jobs}):
            start = time.perf_counter()
            dataset_outputs(list(project.datasets), root, jobs=jobs)
            figures.times[f"all, {jobs} process(es)"] = [(time.perf_counter() - start) / options.datasets]
    print(f"datasets          {options.datasets} x {options.rows} rows x 10 columns")
    for label, values in figures.times.items():
        print(f"time {label:<22} {statistics.median(values) * 1000:8.1f} ms per dataset (median)")
    for label, counts in figures.sizes.items():
        print(f"size {label:<22} {statistics.median(counts) / 1024:8.1f} KB (median)")


if __name__ == "__main__":
    main()
