"""Members in control of what they receive.

- /manage/TOKEN: the page every message links to (the token names the member and the
  subscriptions the message was sent for): pause until a date or indefinitely, resume, stop;
  no sign-in needed, the signed token is the key.
- /manage/TOKEN/unsubscribe: the email's List-Unsubscribe address; a POST is RFC 8058's
  one-click unsubscribe (a mail client's button), a GET shows a button (a link checker
  opening the link unsubscribes no one).
- /subscriptions: signed-in members change cadence, channels, language and pauses, stop a
  subscription, and see what was sent to them recently; administrators, any member's.

Every change goes through the validated configuration writer (members.yaml), and applies at
once: the site re-reads the file, the service before its next job.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from veille.config.loader import ConfigError
from veille.config.schema import Member, Subscription
from veille.config.writer import remove_subscription, save_activity, save_subscription
from veille.domain.call import BRUSSELS
from veille.domain.subscription_tokens import ACTIVITY, read_subscription_token
from veille.domain.vocabulary import CADENCES, INTERFACE_LANGUAGES
from veille.i18n import translate
from veille.web.context import (
    WebApp,
    app_state,
    checked_form,
    current_person,
    language,
    redirect,
    render,
    require_person,
)

RECENT = timedelta(days=30)  # what "sent recently" shows


def _today(web: WebApp) -> date:
    return web.clock().astimezone(BRUSSELS).date()


def _from_token(web: WebApp, token: str) -> tuple[Member | None, list[Subscription], set[str]]:
    """The member and the subscriptions a link names (those still configured), or 404."""
    found = read_subscription_token(web.secret, token)
    if found is None:
        raise HTTPException(404)
    member_id, names = found
    member = web.member(member_id)
    kept = [s for s in member.subscriptions if s.name in names] if member else []
    return member, kept, set(names)


def _pause_value(form: dict[str, Any], today: date) -> bool | date | None:
    """What the pause fields ask for: True (until resumed), a day, False (active), or None
    when the date is not a future day."""
    mode = str(form.get("pause", "active"))
    if mode == "indefinitely":
        return True
    if mode == "until":
        try:
            day = date.fromisoformat(str(form.get("until", "")).strip())
        except ValueError:
            return None
        return day if day > today else None
    return False


def _no_day(lang: str) -> ConfigError:
    return ConfigError([translate(lang, "Pause until: choose a day after today.")])


def _apply(
    web: WebApp, member: Member, name: str, action: str, form: dict[str, Any], lang: str
) -> str:
    """Write one change to members.yaml; returns what the page then says ("" on a problem)."""
    folder = web.config.folder
    if name == ACTIVITY:  # the activity digest and partner requests: on or off
        save_activity(folder, member.id, enabled=action == "resume")
        return "resumed" if action == "resume" else "unsubscribed"
    if action == "unsubscribe":
        remove_subscription(folder, member.id, name)
        return "unsubscribed"
    if action == "resume":
        save_subscription(folder, member.id, name, {"paused": False})
        return "resumed"
    if action == "pause":
        pause = _pause_value(form, _today(web))
        if pause is None:
            raise _no_day(lang)
        save_subscription(folder, member.id, name, {"paused": pause})
        return "paused"
    if action == "save":
        pause = _pause_value(form, _today(web))
        if pause is None:
            raise _no_day(lang)
        ticked = form.get("channels") or []
        channels = ticked if isinstance(ticked, list) else [ticked]
        if not channels:
            raise ConfigError(
                [translate(lang, "Choose at least one channel (or pause these alerts).")]
            )
        changes = {
            "cadence": str(form.get("cadence", "")),
            "language": str(form.get("language", "")),
            "channels": channels,
            "paused": pause,
        }
        save_subscription(folder, member.id, name, changes)
        return "saved"
    raise HTTPException(400)


async def manage_page(request: Request) -> Response:
    web = app_state(request)
    member, subscriptions, names = _from_token(web, request.path_params["token"])
    return render(
        request,
        "manage.html",
        member=member,
        subscriptions=subscriptions,
        activity=member.activity if member and ACTIVITY in names else None,
        activity_name=ACTIVITY,
        token=request.path_params["token"],
        today=_today(web),
        done=request.query_params.get("done", ""),
    )


async def manage_post(request: Request) -> Response:
    form = await checked_form(request)
    web = app_state(request)
    token = request.path_params["token"]
    member, subscriptions, names = _from_token(web, token)
    name = str(form.get("sub", ""))
    if member is None or name not in {s.name for s in subscriptions} | (names & {ACTIVITY}):
        raise HTTPException(404)
    action = str(form.get("action", ""))
    if action not in ("pause", "resume", "unsubscribe"):
        raise HTTPException(400)
    try:
        done = _apply(web, member, name, action, form, language(request))
    except ConfigError as error:
        return render(
            request,
            "manage.html",
            status=400,
            member=member,
            subscriptions=subscriptions,
            activity=member.activity if ACTIVITY in names else None,
            activity_name=ACTIVITY,
            token=token,
            today=_today(web),
            done="",
            problems=error.problems,
        )
    web.reload_config()
    return redirect(f"/manage/{token}?done={done}")


async def unsubscribe_page(request: Request) -> Response:
    web = app_state(request)
    member, subscriptions, names = _from_token(web, request.path_params["token"])
    return render(
        request,
        "unsubscribe.html",
        member=member,
        subscriptions=subscriptions,
        activity=bool(member and ACTIVITY in names and member.activity.enabled),
        token=request.path_params["token"],
        done=False,
    )


async def unsubscribe_post(request: Request) -> Response:
    """One-click (RFC 8058): the mail client posts `List-Unsubscribe=One-Click`, without a
    cookie; the signed token is the authority, so no form token is asked for."""
    web = app_state(request)
    token = request.path_params["token"]
    member, subscriptions, names = _from_token(web, token)
    if member is not None:
        for subscription in subscriptions:
            remove_subscription(web.config.folder, member.id, subscription.name)
        if ACTIVITY in names and member.activity.enabled:
            save_activity(web.config.folder, member.id, enabled=False)
        web.reload_config()
    return render(
        request,
        "unsubscribe.html",
        member=member,
        subscriptions=[],
        activity=False,
        token=token,
        done=True,
    )


def _member_for(request: Request, web: WebApp, asked: str | None) -> Member:
    """The signed-in person's member; an administrator may name another one."""
    person = require_person(request)
    member_id = person["member"]
    if asked and asked != member_id:
        if person["role"] != "admin":
            raise HTTPException(403)
        member_id = asked
    member = web.member(member_id)
    if member is None:
        raise HTTPException(404)
    return member


