"""A local HTTP server of recorded source responses, for the demo, tests and benchmarks.

`recordings/<host>/manifest.yaml` lists the routes of one recorded site; a request
for http://127.0.0.1:PORT/<host>/<path> is answered from the matching file. It
answers conditional requests (ETag / If-Modified-Since) like a well-behaved site.

For fault tests a route may also say `delay` (seconds before answering), `redirect`
(a Location, sent with its status, default 302) or `repeat_mb` (the file repeated to
that many megabytes).

A site changes over time the way real ones do:
- `validators` (site level): which validators it sends, `[etag, last_modified]` by default;
  `[etag]` for a server sending only an ETag, `[]` for one sending neither. A server
  answers 304 only on the validators it sends.
- `last_modified` (route or site level; an ISO date or moment): the page's Last-Modified,
  else the file's modification time. `headers` (site level) are sent on every answer.
- `states`: named sets of routes that replace the base routes with the same method, path
  and query (or add to them) while the state is on (`ReplayServer.set_state`); a route with
  a `status` and no file answers that status. A state may say `down: 503`: every path of
  the site answers that.
- `ReplayServer.fail(host, path, status)` makes one path (or, without a path, the whole
  site) answer `status` until `heal(host)`; `set_failures` sets them all at once.
- `ReplayServer.drop(host, path, times)` closes the connection of the next `times` requests
  for that path without a word, as an overloaded server or a flaky network does.
Every answer is logged (`answers`), with the conditional headers the request carried.
"""

from __future__ import annotations

import hashlib
import mimetypes
import threading
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml

RECORDINGS = Path(__file__).resolve().parent.parent / "recordings"
VALIDATORS = ("etag", "last_modified")


def http_date(value: Any) -> str:
    """An ISO date or moment (text or object) as an HTTP date (UTC).

    >>> http_date("2024-12-02")
    'Mon, 02 Dec 2024 00:00:00 GMT'
    """
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    else:
        moment = datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return formatdate(moment.timestamp(), usegmt=True)


class _ReplayHTTPServer(ThreadingHTTPServer):
    # The default listen backlog (5) overflows when a dozen spiders start at once on a loaded
    # machine: connections are refused and a crawl reads as partial for a fault of ours.
    request_queue_size = 128
    daemon_threads = True


@dataclass
class Route:
    method: str
    path: str
    file: Path | None
    status: int = 200
    query: dict[str, str] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str | None = None
    delay: float = 0.0
    redirect: str | None = None
    repeat_mb: int = 0
    last_modified: str | None = None  # an HTTP date; None: the file's modification time

    def matches(self, method: str, path: str, query: dict[str, str]) -> bool:
        return (
            self.method == method
            and self.path == path
            and all(query.get(key) == value for key, value in self.query.items())
        )

    def same_place(self, other: Route) -> bool:
        return (self.method, self.path, self.query) == (other.method, other.path, other.query)


@dataclass
class RecordedSite:
    host: str
    routes: list[Route]
    manifest: dict[str, Any]
    validators: frozenset[str] = frozenset(VALIDATORS)
    headers: dict[str, str] = field(default_factory=dict)
    states: dict[str, list[Route]] = field(default_factory=dict)
    down_in: dict[str, int] = field(default_factory=dict)  # state -> status of every path


def _routes(
    entries: Iterable[Mapping[str, Any]], folder: Path, default_modified: Any
) -> list[Route]:
    return [
        Route(
            method=route.get("method", "GET").upper(),
            path=route["path"],
            file=folder / route["file"] if route.get("file") else None,
            status=int(route.get("status", 200)),
            query={k: str(v) for k, v in (route.get("query") or {}).items()},
            headers=dict(route.get("headers") or {}),
            content_type=route.get("content_type"),
            delay=float(route.get("delay", 0)),
            redirect=route.get("redirect"),
            repeat_mb=int(route.get("repeat_mb", 0)),
            last_modified=(
                http_date(route.get("last_modified") or default_modified)
                if route.get("last_modified") or default_modified
                else None
            ),
        )
        for route in entries
    ]


