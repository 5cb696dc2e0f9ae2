"""The five gaps the security probes of issue 16 found, each with its regression test.

(1) a member's feed readable without its token is in test_feeds_web.py; here: (2) security
headers on every response, (3) private caching of signed-in pages, (4) forwarded headers
believed only from configured proxies (through uvicorn, as deployed), (5) bounded filter
terms.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
import requests
import yaml
from starlette.testclient import TestClient

from tests.factories import web_call_id
from tests.web_client import csrf_of, sign_in
from veille.local_mailbox import free_port

EVERY_KIND_OF_RESPONSE = [
    "/",  # a page
    "/feeds/calls.atom",
    "/feeds/calls.rss",
    "/calendar.ics",
    "/export.csv",
    "/api/v1/calls",
    "/api/v1/schema.json",
    "/calls/no-such-call",  # an error page
    "/filters",  # a redirect to the sign-in page
    "/observatory",
    "/profile",  # the coalition's pages (issue 13): redirects to the sign-in page
    "/members",
]


@pytest.fixture
def client(web_site) -> Iterator[TestClient]:
    with TestClient(web_site.app()) as client:
        yield client


@pytest.mark.parametrize("path", EVERY_KIND_OF_RESPONSE)
def test_every_response_carries_the_security_headers(client, path):
    """Regression: feeds, ICS, CSV, JSON and redirects had none (nosniff at least)."""
    answer = client.get(path, follow_redirects=False)

    assert answer.headers["x-content-type-options"] == "nosniff"
    assert answer.headers["referrer-policy"] == "same-origin"
    assert answer.headers["x-frame-options"] == "DENY"
    assert "frame-ancestors 'none'" in answer.headers["content-security-policy"]


def test_signed_in_pages_are_never_kept_by_a_shared_cache(web_site, smtp):
    """Regression: pages of a signed-in person had no `Cache-Control: private, no-store`."""
    with TestClient(web_site.app()) as client:
        sign_in(client, smtp, "alice@a.example")
        pages = ("/", "/filters", "/export.csv", "/api/v1/calls", "/profile", "/members")
        for path in (*pages, f"/calls/{web_call_id('urgent')}"):  # its marks, notes, who fits
            answer = client.get(path)
            assert answer.status_code == 200, path
            assert answer.headers["cache-control"] == "private, no-store", path


# Every form of the coalition's work on a call (issue 13) and the profile's.
COALITION_FORMS = [
    ("mark", {"mark": "applying", "comment": "with a partner"}),
    ("note", {"text": "Last year's tip"}),
    ("outcome", {"outcome": "submitted"}),
    ("profile", {"regions": "brussels"}),
]


@pytest.mark.parametrize(("form", "data"), COALITION_FORMS)
def test_the_coalitions_forms_need_the_csrf_token_and_answer_privately(web_site, smtp, form, data):
    path = "/profile" if form == "profile" else f"/calls/{web_call_id('urgent')}/{form}"
    with TestClient(web_site.app()) as client:
        sign_in(client, smtp, "alice@a.example")
        forged = client.post(path, data=data, follow_redirects=False)
        wrong = client.post(path, data={**data, "csrf": "guess"}, follow_redirects=False)
        done = client.post(path, data={**data, "csrf": csrf_of(client)}, follow_redirects=False)

    assert forged.status_code == wrong.status_code == 403
    assert done.status_code == 303, done.text
    for answer in (forged, wrong, done):
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["x-frame-options"] == "DENY"
        assert answer.headers["cache-control"] == "private, no-store"


def test_an_anonymous_page_without_cookies_may_be_cached(web_site):
    with TestClient(web_site.app()) as client:
        client.get("/")  # the first visit sets the CSRF cookie
        answer = client.get("/feeds/calls.atom")
    assert "no-store" not in answer.headers.get("cache-control", "")


def _serve(web_site, trusted: list[str]) -> tuple[str, object, threading.Thread]:
    """The app under uvicorn with the service's own settings (web.app.server_config)."""
    import uvicorn

    from veille.config import load_config
    from veille.web.app import server_config

    path = web_site.config_dir / "veille.yaml"
    settings = yaml.safe_load(path.read_text())
    settings["web"]["trusted_proxies"] = trusted
    path.write_text(yaml.safe_dump(settings))
    port = free_port()
    config = server_config(web_site.app(), load_config(web_site.config_dir), f"127.0.0.1:{port}")
    config.log_level = "warning"
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server, thread


def _ask_for_links(base: str, forwarded: bool) -> list[int]:
    """Eleven sign-in requests, each claiming another client address when `forwarded`."""
    statuses = []
    with requests.Session() as http:
        http.get(f"{base}/signin", timeout=10)
        for n in range(11):
            headers = {"X-Forwarded-For": f"203.0.113.{n}"} if forwarded else {}
            answer = http.post(
                f"{base}/signin",
                data={"email": f"someone{n}@example.org", "csrf": http.cookies["veille_csrf"]},
                headers=headers,
                timeout=10,
            )
            statuses.append(answer.status_code)
    return statuses


def test_a_forged_forwarded_for_sent_to_the_port_does_not_reset_the_sign_in_limit(web_site):
    """Regression: uvicorn believed X-Forwarded-For from any client on 127.0.0.1, so one
    client could pass for eleven and never meet the per-client limit."""
    base, server, thread = _serve(web_site, trusted=[])
    try:
        statuses = _ask_for_links(base, forwarded=True)
    finally:
        server.should_exit = True
        thread.join(10)

    assert statuses[:10] == [200] * 10
    assert statuses[10] == 429


def test_forwarded_for_is_believed_from_a_configured_proxy(web_site):
    base, server, thread = _serve(web_site, trusted=["127.0.0.1"])
    try:
        statuses = _ask_for_links(base, forwarded=True)
    finally:
        server.should_exit = True
        thread.join(10)

    assert statuses == [200] * 11  # eleven clients behind the proxy, one request each


def test_a_huge_filter_term_is_refused_and_members_yaml_is_untouched(web_site, smtp):
    """Regression: a 900 kB term was accepted into members.yaml."""
    members = web_site.config_dir / "members.yaml"
    before = members.read_text()
    with TestClient(web_site.app()) as client:
        sign_in(client, smtp, "alice@a.example")
        client.get("/filters")
        answer = client.post(
            "/filters",
            data={
                "csrf": csrf_of(client),
                "sub": "alerts",
                "include": "x" * 900_000,
                "action": "save",
            },
        )
        many = client.post(
            "/filters",
            data={
                "csrf": csrf_of(client),
                "sub": "alerts",
                "include": "\n".join(f"term{n}" for n in range(51)),
                "action": "save",
            },
        )

    assert answer.status_code == 200 and many.status_code == 200
    assert 'class="error"' in answer.text and 'class="error"' in many.text
    assert members.read_text() == before
    assert len(answer.content) < 200_000  # the page does not echo the whole term back
