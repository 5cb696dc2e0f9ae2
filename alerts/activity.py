"""The activity digest: what the *other* members did on the calls a member follows or marked
(new marks, partner requests, notes, outcomes), daily or weekly, on its activity channels;
and what every member did, for the coalition's room.

Only shared records are read (veille.storage: `changes_between`): nothing private reaches
anyone else. A member never hears of its own actions, and nothing is sent when nothing
happened. Like digests, a window ends where the previous one did (stored with the outbox
entries, in one transaction) and the entry key carries the period: sent once, never twice.
A partner request on a call the member does not follow still reaches it when it fits the
call (it was told at once; the digest keeps it with the rest).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from veille.alerts.digests import PERIODS, period_of
from veille.alerts.links import subscription_links
from veille.alerts.plan import entries_for, limits_of
from veille.alerts.recipients import COALITION, COALITION_CHANNEL, follows
from veille.alerts.render import render_activity
from veille.config.loader import VeilleConfig
from veille.config.schema import Member
from veille.domain.call import BRUSSELS
from veille.domain.coalition import Action, CallMark, MarkChange
from veille.domain.fit import facts_of, fits
from veille.domain.stored_call import StoredCall
from veille.domain.subscription_tokens import ACTIVITY
from veille.domain.vocabulary import DECLINED, LOOKING_FOR_PARTNER, DigestCadence
from veille.storage import CallStore, Outbox, OutboxEntry
from veille.storage.call_queries import CallQueries
from veille.storage.delivery_tables import DeliveryQueries
from veille.storage.marks import Marks
from veille.storage.notes import Notes


@dataclass(frozen=True)
class CallActivity:
    """What happened on one call, oldest first."""

    call: StoredCall
    actions: list[Action]


@dataclass
class ActivityMaterial:
    """The shared actions of a window and their calls, read once for every recipient."""

    actions: list[Action]
    calls: dict[str, StoredCall]  # by group id
    languages: dict[str, set[str]]  # group id -> languages of its pages
    marks: Marks
    _marked: dict[str, dict[str, CallMark]] = field(default_factory=dict)

    @classmethod
    def read(cls, store: CallStore, since: datetime, until: datetime) -> ActivityMaterial:
        marks, notes, queries = Marks(store.db), Notes(store.db), CallQueries(store.db)
        actions: list[Action] = [
            *(c for c in marks.changes_between(since, until) if c.mark is not None),
            *marks.outcomes_between(since, until),
            *notes.changes_between(since, until),
        ]
        actions.sort(key=lambda action: action.at)
        ids = sorted({action.call_id for action in actions})
        calls = {call_id: call for call_id in ids if (call := queries.call(call_id)) is not None}
        return cls(actions, calls, queries.group_languages(ids), marks)

    def marked_by(self, member: str) -> dict[str, CallMark]:
        if member not in self._marked:
            self._marked[member] = self.marks.marked_by(member)
        return self._marked[member]


def _by_call(material: ActivityMaterial, actions: Iterable[Action]) -> list[CallActivity]:
    grouped: dict[str, list[Action]] = {}
    for action in actions:
        if action.call_id in material.calls:
            grouped.setdefault(action.call_id, []).append(action)
    return [CallActivity(material.calls[call_id], found) for call_id, found in grouped.items()]


def _is_partner_request(action: Action) -> bool:
    return isinstance(action, MarkChange) and action.mark == LOOKING_FOR_PARTNER


def activity_for(
    member: Member, material: ActivityMaterial, since: datetime, now: datetime
) -> list[CallActivity]:
    """What the other members did in (since, now] on the calls `member` follows or marked
    (unless "not for us"), and their partner requests on calls it fits."""
    others = [a for a in material.actions if a.member != member.id and since < a.at <= now]
    marked = material.marked_by(member.id)
    found = []
    for activity in _by_call(material, others):
        call = activity.call
        own = marked.get(call.id)
        if own is not None and own.mark == DECLINED:
            continue  # "not for us": nothing more about it
        if own is not None or follows(member, call, now, marked=frozenset()):
            found.append(activity)
            continue
        asked = [a for a in activity.actions if _is_partner_request(a)]
        facts = facts_of(call, material.languages.get(call.id, ()))
        if asked and fits(member.profile, facts):
            found.append(CallActivity(call, asked))
    return found


def plan_activity_digests(
    config: VeilleConfig,
    store: CallStore,
    outbox: Outbox,
    now: datetime,
    cadence: DigestCadence,
    slot: datetime | None = None,
) -> int:
    """Queue the activity digest of every member (and the room) with `cadence`; returns the
    entries added. `slot`: the scheduled time this run serves, as for plan_digests."""
    period = (
        slot.astimezone(BRUSSELS).strftime("%Y-%m-%dT%H:%M") if slot else period_of(cadence, now)
    )
    queries = DeliveryQueries(store.db)
    default_since = now - PERIODS[cadence]
    members = [
        m
        for m in config.members
        if m.activity.enabled and m.activity.cadence == cadence and m.activity_channels()
    ]
    windows = {m.id: queries.digest_since(f"activity|{m.id}") or default_since for m in members}
    room = config.settings.coalition_room
    room_key = f"activity|{COALITION}"
    with_room = room is not None and room.activity and room.cadence == cadence
    if with_room:
        windows[COALITION] = queries.digest_since(room_key) or default_since
    if not windows:
        return 0
    material = ActivityMaterial.read(store, min(windows.values()), now)
    names = {m.id: m.name for m in config.members}
    links = subscription_links(config, store)
    added = 0
    for member in members:
        since = windows[member.id]
        found = activity_for(member, material, since, now)
        entries = []
        if found:  # nothing happened: nothing is sent
            lang = member.activity_language()
            message = render_activity(
                found,
                names=names,
                lang=lang,
                reader=member.name,
                digest_url=config.settings.digest_url,
                now=now,
                manage_url=links.manage(member.id, (ACTIVITY,)),
            )
            limits = limits_of(member)
            entries = [
                entry
                for channel in member.activity_channels()
                for entry in entries_for(
                    member,
                    channel,
                    f"activity:{period}",
                    f"activity-{cadence}",
                    message,
                    limits(channel),
                    (ACTIVITY,),
                )
            ]
        added += outbox.add_digest(entries, now, f"activity|{member.id}", now)
    if with_room and room is not None:
        since = windows[COALITION]
        found = _by_call(material, (a for a in material.actions if since < a.at <= now))
        entries = []
        if found:
            message = render_activity(
                found,
                names=names,
                lang=room.language,
                reader=config.coalition,
                digest_url=config.settings.digest_url,
                now=now,
            )
            entries = [
                OutboxEntry(
                    COALITION,
                    COALITION_CHANNEL,
                    f"activity:coalition:{period}",
                    f"activity-{cadence}",
                    message.subject,
                    message.html,
                )
            ]
        added += outbox.add_digest(entries, now, room_key, now)
    return added
