"""Daily and weekly digests, per subscription and for the coalition room.

A digest covers the window from the end of the previous one to now; the window end is
stored with the outbox entries in one transaction, and the entry key carries the period
(day or ISO week), so a digest missed during downtime is sent once, never twice.

The first digest of a subscription counts from its start (alerts/plan.py: the calls open
then reached the channel in one summary): no digest is sent for a slot at or before the
start, so there is no "catch-up" of a period before the install. A paused subscription gets
none; when it resumes, it counts from then. On a channel that already received a new call
one by one (an instant subscription of the same member), the digest does not list it again
among the new calls, unless the subscription says `repeat_instant: true`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from veille.alerts.deliver import channel_limits
from veille.alerts.fitting import fit
from veille.alerts.links import SubscriptionLinks, subscription_links
from veille.alerts.plan import active_subscriptions, entries_for, limits_of, subscription_key
from veille.alerts.recipients import COALITION, COALITION_CHANNEL, followers
from veille.alerts.render import DigestSection, render_digest
from veille.config.loader import VeilleConfig
from veille.config.schema import Member, Subscription
from veille.domain.call import BRUSSELS, days_left
from veille.domain.filters import call_matches_filter
from veille.domain.stored_call import CallChange, StoredCall
from veille.domain.vocabulary import DigestCadence
from veille.presentation import change_notes, present
from veille.storage import CallStore, Outbox, OutboxEntry
from veille.storage.delivery_tables import DeliveryQueries
from veille.storage.first_start import FirstStart
from veille.storage.marks import Marks

PERIODS: dict[DigestCadence, timedelta] = {"daily": timedelta(days=1), "weekly": timedelta(days=7)}
# Changes worth telling a reader about; wording fixes are not.
NOTEWORTHY = ("deadline", "attachments", "status", "opens", "budget_amount", "eligible")


def period_of(cadence: DigestCadence, now: datetime) -> str:
    """The digest period `now` belongs to: '2026-11-27' (daily) or '2026-W48' (weekly)."""
    local = now.astimezone(BRUSSELS).date()
    if cadence == "daily":
        return local.isoformat()
    year, week, _ = local.isocalendar()
    return f"{year}-W{week:02d}"


@dataclass
class DigestMaterial:
    """Open calls and recent changes, read once for every digest of a run."""

    calls: list[StoredCall]
    changes: dict[str, list[CallChange]]
    marks: dict[str, set[str]]  # call id -> members following it by a shared mark

    @classmethod
    def read(cls, store: CallStore, since: datetime, now: datetime) -> DigestMaterial:
        queries = DeliveryQueries(store.db)
        return cls(
            # calls withdrawn in the window are shown once, among the changed ones
            calls=store.open_calls(now, relevant_only=False) + store.withdrawn_between(since, now),
            changes=queries.changes_between(since, now),
            # the room's digest names followers for everyone to read: shared marks only
            marks=Marks(store.db).followers(shared_only=True),
        )

    def sections(
        self,
        since: datetime,
        now: datetime,
        near_days: int,
        lang: str,
        keep: Callable[[StoredCall], bool],
    ) -> list[DigestSection]:
        """New, closing-soon and changed calls among those `keep(call)` accepts."""
        new, closing, changed = [], [], []
        for call in self.calls:
            withdrawn = call.status == "withdrawn"  # neither new nor closing soon: changed
            is_new = since < call.first_seen <= now and not withdrawn
            left = None if withdrawn else days_left(call.deadline, now)
            # the page shown for a group may be a duplicate: its changes are the group's
            noteworthy = [c for c in self.changes.get(call.page_id, []) if c["field"] in NOTEWORTHY]
            if not (is_new or (left is not None and left <= near_days) or noteworthy):
                continue  # cheap tests first: filters only run on candidates
            if not keep(call):
                continue
            view = present(call, now, lang)
            if is_new:
                new.append(view)
            elif noteworthy:
                changed.append(replace(view, change_notes=change_notes(noteworthy, lang)))
            if left is not None and left <= near_days and not is_new:
                closing.append(view)
        return [
            DigestSection("new", new),
            DigestSection("closing", closing),
            DigestSection("changed", changed),
        ]


def plan_digests(
    config: VeilleConfig,
    store: CallStore,
    outbox: Outbox,
    now: datetime,
    cadence: DigestCadence,
    slot: datetime | None = None,
) -> int:
    """Queue the digest of every subscription with `cadence`; returns entries added.

    `slot` is the scheduled time this run serves (the service passes it): one digest per
    slot, however often the job is re-run. Without it, one per day or ISO week.
    """
    settings = config.settings
    period = (
        slot.astimezone(BRUSSELS).strftime("%Y-%m-%dT%H:%M") if slot else period_of(cadence, now)
    )
    moment = slot or now
    queries = DeliveryQueries(store.db)
    starts = FirstStart(store.db)
    due: list[tuple[Member, Subscription, datetime]] = []
    for member in config.members:
        for sub, started in active_subscriptions(member, starts, now):
            if sub.cadence == cadence and moment > started:
                since = queries.digest_since(subscription_key(member, sub)) or started
                due.append((member, sub, max(since, started)))
    room = settings.coalition_room
    room_key = f"{COALITION}|{COALITION_CHANNEL}"
    room_since = None
    if room and room.cadence == cadence:
        room_started = starts.start(room_key, now)
        if moment > room_started:
            room_since = max(queries.digest_since(room_key) or room_started, room_started)
    if not due and room_since is None:
        return 0
    windows = [since for _, _, since in due] + ([room_since] if room_since else [])
    material = DigestMaterial.read(store, min(windows), now)
    links = subscription_links(config, store)
    added = 0
    for member, sub, since in due:
        entries = _member_digest(
            config, material, starts, links, member, sub, cadence, since, now, period
        )
        added += outbox.add_digest(entries, now, subscription_key(member, sub), now)
    if room_since is not None:
        added += _plan_room_digest(config, material, outbox, now, room_since, period)
    return added


def _member_digest(
    config: VeilleConfig,
    material: DigestMaterial,
    starts: FirstStart,
    links: SubscriptionLinks,
    member: Member,
    sub: Subscription,
    cadence: DigestCadence,
    since: datetime,
    now: datetime,
    period: str,
) -> list[OutboxEntry]:
    """The digest's entries, one channel at a time: each leaves out what it was told already."""
    settings = config.settings
    sections = material.sections(
        since, now, settings.near_deadline_days, sub.language, _keep(sub, now)
    )
    limits = limits_of(member)
    entries: list[OutboxEntry] = []
    for channel in sub.channels:
        told = set() if sub.repeat_instant else starts.told(member.id, channel)
        shown = [
            DigestSection(
                s.name, [v for v in s.calls if not (s.name == "new" and v.call.id in told)]
            )
            for s in sections
        ]
        if not (settings.send_empty_digest or any(s.calls for s in shown)):
            continue
        listing = render_digest(
            shown,
            digest=cadence,
            lang=sub.language,
            member_name=member.name,
            digest_url=settings.digest_url,
            now=now,
            manage_url=links.manage(member.id, (sub.name,)),
        )
        entries += entries_for(
            member,
            channel,
            f"digest:{sub.name}:{period}",
            f"digest-{cadence}",
            listing,
            limits(channel),
            (sub.name,),
        )
    return entries


