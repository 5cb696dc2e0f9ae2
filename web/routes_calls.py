"""Reading: the list of calls (filters, search) and one call's page."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from veille.config.schema import KeywordFilter
from veille.domain.filters import call_matches_filter
from veille.domain.stored_call import StoredCall
from veille.domain.vocabulary import APPLICATION_OUTCOMES, KINDS, MARKS
from veille.presentation import change_rows, present, withdrawal_words
from veille.storage.call_queries import CallQuery
from veille.web.context import Forbidden, app_state, can_read, current_person, language, render
from veille.web.views import EVIDENCE_TOPICS, highlight_matches, mark_words, parse_query

PER_PAGE = 50
TO_CHECK_SHOWN = 20  # calls "to check" listed under the relevant ones (first page)
MINE_SCAN = 5000  # "only my filters" is checked in Python over at most this many calls


def member_filters(request: Request) -> list[KeywordFilter]:
    person = current_person(request)
    member = app_state(request).member(person["member"]) if person else None
    return [s.filters for s in member.subscriptions] if member else []


def select_calls(
    request: Request, query: CallQuery, now: datetime, limit: int, offset: int
) -> tuple[list[StoredCall], int]:
    """The calls of the current view, honouring "only my filters" (mine=1)."""
    calls = app_state(request).stores().calls
    filters = member_filters(request) if request.query_params.get("mine") else []
    if not filters:
        return calls.find_calls(query, now, limit=limit, offset=offset)
    candidates, _ = calls.find_calls(query, now, limit=MINE_SCAN)
    # The keyword filters look at the whole text, which lists leave out.
    chosen = []
    for call in candidates:
        full = calls.call(call.id) or call
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
    stores = web.stores()
    since = stores.accounts.record_visit(person["email"], now) if person else None
    # Marks and notes are the coalition's: shown to signed-in people only.
    marks = stores.marks.marks_for([call.id for call in found]) if person else {}
    lang = language(request)
    names = {m.id: m.name for m in web.config.members}
    views = [
        present(call, now, lang, since=since, marks=mark_words(marks.get(call.id, []), names, lang))
        for call in found
    ]
    # The band "to check": calls the classifier is unsure of, shown apart for members to judge.
    to_check = []
    if page == 1 and query.relevant_only and not request.query_params.get("mine"):
        listed = {call.id for call in found}
        unsure, _ = stores.calls.find_calls(replace(query, to_check=True), now, TO_CHECK_SHOWN)
        to_check = [present(c, now, lang, since=since) for c in unsure if c.id not in listed]
    return render(
        request,
        "home.html",
        calls=views,
        total=total,
        page=page,
        pages=max(1, -(-total // PER_PAGE)),
        query=query,
        mine=bool(request.query_params.get("mine")),
        facets=web.facets(),
        kinds=KINDS,
        new_count=sum(1 for view in views if view.is_new),
        to_check=to_check,
    )


async def call_page(request: Request) -> Response:
    if not can_read(request):
        raise Forbidden("signin")
    web = app_state(request)
    now = web.clock()
    stores = web.stores()
    call = stores.calls.call(request.path_params["call_id"])
    if call is None:
        raise HTTPException(404)
    person = current_person(request)
    # Marks, notes and outcomes are the coalition's (of the call's group of duplicates):
    # anonymous readers of a public digest see none of them.
    marks = stores.marks.marks_for([call.id])[call.id] if person else []
    own = next((m for m in marks if person and m["member"] == person["member"]), None)
    lang = language(request)
    names = {m.id: m.name for m in web.config.members}
    view = present(call, now, lang, marks=mark_words(marks, names, lang))
    source = next((s for s in web.config.sources if s.name == call.source), None)
    # Verdicts on the classification: administrators see every member's, a member its own.
    verdicts = stores.verdicts.for_call(call.id) if person else []
    own_verdict = next((v for v in verdicts if person and v.member == person["member"]), None)
    if person and person["role"] != "admin":
        verdicts = [own_verdict] if own_verdict else []
    return render(
        request,
        "call.html",
        view=view,
        withdrawal=withdrawal_words(call, lang),
        source=source,
        fields_html={
            "title": highlight_matches(call.title, call.matches, "title"),
            "summary": highlight_matches(call.summary, call.matches, "summary"),
            "text": highlight_matches(call.text, call.matches, "text"),
        },
        evidence=[m for m in call.matches if m.get("topic") in EVIDENCE_TOPICS],
        changes=change_rows(stores.call_store.changes(call.id), lang),
        own_mark=own,
        mark_choices=MARKS,
        outcome_choices=APPLICATION_OUTCOMES,
        outcomes=stores.marks.outcomes_for(call.id) if person else [],
        after_deadline=call.status in ("closed", "withdrawn")
        or (view.days_left is not None and view.days_left < 0),
        members=names,
        elsewhere=stores.calls.same_call_elsewhere(call),
        verdicts=verdicts,
        own_verdict=own_verdict,
        verdict_saved=request.query_params.get("verdict") == "saved",
    )


routes = [
    Route("/", home, name="home"),
    Route("/calls/{call_id}", call_page, name="call"),
]
