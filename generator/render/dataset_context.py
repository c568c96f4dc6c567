"""Template context of a dataset page: everything formatted, nothing escaped yet."""

from __future__ import annotations

from typing import Any

from generator.i18n import N_, _
from generator.i18n.format import date_label, number_label, size_label
from generator.model import Dataset, Resource
from generator.render.routes import relative
from generator.validate.checks.privacy import allowance_rows
from generator.vocab import FIELD_TYPES, FREQUENCIES, LICENSES

# The loader writes a boolean constraint (required, unique) as "ya" or "tidak": a label, shown translated.
BOOLEAN_CONSTRAINTS = ("required", "unique")
YES_NO = {"ya": N_("ya"), "tidak": N_("tidak")}


def _constraints(constraints: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    return [(key, _(YES_NO[value]) if key in BOOLEAN_CONSTRAINTS and value in YES_NO else value)
            for key, value in constraints]


def dataset_context(dataset: Dataset, *, page: str, related: list[dict[str, Any]]) -> dict[str, Any]:
    license_title = dataset.license_title or LICENSES.get(dataset.license_id, "")
    license_label = f"{license_title} ({dataset.license_id})" if license_title else dataset.license_id
    start, end = date_label(dataset.temporal_start), date_label(dataset.temporal_end)
    temporal = _("{start} s.d. {end}").format(start=start, end=end) if start and end else (
        start or end or _("(tidak dinyatakan)"))
    frequency = FREQUENCIES.get(dataset.frequency)
    return {
        "d": dataset, "license_label": license_label, "license_url": dataset.license_url,
        "frequency": _(frequency) if frequency else dataset.frequency, "temporal": temporal,
        "updated": date_label(dataset.updated), "related": related,
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
        "filename": resource.path.rsplit("/", 1)[-1], "size": size_label(resource.size),
        "sha256": resource.sha256, "rows": number_label(resource.row_count),
        "row_count": resource.row_count,
        "primary_key": resource.primary_key,
        "fields": [{"name": field.name, "title": field.title, "description": field.description,
                    "type_label": (_(FIELD_TYPES[field.type]) if field.type in FIELD_TYPES else field.type)
                    + (f" ({field.format})" if field.format and field.format != "default" else ""),
                    "constraints": _constraints(field.constraints)} for field in resource.fields],
        "header": header, "preview": resource.preview,
    }
