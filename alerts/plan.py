"""Which alerts are due: one outbox entry per member, channel, call and kind."""

from __future__ import annotations

from datetime import datetime

from veille.alerts.render import render_new_call
from veille.config.loader import VeilleConfig

from veille.domain.filters import call_matches_filter
from veille.storage import CallStore, Outbox, OutboxEntry


def plan_instant_alerts(
    config: VeilleConfig, store: CallStore, outbox: Outbox, now: datetime
) -> int:
    """Queue an alert for each open call an instant subscription matches; returns how many are new.

    Re-running is harmless: the outbox key (member, channel, call, kind) makes a
    second entry for the same alert impossible.
    """
    calls = store.open_calls(now, relevant_only=False)
    known = outbox.keys(kind="new")  # rendering is the costly part: skip what was queued before
    queued = 0
    for member in config.members:
        for subscription in member.subscriptions:
            if subscription.cadence != "instant":
                continue
            for call in calls:
                keys = {f"{member.id}|{c}|{call['id']}|new" for c in subscription.channels}
                if keys <= known or not call_matches_filter(call, subscription.filters, now):
                    continue
                message = render_new_call(
                    call,
                    member_name=member.name,
                    lang=subscription.language,
                    digest_url=config.settings.digest_url,
                    now=now,
                )
                for channel in subscription.channels:
                    entry = OutboxEntry(
                        member=member.id,
                        channel=channel,
                        call_id=call["id"],
                        kind="new",
                        subject=message.subject,
                        body_html=message.html,
                    )
                    queued += outbox.add(entry, now)
    return queued
