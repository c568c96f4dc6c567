"""Rules for the Daftar Informasi Publik beyond its Table Schema."""

from __future__ import annotations

from collections.abc import Iterator

from generator.model import DipEntry, Problem

EXCLUSION_FIELDS = ("dasar_hukum_pengecualian", "uji_konsekuensi", "jangka_waktu_pengecualian")
EXCLUDED = "dikecualikan"


def check_exclusions(entry: DipEntry, file: str) -> Iterator[Problem]:
    values = dict(zip(EXCLUSION_FIELDS, (entry.exclusion_basis, entry.consequence_test,
                                         entry.exclusion_period), strict=False))
    for column, value in values.items():
        if entry.category == EXCLUDED and not value:
            yield Problem("exclusion-missing", file, row=entry.row, field=column)
        elif entry.category != EXCLUDED and entry.category and value:
            yield Problem("exclusion-not-excluded", file, row=entry.row, field=column, value=value)


def check_dataset_link(entry: DipEntry, file: str, *, datasets: set[str]) -> Iterator[Problem]:
    """The ``dataset`` column names a dataset folder (documents: checks/documents.py)."""
    if entry.dataset and entry.dataset not in datasets:
        yield Problem("dataset-unknown", file, row=entry.row, field="dataset", value=entry.dataset)
