"""Version history of data files, read from the repository's own git history.

Plain plumbing only (``git log --follow -- path``, so versions from before a rename count, and
``git cat-file blob commit:old-path``): each version's bytes are streamed once to compute its SHA-256, size and
row count. A shallow clone is detected and reported, never mistaken for full history.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from generator.cache import JsonStore, unit_key
from generator.load.io.git import blob, git, head_commit, head_time, is_shallow

HISTORY_LIMIT = 50

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


def repository_status(root: Path) -> tuple[str, str]:
    """(status, HEAD commit): ``complete``, ``shallow`` or ``unavailable`` (not a git work tree)."""
    head = head_commit(root) if git(root, "rev-parse", "--verify", "-q", "HEAD") is not None else ""
    if not head:
        return UNAVAILABLE, ""
    return (SHALLOW if is_shallow(root) else COMPLETE), head


def load_history(root: Path, paths: Iterable[str], *, limit: int = HISTORY_LIMIT,
                 store: JsonStore | None = None) -> History:
    """The history of every path (relative to ``root``, POSIX), at most ``limit`` versions each.

    The history of a path as seen from a commit never changes, so ``store`` keeps it by the
    commit, the path and the limit (a rebuild of the same commit runs git once, not per file);
    ``store.used`` collects the keys asked for, for ``prune``."""
    status, head = repository_status(root)
    if status == UNAVAILABLE:
        return History(status=status, versions={})
    versions = {path: _cached_history(root, path, limit=limit, head=head, status=status, store=store)
                for path in sorted(set(paths))}
    return History(status=status, versions=versions, head=head)


def _cached_history(root: Path, path: str, *, limit: int, head: str, status: str,
                    store: JsonStore | None) -> tuple[Version, ...]:
    if store is None:
        return file_history(root, path, limit=limit)
    key = unit_key("history", {"head": head, "status": status, "path": path, "limit": limit})
    store.used.add(key)
    stored = store.read(key)
    if isinstance(stored, list):
        try:
            return tuple(_version_of(item) for item in stored)
        except (TypeError, ValueError, KeyError):
            pass  # damaged: read git again and rewrite it
    found = file_history(root, path, limit=limit)
    store.write(key, [_version_json(version) for version in found])
    return found


def _version_json(version: Version) -> dict[str, Any]:
    return {"commit": version.commit, "date": version.date, "summary": version.summary,
            "sha256": version.sha256, "size": version.size, "row_count": version.row_count, "path": version.path}


def _version_of(item: dict[str, Any]) -> Version:
    size, rows = item["size"], item["row_count"]
    if not isinstance(size, int) or not isinstance(rows, int):
        raise ValueError("not a size")
    return Version(str(item["commit"]), str(item["date"]), str(item["summary"]), str(item["sha256"]),
                   size, rows, path=str(item["path"]))


def file_history(root: Path, path: str, *, limit: int = HISTORY_LIMIT) -> tuple[Version, ...]:
    log = git(root, "log", "--follow", f"--max-count={limit}", "--format=%x00%H%x09%cs%x09%s",
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
    with blob(root, commit, path) as (stream, code):
        tee = _Hashing(stream)
        text = io.TextIOWrapper(io.BufferedReader(tee), encoding="utf-8-sig", errors="replace",
                                newline="")
        rows = count_rows(text)
        while tee.read(1 << 20):  # the rest, if the CSV reader stopped early
            pass
    if code != [0]:
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
    stamp = head_time(root)
    return FALLBACK_EPOCH if stamp is None else stamp
