"""Feeds: Atom and RSS of new relevant calls, ICS calendar of deadlines, CSV of a view.

A call withdrawn from its source leaves the feeds; its calendar event stays, cancelled
(STATUS:CANCELLED), so that calendar apps that had it remove it rather than keep it.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

from icalendar import Alarm, Calendar, Event
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from veille.coalition_words import marks_in_words
from veille.domain.call import BRUSSELS, days_left
from veille.domain.filters import call_matches_filter
from veille.domain.stored_call import StoredCall
from veille.i18n import translate
from veille.presentation import deadline_words, withdrawal_words
from veille.storage.accounts import Person
from veille.web.context import Forbidden, app_state, can_read, current_person, language
from veille.web.routes_calls import select_calls
from veille.web.table_export import table_response
from veille.web.views import parse_query

FEED_SIZE = 50
REMINDERS = (timedelta(days=7), timedelta(days=1))  # VALARMs before each deadline
CSV_LIMIT = 5000


def _reader(request: Request) -> Person | None:
    """Feeds may carry ?token= (calendar apps cannot sign in); else the usual rules apply."""
    web = app_state(request)
    token = request.query_params.get("token")
    if token:
        person = web.person_by_feed_token(token)
        if person is None:
            raise Forbidden("signin")
        return person
    if not can_read(request):
        raise Forbidden("signin")
    return current_person(request)


def _feed_calls(request: Request, reader: Person | None) -> tuple[list[StoredCall], str]:
    """Coalition feed, or one subscription's (`/feeds/{member}/{subscription}`).

    A subscription's feed says what a member follows: only that member's people open it,
    with their feed token (or signed in), even when the digest itself is public.
    """
    web = app_state(request)
    now = web.clock()
    calls = web.stores().calls
    member_id = request.path_params.get("member")
    if not member_id:
        return calls.new_calls(FEED_SIZE), web.config.coalition
    if reader is None:
        raise Forbidden("signin")
    if reader["member"] != member_id:
        raise HTTPException(404)  # another member's feed: as if it did not exist
    member = web.member(member_id)
    subscription = next(
        (
            s
            for s in (member.subscriptions if member else [])
            if s.name == request.path_params["subscription"]
        ),
        None,
    )
    if member is None or subscription is None:
        raise HTTPException(404)
    chosen = []
    for call in calls.new_calls(FEED_SIZE * 10):
        if call_matches_filter(call, subscription.filters, now):
            chosen.append(call)
    return chosen[:FEED_SIZE], f"{member.name} — {subscription.name}"


def marks_said(request: Request, person: Person | None, calls: list[StoredCall]) -> dict[str, str]:
    """call id -> what the coalition says of it, in one line, as `person` may read it
    (shared marks, and its own member's private ones); nothing for anonymous readers."""
    if person is None:
        return {}
    web = app_state(request)
    lang = language(request)
    names = web.member_names()
    marks = web.stores().marks.marks_for([call.id for call in calls], person["member"])
    return {
        call_id: "; ".join(f"{m.member}: {m.mark}" for m in marks_in_words(found, names, lang))
        for call_id, found in marks.items()
        if found
    }


def _closed_words(calls: list[StoredCall], now: datetime, lang: str) -> dict[str, str]:
    """call id -> its deadline in words with "closed", for the calls of a feed that closed
    (a page read after its deadline is new, and closed): never shown as if open."""
    return {
        call.id: deadline_words(call, days_left(call.deadline, now), lang)
        for call in calls
        if call.deadline_kind == "closed"
        or call.status == "closed"
        or (call.deadline is not None and call.deadline < now)
    }


def _feed(request: Request, template: str, media_type: str) -> Response:
    reader = _reader(request)
    web = app_state(request)
    calls, title = _feed_calls(request, reader)
    base = web.config.settings.digest_url.rstrip("/")
    body = web.env.get_template(template).render(
        calls=calls,
        marks=marks_said(request, reader, calls),
        title=title,
        base=base,
        lang=language(request),
        closed=_closed_words(calls, web.clock(), language(request)),
        updated=max((c.first_seen for c in calls), default=web.clock()).isoformat(),
        rfc822=lambda moment: moment.strftime("%a, %d %b %Y %H:%M:%S %z"),
    )
    return Response(body, media_type=media_type)


async def atom(request: Request) -> Response:
    return _feed(request, "feed.atom.xml", "application/atom+xml; charset=utf-8")


async def rss(request: Request) -> Response:
    return _feed(request, "feed.rss.xml", "application/rss+xml; charset=utf-8")


async def calendar(request: Request) -> Response:
    person = _reader(request)
    web = app_state(request)
    now = web.clock()
    lang = language(request)
    query = parse_query(request.query_params, app_state(request).config.concepts)
    calls, _ = web.stores().calls.find_calls(query, now, limit=1000)
    if query.status in ("open", "forthcoming"):
        # a withdrawn call's event is cancelled, not dropped: calendars then remove it
        gone, _ = web.stores().calls.find_calls(replace(query, status="withdrawn"), now, limit=1000)
        calls += [call for call in gone if call.deadline is not None and call.deadline >= now]
    said = marks_said(request, person, calls)
    base = web.config.settings.digest_url.rstrip("/")
    cal = Calendar()
    cal.add("prodid", "-//Veille//digest//FR")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"Veille — {web.config.coalition}")
    for call in calls:
        if call.deadline is None:
            continue
        event = Event()
        event.add("uid", f"{call.id}@veille")
        event.add("summary", translate(lang, "Deadline: %(title)s", title=call.title))
        if call.deadline_has_time:
            # In UTC: every calendar app reads it right without a VTIMEZONE block.
            deadline = call.deadline.astimezone(UTC)
            event.add("dtstart", deadline)
            event.add("dtend", deadline + timedelta(minutes=30))
        else:  # no time stated: the whole day, not an invented 23:59
            day = call.deadline.astimezone(BRUSSELS).date()
            event.add("dtstart", day)
            event.add("dtend", day + timedelta(days=1))
        event.add("dtstamp", now)
        event.add("url", f"{base}/calls/{call.id}")
        withdrawn = call.status == "withdrawn"
        event.add("status", "CANCELLED" if withdrawn else "CONFIRMED")
        event.add("sequence", 1 if withdrawn else 0)
        why = f"{withdrawal_words(call, lang)}\n" if withdrawn else ""
        marks = f"\n{said[call.id]}" if call.id in said else ""
        event.add("description", f"{why}{call.funder or ''}{marks}\n{base}/calls/{call.id}")
        for before in REMINDERS:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", call.title)
            alarm.add("trigger", -before)
            event.add_component(alarm)
        cal.add_component(event)
    return Response(cal.to_ical(), media_type="text/calendar; charset=utf-8")


