"""Version history of data files, read from the repository's own git history.

Plain plumbing only (``git log --follow -- path``, so versions from before a rename count, and
``git cat-file blob commit:old-path``): each version's bytes are streamed once to compute its SHA-256, size and
row count. A shallow clone is detected and reported, never mistaken for full history.
"""

from __future__ import annotations

import csv
import hashlib
import io
import subprocess
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO

HISTORY_LIMIT = 50
TIMEOUT = 120

COMPLETE, SHALLOW, UNAVAILABLE = "complete", "shallow", "unavailable"


@dataclass(frozen=True)
class Version:
    """One committed state of a file."""

    commit: str
    date: str  # committer date, YYYY-MM-DD
    summary: str  # first line of the commit message
    sha256: str
    size: int
    row_count: int
    path: str = ""  # the file's name in this commit, when it has been renamed since


@dataclass(frozen=True)
class History:
    """Versions per file (newest first) and whether the history can be trusted as complete."""

    status: str
    versions: dict[str, tuple[Version, ...]]
    head: str = ""

    def of(self, path: str) -> tuple[Version, ...]:
        return self.versions.get(path, ())


def _git(root: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True,
                                check=False, timeout=TIMEOUT)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return result.stdout if result.returncode == 0 else None


def repository_status(root: Path) -> tuple[str, str]:
    """(status, HEAD commit): ``complete``, ``shallow`` or ``unavailable`` (not a git work tree)."""
    head = _git(root, "rev-parse", "--verify", "-q", "HEAD")
    if head is None:
        return UNAVAILABLE, ""
    shallow = (_git(root, "rev-parse", "--is-shallow-repository") or "").strip()
    return (SHALLOW if shallow == "true" else COMPLETE), head.strip()


def load_history(root: Path, paths: Iterable[str], *, limit: int = HISTORY_LIMIT) -> History:
    """The history of every path (relative to ``root``, POSIX), at most ``limit`` versions each."""
    status, head = repository_status(root)
    if status == UNAVAILABLE:
        return History(status=status, versions={})
    versions = {path: file_history(root, path, limit=limit) for path in sorted(set(paths))}
    return History(status=status, versions=versions, head=head)


def file_history(root: Path, path: str, *, limit: int = HISTORY_LIMIT) -> tuple[Version, ...]:
    log = _git(root, "log", "--follow", f"--max-count={limit}", "--format=%x00%H%x09%cs%x09%s",
               "--name-only", "--", path)
    found: list[Version] = []
    for record in (log or "").split("\0")[1:]:
        head, _, names = record.partition("\n")
        commit, date, summary = [*head.split("\t", 2), "", ""][:3]
        committed_as = next((name for name in names.splitlines() if name), path)  # the name before a rename
        facts = blob_facts(root, commit, committed_as)
        if facts is not None:  # None: the file was deleted in this commit
            found.append(Version(commit, date, summary, *facts, path=committed_as if committed_as != path else ""))
    return tuple(found)


class _Hashing(io.RawIOBase):
    """A readable stream that hashes and counts every byte read through it."""

    def __init__(self, source: IO[bytes]) -> None:
        self.source = source
        self.digest = hashlib.sha256()
        self.size = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        chunk = self.source.read(len(buffer))
        self.digest.update(chunk)
        self.size += len(chunk)
        buffer[: len(chunk)] = chunk
        return len(chunk)


def blob_facts(root: Path, commit: str, path: str) -> tuple[str, int, int] | None:
    """SHA-256, size and data row count of ``path`` as committed in ``commit``."""
    command = ["git", "-C", str(root), "cat-file", "blob", f"{commit}:{path}"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as process:
        assert process.stdout is not None
        tee = _Hashing(process.stdout)
        text = io.TextIOWrapper(io.BufferedReader(tee), encoding="utf-8-sig", errors="replace",
                                newline="")
        rows = count_rows(text)
        while tee.read(1 << 20):  # the rest, if the CSV reader stopped early
            pass
        code = process.wait(timeout=TIMEOUT)
    if code != 0:
        return None
    return tee.digest.hexdigest(), tee.size, rows


def count_rows(handle: IO[str]) -> int:
    """Data rows of a CSV text: records after the header that are not blank."""
    csv.field_size_limit(1 << 30)
    reader = csv.reader(handle)
    next(reader, None)
    return sum(1 for record in reader if any(cell.strip() for cell in record))


FALLBACK_EPOCH = 315532800  # 1980-01-01T00:00:00Z, the earliest date a zip entry can carry


def source_date_epoch(root: Path) -> int:
    """The commit time of HEAD (for the engine's SOURCE_DATE_EPOCH); a fixed date outside git."""
    stamp = (_git(root, "log", "-1", "--format=%ct") or "").strip()
    return int(stamp) if stamp.isdigit() else FALLBACK_EPOCH
