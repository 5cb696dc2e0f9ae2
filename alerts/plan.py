"""Which alerts are due: one outbox entry per member, channel, call and kind.

One message where one is due. A subscription starts at its first planning run (at the
first start of the service, when it is added, or when it comes back from a pause). The
calls already open then, and those its sources' first crawls find, reach each channel once,
in ONE summary message whatever subscriptions point to the channel (instant, daily or weekly
alike). From then on an instant subscription gets one alert per call found, and a daily or
weekly one its digest, which counts from the start (alerts/digests.py). What each channel
was told is recorded with the messages (veille.storage.first_start), so a call is never
told twice on a channel.

A paused subscription is left out entirely; when it resumes, the calls that appeared
meanwhile come in one summary, like a new start.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from veille.alerts.deliver import channel_limits
from veille.alerts.fitting import ChannelLimits, Listing, Message, fit
from veille.alerts.links import SubscriptionLinks, subscription_links
from veille.alerts.render import render_backlog, render_new_call
from veille.coalition_words import marks_in_words
from veille.config.channels import member_channel_language
from veille.config.loader import VeilleConfig
from veille.config.schema import Member, Subscription
from veille.domain.call import BRUSSELS
from veille.domain.coalition import CallMark, visible_to
from veille.domain.filters import call_matches_filter
from veille.domain.stored_call import StoredCall
from veille.storage import CallStore, Outbox, OutboxEntry
from veille.storage.crawl_runs import CrawlRuns
from veille.storage.first_start import FirstStart
from veille.storage.marks import Marks

# A source that never manages a first crawl must not hold the welcome summaries back forever.
FIRST_ROUND_LIMIT = timedelta(hours=1)


def subscription_key(member: Member, subscription: Subscription) -> str:
    return f"{member.id}|{subscription.name}"


def active_subscriptions(
    member: Member, starts: FirstStart, now: datetime
) -> list[tuple[Subscription, datetime]]:
    """The member's subscriptions not paused now, with their (re)start; paused ones are
    recorded as paused, so that they start again when they resume."""
    today = now.astimezone(BRUSSELS).date()
    active = []
    for subscription in member.subscriptions:
        key = subscription_key(member, subscription)
        if subscription.is_paused(today):
            starts.pause(key, now)
        else:
            active.append((subscription, starts.start(key, now)))
    return active


def follow_subscriptions(config: VeilleConfig, store: CallStore, now: datetime) -> None:
    """Record which subscriptions are paused, resumed or gone, now (the service does it every
    minute): a subscription that resumes starts again from the moment it resumed, so the
    calls found during the pause come in one summary and those found after it one by one."""
    starts = FirstStart(store.db)
    starts.forget_others(
        subscription_key(member, sub) for member in config.members for sub in member.subscriptions
    )
    for member in config.members:
        active_subscriptions(member, starts, now)


def limits_of(member: Member) -> Callable[[str], ChannelLimits]:
    """A member's channel name -> what one message may hold on it."""
    urls = {channel.name: channel.url for channel in member.channels}
    return lambda name: channel_limits(urls.get(name, ""))


def entries_for(
    member: Member,
    channel: str,
    call_id: str,
    kind: str,
    message: Message | Listing,
    limits: ChannelLimits,
    subscriptions: tuple[str, ...],
) -> list[OutboxEntry]:
    """The message as the channel can take it: one entry, or one per part of a long list
    (parts after the first are keyed `call_id#2`, `call_id#3`…)."""
    return [
        OutboxEntry(
            member.id,
            channel,
            call_id if number == 1 else f"{call_id}#{number}",
            kind,
            part.subject,
            part.html,
            subscriptions,
        )
        for number, part in enumerate(fit(message, limits), start=1)
    ]


def subscription_entries(
    member: Member,
    subscription: Subscription,
    call_id: str,
    kind: str,
    message: Message,
    limits: Callable[[str], ChannelLimits],
) -> list[OutboxEntry]:
    """One call's message on every channel of a subscription, each fitted to its channel and
    carrying the subscription (its unsubscribe headers, its cancellation)."""
    return [
        entry
        for channel in subscription.channels
        for entry in entries_for(
            member, channel, call_id, kind, message, limits(channel), (subscription.name,)
        )
    ]


@dataclass
class _Planning:
    config: VeilleConfig
    outbox: Outbox
    starts: FirstStart
    links: SubscriptionLinks
    first_crawls: dict[str, datetime]
    round_done: bool
    marks: dict[str, list[CallMark]]
    now: datetime


