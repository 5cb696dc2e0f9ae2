"""Acting together on a call: a member's mark (with its reason), notes, outcomes, partner
requests. The member always comes from the session, never from the form: nobody writes
for another member; the author is the person signed in."""

from __future__ import annotations

from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from veille.alerts.partners import plan_partner_requests
from veille.domain.stored_call import StoredCall
from veille.domain.vocabulary import (
    LOOKING_FOR_PARTNER,
    DeclineReason,
    Visibility,
    is_application_outcome,
    is_decline_reason,
    is_mark,
)
from veille.web.context import WebApp, app_state, checked_form, redirect, require_person

SHORT_TEXT = 500


def _text(form: dict[str, Any], name: str, limit: int = SHORT_TEXT) -> str:
    """A one-line text field: whitespace collapsed, cut at `limit`."""
    return " ".join(str(form.get(name, "")).split())[:limit]


def _visibility(form: dict[str, Any]) -> Visibility:
    return "private" if form.get("private") == "1" else "shared"


def _call(web: WebApp, request: Request) -> StoredCall:
    call = web.stores().calls.call(request.path_params["call_id"])
    if call is None:
        raise HTTPException(404)
    return call


async def mark(request: Request) -> Response:
    person = require_person(request)
    form = await checked_form(request)
    web = app_state(request)
    stores = web.stores()
    call = _call(web, request)
    now = web.clock()
    chosen = str(form.get("mark", ""))
    member = person["member"]
    if chosen == "":
        stores.marks.remove_mark(call.id, member, now, author=person["email"])
        return redirect(f"/calls/{call.id}?saved=mark-removed#marks")
    if not is_mark(chosen):
        raise HTTPException(400, "unknown mark")
    given = str(form.get("reason", ""))
    reason: DeclineReason | None = given if is_decline_reason(given) else None
    visibility = _visibility(form)
    stores.marks.set_mark(
        call.id,
        member,
        chosen,
        now,
        author=person["email"],
        reason=reason,
        comment=_text(form, "comment"),
        visibility=visibility,
    )
    # A private mark is the member's alone: it asks nobody.
    if chosen == LOOKING_FOR_PARTNER and visibility == "shared":
        recipients = plan_partner_requests(
            web.config,
            stores.outbox,
            call,
            web.facts(call),
            member,
            _text(form, "comment"),
            now,
        )
        # straight to who fits the call: those were told, the others may be asked in person
        return redirect(f"/calls/{call.id}?told={len(recipients)}#fits")
    # the page says what was done (a visible confirmation after each action)
    saved = "mark" if visibility == "shared" else "mark-private"
    return redirect(f"/calls/{call.id}?saved={saved}#marks")


async def note(request: Request) -> Response:
    person = require_person(request)
    form = await checked_form(request)
    web = app_state(request)
    call = _call(web, request)
    web.stores().notes.save(
        call.id,
        person["member"],
        str(form.get("text", "")),
        web.clock(),
        author=person["email"],
        visibility=_visibility(form),
    )
    return redirect(f"/calls/{call.id}?saved=note#notes")


async def outcome(request: Request) -> Response:
    person = require_person(request)
    form = await checked_form(request)
    web = app_state(request)
    call = _call(web, request)
    chosen = str(form.get("outcome", ""))
    if not is_application_outcome(chosen):
        raise HTTPException(400, "unknown outcome")
    try:
        amount = (
            float(str(form.get("amount", "")).replace(",", ".")) if form.get("amount") else None
        )
    except ValueError:
        raise HTTPException(400, "amount is not a number") from None
    web.stores().marks.set_outcome(
        call.id,
        person["member"],
        chosen,
        web.clock(),
        amount=amount,
        note=_text(form, "note"),
        author=person["email"],
        visibility=_visibility(form),
    )
    return redirect(f"/calls/{call.id}?saved=outcome#outcomes")


routes = [
    Route("/calls/{call_id}/mark", mark, methods=["POST"], name="mark"),
    Route("/calls/{call_id}/note", note, methods=["POST"], name="note"),
    Route("/calls/{call_id}/outcome", outcome, methods=["POST"], name="outcome"),
]
