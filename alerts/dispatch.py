"""Send what the outbox holds; a failure is retried later and never blocks the others."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from veille.alerts.deliver import Deliverer
from veille.config.loader import VeilleConfig, resolve_secrets
from veille.storage import Outbox

log = logging.getLogger(__name__)


@dataclass
class DeliveryReport:
    sent: int = 0
    retrying: int = 0
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


def deliver_due(
    config: VeilleConfig, outbox: Outbox, deliverer: Deliverer, now: datetime
) -> DeliveryReport:
    report = DeliveryReport()
    urls = _resolved_urls(config)
    for row in outbox.due(now):
        url = urls.get((row["member"], row["channel"]))
        if url is None:
            result_error = "channel is no longer configured"
        else:
            result = deliverer.send(url, row["subject"], row["body_html"])
            if result.ok:
                outbox.mark_sent(row["key"], now)
                report.sent += 1
                continue
            result_error = result.error
        status = outbox.mark_failed_attempt(row["key"], result_error, now)
        log.warning("delivery to %s/%s failed: %s", row["member"], row["channel"], result_error)
        if status == "failed":
            report.failed.append(row["key"])
            report.failed_rows.append({**row, "last_error": result_error})
        else:
            report.retrying += 1
    return report
