"""The digest web app, page by page and form by form, on a real SQLite database."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
import yaml
from starlette.testclient import TestClient

from conftest import WEB_NOW, web_calls
from veille.storage import CallStore, Outbox, open_database


@pytest.fixture
def client(web_site):
    with TestClient(web_site.app(), base_url="http://testserver") as client:
        yield client


def csrf_of(client: TestClient) -> str:
    return client.cookies.get("veille_csrf") or ""


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
    body = message.get_body(("html", "plain")).get_content()
    return re.search(r"/signin/([A-Za-z0-9_-]{20,})", body).group(1)


def titles(html: str) -> list[str]:
    return re.findall(r'<h3><a href="/calls/[^"]+">(.*?)</a></h3>', html, re.S)


# --- reading ------------------------------------------------------------------------------


def test_home_lists_open_relevant_calls_by_deadline_with_urgency(client):
    page = client.get("/?lang=en")
    assert page.status_code == 200
    assert titles(page.text) == [
        "Appel à projets insertion socioprofessionnelle 2027",
        "Mentoring programmes for young people",
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Appel mentorat hostile",
        "Appel à venir: jobcoaching",
        "Appel permanent tutorat",
    ]
    assert "this week" in page.text and "this month" in page.text
    assert "250 000 EUR" in page.text
    assert page.text.count("<h1") == 1


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("topic=mentoring&q=programmes", {"Mentoring programmes for young people"}),
        ("topic=mentoring&q=tutorat", {"Appel permanent tutorat"}),
        ("call_lang=nl", {"Appel à venir: jobcoaching"}),
        ("region=Vlaanderen", {"Appel à venir: jobcoaching"}),
        ("status=closed", {"Ancien appel insertion clôturé"}),
        ("status=forthcoming", {"Appel à venir: jobcoaching"}),
        ("window=week", {"Appel à projets insertion socioprofessionnelle 2027"}),
        ("source=eu-funding-tenders", {"Mentoring programmes for young people"}),
        ("funder=European+Commission", {"Mentoring programmes for young people"}),
    ],
)
def test_filters_come_from_the_url(client, query, expected):
    page = client.get(f"/?{query}")
    found = {re.sub(r"<[^>]+>", "", title) for title in titles(page.text)}
    assert found == expected


def test_search_uses_full_text_and_highlights_terms(client):
    page = client.get("/?q=socioprof")
    assert titles(page.text) == ["Appel à projets insertion <mark>socioprof</mark>essionnelle 2027"]
    # Accents and case do not matter; FTS syntax is not an error.
    assert len(titles(client.get("/?q=CLOTURE&status=all").text)) == 1
    assert client.get('/?q="unbalanced OR (').status_code == 200


def call_id(source_id: str) -> str:
    return next(c.id for c in web_calls() if c.source_id == source_id)


def test_call_page_shows_facts_links_evidence_and_history(client, web_site):
    extended = next(c for c in web_calls() if c.source_id == "mentoring")
    extended.deadline += timedelta(days=14)
    CallStore(open_database(web_site.db_path)).upsert_call(extended, WEB_NOW)

    page = client.get(f"/calls/{extended.id}?lang=en")
    assert page.status_code == 200
    assert "European Commission" in page.text and "250 000 EUR" in page.text
    assert 'href="https://ec.europa.eu/x"' in page.text
    assert "Ce programme de <mark>mentorat</mark> accompagne" in page.text
    history = page.text.split("Change history")[1]
    assert "deadline" in history and "2026-12-17" in history and "2026-12-31" in history
    attachments = client.get(f"/calls/{call_id('urgent')}").text
    assert 'href="https://ccf.brussels/reglement.pdf"' in attachments
    assert client.get("/calls/nope").status_code == 404


def test_public_digest_can_be_switched_off(web_site):
    path = web_site.config_dir / "veille.yaml"
    settings = yaml.safe_load(path.read_text())
    settings["web"]["public_digest"] = False
    path.write_text(yaml.safe_dump(settings))
    with TestClient(web_site.app()) as client:
        assert client.get("/", follow_redirects=False).headers["location"] == "/signin"
        assert client.get("/feeds/calls.atom").status_code == 401
        assert client.get("/api/v1/calls").status_code == 401
        assert client.get("/signin").status_code == 200


def test_language_switch_is_remembered(client):
    assert "Open calls" in client.get("/?lang=en").text
    assert "Open oproepen" in client.get("/?lang=nl").text
    assert "Open oproepen" in client.get("/").text  # the cookie keeps the choice
    assert "Appels ouverts" in client.get("/", cookies={"veille_lang": "fr"}).text


# --- sign-in and sessions -------------------------------------------------------------------


def test_sign_in_by_emailed_link_then_sign_out(client, smtp):
    sign_in(client, smtp, "alice@a.example")
    message = newest_to(smtp, "alice@a.example")
    assert message["To"] == "alice@a.example"
    home = client.get("/")
    assert "ASBL A" in home.text and "/filters" in home.text
    cookie = next(c for c in client.cookies.jar if c.name == "veille_session")
    assert cookie.has_nonstandard_attr("HttpOnly")
    client.post("/signout", data={"csrf": csrf_of(client)})
    assert "/filters" not in client.get("/").text


def test_unknown_address_gets_the_same_answer_and_no_mail(client, smtp):
    client.get("/signin")
    answer = client.post("/signin", data={"email": "nobody@x.example", "csrf": csrf_of(client)})
    assert answer.status_code == 200 and "nobody@x.example" in answer.text
    assert smtp.messages() == []


def test_sign_in_link_is_single_use(client, smtp):
    client.get("/signin")
    client.post("/signin", data={"email": "bob@b.example", "csrf": csrf_of(client)})
    token = signin_token(newest_to(smtp, "bob@b.example"))
    first = client.post(f"/signin/{token}", data={"csrf": csrf_of(client)}, follow_redirects=False)
    assert first.status_code == 303
    again = client.post(f"/signin/{token}", data={"csrf": csrf_of(client)})
    assert (
        again.status_code == 400
        and "already been used" in client.get(f"/signin/{token}?lang=en").text
    )


def test_sign_in_link_expires(client, smtp, web_site):
    client.get("/signin")
    client.post("/signin", data={"email": "bob@b.example", "csrf": csrf_of(client)})
    token = signin_token(newest_to(smtp, "bob@b.example"))
    web_site.clock.now = WEB_NOW + timedelta(minutes=31)
    late = client.post(
        f"/signin/{token}?lang=en", data={"csrf": csrf_of(client)}, follow_redirects=False
    )
    assert late.status_code == 400 and "expired" in late.text
    assert "veille_session" not in client.cookies


def test_sign_in_requests_are_limited(client, smtp):
    client.get("/signin")
    codes = [
        client.post("/signin", data={"email": "bob@b.example", "csrf": csrf_of(client)}).status_code
        for _ in range(5)
    ]
    assert codes == [200, 200, 200, 429, 429]
    assert len(smtp.messages()) == 3


def test_forged_form_without_csrf_token_is_refused(client, smtp):
    sign_in(client, smtp, "alice@a.example")
    forged = client.post(f"/calls/{call_id('urgent')}/mark", data={"mark": "applying"})
    assert forged.status_code == 403
    wrong = client.post(
        f"/calls/{call_id('urgent')}/mark", data={"mark": "applying", "csrf": "guess"}
    )
    assert wrong.status_code == 403
    assert client.post("/signin", data={"email": "alice@a.example"}).status_code == 403
    assert "ASBL A" not in client.get(f"/calls/{call_id('urgent')}").text.split("marks-title")[1]


# --- acting together ----------------------------------------------------------------------


def test_marks_and_notes_are_shared_with_the_coalition(web_site, smtp):
    app = web_site.app()
    with TestClient(app) as alice, TestClient(app) as bob:
        sign_in(alice, smtp, "alice@a.example")
        sign_in(bob, smtp, "bob@b.example")
        target = call_id("urgent")
        alice.post(
            f"/calls/{target}/mark",
            data={
                "mark": "applying",
                "note": "Eligible: <script>x()</script> ASBL only",
                "csrf": csrf_of(alice),
            },
        )
        seen_by_bob = bob.get(f"/calls/{target}?lang=en").text
        assert "ASBL A" in seen_by_bob and "Applying" in seen_by_bob
        assert "Eligible: &lt;script&gt;x()&lt;/script&gt; ASBL only" in seen_by_bob
        assert "ASBL A: Applying" in bob.get("/?lang=en").text
        # Bob's form only ever changes Bob's mark, whatever he posts.
        bob.post(
            f"/calls/{target}/mark",
            data={"mark": "not_for_us", "member": "asbl-a", "csrf": csrf_of(bob)},
        )
        rows = {(r["member"], r["mark"]) for r in open_database(web_site.db_path)["marks"].rows}
        assert rows == {("asbl-a", "applying"), ("asbl-b", "not_for_us")}
        alice.post(f"/calls/{target}/mark", data={"mark": "", "csrf": csrf_of(alice)})
        rows = {r["member"] for r in open_database(web_site.db_path)["marks"].rows}
        assert rows == {"asbl-b"}


def test_anonymous_visitor_cannot_mark(client):
    client.get("/")
    answer = client.post(
        f"/calls/{call_id('urgent')}/mark", data={"mark": "applying", "csrf": csrf_of(client)}
    )
    assert answer.status_code == 401


def test_partner_mark_queues_a_message_to_members_following_the_topic(web_site, smtp):
    with TestClient(web_site.app()) as alice:
        sign_in(alice, smtp, "alice@a.example")
        target = call_id("mentoring")
        alice.post(
            f"/calls/{target}/mark",
            data={"mark": "partner", "note": "We bring the job coaches", "csrf": csrf_of(alice)},
        )
    queued = Outbox(open_database(web_site.db_path)).rows()
    assert [(r["member"], r["channel"], r["kind"]) for r in queued] == [
        ("asbl-b", "email", "partner-asbl-a")
    ]
    assert "ASBL A" in queued[0]["subject"] and "partner" in queued[0]["subject"]
    assert "We bring the job coaches" in queued[0]["body_html"]


def test_outcome_after_the_deadline(web_site, smtp):
    with TestClient(web_site.app()) as alice:
        sign_in(alice, smtp, "alice@a.example")
        closed = call_id("closed")
        assert 'name="outcome"' in alice.get(f"/calls/{closed}").text
        assert 'name="outcome"' not in alice.get(f"/calls/{call_id('urgent')}").text
        alice.post(
            f"/calls/{closed}/outcome",
            data={"outcome": "won", "amount": "12000", "note": "2nd year", "csrf": csrf_of(alice)},
        )
        page = alice.get(f"/calls/{closed}?lang=en").text
        assert "Won" in page and "12 000 €" in page
        assert (
            alice.post(
                f"/calls/{closed}/outcome", data={"outcome": "maybe", "csrf": csrf_of(alice)}
            ).status_code
            == 400
        )


# --- filters ------------------------------------------------------------------------------


def test_filters_preview_then_save_to_the_validated_yaml(web_site, smtp):
    with TestClient(web_site.app()) as bob:
        sign_in(bob, smtp, "bob@b.example")
        page = bob.get("/filters?lang=en")
        assert page.status_code == 200 and 'name="include"' in page.text
        form = {
            "csrf": csrf_of(bob),
            "sub": "mentorat",
            "include": "tutorat",
            "topics": "mentoring",
            "relevant_only": "1",
            "action": "preview",
        }
        preview = bob.post("/filters?lang=en", data=form)
        assert "1 open call(s) found" in preview.text and "Appel permanent tutorat" in preview.text
        before = (web_site.config_dir / "members.yaml").read_text()
        assert "tutorat" not in before
        saved = bob.post("/filters", data={**form, "action": "save"}, follow_redirects=False)
        assert saved.status_code == 303
    after = (web_site.config_dir / "members.yaml").read_text()
    assert after.startswith("# The coalition, kept by hand.")
    data = yaml.safe_load(after)
    bob_filters = data["members"][1]["subscriptions"][0]["filters"]
    assert bob_filters == {"topics": ["mentoring"], "include": ["tutorat"]}
    assert data["members"][0]["subscriptions"][0]["filters"] == {"topics": ["insertion"]}
    from veille.config import load_config

    load_config(web_site.config_dir)  # still a valid configuration


def test_a_member_cannot_edit_another_members_filters(web_site, smtp):
    with TestClient(web_site.app()) as bob:
        sign_in(bob, smtp, "bob@b.example")
        bob.post(
            "/filters",
            data={
                "csrf": csrf_of(bob),
                "sub": "alerts",
                "member": "asbl-a",
                "include": "hijack",
                "action": "save",
            },
        )
    data = yaml.safe_load((web_site.config_dir / "members.yaml").read_text())
    assert data["members"][0]["subscriptions"][0]["filters"] == {"topics": ["insertion"]}
    assert data["members"][1]["subscriptions"][0]["filters"]["include"] == ["hijack"]


def test_only_my_filters(web_site, smtp):
    with TestClient(web_site.app()) as bob:
        sign_in(bob, smtp, "bob@b.example")
        found = titles(bob.get("/?mine=1").text)
    assert [re.sub(r"<[^>]+>", "", t) for t in found] == [
        "Mentoring programmes for young people",
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Appel mentorat hostile",
    ]


# --- administration -----------------------------------------------------------------------


def test_source_health_pages_are_for_admins_only(web_site, smtp):
    CallStore(open_database(web_site.db_path)).record_crawl_run(
        {
            "source": "cocof",
            "started": WEB_NOW.isoformat(),
            "finished": WEB_NOW.isoformat(),
            "outcome": "error",
            "requests": 3,
            "responses": {"200": 2},
            "items": 2,
            "new_calls": 0,
            "changed_calls": 0,
            "errors": ["HTTP 500 on <https://ccf.brussels/feed/>"],
            "duration": 1.5,
        }
    )
    app = web_site.app()
    with TestClient(app) as admin, TestClient(app) as bob, TestClient(app) as anonymous:
        sign_in(admin, smtp, "admin@a.example")
        sign_in(bob, smtp, "bob@b.example")
        page = admin.get("/admin/sources/cocof")
        assert page.status_code == 200
        assert "HTTP 500 on &lt;https://ccf.brussels/feed/&gt;" in page.text
        assert "error" in admin.get("/admin/sources").text
        assert "bob@b.example" in admin.get("/admin/members").text
        assert bob.get("/admin/sources").status_code == 403
        assert bob.get("/admin/members").status_code == 403
        assert anonymous.get("/admin/sources", follow_redirects=False).status_code == 303


def test_new_since_the_last_visit_stands_out(web_site, smtp):
    with TestClient(web_site.app()) as alice:
        sign_in(alice, smtp, "alice@a.example")
        assert "depuis votre dernière visite" not in alice.get("/").text
        web_site.clock.now = WEB_NOW + timedelta(days=1)
        fresh = next(c for c in web_calls() if c.source_id == "urgent")
        fresh.source_id, fresh.title = "fresh", "Nouvel appel NEET"
        CallStore(open_database(web_site.db_path)).upsert_call(fresh, WEB_NOW + timedelta(hours=2))
        page = alice.get("/")
    assert "1 nouveau(x) depuis votre dernière visite" in page.text
    assert f'class="card week is-new" id="call-{fresh.id}"' in page.text
    assert page.text.count('is-new" id=') == 1


def test_session_cookie_is_secure_over_https(web_site, smtp):
    with TestClient(web_site.app(), base_url="https://testserver") as client:
        sign_in(client, smtp, "alice@a.example")
        cookie = next(c for c in client.cookies.jar if c.name == "veille_session")
        assert cookie.secure and cookie.has_nonstandard_attr("HttpOnly")
