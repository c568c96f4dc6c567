"""Search index of a built site: Pagefind, run on the engine's HTML output before the swap.

Pagefind (the pinned 1.6 binary of pagefind_bin.py, else PyPI's ``pagefind[bin]``) splits the
index into small chunks per language, stems Indonesian words and lets a browser
download only the chunks a query needs. Pages mark what is indexed with
``data-pagefind-body`` and their filters with ``data-pagefind-filter``
(overrides/main.html); navigation, header and footer stay out.

The English tree (``en/``) has ``<html lang="en">``, so Pagefind gives it its own
index and English stemming.

Pagefind holds its whole index in memory while it writes (about 70 KB a page with 1.6 and
``EXCLUDED``), so a site is indexed in parts of at most ``PART_PAGES`` pages, each one
language: a large section of a language (``informasi``, ``dataset``) in parts of its own
(hashed by path), the small sections of every language (home, lists, staff pages) together
in the first. Each part is one Pagefind run over links to its pages (same URLs), written to
``pagefind/`` (the first) or ``pagefind/part-<n>/``. ``pagefind/parts.json`` names the other
parts and their language; the search script merges the parts of the page's language into the
first (Pagefind's ``mergeIndex``: one WebAssembly module, filters and results across all
parts), so an Indonesian query never loads an English part. It also records a digest of each
part's pages, so a rebuild reuses, from the published site, every part whose pages are the
same bytes, and runs Pagefind only on the parts that changed: a changed dataset re-indexes
its section's part (or the first, on a small portal), never the DIP entries'.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Collection, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from generator.build.pagefind_bin import binary_path
from generator.build.stamp import walk_files

BUNDLE = "pagefind"
# Not indexed: SHA-256 digests (each a word of its own) and the rows of the long tables. The rows
# of a DIP list (and of its print version) are entries with pages of their own (the list page stays
# findable by its title and text); a dataset's preview rows are data, found through the dataset's
# title, description and data dictionary (its columns). They were most of the index and of its
# first query's bytes. (A service report's figure tables, ``*-tabel`` too, go with them; their
# headings and text stay.)
EXCLUDED = (".headerlink", ".etl-hash", 'table[id^="dip-"] > tbody', "table.etl-print-table > tbody",
            '.etl-table-wrap > table[id$="-tabel"] > tbody')
ARGUMENTS = ["--site", "{site}", "--output-path", "{output}", "--quiet",
             *(argument for selector in EXCLUDED for argument in ("--exclude-selectors", selector))]
PART_PAGES = 6_000  # the most pages of one Pagefind run: about 0.4 GB (70 KB a page with EXCLUDED, 90 to 120 without)
# and the most bytes of their HTML: Pagefind holds about 8 bytes for each byte of a rich page (a
# dataset's page: 180 KB for 23 KB of HTML), so 5,000 datasets' pages in one run took 0.93 GB
PART_BYTES = 64 * 1024 * 1024
OWN_PART = 8  # a section of a language with at least PART_PAGES / OWN_PART pages gets parts of its own
PARTS = "parts.json"  # in the first part: the folders of the others, their language and every part's digest
MARKER = b"data-pagefind-body"
# What a part other than the first needs (the script, its worker and WebAssembly come from the first)
INDEX_FILES = ("pagefind-entry.json", "index", "fragment", "filter")


def pagefind_command() -> list[str]:
    """The pinned binary (sorted, byte-identical output) when installed, else PyPI's wheel."""
    pinned = binary_path()
    return [str(pinned)] if pinned.is_file() else [sys.executable, "-m", "pagefind"]


def index_inputs() -> dict[str, Any]:
    """Which Pagefind indexes the site and how (for build/stamp.py)."""
    pinned = binary_path()
    if pinned.is_file():
        info = pinned.stat()
        return {"binary": str(pinned), "size": info.st_size, "arguments": ARGUMENTS}
    try:
        version = metadata.version("pagefind_bin")
    except metadata.PackageNotFoundError:
        version = "absent"
    return {"wheel": version, "arguments": ARGUMENTS}


Indexed = dict[str, tuple[str, str]]  # indexed page (relative path) -> (its SHA-256, its language)


@dataclass(frozen=True)
class IndexResult:
    ok: bool
    output: str
    pages: Indexed = field(default_factory=dict)  # every page indexed, for the next build's ``known``


