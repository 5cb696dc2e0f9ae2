"""Send what the outbox holds; a failure is retried later and never blocks the others.

Each failure is one log line naming the member, the channel, the message and the cause:
a permanent refusal (message too large, wrong password, room not joined…) is given up on at
once and reported; a transient one (server down, 5xx) is retried with backoff, and reported
when it is given up on. `veille doctor` and the administrators' page list both kinds.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from veille.alerts.deliver import Deliverer
from veille.alerts.failures import Failure
from veille.alerts.links import AUTOMATIC, SubscriptionLinks, subscription_links
from veille.config.loader import VeilleConfig, resolve_secrets
from veille.domain.call import BRUSSELS
from veille.domain.subscription_tokens import ACTIVITY
from veille.i18n.names import failure_cause_name
from veille.storage import Outbox

log = logging.getLogger(__name__)


@dataclass
class DeliveryReport:
    sent: int = 0
    retrying: int = 0
    cancelled: int = 0  # their subscription was paused or removed before they could go
    failed: list[str] = field(default_factory=list)  # outbox keys given up on
    failed_rows: list[dict[str, Any]] = field(default_factory=list)  # their outbox rows


def _resolved_urls(config: VeilleConfig) -> dict[tuple[str, str], str]:
    """(owner, channel name) -> apprise URL with its secrets resolved, for every channel
    messages are sent to (the sign-in mailer only sends sign-in links)."""
    urls = {}
    for channel in config.channels():
        if channel.kind == "signin_mailer":
            continue
        try:
            urls[(channel.owner, channel.name)] = resolve_secrets(channel.url)
        except KeyError as missing:
            log.error("channel %s needs environment variable %s", channel.label, missing)
    return urls


def _wanted(config: VeilleConfig, row: dict[str, Any], now: datetime) -> bool:
    """A subscription's message still goes out if one of its subscriptions is configured and
    not paused, an activity message if the member still wants them (a message of no
    subscription, e.g. to the administrators, always does)."""
    names = [name for name in (row.get("subscriptions") or "").split(",") if name]
    if not names:
        return True
    member = next((m for m in config.members if m.id == row["member"]), None)
    if member is None:
        return False
    if ACTIVITY in names and member.activity.enabled:
        return True
    today = now.astimezone(BRUSSELS).date()
    return any(sub.name in names and not sub.is_paused(today) for sub in member.subscriptions)


def _headers(links: SubscriptionLinks, row: dict[str, Any]) -> dict[str, str]:
    names = [name for name in (row.get("subscriptions") or "").split(",") if name]
    return links.email_headers(row["member"], names) if names else dict(AUTOMATIC)


def deliver_due(
    config: VeilleConfig, outbox: Outbox, deliverer: Deliverer, now: datetime
) -> DeliveryReport:
    report = DeliveryReport()
    urls = _resolved_urls(config)
    links = subscription_links(config, outbox)
    unwanted = []
    for row in outbox.due(now):
        if not _wanted(config, row, now):
            unwanted.append(row["key"])
            continue
        url = urls.get((row["member"], row["channel"]))
        if url is None:
            failure = Failure("not_found", True, "channel is no longer configured")
        else:
            result = deliverer.send(url, row["subject"], row["body_html"], _headers(links, row))
            if result.ok:
                outbox.mark_sent(row["key"], now)
                report.sent += 1
                continue
            failure = result.failure or Failure("unknown", False, result.error)
        status = outbox.mark_failed_attempt(
            row["key"], failure.detail, now, cause=failure.cause, permanent=failure.permanent
        )
        _log_failure(config, row, failure, status)
        if status == "failed":
            report.failed.append(row["key"])
            report.failed_rows.append({**row, "last_error": failure.detail, "cause": failure.cause})
        else:
            report.retrying += 1
    if unwanted:
        outbox.cancel(unwanted, "the subscription was paused or removed")
        report.cancelled = len(unwanted)
    return report


def _log_failure(config: VeilleConfig, row: dict[str, Any], failure: Failure, status: str) -> None:
    """One line per failure, with its real cause (in English, like every log line; the
    administrators' report is in their language)."""
    cause = failure_cause_name(failure.cause, "en")  # log lines are in English, like the rest
    where = f"{row['member']}/{row['channel']}"
    if status == "failed" and failure.permanent:
        log.error(
            "message to %s not delivered, not retried: %s (%s): %r",
            where,
            cause,
            failure.detail,
            row["subject"],
        )
    elif status == "failed":
        log.error(
            "message to %s given up after %d attempts: %s (%s): %r",
            where,
            row["attempts"] + 1,
            cause,
            failure.detail,
            row["subject"],
        )
    else:
        log.warning(
            "message to %s not delivered yet, will retry: %s (%s): %r",
            where,
            cause,
            failure.detail,
            row["subject"],
        )
