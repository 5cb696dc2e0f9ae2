"""The digest web app, page by page and form by form, on a real SQLite database."""

from __future__ import annotations

import ast
import csv
import io
import logging
import re
from datetime import timedelta
from pathlib import Path

import pytest
import yaml
from starlette.testclient import TestClient

from tests.factories import WEB_NOW, web_call_id, web_calls
from tests.web_client import csrf_of, newest_to, sign_in, signin_token, titles
from veille.storage import CallStore, Outbox, open_database
from veille.storage.crawl_runs import CrawlRuns


@pytest.fixture
def client(web_site):
    with TestClient(web_site.app(), base_url="http://testserver") as client:
        yield client


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
    assert titles(page.text) == ["Appel à projets insertion <mark>socioprofessionnelle</mark> 2027"]
    # Accents and case do not matter; FTS syntax is not an error.
    assert len(titles(client.get("/?q=CLOTURE&status=all").text)) == 1
    assert client.get('/?q="unbalanced OR (').status_code == 200


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
    # in words, never as ISO timestamps: the field, when, before and after
    assert "<td>Deadline</td>" in history
    assert "17 December 2026" in history and "31 December 2026" in history
    assert not re.search(r"\d{4}-\d\d-\d\d", history), history
    attachments = client.get(f"/calls/{web_call_id('urgent')}").text
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
    client.cookies.clear()  # a browser that chose French earlier
    client.cookies.set("veille_lang", "fr")
    assert "Appels ouverts" in client.get("/").text


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
        for _ in range(7)
    ]
    assert codes == [200] * 5 + [429] * 2
    assert len(smtp.messages()) == 5


def test_an_attacker_cannot_lock_a_member_out_of_signing_in(web_site, smtp):
    """The per-address limit counts one client's requests only."""
    app = web_site.app()
    with (
        TestClient(app, client=("203.0.113.9", 4000)) as attacker,
        TestClient(app, client=("198.51.100.7", 5000)) as bob,
    ):
        attacker.get("/signin")
        codes = [
            attacker.post(
                "/signin", data={"email": "bob@b.example", "csrf": csrf_of(attacker)}
            ).status_code
            for _ in range(12)
        ]
        assert codes == [200] * 5 + [429] * 7
        # The attacker's client is also limited across addresses (10 requests in all).
        other = [
            attacker.post(
                "/signin", data={"email": f"x{n}@x.example", "csrf": csrf_of(attacker)}
            ).status_code
            for n in range(6)
        ]
        assert other == [200] * 5 + [429]
        sign_in(bob, smtp, "bob@b.example")  # Bob, from his own machine, still gets a link
        assert "/filters" in bob.get("/").text


def test_sign_in_answer_is_the_same_and_immediate_for_known_and_unknown(web_site, smtp):
    """One answer, sent before the mail (no timing difference to measure)."""
    sent_messages: list[str] = []
    seen_at_send: list[list[str]] = []

    class Mailer:
        def send(self, url: str, subject: str, html: str):
            seen_at_send.append(list(sent_messages))

    inner = web_site.app(deliverer=Mailer())

    async def app(scope, receive, send):
        async def tracked(message):
            sent_messages.append(message["type"])
            await send(message)

        await inner(scope, receive, tracked)

    with TestClient(app) as client:
        client.get("/signin")
        answers = {}
        for email in ("bob@b.example", "nobody@x.example"):
            sent_messages.clear()
            answer = client.post("/signin", data={"email": email, "csrf": csrf_of(client)})
            answers[email] = (answer.status_code, answer.text.replace(email, "EMAIL"))
    assert answers["bob@b.example"] == answers["nobody@x.example"]
    assert answers["bob@b.example"][0] == 200
    # The link was sent for the member only, after the whole response had gone out.
    assert len(seen_at_send) == 1
    assert seen_at_send[0][-1] == "http.response.body"


def test_forged_form_without_csrf_token_is_refused(client, smtp):
    sign_in(client, smtp, "alice@a.example")
    forged = client.post(f"/calls/{web_call_id('urgent')}/mark", data={"mark": "applying"})
    assert forged.status_code == 403
    wrong = client.post(
        f"/calls/{web_call_id('urgent')}/mark", data={"mark": "applying", "csrf": "guess"}
    )
    assert wrong.status_code == 403
    assert client.post("/signin", data={"email": "alice@a.example"}).status_code == 403
    page = client.get(f"/calls/{web_call_id('urgent')}").text
    assert "ASBL A" not in page.split("marks-title")[1]


