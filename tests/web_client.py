"""The web app through Starlette's TestClient, as a member uses it: signing in with the link
the SMTP sink received, the CSRF token a form sends back, the titles a page lists."""

from __future__ import annotations

import re

from starlette.testclient import TestClient


def csrf_of(client: TestClient) -> str:
    """The CSRF token the site gave this client (a form sends it back)."""
    return client.cookies.get("veille_csrf") or ""


def post_form(client: TestClient, path: str, **fields: object):
    """Send a form as the page would: its fields and the CSRF token the site gave."""
    return client.post(path, data={"csrf": csrf_of(client), **fields})


def sign_in(client: TestClient, smtp, email: str) -> None:
    """The whole path: ask for a link, read it from the SMTP sink, confirm it."""
    client.get("/signin")
    before = len(smtp.messages())
    answer = client.post("/signin", data={"email": email, "csrf": csrf_of(client)})
    assert answer.status_code == 200
    messages = smtp.messages()
    assert len(messages) == before + 1
    token = signin_token(newest_to(smtp, email))
    assert client.get(f"/signin/{token}").status_code == 200
    done = client.post(f"/signin/{token}", data={"csrf": csrf_of(client)}, follow_redirects=False)
    assert done.status_code == 303


def newest_to(smtp, email: str):
    """The last message to `email` (the mailbox's own order is not by time)."""
    return [m for m in smtp.messages() if m["To"] == email][-1]


def signin_token(message) -> str:
    """The token of the sign-in link in an emailed message."""
    body = message.get_body(("html", "plain")).get_content()
    return re.search(r"/signin/([A-Za-z0-9_-]{20,})", body).group(1)


def titles(html: str) -> list[str]:
    """The titles of the calls a page lists, in order, as the HTML writes them."""
    return re.findall(r'<h3><a href="/calls/[^"]+">(.*?)</a></h3>', html, re.S)
