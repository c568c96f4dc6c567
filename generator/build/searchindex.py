"""Search index of a built site: Pagefind, run on the engine's HTML output before the swap.

Pagefind (PyPI ``pagefind[bin]``, the binary ships inside the wheel) splits the
index into small chunks per language, stems Indonesian words and lets a browser
download only the chunks a query needs. Pages mark what is indexed with
``data-pagefind-body`` and their filters with ``data-pagefind-filter``
(overrides/main.html); navigation, header and footer stay out.

The English tree (``en/``) has ``<html lang="en">``, so Pagefind gives it its own
index and English stemming.
"""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

BUNDLE = "pagefind"
COMMAND = [sys.executable, "-m", "pagefind", "--site", "{site}", "--output-subdir", BUNDLE, "--quiet",
           "--exclude-selectors", ".headerlink"]


# Files Pagefind writes in hash-map order, so their bytes vary between identical runs
# (upstream, Pagefind issue #638: only fragments and the word index were made stable).
UNORDERED = re.compile(rf"^{BUNDLE}/(filter/.*|pagefind-entry\.json|pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta)$")


def is_reproducible(path: str) -> bool:
    """Whether the built file ``path`` (relative to the site) is the same bytes in every build."""
    return UNORDERED.match(path) is None


@dataclass(frozen=True)
class IndexResult:
    ok: bool
    output: str


def build_search_index(site_dir: Path) -> IndexResult:
    """Write the Pagefind bundle into ``site_dir/pagefind``."""
    command = [part.format(site=site_dir) for part in COMMAND]
    try:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
    except OSError as exc:  # pragma: no cover - the wheel ships the binary
        return IndexResult(ok=False, output=str(exc))
    output = (result.stdout + result.stderr).strip()
    return IndexResult(ok=result.returncode == 0 and (site_dir / BUNDLE / "pagefind.js").is_file(),
                       output=output)
