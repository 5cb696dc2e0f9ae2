"""What every route needs: configuration, storage, clock, templates, and the visitor's state."""

from __future__ import annotations

import hmac
import os
import secrets
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlencode

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from veille.coalition_words import day_words, value_label, value_labels
from veille.config.loader import VeilleConfig, load_config
from veille.config.schema import Member
from veille.domain.call import BRUSSELS
from veille.domain.fit import CallFacts, facts_of
from veille.domain.stored_call import StoredCall
from veille.domain.vocabulary import InterfaceLanguage, area_of, is_interface_language
from veille.i18n.amounts import share_in_words
from veille.presentation import group_reason_words, why_sentences
from veille.storage import CallStore, Outbox, open_database
from veille.storage.accounts import Accounts, Person
from veille.storage.call_queries import CallQueries
from veille.storage.crawl_runs import CrawlRuns
from veille.storage.marks import Marks
from veille.storage.notes import Notes
from veille.storage.secret_key import stored_secret_key
from veille.storage.verdicts import Verdicts
from veille.templating import environment
from veille.web.views import excerpt, highlight_terms

TEMPLATES = Path(__file__).resolve().parent / "templates"
SESSION_COOKIE = "veille_session"
CSRF_COOKIE = "veille_csrf"
LANG_COOKIE = "veille_lang"
FACETS_TTL = 300  # seconds


class Forbidden(Exception):
    """The visitor may not do this (403), or must sign in first (when not signed in)."""


class Sender(Protocol):
    """Sends one message to a channel URL (veille.alerts.deliver.Deliverer)."""

    def send(self, url: str, subject: str, html: str) -> object: ...


@dataclass
class Stores:
    """One connection's stores: what the routes read and write."""

    calls: CallQueries
    accounts: Accounts
    marks: Marks
    notes: Notes
    crawl_runs: CrawlRuns
    call_store: CallStore  # the calls as the alerts read them (open calls), and their changes
    outbox: Outbox
    verdicts: Verdicts  # members' verdicts on the classification, and their review


@dataclass
class WebApp:
    """The app's state. SQLite connections are per thread (the test client uses its own)."""

    config: VeilleConfig
    database: Path
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(BRUSSELS))
    deliverer: Sender | None = None  # sign-in links go out through it
    secret: str = ""
    _local: threading.local = field(default_factory=threading.local)

    def __post_init__(self) -> None:
        if not self.secret:
            # The environment wins; else a key made once and kept in the data folder, so that
            # feed and calendar URLs survive restarts.
            self.secret = os.environ.get(
                self.config.settings.web.secret_key_env
            ) or stored_secret_key(self.database.parent)
        self.env = environment(TEMPLATES)
        self.env.globals["feed_token"] = self.feed_token
        self.env.globals["highlight_terms"] = highlight_terms
        self.env.globals["excerpt"] = excerpt
        self.env.globals["why_sentences"] = why_sentences
        self.env.globals["group_reason_words"] = group_reason_words
        self.env.globals["share_in_words"] = share_in_words
        self.env.filters["region_code"] = lambda name: area_of(name) or name
        # The coalition's lists (profiles, reasons); `label` is the catalogue's "Deadline:".
        self.env.globals["value_label"] = value_label
        self.env.globals["value_labels"] = value_labels
        self.env.globals["day_words"] = day_words
        self.sync_people()

    def stores(self) -> Stores:
        if getattr(self._local, "stores", None) is None:
            db = open_database(self.database)
            self._local.stores = Stores(
                calls=CallQueries(db),
                accounts=Accounts(db),
                marks=Marks(db),
                notes=Notes(db),
                crawl_runs=CrawlRuns(db),
                call_store=CallStore(db),
                outbox=Outbox(db),
                verdicts=Verdicts(db),
            )
        stores: Stores = self._local.stores
        return stores

    def facets(self) -> dict[str, list[str]]:
        """Filter menu values: scanning every call per page view is too slow, so kept 5 min."""
        now = time.monotonic()
        cached = getattr(self, "_facets", None)
        if cached is None or now - cached[0] > FACETS_TTL:
            self._facets = (now, self.stores().calls.facets())
        return self._facets[1]

    def sync_people(self) -> None:
        admins = {email.lower() for email in self.config.settings.web.admins}
        people = [
            Person(
                email=email.strip().lower(),
                member=member.id,
                name=member.name,
                role="admin" if email.strip().lower() in admins else "member",
            )
            for member in self.config.members
            for email in member.people
        ]
        self.stores().accounts.sync_people(people)

    def reload_config(self) -> None:
        """After the site wrote members.yaml: its pages show the change at once (the
        service re-reads the file before its next job)."""
        self.config = load_config(self.config.folder, check_secrets=False)
        self.sync_people()

    def member(self, member_id: str) -> Member | None:
        return next((m for m in self.config.members if m.id == member_id), None)

    def member_names(self) -> dict[str, str]:
        return {m.id: m.name for m in self.config.members}

    def facts(self, call: StoredCall) -> CallFacts:
        """The call's facts, with the languages of all its pages (veille.domain.fit)."""
        languages = self.stores().calls.group_languages([call.group_id]).get(call.group_id, set())
        return facts_of(call, languages)

    def feed_token(self, email: str) -> str:
        """A stable secret for feed URLs (calendar apps cannot sign in)."""
        return hmac.new(self.secret.encode(), f"feed:{email}".encode(), "sha256").hexdigest()[:32]

    def person_by_feed_token(self, token: str) -> Person | None:
        for person in self.stores().accounts.people():
            if hmac.compare_digest(self.feed_token(person["email"]), token):
                return person
        return None


