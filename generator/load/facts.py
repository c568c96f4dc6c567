"""What loading learns from a file, from the cache when the file's bytes are known.

Counting the rows of a data file means parsing all of it, and YAML 1.2 parsing (ruamel, pure
Python) is slow; hashing is much cheaper. The facts of data files (rows, header, preview) and
the parsed data package descriptors are kept in ``.etalase/cache/facts/`` by the SHA-256 of
the bytes, the options that shape them and the generator version.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from generator.cache import JsonStore, unit_key
from generator.load.io.csvfile import CsvFacts, csv_facts, sha256_of
from generator.load.io.yamlio import load_yaml_mapping
from generator.model import Problem
from generator.settings import Settings

KIND = "facts"


class NotCached(Exception):
    """Raised in a ``cached_only`` read when the cache does not hold the answer."""


def file_facts(path: Path, settings: Settings, *, delimiter: str = ",", cached_only: bool = False) -> CsvFacts:
    """``cached_only``: raise NotCached instead of reading the file when the cache misses."""
    if not settings.cache:
        if cached_only:
            raise NotCached
        return csv_facts(path, preview_rows=settings.preview_rows, delimiter=delimiter)
    sha, size = sha256_of(path)
    key = unit_key(KIND, {"sha256": sha, "preview_rows": settings.preview_rows, "delimiter": delimiter})
    store = JsonStore(settings.cache_dir, KIND)
    known = _facts(store.read(key), sha=sha, size=size)
    if known is not None:
        return known
    if cached_only:
        raise NotCached
    facts = csv_facts(path, preview_rows=settings.preview_rows, delimiter=delimiter)
    store.write(key, {"row_count": facts.row_count, "header": list(facts.header),
                      "preview": [list(row) for row in facts.preview]})
    return facts


def _facts(value: Any, *, sha: str, size: int) -> CsvFacts | None:
    if not isinstance(value, dict):
        return None
    rows, header, preview = value.get("row_count"), value.get("header"), value.get("preview")
    if not (isinstance(rows, int) and isinstance(header, list) and isinstance(preview, list)
            and all(isinstance(row, list) for row in preview)):
        return None
    return CsvFacts(size=size, sha256=sha, row_count=rows, header=tuple(map(str, header)),
                    preview=tuple(tuple(map(str, row)) for row in preview))


def descriptor_data(path: Path, settings: Settings, *, file: str,
                    cached_only: bool = False) -> tuple[dict[str, Any] | None, list[Problem]]:
    """A YAML mapping as plain data; only files that parse without problems are kept.

    ``cached_only``: raise NotCached instead of parsing when the cache misses.
    """
    if not settings.cache:
        if cached_only:
            raise NotCached
        return load_yaml_mapping(path, file=file)
    try:
        key = unit_key("yaml-mapping", {"sha256": hashlib.sha256(path.read_bytes()).hexdigest()})
    except OSError:
        if cached_only:
            raise NotCached from None
        return load_yaml_mapping(path, file=file)
    store = JsonStore(settings.cache_dir, KIND)
    known = store.read(key)
    if isinstance(known, dict):
        return known, []
    if cached_only:
        raise NotCached
    data, problems = load_yaml_mapping(path, file=file)
    if data is not None and not problems:
        store.write(key, data)
    return data, problems
