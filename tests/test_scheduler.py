"""The service's jobs with the clock passed in: due once, catch-up coalesced, nothing twice."""

from datetime import datetime, timedelta

from tests.factories import duo, isp_call
from veille.alerts.deliver import Deliverer
from veille.config.loader import load_config
from veille.domain.call import BRUSSELS
from veille.scheduler.clock import FixedClock
from veille.scheduler.jobs import JobSpec, build_jobs
from veille.scheduler.service import Service
from veille.scheduler.work import ServiceContext
from veille.storage import CallStore, open_database

SUNDAY_NIGHT = datetime(2026, 11, 22, 23, 0, tzinfo=BRUSSELS)


def test_a_job_is_due_once_however_many_runs_were_missed():
    daily = JobSpec("digest:daily", "30 7 * * *")
    last = datetime(2026, 11, 20, 7, 30, tzinfo=BRUSSELS)
    assert daily.is_due(None, last)  # never ran
    assert not daily.is_due(last, last + timedelta(hours=23))
    assert daily.is_due(last, last + timedelta(days=1))
    assert daily.is_due(last, last + timedelta(days=5))  # five missed: due (once)
    assert daily.next_after(datetime(2026, 3, 28, 8, 0, tzinfo=BRUSSELS)) == datetime(
        2026, 3, 29, 7, 30, tzinfo=BRUSSELS
    )  # DST night: still 07:30 Brussels time


def test_jobs_are_built_from_the_configuration(service_config):
    config = load_config(service_config([], sources=None))  # the default sources
    ids = [job.id for job in build_jobs(config)]
    assert ids[:1] == ["crawl:eu-funding-tenders"]
    assert ids[-4:] == ["digest:daily", "digest:weekly", "reminders", "deliver"]
    assert all(job.jitter == 300 for job in build_jobs(config) if job.id.startswith("crawl:"))


def service(config_dir, smtp_url, tmp_path, clock):
    config = load_config(config_dir)
    ctx = ServiceContext(
        config=config, data_dir=tmp_path / "data", deliverer=Deliverer(throttle=False)
    )
    return Service(ctx, clock)


def test_a_week_of_runs_with_downtime_sends_each_digest_once(service_config, smtp, tmp_path):
    config_dir = service_config([duo(smtp.apprise_url())], sources=[])
    clock = FixedClock(SUNDAY_NIGHT)
    store = CallStore(open_database(tmp_path / "data" / "veille.db"))
    runs: dict[str, list[str]] = {}
    for hour in range(24 * 7):  # hourly `veille run --once`, like a cron user
        now = clock.advance(timedelta(hours=1))
        if hour % 24 == 3:  # a new call every night
            store.upsert_call(isp_call(hour, now + timedelta(days=60)), now)
        if 24 * 2 < hour < 24 * 4 + 12:  # down from Wednesday 00:00 to Friday noon
            continue
        restarted = service(config_dir, smtp.apprise_url(), tmp_path, clock)
        for job_id in restarted.run_due():
            runs.setdefault(job_id, []).append(now.strftime("%a %H:%M"))

    assert runs["digest:daily"] == [
        "Mon 00:00",
        "Mon 08:00",
        "Tue 08:00",
        "Fri 12:00",
        "Sat 08:00",
        "Sun 08:00",
    ]
    assert runs["digest:weekly"] == ["Mon 00:00", "Mon 08:00"]
    subjects = [m["Subject"] for m in smtp.messages() if "jour" in m["Subject"]]
    # Monday 00:00 is the first start (nothing new yet); Friday's catch-up covers 3 nights.
    assert subjects == [
        "Veille, résumé du jour : 1 nouvel appel",
        "Veille, résumé du jour : 1 nouvel appel",
        "Veille, résumé du jour : 3 nouveaux appels",
        "Veille, résumé du jour : 1 nouvel appel",
        "Veille, résumé du jour : 1 nouvel appel",
    ]
