"""The digest web app: routes by concern, assembled here; `serve` runs it with uvicorn."""

from __future__ import annotations

import contextlib
import logging
import re
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response

from veille.config.loader import VeilleConfig
from veille.i18n import translate
from veille.web import (
    routes_admin,
    routes_api,
    routes_auth,
    routes_calls,
    routes_feeds,
    routes_filters,
    routes_marks,
    routes_observatory,
    routes_profile,
    routes_subscriptions,
    routes_verdicts,
)
from veille.web.context import Forbidden, Sender, WebApp, language, redirect, render
from veille.web.security import SecurityHeaders


async def forbidden(request: Request, exc: Exception) -> Response:
    if str(exc) == "signin":
        # People are sent to the sign-in page; feed readers and scripts get a plain 401.
        path = request.url.path
        machine = path.startswith(("/api/", "/feeds/")) or path.endswith((".ics", ".csv"))
        if request.method == "GET" and not machine:
            return redirect("/signin")
        return Response("sign-in required", status_code=401)
    return render(
        request,
        "error.html",
        status=403,
        message=translate(
            language(request), "This form has expired: reload the page and try again."
        ),
    )


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    lang = language(request)
    if exc.status_code == 404:
        message = translate(lang, "Page not found")
    elif exc.status_code == 403:
        message = translate(lang, "Access restricted")
    else:
        message = translate(lang, "Bad request")
    return render(request, "error.html", status=exc.status_code, message=message)


def create_app(
    config: VeilleConfig,
    database: Path,
    *,
    clock: Callable[[], datetime] | None = None,
    deliverer: Sender | None = None,
    secret: str = "",
) -> Starlette:
    web = WebApp(config=config, database=database, deliverer=deliverer, secret=secret)
    if clock is not None:
        web.clock = clock
    app = Starlette(
        routes=[
            *routes_calls.routes,
            *routes_marks.routes,
            *routes_profile.routes,
            *routes_auth.routes,
            *routes_filters.routes,
            *routes_subscriptions.routes,
            *routes_feeds.routes,
            *routes_api.routes,
            *routes_admin.routes,
            *routes_verdicts.routes,
            *routes_observatory.routes,
        ],
        exception_handlers={Forbidden: forbidden, HTTPException: http_error},
        middleware=[Middleware(SecurityHeaders)],
    )
    app.state.web = web
    return app


# Secrets that travel in URLs: feed/calendar tokens in the query, sign-in links' path.
_TOKEN_QUERY = re.compile(r"([?&;]token=)[^&;#\s\"']*", re.IGNORECASE)
_SIGNIN_PATH = re.compile(r"(/signin/)[^/?#\s\"']+")


def redact_url(text: str) -> str:
    """`text` with URL tokens replaced by ***.

    >>> redact_url("/calendar.ics?topic=x&token=abc /signin/xyz?lang=fr")
    '/calendar.ics?topic=x&token=*** /signin/***?lang=fr'
    """
    return _SIGNIN_PATH.sub(r"\1***", _TOKEN_QUERY.sub(r"\1***", text))


class RedactTokens(logging.Filter):
    """Keeps feed tokens and sign-in links out of uvicorn's access log."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.msg, str):
            record.msg = redact_url(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact_url(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.args, dict):
            record.args = {
                k: redact_url(v) if isinstance(v, str) else v for k, v in record.args.items()
            }
        return True


def install_log_filter() -> None:
    """Add the filter to uvicorn's access logger (once; after uvicorn configured logging)."""
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, RedactTokens) for f in access.filters):
        access.addFilter(RedactTokens())


def server_config(app: Starlette, config: VeilleConfig, listen: str | None) -> Any:
    """uvicorn's settings: forwarded headers are believed from the configured proxies only
    (uvicorn would otherwise believe any client connecting from 127.0.0.1)."""
    import uvicorn

    host, port = (listen or config.settings.web.listen).rsplit(":", 1)
    proxies = config.settings.web.trusted_proxies
    return uvicorn.Config(
        app,
        host=host,
        port=int(port),
        proxy_headers=bool(proxies),
        forwarded_allow_ips=",".join(proxies) if proxies else "",
        log_level="info",
    )


class BackgroundWebServer:
    """The digest app in a thread of `veille run`, stopped with the service."""

    def __init__(
        self, config: VeilleConfig, database: Path, deliverer: Sender, listen: str | None = None
    ):
        import uvicorn

        app = create_app(config, database, deliverer=deliverer)
        # Outside the main thread uvicorn leaves signals alone: the service owns SIGTERM.
        self.server = uvicorn.Server(server_config(app, config, listen))
        install_log_filter()  # after uvicorn.Config, which configures its loggers
        self.thread = threading.Thread(target=self.server.run, name="web", daemon=True)

    def start(self) -> None:
        self.thread.start()

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def serve(
    config: VeilleConfig, database: Path, deliverer: Sender, listen: str | None = None
) -> None:
    """Run the app until interrupted (uvicorn, one process); sign-in links go by `deliverer`."""
    import uvicorn

    app = create_app(config, database, deliverer=deliverer)
    server = uvicorn.Server(server_config(app, config, listen))
    install_log_filter()  # after uvicorn.Config, which configures its loggers
    with contextlib.suppress(KeyboardInterrupt):
        server.run()
    if not server.started:  # e.g. the port is taken: fail as uvicorn.run does
        raise SystemExit(3)
