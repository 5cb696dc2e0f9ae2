"""Feeds, calendar, JSON API and CSV export of the digest web app."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta

import feedparser
import icalendar
import jsonschema
import pytest
import yaml
from starlette.testclient import TestClient

from tests.factories import WEB_NOW, web_calls
from veille.web.routes_api import SCHEMA

HOSTILE = "<script>alert('x')</script> Appel mentorat hostile"


@pytest.fixture
def client(web_site):
    with TestClient(web_site.app()) as client:
        yield client


@pytest.mark.parametrize("path", ["/feeds/calls.atom", "/feeds/calls.rss"])
def test_coalition_feed_lists_relevant_calls_with_hostile_titles_as_text(client, path):
    answer = client.get(path)
    assert answer.status_code == 200
    assert "<script>" not in answer.text
    feed = feedparser.parse(answer.content)
    assert not feed.bozo, feed.bozo_exception
    titles = {entry.title for entry in feed.entries}
    assert HOSTILE in titles  # shown as the text it is, not run
    assert "Appel culture et patrimoine" not in titles  # not relevant
    assert all(entry.link.startswith("http://testserver/calls/") for entry in feed.entries)


def test_subscription_feed_applies_the_members_filter(client):
    token = client.app.state.web.feed_token("bob@b.example")
    feed = feedparser.parse(client.get(f"/feeds/asbl-b/mentorat.atom?token={token}").content)
    assert sorted(entry.title for entry in feed.entries) == sorted(
        [HOSTILE, "Mentoring programmes for young people"]
    )
    assert client.get(f"/feeds/asbl-b/nope.atom?token={token}").status_code == 404


def test_a_members_feed_needs_that_members_token_even_on_a_public_digest(client):
    """Regression (security probe): a subscription's feed was readable without a token when
    the digest is public, and with any member's token; it says what a member follows."""
    mine = client.app.state.web.feed_token("bob@b.example")
    other = client.app.state.web.feed_token("alice@a.example")

    assert client.get("/feeds/asbl-b/mentorat.atom").status_code == 401
    assert client.get("/feeds/asbl-b/mentorat.rss?token=wrong").status_code == 401
    assert client.get(f"/feeds/asbl-b/mentorat.atom?token={other}").status_code == 404
    answer = client.get(f"/feeds/asbl-b/mentorat.atom?token={mine}")
    assert answer.status_code == 200
    assert answer.headers["cache-control"] == "private, no-store"
    assert client.get("/feeds/calls.atom").status_code == 200  # the coalition's stays public


