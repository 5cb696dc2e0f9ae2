"""`veille run`: the long-lived service (APScheduler 3.x BackgroundScheduler).

When each job last ran is kept in the `job_runs` table, not in APScheduler's job store:
at start, a job whose scheduled time passed while the service was down runs once at
once (missed runs coalesce), then follows its crontab. `--once` runs every due job once.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Protocol

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler

from veille.alerts.deliver import Deliverer, check_channel_url
from veille.config.loader import VeilleConfig, load_config
from veille.domain.call import BRUSSELS
from veille.scheduler.clock import Clock, FixedClock, SystemClock
from veille.scheduler.jobs import JobSpec, build_jobs
from veille.scheduler.work import ServiceContext, run_job
from veille.storage import open_database
from veille.storage.delivery_tables import JobRuns

log = logging.getLogger("veille.service")


class Companion(Protocol):
    """Something that runs beside the service, started and stopped with it (the web app)."""

    def start(self) -> None: ...
    def stop(self) -> None: ...


# Makes the companion from the configuration and the database the service uses.
CompanionFactory = Callable[[VeilleConfig, Path, Deliverer], Companion]


class Service:
    def __init__(self, ctx: ServiceContext, clock: Clock):
        self.ctx = ctx
        self.clock = clock
        self.jobs: dict[str, JobSpec] = {job.id: job for job in build_jobs(ctx.config)}

    def _job_runs(self) -> JobRuns:
        return JobRuns(open_database(self.ctx.database))

    def run_job(self, job_id: str) -> str:
        """Run one job now and record it; an error is logged, never kills the service."""
        now = self.clock.now()
        started = time.monotonic()
        try:
            outcome = run_job(self.ctx, job_id, now)
        except Exception as error:  # one broken job must not stop the others
            log.exception("job %s failed", job_id)
            outcome = f"error: {type(error).__name__}: {error}"[:300]
        runs = self._job_runs()
        try:
            runs.record(job_id, now, outcome.split(":")[0], time.monotonic() - started, outcome)
        finally:
            runs.db.close()
        log.info("job %s: %s (%.1f s)", job_id, outcome, time.monotonic() - started)
        return outcome

    def due_jobs(self, now: datetime) -> list[str]:
        runs = self._job_runs()
        try:
            last = runs.last_runs()
        finally:
            runs.db.close()
        return [job.id for job in self.jobs.values() if job.is_due(last.get(job.id), now)]

    def run_due(self, stop: threading.Event | None = None) -> dict[str, str]:
        """Run every due job once, in order (crawls first); for `--once` and cron users."""
        outcomes = {}
        for job_id in self.due_jobs(self.clock.now()):
            if stop is not None and stop.is_set():
                break
            outcomes[job_id] = self.run_job(job_id)
        return outcomes

    def scheduler(self) -> BackgroundScheduler:
        """The APScheduler of the long-lived service; due jobs are set to run at once."""
        scheduler = BackgroundScheduler(
            timezone=BRUSSELS,
            executors={"default": ThreadPoolExecutor(2)},  # a long crawl leaves room for digests
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
        )
        due = set(self.due_jobs(self.clock.now()))
        for job in self.jobs.values():
            extra = {"next_run_time": datetime.now(BRUSSELS)} if job.id in due else {}
            scheduler.add_job(
                self.run_job,
                job.trigger(),
                args=[job.id],
                id=job.id,
                name=job.id,
                replace_existing=True,
                **extra,
            )
        return scheduler

    def serve(self, stop: threading.Event) -> None:
        """Run until `stop` is set (SIGTERM); the running jobs finish first."""
        scheduler = self.scheduler()
        scheduler.start()
        log.info("service started with %d jobs", len(self.jobs))
        stop.wait()
        log.info("stopping: waiting for running jobs")
        scheduler.shutdown(wait=True)
        log.info("stopped")


def run_service(
    config_dir: Path | None,
    data_dir: Path | None,
    *,
    once: bool,
    replay: str | None = None,
    now: datetime | None = None,
    companion: CompanionFactory | None = None,
) -> int:
    """What `veille run` does. `now` fixes the clock (replays of recorded sources, tests);
    `companion` runs beside the long-lived service (`veille run` passes the web app)."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    config = load_config(config_dir, check_channel=check_channel_url)  # apprise judges URLs
    ctx = ServiceContext(
        config=config,
        data_dir=(data_dir or config.data_dir).resolve(),
        config_dir=config_dir,
        replay_base=replay,
        pass_clock_to_crawls=now is not None,
        deliverer=Deliverer(throttle=replay is None),  # replays deliver to loopback test servers
    )
    clock: Clock = FixedClock(now) if now else SystemClock()
    service = Service(ctx, clock)
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    if once:
        outcomes = service.run_due(stop)
        return 1 if any(o.startswith("error") for o in outcomes.values()) else 0
    server = None
    if companion is not None:
        server = companion(config, ctx.database, Deliverer())
        server.start()
    try:
        service.serve(stop)
    finally:
        if server is not None:
            server.stop()
    return 0
