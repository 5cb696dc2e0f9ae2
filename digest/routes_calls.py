"""Reading: the list of calls (filters, search) and one call's page."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from veille.digest.views import card, excerpt, highlight_matches, highlight_terms, parse_query
from veille.digest.web import Forbidden, app_state, can_read, current_person, render
from veille.domain.call import KINDS
from veille.domain.filters import call_matches_filter
from veille.storage.web_store import CallQuery
from veille.storage.web_tables import MARKS, OUTCOMES

PER_PAGE = 50
MINE_SCAN = 5000  # "only my filters" is checked in Python over at most this many calls


def member_filters(request: Request) -> list[Any]:
    person = current_person(request)
    member = app_state(request).member(person["member"]) if person else None
    return [s.filters for s in member.subscriptions] if member else []


def select_calls(
    request: Request, query: CallQuery, now: datetime, limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    """The calls of the current view, honouring "only my filters" (mine=1)."""
    store = app_state(request).stores().web
    filters = member_filters(request) if request.query_params.get("mine") else []
    if not filters:
        return store.find_calls(query, now, limit=limit, offset=offset)
    candidates, _ = store.find_calls(query, now, limit=MINE_SCAN)
    # The keyword filters look at the whole text, which lists leave out.
    chosen = []
    for call in candidates:
        full = store.call(call["id"]) or call
        if any(call_matches_filter(full, spec, now) for spec in filters):
            chosen.append(call)
    return chosen[offset : offset + limit], len(chosen)


async def home(request: Request) -> Response:
    if not can_read(request):
        raise Forbidden("signin")
    web = app_state(request)
    now = web.clock()
    query = parse_query(request.query_params)
    try:
        page = max(1, int(request.query_params.get("page", "1")))
    except ValueError:
        page = 1
    found, total = select_calls(request, query, now, PER_PAGE, (page - 1) * PER_PAGE)
    person = current_person(request)
    since = web.stores().web.record_visit(person["email"], now) if person else None
    stores = web.stores()
    # Marks and notes are the coalition's: shown to signed-in people only.
    marks = stores.web.marks_for([call["id"] for call in found]) if person else {}
    calls = []
    for call in found:
        view = card(call, now, since)
        view["title_html"] = highlight_terms(call["title"], query.q)
        view["excerpt_html"] = highlight_terms(excerpt(call.get("summary"), query.q), query.q)
        view["marks"] = marks.get(call["id"], [])
        calls.append(view)
    return render(
        request,
        "home.html",
        calls=calls,
        total=total,
        page=page,
        pages=max(1, -(-total // PER_PAGE)),
        query=query,
        mine=bool(request.query_params.get("mine")),
        facets=web.facets(),
        kinds=KINDS,
        new_count=sum(1 for call in calls if call["is_new"]),
        members={m.id: m.name for m in web.config.members},
        since=since,
    )


async def call_page(request: Request) -> Response:
    if not can_read(request):
        raise Forbidden("signin")
    web = app_state(request)
    now = web.clock()
    stores = web.stores()
    call = stores.web.call(request.path_params["call_id"])
    if call is None:
        raise HTTPException(404)
    view = card(call, now, None)
    matches = call.get("matches") or []
    person = current_person(request)
    # Marks, notes and outcomes are the coalition's (of the call's group of duplicates):
    # anonymous readers of a public digest see none of them.
    marks = stores.web.marks_for([call["id"]])[call["id"]] if person else []
    own = next((m for m in marks if person and m["member"] == person["member"]), None)
    source = next((s for s in web.config.sources if s.name == call["source"]), None)
    alternates = call.get("alternates") or []
    if isinstance(alternates, str):  # older rows keep it as JSON text
        alternates = json.loads(alternates)
    return render(
        request,
        "call.html",
        call=view,
        source=source,
        fields_html={
            name: highlight_matches(call.get(name), matches, name)
            for name in ("title", "summary", "text")
        },
        evidence=[m for m in matches if m.get("topic") in ("insertion", "mentoring", "call")],
        changes=stores.calls.changes(call["id"]),
        marks=marks,
        own_mark=own,
        mark_choices=MARKS,
        outcome_choices=OUTCOMES,
        outcomes=stores.web.outcomes_for(call["id"]) if person else [],
        after_deadline=call.get("status") == "closed"
        or (view["days_left"] is not None and view["days_left"] < 0),
        members={m.id: m.name for m in web.config.members},
        alternates=[url for url in alternates if isinstance(url, str)],
        elsewhere=stores.web.same_call_elsewhere(call),
    )


routes = [
    Route("/", home, name="home"),
    Route("/calls/{call_id}", call_page, name="call"),
]
