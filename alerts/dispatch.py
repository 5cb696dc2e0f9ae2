"""Send what the outbox holds; a failure is retried later and never blocks the others."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from veille.alerts.deliver import Deliverer
from veille.alerts.recipients import ADMIN, COALITION, COALITION_CHANNEL
from veille.config.loader import VeilleConfig, resolve_secrets
from veille.storage import Outbox

log = logging.getLogger(__name__)


@dataclass
class DeliveryReport:
    sent: int = 0
    retrying: int = 0
    failed: list[str] = field(default_factory=list)  # outbox keys given up on
    failed_rows: list[dict[str, Any]] = field(default_factory=list)  # their outbox rows


def channel_urls(config: VeilleConfig) -> dict[tuple[str, str], str]:
    """(member id, channel name) -> apprise URL with its secrets resolved."""
    urls = {}
    for member in config.members:
        for channel in member.channels:
            try:
                urls[(member.id, channel.name)] = resolve_secrets(channel.url)
            except KeyError as missing:
                log.error(
                    "channel %s of %s needs environment variable %s",
                    channel.name,
                    member.id,
                    missing,
                )
    for channel in config.settings.admin_channels:
        try:
            urls[(ADMIN, channel.name)] = resolve_secrets(channel.url)
        except KeyError as missing:
            log.error("admin channel %s needs environment variable %s", channel.name, missing)
    room = config.settings.coalition_room
    if room is not None:
        try:
            urls[(COALITION, COALITION_CHANNEL)] = resolve_secrets(room.url)
        except KeyError as missing:
            log.error("the coalition room needs environment variable %s", missing)
    return urls


def deliver_due(
    config: VeilleConfig, outbox: Outbox, deliverer: Deliverer, now: datetime
) -> DeliveryReport:
    report = DeliveryReport()
    urls = channel_urls(config)
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
