"""Outside replays, a redirect to a private or loopback address nobody configured is refused."""

import functools
import http.server
import threading
from typing import ClassVar

import yaml

from veille.config.loader import DEFAULTS
from veille.crawler.launch import crawl_in_child
from veille.storage import open_database
from veille.storage.crawl_runs import CrawlRuns


class Site(http.server.BaseHTTPRequestHandler):
    """A public-looking site whose call page redirects to another local service."""

    def __init__(self, *args, target: str, **kwargs):
        self.target = target
        super().__init__(*args, **kwargs)

    def log_message(self, *args):
        pass

    def do_GET(self):
        if self.path == "/appels":
            body = b'<html><body><main><a href="/appel-1">Appel 1</a></main></body></html>'
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/appel-1":
            self.send_response(302)
            self.send_header("Location", self.target)
            self.send_header("Content-Length", "0")
            self.end_headers()
        else:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()


class Secret(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []  # every request the private service received

    def log_message(self, *args):
        pass

    def do_GET(self):
        Secret.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")


def serve(handler) -> http.server.ThreadingHTTPServer:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def test_redirect_to_an_unconfigured_loopback_service_is_refused(tmp_path):
    secret = serve(Secret)
    target = f"http://localhost:{secret.server_address[1]}/admin"
    site = serve(functools.partial(Site, target=target))
    config = tmp_path / "config"
    config.mkdir()
    (config / "veille.yaml").write_text(
        (DEFAULTS / "veille.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (config / "sources.yaml").write_text(
        yaml.safe_dump(
            {
                "sources": [
                    {
                        "name": "intranet",
                        "title": "Intranet",
                        "funder": "Test",
                        "type": "listing",
                        "languages": ["fr"],
                        "link_pattern": "/appel-",
                        "start_urls": [f"http://127.0.0.1:{site.server_address[1]}/appels"],
                    }
                ]
            }
        ),
        encoding="utf-8",
    )
    try:
        outcome = crawl_in_child(tmp_path / "data", ["intranet"], config_dir=config, timeout=120)
    finally:
        site.shutdown()
        secret.shutdown()

    assert outcome.ok, outcome.stderr
    assert Secret.hits == []  # the configured host was crawled, the redirect target never
    [run] = CrawlRuns(open_database(tmp_path / "data" / "veille.db")).recent("intranet")
    assert any("resolves to the non-public address 127.0.0.1" in e for e in run["errors"])
