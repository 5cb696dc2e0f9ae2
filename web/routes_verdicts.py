"""Members' verdicts on the classification ("relevant" / "not relevant because …") and their
review by administrators, after which an accepted verdict is the call's label."""

from __future__ import annotations

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from veille.domain.classify import Classifier
from veille.domain.normalize import classify_stored
from veille.domain.second_opinion import shipped
from veille.domain.verdicts import Verdict
from veille.domain.vocabulary import is_verdict_review
from veille.web.context import app_state, checked_form, redirect, render, require_person
from veille.web.routes_admin import require_admin

VERDICT_CHOICES = {"relevant": True, "not_relevant": False}


async def give(request: Request) -> Response:
    person = require_person(request)
    form = await checked_form(request)
    web = app_state(request)
    stores = web.stores()
    call = stores.calls.call(request.path_params["call_id"])
    if call is None:
        raise HTTPException(404)
    chosen = str(form.get("verdict", ""))
    if chosen not in VERDICT_CHOICES:
        raise HTTPException(400, "unknown verdict")
    relevant = VERDICT_CHOICES[chosen]
    # The member comes from the session, never from the form: nobody speaks for another.
    stores.verdicts.give(
        Verdict(
            call_id=call.id,
            member=person["member"],
            person=person["email"],
            relevant=relevant,
            reason="" if relevant else str(form.get("reason", "")),
            given_at=web.clock(),
            topics=list(call.topics),
        )
    )
    return redirect(f"/calls/{call.id}?verdict=saved#verdict")


async def listing(request: Request) -> Response:
    require_admin(request)
    web = app_state(request)
    stores = web.stores()
    verdicts = stores.verdicts.listed()
    # pending first, then the reviewed ones; newest first within each
    verdicts.sort(key=lambda v: v.review != "pending")
    calls = {v.call_id: stores.calls.call(v.call_id) for v in verdicts}
    return render(
        request,
        "admin_verdicts.html",
        verdicts=verdicts,
        calls=calls,
        members={m.id: m.name for m in web.config.members},
    )


async def review(request: Request) -> Response:
    person = require_person(request)
    require_admin(request)
    form = await checked_form(request)
    web = app_state(request)
    stores = web.stores()
    call_id, member = str(form.get("call_id", "")), str(form.get("member", ""))
    chosen = str(form.get("review", ""))
    if not is_verdict_review(chosen):
        raise HTTPException(400, "unknown review")
    if not stores.verdicts.review(call_id, member, chosen, person["email"], web.clock()):
        raise HTTPException(404)
    # The label takes effect at once on the call's pages (as `veille reclassify` would do).
    classifier = Classifier(web.config.topics, shipped())
    stores.call_store.reclassify(
        lambda call: classify_stored(classifier, call), group_id=stores.verdicts.group_of(call_id)
    )
    return redirect("/admin/verdicts")


routes = [
    Route("/calls/{call_id}/verdict", give, methods=["POST"], name="verdict"),
    Route("/admin/verdicts", listing, name="admin_verdicts"),
    Route("/admin/verdicts/review", review, methods=["POST"], name="admin_verdict_review"),
]
