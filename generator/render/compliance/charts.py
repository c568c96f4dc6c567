"""Server-side bar charts as inline SVG: no script, readable on a 360 px wide phone.

Bars are horizontal with the label above each bar, so long Indonesian labels never need
rotating. The chart is an image with a title; the figures table next to it is the text
alternative (``aria-describedby``).
"""

from __future__ import annotations

from html import escape

from markupsafe import Markup

WIDTH = 320
BAR_HEIGHT = 14
ROW_HEIGHT = 34
LABEL_SPACE = 14
VALUE_SPACE = 44


def bar_chart(chart_id: str, title: str, bars: list[tuple[str, float, str]], *,
              described_by: str) -> Markup:
    """``bars`` are (label, value, value as shown). Scaled to the largest value."""
    largest = max((value for _, value, _ in bars), default=0) or 1
    usable = WIDTH - VALUE_SPACE
    height = ROW_HEIGHT * len(bars) + 4
    parts = [f'<svg class="etl-chart" id="{escape(chart_id)}" viewBox="0 0 {WIDTH} {height}" '
             f'width="100%" role="img" aria-labelledby="{escape(chart_id)}-title" '
             f'aria-describedby="{escape(described_by)}" preserveAspectRatio="xMinYMin meet">',
             f'<title id="{escape(chart_id)}-title">{escape(title)}</title>']
    for index, (label, value, shown) in enumerate(bars):
        top = index * ROW_HEIGHT
        length = round(usable * value / largest, 1)
        parts.append(f'<text x="0" y="{top + LABEL_SPACE - 3}" class="etl-chart-label">{escape(label)}</text>')
        parts.append(f'<rect x="0" y="{top + LABEL_SPACE}" width="{length}" height="{BAR_HEIGHT}" '
                     f'class="etl-chart-bar"></rect>')
        parts.append(f'<text x="{length + 4}" y="{top + LABEL_SPACE + BAR_HEIGHT - 3}" '
                     f'class="etl-chart-value">{escape(shown)}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
