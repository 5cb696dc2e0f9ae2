"""A member edits its keyword filters, previews what they match, and saves them to members.yaml."""

from __future__ import annotations

from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from veille.config.loader import ConfigError
from veille.config.schema import MAX_TERM_LENGTH, MAX_TERMS, KeywordFilter, Member, Subscription
from veille.config.writer import save_member_filter
from veille.domain.filters import call_matches_filter
from veille.domain.vocabulary import AREAS, KINDS, LANGUAGES, TOPICS
from veille.presentation import CallView, present
from veille.web.context import (
    WebApp,
    app_state,
    checked_form,
    language,
    redirect,
    render,
    require_person,
)
from veille.web.views import form_choices, form_lines

PREVIEW_SIZE = 30


def _terms(value: Any) -> list[str]:
    """The terms of a text box, one a line; one term or character past the limits is kept,
    so that validation refuses the form (and the page never echoes a huge text back)."""
    return [term[: MAX_TERM_LENGTH + 1] for term in form_lines(value, most=MAX_TERMS + 1)]


def filter_from_form(form: dict[str, Any], sources: tuple[str, ...]) -> dict[str, Any]:
    days = str(form.get("min_days_left", "")).strip()
    return {
        "topics": form_choices(form.get("topics"), TOPICS),
        "include": _terms(form.get("include")),
        "exclude": _terms(form.get("exclude")),
        "regions": form_choices(form.get("regions"), AREAS),
        "languages": form_choices(form.get("languages"), LANGUAGES),
        "sources": form_choices(form.get("sources"), sources),
        "kinds": form_choices(form.get("kinds"), KINDS),
        "min_days_left": int(days) if days.isdigit() else None,
        "relevant_only": form.get("relevant_only") == "1",
        "to_check": form.get("to_check") == "1",
    }


def preview(web: WebApp, spec: KeywordFilter, lang: str) -> tuple[list[CallView], int]:
    now = web.clock()
    found = [
        c
        for c in web.stores().call_store.open_calls(now, relevant_only=spec.relevant_only)
        if call_matches_filter(c, spec, now)
    ]
    return [present(c, now, lang) for c in found[:PREVIEW_SIZE]], len(found)


def _subscription(
    web: WebApp, member_id: str, name: str | None
) -> tuple[Member | None, Subscription | None]:
    """The member's subscription called `name` (404 if unknown), else its first one."""
    member = web.member(member_id)
    if member is None or not member.subscriptions:
        return member, None
    if not name:
        return member, member.subscriptions[0]
    found = next((s for s in member.subscriptions if s.name == name), None)
    if found is None:
        # Never fall back to another subscription: the form would overwrite it.
        raise HTTPException(404)
    return member, found


def _page(
    request: Request,
    web: WebApp,
    member: Member | None,
    subscription: Subscription | None,
    values: dict[str, Any],
    **extra: Any,
) -> Response:
    calls: list[CallView] = []
    total = 0
    try:
        spec = KeywordFilter.model_validate(values)
    except ValueError:  # pydantic's ValidationError: the form shows the problems on saving
        pass
    else:
        calls, total = preview(web, spec, language(request))
    return render(
        request,
        "filters.html",
        member=member,
        subscription=subscription,
        values=values,
        preview=calls,
        preview_total=total,
        topics=TOPICS,
        call_languages=LANGUAGES,
        kinds=KINDS,
        sources=[(s.name, s.title or s.name) for s in web.config.sources],
        regions=AREAS,
        **extra,
    )


async def filters_page(request: Request) -> Response:
    person = require_person(request)
    web = app_state(request)
    member, subscription = _subscription(web, person["member"], request.query_params.get("sub"))
    values = subscription.filters.model_dump() if subscription else {}
    return _page(
        request, web, member, subscription, values, saved=bool(request.query_params.get("saved"))
    )


async def filters_post(request: Request) -> Response:
    person = require_person(request)
    form = await checked_form(request)
    web = app_state(request)
    # Always the signed-in member's own subscription: the form cannot name another member.
    member, subscription = _subscription(web, person["member"], str(form.get("sub", "")))
    if member is None or subscription is None:
        raise HTTPException(404)
    values = filter_from_form(form, tuple(s.name for s in web.config.sources))
    if form.get("action") != "save":
        return _page(request, web, member, subscription, values, previewed=True)
    try:
        save_member_filter(web.config.folder, member.id, subscription.name, values)
    except ConfigError as error:
        return _page(request, web, member, subscription, values, problems=error.problems)
    web.reload_config()
    return redirect(f"/filters?sub={subscription.name}&saved=1")


routes = [
    Route("/filters", filters_page, methods=["GET"], name="filters"),
    Route("/filters", filters_post, methods=["POST"]),
]
