"""Paths and options of one run, with their defaults."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, replace
from pathlib import Path

from generator.i18n.languages import LANGUAGES, Language

# Rows of each data file shown (sortable, filterable) on its dataset page: two pages of the table's
# ten. The whole file is one click away (its CSV and derived downloads); 100 rows were a third of
# a dataset page's bytes.
PREVIEW_ROWS = 20
MAX_FILE_MB = 50.0  # GitHub warns from 50 MB and refuses files over 100 MB
MAX_SITE_MB = 1000.0  # GitHub Pages publishes sites of at most 1 GB


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity, e.g. in a container), else all of them."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@dataclass(frozen=True)
class Settings:
    root: Path
    lang: str = "id"
    preview_rows: int = PREVIEW_ROWS
    strict: bool = False
    max_file_mb: float = MAX_FILE_MB  # larger data files belong outside git (remote: true)
    max_site_mb: float = MAX_SITE_MB  # a larger built site is not swapped in (site-too-large)
    today: dt.date | None = None  # reference date of freshness checks (None: HEAD commit date)
    cache: bool = True  # reuse validation results of unchanged files (--no-cache: off)
    cache_root: Path | None = None  # --cache-dir (None: .etalase/cache)
    jobs: int | None = None  # worker processes for validation (None: one per CPU core)
    shard: tuple[int, int] | None = None  # (K, N): validate only the K-th of N shards
    engine: str = "mkdocs"  # site engine (generator/build/engine.py ENGINES): mkdocs or zensical
    languages: tuple[Language, ...] = LANGUAGES  # the site's languages, the default first
    locale_dir: Path = Path(__file__).parent / "i18n" / "locale"  # catalogues: <code>/LC_MESSAGES/<domain>.po

    @property
    def max_bytes(self) -> int:
        """Largest data file accepted (``--max-file-mb``)."""
        return int(self.max_file_mb * 1_000_000)

    @property
    def content_dir(self) -> Path:
        return self.root / "content"

    @property
    def datasets_dir(self) -> Path:
        return self.root / "datasets"

    @property
    def work_dir(self) -> Path:
        """Scratch space of the generator, never published (git-ignored)."""
        return self.root / ".etalase"

    @property
    def cache_dir(self) -> Path:
        """Validation results by content hash (cache.py): never published, safe to delete."""
        return self.cache_root or self.work_dir / "cache"

    @property
    def workers(self) -> int:
        """Worker processes: ``--jobs``, else one per core this process may run on."""
        return max(self.jobs if self.jobs is not None else usable_cores(), 1)

    @property
    def docs_dir(self) -> Path:
        return self.work_dir / "docs"

    @property
    def site_dir(self) -> Path:
        return self.root / "site"

    @property
    def engine_config(self) -> Path:
        return self.root / "mkdocs.yml"

    def with_(self, **changes: object) -> Settings:
        return replace(self, **changes)  # type: ignore[arg-type]


def find_root(start: Path | None = None) -> Path:
    """The nearest folder at or above ``start`` that holds mkdocs.yml or content/."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "mkdocs.yml").is_file() or (folder / "content").is_dir():
            return folder
    return here