def load_sites(
    folder: Path | list[Path] = RECORDINGS, overrides: Mapping[str, Mapping[str, Any]] | None = None
) -> dict[str, RecordedSite]:
    """Every recorded site of the folders; `overrides[host]` replaces manifest keys."""
    sites = {}
    folders = folder if isinstance(folder, list) else [folder]
    for manifest_path in sorted(p for f in folders for p in f.glob("*/manifest.yaml")):
        host = manifest_path.parent.name
        manifest = {
            **yaml.safe_load(manifest_path.read_text(encoding="utf-8")),
            **((overrides or {}).get(host) or {}),
        }
        modified = manifest.get("last_modified")
        states: dict[str, list[Route]] = {}
        down: dict[str, int] = {}
        for name, state in (manifest.get("states") or {}).items():
            states[name] = _routes(state.get("routes") or [], manifest_path.parent, modified)
            if state.get("down"):
                down[name] = int(state["down"])
        validators = manifest.get("validators", VALIDATORS)
        unknown = set(validators) - set(VALIDATORS)
        if unknown:
            raise ValueError(f"{manifest_path}: unknown validators {sorted(unknown)}")
        sites[host] = RecordedSite(
            host,
            _routes(manifest.get("routes", []), manifest_path.parent, modified),
            manifest,
            validators=frozenset(validators),
            headers={k: str(v) for k, v in (manifest.get("headers") or {}).items()},
            states=states,
            down_in=down,
        )
    return sites


@dataclass(frozen=True)
class Answer:
    """One request and what the server answered (body bytes; 0 for a 304 or a HEAD)."""

    method: str
    path: str  # /<host>/<path>?<query>, as requested
    status: int
    bytes: int
    if_none_match: str | None = None
    if_modified_since: str | None = None

    @property
    def host(self) -> str:
        return self.path.lstrip("/").split("/", 1)[0]

    @property
    def conditional(self) -> bool:
        return bool(self.if_none_match or self.if_modified_since)


