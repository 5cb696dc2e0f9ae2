"""Reading: the list of calls (filters, search) and one call's page."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from veille.coalition_words import (
    fits_in_words,
    mark_change_words,
    marks_in_words,
    note_words,
    outcome_words,
)
from veille.config.schema import KeywordFilter, MemberProfile
from veille.domain.filters import call_matches_filter
from veille.domain.fit import facts_of, fits, fits_of
from veille.domain.stored_call import StoredCall
from veille.domain.vocabulary import APPLICATION_OUTCOMES, DECLINE_REASONS, KINDS, MARKS
from veille.presentation import change_rows, present
from veille.storage.call_queries import CallQuery
from veille.web.context import Forbidden, app_state, can_read, current_person, language, render
from veille.web.views import EVIDENCE_TOPICS, highlight_matches, parse_query

PER_PAGE = 50
TO_CHECK_SHOWN = 20  # calls "to check" listed under the relevant ones (first page)
MINE_SCAN = 5000  # "only my filters" is checked in Python over at most this many calls


def member_filters(request: Request) -> list[KeywordFilter]:
    person = current_person(request)
    member = app_state(request).member(person["member"]) if person else None
    return [s.filters for s in member.subscriptions] if member else []


def member_profile(request: Request) -> MemberProfile | None:
    person = current_person(request)
    member = app_state(request).member(person["member"]) if person else None
    return member.profile if member else None


def select_calls(
    request: Request, query: CallQuery, now: datetime, limit: int, offset: int
) -> tuple[list[StoredCall], int]:
    """The calls of the current view, honouring "only my filters" (mine=1) and "calls that
    fit my association" (fit=1)."""
    calls = app_state(request).stores().calls
    filters = member_filters(request) if request.query_params.get("mine") else []
    profile = member_profile(request) if request.query_params.get("fit") else None
    if not filters and profile is None:
        return calls.find_calls(query, now, limit=limit, offset=offset)
    candidates, _ = calls.find_calls(query, now, limit=MINE_SCAN)
    if profile is not None:
        languages = calls.group_languages([call.group_id for call in candidates])
        candidates = [
            call
            for call in candidates
            if fits(profile, facts_of(call, languages.get(call.group_id, ())))
        ]
    if filters:
        # The keyword filters look at the whole text, which lists leave out.
        candidates = [
            call
            for call in candidates
            if any(call_matches_filter(calls.call(call.id) or call, f, now) for f in filters)
        ]
    return candidates[offset : offset + limit], len(candidates)


async def home(request: Request) -> Response:
    if not can_read(request):
        raise Forbidden("signin")
    web = app_state(request)
    now = web.clock()
    query = parse_query(request.query_params, app_state(request).config.concepts)
    try:
        page = max(1, int(request.query_params.get("page", "1")))
    except ValueError:
        page = 1
    found, total = select_calls(request, query, now, PER_PAGE, (page - 1) * PER_PAGE)
    person = current_person(request)
    stores = web.stores()
    since = stores.accounts.record_visit(person["email"], now) if person else None
    # Marks are the coalition's: shown to signed-in people only, private ones to their member.
    marks = stores.marks.marks_for([c.id for c in found], person["member"]) if person else {}
    lang = language(request)
    names = web.member_names()
    views = [
        present(
            call, now, lang, since=since, marks=marks_in_words(marks.get(call.id, []), names, lang)
        )
        for call in found
    ]
    profile = member_profile(request)
    fitting: set[str] = set()
    if profile is not None:
        languages = stores.calls.group_languages([call.group_id for call in found])
        fitting = {c.id for c in found if fits(profile, facts_of(c, languages.get(c.group_id, ())))}
    # The band "to check": calls the classifier is unsure of, shown apart for members to judge.
    to_check = []
    if page == 1 and query.relevant_only and not request.query_params.get("mine"):
        listed = {call.id for call in found}
        unsure, _ = stores.calls.find_calls(replace(query, to_check=True), now, TO_CHECK_SHOWN)
        to_check = [present(c, now, lang, since=since) for c in unsure if c.id not in listed]
    return render(
        request,
        "home.html",
        notice=request.query_params.get("notice", ""),
        calls=views,
        total=total,
        page=page,
        pages=max(1, -(-total // PER_PAGE)),
        query=query,
        mine=bool(request.query_params.get("mine")),
        fit=bool(request.query_params.get("fit")),
        fitting=fitting,
        has_profile=profile is not None and profile != MemberProfile(),
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
    lang = language(request)
    names = web.member_names()
    view = present(call, now, lang)
    source = next((s for s in web.config.sources if s.name == call.source), None)
    # Verdicts on the classification: administrators see every member's, a member its own.
    verdicts = stores.verdicts.for_call(call.id) if person else []
    own_verdict = next((v for v in verdicts if person and v.member == person["member"]), None)
    if person and person["role"] != "admin":
        verdicts = [own_verdict] if own_verdict else []
    context: dict[str, Any] = {
        "view": view,
        "source": source,
        "fields_html": {
            "title": highlight_matches(call.title, call.matches, "title"),
            "summary": highlight_matches(call.summary, call.matches, "summary"),
            "text": highlight_matches(call.text, call.matches, "text"),
        },
        "evidence": [m for m in call.matches if m.get("topic") in EVIDENCE_TOPICS],
        "changes": change_rows(stores.call_store.changes(call.id), lang),
        "after_deadline": call.status == "closed"
        or (view.days_left is not None and view.days_left < 0),
        "elsewhere": stores.calls.same_call_elsewhere(call),
        "members": names,
        "verdicts": verdicts,
        "own_verdict": own_verdict,
        "verdict_saved": request.query_params.get("verdict") == "saved",
        "saved": request.query_params.get("saved", ""),
    }
    if person is None:
        # Marks, notes, outcomes and who fits are the coalition's: anonymous readers of a
        # public digest see none of them.
        return render(request, "call.html", **context)
    viewer = person["member"]
    marks = stores.marks.marks_for([call.id], viewer)[call.id]
    shared_note, own_note = stores.notes.current(call.id, viewer)
    me = web.member(viewer)
    told = request.query_params.get("told", "")
    return render(
        request,
        "call.html",
        **{
            **context,
            "view": present(call, now, lang, marks=marks_in_words(marks, names, lang)),
        },
        own_mark=next((m for m in marks if m.member == viewer), None),
        mark_choices=MARKS,
        reason_choices=DECLINE_REASONS,
        outcome_choices=APPLICATION_OUTCOMES,
        mark_history=mark_change_words(stores.marks.history(call.id, viewer), names, lang),
        outcomes=outcome_words(stores.marks.outcomes_for(call.id, viewer), names, lang),
        shared_note=shared_note,
        own_note=own_note,
        note_history=note_words(stores.notes.history(call.id, viewer), names),
        fits=fits_in_words(
            fits_of({m.id: m.profile for m in web.config.members}, web.facts(call)),
            names,
            lang,
            offers={m.id: m.profile.offers for m in web.config.members},
            needs=me.profile.needs if me else (),
        ),
        told=int(told) if told.isdigit() else None,
    )


routes = [
    Route("/", home, name="home"),
    Route("/calls/{call_id}", call_page, name="call"),
]
