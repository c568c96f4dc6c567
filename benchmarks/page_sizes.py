"""The largest pages of a portal's docs trees, rendered without the site engine.

    PYTHONPATH=. .venv/bin/python benchmarks/page_sizes.py PORTAL [--top 12]

PORTAL is a repository such as the one ``synth.py`` writes (for the large size with few rows:
``synth.py OUT --datasets 5000 --rows 5 --dip 10000``). Loads it, renders the docs tree of every
language exactly as ``build`` does (derived downloads included; ``--cache`` keeps them for the
next run) and prints the largest page bodies (the HTML the generator writes into each page; the
site engine adds the theme's page chrome, about 20 KB) and the largest of each section, so a
page that grows with the number of datasets or DIP entries shows before a build is run.
Issue 15's target: no HTML page over 300 KB.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from generator.compliance.context import gather
from generator.i18n import LANGUAGES
from generator.load.history import load_history
from generator.load.project import load_project
from generator.render.project import dataset_outputs, render_project
from generator.settings import Settings


def section(path: str) -> str:
    """The section of a page: ``dataset/2/index.md`` -> ``dataset/`` (a numbered page is its list)."""
    parts = path.split("/")
    return parts[0] + "/" if len(parts) > 1 else path


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("portal", type=Path)
    args.add_argument("--top", type=int, default=12)
    args.add_argument("--cache", action="store_true",
                      help="keep the derived downloads in the portal's .etalase/ cache (a second run reuses them)")
    options = args.parse_args()
    settings = Settings(root=options.portal, cache=options.cache)
    started = time.perf_counter()
    project, _problems = load_project(settings)
    state = gather(project, settings)
    history = load_history(settings.root, [])
    outputs = dataset_outputs(project, settings)
    print(f"portal   {len(project.datasets):,} datasets, {len(project.dip):,} DIP entries "
          f"(load and downloads {time.perf_counter() - started:.0f} s)")
    sizes: dict[str, int] = {}
    for language in LANGUAGES:
        started = time.perf_counter()
        tree = render_project(project, settings, history=history, language=language, outputs=outputs,
                              state=state)
        prefix = f"{language.folder}/" if language.folder else ""
        for item in tree.files:
            if item.path.suffix == ".md" and item.text is not None:
                sizes[prefix + str(item.path)] = len(item.text.encode("utf-8"))
        print(f"{language.code} tree  rendered in {time.perf_counter() - started:.0f} s")
    print(f"pages    {len(sizes):,}, all bodies {sum(sizes.values()) / 1e6:.1f} MB")
    print("largest bodies:")
    for path in sorted(sizes, key=lambda name: (-sizes[name], name))[:options.top]:
        print(f"  {sizes[path] / 1e3:9.1f} KB  {path}")
    largest: dict[str, str] = {}
    for path, size in sizes.items():
        key = section(path.removeprefix("en/"))
        if key not in largest or size > sizes[largest[key]]:
            largest[key] = path
    print("largest of each section:")
    for key in sorted(largest):
        print(f"  {sizes[largest[key]] / 1e3:9.1f} KB  {largest[key]}")


if __name__ == "__main__":
    main()
