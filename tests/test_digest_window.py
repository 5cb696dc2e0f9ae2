"""A slot's digest planned twice must not swallow the calls found in between."""

from datetime import timedelta

from tests.factories import MONDAY, duo, isp_call, subscribe
from veille.alerts.digests import plan_digests
from veille.config.loader import load_config
from veille.storage import CallStore, Outbox, open_database


def test_calls_found_after_a_slots_digest_go_into_the_next_one(service_config, tmp_path):
    """Regression: re-planning an already recorded slot moved the window past new calls."""
    config = load_config(service_config([duo("mailto://127.0.0.1:1?to=a@example.org")]))
    db = open_database(tmp_path / "veille.db")
    store, outbox = CallStore(db), Outbox(db)
    subscribe(config, store, outbox)
    store.upsert_call(isp_call(1, MONDAY + timedelta(days=40)), MONDAY - timedelta(hours=2))

    plan_digests(config, store, outbox, MONDAY, "daily")
    store.upsert_call(isp_call(2, MONDAY + timedelta(days=40)), MONDAY + timedelta(hours=1))
    plan_digests(config, store, outbox, MONDAY + timedelta(hours=2), "daily")  # same slot again
    plan_digests(config, store, outbox, MONDAY + timedelta(days=1), "daily")  # next slot

    bodies = [row["body_html"] for row in outbox.rows()]
    assert len(bodies) == 2
    assert "n°1" in bodies[0] and "n°2" not in bodies[0]
    assert "n°2" in bodies[1]
