"""First start does not flood: open calls reach a member in one summary, new ones one by one."""

from datetime import timedelta

from tests.factories import MONDAY, duo, isp_call, two_sources
from veille.alerts.deliver import Deliverer
from veille.alerts.dispatch import deliver_due
from veille.alerts.plan import plan_instant_alerts
from veille.config.loader import load_config
from veille.domain.call import Call
from veille.storage import CallStore, Outbox, open_database
from veille.storage.crawl_runs import CrawlRuns


def crawl_run(store: CallStore, source: str, started, finished) -> None:
    CrawlRuns(store.db).record(
        {
            "source": source,
            "started": started.isoformat(),
            "finished": finished.isoformat(),
            "outcome": "ok",
            "requests": 1,
            "items": 1,
            "new_calls": 1,
            "changed_calls": 0,
            "duration": 1.0,
        }
    )


def bee_call(n: int) -> Call:
    call = isp_call(100 + n, MONDAY + timedelta(days=30), title=f"Appel BEE insertion n°{n}")
    return Call(
        **{
            **call.__dict__,
            "source": "bruxelles-economie-emploi",
            "url": f"https://economie-emploi.brussels/appel-{n}/",
        }
    )


def test_fresh_install_sends_one_welcome_then_one_alert_per_new_call(
    service_config, smtp, tmp_path
):
    config = load_config(
        service_config([duo(smtp.apprise_url(), cadence="instant")], sources=two_sources())
    )
    store = CallStore(open_database(tmp_path / "veille.db"))
    outbox = Outbox(store.db)
    deliverer = Deliverer(throttle=False)

    # The first crawl of cocof stores 5 open calls, then the service plans: nothing yet,
    # the other source has not had its first crawl (one summary, not one per source).
    t0 = MONDAY
    for n in range(5):
        store.upsert_call(isp_call(n, t0 + timedelta(days=40)), t0)
    crawl_run(store, "cocof", t0, t0 + timedelta(seconds=30))
    assert plan_instant_alerts(config, store, outbox, t0 + timedelta(minutes=1)) == 0

    # The first crawl of the second source: 3 more. Now one welcome summary of all 8.
    t1 = t0 + timedelta(minutes=2)
    for n in range(3):
        store.upsert_call(bee_call(n), t1)
    crawl_run(store, "bruxelles-economie-emploi", t1, t1 + timedelta(seconds=30))
    assert plan_instant_alerts(config, store, outbox, t1 + timedelta(minutes=1)) == 1
    deliver_due(config, outbox, deliverer, t1 + timedelta(minutes=1))

    # A day later a call appears: it gets its own alert, once.
    t2 = t0 + timedelta(days=1)
    store.upsert_call(isp_call(50, t2 + timedelta(days=20), title="Appel tout neuf insertion"), t2)
    crawl_run(store, "cocof", t2, t2 + timedelta(seconds=30))
    for later in (t2 + timedelta(minutes=1), t2 + timedelta(hours=1)):
        plan_instant_alerts(config, store, outbox, later)
        deliver_due(config, outbox, deliverer, later)

    subjects = [m["Subject"] for m in smtp.messages()]
    assert subjects == [
        "Veille : 8 appels à suivre",
        "Nouvel appel à projets : Appel tout neuf insertion",
    ]
    welcome = smtp.messages()[0].get_body(("html",)).get_content()
    assert all(f"Appel à projets insertion n°{n}" in welcome for n in range(5))
    assert all(f"Appel BEE insertion n°{n}" in welcome for n in range(3))


def test_a_subscription_added_later_gets_a_summary_not_a_flood(service_config, tmp_path):
    store = CallStore(open_database(tmp_path / "veille.db"))
    outbox = Outbox(store.db)
    t0 = MONDAY
    for n in range(6):
        store.upsert_call(isp_call(n, t0 + timedelta(days=40)), t0)
    crawl_run(store, "cocof", t0, t0 + timedelta(seconds=30))
    config = load_config(
        service_config(
            [duo("mailto://127.0.0.1:1?to=a@b.example", cadence="instant")],
            sources=[s for s in two_sources() if s["name"] == "cocof"],
        )
    )
    # The member subscribes ten days later; the calls are still open.
    later = t0 + timedelta(days=10)
    assert plan_instant_alerts(config, store, outbox, later) == 1
    assert plan_instant_alerts(config, store, outbox, later + timedelta(hours=1)) == 0
    [row] = outbox.rows()
    assert (row["kind"], row["subject"]) == ("welcome", "Veille : 6 appels à suivre")