def test_calendar_has_deadlines_with_reminders(client):
    answer = client.get("/calendar.ics")
    assert answer.headers["content-type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(answer.content)
    events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
    urgent = events["Date limite : Appel à projets insertion socioprofessionnelle 2027"]
    assert urgent.decoded("dtstart") == WEB_NOW + timedelta(days=5, hours=3)
    triggers = sorted(a.decoded("trigger") for a in urgent.walk("VALARM"))
    assert triggers == [timedelta(days=-7), timedelta(days=-1)]
    assert f"Date limite : {HOSTILE}" in events  # text property, folded and escaped by icalendar
    assert "Appel permanent tutorat" not in " ".join(events)  # no deadline, no event


def test_calendar_follows_the_views_filters(client):
    calendar = icalendar.Calendar.from_ical(client.get("/calendar.ics?topic=insertion").content)
    assert [str(e["summary"]) for e in calendar.walk("VEVENT")] == [
        "Date limite : Appel à projets insertion socioprofessionnelle 2027",
        "Date limite : Appel à venir: jobcoaching",
    ]


def test_json_api_matches_its_schema_and_paginates(client):
    schema = json.loads(SCHEMA.read_text())
    first = client.get("/api/v1/calls?per_page=2").json()
    jsonschema.validate(first, schema)
    assert (first["page"], first["per_page"], first["total"]) == (1, 2, 5)
    assert first["next"].endswith("/api/v1/calls?per_page=2&page=2")
    last = client.get("/api/v1/calls?per_page=2&page=3").json()
    jsonschema.validate(last, schema)
    assert last["next"] is None and len(last["calls"]) == 1
    seen = [
        c["title"]
        for p in (1, 2, 3)
        for c in client.get(f"/api/v1/calls?per_page=2&page={p}").json()["calls"]
    ]
    assert len(seen) == len(set(seen)) == 5
    one = client.get(f"/api/v1/calls/{first['calls'][0]['id']}").json()
    detail = {**schema, "$ref": "#/$defs/call_detail"}
    del detail["properties"], detail["required"], detail["additionalProperties"]
    jsonschema.validate(one, detail)
    assert client.get("/api/v1/calls/nope").status_code == 404
    assert client.get("/api/v1/calls?page=x").status_code == 400
    assert client.get("/api/v1/schema.json").json()["$id"] == schema["$id"]


def test_json_api_gives_the_observatorys_facts(client):
    """The facts the observatory counts (duration, results-based funding, co-financing and
    the applicant's share) reach API readers too, absent facts as null or false."""
    calls = {c["title"]: c for c in client.get("/api/v1/calls?per_page=50").json()["calls"]}
    mentoring = calls["Mentoring programmes for young people"]
    assert (mentoring["duration_months"], mentoring["results_based"]) == (24, True)
    assert (mentoring["cofinancing"], mentoring["own_share"]) == (True, 0.2)
    other = calls["Appel à projets insertion socioprofessionnelle 2027"]
    assert (other["duration_months"], other["results_based"], other["cofinancing"]) == (
        None,
        False,
        False,
    )
    assert other["own_share"] is None


def test_csv_export_of_the_current_view_is_spreadsheet_safe(client, web_site):
    # A title that a spreadsheet would run as a formula.
    from veille.storage import CallStore, open_database

    formula = next(c for c in web_calls() if c.source_id == "urgent")
    formula.title = '=HYPERLINK("http://evil")'
    CallStore(open_database(web_site.db_path)).upsert_call(formula, WEB_NOW)
    answer = client.get("/export.csv?topic=mentoring")
    assert answer.headers["content-disposition"].startswith("attachment")
    rows = list(csv.DictReader(io.StringIO(answer.text)))
    assert [r["title"] for r in rows] == [
        "Mentoring programmes for young people",
        HOSTILE,
        "Appel permanent tutorat",
    ]
    insertion = list(csv.DictReader(io.StringIO(client.get("/export.csv?window=week").text)))
    assert insertion[0]["title"] == '\'=HYPERLINK("http://evil")'


def test_private_digest_feeds_open_with_a_personal_token(web_site):
    path = web_site.config_dir / "veille.yaml"
    settings = yaml.safe_load(path.read_text())
    settings["web"]["public_digest"] = False
    path.write_text(yaml.safe_dump(settings))
    app = web_site.app()
    token = app.state.web.feed_token("bob@b.example")
    with TestClient(app) as client:
        assert client.get("/calendar.ics").status_code == 401
        assert client.get("/calendar.ics?token=wrong").status_code == 401
        assert client.get(f"/calendar.ics?token={token}").status_code == 200
        assert client.get(f"/feeds/calls.atom?token={token}").status_code == 200


def test_feed_tokens_survive_a_restart_without_a_configured_key(web_site, monkeypatch):
    """Without VEILLE_SECRET_KEY, a key is made once and kept in the data folder."""
    from veille.config import load_config
    from veille.web.app import create_app

    monkeypatch.delenv("VEILLE_SECRET_KEY", raising=False)
    first = create_app(load_config(web_site.config_dir), web_site.db_path)
    second = create_app(load_config(web_site.config_dir), web_site.db_path)
    token = first.state.web.feed_token("bob@b.example")
    assert second.state.web.feed_token("bob@b.example") == token
    key = web_site.db_path.parent / "secret_key"
    assert key.exists() and key.stat().st_mode & 0o777 == 0o600
    assert key.read_text().strip() not in web_site.db_path.read_bytes().decode("latin-1")
    # The environment still wins when it is set.
    monkeypatch.setenv("VEILLE_SECRET_KEY", "from-the-environment")
    third = create_app(load_config(web_site.config_dir), web_site.db_path)
    assert third.state.web.feed_token("bob@b.example") != token
