"""Search index of a built site: Pagefind, run on the engine's HTML output before the swap.

Pagefind (the pinned 1.6 binary of pagefind_bin.py, else PyPI's ``pagefind[bin]``) splits the
index into small chunks per language, stems Indonesian words and lets a browser
download only the chunks a query needs. Pages mark what is indexed with
``data-pagefind-body`` and their filters with ``data-pagefind-filter``
(overrides/main.html); navigation, header and footer stay out.

The English tree (``en/``) has ``<html lang="en">``, so Pagefind gives it its own
index and English stemming.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from generator.build.pagefind_bin import binary_path

BUNDLE = "pagefind"
ARGUMENTS = ["--site", "{site}", "--output-subdir", BUNDLE, "--quiet", "--exclude-selectors", ".headerlink"]


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


@dataclass(frozen=True)
class IndexResult:
    ok: bool
    output: str


def build_search_index(site_dir: Path) -> IndexResult:
    """Write the Pagefind bundle into ``site_dir/pagefind``."""
    command = [*pagefind_command(), *(part.format(site=site_dir) for part in ARGUMENTS)]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as exc:  # pragma: no cover - the wheel ships the binary
        return IndexResult(ok=False, output=str(exc))
    output = (result.stdout + result.stderr).strip()
    return IndexResult(ok=result.returncode == 0 and (site_dir / BUNDLE / "pagefind.js").is_file(),
                       output=output)
