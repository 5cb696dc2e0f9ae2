"""Tables as CSV: the standard form, or one that Excel opens right with Belgian settings.

`?excel=1` gives what a spreadsheet set up for Belgium (or France, the Netherlands) expects:
cells separated by `;`, decimals written with a comma, and a byte-order mark so that Excel
reads the file as UTF-8 (accents intact). Without it: comma-separated UTF-8, for scripts.
Every cell is spreadsheet-safe: one starting like a formula is prefixed with a quote.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date

from starlette.requests import Request
from starlette.responses import Response

BOM = "\ufeff"


def wants_excel(request: Request) -> bool:
    return request.query_params.get("excel") in ("1", "true", "yes")


def cell(value: object, decimal_comma: bool = False) -> str:
    """A value as a spreadsheet-safe cell.

    >>> cell('=HYPERLINK("x")'), cell(0.25, decimal_comma=True), cell(["fr", "nl"])
    ('\\'=HYPERLINK("x")', '0,25', 'fr, nl')
    """
    if value is None:
        text = ""
    elif isinstance(value, list):
        text = ", ".join(str(item) for item in value)
    elif isinstance(value, date):  # datetimes too: ISO, as the API gives them
        text = value.isoformat()
    elif isinstance(value, float):
        text = f"{value:g}" if abs(value) < 1e15 else f"{value:.0f}"
        if value.is_integer():
            text = str(int(value))
        if decimal_comma:
            text = text.replace(".", ",")
    else:
        text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def table_response(
    request: Request, header: Sequence[str], rows: Sequence[Sequence[object]], filename: str
) -> Response:
    excel = wants_excel(request)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";" if excel else ",")
    writer.writerow(header)
    for row in rows:
        writer.writerow([cell(value, decimal_comma=excel) for value in row])
    body = (BOM if excel else "") + out.getvalue()
    return Response(
        body,
        media_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
