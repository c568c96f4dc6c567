"""What the search filters know about a generated page: type, DIP category, unit and year.

The facets travel in the page's front matter (``etalase_search``); the theme override
(build/overrides/main.html) turns them into Pagefind filters. Values are plain text here
and escaped by the template; interface values are in the language of the tree.
"""

from __future__ import annotations

from typing import Any

from generator.i18n import N_, _
from generator.model import Dataset, DipEntry
from generator.vocab import category

PAGE_TYPES = {"dip": N_("Informasi publik (DIP)"), "dataset": N_("Dataset"), "page": N_("Halaman")}


def search_facets(*, entry: DipEntry | None = None, dataset: Dataset | None = None) -> dict[str, Any]:
    """The filter values of a DIP entry page, a dataset page, or (neither) an ordinary page."""
    if entry is not None:
        known = category(entry.category)
        return {"type": _(PAGE_TYPES["dip"]), "filters": {
            "kategori": _(known.short) if known else entry.category, "unit": entry.holder,
            "tahun": str(entry.year) if entry.year else ""}}
    if dataset is not None:
        year = (dataset.temporal_end or dataset.temporal_start)[:4]
        return {"type": _(PAGE_TYPES["dataset"]), "filters": {
            "unit": dataset.publisher_unit or dataset.publisher,
            "tahun": year if year.isdigit() else ""}}
    return {"type": _(PAGE_TYPES["page"]), "filters": {}}
