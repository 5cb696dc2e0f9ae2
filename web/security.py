"""Headers every response carries (pages, feeds, calendar, CSV, JSON, redirects, errors).

Pages set their own Content-Security-Policy (web.context.render); everything else gets one
that allows nothing. A response to someone signed in, to a personal feed token, or to the
signed link that manages a subscription (/manage/TOKEN, in every alert) is the reader's
own: `Cache-Control: private, no-store`, so no shared cache or browser history keeps it.
"""

from __future__ import annotations

from http.cookies import SimpleCookie

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from veille.web.context import SESSION_COOKIE

ALWAYS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}
NOTHING_ALLOWED = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"
PRIVATE = "private, no-store"


def is_personal(scope: Scope) -> bool:
    """Whether the request speaks for one person: a session cookie, a feed token, or the
    token of a subscription's management link."""
    headers = dict(scope.get("headers") or [])
    cookies = SimpleCookie()
    try:
        cookies.load(headers.get(b"cookie", b"").decode("latin-1"))
    except Exception:  # a malformed Cookie header is no session
        cookies = SimpleCookie()
    query = scope.get("query_string", b"").decode("latin-1")
    if str(scope.get("path", "")).startswith("/manage/"):
        return True
    return SESSION_COOKIE in cookies or any(part.startswith("token=") for part in query.split("&"))


class SecurityHeaders:
    """ASGI middleware adding the headers above to every HTTP response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        personal = is_personal(scope)

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in ALWAYS.items():
                    headers.setdefault(name, value)
                headers.setdefault("content-security-policy", NOTHING_ALLOWED)
                sets_cookie = "set-cookie" in headers
                if personal or sets_cookie:
                    headers["cache-control"] = PRIVATE
                    headers.setdefault("vary", "Cookie")
            await send(message)

        await self.app(scope, receive, send_with_headers)
