"""The service's jobs, built from the configuration: explicit ids, crontab schedules."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from apscheduler.triggers.cron import CronTrigger

from veille.config.loader import VeilleConfig
from veille.domain.call import BRUSSELS
from veille.domain.crontab import to_scheduler_crontab
from veille.domain.vocabulary import JobKind


def job_id(kind: JobKind, argument: str = "") -> str:
    """
    >>> job_id("crawl", "cocof"), job_id("reminders")
    ('crawl:cocof', 'reminders')
    """
    return f"{kind}:{argument}" if argument else kind


@dataclass(frozen=True)
class JobSpec:
    id: str  # "crawl:cocof", "digest:daily", "digest:weekly", "reminders", "deliver"
    cron: str  # crontab line, Europe/Brussels
    jitter: int = 0  # seconds

    def _crontab(self) -> CronTrigger:
        # weekdays as names: crontab counts from Sunday = 0, APScheduler from Monday = 0
        return CronTrigger.from_crontab(to_scheduler_crontab(self.cron), timezone=BRUSSELS)

    def trigger(self) -> CronTrigger:
        trigger = self._crontab()
        trigger.jitter = self.jitter or None  # spreads crawls so sources are not hit at once
        return trigger

    def next_after(self, moment: datetime) -> datetime | None:
        """The first scheduled time after `moment` (jitter left out: it only delays)."""
        following: datetime | None = self._crontab().get_next_fire_time(
            None, moment + timedelta(microseconds=1)
        )
        return following

    def previous_slot(self, now: datetime) -> datetime:
        """The latest scheduled time at or before `now` (within the last 31 days)."""
        trigger = self._crontab()
        slot, probe = now - timedelta(days=31), now - timedelta(days=31)
        while (following := trigger.get_next_fire_time(None, probe)) and following <= now:
            slot, probe = following, following + timedelta(seconds=1)
        return slot

    def is_due(self, last_run: datetime | None, now: datetime) -> bool:
        """Due when it never ran, or when a scheduled time passed since its last run.

        However many times passed (downtime), the job is due once: missed runs coalesce.
        """
        if last_run is None:
            return True
        following = self.next_after(last_run)
        return following is not None and following <= now


def build_jobs(config: VeilleConfig) -> list[JobSpec]:
    """Crawls first, then the delivery jobs: the order --once runs them in."""
    schedule = config.settings.schedule
    jobs = [
        JobSpec(job_id("crawl", source.name), source.schedule, schedule.crawl_jitter)
        for source in config.sources
        if source.enabled
    ]
    jobs += [
        JobSpec(job_id("digest", "daily"), schedule.daily_digest),
        JobSpec(job_id("digest", "weekly"), schedule.weekly_digest),
        JobSpec(job_id("reminders"), schedule.reminders),
        JobSpec(job_id("deliver"), schedule.deliver),
    ]
    return jobs
