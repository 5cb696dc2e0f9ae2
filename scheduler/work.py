"""What each job does: plain functions of (context, now). The scheduler only decides when."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from veille.alerts.activity import plan_activity_digests
from veille.alerts.admin import (
    SourceProblem,
    plan_failure_reports,
    plan_health_alerts,
    unhealthy_sources,
)
from veille.alerts.changes import plan_change_alerts
from veille.alerts.deliver import Deliverer, check_channel_url
from veille.alerts.digests import plan_digests
from veille.alerts.dispatch import DeliveryReport, deliver_due
from veille.alerts.plan import follow_subscriptions, plan_instant_alerts
from veille.alerts.reminders import plan_reminders
from veille.config.loader import ConfigError, VeilleConfig, load_config
from veille.crawler.launch import crawl_in_child
from veille.domain.vocabulary import DigestCadence, is_digest_cadence
from veille.scheduler.jobs import JobSpec, job_id
from veille.storage import CallStore, Outbox, database_path, open_database

log = logging.getLogger(__name__)


@dataclass
class ServiceContext:
    config: VeilleConfig
    data_dir: Path
    config_dir: Path | None = None
    replay_base: str | None = None  # crawl recorded sources (tests, demo, benchmarks)
    pass_clock_to_crawls: bool = False  # a fixed clock: crawls run "as of" it too
    deliverer: Deliverer = field(default_factory=Deliverer)
    # One delivery at a time: two threads reading the same pending row would send it twice.
    delivery_lock: threading.Lock = field(default_factory=threading.Lock)
    # One planning at a time: two crawls ending together must not both queue a first-start
    # summary for the same subscription.
    planning_lock: threading.Lock = field(default_factory=threading.Lock)

    _config_stamp: tuple[float, ...] = ()

    def refresh_config(self) -> None:
        """Re-read the configuration when one of its files changed (members edit their
        filters on the digest site while the service runs). Sources and schedules still
        take a restart; a file with an error leaves the running configuration in place."""
        stamp = config_stamp(self.config_dir)
        if not self._config_stamp:
            self._config_stamp = stamp
        if stamp == self._config_stamp:
            return
        self._config_stamp = stamp
        try:
            self.config = load_config(self.config_dir, check_channel=check_channel_url)
        except ConfigError as error:
            log.error(
                "configuration changed but is not valid, keeping the previous one:\n%s", error
            )
            return
        log.info("configuration re-read")

    @property
    def database(self) -> Path:
        return database_path(self.data_dir)

    def stores(self) -> tuple[CallStore, Outbox]:
        """A connection per job run: jobs run in scheduler threads, sqlite ones don't travel."""
        db = open_database(self.database)
        return CallStore(db), Outbox(db)


def crawl_source(ctx: ServiceContext, source: str, now: datetime) -> str:
    """Crawl one source in a child process, then alert at once about what it found: new
    calls, and changes of the calls members follow."""
    outcome = crawl_in_child(
        ctx.data_dir,
        [source],
        config_dir=ctx.config_dir,
        replay_base=ctx.replay_base,
        now=now.isoformat() if ctx.pass_clock_to_crawls else None,
        timeout=ctx.config.settings.schedule.crawl_timeout,
    )
    store, outbox = ctx.stores()
    try:
        problems = unhealthy_sources(ctx.config, store, now)
        if outcome.returncode is None:
            problems.append(SourceProblem(source, "killed", outcome.stderr.strip()[-300:]))
        elif not outcome.ok:
            problems.append(SourceProblem(source, "crashed", outcome.stderr.strip()[-300:]))
        with ctx.planning_lock:
            plan_health_alerts(ctx.config, outbox, [p for p in problems if p.source == source], now)
            plan_instant_alerts(ctx.config, store, outbox, now)
            plan_change_alerts(ctx.config, store, outbox, now)
    finally:
        store.db.close()
    deliver(ctx, now)
    return "ok" if outcome.ok else ("killed" if outcome.returncode is None else "crashed")


def deliver(ctx: ServiceContext, now: datetime) -> DeliveryReport:
    """Send what is due (new entries and retries); report the given-up ones to the admins."""
    with ctx.delivery_lock:
        store, outbox = ctx.stores()
        try:
            with ctx.planning_lock:
                follow_subscriptions(ctx.config, store, now)  # pauses and resumes, at once
            report = deliver_due(ctx.config, outbox, ctx.deliverer, now)
            if plan_failure_reports(ctx.config, outbox, report.failed_rows, now):
                deliver_due(ctx.config, outbox, ctx.deliverer, now)
        finally:
            store.db.close()
    return report


def send_digests(ctx: ServiceContext, cadence: DigestCadence, now: datetime) -> int:
    cron = getattr(ctx.config.settings.schedule, f"{cadence}_digest")
    slot = JobSpec(job_id("digest", cadence), cron).previous_slot(now)
    store, outbox = ctx.stores()
    try:
        queued = plan_digests(ctx.config, store, outbox, now, cadence, slot)
        queued += plan_activity_digests(ctx.config, store, outbox, now, cadence, slot)
    finally:
        store.db.close()
    deliver(ctx, now)
    return queued


def send_reminders(ctx: ServiceContext, now: datetime) -> int:
    store, outbox = ctx.stores()
    try:
        queued = plan_reminders(ctx.config, store, outbox, now)
    finally:
        store.db.close()
    deliver(ctx, now)
    return queued


def config_stamp(folder: Path | None) -> tuple[float, ...]:
    """When the configuration's files last changed."""
    if folder is None or not folder.is_dir():
        return (0.0,)
    return tuple(path.stat().st_mtime for path in sorted(folder.glob("*.yaml")))


def run_job(ctx: ServiceContext, job_id: str, now: datetime) -> str:
    """Dispatch a job id to its function; returns a one-word outcome."""
    ctx.refresh_config()
    kind, _, argument = job_id.partition(":")
    if kind == "crawl":
        return crawl_source(ctx, argument, now)
    if kind == "digest" and is_digest_cadence(argument):
        return f"queued {send_digests(ctx, argument, now)}"
    if kind == "reminders":
        return f"queued {send_reminders(ctx, now)}"
    if kind == "deliver":
        report = deliver(ctx, now)
        return f"sent {report.sent}, retrying {report.retrying}, failed {len(report.failed)}"
    raise ValueError(f"unknown job {job_id!r}")
