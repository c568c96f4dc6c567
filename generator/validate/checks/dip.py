"""Rules for the Daftar Informasi Publik beyond its Table Schema."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from generator.model import DipEntry, Problem

EXCLUSION_FIELDS = ("dasar_hukum_pengecualian", "uji_konsekuensi", "jangka_waktu_pengecualian")
EXCLUDED = "dikecualikan"
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def check_exclusions(entry: DipEntry, file: str) -> Iterator[Problem]:
    values = dict(zip(EXCLUSION_FIELDS, (entry.exclusion_basis, entry.consequence_test,
                                         entry.exclusion_period), strict=False))
    for column, value in values.items():
        if entry.category == EXCLUDED and not value:
            yield Problem("exclusion-missing", file, row=entry.row, field=column)
        elif entry.category != EXCLUDED and entry.category and value:
            yield Problem("exclusion-not-excluded", file, row=entry.row, field=column, value=value)


def check_links(entry: DipEntry, file: str, *, datasets: set[str], content_dir: Path) -> Iterator[Problem]:
    if entry.dataset and entry.dataset not in datasets:
        yield Problem("dataset-unknown", file, row=entry.row, field="dataset", value=entry.dataset)
    document = entry.document
    if CONTROL.search(document):  # a NUL byte cannot name a file: Path.resolve() would raise
        yield Problem("document-link-invalid", file, row=entry.row, field="tautan_dokumen",
                      value=CONTROL.sub("?", document))
        return
    if document and ":" not in document.split("/", 1)[0] and not document.startswith("//"):
        # a local path (addresses are judged by link-scheme, checks/published.py)
        target = (content_dir / document).resolve()
        try:
            target.relative_to(content_dir.resolve())
        except ValueError:
            yield Problem("path-outside", file, row=entry.row, field="tautan_dokumen", value=document)
            return
        if not target.is_file():
            yield Problem("document-missing", file, row=entry.row, field="tautan_dokumen", value=document)
