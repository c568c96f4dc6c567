"""The one module that runs git: the commit being built, its time, and the history of files.

Every other module asks here, so the commit written into the pages, the dates of the data
and the reference date of freshness checks all come from the same ``HEAD``. Outside a git
work tree (or without git) each answer says so (empty, ``None``) instead of failing.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

TIMEOUT = 120


def git(root: Path, *args: str) -> str | None:
    """The output of ``git -C root args``; ``None`` when git fails or is missing."""
    try:
        result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True,
                                check=False, timeout=TIMEOUT)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout if result.returncode == 0 else None


def head_commit(root: Path) -> str:
    """The commit being built: ``HEAD`` of the work tree ($GITHUB_SHA when git cannot say); "" if none."""
    head = (git(root, "rev-parse", "--verify", "-q", "HEAD") or "").strip()
    return head or os.environ.get("GITHUB_SHA", "").strip()


def head_time(root: Path) -> int | None:
    """The commit time of ``HEAD`` in seconds since the epoch; ``None`` outside git."""
    stamp = (git(root, "log", "-1", "--format=%ct", "HEAD") or "").strip()
    return int(stamp) if stamp.isdigit() else None


def head_date(root: Path) -> dt.date | None:
    """The date of ``HEAD``'s commit, as the committer's clock showed it."""
    try:
        return dt.date.fromisoformat((git(root, "log", "-1", "--format=%cs", "HEAD") or "").strip())
    except ValueError:
        return None


def is_shallow(root: Path) -> bool:
    return (git(root, "rev-parse", "--is-shallow-repository") or "").strip() == "true"


def last_change_dates(root: Path, folders: Iterable[str]) -> dict[str, dt.date]:
    """Map each file path (relative, POSIX) under ``folders`` to the date of its last commit.

    Returns an empty mapping when ``root`` is not a git work tree or git is missing;
    files never committed are absent from the mapping.
    """
    log = git(root, "log", "--format=@%cs", "--name-only", "--no-renames", "--", *folders)
    dates: dict[str, dt.date] = {}
    current: dt.date | None = None
    for line in (log or "").splitlines():
        if line.startswith("@"):
            current = dt.date.fromisoformat(line[1:])
        elif line and current is not None:
            dates.setdefault(line, current)
    return dates


@contextmanager
def blob(root: Path, commit: str, path: str) -> Iterator[tuple[IO[bytes], list[int]]]:
    """The bytes of ``path`` as committed in ``commit``, streamed; after the block the list holds
    git's exit code (non-zero: no such file in that commit)."""
    command = ["git", "-C", str(root), "cat-file", "blob", f"{commit}:{path}"]
    code: list[int] = []
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as process:
        assert process.stdout is not None
        yield process.stdout, code
        while process.stdout.read(1 << 20):  # the rest, if the reader stopped early
            pass
        code.append(process.wait(timeout=TIMEOUT))


def last_changed(root: Path, paths: Iterable[str]) -> dict[str, str]:
    """The date (YYYY-MM-DD) of the last commit that changed each path, in one ``git log``;
    a path git does not know is left out."""
    wanted = set(paths)
    if not wanted:
        return {}
    output = git(root, "log", "--format=%x00%cs", "--name-only", "--no-renames", "--", *sorted(wanted)) or ""
    found: dict[str, str] = {}
    for block in output.split("\0")[1:]:
        lines = block.strip("\n").splitlines()
        if not lines:
            continue
        for name in lines[1:]:
            if name in wanted and name not in found:
                found[name] = lines[0].strip()
    return found