def build_search_index(site_dir: Path, *, previous: Path | None = None, part_pages: int = PART_PAGES,
                       part_bytes: int = PART_BYTES, languages: tuple[str, ...] = (), workers: int = 2,
                       reused: Collection[str] = (), known: Mapping[str, tuple[str, str]] | None = None,
                       ) -> IndexResult:
    """Write the Pagefind bundle into ``site_dir/pagefind``, in parts of at most ``part_pages``
    pages and (for a section's own parts) ``part_bytes`` of HTML.

    ``previous`` is the published site this build replaces, as its last build left it: its
    parts whose pages are unchanged are copied instead of indexed again. ``languages`` are the
    folders of the other languages (``en``): their pages get parts of their own (split()).
    ``reused`` are pages linked unchanged from ``previous`` and ``known`` what its build indexed
    (``IndexResult.pages``): those pages are not read again.
    """
    read = _indexed(site_dir, reused=reused if previous is not None and known is not None else (),
                    known=known or {})
    pages = {path: digest for path, (digest, _lang) in read.items()}
    lang = {path: language for path, (_digest, language) in read.items()}
    parts = split(pages, part_pages, languages, lang, sizes=_sizes(site_dir, pages), part_bytes=part_bytes)
    count = len(parts)
    digests = [part_digest(part) for part in parts]
    old = previous_digests(previous)
    bundle = site_dir / BUNDLE

    def make(number: int) -> IndexResult:
        target = bundle / part_folder(number)
        if previous is not None and old.get(number) == digests[number] and len(old) == count:
            copy_part(previous / BUNDLE / part_folder(number), target, first=number == 0)
            return IndexResult(ok=True, output="")
        return index_part(site_dir, sorted(parts[number]), target, first=number == 0)

    # The largest parts first, so the two workers end together
    order = sorted(range(count), key=lambda number: (-len(parts[number]), number))
    with ThreadPoolExecutor(max_workers=max(1, min(workers, count))) as pool:
        done = dict(zip(order, pool.map(make, order), strict=True))
    results = [done[number] for number in range(count)]
    ok = all(result.ok for result in results) and (bundle / "pagefind.js").is_file()
    if ok:
        # Pagefind answers a page's language from a part without it with another language's
        # index: the search script merges only the parts holding its language.
        held = [sorted({lang[path] for path in part}) for part in parts[1:]]
        listing = {"parts": [part_folder(number) for number in range(1, count)], "languages": held,
                   "digests": digests}
        (bundle / PARTS).write_text(json.dumps(listing, sort_keys=True), encoding="utf-8")
    return IndexResult(ok=ok, output="\n".join(result.output for result in results if result.output), pages=read)


def indexed_pages(site_dir: Path) -> dict[str, str]:
    """The SHA-256 of every page Pagefind indexes (marked ``data-pagefind-body``), by its path."""
    return {path: digest for path, (digest, _lang) in _indexed(site_dir).items()}


def _indexed(site_dir: Path, *, reused: Collection[str] = (), known: Mapping[str, tuple[str, str]] | None = None,
             ) -> Indexed:
    """Every indexed page's SHA-256 and the language Pagefind files it under (its ``<html
    lang>``, lower case), each page read once. A page of ``reused`` (the same bytes as a page
    of the site ``known`` describes) is not read: it is indexed as it was, or not at all."""
    found: Indexed = {}
    known = known or {}
    same = set(reused)
    for rel, entry in sorted(walk_files(site_dir)):
        if not rel.endswith(".html") or rel.startswith(f"{BUNDLE}/"):
            continue
        if rel in same:
            if rel in known:
                found[rel] = known[rel]
            continue
        with open(entry.path, "rb") as handle:
            data = handle.read()
        if MARKER in data:
            found[rel] = (hashlib.sha256(data).hexdigest(), _language(data[:4096]))
    return found


def _sizes(site_dir: Path, pages: Collection[str]) -> dict[str, int]:
    root = str(site_dir)
    return {path: os.stat(os.path.join(root, path)).st_size for path in pages}


LANG = re.compile(rb"<html\b[^>]*?\blang=\"([^\"]+)\"", re.IGNORECASE)


def _language(head: bytes) -> str:
    match = LANG.search(head)
    return match.group(1).decode("utf-8", "replace").lower() if match else "unknown"


