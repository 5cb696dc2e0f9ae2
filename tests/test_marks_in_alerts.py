"""The coalition's marks reach the alerts: shown in instant alerts; "not for us" ends reminders."""

from datetime import datetime, timedelta

from tests.factories import duo, isp_call
from veille.alerts.deliver import Deliverer
from veille.alerts.dispatch import deliver_due
from veille.alerts.plan import plan_instant_alerts
from veille.alerts.reminders import plan_reminders
from veille.config.loader import load_config
from veille.domain.call import BRUSSELS
from veille.storage import CallStore, Outbox, open_database
from veille.storage.marks import Marks

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=BRUSSELS)


def two_members(smtp_url: str, cadence: str) -> list[dict]:
    other = duo(smtp_url, cadence=cadence)
    other.update(id="asbl-tremplin", name="ASBL Tremplin")
    return [duo(smtp_url, cadence=cadence), other]


def mark(store: CallStore, call_id: str, member_id: str, value: str, **options) -> None:
    Marks(store.db).set_mark(call_id, member_id, value, NOW - timedelta(hours=1), **options)


def test_an_instant_alert_shows_what_the_coalition_said(service_config, tmp_path, smtp):
    config = load_config(service_config(two_members(smtp.apprise_url(), "instant"), sources=[]))
    db = open_database(tmp_path / "veille.db")
    store, outbox = CallStore(db), Outbox(db)
    plan_instant_alerts(config, store, outbox, NOW - timedelta(days=1))  # subscriptions start
    call_id = store.upsert_call(isp_call(1, NOW + timedelta(days=40)), NOW).call_id
    mark(store, call_id, "asbl-tremplin", "partner")

    plan_instant_alerts(config, store, outbox, NOW)
    deliver_due(config, outbox, Deliverer(throttle=False), NOW)

    bodies = [m.get_body(("html",)).get_content() for m in smtp.messages()]
    assert len(bodies) == 2  # one per member
    assert all("ASBL Tremplin — Nous cherchons un partenaire" in body for body in bodies)


def test_a_private_mark_is_shown_in_its_own_members_alert_only(service_config, tmp_path, smtp):
    members = two_members(smtp.apprise_url(), "instant")
    members[0]["channels"][0]["url"] = smtp.apprise_url("duo@example.org")
    members[1]["channels"][0]["url"] = smtp.apprise_url("tremplin@example.org")
    config = load_config(service_config(members, sources=[]))
    db = open_database(tmp_path / "veille.db")
    store, outbox = CallStore(db), Outbox(db)
    plan_instant_alerts(config, store, outbox, NOW - timedelta(days=1))
    call_id = store.upsert_call(isp_call(1, NOW + timedelta(days=40)), NOW).call_id
    mark(store, call_id, "asbl-tremplin", "applying", visibility="private")

    plan_instant_alerts(config, store, outbox, NOW)
    deliver_due(config, outbox, Deliverer(throttle=False), NOW)

    body = {m["To"]: m.get_body(("html",)).get_content() for m in smtp.messages()}
    assert "ASBL Tremplin — Nous déposons" in body["tremplin@example.org"]
    assert "Nous déposons" not in body["duo@example.org"]
    assert "ASBL Tremplin" not in body["duo@example.org"]


def test_not_for_us_stops_the_reminders_of_that_member_only(service_config, tmp_path, smtp):
    config = load_config(service_config(two_members(smtp.apprise_url(), "daily"), sources=[]))
    db = open_database(tmp_path / "veille.db")
    store, outbox = CallStore(db), Outbox(db)
    deadline = NOW + timedelta(days=7)
    call_id = store.upsert_call(isp_call(1, deadline), NOW - timedelta(days=30)).call_id
    mark(store, call_id, "asbl-duo", "not_for_us")

    plan_reminders(config, store, outbox, NOW)

    assert [row["member"] for row in outbox.rows()] == ["asbl-tremplin"]
