"""Views of a data package (Frictionless ``views``, the "simple" spec) and the data they draw.

A view names one resource and how to draw it::

    views:
      - name: permohonan-per-bulan
        title: Permohonan informasi per bulan
        resources: [permohonan-bulanan]
        specType: simple
        spec: {type: line, group: bulan, series: [permohonan_diterima, ditolak]}

``type`` is ``line`` or ``bar`` (``group``: the category or time column, ``series``: number
columns) or ``map`` (Etalase's addition: ``latitude``, ``longitude`` and an optional ``label``
column). ``check_views`` says what is wrong with a view; ``view_data`` reads its values.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from generator.i18n import N_
from generator.model import Dataset, Problem, Resource

KINDS = ("line", "bar", "map")
MAX_POINTS = {"line": 120, "bar": 30, "map": 1000}
NUMERIC = ("integer", "number")


@dataclass(frozen=True)
class View:
    name: str
    title: str
    kind: str
    resource: Resource
    group: str = ""
    series: tuple[str, ...] = ()
    latitude: str = ""
    longitude: str = ""
    label: str = ""


def _problem(dataset: Dataset, name: str, reason: str, **data: str) -> Problem:
    """``reason`` is a message id; ``data`` fills its fields."""
    return Problem("view-invalid", dataset.descriptor_file, field="views", value=name,
                   params=(("view", name), ("reason", reason), *sorted(data.items())))


def _parse(dataset: Dataset, raw: Any, index: int) -> View | Problem:
    if not isinstance(raw, dict):
        return _problem(dataset, f"#{index + 1}", N_("bukan pemetaan (name, resources, spec)"))
    name = str(raw.get("name") or f"#{index + 1}")
    spec: dict[str, Any] = raw["spec"] if isinstance(raw.get("spec"), dict) else {}
    kind = str(spec.get("type", ""))
    if kind not in KINDS:
        return _problem(dataset, name, N_('spec.type "{view_type}" bukan line, bar atau map'), view_type=kind)
    names = raw.get("resources") or [raw.get("resourceName")]
    wanted = str(names[0]) if isinstance(names, list) and names else ""
    resource = next((item for item in dataset.resources if item.name == wanted), None)
    if resource is None:
        return _problem(dataset, name, N_('resources: tidak ada sumber data bernama "{resource}"'), resource=wanted)
    types = {field.name: field.type for field in resource.fields}
    series = spec.get("series")
    columns = {"group": str(spec.get("group", "")), "latitude": str(spec.get("latitude", "")),
               "longitude": str(spec.get("longitude", "")), "label": str(spec.get("label", ""))}
    needed = ["latitude", "longitude"] if kind == "map" else ["group"]
    wanted_series = [str(item) for item in series] if isinstance(series, list) else []
    for key in needed + (["label"] if columns["label"] else []):
        if columns[key] not in types:
            return _problem(dataset, name, N_('spec.{key}: kolom "{column}" tidak ada di {resource}'),
                            key=key, column=columns[key], resource=wanted)
    if kind != "map":
        bad = [item for item in wanted_series if types.get(item) not in NUMERIC]
        if not wanted_series or bad:
            return _problem(dataset, name, N_("spec.series harus berisi kolom angka dari {resource}"),
                            resource=wanted)
    return View(name=name, title=str(raw.get("title") or name), kind=kind, resource=resource,
                series=tuple(wanted_series), **columns)


def parse_views(dataset: Dataset) -> tuple[list[View], list[Problem]]:
    raw_views = dataset.descriptor.get("views")
    views: list[View] = []
    problems: list[Problem] = []
    for index, raw in enumerate(raw_views if isinstance(raw_views, list) else []):
        parsed = _parse(dataset, raw, index)
        (problems if isinstance(parsed, Problem) else views).append(parsed)  # type: ignore[arg-type]
    return views, problems


def check_views(dataset: Dataset) -> Iterator[Problem]:
    """One ``view-invalid`` problem per view that cannot be drawn."""
    yield from parse_views(dataset)[1]


def _number(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def view_rows(view: View, root: Path) -> list[dict[str, str]]:
    """The first rows of the view's resource (at most ``MAX_POINTS`` of its kind)."""
    limit = MAX_POINTS[view.kind]
    rows: list[dict[str, str]] = []
    with (root / view.resource.source).open(encoding="utf-8-sig", newline="") as handle:
        for row in csv.DictReader(handle):
            rows.append(row)
            if len(rows) >= limit:
                break
    return rows


def chart_points(view: View, rows: list[dict[str, str]]) -> list[tuple[str, list[float | None]]]:
    """``(group label, [value per series])`` for line and bar views."""
    return [(row.get(view.group, ""), [_number(row.get(name, "") or "") for name in view.series])
            for row in rows]


def map_points(view: View, rows: list[dict[str, str]]) -> list[tuple[str, float, float]]:
    """``(label, latitude, longitude)`` of every row with valid coordinates."""
    points: list[tuple[str, float, float]] = []
    for row in rows:
        lat, lon = _number(row.get(view.latitude, "") or ""), _number(row.get(view.longitude, "") or "")
        if lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180:
            points.append((row.get(view.label, "") if view.label else "", lat, lon))
    return points