# --- acting together ----------------------------------------------------------------------


def test_marks_and_notes_are_shared_with_the_coalition(web_site, smtp):
    app = web_site.app()
    with TestClient(app) as alice, TestClient(app) as bob:
        sign_in(alice, smtp, "alice@a.example")
        sign_in(bob, smtp, "bob@b.example")
        target = web_call_id("urgent")
        alice.post(
            f"/calls/{target}/mark",
            data={
                "mark": "applying",
                "comment": "Eligible: <script>x()</script> ASBL only",
                "csrf": csrf_of(alice),
            },
        )
        seen_by_bob = bob.get(f"/calls/{target}?lang=en").text
        assert "ASBL A" in seen_by_bob and "We apply" in seen_by_bob
        assert "Eligible: &lt;script&gt;x()&lt;/script&gt; ASBL only" in seen_by_bob
        assert "ASBL A: We apply" in bob.get("/?lang=en").text
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
        f"/calls/{web_call_id('urgent')}/mark", data={"mark": "applying", "csrf": csrf_of(client)}
    )
    assert answer.status_code == 401


def test_partner_mark_queues_a_message_to_members_following_the_topic(web_site, smtp):
    with TestClient(web_site.app()) as alice:
        sign_in(alice, smtp, "alice@a.example")
        target = web_call_id("mentoring")
        alice.post(
            f"/calls/{target}/mark",
            data={"mark": "partner", "comment": "We bring the job coaches", "csrf": csrf_of(alice)},
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
        closed = web_call_id("closed")
        assert 'name="outcome"' in alice.get(f"/calls/{closed}").text
        assert 'name="outcome"' not in alice.get(f"/calls/{web_call_id('urgent')}").text
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
            "to_check": "1",  # checked by default, as relevant_only
            "action": "preview",
        }
        preview = bob.post("/filters?lang=en", data=form)
        assert "1 open call found" in preview.text and "Appel permanent tutorat" in preview.text
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
    """An unknown subscription is a 404, never the member's first subscription."""
    before = (web_site.config_dir / "members.yaml").read_text()
    with TestClient(web_site.app()) as bob:
        sign_in(bob, smtp, "bob@b.example")
        answer = bob.post(
            "/filters",
            data={
                "csrf": csrf_of(bob),
                "sub": "alerts",
                "member": "asbl-a",
                "include": "hijack",
                "action": "save",
            },
        )
        assert answer.status_code == 404
        assert bob.get("/filters?sub=alerts").status_code == 404
        assert bob.get("/filters?sub=mentorat").status_code == 200
    assert (web_site.config_dir / "members.yaml").read_text() == before


