"""Bytes a citizen downloads for the forms and the tracker of a built site, raw and gzipped.

    .venv/bin/python benchmarks/forms_weight.py SITE_DIR

Each page with its own script and style and the data file it reads once on load (nothing after).
"""

from __future__ import annotations

import argparse
import gzip
from pathlib import Path

PAGES = {
    "permohonan/": ("permohonan/index.html", "assets/etalase-forms.js", "assets/etalase-forms.css",
                    "permohonan/kode-kecamatan.json"),
    "keberatan/": ("keberatan/index.html", "assets/etalase-forms.js", "assets/etalase-forms.css"),
    "lacak/": ("lacak/index.html", "assets/etalase-forms.js", "assets/etalase-forms.css",
               "lacak/status-permohonan.json"),
}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("site", type=Path)
    site = parser.parse_args().site
    for page, files in PAGES.items():
        raw = zipped = 0
        for name in files:
            data = (site / name).read_bytes()
            raw += len(data)
            zipped += len(gzip.compress(data, 9, mtime=0))
            print(f"{page} {name}: {len(data):,} B, gzip {len(gzip.compress(data, 9, mtime=0)):,} B")
        print(f"{page} own files total: {raw:,} B, gzip {zipped:,} B")


if __name__ == "__main__":
    main()