CSV_COLUMNS = (
    "title",
    "deadline",
    "funder",
    "source",
    "kind",
    "status",
    "lang",
    "regions",
    "topics",
    "budget_amount",
    "budget_currency",
    "url",
)


async def export_csv(request: Request) -> Response:
    """The current view as CSV (`?excel=1`: `;`, decimal commas and a BOM, for Excel), with
    what the coalition says of each call as the reader may read it."""
    person = _reader(request)
    web = app_state(request)
    query = parse_query(request.query_params, web.config.concepts)
    calls, _ = select_calls(request, query, web.clock(), CSV_LIMIT, 0)
    said = marks_said(request, person, calls)
    base = web.config.settings.digest_url.rstrip("/")
    rows = [
        [getattr(call, name) for name in CSV_COLUMNS]
        + [f"{base}/calls/{call.id}", said.get(call.id, "")]
        for call in calls
    ]
    return table_response(request, [*CSV_COLUMNS, "page", "marks"], rows, "veille-calls.csv")


routes = [
    Route("/feeds/calls.atom", atom, name="atom"),
    Route("/feeds/calls.rss", rss, name="rss"),
    Route("/feeds/{member}/{subscription}.atom", atom),
    Route("/feeds/{member}/{subscription}.rss", rss),
    Route("/calendar.ics", calendar, name="calendar"),
    Route("/export.csv", export_csv, name="csv"),
]
