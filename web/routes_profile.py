"""A member's profile (where it works, with whom, what it can bring), edited on the site and
saved to members.yaml by the validated configuration writer; the coalition's matrix of
needs and resources."""

from __future__ import annotations

from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from veille.config.loader import ConfigError
from veille.config.schema import Member
from veille.config.writer import save_member_profile
from veille.domain.vocabulary import (
    ACTIVITIES,
    LANGUAGES,
    LEGAL_FORMS,
    OFFERS,
    PUBLICS,
    REGIONS,
)
from veille.web.context import app_state, checked_form, redirect, render, require_person
from veille.web.views import form_choices, form_lines

CHOICES: dict[str, tuple[str, ...]] = {
    "regions": REGIONS,
    "publics": PUBLICS,
    "activities": ACTIVITIES,
    "languages": LANGUAGES,
    "offers": OFFERS,
    "needs": OFFERS,
}


def profile_from_form(form: dict[str, Any]) -> dict[str, Any]:
    """The profile a form asks for; values outside the closed lists are dropped (the schema
    would refuse them), a legal form outside its list too."""
    profile: dict[str, Any] = {
        name: form_choices(form.get(name), allowed) for name, allowed in CHOICES.items()
    }
    profile["communes"] = form_lines(form.get("communes"))
    legal_form = str(form.get("legal_form", ""))
    profile["legal_form"] = legal_form if legal_form in LEGAL_FORMS else None
    return profile


def _page(request: Request, member: Member, values: dict[str, Any], **extra: Any) -> Response:
    return render(
        request,
        "profile.html",
        member=member,
        values=values,
        choices=CHOICES,
        legal_forms=LEGAL_FORMS,
        **extra,
    )


async def profile_page(request: Request) -> Response:
    person = require_person(request)
    member = app_state(request).member(person["member"])
    if member is None:
        raise HTTPException(404)
    return _page(
        request,
        member,
        member.profile.model_dump(),
        saved=bool(request.query_params.get("saved")),
    )


async def profile_post(request: Request) -> Response:
    person = require_person(request)
    form = await checked_form(request)
    web = app_state(request)
    # Always the signed-in member's own profile: the form cannot name another member.
    member = web.member(person["member"])
    if member is None:
        raise HTTPException(404)
    values = profile_from_form(form)
    try:
        save_member_profile(web.config.folder, member.id, values)
    except ConfigError as error:
        return _page(request, member, values, problems=error.problems)
    web.reload_config()
    return redirect("/profile?saved=1")


async def members_page(request: Request) -> Response:
    """Every member's profile side by side: who works where, with whom, brings what."""
    require_person(request)
    web = app_state(request)
    return render(request, "members.html", members=web.config.members)


routes = [
    Route("/profile", profile_page, methods=["GET"], name="profile"),
    Route("/profile", profile_post, methods=["POST"]),
    Route("/members", members_page, name="members"),
]
