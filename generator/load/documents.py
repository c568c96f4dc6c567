"""The documents of the Daftar Informasi Publik: where they live and the facts of each file.

A DIP row names its documents in ``tautan_dokumen``, several separated by ``;`` (editable in
Excel): paths relative to ``content/`` (normally ``content/dokumen/...``), ``https://``
addresses or ``mailto:`` addresses. The optional register ``content/dokumen.csv`` gives a
document its title, declares a remote document's ``bytes`` and ``sha256`` (a large file kept
outside git, as remote dataset files are), and records the written reason when a document
may carry personal data (``data_pribadi_diizinkan``).

Parsing only: a link that cannot be published (outside ``content/``, through a symbolic link,
missing, empty, a Git LFS pointer, too large) is judged by ``validate/checks/documents.py``;
here it is simply not loaded. A file's SHA-256 is remembered by its size, modification time
and inode (``.etalase/cache/digests.json``), so an unchanged document is not read again.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from generator.model import DipEntry, Document, Problem

SEPARATOR = ";"
DOCUMENTS_DIR = "dokumen"  # content/dokumen/: the documents' folder, published at dokumen/
REGISTER_FILE = "content/dokumen.csv"
REGISTER_COLUMNS = ("berkas", "judul", "bytes", "sha256", "data_pribadi_diizinkan")
LFS_MAGIC = b"version https://git-lfs.github.com/spec/"
CONTROL = re.compile(r"[\x00-\x1f\x7f]")
HASH = re.compile(r"(?:sha256:)?([0-9a-fA-F]{64})")
DIGESTS = "digests.json"


def split_links(value: str) -> list[str]:
    """The documents of one ``tautan_dokumen`` cell, in order, blanks dropped."""
    return [part.strip() for part in value.split(SEPARATOR) if part.strip()]


def is_address(link: str) -> bool:
    """An address (``https://``, ``mailto:``, any scheme) rather than a path under content/."""
    return ":" in link.split("/", 1)[0] or link.startswith("//")


def site_path(link: str) -> str:
    """Where a local document is published: ``content/dokumen/a/b.pdf`` -> ``dokumen/a/b.pdf``;
    a document elsewhere under content/ keeps its path below ``dokumen/``."""
    path = PurePosixPath(link)
    parts = path.parts
    if parts and parts[0] == DOCUMENTS_DIR:
        return path.as_posix()
    return f"{DOCUMENTS_DIR}/{path.as_posix()}"


@dataclass(frozen=True)
class RegisterRow:
    row: int
    link: str
    title: str
    size: int | None
    sha256: str | None
    allowed: str  # the written reason personal data may be published ("" : not allowed)
    raw_size: str = ""
    raw_sha256: str = ""


def load_register(root: Path) -> tuple[dict[str, RegisterRow], list[Problem]]:
    """``content/dokumen.csv`` by link (path or address); absent means no register."""
    path = root / REGISTER_FILE
    if not path.is_file() or path.is_symlink():
        return {}, []
    found: dict[str, RegisterRow] = {}
    problems: list[Problem] = []
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        reader = csv.DictReader(handle)
        header = [name.strip() for name in reader.fieldnames or []]
        if "berkas" not in header:
            return {}, [Problem("document-register", REGISTER_FILE, row=1, field="berkas",
                                params=(("columns", ", ".join(REGISTER_COLUMNS)),))]
        for number, record in enumerate(reader, start=2):
            values = {(key or "").strip(): (value or "").strip() for key, value in record.items() if key}
            link = values.get("berkas", "")
            if not link:
                continue
            size_text, hash_text = values.get("bytes", ""), values.get("sha256", "")
            match = HASH.fullmatch(hash_text)
            if link in found:
                problems.append(Problem("document-register-duplicate", REGISTER_FILE, row=number, field="berkas",
                                        value=link, params=(("first", str(found[link].row)),)))
                continue
            found[link] = RegisterRow(
                row=number, link=link, title=values.get("judul", ""),
                size=int(size_text) if size_text.isdigit() else None,
                sha256=match.group(1).lower() if match else None,
                allowed=values.get("data_pribadi_diizinkan", ""), raw_size=size_text, raw_sha256=hash_text)
    return found, problems


def local_target(content_dir: Path, link: str) -> Path | None:
    """The file a local link names when it may be read: inside content/, no symbolic link on the
    way, a regular file; ``None`` otherwise (validate says why)."""
    if CONTROL.search(link) or is_address(link) or link.startswith("/"):
        return None
    path = content_dir / link
    try:
        path.resolve().relative_to(content_dir.resolve())
    except (ValueError, OSError):
        return None
    if through_symlink(content_dir, link) is not None:
        return None
    return path if path.is_file() else None


def through_symlink(content_dir: Path, link: str) -> str | None:
    """The first part of ``link`` (below content/) that is a symbolic link, if any."""
    here = content_dir
    for part in PurePosixPath(link).parts:
        here = here / part
        if here.is_symlink():
            return here.relative_to(content_dir).as_posix()
    return None


def is_lfs_pointer(path: Path) -> bool:
    """A Git LFS pointer file (the real file was not fetched: ``git lfs pull``)."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(LFS_MAGIC)) == LFS_MAGIC
    except OSError:
        return False


class DigestMemo:
    """SHA-256 of files remembered by (size, mtime_ns, inode): an unchanged file is not read."""

    def __init__(self, cache_dir: Path | None) -> None:
        self.path = cache_dir / DIGESTS if cache_dir else None
        self.known: dict[str, list[object]] = {}
        self.changed = False
        if self.path is not None:
            try:
                loaded = json.loads(self.path.read_text(encoding="utf-8"))
                self.known = loaded if isinstance(loaded, dict) else {}
            except (OSError, ValueError):
                self.known = {}

    def digest(self, path: Path) -> tuple[int, str]:
        stat = path.stat()
        stamp = [stat.st_size, stat.st_mtime_ns, stat.st_ino]
        key = str(path)
        entry = self.known.get(key)
        if isinstance(entry, list) and len(entry) == 4 and entry[:3] == stamp:
            return stat.st_size, str(entry[3])
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 20):
                digest.update(chunk)
        self.known[key] = [*stamp, digest.hexdigest()]
        self.changed = True
        return stat.st_size, digest.hexdigest()

    def save(self) -> None:
        if self.path is None or not self.changed:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            scratch = self.path.with_name(f"{DIGESTS}.{os.getpid()}.tmp")
            scratch.write_text(json.dumps(self.known, sort_keys=True), encoding="utf-8")
            os.replace(scratch, self.path)
        except OSError:
            pass


def load_documents(root: Path, dip: tuple[DipEntry, ...], *, max_bytes: int,
                   cache_dir: Path | None = None) -> tuple[tuple[Document, ...], list[Problem]]:
    """Every document the DIP names that can be published, once each, with the rows that name it."""
    content_dir = root / "content"
    register, problems = load_register(root)
    linked: dict[str, list[tuple[str, int]]] = {}
    for entry in dip:
        for link in split_links(entry.document):
            linked.setdefault(link, []).append((entry.id, entry.row))
    memo = DigestMemo(cache_dir)
    documents: list[Document] = []
    for link, entries in linked.items():
        listed = register.get(link)
        title = listed.title if listed else ""
        allowed = listed.allowed if listed else ""
        if is_address(link):
            if listed and link.startswith("https://") and listed.size is not None and listed.sha256:
                documents.append(Document(link=link, source=link, site_path=link,
                                          title=title or PurePosixPath(link.split("?", 1)[0]).name,
                                          size=listed.size, sha256=listed.sha256, entries=tuple(entries),
                                          remote=True, allowed=allowed))
            continue
        target = local_target(content_dir, link)
        if target is None:
            continue
        size, sha = memo.digest(target)
        if size == 0 or size > max_bytes or is_lfs_pointer(target):
            continue
        documents.append(Document(link=link, source=f"content/{PurePosixPath(link).as_posix()}",
                                  site_path=site_path(link), title=title or PurePosixPath(link).name,
                                  size=size, sha256=sha, entries=tuple(entries), allowed=allowed))
    memo.save()
    return tuple(documents), problems


def document_files(root: Path) -> list[str]:
    """Every file under content/dokumen/ (links not followed), relative to content/."""
    folder = root / "content" / DOCUMENTS_DIR
    if not folder.is_dir() or folder.is_symlink():
        return []
    found: list[str] = []
    for current, dirs, files in os.walk(folder, followlinks=False):
        dirs.sort()
        for name in sorted(files):
            path = Path(current) / name
            found.append(path.relative_to(root / "content").as_posix())
    return found
