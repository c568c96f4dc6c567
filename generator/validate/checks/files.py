"""Rules for the files themselves: nothing over the size limit.

Symbolic links are reported (once, as `symlink`) by checks/injection.check_symlinks and are
never followed or measured here.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from generator.model import Problem
from generator.settings import Settings


def check_files(settings: Settings) -> Iterator[Problem]:
    """Walk content/ and datasets/ without following links; sorted, so the report is stable."""
    for top in (settings.content_dir, settings.datasets_dir):
        if top.is_symlink():
            continue
        for folder, dirs, files in os.walk(top, followlinks=False):
            dirs.sort()
            for name in sorted(dirs + files):
                yield from _check_one(Path(folder) / name, settings)


def _check_one(path: Path, settings: Settings) -> Iterator[Problem]:
    rel = path.relative_to(settings.root).as_posix()
    if not path.is_symlink() and path.is_file() and path.stat().st_size > settings.max_bytes:
        yield too_large(rel, path.stat().st_size, settings.max_bytes)


def too_large(file: str, size: int, max_bytes: int) -> Problem:
    return Problem("file-too-large", file, params=(
        ("size_mb", f"{size / 1_000_000:.1f}"), ("limit_mb", f"{max_bytes / 1_000_000:g}")))
