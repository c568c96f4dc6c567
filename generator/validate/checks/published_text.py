"""Texts published outside the tables and the Indonesian pages, scanned for personal data.

Data package descriptors (titles, descriptions, keywords, field and resource texts go
into the dataset pages, catalog.jsonld/ttl, data.json and datapackage.json),
``content/site.yaml`` (officials included: it is on every page), ``content/dik.csv``
(the consequence-test register) and every page in a folder under ``content/pages/``
(the English pages). A page that is also loaded as a record gets the same problems
from its page unit; equal problems are merged, so nothing is reported twice.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from generator.load.io.csvfile import table_rows
from generator.load.io.limits import check_csv_file, check_markdown
from generator.load.io.yamlio import parse_yaml
from generator.load.project import PAGES_DIR, PROFILE_FILE
from generator.model import Dataset, Problem
from generator.validate.checks import exposure, privacy

DIK_FILE = "content/dik.csv"


def check_descriptor(dataset: Dataset, root: Path, *, ignore: frozenset[str]) -> Iterator[Problem]:
    """The loaded descriptor's strings (the loader parsed this very file, without problems)."""
    yield from check_yaml_file(root, dataset.descriptor_file, ignore=ignore, parsed=dataset.descriptor)


def check_yaml_file(root: Path, file: str, *, ignore: frozenset[str],
                    parsed: dict[str, Any] | None = None) -> Iterator[Problem]:
    """Every string of a YAML file; a file that does not parse is reported by its loader.

    ``parsed``: the file's data as the loader returned it, so it is not parsed again.
    """
    path = root / file
    if not path.is_file() or path.is_symlink():
        return
    try:
        source = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return
    data, problems = (parsed, []) if parsed is not None else parse_yaml(source, file=file)
    if not problems:
        yield from exposure.check_yaml_data(data, source, file=file, ignore=ignore)
        yield from _markdown_bounds(data, file=file)


def _markdown_bounds(data: object, *, file: str) -> Iterator[Problem]:
    """Descriptions become Markdown of the docs tree: the first text over the bounds, by key path."""
    for path, value in exposure.strings(data):
        for problem in check_markdown(value, file=file):
            yield replace(problem, field=path, line=None)
            return


def check_site(root: Path, *, ignore: frozenset[str]) -> Iterator[Problem]:
    yield from check_yaml_file(root, PROFILE_FILE, ignore=ignore)


def check_dik(root: Path, *, ignore: frozenset[str]) -> Iterator[Problem]:
    path = root / DIK_FILE
    if path.is_file() and not path.is_symlink():
        bounded = check_csv_file(path, file=DIK_FILE)
        yield from bounded
        if not bounded:
            yield from privacy.check_table(table_rows(path), file=DIK_FILE, ignore=ignore)


def other_pages(root: Path, *, checked: Collection[str] = ()) -> list[str]:
    """Pages in folders under content/pages/, as repository paths, but those directly in a folder
    of ``checked`` (the languages' folders, whose pages have validation units of their own)."""
    folder = root / PAGES_DIR
    if not folder.is_dir():
        return []
    return sorted(path.relative_to(root).as_posix() for path in folder.glob("*/**/*.md")
                  if path.is_file() and not path.is_symlink()
                  and path.parent.relative_to(root).as_posix() not in checked)


def check_other_pages(root: Path, *, ignore: frozenset[str], checked: Collection[str] = ()) -> Iterator[Problem]:
    """Bounds and personal data of each page under a folder of content/pages/ (but ``checked``)."""
    for file in other_pages(root, checked=checked):
        try:
            text = (root / file).read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            yield Problem("file-unreadable", file, params=(("detail", str(exc)),))
            continue
        bounded = check_markdown(text, file=file)
        yield from bounded
        if not bounded:
            yield from exposure.check_lines(text, file=file, ignore=ignore)
