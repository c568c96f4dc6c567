"""The facts of a data file (rows, header, preview) from the cache when its bytes are known.

Counting rows means parsing the whole file; hashing it is much cheaper. The facts are kept
in ``.etalase/cache/facts/`` by the SHA-256 of the bytes, the preview length, the delimiter
and the generator version.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.cache import JsonStore, unit_key
from generator.csvfile import CsvFacts, csv_facts, sha256_of
from generator.settings import Settings

KIND = "facts"


def file_facts(path: Path, settings: Settings, *, delimiter: str = ",") -> CsvFacts:
    if not settings.cache:
        return csv_facts(path, preview_rows=settings.preview_rows, delimiter=delimiter)
    sha, size = sha256_of(path)
    key = unit_key(KIND, {"sha256": sha, "preview_rows": settings.preview_rows, "delimiter": delimiter})
    store = JsonStore(settings.cache_dir, KIND)
    known = _facts(store.read(key), sha=sha, size=size)
    if known is not None:
        return known
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