def test_filters_are_written_by_the_config_package(web_site, tmp_path):
    """The web layer calls config.writer; no YAML or schema I/O of its own."""
    import veille.web.routes_filters as routes_filters
    from veille.config.loader import ConfigError
    from veille.config.writer import save_member_filter

    tree = ast.parse(Path(routes_filters.__file__).read_text())
    imported = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    imported |= {node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not {name for name in imported if name.split(".")[0] in ("yaml", "pydantic")}
    path = web_site.config_dir / "members.yaml"
    before = path.read_text()
    with pytest.raises(ConfigError) as refused:
        save_member_filter(web_site.config_dir, "asbl-b", "mentorat", {"topics": ["cooking"]})
    assert any("topics" in problem for problem in refused.value.problems)
    with pytest.raises(ConfigError):
        save_member_filter(web_site.config_dir, "asbl-b", "nope", {"include": ["x"]})
    assert path.read_text() == before
    save_member_filter(web_site.config_dir, "asbl-b", "mentorat", {"include": ["tutorat"]})
    saved = yaml.safe_load(path.read_text())
    assert saved["members"][1]["subscriptions"][0]["filters"] == {"include": ["tutorat"]}
    assert not [p.name for p in web_site.config_dir.iterdir() if p.name.startswith(".")]


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
    CrawlRuns(open_database(web_site.db_path)).record(
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
    assert "1 nouvel appel depuis votre dernière visite" in page.text
    assert f'class="card week is-new" id="call-{fresh.id}"' in page.text
    assert page.text.count('is-new" id=') == 1


def test_session_cookie_is_secure_over_https(web_site, smtp):
    with TestClient(web_site.app(), base_url="https://testserver") as client:
        sign_in(client, smtp, "alice@a.example")
        cookie = next(c for c in client.cookies.jar if c.name == "veille_session")
        assert cookie.secure and cookie.has_nonstandard_attr("HttpOnly")


# --- review findings --------------------------------------------------------------------


def test_marks_and_notes_are_for_signed_in_people_only(web_site, smtp):
    """A public digest shows anonymous readers no marks, notes or outcomes."""
    app = web_site.app()
    target, closed = web_call_id("urgent"), web_call_id("closed")
    with TestClient(app) as alice, TestClient(app) as anonymous:
        sign_in(alice, smtp, "alice@a.example")
        alice.post(
            f"/calls/{target}/mark",
            data={"mark": "applying", "comment": "Secret tip for members", "csrf": csrf_of(alice)},
        )
        alice.post(
            f"/calls/{closed}/outcome",
            data={"outcome": "won", "note": "Private result", "csrf": csrf_of(alice)},
        )
        assert "Secret tip for members" in alice.get(f"/calls/{target}").text
        assert "ASBL A: We apply" in alice.get("/?lang=en").text
        assert "Private result" in alice.get(f"/calls/{closed}").text

        call_page = anonymous.get(f"/calls/{target}?lang=en").text
        assert "Secret tip for members" not in call_page and "ASBL A" not in call_page
        assert 'data-member="asbl-a"' not in call_page
        assert "Sign in" in call_page.split('id="marks-title"')[1].split("</section>")[0]
        home = anonymous.get("/?lang=en").text
        assert "Secret tip" not in home and "ASBL A: We apply" not in home
        assert "Private result" not in anonymous.get(f"/calls/{closed}").text
        api = anonymous.get(f"/api/v1/calls/{target}").json()
        assert api["marks"] == []
        assert alice.get(f"/api/v1/calls/{target}").json()["marks"][0]["comment"] == (
            "Secret tip for members"
        )
        for path in ("/export.csv", "/feeds/calls.atom", "/feeds/calls.rss", "/calendar.ics"):
            assert "Secret tip" not in anonymous.get(path).text, path


def test_language_links_stay_on_this_site(client):
    """A path like //evil.example/ must not become a link to another site."""
    page = client.get("http://testserver//evil.example/")
    assert page.status_code == 404
    assert "evil.example" not in re.sub(r"<title>.*?</title>", "", page.text, flags=re.S)
    links = re.findall(r'<a href="([^"]*)" lang="(fr|nl|en)"', page.text)
    assert [href for href, _ in links] == ["?lang=fr", "?lang=nl", "?lang=en"]
    home = client.get("/?topic=mentoring&page=1").text
    assert 'href="?topic=mentoring&amp;page=1&amp;lang=nl"' in home


def test_closed_call_says_closed_not_negative_days(client):
    """A past deadline reads "closed" (veille.presentation), never a negative day count."""
    page = client.get(f"/calls/{web_call_id('closed')}?lang=en").text
    deadline = page.split('class="deadline"')[1].split("</span>")[0]
    assert "(closed)" in deadline
    assert "day(s) left" not in deadline and "-10" not in deadline
    assert "(clôturé)" in client.get(f"/calls/{web_call_id('closed')}?lang=fr").text


def test_access_log_hides_feed_tokens_and_sign_in_links():
    """The filter on uvicorn.access, on the record uvicorn logs."""
    from veille.web.app import RedactTokens, install_log_filter

    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", "/calendar.ics?topic=x&token=abc123def", "1.1", 200),
        None,
    )
    assert RedactTokens().filter(record)
    assert record.getMessage() == (
        '127.0.0.1:5000 - "GET /calendar.ics?topic=x&token=*** HTTP/1.1" 200'
    )
    signin = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "POST", "/signin/Zx9_secret-token?lang=fr", "1.1", 303),
        None,
    )
    RedactTokens().filter(signin)
    assert "Zx9_secret-token" not in signin.getMessage()
    assert "/signin/***?lang=fr" in signin.getMessage()
    install_log_filter()
    install_log_filter()
    access = logging.getLogger("uvicorn.access")
    assert sum(isinstance(f, RedactTokens) for f in access.filters) == 1


