"""Change alerts: who follows a call hears at once when it changes in a way that matters.

Who follows a call: a member who marked it (following, interested, applying, looking for a
partner), on the channels of each of its subscriptions; and an instant subscription whose
filters take the call (it was told of the call one by one, so it is told of its changes
the same way). A member who marked it "not for us" hears nothing. Daily and weekly
subscriptions without a mark see the change in their next digest.

What: `veille.domain.changes.change_alerts` (deadline moved, new or replaced document,
withdrawn or cancelled, budget changed, who may apply changed, reopened). One message per
change, member and channel, in the subscription's language: the outbox key names the change
(`change-deadline:<old>><new>`), so a restart, or the same change seen on another page of
the call, sends nothing twice. A page withdrawn (or back) while another page of the same
call stays open changes nothing for readers, and sends nothing.
"""

from __future__ import annotations

from datetime import datetime

from veille.alerts.links import SubscriptionLinks, subscription_links
from veille.alerts.plan import active_subscriptions, limits_of, subscription_entries
from veille.alerts.render import render_change
from veille.config.loader import VeilleConfig
from veille.config.schema import Member
from veille.domain.changes import ChangeAlert, change_alerts
from veille.domain.filters import call_matches_filter
from veille.domain.stored_call import StoredCall
from veille.storage import CallStore, Outbox
from veille.storage.change_log import ChangeLog
from veille.storage.first_start import FirstStart
from veille.storage.marks import Marks


def plan_change_alerts(
    config: VeilleConfig, store: CallStore, outbox: Outbox, now: datetime
) -> int:
    """Queue the alerts of the changes recorded since the last planning; returns entries added."""
    log = ChangeLog(store.db)
    batches = log.batches_after(log.planned_through())
    if not batches:
        return 0
    marks = Marks(store.db)
    # a member hears of its own calls, private marks included
    following, declined = marks.followers(shared_only=False), marks.declined()
    starts, links = FirstStart(store.db), subscription_links(config, store)
    added = 0
    for batch in batches:
        alerts = change_alerts(batch.changes)
        call = store.page_of_group(batch.page_id) if alerts else None
        if call is None:
            continue
        for alert in alerts:
            if alert.kind in ("withdrawn", "reopened") and store.open_elsewhere(call.page_id, now):
                continue
            for member in config.members:
                if member.id in declined.get(call.id, set()):
                    continue
                marked = member.id in following.get(call.id, set())
                added += _queue(config, outbox, member, marked, call, alert, now, starts, links)
    log.mark_planned(max(batch.last_id for batch in batches))
    return added


def _queue(
    config: VeilleConfig,
    outbox: Outbox,
    member: Member,
    marked: bool,
    call: StoredCall,
    alert: ChangeAlert,
    now: datetime,
    starts: FirstStart,
    links: SubscriptionLinks,
) -> int:
    """One message per channel of each subscription that follows the call (a paused one
    hears nothing: its summary at resumption says what changed), fitted to the channel and
    ending with the link that manages that subscription."""
    added = 0
    limits = limits_of(member)
    for subscription, _started in active_subscriptions(member, starts, now):
        takes = subscription.cadence == "instant" and call_matches_filter(
            call, subscription.filters, now
        )
        if not (marked or takes):
            continue
        message = render_change(
            call,
            alert,
            member_name=member.name,
            lang=subscription.language,
            digest_url=config.settings.digest_url,
            now=now,
            manage_url=links.manage(member.id, (subscription.name,)),
        )
        kind = f"change-{alert.key}"
        entries = subscription_entries(member, subscription, call.id, kind, message, limits)
        added += outbox.add_all(entries, now)
    return added
