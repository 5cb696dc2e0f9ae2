"""Each kind of deadline, from a call's wording to what a person reads (issue 14).

A deadline without a time is stored at the end of its day (it still orders the digest and
times the reminders) and shown as a date, never with an invented 23h59; a recurring one
shows its next occurrence; a permanent call and a call without a known deadline say so.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import icalendar
import pytest
from starlette.testclient import TestClient

from tests.factories import WEB_NOW
from veille.alerts.render import render_new_call
from veille.config import default_classifier
from veille.domain.call import BRUSSELS
from veille.domain.normalize import normalize
from veille.domain.raw_call import RawCall
from veille.storage import CallStore, open_database
from veille.storage.read_model import stored_call

NOW = datetime(2026, 11, 27, 14, 0, tzinfo=BRUSSELS)
WORDINGS = {
    "timed": "Dépôt des candidatures au plus tard le 26 février 2027 à 12h00.",
    "date": "Dépôt des candidatures au plus tard le 26 février 2027.",
    "recurring": "Les demandes sont à introduire chaque année pour le 31 mars au plus tard.",
    "permanent": "Appel permanent : les demandes peuvent être introduites à tout moment.",
    "none": "Le prochain appel sera lancé courant mars.",
}
SHOWN = {
    "fr": {
        "timed": "vendredi 26 février 2027 à 12:00 (91 jours restants)",
        "date": "vendredi 26 février 2027 (91 jours restants)",
        "recurring": "récurrente, prochaine le mercredi 31 mars 2027 (124 jours restants)",
        "permanent": "Appel permanent",
        "none": "Pas de date limite connue",
    },
    "nl": {
        "timed": "vrijdag 26 februari 2027 om 12.00 uur (nog 91 dagen)",
        "date": "vrijdag 26 februari 2027 (nog 91 dagen)",
        "recurring": "terugkerend, volgende op woensdag 31 maart 2027 (nog 124 dagen)",
        "permanent": "Doorlopende oproep",
        "none": "Geen gekende deadline",
    },
    "en": {
        "timed": "Friday 26 February 2027 at 12:00 (91 days left)",
        "date": "Friday 26 February 2027 (91 days left)",
        "recurring": "recurring, next on Wednesday 31 March 2027 (124 days left)",
        "permanent": "Rolling call",
        "none": "No known deadline",
    },
}


@pytest.fixture(scope="module")
def stored():
    """Each wording normalised and stored, and its row as stored."""
    store = CallStore(open_database(":memory:"))
    rows = {}
    for case, wording in WORDINGS.items():
        raw = RawCall(
            source="cocof",
            url=f"https://ccf.brussels/{case}/",
            title="Appel à projets insertion",
            text=wording,
            lang="fr",
        )
        result = store.upsert_call(normalize(raw, default_classifier(), NOW), NOW)
        rows[case] = store.get_row(result.call_id)
    return rows


def test_what_is_stored_for_each_kind(stored):
    got = {
        case: (row["deadline"], row["deadline_has_time"], row["deadline_kind"], row["status"])
        for case, row in stored.items()
    }
    assert got == {
        "timed": ("2027-02-26T12:00:00+01:00", 1, "deadline", "open"),
        # a date alone: the end of its day counts, and no time is said to be stated
        "date": ("2027-02-26T23:59:00+01:00", 0, "deadline", "open"),
        "recurring": ("2027-03-31T23:59:00+02:00", 0, "recurring", "open"),
        "permanent": (None, 0, "permanent", "permanent"),
        "none": (None, 0, "none", "forthcoming"),  # "sera lancé"
    }


@pytest.mark.parametrize("lang", ["fr", "nl", "en"])
def test_messages_say_each_kind_of_deadline_in_the_members_language(stored, lang):
    for case, row in stored.items():
        message = render_new_call(
            stored_call(row),
            member_name="ASBL Duo",
            lang=lang,
            digest_url="https://veille.example/",
            now=NOW,
        )
        assert f"<strong>{SHOWN[lang][case]}</strong>" in message.html, case
        assert "23h59" not in message.html and "23u59" not in message.html
        assert "23:59" not in message.html


def test_a_recurring_deadline_moves_on_to_its_next_occurrence():
    raw = RawCall(
        source="cocof",
        url="https://ccf.brussels/recurring/",
        title="Subside annuel",
        text="Dépôt deux fois par an : le 31 mars ou le 30 septembre.",
        lang="fr",
        published="2026-01-10",
    )
    spring = normalize(raw, default_classifier(), datetime(2026, 2, 1, tzinfo=BRUSSELS))
    autumn = normalize(raw, default_classifier(), datetime(2026, 5, 2, tzinfo=BRUSSELS))
    assert (spring.deadline_kind, spring.deadline.date().isoformat()) == (
        "recurring",
        "2026-03-31",
    )
    assert (autumn.deadline.date().isoformat(), autumn.status) == ("2026-09-30", "open")


def test_dated_rounds_that_come_back_move_on_then_close_on_the_last():
    raw = RawCall(
        source="cocof",
        url="https://ccf.brussels/rounds/",
        title="Subside aux projets d'insertion",
        text="Trois dates de clôture par an : 31 janvier, 30 avril et 30 septembre 2026.",
        lang="fr",
        published="2026-01-10",
    )
    found = {
        day: normalize(raw, default_classifier(), datetime(2026, *day, 12, tzinfo=BRUSSELS))
        for day in ((1, 12), (2, 1), (10, 15))
    }
    assert {
        day: (call.deadline_kind, call.deadline.date().isoformat(), call.status)
        for day, call in found.items()
    } == {
        (1, 12): ("recurring", "2026-01-31", "open"),
        (2, 1): ("recurring", "2026-04-30", "open"),
        # all passed: the kind says so too (round 16), the last one's date is kept
        (10, 15): ("closed", "2026-09-30", "closed"),
    }
    store = CallStore(open_database(":memory:"))
    shown = {}
    for day, call in found.items():
        now = datetime(2026, *day, 12, tzinfo=BRUSSELS)
        row = store.get_row(store.upsert_call(call, now).call_id)
        message = render_new_call(
            stored_call(row),
            member_name="ASBL Duo",
            lang="en",
            digest_url="https://veille.example/",
            now=now,
        )
        shown[day] = message.html
    assert (
        "<strong>recurring, next on Thursday 30 April 2026 (88 days left)</strong>" in shown[(2, 1)]
    )
    # once the year's rounds have passed, the last one is shown as it is: closed, no "next"
    assert "<strong>Wednesday 30 September 2026 (closed)</strong>" in shown[(10, 15)]


def test_a_structured_date_alone_has_no_time():
    call = normalize(
        RawCall(source="ted", url="https://ted.example/1", title="Tender", deadline="2027-01-20"),
        default_classifier(),
        NOW,
    )
    timed = normalize(
        RawCall(
            source="bosa", url="https://b.example/1", title="Tender", deadline="2027-01-12T11:00:00"
        ),
        default_classifier(),
        NOW,
    )
    assert (call.deadline.isoformat(), call.deadline_has_time) == (
        "2027-01-20T23:59:00+01:00",
        False,
    )
    assert (timed.deadline.isoformat(), timed.deadline_has_time) == (
        "2027-01-12T11:00:00+01:00",
        True,
    )


def test_calendar_api_and_feeds_show_a_date_alone_as_a_date(web_site):
    from veille.domain.call import Call

    db = open_database(web_site.db_path)
    CallStore(db).upsert_call(
        Call(
            source="cocof",
            source_id="date-only",
            url="https://ccf.brussels/date-only/",
            title="Appel insertion sans heure",
            deadline=datetime(2026, 12, 18, 23, 59, tzinfo=BRUSSELS),
            deadline_has_time=False,
            status="open",
            relevant=True,
            is_call=True,
            topics=["insertion"],
            lang="fr",
        ),
        WEB_NOW - timedelta(days=1),
    )
    db.close()
    with TestClient(web_site.app()) as client:
        calendar = icalendar.Calendar.from_ical(client.get("/calendar.ics").content)
        events = {str(e["summary"]): e for e in calendar.walk("VEVENT")}
        event = events["Date limite : Appel insertion sans heure"]
        api = client.get("/api/v1/calls?q=heure").json()["calls"]
        feed = client.get("/feeds/calls.atom").text
    # an all-day event on that day, its reminders still a week and a day before
    assert (event.decoded("dtstart"), event.decoded("dtend")) == (
        datetime(2026, 12, 18).date(),
        datetime(2026, 12, 19).date(),
    )
    assert sorted(a.decoded("trigger") for a in event.walk("VALARM")) == [
        timedelta(days=-7),
        timedelta(days=-1),
    ]
    assert [(c["deadline"], c["deadline_has_time"], c["deadline_kind"]) for c in api] == [
        ("2026-12-18T23:59:00+01:00", False, "deadline")
    ]
    assert "Date limite : vendredi 18 décembre 2026 —" in feed and "23:59" not in feed
