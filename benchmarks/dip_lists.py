"""The DIP lists of a long DIP, rendered (no site engine): pages, their sizes and the downloads.

    PYTHONPATH=. .venv/bin/python benchmarks/dip_lists.py [--dip 10000] [--out DIR]

Writes the synthetic portal of ``synth.py`` with ``--dip`` entries (one small dataset: the DIP
lists do not depend on the datasets), renders the DIP section and its print version in every
language, and prints the number of list pages, the largest and average page body (the HTML the
generator writes into each page; the site engine adds the theme's page chrome, about 20 KB),
the print version's parts and the bytes of the CSV, the JSON download and the lists' index
(raw and gzipped, as a static host serves it).
"""

from __future__ import annotations

import argparse
import gzip
import tempfile
import time
from pathlib import Path

from benchmarks.synth import write_portal
from generator.compliance.context import gather
from generator.i18n import LANGUAGES, active
from generator.load.project import load_project
from generator.model import OutputFile
from generator.render.compliance.dip_print import print_files
from generator.render.dip import dip_files
from generator.settings import Settings


def content(item: OutputFile) -> bytes:
    if item.copy_from:
        return Path(item.copy_from).read_bytes()
    return item.data if item.data is not None else (item.text or "").encode("utf-8")


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--dip", type=int, default=10_000)
    args.add_argument("--out", type=Path)
    options = args.parse_args()
    repo = options.out or Path(tempfile.mkdtemp(prefix="etalase-dip-"))
    write_portal(repo, datasets=1, rows=5, dip=options.dip, seed=7)
    settings = Settings(root=repo, cache=False)
    project, _problems = load_project(settings)
    state = gather(project, settings)
    print(f"portal            {len(project.dip):,} DIP entries ({options.dip:,} generated), {repo}")
    for language in LANGUAGES:
        started = time.perf_counter()
        with active(language, settings.locale_dir):
            files = dip_files(project, state, request_slug=None) + print_files(project, state)
        seconds = time.perf_counter() - started
        pages = {str(item.path): len(content(item)) for item in files
                 if str(item.path).startswith("dip/") and item.path.suffix == ".md"}
        prints = {path: bytes_ for path, bytes_ in pages.items() if path.startswith("dip/cetak/")}
        lists = {path: bytes_ for path, bytes_ in pages.items() if path not in prints}
        largest = max(lists, key=lambda path: lists[path])
        tag = language.code
        print(f"{tag} render        {seconds:.1f} s (DIP lists, entry pages and print version)")
        print(f"{tag} list pages    {len(lists):,}: largest body {lists[largest] / 1e3:.1f} KB ({largest}), "
              f"average {sum(lists.values()) / len(lists) / 1e3:.1f} KB, all {sum(lists.values()) / 1e6:.1f} MB")
        print(f"{tag} print parts   {len(prints)}: largest body {max(prints.values()) / 1e3:.1f} KB")
        if language.folder:
            continue
        for item in files:
            if str(item.path).startswith("dip/") and item.path.suffix in {".csv", ".json"}:
                raw = content(item)
                print(f"download          {item.path}: {len(raw) / 1e3:,.0f} KB, "
                      f"{len(gzip.compress(raw, 6)) / 1e3:,.0f} KB gzipped")


if __name__ == "__main__":
    main()
