"""Chart geometry for line and bar views, drawn as SVG by templates/view.html.

Zero JavaScript: the numbers become coordinates here and text is escaped by the
template. Sizes are in a 400-unit-wide view box so labels stay legible on a
360 px screen; the table of the charted values is the text alternative.
"""

from __future__ import annotations

import math
import re
from typing import Any

from generator.i18n import N_, _, current
from generator.i18n.format import month_label

WIDTH = 400
COLOURS = ("#0072b2", "#d55e00", "#009e73", "#cc79a7", "#6a3d9a", "#000000")  # Okabe-Ito, dark
ISO_DATE = re.compile(r"^(\d{4})-(\d{2})(-\d{2})?$")
# Short scale words of axis labels: triliun, miliar, juta, ribu.
SCALES = ((1e12, N_("T")), (1e9, N_("M")), (1e6, N_("jt")), (1e3, N_("rb")))


def short_number(value: float) -> str:
    """``412500000000`` -> ``412,5 M`` (Indonesian) or ``412.5 bn`` (English)."""
    for size, suffix in SCALES:
        if abs(value) >= size:
            text = f"{value / size:.1f}".rstrip("0").rstrip(".")
            return f"{current().decimal_point(text)} {_(suffix)}"
    return current().decimal_point(f"{value:.2f}".rstrip("0").rstrip("."))


def short_label(text: str) -> str:
    """``2024-01-01`` -> ``Jan 2024``; other labels unchanged."""
    match = ISO_DATE.match(text)
    if match and 1 <= int(match.group(2)) <= 12:
        return f"{month_label(int(match.group(2)), short=True)} {match.group(1)}"
    return text


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round tick values covering ``low..high`` (``low`` is 0 unless values are negative)."""
    low, high = min(low, 0.0), max(high, 0.0)
    if high == low:
        high = low + 1
    raw = (high - low) / count
    step = 10 ** math.floor(math.log10(raw))
    step = next(factor * step for factor in (1, 2, 2.5, 5, 10) if factor * step >= raw)
    start = math.floor(low / step) * step
    ticks = [start]
    while ticks[-1] < high:
        ticks.append(ticks[-1] + step)
    return ticks


def _values(points: list[tuple[str, list[float | None]]]) -> list[float]:
    return [value for _, values in points for value in values if value is not None]


def line_chart(points: list[tuple[str, list[float | None]]], series: list[str]) -> dict[str, Any]:
    """Polylines (one per series, split at missing values), axes and legend."""
    left, right, top, height = 52, 12, 12, 190
    ticks = nice_ticks(min(_values(points), default=0), max(_values(points), default=1))
    span = ticks[-1] - ticks[0]

    def y(value: float) -> float:
        return round(top + height - (value - ticks[0]) / span * height, 1)

    step = (WIDTH - left - right) / max(len(points) - 1, 1)
    xs = [round(left + index * step, 1) for index in range(len(points))]
    lines = []
    for number, name in enumerate(series):
        segments: list[list[tuple[float, float]]] = [[]]
        for x, (_label, values) in zip(xs, points, strict=True):
            value = values[number]
            if value is None:
                segments.append([])
            else:
                segments[-1].append((x, y(value)))
        lines.append({"name": name, "colour": COLOURS[number % len(COLOURS)],
                      "paths": [" ".join(f"{px},{py}" for px, py in segment) for segment in segments if segment],
                      "dots": [point for segment in segments for point in segment] if len(points) <= 40 else []})
    every = max(1, math.ceil(len(points) / 5))
    labels = [{"x": xs[index], "text": short_label(points[index][0])}
              for index in range(0, len(points), every)]
    return {"kind": "line", "width": WIDTH, "height": top + height + 30, "left": left,
            "right": WIDTH - right, "bottom": top + height, "lines": lines, "x_labels": labels,
            "y_ticks": [{"y": y(tick), "text": short_number(tick)} for tick in ticks]}


def bar_chart(points: list[tuple[str, list[float | None]]], series: list[str]) -> dict[str, Any]:
    """Horizontal grouped bars: each category's label on its own line above its bars."""
    left, right, bar, gap, label_height = 8, 16, 10, 2, 16
    ticks = nice_ticks(min(_values(points), default=0), max(_values(points), default=1), 3)
    span = ticks[-1] - ticks[0]

    def x(value: float) -> float:
        return round(left + (value - ticks[0]) / span * (WIDTH - left - right), 1)

    groups, cursor = [], 4.0
    for label, values in points:
        bars = []
        for number, value in enumerate(values):
            if value is not None:
                start, end = sorted((x(0), x(value)))
                bars.append({"x": start, "y": round(cursor + label_height + number * (bar + gap), 1),
                             "w": max(round(end - start, 1), 0.5), "h": bar,
                             "colour": COLOURS[number % len(COLOURS)]})
        groups.append({"label": label, "y": round(cursor + 12, 1), "bars": bars})
        cursor += label_height + len(series) * (bar + gap) + 8
    return {"kind": "bar", "width": WIDTH, "height": round(cursor + 22, 1), "left": left,
            "right": WIDTH - right, "bottom": round(cursor, 1), "groups": groups,
            "lines": [{"name": name, "colour": COLOURS[number % len(COLOURS)]}
                      for number, name in enumerate(series)],
            "x_ticks": [{"x": x(tick), "text": short_number(tick)} for tick in ticks]}
