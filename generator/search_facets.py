"""What the search filters know about a generated page: type, DIP category, unit and year.

The facets travel in the page's front matter (``etalase_search``); the theme override
(overrides/main.html) turns them into Pagefind filters. Values are plain text here and
escaped by the template.
"""

from __future__ import annotations

from typing import Any

from generator.model import Dataset, DipEntry

TYPE_LABELS = {
    "id": {"dip": "Informasi publik (DIP)", "dataset": "Dataset", "page": "Halaman"},
    "en": {"dip": "Public information (DIP)", "dataset": "Dataset", "page": "Page"},
}
CATEGORY_LABELS = {
    "id": {"berkala": "Berkala", "serta_merta": "Serta merta", "setiap_saat": "Setiap saat",
           "dikecualikan": "Dikecualikan"},
    "en": {"berkala": "Periodic", "serta_merta": "Immediate", "setiap_saat": "Available at any time",
           "dikecualikan": "Exempted"},
}


def search_facets(*, entry: DipEntry | None = None, dataset: Dataset | None = None,
                  lang: str = "id") -> dict[str, Any]:
    """The filter values of a DIP entry page, a dataset page, or (neither) an ordinary page."""
    types = TYPE_LABELS.get(lang, TYPE_LABELS["id"])
    if entry is not None:
        category = CATEGORY_LABELS.get(lang, CATEGORY_LABELS["id"]).get(entry.category, entry.category)
        return {"type": types["dip"], "filters": {
            "kategori": category, "unit": entry.holder,
            "tahun": str(entry.year) if entry.year else ""}}
    if dataset is not None:
        year = (dataset.temporal_end or dataset.temporal_start)[:4]
        return {"type": types["dataset"], "filters": {
            "unit": dataset.publisher_unit or dataset.publisher,
            "tahun": year if year.isdigit() else ""}}
    return {"type": types["page"], "filters": {}}
