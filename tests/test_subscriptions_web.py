"""Signed-in members change how they receive alerts on the site; administrators see and change
every member's; the changes go through the validated writer and apply at once."""

import html
from datetime import timedelta

import pytest
import yaml
from starlette.testclient import TestClient

from tests.factories import WEB_NOW
from tests.web_client import post_form, sign_in
from veille.storage import Outbox, OutboxEntry, open_database


@pytest.fixture
def client(web_site):
    with TestClient(web_site.app(), base_url="http://testserver") as client:
        yield client


def members_file(web_site) -> str:
    return (web_site.config_dir / "members.yaml").read_text(encoding="utf-8")


def subscription(web_site, member: str, name: str) -> dict:
    data = yaml.safe_load(members_file(web_site))
    found = next(m for m in data["members"] if m["id"] == member)
    return next((s for s in found.get("subscriptions", []) if s["name"] == name), {})


def test_a_member_changes_cadence_channels_language_and_pauses(client, web_site, smtp):
    sign_in(client, smtp, "alice@a.example")
    page = client.get("/subscriptions")
    assert page.status_code == 200 and "alerts" in page.text

    saved = post_form(
        client,
        "/subscriptions",
        sub="alerts",
        action="save",
        cadence="weekly",
        channels=["email"],
        language="nl",
        pause="until",
        until=(WEB_NOW + timedelta(days=20)).date().isoformat(),
    )

    assert saved.status_code == 200 and "Enregistré." in saved.text
    written = subscription(web_site, "asbl-a", "alerts")
    assert (written["cadence"], written["language"], str(written["paused"])) == (
        "weekly",
        "nl",
        "2026-12-17",
    )
    assert written["filters"] == {"topics": ["insertion"]}  # the rest is kept
    assert "En pause jusqu'au jeudi 17 décembre 2026" in client.get("/subscriptions").text
    header = members_file(web_site).splitlines()[0]
    assert header == "# The coalition, kept by hand."


def test_an_invalid_change_is_refused_and_nothing_written(client, web_site, smtp):
    sign_in(client, smtp, "alice@a.example")
    before = members_file(web_site)

    refused = post_form(client, "/subscriptions", sub="alerts", action="save", cadence="hourly")

    assert refused.status_code == 400 and "Rien n'a été enregistré" in refused.text
    assert members_file(web_site) == before


def test_a_pause_until_a_past_day_is_refused_in_the_reader_s_words(client, web_site, smtp):
    sign_in(client, smtp, "alice@a.example")
    before = members_file(web_site)

    refused = post_form(
        client,
        "/subscriptions",
        sub="alerts",
        action="pause",
        pause="until",
        until=(WEB_NOW - timedelta(days=1)).date().isoformat(),
    )

    assert refused.status_code == 400
    said = html.unescape(refused.text)
    assert "En pause jusqu'au : choisissez un jour après aujourd'hui." in said
    assert members_file(web_site) == before


def test_no_channel_ticked_is_refused_in_the_reader_s_words(client, web_site, smtp):
    sign_in(client, smtp, "alice@a.example")
    before = members_file(web_site)

    refused = post_form(
        client,
        "/subscriptions",
        sub="alerts",
        action="save",
        cadence="instant",
        language="fr",
    )

    assert refused.status_code == 400
    said = html.unescape(refused.text)
    assert "Choisissez au moins un canal (ou mettez ces alertes en pause)." in said
    assert members_file(web_site) == before


def test_a_member_cannot_change_another_member_s_alerts(client, web_site, smtp):
    sign_in(client, smtp, "bob@b.example")

    assert client.get("/subscriptions?member=asbl-a").status_code == 403
    refused = post_form(
        client,
        "/subscriptions",
        member="asbl-a",
        sub="alerts",
        action="unsubscribe",
    )
    assert refused.status_code == 403
    assert subscription(web_site, "asbl-a", "alerts") != {}


def test_an_administrator_sees_and_changes_every_member_s_alerts(client, web_site, smtp):
    sign_in(client, smtp, "admin@a.example")

    page = client.get("/subscriptions?member=asbl-b")
    assert page.status_code == 200 and "ASBL B" in page.text and "mentorat" in page.text
    post_form(
        client,
        "/subscriptions",
        member="asbl-b",
        sub="mentorat",
        action="pause",
        pause="indefinitely",
    )
    assert subscription(web_site, "asbl-b", "mentorat")["paused"] is True
    assert '<a href="/subscriptions?member=asbl-b">' in client.get("/admin/members").text


def test_what_was_sent_recently_and_what_was_not_delivered(client, web_site, smtp):
    db = open_database(web_site.db_path)
    outbox = Outbox(db)
    outbox.add(
        OutboxEntry("asbl-a", "email", "c1", "new", "Nouvel appel : un", "<p>1</p>"), WEB_NOW
    )
    outbox.mark_sent("asbl-a|email|c1|new", WEB_NOW)
    outbox.add(
        OutboxEntry("asbl-a", "email", "c2", "new", "Nouvel appel : deux", "<p>2</p>"), WEB_NOW
    )
    outbox.mark_failed_attempt(
        "asbl-a|email|c2|new",
        "SMTP 550 5.1.1 No such user",
        WEB_NOW,
        cause="recipient_refused",
        permanent=True,
    )
    db.close()

    sign_in(client, smtp, "alice@a.example")
    mine = html.unescape(client.get("/subscriptions").text)
    assert "Nouvel appel : un" in mine and "envoyé" in mine
    assert "non délivré — le serveur de courrier refuse l'adresse" in mine
    assert client.get("/admin/deliveries").status_code == 403  # members: their own only

    admin = TestClient(web_site.app(), base_url="http://testserver")
    sign_in(admin, smtp, "admin@a.example")
    rows = html.unescape(admin.get("/admin/deliveries").text)
    assert "Nouvel appel : deux" in rows and "Nouvel appel : un" not in rows
    assert "le serveur de courrier refuse l'adresse" in rows and "SMTP 550" in rows
