"""What a dataset page shows about provenance: every download with its checksum, and the
version history of each data file."""

from __future__ import annotations

from typing import Any

from generator.catalog.files import JSON_MAX_CSV_BYTES, XLSX_MAX_CSV_BYTES, DatasetOutput, Published
from generator.i18n import N_, _
from generator.i18n.format import date_label, number_label, size_label
from generator.load.history import COMPLETE, SHALLOW, History
from generator.load.remote import is_remote
from generator.model import Dataset
from generator.render.routes import relative

NOTES = {
    SHALLOW: N_("Riwayat versi mungkin tidak lengkap: situs dibangun dari klon git dangkal (shallow clone). "
                "Bangun dari klon lengkap (fetch-depth: 0) untuk riwayat penuh."),
    "unavailable": N_("Riwayat versi tidak tersedia: situs tidak dibangun dari repositori git."),
}
DERIVED = ("JSON", "XLSX")  # made from the CSV up to a size (generator/catalog/files.py)
LIMITS = {"JSON": JSON_MAX_CSV_BYTES, "XLSX": XLSX_MAX_CSV_BYTES}
LABELS = {"CSV": N_("CSV (asli)"), "JSON": N_("JSON"), "XLSX": N_("Excel (XLSX)"), "ZIP": N_("Paket data (ZIP)")}


def _download(item: Published, page: str) -> dict[str, str]:
    url = item.path if "://" in item.path else relative(page, item.path)
    return {"label": _(LABELS[item.format]), "format": item.format, "url": url,
            "size": size_label(item.size), "bytes": str(item.size), "sha256": item.sha256,
            "filename": item.path.rsplit("/", 1)[-1]}


def provenance_context(dataset: Dataset, output: DatasetOutput, *, page: str, history: History | None,
                       repo_url: str | None) -> dict[str, Any]:
    downloads = {resource.name: [_download(item, page) for item in output.of(resource.name)
                                 if item.format != "CSV"] for resource in dataset.resources}
    omitted = {resource.name: {fmt: size_label(LIMITS[fmt]) for fmt in DERIVED
                               if fmt not in {item.format for item in output.of(resource.name)}}
               for resource in dataset.resources if not is_remote(resource)}
    external = {resource.name: resource.source for resource in dataset.resources if is_remote(resource)}
    versions: dict[str, list[dict[str, str]]] = {}
    for resource in dataset.resources:
        found = history.of(resource.source) if history else ()
        versions[resource.name] = [{
            "date": date_label(version.date), "iso_date": version.date, "summary": version.summary,
            "commit": version.commit[:10], "sha256": version.sha256, "rows": number_label(version.row_count),
            "url": (f"{repo_url.rstrip('/')}/blob/{version.commit}/{version.path or resource.source}"
                    if repo_url else ""),
        } for version in found]
    status = history.status if history else "unavailable"
    return {
        "downloads": downloads, "external": external, "omitted": omitted,
        "package": _download(output.package, page) if output.package else None,
        "descriptor_url": relative(page, output.descriptor.path), "history": versions,
        "history_note": _(NOTES.get(status, "")) if status != COMPLETE else "",
    }
