"""Template context of a dataset's views: chart geometry, map points and their tables."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.i18n import _, current
from generator.i18n.format import number_label
from generator.load.views import View, chart_points, map_points, parse_views, view_rows
from generator.model import Dataset
from generator.render.charts import bar_chart, line_chart, short_label
from generator.render.routes import relative

LEAFLET = "assets/vendor/leaflet/"


def view_contexts(dataset: Dataset, *, root: Path, page: str) -> list[dict[str, Any]]:
    """One context per drawable view, in the order the data package lists them."""
    views, _ = parse_views(dataset)
    return [_context(view, view_rows(view, root), page=page, number=number)
            for number, view in enumerate(views, start=1)]


def _titles(view: View) -> dict[str, str]:
    return {field.name: field.title or field.name for field in view.resource.fields}


def _context(view: View, rows: list[dict[str, str]], *, page: str, number: int) -> dict[str, Any]:
    titles = _titles(view)
    base = {"id": f"tampilan-{number}", "title": view.title, "kind": view.kind,
            "resource": view.resource.title or view.resource.name}
    if view.kind == "map":
        places = map_points(view, rows)
        return {**base, "points": places,
                "points_json": json.dumps([[round(lat, 6), round(lon, 6), label]
                                           for label, lat, lon in places], ensure_ascii=False),
                "label_title": titles.get(view.label, _("Nama")),
                "leaflet_js": relative(page, LEAFLET + "leaflet.js"),
                "leaflet_css": relative(page, LEAFLET + "leaflet.css")}
    points = chart_points(view, rows)
    names = [titles.get(name, name) for name in view.series]
    draw = line_chart if view.kind == "line" else bar_chart
    return {**base, "chart": draw(points, names), "series": names,
            "group_title": titles.get(view.group, view.group),
            "rows": [(short_label(label) if view.kind == "line" else label,
                      [_cell(value) for value in values]) for label, values in points]}


def _cell(value: float | None) -> str:
    if value is None:
        return "–"
    return number_label(int(value)) if value.is_integer() else current().decimal_point(f"{value:g}")

