"""Daily and weekly digests, per subscription and for the coalition room.

A digest covers the window from the end of the previous one to now; the window end is
stored with the outbox entries in one transaction, and the entry key carries the period
(day or ISO week), so a digest missed during downtime is sent once, never twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from veille.alerts.recipients import COALITION, COALITION_CHANNEL, followers
from veille.alerts.render import DigestSection, render_digest
from veille.config.loader import VeilleConfig
from veille.config.schema import Subscription
from veille.domain.call import BRUSSELS, days_left
from veille.domain.filters import call_matches_filter
from veille.domain.stored_call import CallChange, StoredCall
from veille.domain.vocabulary import DigestCadence
from veille.presentation import change_notes, present
from veille.storage import CallStore, Outbox, OutboxEntry
from veille.storage.delivery_tables import DeliveryQueries
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
    queries = DeliveryQueries(store.db)
    default_since = now - PERIODS[cadence]
    windows = {}
    for member in config.members:
        for sub in member.subscriptions:
            if sub.cadence == cadence:
                key = f"{member.id}|{sub.name}"
                windows[key] = queries.digest_since(key) or default_since
    room = settings.coalition_room
    room_key = f"{COALITION}|{COALITION_CHANNEL}"
    if room and room.cadence == cadence:
        windows[room_key] = queries.digest_since(room_key) or default_since
    if not windows:
        return 0
    material = DigestMaterial.read(store, min(windows.values()), now)
    added = 0
    for member in config.members:
        for sub in member.subscriptions:
            if sub.cadence != cadence:
                continue
            key = f"{member.id}|{sub.name}"
            sections = material.sections(
                windows[key], now, settings.near_deadline_days, sub.language, _keep(sub, now)
            )
            entries = []
            if settings.send_empty_digest or any(s.calls for s in sections):
                message = render_digest(
                    sections,
                    digest=cadence,
                    lang=sub.language,
                    member_name=member.name,
                    digest_url=settings.digest_url,
                    now=now,
                )
                entries = OutboxEntry.for_channels(
                    member.id,
                    sub.channels,
                    f"digest:{sub.name}:{period}",
                    f"digest-{cadence}",
                    message.subject,
                    message.html,
                )
            added += outbox.add_digest(entries, now, key, now)
    if room and room.cadence == cadence:
        added += _plan_room_digest(config, material, outbox, now, windows[room_key], period)
    return added


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
                f"digest:coalition:{period}",
                f"digest-{room.cadence}",
                message.subject,
                message.html,
            )
        ]
    return outbox.add_digest(entries, now, f"{COALITION}|{COALITION_CHANNEL}", now)
