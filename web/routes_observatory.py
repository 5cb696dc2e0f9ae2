"""The observatory: what the calls say about funding, as charts, tables and CSV.

Readable without JavaScript: each chart is server-drawn SVG (web/charts.py) with its
figures in a table next to it and as CSV (`/observatory/<chart>.csv`, with `?excel=1` for
a spreadsheet with Belgian settings). `?scope=all` counts every stored call, not only
those relevant to the coalition.
"""

from __future__ import annotations

from collections.abc import Callable

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from veille.domain.observatory import Figure, figures
from veille.i18n import words
from veille.i18n.amounts import money_in_words, number_in_words, share_in_words
from veille.storage.observatory import observed_calls
from veille.web.charts import bar_chart
from veille.web.context import Forbidden, app_state, can_read, language, render
from veille.web.table_export import table_response


def _figures(request: Request) -> tuple[tuple[Figure, ...], bool]:
    if not can_read(request):
        raise Forbidden("signin")
    relevant_only = request.query_params.get("scope") != "all"
    calls = observed_calls(app_state(request).stores().calls.db, relevant_only=relevant_only)
    return figures(calls), relevant_only


def value_words(unit: str, lang: str) -> Callable[[float], str]:
    """How a value of `unit` is written in `lang`."""
    language = words(lang)

    def written(value: float) -> str:
        if unit == "eur":
            return money_in_words(value, lang)
        if unit == "share":
            return share_in_words(value, lang)
        if unit == "days":
            return language.ngettext("%(count)s day", "%(count)s days", int(value))
        return number_in_words(value, lang)

    return written


async def observatory(request: Request) -> Response:
    found, relevant_only = _figures(request)
    lang = language(request)
    return render(
        request,
        "observatory.html",
        figures=found,
        by={figure.name: figure for figure in found},
        relevant_only=relevant_only,
        chart=lambda figure, title: bar_chart(
            figure, f"chart-{figure.name}", title, value_words(figure.unit, lang)
        ),
        value_words=lambda figure: value_words(figure.unit, lang),
    )


async def figure_csv(request: Request) -> Response:
    found, _ = _figures(request)
    name = request.path_params["name"]
    figure = next((f for f in found if f.name == name), None)
    if figure is None:
        raise HTTPException(404)
    heading = {"calls-per-funder": "funder", "durations": "months"}.get(figure.name, "quarter")
    return table_response(
        request,
        [heading, figure.unit, "calls"],
        [[row.label, row.value, row.count] for row in figure.rows],
        f"veille-{figure.name}.csv",
    )


routes = [
    Route("/observatory", observatory, name="observatory"),
    Route("/observatory/{name}.csv", figure_csv, name="observatory_csv"),
]
