"""Administrators hear about broken sources and given-up deliveries, once each, on every channel."""

from datetime import datetime, timedelta

from veille.alerts.admin import SourceProblem, plan_failure_reports, plan_health_alerts
from veille.alerts.recipients import ADMIN
from veille.config.loader import load_config
from veille.domain.call import BRUSSELS
from veille.storage import Outbox, OutboxEntry, open_database

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=BRUSSELS)
ADMINS = [
    {"name": "it-mail", "url": "mailto://127.0.0.1:1?to=it@example.org"},
    {"name": "it-room", "url": "mailto://127.0.0.1:1?to=room@example.org"},
]


def setup(service_config, tmp_path):
    config = load_config(service_config([], sources=[], admin_channels=ADMINS))
    return config, Outbox(open_database(tmp_path / "veille.db"))


def test_a_broken_source_is_reported_once_a_day_on_every_admin_channel(service_config, tmp_path):
    config, outbox = setup(service_config, tmp_path)
    problem = SourceProblem("cocof", "failed", "3 failed runs in a row: HTTP 503")

    first = plan_health_alerts(config, outbox, [problem], NOW)
    same_day = plan_health_alerts(config, outbox, [problem], NOW + timedelta(hours=6))
    next_day = plan_health_alerts(config, outbox, [problem], NOW + timedelta(days=1))

    assert (first, same_day, next_day) == (2, 0, 2)
    assert {row["channel"] for row in outbox.rows()} == {"it-mail", "it-room"}
    assert all(row["member"] == ADMIN and "cocof" in row["subject"] for row in outbox.rows())


def test_given_up_deliveries_are_reported_but_not_the_admins_own(service_config, tmp_path):
    config, outbox = setup(service_config, tmp_path)
    outbox.add(OutboxEntry("asbl-a", "email", "call-1", "new", "Nouvel appel : X", "<p>X</p>"), NOW)
    outbox.add(OutboxEntry(ADMIN, "it-mail", "source:x", "health", "Source x", "<p>x</p>"), NOW)
    failed = [{**row, "last_error": "SMTP refused"} for row in outbox.rows()]

    assert plan_failure_reports(config, outbox, failed, NOW) == 2  # one member alert, 2 channels
    assert plan_failure_reports(config, outbox, failed, NOW) == 0  # once
    reports = [row for row in outbox.rows() if row["kind"] == "delivery-failed"]
    assert {row["call_id"] for row in reports} == {"failed:asbl-a|email|call-1|new"}
