"""Digests and reminders by email through a real SMTP server, with the clock passed in."""

from datetime import datetime, timedelta

import pytest

from tests.factories import MONDAY, duo, isp_call, subscribe
from veille.alerts.deliver import Deliverer, SendResult
from veille.alerts.digests import plan_digests
from veille.alerts.dispatch import deliver_due
from veille.alerts.reminders import plan_reminders
from veille.config.loader import load_config
from veille.domain.call import BRUSSELS
from veille.local_mailbox import free_port
from veille.storage import CallStore, Outbox, open_database


@pytest.fixture
def world(service_config, tmp_path):
    def make(smtp_url: str, **kwargs):
        config = load_config(service_config([duo(smtp_url, **kwargs)], sources=[]))
        db = open_database(tmp_path / "veille.db")
        store, outbox = CallStore(db), Outbox(db)
        subscribe(config, store, outbox)
        return config, store, outbox

    return make


def digest_cycle(config, store, outbox, now, cadence="daily", deliverer=None):
    plan_digests(config, store, outbox, now, cadence)
    return deliver_due(config, outbox, deliverer or Deliverer(throttle=False), now)


def test_daily_digest_says_what_is_inside_and_goes_once(world, smtp):
    config, store, outbox = world(smtp.apprise_url())
    store.upsert_call(isp_call(1, MONDAY + timedelta(days=40)), MONDAY - timedelta(hours=3))
    store.upsert_call(
        isp_call(
            2,
            MONDAY + timedelta(days=3, hours=4.5),
            title="Appel <script>alert(1)</script> {title} %(count)s mentorat",
        ),
        MONDAY - timedelta(days=20),
    )  # old, but closing soon

    first = digest_cycle(config, store, outbox, MONDAY)
    again = digest_cycle(config, store, outbox, MONDAY + timedelta(hours=2))  # same day

    [message] = smtp.messages()
    assert (first.sent, again.sent) == (1, 0)
    assert message["Subject"] == "Veille, résumé du jour : 1 nouvel appel, 1 appel clôture bientôt"
    html = message.get_body(("html",)).get_content()
    text = message.get_body(("plain",)).get_content()
    assert "Appel à projets insertion n°1" in text and "https://ccf.brussels/appel-1/" in text
    assert "jeudi 26 novembre 2026 à 12:00" in html  # in words, Brussels time
    assert "&lt;script&gt;" in html and "<script>" not in html  # crawled text escaped
    assert "{title} %(count)s" in html  # ... and never used as a format string


def test_nothing_to_say_sends_nothing_unless_configured(world, smtp):
    config, store, outbox = world(smtp.apprise_url())
    assert digest_cycle(config, store, outbox, MONDAY).sent == 0
    assert smtp.messages() == []


def test_changes_are_reported_in_the_next_digest(world, smtp):
    config, store, outbox = world(smtp.apprise_url())
    store.upsert_call(isp_call(1, MONDAY + timedelta(days=40)), MONDAY - timedelta(hours=3))
    digest_cycle(config, store, outbox, MONDAY)
    extended = isp_call(1, MONDAY + timedelta(days=50))
    store.upsert_call(extended, MONDAY + timedelta(hours=5))  # deadline extended

    tuesday = digest_cycle(config, store, outbox, MONDAY + timedelta(days=1))

    assert tuesday.sent == 1
    second = smtp.messages()[-1]
    assert second["Subject"] == "Veille, résumé du jour : 1 appel modifié"
    text = " ".join(second.get_body(("plain",)).get_content().split())
    assert (
        "date limite modifiée : samedi 2 janvier 2027 à 07:30 → mardi 12 janvier 2027 à 07:30"
        in text
    ), text


def test_digest_missed_during_downtime_is_sent_once(world, smtp):
    config, store, outbox = world(smtp.apprise_url(), cadence="weekly", language="nl")
    store.upsert_call(isp_call(1, MONDAY + timedelta(days=60)), MONDAY - timedelta(days=2))
    digest_cycle(config, store, outbox, MONDAY, "weekly")
    for day in (8, 9, 10, 15):  # down for more than a week, new calls meanwhile
        store.upsert_call(isp_call(day, MONDAY + timedelta(days=60)), MONDAY + timedelta(days=day))

    back = MONDAY + timedelta(days=16)  # two weekly slots missed: one digest on return
    assert digest_cycle(config, store, outbox, back, "weekly").sent == 1
    assert digest_cycle(config, store, outbox, back + timedelta(hours=1), "weekly").sent == 0

    subjects = [m["Subject"] for m in smtp.messages()]
    assert subjects == [
        "Veille, weekoverzicht: 1 nieuwe oproep",
        "Veille, weekoverzicht: 4 nieuwe oproepen",
    ]


