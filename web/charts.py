"""Bar charts drawn on the server, as SVG: readable without JavaScript, with a text alternative.

Each chart is an `<svg role="img">` whose `<title>` and `<desc>` say what it shows; the page
puts the same figures in a table next to it (and as CSV). Bars are horizontal so that long
labels (funders) stay readable on a phone; the drawing scales to the page's width.
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup, escape

from veille.domain.observatory import Figure

# Drawn small (a phone's width): the text stays readable where the drawing shrinks least.
WIDTH = 420
BAR = 20
GAP = 7
LABEL_WIDTH = 168
VALUE_WIDTH = 92
TOP = 6
LABEL_CHARACTERS = 21


def bar_chart(
    figure: Figure, chart_id: str, title: str, value_words: Callable[[float], str]
) -> Markup:
    """The figure's rows as horizontal bars; `value_words` writes a value as people read it.
    The drawing's text alternative is its data, row by row ("2026 Q4: 22; 2027 Q1: 15")."""
    description = "; ".join(f"{row.label}: {value_words(float(row.value))}" for row in figure.rows)
    rows = figure.rows
    height = TOP * 2 + max(1, len(rows)) * (BAR + GAP)
    largest = max((float(row.value) for row in rows), default=0.0) or 1.0
    span = WIDTH - LABEL_WIDTH - VALUE_WIDTH
    parts = [
        f'<svg class="chart" id="{chart_id}" role="img" viewBox="0 0 {WIDTH} {height}" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" xmlns="http://www.w3.org/2000/svg">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(description)}</desc>',
    ]
    for index, row in enumerate(rows):
        y = TOP + index * (BAR + GAP)
        length = 0.0 if not row.value else max(2.0, span * float(row.value) / largest)
        cut = LABEL_CHARACTERS - 1
        label = row.label if len(row.label) <= LABEL_CHARACTERS else row.label[:cut] + "…"
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{y + BAR * 0.72:.1f}" text-anchor="end" '
            f'class="chart-label">{escape(label)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" height="{BAR}" '
            'class="chart-bar"/>'
            f'<text x="{LABEL_WIDTH + length + 6:.1f}" y="{y + BAR * 0.72:.1f}" '
            f'class="chart-value">{escape(value_words(float(row.value)))}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
