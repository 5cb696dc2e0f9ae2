"""A local HTTP server of recorded source responses, for the demo, tests and benchmarks.

`recordings/<host>/manifest.yaml` lists the routes of one recorded site; a request
for http://127.0.0.1:PORT/<host>/<path> is answered from the matching file. It
answers conditional requests (ETag / If-Modified-Since) like a well-behaved site.

For fault tests a route may also say `delay` (seconds before answering), `redirect`
(a Location, sent with its status, default 302) or `repeat_mb` (the file repeated to
that many megabytes).
"""

from __future__ import annotations

import hashlib
import mimetypes
import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import yaml

RECORDINGS = Path(__file__).resolve().parent.parent / "recordings"


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

    def matches(self, method: str, path: str, query: dict[str, str]) -> bool:
        return (
            self.method == method
            and self.path == path
            and all(query.get(key) == value for key, value in self.query.items())
        )


@dataclass
class RecordedSite:
    host: str
    routes: list[Route]
    manifest: dict[str, Any]


def load_sites(folder: Path | list[Path] = RECORDINGS) -> dict[str, RecordedSite]:
    sites = {}
    folders = folder if isinstance(folder, list) else [folder]
    for manifest_path in sorted(p for f in folders for p in f.glob("*/manifest.yaml")):
        manifest = yaml.safe_load(manifest_path.read_text(encoding="utf-8"))
        host = manifest_path.parent.name
        routes = [
            Route(
                method=route.get("method", "GET").upper(),
                path=route["path"],
                file=manifest_path.parent / route["file"] if route.get("file") else None,
                status=int(route.get("status", 200)),
                query={k: str(v) for k, v in (route.get("query") or {}).items()},
                headers=dict(route.get("headers") or {}),
                content_type=route.get("content_type"),
                delay=float(route.get("delay", 0)),
                redirect=route.get("redirect"),
                repeat_mb=int(route.get("repeat_mb", 0)),
            )
            for route in manifest.get("routes", [])
        ]
        sites[host] = RecordedSite(host, routes, manifest)
    return sites


class ReplayServer:
    """Serves recorded sites on 127.0.0.1 in a background thread; counts requests."""

    def __init__(
        self,
        folder: Path | list[Path] = RECORDINGS,
        port: int = 0,
        extra_headers: dict[str, str] | None = None,
    ):
        self.sites = load_sites(folder)
        # e.g. {"Cache-Control": "max-age=0"}: every re-crawl revalidates (the 304 path)
        self.extra_headers = dict(extra_headers or {})
        self.requests: list[tuple[str, str]] = []
        self.bytes_sent = 0
        self.full_responses = 0  # answers with a body (not 304 Not Modified)
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

    def find(self, method: str, raw_path: str) -> Route | None:
        parts = urlsplit(raw_path)
        host, _, path = parts.path.lstrip("/").partition("/")
        site = self.sites.get(host)
        if site is None:
            return None
        query = dict(parse_qsl(parts.query))
        for route in site.routes:
            if route.matches(method, "/" + path, query):
                return route
        return None

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
                route = server.find(method, self.path)
                if route is None:
                    return self._send(404, b"not recorded", "text/plain")
                if route.delay:
                    time.sleep(route.delay)
                if route.redirect:
                    status = route.status if route.status != 200 else 302
                    return self._send(status, b"", None, {"Location": route.redirect})
                body = route.file.read_bytes() if route.file else b""
                if route.repeat_mb:
                    body = body * (route.repeat_mb * 1024 * 1024 // max(len(body), 1) + 1)
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                modified = formatdate(route.file.stat().st_mtime if route.file else 0, usegmt=True)
                if route.status == 200 and self._not_modified(etag, modified):
                    return self._send(304, b"", None, {"ETag": etag, "Last-Modified": modified})
                content_type = route.content_type or (
                    mimetypes.guess_type(str(route.file))[0] if route.file else None
                )
                headers = {
                    "ETag": etag,
                    "Last-Modified": modified,
                    **server.extra_headers,
                    **route.headers,
                }
                self._send(route.status, body, content_type or "application/octet-stream", headers)

            def _not_modified(self, etag: str, modified: str) -> bool:
                if self.headers.get("If-None-Match"):
                    return etag in self.headers["If-None-Match"]
                since = self.headers.get("If-Modified-Since")
                if since:
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
                try:
                    self.end_headers()
                    if self.command != "HEAD":
                        self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):  # client gave up (max size)
                    return
                with server._lock:
                    server.bytes_sent += len(body)
                    server.full_responses += bool(body)

            def do_GET(self) -> None:
                self._serve("GET")

            def do_HEAD(self) -> None:
                self._serve("GET")

            def do_POST(self) -> None:
                self._serve("POST")

        return Handler