def app_state(request: Request) -> WebApp:
    web: WebApp = request.app.state.web
    return web


def current_person(request: Request) -> Person | None:
    if "person" not in request.scope.setdefault("veille", {}):
        web = app_state(request)
        session = request.cookies.get(SESSION_COOKIE)
        person = web.stores().accounts.session_person(session, web.clock()) if session else None
        request.scope["veille"]["person"] = person
    found: Person | None = request.scope["veille"]["person"]
    return found


def language(request: Request) -> InterfaceLanguage:
    asked = request.query_params.get("lang")
    if is_interface_language(asked):
        return asked
    cookie = request.cookies.get(LANG_COOKIE)
    if is_interface_language(cookie):
        return cookie
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip()[:2].lower()
        if is_interface_language(code):
            return code
    return "fr"


def csrf_token(request: Request) -> str:
    veille = request.scope.setdefault("veille", {})
    if "csrf" not in veille:
        veille["csrf"] = request.cookies.get(CSRF_COOKIE) or secrets.token_urlsafe(32)
    token: str = veille["csrf"]
    return token


async def checked_form(request: Request) -> dict[str, Any]:
    """The posted form, after the CSRF check (double-submit cookie: another site cannot read it)."""
    form = await request.form()
    sent = str(form.get("csrf", ""))
    cookie = request.cookies.get(CSRF_COOKIE, "")
    if not sent or not cookie or not hmac.compare_digest(sent, cookie):
        raise Forbidden("csrf")
    return {key: form.getlist(key) if len(form.getlist(key)) > 1 else form[key] for key in form}


def can_read(request: Request) -> bool:
    return (
        app_state(request).config.settings.web.public_digest or current_person(request) is not None
    )


def require_person(request: Request) -> Person:
    person = current_person(request)
    if person is None:
        raise Forbidden("signin")
    return person


def query_with(request: Request, **changes: str) -> str:
    """The current query string with some parameters changed (empty ones dropped)."""
    params = dict(request.query_params)
    params.update(changes)
    return urlencode({key: value for key, value in params.items() if value})


def with_lang(request: Request, **changes: str) -> str:
    """A link to the current page with some query parameters changed (language, pages).

    Relative to the page ("?lang=nl"), never built from the requested path: a path such as
    `//evil.example/` would otherwise become a link to another site.
    """
    return "?" + query_with(request, **changes)


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    web = app_state(request)
    lang = language(request)
    person = current_person(request)
    html = web.env.get_template(template).render(
        request=request,
        lang=lang,
        person=person,
        is_admin=bool(person and person["role"] == "admin"),
        csrf=csrf_token(request),
        coalition=web.config.coalition,
        with_lang=lambda **c: with_lang(request, **c),
        query_with=lambda **c: query_with(request, **c),
        **context,
    )
    response = HTMLResponse(html, status_code=status)
    secure = request.url.scheme == "https"
    if request.cookies.get(CSRF_COOKIE) != csrf_token(request):
        response.set_cookie(
            CSRF_COOKIE, csrf_token(request), httponly=True, samesite="lax", secure=secure
        )
    if is_interface_language(request.query_params.get("lang")):
        response.set_cookie(
            LANG_COOKIE, lang, max_age=365 * 86400, httponly=True, samesite="lax", secure=secure
        )
    response.headers["Content-Security-Policy"] = (
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
        "frame-ancestors 'none'; base-uri 'none'"
    )
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["Referrer-Policy"] = "same-origin"
    return response


def redirect(url: str) -> Response:
    return RedirectResponse(url, status_code=303)
