"""Which alerts are due: one outbox entry per member, channel, call and kind.

First start does not flood: an instant subscription alerts one by one only about calls
first seen after it started (its first planning run) and after its source's first crawl.
Calls already open before that reach the member once, in one summary ("welcome") message.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from veille.alerts.render import render_backlog, render_new_call
from veille.coalition_words import marks_in_words
from veille.config.loader import VeilleConfig
from veille.config.schema import Member, Subscription
from veille.domain.coalition import CallMark, visible_to
from veille.domain.filters import call_matches_filter
from veille.domain.stored_call import StoredCall
from veille.storage import CallStore, Outbox, OutboxEntry
from veille.storage.crawl_runs import CrawlRuns
from veille.storage.first_start import FirstStart
from veille.storage.marks import Marks

# A source that never manages a first crawl must not hold the welcome summaries back forever.
FIRST_ROUND_LIMIT = timedelta(hours=1)


def plan_instant_alerts(
    config: VeilleConfig, store: CallStore, outbox: Outbox, now: datetime
) -> int:
    """Queue alerts (and backlog summaries) for instant subscriptions; returns entries added.

    Re-running is harmless: the outbox key (member, channel, call, kind) makes a
    second entry for the same alert impossible.
    """
    calls = store.open_calls(now, relevant_only=False)
    known = outbox.keys(kind="new")  # rendering is the costly part: skip what was queued before
    starts = FirstStart(store.db)
    runs = CrawlRuns(store.db)
    first_crawls = runs.first_finished()
    round_done = _first_round_done(config, runs, first_crawls, now)
    marks = Marks(store.db).by_call()  # the coalition's marks, shown in each alert
    queued = 0
    for member in config.members:
        for subscription in member.subscriptions:
            if subscription.cadence != "instant":
                continue
            key = f"{member.id}|{subscription.name}"
            started = starts.start(key, now)
            backlog = []
            for call in calls:
                keys = {f"{member.id}|{c}|{call.id}|new" for c in subscription.channels}
                if keys <= known or not call_matches_filter(call, subscription.filters, now):
                    continue
                if _is_backlog(call, started, first_crawls):
                    backlog.append(call)
                    continue
                queued += _queue_new(config, outbox, member, subscription, call, now, marks)
            if backlog and round_done:
                queued += _queue_backlog(config, starts, outbox, member, subscription, backlog, now)
    return queued


def _is_backlog(call: StoredCall, started: datetime, first_crawls: dict[str, datetime]) -> bool:
    """Open before the subscription started, or found by its source's very first crawl."""
    first_crawl = first_crawls.get(call.source)
    return call.first_seen < started or (first_crawl is not None and call.first_seen < first_crawl)


def _first_round_done(
    config: VeilleConfig, runs: CrawlRuns, first_crawls: dict[str, datetime], now: datetime
) -> bool:
    """Every enabled source crawled once (or an hour passed): time for one summary, not many."""
    if all(s.name in first_crawls for s in config.sources if s.enabled):
        return True
    oldest = runs.oldest_start()
    return oldest is not None and oldest <= now - FIRST_ROUND_LIMIT


def _queue_new(
    config: VeilleConfig,
    outbox: Outbox,
    member: Member,
    subscription: Subscription,
    call: StoredCall,
    now: datetime,
    marks: dict[str, list[CallMark]],
) -> int:
    names = {m.id: m.name for m in config.members}
    # What the coalition said, as this member may read it: never another member's private mark.
    said = [m for m in marks.get(call.id, []) if visible_to(m.visibility, m.member, member.id)]
    message = render_new_call(
        call,
        member_name=member.name,
        lang=subscription.language,
        digest_url=config.settings.digest_url,
        now=now,
        coalition_marks=marks_in_words(said, names, subscription.language),
    )
    entries = OutboxEntry.for_channels(
        member.id, subscription.channels, call.id, "new", message.subject, message.html
    )
    return outbox.add_all(entries, now)


def _queue_backlog(
    config: VeilleConfig,
    starts: FirstStart,
    outbox: Outbox,
    member: Member,
    subscription: Subscription,
    backlog: list[StoredCall],
    now: datetime,
) -> int:
    """One summary of the open calls not announced yet (the first one is the welcome)."""
    key = f"{member.id}|{subscription.name}"
    fresh = [call for call in backlog if call.id not in starts.announced(key)]
    if not fresh:
        return 0
    message = render_backlog(
        fresh,
        member_name=member.name,
        lang=subscription.language,
        digest_url=config.settings.digest_url,
        now=now,
    )
    stamp = now.isoformat(timespec="seconds")
    entries = OutboxEntry.for_channels(
        member.id,
        subscription.channels,
        f"backlog:{subscription.name}:{stamp}",
        "welcome",
        message.subject,
        message.html,
    )
    return starts.announce(outbox, entries, key, [call.id for call in fresh], now)
