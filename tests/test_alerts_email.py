"""Alerts by email to a real SMTP server on 127.0.0.1, read back."""

import shutil
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import yaml

from tests.factories import RECORDED_NOW, isp_call
from veille.alerts.deliver import Deliverer
from veille.alerts.dispatch import deliver_due
from veille.alerts.plan import plan_instant_alerts
from veille.config.loader import DEFAULTS, DEMO, load_config
from veille.local_mailbox import free_port
from veille.storage import CallStore, Outbox, open_database

ISP_CALL = "Appel à projets « Économie sociale d'insertion » 2027 (EXEMPLE)"


def two_sources_demo(folder: Path) -> Path:
    """The demo's member, on the two sources these tests crawl (their first crawls are the
    whole first round: the summary is due at once)."""
    folder.mkdir()
    shutil.copy(DEMO / "members.yaml", folder / "members.yaml")
    every = yaml.safe_load((DEFAULTS / "sources.yaml").read_text(encoding="utf-8"))["sources"]
    two = [s for s in every if s["name"] in ("cocof", "bruxelles-economie-emploi")]
    (folder / "sources.yaml").write_text(yaml.safe_dump({"sources": two}), encoding="utf-8")
    return folder


def setup(crawl, monkeypatch, smtp_port, tmp_path):
    monkeypatch.setenv("VEILLE_DEMO_SMTP_PORT", str(smtp_port))
    folder = two_sources_demo(tmp_path / "config")
    data_dir = crawl("bruxelles-economie-emploi", "cocof", config_dir=folder)
    db = open_database(data_dir / "veille.db")
    return load_config(folder), CallStore(db), Outbox(db)


def test_first_crawl_is_one_summary_then_each_new_call_one_alert(
    crawl, smtp, monkeypatch, tmp_path
):
    config, store, outbox = setup(crawl, monkeypatch, smtp.port, tmp_path)

    queued = plan_instant_alerts(config, store, outbox, RECORDED_NOW)
    report = deliver_due(config, outbox, Deliverer(throttle=False), RECORDED_NOW)
    # a later run (same calls re-crawled) must not send anything again
    requeued = plan_instant_alerts(config, store, outbox, RECORDED_NOW + timedelta(hours=1))
    again = deliver_due(
        config, outbox, Deliverer(throttle=False), RECORDED_NOW + timedelta(hours=1)
    )

    [summary] = smtp.messages()
    assert (queued, report.sent, requeued, again.sent) == (1, 1, 0, 0)
    assert summary["Subject"] == "Veille : 4 appels à suivre"
    assert summary["To"] == "coordination@demo-asbl.example"
    assert "veille@localhost" in summary["From"]
    html = summary.get_body(("html",)).get_content()
    text = summary.get_body(("plain",)).get_content()
    link = "https://economie-emploi.brussels/appel-projets-economie-sociale-insertion-2027"
    for part in (html, text):
        assert "vendredi 29 janvier 2027 à 12:00" in part  # dates in words
        assert "63 jours restants" in part
        assert link in part
    assert "&#171;" in html or "«" in html

    # The next day a new call is found: one alert of its own, by kind.
    later = RECORDED_NOW + timedelta(days=1)
    fresh = replace(
        isp_call(7, later + timedelta(days=30), title="Appel à projets mentorat et insertion"),
        topics=["insertion", "mentoring"],
    )
    store.upsert_call(fresh, later)
    assert plan_instant_alerts(config, store, outbox, later) == 1
    assert deliver_due(config, outbox, Deliverer(throttle=False), later).sent == 1
    alert = smtp.messages()[-1]
    assert alert["Subject"] == "Nouvel appel à projets : Appel à projets mentorat et insertion"
    assert "30 jours restants" in alert.get_body(("plain",)).get_content()


def test_smtp_down_then_up_delivers_exactly_once(crawl, smtp, monkeypatch, tmp_path):
    dead_port = free_port()
    config, store, outbox = setup(crawl, monkeypatch, dead_port, tmp_path)
    plan_instant_alerts(config, store, outbox, RECORDED_NOW)

    down = deliver_due(config, outbox, Deliverer(throttle=False), RECORDED_NOW)
    assert (down.sent, down.retrying) == (0, 1)
    [waiting] = outbox.rows("pending")
    assert (waiting["cause"], waiting["last_error"]) == (
        "unreachable",
        "[Errno 111] Connection refused",
    )
    too_early = deliver_due(
        config, outbox, Deliverer(throttle=False), RECORDED_NOW + timedelta(seconds=30)
    )
    assert too_early.sent == too_early.retrying == 0  # backoff respected

    monkeypatch.setenv("VEILLE_DEMO_SMTP_PORT", str(smtp.port))  # the server is back
    config = load_config(tmp_path / "config")
    up = deliver_due(config, outbox, Deliverer(throttle=False), RECORDED_NOW + timedelta(minutes=2))
    later = deliver_due(
        config, outbox, Deliverer(throttle=False), RECORDED_NOW + timedelta(hours=2)
    )

    assert (up.sent, later.sent) == (1, 0)
    assert len(smtp.messages()) == 1
    assert outbox.counts() == {"sent": 1}
