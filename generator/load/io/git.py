"""Dates of the last change of files, taken from git history (never from the clock)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Iterable
from pathlib import Path


def last_change_dates(root: Path, folders: Iterable[str]) -> dict[str, dt.date]:
    """Map each file path (relative, POSIX) under ``folders`` to the date of its last commit.

    Returns an empty mapping when ``root`` is not a git work tree or git is missing;
    files never committed are absent from the mapping.
    """
    command = ["git", "-C", str(root), "log", "--format=@%cs", "--name-only", "--no-renames",
               "--", *folders]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
    except (OSError, subprocess.TimeoutExpired):
        return {}
    if result.returncode != 0:
        return {}
    dates: dict[str, dt.date] = {}
    current: dt.date | None = None
    for line in result.stdout.splitlines():
        if line.startswith("@"):
            current = dt.date.fromisoformat(line[1:])
        elif line and current is not None:
            dates.setdefault(line, current)
    return dates


def head_commit(root: Path) -> str:
    """The commit being built: $GITHUB_SHA in the workflow, else ``git rev-parse HEAD``; "" if none."""
    sha = os.environ.get("GITHUB_SHA", "").strip()
    if sha:
        return sha
    try:
        result = subprocess.run(["git", "-C", str(root), "rev-parse", "--verify", "-q", "HEAD"],
                                capture_output=True, text=True, check=False, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return result.stdout.strip() if result.returncode == 0 else ""
