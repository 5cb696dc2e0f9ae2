"""Read-only JSON API, paginated; its schema is templates/api.schema.json (served too)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import FileResponse, JSONResponse, Response
from starlette.routing import Route

from veille.domain.coalition import CallMark
from veille.domain.stored_call import StoredCall
from veille.web.context import TEMPLATES, app_state, query_with
from veille.web.routes_feeds import _reader
from veille.web.views import parse_query

SCHEMA = TEMPLATES / "api.schema.json"  # in templates/ so that it ships with the package
MAX_PER_PAGE = 200
FIELDS = (
    "id",
    "title",
    "summary",
    "url",
    "source",
    "funder",
    "kind",
    "lang",
    "status",
    "deadline",
    "deadline_text",
    "deadline_has_time",
    "deadline_kind",
    "budget_amount",
    "budget_currency",
    "duration_months",
    "results_based",
    "cofinancing",
    "own_share",
    "regions",
    "topics",
    "first_seen",
    "last_changed",
)


def _json(value: object) -> object:
    return value.isoformat() if isinstance(value, date) else value  # datetimes too


def _call(call: StoredCall, base: str) -> dict[str, Any]:
    """The API's record of a call (api.schema.json)."""
    fields = {name: _json(getattr(call, name)) for name in FIELDS}
    return {**fields, "page": f"{base}/calls/{call.id}"}


def _int(request: Request, name: str, default: int) -> int:
    try:
        return int(request.query_params.get(name, default))
    except ValueError:
        raise HTTPException(400, f"{name} must be a whole number") from None


async def calls(request: Request) -> Response:
    _reader(request)
    web = app_state(request)
    page = max(1, _int(request, "page", 1))
    per_page = min(MAX_PER_PAGE, max(1, _int(request, "per_page", 50)))
    found, total = web.stores().calls.find_calls(
        parse_query(request.query_params, app_state(request).config.concepts),
        web.clock(),
        limit=per_page,
        offset=(page - 1) * per_page,
    )
    base = web.config.settings.digest_url.rstrip("/")
    more = page * per_page < total
    return JSONResponse(
        {
            "page": page,
            "per_page": per_page,
            "total": total,
            "next": f"{base}/api/v1/calls?{query_with(request, page=str(page + 1))}"
            if more
            else None,
            "calls": [_call(call, base) for call in found],
        }
    )


async def one_call(request: Request) -> Response:
    person = _reader(request)
    web = app_state(request)
    call = web.stores().calls.call(request.path_params["call_id"])
    if call is None:
        return JSONResponse({"error": "not found"}, status_code=404)
    base = web.config.settings.digest_url.rstrip("/")
    # Marks are for the coalition: a signed-in person (or a personal feed token) sees the
    # shared ones and its own member's private ones, an anonymous reader an empty list.
    marks = web.stores().marks.marks_for([call.id], person["member"])[call.id] if person else []
    return JSONResponse(
        {**_call(call, base), "attachments": call.attachments, "marks": [_mark(m) for m in marks]}
    )


def _mark(mark: CallMark) -> dict[str, Any]:
    """The API's record of a mark (api.schema.json)."""
    return {name: _json(value) for name, value in asdict(mark).items()}


async def schema(request: Request) -> Response:
    return FileResponse(SCHEMA, media_type="application/schema+json")


routes = [
    Route("/api/v1/calls", calls, name="api_calls"),
    Route("/api/v1/calls/{call_id}", one_call, name="api_call"),
    Route("/api/v1/schema.json", schema, name="api_schema"),
]