class ReplayServer:
    """Serves recorded sites on 127.0.0.1 in a background thread; counts requests."""

    def __init__(
        self,
        folder: Path | list[Path] = RECORDINGS,
        port: int = 0,
        extra_headers: dict[str, str] | None = None,
        overrides: Mapping[str, Mapping[str, Any]] | None = None,
    ):
        self.sites = load_sites(folder, overrides)
        # e.g. {"Cache-Control": "max-age=0"}: every re-crawl revalidates (the 304 path)
        self.extra_headers = dict(extra_headers or {})
        self.requests: list[tuple[str, str]] = []
        self.answers: list[Answer] = []
        self.bytes_sent = 0
        self.full_responses = 0  # answers with a body (not 304 Not Modified)
        self._states: dict[str, str] = {}  # host -> its current state
        self._failing: dict[tuple[str, str | None], int] = {}  # (host, path or None) -> status
        self._dropping: dict[tuple[str, str], int] = {}  # (host, path) -> connections left to drop
        self._lock = threading.Lock()
        self._server = _ReplayHTTPServer(("127.0.0.1", port), self._handler_class())
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> ReplayServer:
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> ReplayServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- a site over time ------------------------------------------------------------

    def set_state(self, host: str, state: str | None) -> None:
        """Serve `host` in one of its manifest's `states` (None: as recorded)."""
        if state is not None and state not in self.sites[host].states:
            raise KeyError(f"{host} has no state {state!r}")
        with self._lock:
            if state is None:
                self._states.pop(host, None)
            else:
                self._states[host] = state

    def fail(self, host: str, path: str | None, status: int) -> None:
        """`path` of `host` (every path when None) answers `status` until `heal(host)`."""
        with self._lock:
            self._failing[(host, path)] = status

    def heal(self, host: str) -> None:
        with self._lock:
            self._failing = {key: v for key, v in self._failing.items() if key[0] != host}
            self._dropping = {key: v for key, v in self._dropping.items() if key[0] != host}

    def drop(self, host: str, path: str, times: int) -> None:
        """Close the connection of the next `times` requests for `path` of `host`, unanswered."""
        with self._lock:
            self._dropping[(host, path)] = times

    def _dropped(self, raw_path: str) -> bool:
        """Whether this request is one to drop (and count it)."""
        host, _, path = urlsplit(raw_path).path.lstrip("/").partition("/")
        key = (host, "/" + path)
        with self._lock:
            left = self._dropping.get(key, 0)
            if left > 0:
                self._dropping[key] = left - 1
            return left > 0

    def set_failures(self, host: str, failures: Mapping[str | None, int]) -> None:
        """Replace what `host` answers on purpose: path (None: every path) -> status."""
        with self._lock:
            self._failing = {key: v for key, v in self._failing.items() if key[0] != host}
            self._failing.update({(host, path): status for path, status in failures.items()})

    def answers_for(self, host: str, since: int = 0) -> list[Answer]:
        """The answers given for `host`, from the `since`-th answer of the server on."""
        with self._lock:
            return [answer for answer in self.answers[since:] if answer.host == host]

    # --- answering -------------------------------------------------------------------

    def find(self, method: str, raw_path: str) -> Route | None:
        parts = urlsplit(raw_path)
        host, _, path = parts.path.lstrip("/").partition("/")
        site = self.sites.get(host)
        if site is None:
            return None
        query = dict(parse_qsl(parts.query))
        state = self._states.get(host)
        for route in site.states.get(state, []) if state else []:
            if route.matches(method, "/" + path, query):
                return route
        for route in site.routes:
            if route.matches(method, "/" + path, query):
                return route
        return None

    def failure(self, raw_path: str) -> int | None:
        """The status a failing or down site answers for this path, if any."""
        host, _, path = urlsplit(raw_path).path.lstrip("/").partition("/")
        with self._lock:
            forced = self._failing.get((host, "/" + path)) or self._failing.get((host, None))
            state = self._states.get(host)
        site = self.sites.get(host)
        if forced is None and site is not None and state is not None:
            forced = site.down_in.get(state)
        return forced

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            server_version = "VeilleReplay/1"

            def log_message(self, *args: object) -> None:  # quiet: tests read counters instead
                pass

            def _serve(self, method: str) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                with server._lock:
                    server.requests.append((method, self.path))
                if server._dropped(self.path):
                    self.close_connection = True  # not a byte of answer
                    return
                forced = server.failure(self.path)
                if forced is not None:
                    return self._send(forced, b"failing on purpose", "text/plain")
                route = server.find(method, self.path)
                if route is None:
                    return self._send(404, b"not recorded", "text/plain")
                if route.delay:
                    time.sleep(route.delay)
                if route.redirect:
                    status = route.status if route.status != 200 else 302
                    return self._send(status, b"", None, {"Location": route.redirect})
                if route.file is None and route.status != 200:
                    return self._send(route.status, b"answered on purpose", "text/plain")
                body = route.file.read_bytes() if route.file else b""
                if route.repeat_mb:
                    body = body * (route.repeat_mb * 1024 * 1024 // max(len(body), 1) + 1)
                site = server.sites[self.path.lstrip("/").split("/", 1)[0]]
                validators: dict[str, str] = {}
                if "etag" in site.validators:
                    validators["ETag"] = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                if "last_modified" in site.validators:
                    validators["Last-Modified"] = route.last_modified or formatdate(
                        route.file.stat().st_mtime if route.file else 0, usegmt=True
                    )
                if route.status == 200 and self._not_modified(validators):
                    return self._send(304, b"", None, validators)
                content_type = route.content_type or (
                    mimetypes.guess_type(str(route.file))[0] if route.file else None
                )
                headers = {
                    **validators,
                    **server.extra_headers,
                    **site.headers,
                    **route.headers,
                }
                self._send(route.status, body, content_type or "application/octet-stream", headers)

            def _not_modified(self, validators: dict[str, str]) -> bool:
                """On the validators this site sends only, as a real server would."""
                etag, modified = validators.get("ETag"), validators.get("Last-Modified")
                if self.headers.get("If-None-Match") and etag:
                    return etag in self.headers["If-None-Match"]
                since = self.headers.get("If-Modified-Since")
                if since and modified:
                    try:
                        return parsedate_to_datetime(since) >= parsedate_to_datetime(modified)
                    except (TypeError, ValueError):
                        return False
                return False

            def _send(
                self,
                status: int,
                body: bytes,
                content_type: str | None,
                headers: dict[str, str] | None = None,
            ) -> None:
                self.send_response(status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                sent = 0
                try:
                    self.end_headers()
                    if self.command != "HEAD":
                        self.wfile.write(body)
                        sent = len(body)
                except (BrokenPipeError, ConnectionResetError):  # client gave up (max size)
                    return
                finally:
                    with server._lock:
                        server.answers.append(
                            Answer(
                                self.command,
                                self.path,
                                status,
                                sent,
                                self.headers.get("If-None-Match"),
                                self.headers.get("If-Modified-Since"),
                            )
                        )
                with server._lock:
                    server.bytes_sent += sent
                    server.full_responses += bool(sent)

            def do_GET(self) -> None:
                self._serve("GET")

            def do_HEAD(self) -> None:
                self._serve("GET")

            def do_POST(self) -> None:
                self._serve("POST")

        return Handler
