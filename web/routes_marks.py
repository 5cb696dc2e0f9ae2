"""Acting together: a member's mark and note on a call, the outcome, partner requests."""

from __future__ import annotations

from datetime import datetime

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from veille.domain.stored_call import StoredCall
from veille.domain.vocabulary import is_application_outcome, is_mark
from veille.i18n import translate
from veille.storage import OutboxEntry
from veille.web.context import WebApp, app_state, checked_form, redirect, require_person


def queue_partner_requests(
    web: WebApp, call: StoredCall, member_id: str, note: str, now: datetime
) -> int:
    """Tell the other members who follow the call's topics; the scheduler delivers the outbox."""
    stores = web.stores()
    asking = web.member(member_id)
    queued = 0
    for member in web.config.members:
        if member.id == member_id:
            continue
        for subscription in member.subscriptions:
            wanted = set(subscription.filters.topics)
            if wanted and not wanted & set(call.topics):
                continue
            lang = subscription.language
            html = web.env.get_template("partner_mail.html").render(
                call=call,
                lang=lang,
                asking=asking.name if asking else member_id,
                note=note,
                call_url=f"{web.config.settings.digest_url.rstrip('/')}/calls/{call.id}",
            )
            entry = OutboxEntry(
                member=member.id,
                channel=subscription.channels[0],
                call_id=call.id,
                kind=f"partner-{member_id}",
                subject=translate(
                    lang,
                    "%(member)s is looking for a partner: %(title)s",
                    member=asking.name if asking else member_id,
                    title=" ".join(call.title.split())[:100],
                ),
                body_html=html,
            )
            queued += stores.outbox.add(entry, now)
            break  # one message per member
    return queued


async def mark(request: Request) -> Response:
    person = require_person(request)
    form = await checked_form(request)
    web = app_state(request)
    stores = web.stores()
    call = stores.calls.call(request.path_params["call_id"])
    if call is None:
        raise HTTPException(404)
    now = web.clock()
    chosen = str(form.get("mark", ""))
    note = " ".join(str(form.get("note", "")).split())[:500]
    # The member comes from the session, never from the form: nobody marks for another.
    member = person["member"]
    if chosen == "":
        stores.marks.remove_mark(call.id, member)
    elif is_mark(chosen):
        stores.marks.set_mark(call.id, member, chosen, note, now)
        if chosen == "partner":
            queue_partner_requests(web, call, member, note, now)
    else:
        raise HTTPException(400, "unknown mark")
    return redirect(f"/calls/{call.id}#marks")


async def outcome(request: Request) -> Response:
    person = require_person(request)
    form = await checked_form(request)
    web = app_state(request)
    stores = web.stores()
    call = stores.calls.call(request.path_params["call_id"])
    if call is None:
        raise HTTPException(404)
    chosen = str(form.get("outcome", ""))
    if not is_application_outcome(chosen):
        raise HTTPException(400, "unknown outcome")
    try:
        amount = (
            float(str(form.get("amount", "")).replace(",", ".")) if form.get("amount") else None
        )
    except ValueError:
        raise HTTPException(400, "amount is not a number") from None
    note = " ".join(str(form.get("note", "")).split())[:500]
    stores.marks.set_outcome(call.id, person["member"], chosen, amount, note, web.clock())
    return redirect(f"/calls/{call.id}#outcomes")


routes = [
    Route("/calls/{call_id}/mark", mark, methods=["POST"], name="mark"),
    Route("/calls/{call_id}/outcome", outcome, methods=["POST"], name="outcome"),
]
