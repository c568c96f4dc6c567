"""Injection and file-safety rules: formula cells, unsafe HTML in staff pages, symbolic links."""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path

import markdown

from generator.model import Dataset, Page, Problem, Profile, Severity
from generator.safety import FORMULA_STARTS, is_formula, unsafe_html, url_is_unsafe
from generator.validate.checks.preflight import UTF16_BOMS, sniff_kind
from generator.validate.tables import Columns, read_columns

# The Markdown features staff pages may use that change what HTML comes out.
MARKDOWN_EXTENSIONS = ["tables", "attr_list", "admonition", "toc", "md_in_html"]
WATCHED_FOLDERS = ("content", "datasets")
MAX_PER_COLUMN = 5


TEXT_TYPES = ("string", "any")


def check_formulas(table: Columns, *, file: str, typed: Collection[str] = ()) -> Iterator[Problem]:
    """Text cells starting with = + - @ tab or CR, in every column of the header, declared or not,
    except the columns ``typed`` (declared with a type other than text: Frictionless checks
    their values, and the downloads write them as numbers or dates, never as formulas)."""
    for index, column in enumerate(table.columns[:len(table.header)]):  # cells past it: extra-cell errors
        name = table.header[index]
        if name in typed:
            continue
        shown = 0
        for position in sorted(column.starting_with(FORMULA_STARTS)):
            cell = column.values[position]
            if is_formula(cell):
                shown += 1
                yield Problem("formula-injection", file, severity=Severity.WARNING, row=column.rows[position],
                              field=name or None, value=cell)
                if shown == MAX_PER_COLUMN:
                    break


def check_dataset_formulas(dataset: Dataset, root: Path) -> Iterator[Problem]:
    for resource in dataset.local_resources:
        if not_text_table(root / resource.source):  # an Excel or HTML file: the pre-flight says so
            continue
        typed = {field.name for field in resource.fields if field.type not in TEXT_TYPES}
        delimiter = str((resource.descriptor.get("dialect") or {}).get("delimiter") or ",")[:1]
        yield from check_formulas(read_columns(root / resource.source, delimiter=delimiter),
                                  file=resource.source, typed=typed)


def not_text_table(path: Path) -> bool:
    """A workbook, web page or UTF-16 file under a .csv name: it has no columns to scan."""
    try:
        with path.open("rb") as handle:
            head = handle.read(1024)
    except OSError:
        return True
    return head.startswith(UTF16_BOMS) or sniff_kind(head) in ("file-is-excel", "file-is-html")


def check_page_html(page: Page) -> Iterator[Problem]:
    """Markup a staff page may not carry; it is removed from the published page."""
    html = markdown.markdown(page.body, extensions=MARKDOWN_EXTENSIONS)
    lines = page.body.splitlines()
    for item in unsafe_html(html):
        token = (item.split("=", 1)[1] if item.startswith("src=") else item.rstrip("=:>").lstrip("<")).lower()
        line = next((index for index, text in enumerate(lines, start=1) if token in text.lower()), None)
        yield Problem("unsafe-html", page.source, severity=Severity.WARNING,
                      line=None if line is None else line + _body_offset(page), value=item)


def _body_offset(page: Page) -> int:
    """Lines before the body: the front matter and its two --- lines."""
    return 0 if page.body_line is None else page.body_line - 1


def check_symlinks(root: Path) -> Iterator[Problem]:
    """A symbolic link would let the site engine publish whatever it points to."""
    for folder in WATCHED_FOLDERS:
        base = root / folder
        if base.is_symlink():
            yield Problem("symlink", folder, value=os.readlink(base))
            continue
        if not base.is_dir():
            continue
        for current, dirs, files in os.walk(base, followlinks=False):
            for name in sorted(dirs + files):
                path = Path(current) / name
                if path.is_symlink():
                    yield Problem("symlink", path.relative_to(root).as_posix(),
                                  value=os.readlink(path))
            dirs[:] = sorted(name for name in dirs if not (Path(current) / name).is_symlink())


def check_urls(profile: Profile | None, datasets: Iterable[Dataset], *, profile_file: str,
               root: Path) -> Iterator[Problem]:
    """Licence addresses must be web, mail or phone addresses (no javascript:, data:); the logo
    must be a file inside content/. The URLs of site.yaml are checked by checks/urls.py."""
    if profile is not None and profile.logo and not _inside(root / "content", profile.logo):
        yield Problem("path-outside", profile_file, field="logo", value=profile.logo)
    for dataset in datasets:
        if dataset.license_url and url_is_unsafe(dataset.license_url):
            yield Problem("unsafe-url", dataset.descriptor_file, field="licenses", value=dataset.license_url)


def _inside(folder: Path, relative: str) -> bool:
    try:
        (folder / relative).resolve().relative_to(folder.resolve())
    except (ValueError, OSError):
        return False
    return "://" not in relative
