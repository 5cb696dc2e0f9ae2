"""Real headless Chromium for the browser tests (Debian's, driven by Playwright; never a
downloaded one): the `browser` and `server` fixtures (a pytest plugin, loaded by conftest.py),
the app served under uvicorn, and what a person does on a page (sign in, take a screenshot).

A browser test module calls `skip_without_chromium()` first: on a developer's machine a
missing chromium skips it; in CI (CI set, non-empty) it fails: a green CI run must have driven
a real browser.
"""

from __future__ import annotations

import os
import re
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Page, sync_playwright

from veille.local_mailbox import free_port

CHROMIUM = shutil.which("chromium")
MISSING = "chromium is not installed (apt-get install chromium)"
IN_CI = os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def skip_without_chromium() -> None:
    """At a browser test module's top: skip the module when chromium is missing, unless in CI."""
    if CHROMIUM is None and not IN_CI:
        pytest.skip(MISSING, allow_module_level=True)


def serve(web_site) -> Iterator[str]:
    """The `web_site` app under uvicorn on 127.0.0.1, in a thread; its links point to it."""
    import uvicorn

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    path = web_site.config_dir / "veille.yaml"
    settings = yaml.safe_load(path.read_text())
    settings["digest_url"] = base + "/"
    path.write_text(yaml.safe_dump(settings))
    server = uvicorn.Server(
        uvicorn.Config(web_site.app(), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield base
    server.should_exit = True
    thread.join(10)


@pytest.fixture
def server(web_site) -> Iterator[str]:
    """The web site served on 127.0.0.1 (its base URL); the emailed links point to it."""
    yield from serve(web_site)


@pytest.fixture
def browser():
    if CHROMIUM is None:
        # Never let Playwright fall back to a browser of its own download: fail, with why.
        pytest.fail(f"{MISSING}; CI is set, so the browser tests fail rather than skip")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


class Watched:
    """A page that records console errors and uncaught exceptions."""

    def __init__(self, page: Page):
        self.page = page
        self.errors: list[str] = []
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))


def open_page(browser, viewport, *, touch: bool = False) -> Watched:
    """A new page at this viewport, in Belgian French (`touch`: a touch screen, people tap)."""
    if touch:
        context = browser.new_context(viewport=viewport, locale="fr-BE", has_touch=True)
    else:
        context = browser.new_context(viewport=viewport, locale="fr-BE")
    return Watched(context.new_page())


def sign_in(watched: Watched, base: str, smtp, email: str) -> None:
    """The whole path on the page: ask for a link, open it from the SMTP sink, confirm it."""
    page = watched.page
    page.goto(f"{base}/signin")
    before = len([m for m in smtp.messages() if m["To"] == email])
    page.get_by_label("Adresse e-mail").fill(email)
    page.get_by_role("button", name="Recevoir un lien").click()
    page.wait_for_selector("p.notice")
    for _ in range(50):  # the SMTP server writes the message a moment later
        if len([m for m in smtp.messages() if m["To"] == email]) > before:
            break
        time.sleep(0.1)
    mine = [m for m in smtp.messages() if m["To"] == email]  # maildir order is not by time
    body = mine[-1].get_body(("html", "plain")).get_content()
    link = re.search(r"http://127\.0\.0\.1:\d+/signin/[A-Za-z0-9_-]+", body).group(0)
    page.goto(link)
    page.get_by_role("button", name="Me connecter").click()
    page.wait_for_url(f"{base}/?notice=signed-in")
    assert page.get_by_role("status").inner_text() == "Vous êtes connecté·e."  # confirmed


def check_accessibility(page: Page) -> None:
    """One h1, every field labelled, and the first Tab reaches the skip link, focus drawn."""
    assert page.locator("h1").count() == 1
    unlabelled = page.evaluate("""() => [...document.querySelectorAll(
        'input:not([type=hidden]), select, textarea')].filter(el =>
        !(el.id && document.querySelector(`label[for="${el.id}"]`)) && !el.closest('label')
        && !el.getAttribute('aria-label')).map(el => el.name)""")
    assert unlabelled == []
    # Keyboard: the first Tab reaches the skip link, and focus is drawn.
    page.keyboard.press("Tab")
    outline = page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
        return [document.activeElement.tagName, s.outlineStyle, s.outlineWidth]; }""")
    assert outline[0] == "A" and outline[1] != "none" and outline[2] != "0px", outline


def shoot(page: Page, name: str) -> None:
    """A full-page screenshot in test-artifacts/, for people to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