def test_smtp_down_then_up_the_digest_arrives_once(world, smtp):
    config, store, outbox = world(f"mailto://127.0.0.1:{free_port()}?from=v@localhost&to=a@b.org")
    store.upsert_call(isp_call(1, MONDAY + timedelta(days=40)), MONDAY - timedelta(hours=3))
    down = digest_cycle(config, store, outbox, MONDAY)
    assert (down.sent, down.retrying) == (0, 1)

    config, _, _ = world(smtp.apprise_url())  # the server is back (same database)
    up = deliver_due(config, outbox, Deliverer(throttle=False), MONDAY + timedelta(minutes=2))
    later = digest_cycle(config, store, outbox, MONDAY + timedelta(hours=1))

    assert (up.sent, later.sent, len(smtp.messages())) == (1, 0, 1)


class DiesAfter(Deliverer):
    """Delivers for real, then the process 'dies' after the n-th message went out."""

    def __init__(self, n: int):
        super().__init__(throttle=False)
        self.left = n

    def send(self, url: str, subject: str, html: str, headers=None) -> SendResult:
        result = super().send(url, subject, html, headers)
        self.left -= 1
        if self.left == 0:
            raise SystemExit("killed")  # after the send, before the outbox records it
        return result


def test_restart_in_the_middle_of_a_digest_sends_the_rest_once(service_config, smtp, tmp_path):
    members = [
        {**duo(smtp.apprise_url(to=f"m{i}@example.org")), "id": f"m{i}", "name": f"M{i}"}
        for i in range(5)
    ]
    config = load_config(service_config(members, sources=[]))
    db = open_database(tmp_path / "veille.db")
    store, outbox = CallStore(db), Outbox(db)
    subscribe(config, store, outbox)
    store.upsert_call(isp_call(1, MONDAY + timedelta(days=40)), MONDAY - timedelta(hours=3))
    plan_digests(config, store, outbox, MONDAY, "daily")

    with pytest.raises(SystemExit):
        deliver_due(config, outbox, DiesAfter(3), MONDAY)
    db.close()
    db = open_database(tmp_path / "veille.db")  # restart
    store, outbox = CallStore(db), Outbox(db)
    plan_digests(config, store, outbox, MONDAY + timedelta(minutes=1), "daily")  # re-planned
    deliver_due(config, outbox, Deliverer(throttle=False), MONDAY + timedelta(minutes=1))

    recipients = sorted(m["To"] for m in smtp.messages())
    # Only the message in flight when the process died (the 3rd) may arrive twice.
    assert recipients == sorted([f"m{i}@example.org" for i in range(5)] + ["m2@example.org"])
    assert outbox.counts() == {"sent": 5}


def test_reminders_14_7_1_days_before_once_each(world, smtp):
    config, store, outbox = world(smtp.apprise_url(), cadence="instant", language="en")
    deadline = datetime(2026, 12, 31, 12, 0, tzinfo=BRUSSELS)
    store.upsert_call(isp_call(1, deadline), deadline - timedelta(days=30))
    store.upsert_call(isp_call(2, deadline), deadline - timedelta(days=10))  # seen after day 14

    sent = []
    for days_before in range(20, -1, -1):  # one run a day at 08:00, time passed in
        now = datetime(2026, 12, 31, 8, 0, tzinfo=BRUSSELS) - timedelta(days=days_before)
        plan_reminders(config, store, outbox, now)
        plan_reminders(config, store, outbox, now + timedelta(hours=1))  # a second run: nothing
        sent.append(deliver_due(config, outbox, Deliverer(throttle=False), now).sent)

    subjects = [m["Subject"] for m in smtp.messages()]
    assert sum(sent) == len(subjects) == 5
    assert subjects == [
        "Reminder: “Appel à projets insertion n°1” closes in 14 days",
        "Reminder: “Appel à projets insertion n°1” closes in 7 days",
        "Reminder: “Appel à projets insertion n°2” closes in 7 days",
        "Reminder: “Appel à projets insertion n°1” closes in 1 day",
        "Reminder: “Appel à projets insertion n°2” closes in 1 day",
    ]