def _group(web_site, representative: str, *members: str) -> None:
    """Make `members` duplicates of `representative`, as storage's grouping would."""
    db = open_database(web_site.db_path)
    with db.conn:
        for member in members:
            db.execute("update calls set group_id = ? where id = ?", [representative, member])
    db.close()


def test_a_group_of_duplicates_is_listed_once_and_marked_as_one(web_site, smtp):
    """One entry per group, relevant if any member is; marks on the group."""
    from veille.domain.call import Call

    english = Call(
        source="eu-funding-tenders",
        source_id="youth-en",
        url="https://ec.europa.eu/youth-en",
        title="Youth guarantee call",
        summary="A call page in English.",
        funder="European Commission",
        deadline=WEB_NOW + timedelta(days=12),
        status="open",
        relevant=False,  # the classifier missed the English page...
        lang="en",
    )
    french = Call(
        source="cocof",
        source_id="youth-fr",
        url="https://ccf.brussels/jeunes-fr",
        title="Appel garantie jeunesse NEET",
        summary="Insertion des jeunes NEET: la version française.",
        funder="European Commission",
        deadline=WEB_NOW + timedelta(days=12),
        status="open",
        relevant=True,  # ...but not its French duplicate
        topics=["insertion"],
        lang="fr",
    )
    store = CallStore(open_database(web_site.db_path))
    store.upsert_call(english, WEB_NOW)
    store.upsert_call(french, WEB_NOW)
    _group(web_site, english.id, french.id)
    # A relevant group whose members are both relevant.
    _group(web_site, web_call_id("mentoring"), web_call_id("hostile"))

    app = web_site.app()
    with TestClient(app) as alice, TestClient(app) as bob:
        home = alice.get("/?lang=en").text
        listed = [re.sub(r"<[^>]+>", "", t) for t in titles(home)]
        assert listed.count("Youth guarantee call") == 1
        assert "Appel garantie jeunesse NEET" not in listed
        assert "Mentoring programmes for young people" in listed
        assert not any("hostile" in title for title in listed)
        assert "5 " in home.split('id="results-title"')[1][:200]
        # Searching words only the French page has finds the group, once.
        assert [re.sub(r"<[^>]+>", "", t) for t in titles(alice.get("/?q=garantie").text)] == [
            "Youth guarantee call"
        ]
        api = alice.get("/api/v1/calls?per_page=50").json()
        ids = [c["id"] for c in api["calls"]]
        assert api["total"] == len(ids) == 5 and english.id in ids and french.id not in ids
        rows = list(csv.DictReader(io.StringIO(alice.get("/export.csv").text)))
        assert [r["title"] for r in rows].count("Youth guarantee call") == 1
        assert not any("hostile" in r["title"] for r in rows)
        ics = alice.get("/calendar.ics").text
        assert ics.count(f"UID:{english.id}@veille") == 1 and french.id not in ics
        atom = alice.get("/feeds/calls.atom").text
        assert atom.count(f"/calls/{english.id}</id>") == 1 and french.id not in atom

        # Alice marks the French page; Bob sees it on the group's page and in the list.
        sign_in(alice, smtp, "alice@a.example")
        sign_in(bob, smtp, "bob@b.example")
        alice.post(
            f"/calls/{french.id}/mark",
            data={"mark": "applying", "comment": "Via the FR page", "csrf": csrf_of(alice)},
        )
        assert "Via the FR page" in bob.get(f"/calls/{english.id}").text
        assert "Via the FR page" in bob.get(f"/calls/{french.id}").text
        assert "ASBL A: We apply" in bob.get("/?lang=en").text
        rows = [(r["call_id"], r["member"]) for r in open_database(web_site.db_path)["marks"].rows]
        assert rows == [(english.id, "asbl-a")]
        alice.post(f"/calls/{english.id}/mark", data={"mark": "", "csrf": csrf_of(alice)})
        assert list(open_database(web_site.db_path)["marks"].rows) == []


def test_pages_of_groups_follow_each_other(web_site):
    """Pagination over groups neither repeats nor skips a call."""
    _group(web_site, web_call_id("mentoring"), web_call_id("hostile"))
    with TestClient(web_site.app()) as client:
        seen = [
            c["id"]
            for page in (1, 2, 3)
            for c in client.get(f"/api/v1/calls?per_page=2&page={page}").json()["calls"]
        ]
        assert client.get("/api/v1/calls?per_page=2").json()["total"] == 4
    assert len(seen) == len(set(seen)) == 4 and web_call_id("hostile") not in seen
