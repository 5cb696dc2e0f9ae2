"""Instant alerts by email to a real SMTP server on 127.0.0.1, read back."""

from datetime import timedelta

from tests.factories import RECORDED_NOW
from veille.alerts.deliver import Deliverer
from veille.alerts.dispatch import deliver_due
from veille.alerts.plan import plan_instant_alerts
from veille.config.loader import DEMO, load_config
from veille.local_mailbox import free_port
from veille.storage import CallStore, Outbox, open_database

ISP_CALL = "Appel à projets « Économie sociale d'insertion » 2027 (EXEMPLE)"


def setup(crawl, monkeypatch, smtp_port):
    monkeypatch.setenv("VEILLE_DEMO_SMTP_PORT", str(smtp_port))
    data_dir = crawl("bruxelles-economie-emploi", "cocof")
    db = open_database(data_dir / "veille.db")
    return load_config(DEMO), CallStore(db), Outbox(db)


def test_new_relevant_calls_reach_the_inbox_once(crawl, smtp, monkeypatch):
    config, store, outbox = setup(crawl, monkeypatch, smtp.port)

    queued = plan_instant_alerts(config, store, outbox, RECORDED_NOW)
    report = deliver_due(config, outbox, Deliverer(throttle=False), RECORDED_NOW)
    # a later run (same calls re-crawled) must not send anything again
    requeued = plan_instant_alerts(config, store, outbox, RECORDED_NOW + timedelta(hours=1))
    again = deliver_due(
        config, outbox, Deliverer(throttle=False), RECORDED_NOW + timedelta(hours=1)
    )

    messages = smtp.messages()
    assert queued == report.sent == len(messages) == 4
    assert (requeued, again.sent) == (0, 0)
    by_subject = {message["Subject"]: message for message in messages}
    message = by_subject[f"Nouvel appel à projets : {ISP_CALL}"]  # by kind
    assert message["To"] == "coordination@demo-asbl.example"
    assert "veille@localhost" in message["From"]
    html = message.get_body(("html",)).get_content()
    text = message.get_body(("plain",)).get_content()
    link = "https://economie-emploi.brussels/appel-projets-economie-sociale-insertion-2027"
    for part in (html, text):
        assert "vendredi 29 janvier 2027 à 12:00" in part  # dates in words
        assert "63 jours restants" in part
        assert link in part
    assert "&#171;" in html or "«" in html


def test_smtp_down_then_up_delivers_exactly_once(crawl, smtp, monkeypatch):
    dead_port = free_port()
    config, store, outbox = setup(crawl, monkeypatch, dead_port)
    plan_instant_alerts(config, store, outbox, RECORDED_NOW)

    down = deliver_due(config, outbox, Deliverer(throttle=False), RECORDED_NOW)
    assert (down.sent, down.retrying) == (0, 4)
    assert outbox.rows("pending")[0]["last_error"]
    too_early = deliver_due(
        config, outbox, Deliverer(throttle=False), RECORDED_NOW + timedelta(seconds=30)
    )
    assert too_early.sent == too_early.retrying == 0  # backoff respected

    monkeypatch.setenv("VEILLE_DEMO_SMTP_PORT", str(smtp.port))  # the server is back
    config = load_config(DEMO)
    up = deliver_due(config, outbox, Deliverer(throttle=False), RECORDED_NOW + timedelta(minutes=2))
    later = deliver_due(
        config, outbox, Deliverer(throttle=False), RECORDED_NOW + timedelta(hours=2)
    )

    assert (up.sent, later.sent) == (4, 0)
    assert len(smtp.messages()) == 4
    assert outbox.counts() == {"sent": 4}
