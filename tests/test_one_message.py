"""One message where one is due: at first start each channel gets ONE message, whatever
subscriptions point to it; the first digest counts from there; a call a channel got on its
own is not repeated in that channel's digest (unless the subscription asks for it)."""

import os
import subprocess
from datetime import timedelta

from tests.factories import MONDAY, VEILLE, isp_call, subscribe, two_sources
from veille.alerts.deliver import Deliverer
from veille.alerts.digests import plan_digests
from veille.alerts.dispatch import deliver_due
from veille.alerts.plan import plan_instant_alerts
from veille.config.loader import load_config
from veille.storage import CallStore, Outbox, open_database


def test_instant_and_daily_on_one_channel_give_one_first_start_message(
    replay, smtp, matrix_room, service_config, tmp_path
):
    member = {
        "id": "asbl-duo",
        "name": "ASBL Duo",
        "channels": [
            {"name": "email", "url": smtp.apprise_url("duo@asbl.example")},
            {"name": "matrix", "url": matrix_room["apprise_url"]},
        ],
        "subscriptions": [
            {
                "name": "alertes",
                "channels": ["email", "matrix"],
                "filters": {"topics": ["insertion", "mentoring"]},
            },
            {"name": "chaque-jour", "channels": ["email"], "cadence": "daily"},
        ],
    }
    config = service_config([member], sources=two_sources())
    data = tmp_path / "data"

    def run_once(now: str) -> None:
        where = ["--config", str(config), "--data-dir", str(data), "--replay", replay.base_url]
        done = subprocess.run(
            [VEILLE, "run", "--once", "--no-web", *where, "--now", now],
            capture_output=True,
            text=True,
            timeout=180,
            env=dict(os.environ),
        )
        assert done.returncode == 0, done.stderr

    run_once("2026-11-27T09:00:00+0100")  # a fresh install: crawls, then every job once

    mails, events = smtp.messages(), matrix_room["read"]()
    assert len(mails) == 1, f"email: 1 expected, {len(mails)} received"
    assert len(events) == 1, f"Matrix: 1 expected, {len(events)} received"
    assert mails[0]["Subject"] == "Veille : 4 appels à suivre"
    assert "Veille : 4 appels à suivre" in events[0]["body"]

    run_once("2026-11-28T08:00:00+0100")  # the next morning: the daily digest's first slot

    # It counts from the start: nothing new since, so nothing (no catch-up of the days before)
    assert (len(smtp.messages()), len(matrix_room["read"]())) == (1, 1)


def two_channels(smtp, repeat: bool = False) -> dict:
    return {
        "id": "asbl-duo",
        "name": "ASBL Duo",
        "channels": [
            {"name": "email", "url": smtp.apprise_url("duo@asbl.example")},
            {"name": "bureau", "url": smtp.apprise_url("bureau@asbl.example")},
        ],
        "subscriptions": [
            {"name": "alertes", "channels": ["email"], "filters": {"topics": ["insertion"]}},
            {
                "name": "chaque-jour",
                "channels": ["email", "bureau"],
                "cadence": "daily",
                "repeat_instant": repeat,
            },
        ],
    }


def run_a_day(config, tmp_path) -> None:
    db = open_database(tmp_path / "veille.db")
    store, outbox = CallStore(db), Outbox(db)
    subscribe(config, store, outbox)
    day = MONDAY - timedelta(days=1)
    store.upsert_call(isp_call(1, MONDAY + timedelta(days=40), title="Appel tout neuf"), day)
    plan_instant_alerts(config, store, outbox, day)  # found: one alert on "email"
    plan_digests(config, store, outbox, MONDAY, "daily")  # the next morning's digest
    deliver_due(config, outbox, Deliverer(throttle=False), MONDAY)


def test_a_call_sent_at_once_is_not_repeated_in_that_channel_s_digest(
    smtp, service_config, tmp_path
):
    config = load_config(service_config([two_channels(smtp)], sources=[]))

    run_a_day(config, tmp_path)

    got = [(m["To"], m["Subject"]) for m in smtp.messages()]
    assert sorted(got) == [
        ("bureau@asbl.example", "Veille, résumé du jour : 1 nouvel appel"),  # not told before
        ("duo@asbl.example", "Nouvel appel à projets : Appel tout neuf"),  # once, at once
    ], got


def test_a_subscription_may_ask_for_both(smtp, service_config, tmp_path):
    config = load_config(service_config([two_channels(smtp, repeat=True)], sources=[]))

    run_a_day(config, tmp_path)

    got = sorted((m["To"], m["Subject"]) for m in smtp.messages())
    assert got == [
        ("bureau@asbl.example", "Veille, résumé du jour : 1 nouvel appel"),
        ("duo@asbl.example", "Nouvel appel à projets : Appel tout neuf"),
        ("duo@asbl.example", "Veille, résumé du jour : 1 nouvel appel"),
    ], got