def split(pages: dict[str, str], part_pages: int, languages: tuple[str, ...] = (),
          lang: dict[str, str] | None = None, *, sizes: Mapping[str, int] | None = None,
          part_bytes: int = PART_BYTES) -> list[dict[str, str]]:
    """The pages in parts of at most ``part_pages``, each part one language and one section.
    A section's own parts also hold at most ``part_bytes`` of HTML by ``sizes`` (when given):
    Pagefind's memory grows with the text it indexes, not with the number of pages.

    A section (``informasi``, ``dataset``...) of one language (``lang``: a page's language, by
    default its language folder) with at least ``part_pages / OWN_PART`` pages gets its own
    parts, hashed by path; the smaller ones (lists, staff pages, the datasets of a small
    portal) and the home pages, every language's, share the first part, which so answers
    every language. So a query
    loads only its language's parts, and a changed dataset re-indexes the part of its
    section and language (of its translation too), never the DIP entries'."""
    language = lang or {path: path.split("/")[0] if path.split("/")[0] in languages else "" for path in pages}
    groups: dict[tuple[str, str], dict[str, str]] = {}
    for path, digest in pages.items():
        groups.setdefault((language[path], section_of(path, languages)), {})[path] = digest
    rest: dict[str, str] = {}
    own: list[dict[str, str]] = []
    for key in sorted(groups):
        if len(groups[key]) < max(1, part_pages // OWN_PART) or not key[1]:  # every home page in the first
            rest.update(groups[key])
        else:
            own.append(groups[key])
    first = rest
    if len(rest) > part_pages:  # too many small sections: the first holds the home pages only
        first = {path: digest for path, digest in rest.items() if not section_of(path, languages)}
        by_language: dict[str, dict[str, str]] = {}
        for path, digest in rest.items():
            if path not in first:
                by_language.setdefault(language[path], {})[path] = digest
        own = [by_language[key] for key in sorted(by_language)] + own
    parts: list[dict[str, str]] = [first] if first else []
    for group in own:
        count = math.ceil(len(group) / part_pages)
        if sizes is not None:
            count = max(count, math.ceil(sum(sizes[path] for path in group) / part_bytes))
        buckets: list[dict[str, str]] = [{} for _ in range(count)]
        for path, digest in group.items():
            buckets[part_of(original(path, languages), len(buckets))][path] = digest
        parts.extend(bucket for bucket in buckets if bucket)
    return parts or [{}]


def original(path: str, languages: tuple[str, ...]) -> str:
    """A page's path without its language folder (``en/dataset/x/index.html`` -> ``dataset/x/...``)."""
    first, _, rest = path.partition("/")
    return rest if rest and first in languages else path


def section_of(path: str, languages: tuple[str, ...]) -> str:
    """The first folder of a page's path (after its language folder); ``""`` for the home page."""
    segments = original(path, languages).split("/")
    return segments[0] if len(segments) > 1 else ""


def part_of(path: str, count: int) -> int:
    """The part a page belongs to: fixed by its path, so an unchanged page stays in its part."""
    return int(hashlib.sha256(path.encode()).hexdigest()[:12], 16) % count


def part_folder(number: int) -> str:
    return "" if number == 0 else f"part-{number}/"


def part_digest(part: dict[str, str]) -> str:
    digest = hashlib.sha256(json.dumps(index_inputs(), sort_keys=True).encode())
    for path in sorted(part):
        digest.update(f"{path}\0{part[path]}\n".encode())
    return digest.hexdigest()


def previous_digests(previous: Path | None) -> dict[int, str]:
    """The digests of the published site's parts (none when it has no readable parts.json)."""
    if previous is None:
        return {}
    try:
        data = json.loads((previous / BUNDLE / PARTS).read_text(encoding="utf-8"))
        return {number: str(digest) for number, digest in enumerate(data["digests"])}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def index_part(site_dir: Path, pages: list[str], target: Path, *, first: bool) -> IndexResult:
    """One Pagefind run over links to ``pages`` (in a scratch folder beside the site)."""
    scratch = Path(tempfile.mkdtemp(prefix="search-part-", dir=site_dir.parent))
    try:
        for rel in pages:
            link = scratch / rel
            link.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(site_dir / rel, link)
            except OSError:
                shutil.copyfile(site_dir / rel, link)
        target.mkdir(parents=True, exist_ok=True)
        command = [*pagefind_command(), *(part.format(site=scratch, output=target) for part in ARGUMENTS)]
        try:
            result = subprocess.run(command, capture_output=True, text=True, check=False)
        except OSError as exc:  # pragma: no cover - the wheel ships the binary
            return IndexResult(ok=False, output=str(exc))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    if not first:
        keep_index_only(target)
    output = (result.stdout + result.stderr).strip()
    return IndexResult(ok=result.returncode == 0 and (target / "pagefind-entry.json").is_file(), output=output)


def keep_index_only(folder: Path) -> None:
    """Drop what a merged part never loads (its own script, worker, WebAssembly and UI)."""
    for path in folder.iterdir():
        if path.name in INDEX_FILES or path.name.endswith(".pf_meta"):
            continue
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()


def copy_part(source: Path, target: Path, *, first: bool) -> None:
    """The files of a published part, linked (they are never written in place) or copied."""
    target.mkdir(parents=True, exist_ok=True)
    made = {target}
    for rel, entry in sorted(walk_files(source)):
        if first and (rel.startswith("part-") or rel == PARTS):
            continue
        destination = target / rel
        if destination.parent not in made:
            destination.parent.mkdir(parents=True, exist_ok=True)
            made.add(destination.parent)
        try:
            os.link(entry.path, destination)
        except OSError:
            shutil.copy2(entry.path, destination)
