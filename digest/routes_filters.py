"""A member edits its keyword filters, previews what they match, and saves them to members.yaml."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from veille.config.schema import KeywordFilter, MembersFile
from veille.digest.views import card
from veille.digest.web import WebApp, app_state, checked_form, redirect, render, require_person
from veille.domain.call import KINDS
from veille.domain.filters import call_matches_filter

TOPICS = ("insertion", "mentoring")
CALL_LANGUAGES = ("fr", "nl", "en", "de")
PREVIEW_SIZE = 30


def _lines(value: Any) -> list[str]:
    text = "\n".join(value) if isinstance(value, list) else str(value or "")
    return [line.strip() for line in text.replace(",", "\n").splitlines() if line.strip()][:50]


def _choices(value: Any, allowed: tuple[str, ...]) -> list[str]:
    chosen = value if isinstance(value, list) else [value] if value else []
    return [item for item in chosen if item in allowed]


def filter_from_form(form: dict[str, Any], sources: tuple[str, ...]) -> dict[str, Any]:
    days = str(form.get("min_days_left", "")).strip()
    return {
        "topics": _choices(form.get("topics"), TOPICS),
        "include": _lines(form.get("include")),
        "exclude": _lines(form.get("exclude")),
        "regions": _lines(form.get("regions")),
        "languages": _choices(form.get("languages"), CALL_LANGUAGES),
        "sources": _choices(form.get("sources"), sources),
        "kinds": _choices(form.get("kinds"), KINDS),
        "min_days_left": int(days) if days.isdigit() else None,
        "relevant_only": form.get("relevant_only") == "1",
    }


def preview(web: WebApp, spec: KeywordFilter) -> tuple[list[dict[str, Any]], int]:
    now = web.clock()
    found = [
        c
        for c in web.stores().calls.open_calls(now, relevant_only=spec.relevant_only)
        if call_matches_filter(c, spec, now)
    ]
    return [card(c, now, None) for c in found[:PREVIEW_SIZE]], len(found)


def save_filter(folder: Path, member_id: str, subscription: str, spec: dict[str, Any]) -> None:
    """Validate the whole file with the schema the CLI uses, then replace it atomically."""
    path = folder / "members.yaml"
    original = path.read_text(encoding="utf-8")
    data = yaml.safe_load(original) or {}
    member = next(m for m in data.get("members", []) if m.get("id") == member_id)
    target = next(s for s in member.get("subscriptions", []) if s.get("name") == subscription)
    # Only non-default values are written, so the file stays short and readable.
    target["filters"] = {
        k: v
        for k, v in spec.items()
        if v not in ([], None) and not (k == "relevant_only" and v is True)
    }
    MembersFile.model_validate(data)  # raises before anything is written
    # Comments inside the file cannot survive PyYAML; the header comment block is kept.
    header = (
        "".join(line for line in original.splitlines(keepends=True) if line.startswith("#"))
        if original.startswith("#")
        else ""
    )
    body = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, default_flow_style=False)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".members-", suffix=".yaml")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(header + body)
    os.replace(temporary, path)


def _subscription(web: WebApp, member_id: str, name: str | None):
    member = web.member(member_id)
    if member is None or not member.subscriptions:
        return member, None
    found = next((s for s in member.subscriptions if s.name == name), None)
    return member, found or member.subscriptions[0]


def _page(
    request: Request, web: WebApp, member, subscription, values: dict[str, Any], **extra: Any
) -> Response:
    try:
        spec = KeywordFilter.model_validate(values)
        calls, total = preview(web, spec)
    except ValidationError:
        calls, total = [], 0
    return render(
        request,
        "filters.html",
        member=member,
        subscription=subscription,
        values=values,
        preview=calls,
        preview_total=total,
        topics=TOPICS,
        call_languages=CALL_LANGUAGES,
        kinds=KINDS,
        sources=[s.name for s in web.config.sources],
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
    if subscription is None:
        raise HTTPException(404)
    values = filter_from_form(form, tuple(s.name for s in web.config.sources))
    if form.get("action") != "save":
        return _page(request, web, member, subscription, values, previewed=True)
    try:
        save_filter(web.config.folder, member.id, subscription.name, values)
    except ValidationError as error:
        problems = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors()]
        return _page(request, web, member, subscription, values, problems=problems)
    web.reload_config()
    return redirect(f"/filters?sub={subscription.name}&saved=1")


routes = [
    Route("/filters", filters_page, methods=["GET"], name="filters"),
    Route("/filters", filters_post, methods=["POST"]),
]
