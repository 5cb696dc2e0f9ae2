"""Alerts to the administrators: sources in trouble, deliveries given up on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from veille.alerts.recipients import ADMIN
from veille.alerts.render import render_delivery_failure, render_health_alert
from veille.config.loader import VeilleConfig
from veille.domain import health as domain_health
from veille.domain.call import BRUSSELS
from veille.domain.vocabulary import PERMANENT_CAUSES, is_failure_cause
from veille.storage import CallStore, Outbox, OutboxEntry
from veille.storage.crawl_runs import CrawlRuns


@dataclass(frozen=True)
class SourceProblem:
    source: str
    outcome: (
        str  # the health rules' "failing", "stopped_yielding"; the process's "killed", "crashed"
    )
    detail: str


def unhealthy_sources(config: VeilleConfig, store: CallStore, now: datetime) -> list[SourceProblem]:
    """The sources' own health rules (veille.domain.health) over their recent crawl runs."""
    history = CrawlRuns(store.db)
    runs = {source.name: history.recent(source.name, limit=10) for source in config.sources}
    return [
        SourceProblem(alert.source, alert.problem, alert.message)
        for alert in domain_health.unhealthy_sources(runs)
    ]


def plan_health_alerts(
    config: VeilleConfig, outbox: Outbox, problems: list[SourceProblem], now: datetime
) -> int:
    """One alert per source, problem and day, to every admin channel."""
    day = now.astimezone(BRUSSELS).date().isoformat()
    lang = config.settings.admin_language
    added = 0
    for problem in problems:
        message = render_health_alert(
            problem.source, problem.outcome, problem.detail[:400] or "-", lang
        )
        entries = OutboxEntry.for_channels(
            ADMIN,
            [channel.name for channel in config.settings.admin_channels],
            f"source:{problem.source}:{problem.outcome}:{day}",
            "health",
            message.subject,
            message.html,
        )
        added += outbox.add_all(entries, now)
    return added


def plan_failure_reports(
    config: VeilleConfig, outbox: Outbox, failed: list[dict[str, Any]], now: datetime
) -> int:
    """Tell the admins about each alert given up on (never about their own alerts)."""
    lang = config.settings.admin_language
    added = 0
    for row in failed:
        if row["member"] == ADMIN:
            continue
        cause = row.get("cause") or "unknown"
        message = render_delivery_failure(
            member=row["member"],
            channel=row["channel"],
            subject=row["subject"],
            attempts=row["attempts"] + 1,
            error=row["last_error"] or "-",
            lang=lang,
            cause=cause if is_failure_cause(cause) else "unknown",
            permanent=cause in PERMANENT_CAUSES,
        )
        entries = OutboxEntry.for_channels(
            ADMIN,
            [channel.name for channel in config.settings.admin_channels],
            f"failed:{row['key']}",
            "delivery-failed",
            message.subject,
            message.html,
        )
        added += outbox.add_all(entries, now)
    return added