def plan_instant_alerts(
    config: VeilleConfig, store: CallStore, outbox: Outbox, now: datetime
) -> int:
    """Queue the summaries of (re)started subscriptions and the alerts of instant ones;
    returns entries added.

    Re-running is harmless: what each channel was told is recorded with its messages, and
    the outbox key (member, channel, call, kind) makes a second entry impossible.
    """
    calls = store.open_calls(now, relevant_only=False)
    follow_subscriptions(config, store, now)
    starts = FirstStart(store.db)
    runs = CrawlRuns(store.db)
    first_crawls = runs.first_finished()
    planning = _Planning(
        config=config,
        outbox=outbox,
        starts=starts,
        links=subscription_links(config, store),
        first_crawls=first_crawls,
        round_done=_first_round_done(config, runs, first_crawls, now),
        marks=Marks(store.db).by_call(),  # the coalition's marks, shown in each alert
        now=now,
    )
    queued = 0
    for member in config.members:
        active = active_subscriptions(member, starts, now)
        for channel in member.channels:
            on_channel = [(sub, started) for sub, started in active if channel.name in sub.channels]
            if on_channel:
                queued += _plan_channel(planning, calls, member, channel.name, on_channel)
    return queued


def _plan_channel(
    planning: _Planning,
    calls: list[StoredCall],
    member: Member,
    channel: str,
    subscriptions: list[tuple[Subscription, datetime]],
) -> int:
    """What one channel of a member is due: an alert per new call its instant subscriptions
    take, and one summary of the calls its (re)started subscriptions have not been told."""
    told = planning.starts.told(member.id, channel)
    limits = limits_of(member)(channel)
    backlog: list[StoredCall] = []
    backlog_for: set[str] = set()
    alerts: list[tuple[StoredCall, tuple[str, ...]]] = []
    for call in calls:
        if call.id in told:
            continue
        instant: list[str] = []
        waiting: list[str] = []
        for sub, started in subscriptions:
            older = _is_backlog(call, started, planning.first_crawls)
            if not older and sub.cadence != "instant":
                continue  # a new call for a digest: the digest's business (cheap test first)
            if call_matches_filter(call, sub.filters, planning.now):
                (waiting if older else instant).append(sub.name)
        if instant:
            alerts.append((call, tuple(instant)))
        elif waiting:
            backlog.append(call)
            backlog_for.update(waiting)
    queued = 0
    if backlog and planning.round_done:  # the summary first: it tells of the older calls
        names = tuple(sub.name for sub, _ in subscriptions if sub.name in backlog_for)
        queued += _queue_summary(planning, member, channel, limits, backlog, names)
    for call, takers in alerts:
        queued += _queue_new(planning, member, channel, limits, call, takers)
    return queued


def _is_backlog(call: StoredCall, started: datetime, first_crawls: dict[str, datetime]) -> bool:
    """Open when the subscription (re)started, or found by its source's first crawl.

    "At or before": with a clock fixed by --now (replays, the demo) a crawl and the planning
    after it happen at the same instant, and the first crawl's calls are still backlog.
    """
    first_crawl = first_crawls.get(call.source)
    return call.first_seen <= started or (
        first_crawl is not None and call.first_seen <= first_crawl
    )


def _first_round_done(
    config: VeilleConfig, runs: CrawlRuns, first_crawls: dict[str, datetime], now: datetime
) -> bool:
    """Every enabled source crawled once (or an hour passed): time for one summary, not many."""
    if all(s.name in first_crawls for s in config.sources if s.enabled):
        return True
    oldest = runs.oldest_start()
    return oldest is not None and oldest <= now - FIRST_ROUND_LIMIT


def _language(member: Member, channel: str, planning: _Planning) -> str:
    return member_channel_language(member, channel, planning.config.settings.admin_language)


def _queue_new(
    planning: _Planning,
    member: Member,
    channel: str,
    limits: ChannelLimits,
    call: StoredCall,
    subscriptions: tuple[str, ...],
) -> int:
    config = planning.config
    lang = next(s.language for s in member.subscriptions if s.name == subscriptions[0])
    names = {m.id: m.name for m in config.members}
    # What the coalition said, as this member may read it: never another member's private mark.
    marks = planning.marks.get(call.id, [])
    said = [m for m in marks if visible_to(m.visibility, m.member, member.id)]
    message = render_new_call(
        call,
        member_name=member.name,
        lang=lang,
        digest_url=config.settings.digest_url,
        now=planning.now,
        coalition_marks=marks_in_words(said, names, lang),
        manage_url=planning.links.manage(member.id, subscriptions),
    )
    entries = entries_for(member, channel, call.id, "new", message, limits, subscriptions)
    return planning.starts.tell(planning.outbox, entries, [call.id], "new", planning.now)


def _queue_summary(
    planning: _Planning,
    member: Member,
    channel: str,
    limits: ChannelLimits,
    calls: list[StoredCall],
    subscriptions: tuple[str, ...],
) -> int:
    """One summary of the open calls the channel was not told yet (the first is the welcome)."""
    config = planning.config
    listing = render_backlog(
        calls,
        member_name=member.name,
        lang=_language(member, channel, planning),
        digest_url=config.settings.digest_url,
        now=planning.now,
        manage_url=planning.links.manage(member.id, subscriptions),
    )
    stamp = planning.now.isoformat(timespec="seconds")
    entries = entries_for(
        member,
        channel,
        f"backlog:{channel}:{stamp}",
        "welcome",
        listing,
        limits,
        subscriptions,
    )
    return planning.starts.tell(
        planning.outbox, entries, [call.id for call in calls], "summary", planning.now
    )
