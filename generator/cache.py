"""Content-addressed cache of validation results under ``.etalase/cache/``.

A key is the SHA-256 of everything a result depends on: the bytes of the files a unit
reads, the relevant settings and the generator version (package version, Frictionless
version and a hash of the generator's own files, so any code change invalidates every
entry). A value is the list of problems as JSON. The cache is never published, is safe
to delete, and an unreadable entry is treated as absent (and rewritten).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterable
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from generator import __version__
from generator.model import Problem, Severity

PACKAGE_DIR = Path(__file__).parent
FORMAT = 1  # the layout of one entry; bump when it changes
ENTRIES = "validate"
DOWNLOADS = "downloads"
HISTORY = "history"


@cache
def generator_version() -> str:
    """Package and Frictionless versions plus a hash of every file of the generator package."""
    digest = hashlib.sha256(f"etalase {__version__} cache {FORMAT}\n".encode())
    try:
        digest.update(f"frictionless {metadata.version('frictionless')}\n".encode())
    except metadata.PackageNotFoundError:
        digest.update(b"frictionless ?\n")
    digest.update(package_digest(PACKAGE_DIR).encode())
    return digest.hexdigest()


def package_digest(folder: Path) -> str:
    """SHA-256 over the relative path and bytes of every file under ``folder`` (not bytecode)."""
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(folder).as_posix().encode() + b"\0")
            digest.update(file_digest(path).encode() + b"\n")
    return digest.hexdigest()


def file_digest(path: Path) -> str:
    """SHA-256 of the bytes of ``path``; ``"absent"`` when it is not a readable file."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
    except OSError:
        return "absent"
    return digest.hexdigest()


def unit_key(kind: str, material: dict[str, Any], *, version: str | None = None) -> str:
    """The key of one unit: its kind, what it read and the generator version."""
    document = {"kind": kind, "generator": version or generator_version(), **material}
    return hashlib.sha256(json.dumps(document, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def to_json(problem: Problem) -> dict[str, Any]:
    return {"code": problem.code, "file": problem.file, "severity": problem.severity.value,
            "row": problem.row, "line": problem.line, "field": problem.field, "value": problem.value,
            "params": [list(pair) for pair in problem.params]}


def from_json(data: dict[str, Any]) -> Problem:
    return Problem(code=str(data["code"]), file=str(data["file"]), severity=Severity(data["severity"]),
                   row=_int(data.get("row")), line=_int(data.get("line")), field=_text(data.get("field")),
                   value=_text(data.get("value")),
                   params=tuple((str(name), str(value)) for name, value in data.get("params") or []))


def _int(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"not a row or line number: {value!r}")
    return value


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


class JsonStore:
    """Entries ``<dir>/<kind>/<key[:2]>/<key>.json``; writes are atomic, failures harmless."""

    def __init__(self, folder: Path, kind: str) -> None:
        self.folder = folder / kind
        self.used: set[str] = set()  # keys a user of the store asked for in this run (for prune)

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.json"

    def read(self, key: str) -> Any:
        """The stored value, or None when absent or damaged (then computed again and rewritten)."""
        try:
            document = json.loads(self.path(key).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return document.get("value") if isinstance(document, dict) and document.get("key") == key else None

    def write(self, key: str, value: Any) -> None:
        target = self.path(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            scratch = target.with_name(f"{target.name}.{os.getpid()}.tmp")
            scratch.write_text(json.dumps({"key": key, "value": value}, ensure_ascii=False, sort_keys=True),
                               encoding="utf-8")
            os.replace(scratch, target)
        except OSError:
            pass  # a read-only or full disk only costs the next run its cache hit


def prune(folder: Path, keep: set[str]) -> int:
    """Delete the entries of one cache kind whose key is not in ``keep``; returns how many."""
    removed = 0
    for entry in folder.glob("*/*"):
        if entry.name.split(".", 1)[0] not in keep:
            try:
                entry.unlink()
                removed += 1
            except OSError:
                pass  # written or removed meanwhile by another run: harmless
    return removed


class ProblemCache(JsonStore):
    """The problems of each validation unit, by unit key."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder, ENTRIES)

    def get(self, key: str) -> list[Problem] | None:
        value = self.read(key)
        try:
            return [from_json(item) for item in value] if isinstance(value, list) else None
        except (ValueError, KeyError, TypeError, AttributeError):
            return None

    def put(self, key: str, problems: Iterable[Problem]) -> None:
        self.write(key, [to_json(problem) for problem in problems])


class BlobStore:
    """Derived files: ``<dir>/<kind>/<key[:2]>/<key>`` holds the bytes and ``<key>.sum`` their
    SHA-256, size and modification time, so that a damaged or edited entry is recognised and
    built again, and a file is published as a copy of the entry without being held in memory."""

    def __init__(self, folder: Path, kind: str) -> None:
        self.folder = folder / kind
        self.used: set[str] = set()  # keys asked for in this run (prune keeps them)

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / key

    def get(self, key: str) -> bytes | None:
        """The stored bytes, read and checked against their SHA-256."""
        facts = self._sum(key)
        try:
            data = self.path(key).read_bytes()
        except OSError:
            return None
        return data if facts is not None and hashlib.sha256(data).hexdigest() == facts[0] else None

    def located(self, key: str) -> tuple[str, int, str] | None:
        """The entry's file, size and SHA-256 when the file is as it was stored (size and
        modification time: one ``lstat``, its bytes not read), else None."""
        facts = self._sum(key)
        if facts is None:
            return None
        path = str(self.path(key))
        try:
            info = os.lstat(path)
        except OSError:
            return None
        return (path, facts[1], facts[0]) if (info.st_size, info.st_mtime_ns) == facts[1:] else None

    def _sum(self, key: str) -> tuple[str, int, int] | None:
        try:
            digest, size, mtime = self.path(key).with_name(f"{key}.sum").read_text(encoding="ascii").split()
            return digest, int(size), int(mtime)
        except (OSError, ValueError):
            return None

    def put(self, key: str, data: bytes) -> None:
        target = self.path(key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            scratch = target.with_name(f"{target.name}.{os.getpid()}.tmp")
            scratch.write_bytes(data)
            os.replace(scratch, target)
            info = os.lstat(target)
            scratch.write_text(f"{hashlib.sha256(data).hexdigest()} {info.st_size} {info.st_mtime_ns}\n",
                               encoding="ascii")
            os.replace(scratch, target.with_name(f"{key}.sum"))
        except OSError:
            pass  # a read-only or full disk only costs the next run its cache hit

    def make(self, key: str, build: Callable[[], bytes]) -> bytes:
        """The stored bytes of ``key``, or ``build()`` stored under it."""
        self.used.add(key)
        data = self.get(key)
        if data is None:
            data = build()
            self.put(key, data)
        return data


def merge_caches(sources: Iterable[Path], target: Path) -> int:
    """Copy every entry of the cache folders ``sources`` into ``target``; returns how many."""
    copied = 0
    for source in sources:
        for entry in sorted((source / ENTRIES).glob("*/*.json")):
            destination = target / ENTRIES / entry.parent.name / entry.name
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(entry, destination)
            copied += 1
    return copied
