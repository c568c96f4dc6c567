"""Template context of a dataset page: everything formatted, nothing escaped yet."""

from __future__ import annotations

from typing import Any

from generator.checks.metadata import FREQUENCIES, LICENSES
from generator.checks.privacy import allowance_rows
from generator.fmt import angka, relative, tanggal, ukuran
from generator.model import Dataset, Resource

TYPE_LABELS = {
    "string": "teks", "integer": "bilangan bulat", "number": "angka", "date": "tanggal",
    "datetime": "tanggal dan waktu", "year": "tahun", "yearmonth": "tahun-bulan",
    "boolean": "ya/tidak", "geopoint": "koordinat", "time": "waktu", "any": "bebas",
}


def dataset_context(dataset: Dataset, *, page: str, related: list[dict[str, Any]]) -> dict[str, Any]:
    license_title = dataset.license_title or LICENSES.get(dataset.license_id, "")
    license_label = f"{license_title} ({dataset.license_id})" if license_title else dataset.license_id
    start, end = tanggal(dataset.temporal_start), tanggal(dataset.temporal_end)
    temporal = f"{start} s.d. {end}" if start and end else start or end or "(tidak dinyatakan)"
    return {
        "d": dataset, "license_label": license_label, "license_url": dataset.license_url,
        "frequency": FREQUENCIES.get(dataset.frequency, dataset.frequency), "temporal": temporal,
        "updated": tanggal(dataset.updated), "related": related,
        "resources": [{**_resource(dataset, resource, page),
                       "state_prefix": f"{resource.name}-" if len(dataset.resources) > 1 else ""}
                      for resource in dataset.resources],
        "personal_data_allowed": allowance_rows(dataset),
    }


def _resource(dataset: Dataset, resource: Resource, page: str) -> dict[str, Any]:
    header = tuple(field.name for field in resource.fields) or (
        resource.preview[0] if resource.preview else ())
    return {
        "name": resource.name, "title": resource.title, "description": resource.description,
        "anchor": f"berkas-{resource.name}",
        "url": relative(page, f"dataset/{dataset.name}/{resource.path}"),
        "filename": resource.path.rsplit("/", 1)[-1], "size": ukuran(resource.size),
        "sha256": resource.sha256, "rows": angka(resource.row_count),
        "primary_key": resource.primary_key,
        "fields": [{"name": field.name, "title": field.title, "description": field.description,
                    "type_label": TYPE_LABELS.get(field.type, field.type)
                    + (f" ({field.format})" if field.format and field.format != "default" else ""),
                    "constraints": field.constraints} for field in resource.fields],
        "header": header, "preview": resource.preview,
    }
