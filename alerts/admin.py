"""Alerts to the administrators: sources in trouble, deliveries given up on."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import datetime

from veille.alerts.recipients import ADMIN
from veille.alerts.render import render_admin
from veille.config.loader import VeilleConfig

from veille.domain.call import BRUSSELS
from veille.storage import CallStore, Outbox, OutboxEntry


@dataclass(frozen=True)
class SourceProblem:
    source: str
    outcome: str  # "failed", "empty", "killed"...
    detail: str


def unhealthy_sources(config: VeilleConfig, store: CallStore, now: datetime) -> list[SourceProblem]:
    """HOOK: the sources' own health rules (veille.domain.health) when that module exists;
    until then, a source whose last crawl failed is reported."""
    try:
        health = importlib.import_module("veille.domain.health")
    except ModuleNotFoundError:
        health = None
    if health is not None and hasattr(health, "unhealthy_sources"):
        found = health.unhealthy_sources(store.crawl_runs(limit=500), now)
        return [
            SourceProblem(
                str(getattr(p, "source", p)),
                str(getattr(p, "outcome", "unhealthy")),
                str(getattr(p, "detail", getattr(p, "reason", ""))),
            )
            for p in found
        ]
    problems = []
    for source in config.sources:
        runs = store.crawl_runs(source.name, limit=1)
        if runs and runs[0]["outcome"] == "failed":
            problems.append(SourceProblem(source.name, "failed", "; ".join(runs[0]["errors"][:3])))
    return problems


def plan_health_alerts(
    config: VeilleConfig, outbox: Outbox, problems: list[SourceProblem], now: datetime
) -> int:
    """One alert per source, problem and day, to every admin channel."""
    day = now.astimezone(BRUSSELS).date().isoformat()
    added = 0
    for problem in problems:
        message = render_admin(
            "subject_health",
            "health_body",
            source=problem.source,
            outcome=problem.outcome,
            detail=problem.detail[:400] or "-",
        )
        for channel in config.settings.admin_channels:
            added += outbox.add(
                OutboxEntry(
                    ADMIN,
                    channel.name,
                    f"source:{problem.source}:{problem.outcome}:{day}",
                    "health",
                    message.subject,
                    message.html,
                ),
                now,
            )
    return added


def plan_failure_reports(
    config: VeilleConfig, outbox: Outbox, failed: list[dict], now: datetime
) -> int:
    """Tell the admins about each alert given up on (never about their own alerts)."""
    added = 0
    for row in failed:
        if row["member"] == ADMIN:
            continue
        message = render_admin(
            "subject_delivery_failed",
            "delivery_failed_body",
            member=row["member"],
            channel=row["channel"],
            subject=row["subject"],
            attempts=row["attempts"] + 1,
            error=row["last_error"] or "-",
        )
        for channel in config.settings.admin_channels:
            added += outbox.add(
                OutboxEntry(
                    ADMIN,
                    channel.name,
                    f"failed:{row['key']}",
                    "delivery-failed",
                    message.subject,
                    message.html,
                ),
                now,
            )
    return added