def _subscriptions_page(
    request: Request, web: WebApp, member: Member, status: int = 200, **extra: Any
) -> Response:
    now = web.clock()
    person = current_person(request)
    return render(
        request,
        "subscriptions.html",
        status=status,
        member=member,
        own=person is not None and person["member"] == member.id,
        cadences=CADENCES,
        languages=INTERFACE_LANGUAGES,
        today=_today(web),
        recent=web.stores().outbox.recent(member.id, now - RECENT),
        **extra,
    )


async def subscriptions_page(request: Request) -> Response:
    web = app_state(request)
    member = _member_for(request, web, request.query_params.get("member"))
    return _subscriptions_page(request, web, member, done=request.query_params.get("done", ""))


async def subscriptions_post(request: Request) -> Response:
    form = await checked_form(request)
    web = app_state(request)
    member = _member_for(request, web, str(form.get("member", "")) or None)
    name = str(form.get("sub", ""))
    if name not in {s.name for s in member.subscriptions}:
        raise HTTPException(404)
    try:
        done = _apply(web, member, name, str(form.get("action", "")), form, language(request))
    except ConfigError as error:
        return _subscriptions_page(
            request, web, member, status=400, done="", problems=error.problems, failed=name
        )
    web.reload_config()
    suffix = f"&member={member.id}" if form.get("member") else ""
    return redirect(f"/subscriptions?done={done}{suffix}")


routes = [
    Route("/manage/{token}", manage_page, methods=["GET"], name="manage"),
    Route("/manage/{token}", manage_post, methods=["POST"]),
    Route("/manage/{token}/unsubscribe", unsubscribe_page, methods=["GET"]),
    Route("/manage/{token}/unsubscribe", unsubscribe_post, methods=["POST"]),
    Route("/subscriptions", subscriptions_page, methods=["GET"], name="subscriptions"),
    Route("/subscriptions", subscriptions_post, methods=["POST"]),
]