def _keep(subscription: Subscription, now: datetime) -> Callable[[StoredCall], bool]:
    """Whether the subscription's filter takes a call."""
    return lambda call: call_matches_filter(call, subscription.filters, now)


def _plan_room_digest(
    config: VeilleConfig,
    material: DigestMaterial,
    outbox: Outbox,
    now: datetime,
    since: datetime,
    period: str,
) -> int:
    """One message for the room: new and closing-soon calls, each with its followers."""
    room = config.settings.coalition_room
    assert room is not None
    who: dict[str, list[str]] = {}

    def keep(call: StoredCall) -> bool:
        who[call.id] = followers(config, call, now, material.marks)
        return call.shown or bool(who[call.id])

    sections = [
        DigestSection(s.name, [replace(v, followers=who[v.call.id]) for v in s.calls])
        for s in material.sections(
            since, now, config.settings.near_deadline_days, room.language, keep
        )
        if s.name in ("new", "closing")
    ]
    entries = []
    if config.settings.send_empty_digest or any(s.calls for s in sections):
        message = render_digest(
            sections,
            digest="coalition",
            lang=room.language,
            member_name=config.coalition,
            digest_url=config.settings.digest_url,
            now=now,
            coalition=config.coalition,
        )
        entries = [
            OutboxEntry(
                COALITION,
                COALITION_CHANNEL,
                f"digest:coalition:{period}"
                if number == 1
                else f"digest:coalition:{period}#{number}",
                f"digest-{room.cadence}",
                part.subject,
                part.html,
            )
            for number, part in enumerate(fit(message, channel_limits(room.url)), start=1)
        ]
    return outbox.add_digest(entries, now, f"{COALITION}|{COALITION_CHANNEL}", now)
