"""Stage durations of one run, for ``--timings`` and the benchmarks; never written into the site."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class StageTime:
    stage: str
    seconds: float


@contextmanager
def stage(timings: list[StageTime], name: str) -> Iterator[None]:
    """Append how long the block took to ``timings`` (also when it raises)."""
    start = time.perf_counter()
    try:
        yield
    finally:
        timings.append(StageTime(name, time.perf_counter() - start))


def format_timings(timings: Sequence[StageTime]) -> str:
    """One line per stage, then the total: ``stage <name> <seconds>``, easy to read and to parse."""
    lines = [f"stage {item.stage:<14} {item.seconds:8.3f} s" for item in timings]
    lines.append(f"stage {'total':<14} {sum(item.seconds for item in timings):8.3f} s")
    return "\n".join(lines)
