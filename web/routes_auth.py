"""Passwordless sign-in: a single-use, expiring link by email; sessions in a cookie."""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from starlette.background import BackgroundTask
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from veille.config.loader import resolve_secrets
from veille.i18n import translate
from veille.storage.accounts import SESSION_LIFETIME, TokenState
from veille.web.context import (
    SESSION_COOKIE,
    WebApp,
    app_state,
    checked_form,
    language,
    redirect,
    render,
)

# Limits on sign-in requests, in a sliding window:
# - per client (IP address): 10 requests, whatever the addresses, against one machine
#   probing or mail-bombing many addresses;
# - per address *from one client*: 5 requests. Counting an address's requests from every
#   client together would let anyone lock a member out by asking for their address from
#   elsewhere; keyed by (address, client), another machine's requests never count against
#   the member's own, so an attacker can only exhaust their own allowance.
# Both limits apply the same way to known and unknown addresses (no membership hint).
WINDOW = timedelta(minutes=15)
PER_ADDRESS = 5
PER_CLIENT = 10


def too_many(lang: str) -> str:
    return translate(lang, "Too many requests. Try again in a quarter of an hour.")


def link_problem(state: TokenState, request: Request) -> str:
    """Why a sign-in link no longer works, in the visitor's language."""
    lang = language(request)
    if state == "used":
        return translate(lang, "This link has already been used. Ask for a new one.")
    if state == "expired":
        return translate(lang, "This link has expired. Ask for a new one.")
    return translate(lang, "This link is not valid. Ask for a new one.")


def mail_url(web: WebApp, member_id: str, email: str) -> str | None:
    """The configured sign-in mailer, else the member's email channel, sent `to` this person."""
    base = web.config.settings.web.signin_mail_url
    if not base:
        member = web.member(member_id)
        base = next(
            (c.url for c in (member.channels if member else []) if c.url.startswith("mailto")),
            None,
        )
    if not base:
        return None
    parts = urlsplit(resolve_secrets(base))
    query = [(k, v) for k, v in parse_qsl(parts.query) if k != "to"] + [("to", email)]
    return urlunsplit(parts._replace(query=urlencode(query, safe="@${}")))


async def signin_form(request: Request) -> Response:
    return render(request, "signin.html")


def send_signin_link(web: WebApp, email: str, lang: str, now: datetime) -> None:
    """Mail a sign-in link if `email` belongs to a member (run after the response is sent)."""
    store = web.stores().accounts
    person = store.person(email)
    url = mail_url(web, person["member"], email) if person else None
    if person is None or url is None or web.deliverer is None:
        return
    token = secrets.token_urlsafe(32)
    store.create_signin_token(token, email, now)
    link = f"{web.config.settings.digest_url.rstrip('/')}/signin/{token}"
    html = web.env.get_template("signin_mail.html").render(
        lang=lang, link=link, name=person["name"]
    )
    web.deliverer.send(url, translate(lang, "Your Veille sign-in link"), html)


async def signin_request(request: Request) -> Response:
    form = await checked_form(request)
    web = app_state(request)
    store = web.stores().accounts
    now = web.clock()
    email = str(form.get("email", "")).strip().lower()[:200]
    client = request.client.host if request.client else "?"
    address_key = f"email:{email}|client:{client}"
    client_key = f"client:{client}"
    if (
        store.count_attempts(address_key, now - WINDOW) >= PER_ADDRESS
        or store.count_attempts(client_key, now - WINDOW) >= PER_CLIENT
    ):
        return render(request, "signin.html", status=429, error=too_many(language(request)))
    store.record_attempt(address_key, now)
    store.record_attempt(client_key, now)
    # The same answer, at once, whether the address is known or not: looking the address up
    # and sending the mail happen after the response (a background task), so neither the
    # page nor its timing tells anyone who is a member.
    response = render(request, "signin_sent.html", email=email)
    response.background = BackgroundTask(send_signin_link, web, email, language(request), now)
    return response


async def signin_confirm(request: Request) -> Response:
    # A GET only shows a button: mail scanners that open links must not use the token.
    web = app_state(request)
    state = web.stores().accounts.signin_token_state(request.path_params["token"], web.clock())
    if state != "valid":
        return render(request, "signin.html", status=400, error=link_problem(state, request))
    return render(request, "signin_confirm.html", token=request.path_params["token"])


async def signin_complete(request: Request) -> Response:
    await checked_form(request)
    web = app_state(request)
    store = web.stores().accounts
    now = web.clock()
    email = store.use_signin_token(request.path_params["token"], now)
    if email is None:
        state = store.signin_token_state(request.path_params["token"], now)
        return render(request, "signin.html", status=400, error=link_problem(state, request))
    session = secrets.token_urlsafe(32)
    store.create_session(session, email, now)
    response = redirect("/?notice=signed-in")
    response.set_cookie(
        SESSION_COOKIE,
        session,
        max_age=int(SESSION_LIFETIME.total_seconds()),
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )
    return response


async def signout(request: Request) -> Response:
    await checked_form(request)
    session = request.cookies.get(SESSION_COOKIE)
    if session:
        app_state(request).stores().accounts.end_session(session)
    response = redirect("/?notice=signed-out")
    response.delete_cookie(SESSION_COOKIE)
    return response


routes = [
    Route("/signin", signin_form, methods=["GET"], name="signin"),
    Route("/signin", signin_request, methods=["POST"]),
    Route("/signin/{token}", signin_confirm, methods=["GET"]),
    Route("/signin/{token}", signin_complete, methods=["POST"]),
    Route("/signout", signout, methods=["POST"], name="signout"),
]
