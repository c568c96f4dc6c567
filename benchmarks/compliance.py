"""Time the compliance stage on the sample and on a large synthetic request register.

    .venv/bin/python benchmarks/compliance.py [--requests N]

Prints one figure per line; never asserts a time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time
from pathlib import Path

from generator.compliance.context import gather
from generator.compliance.register import Request
from generator.compliance.service_report import figures_csv, year_report
from generator.compliance.wilayah import known
from generator.compliance.workdays import load_calendar
from generator.load.project import load_project
from generator.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def synthetic(count: int) -> tuple[Request, ...]:
    start = dt.date(2025, 1, 1)
    return tuple(Request(id=f"R-{index}", row=index + 2, received=start + dt.timedelta(days=index % 360),
                         channel="surel", requester="perorangan", category="berkala",
                         answered=start + dt.timedelta(days=index % 360 + index % 19),
                         outcome=("dikabulkan", "dikabulkan_sebagian", "ditolak")[index % 3],
                         reason="UU 14/2008 Pasal 17 huruf h" if index % 3 else "",
                         objection=index % 11 == 0, objection_outcome="", dispute=False, dispute_outcome="")
                 for index in range(count))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=100_000)
    args = parser.parse_args()
    settings = Settings(root=ROOT)
    project, _ = load_project(settings)
    begin = time.perf_counter()
    state = gather(project, settings)
    print(f"gather on the sample: {time.perf_counter() - begin:.3f} s "
          f"({len(state.register.requests) if state.register else 0} requests)")
    calendar, _ = load_calendar(ROOT)
    requests = synthetic(args.requests)
    begin = time.perf_counter()
    report = year_report(requests, 2025, calendar)
    figures_csv(report)
    print(f"year report, {args.requests} requests: {time.perf_counter() - begin:.3f} s")
    begin = time.perf_counter()
    known("33.74.01.1001", {})
    print(f"region code reference, first lookup (loads 83,762 villages): {time.perf_counter() - begin:.3f} s")


if __name__ == "__main__":
    main()
