"""Reminders before the deadline of calls a member follows (by its filters or a mark)."""

from __future__ import annotations

from datetime import datetime, timedelta

from veille.alerts.links import subscription_links
from veille.alerts.plan import active_subscriptions, limits_of, subscription_entries
from veille.alerts.recipients import follows
from veille.alerts.render import render_reminder
from veille.config.loader import VeilleConfig
from veille.domain.call import BRUSSELS, days_left
from veille.domain.stored_call import StoredCall
from veille.storage import CallStore, Outbox
from veille.storage.first_start import FirstStart
from veille.storage.marks import Marks


def reminder_bucket(left: int, reminder_days: list[int]) -> int | None:
    """The reminder a call `left` days from its deadline is due for: the nearest one not passed.

    >>> [reminder_bucket(left, [14, 7, 1]) for left in (10, 7, 0, 20)]
    [14, 7, 1, None]
    """
    due = [day for day in reminder_days if day >= left]
    return min(due) if due and left >= 0 else None


def plan_reminders(config: VeilleConfig, store: CallStore, outbox: Outbox, now: datetime) -> int:
    """Queue due reminders; the key (…|reminder-7@2027-02-19) makes each go out once.

    A call first seen after a reminder's moment gets no late copy of it: the alert that
    announced the call already said how many days were left. Nor does a subscription that
    started (or resumed) after that moment: its summary said it. A paused one gets none.
    """
    reminder_days = sorted(config.settings.reminder_days)
    calls = store.open_calls(now, relevant_only=False)
    _cancel_moved(outbox, calls)
    if not reminder_days:
        return 0
    marks = Marks(store.db)
    # a member's private marks count for its own reminders
    following, declined = marks.followers(shared_only=False), marks.declined()
    starts = FirstStart(store.db)
    active = {member.id: active_subscriptions(member, starts, now) for member in config.members}
    links = subscription_links(config, store)
    added = 0
    for call in calls:
        if call.deadline is None:
            continue
        left = days_left(call.deadline, now)
        bucket = reminder_bucket(left, reminder_days) if left is not None else None
        if bucket is None:
            continue
        moment = call.deadline - timedelta(days=bucket)
        if call.first_seen > moment:
            continue
        for member in config.members:
            marked = following.get(call.id, set())
            limits = limits_of(member)
            for sub, started in active[member.id]:
                if started > moment:
                    continue
                # min_days_left hides calls closing soon from alerts, not from reminders
                spec = sub.filters.model_copy(update={"min_days_left": None})
                probe = member.model_copy(
                    update={"subscriptions": [sub.model_copy(update={"filters": spec})]}
                )
                if not sub.reminders or not follows(
                    probe, call, now, marked, declined.get(call.id, set())
                ):
                    continue
                message = render_reminder(
                    call,
                    member_name=member.name,
                    lang=sub.language,
                    digest_url=config.settings.digest_url,
                    now=now,
                    manage_url=links.manage(member.id, (sub.name,)),
                )
                kind = reminder_kind(bucket, call.deadline)
                entries = subscription_entries(member, sub, call.id, kind, message, limits)
                added += outbox.add_all(entries, now)
    return added


def reminder_kind(bucket: int, deadline: datetime) -> str:
    """A reminder is for one deadline: when the deadline moves, the new one gets its own.

    >>> from veille.domain.call import BRUSSELS
    >>> reminder_kind(7, datetime(2027, 2, 19, 12, 0, tzinfo=BRUSSELS))
    'reminder-7@2027-02-19'
    """
    return f"reminder-{bucket}@{deadline.astimezone(BRUSSELS).date().isoformat()}"


def _cancel_moved(outbox: Outbox, calls: list[StoredCall]) -> None:
    """Reminders still waiting to be delivered for a deadline that moved, or for a call
    that closed or was withdrawn, are no longer true: they are cancelled, never sent."""
    deadlines = {
        call.id: call.deadline.astimezone(BRUSSELS).date().isoformat()
        for call in calls
        if call.deadline is not None
    }
    stale = [
        row["key"]
        for row in outbox.pending("reminder-")
        if deadlines.get(row["call_id"]) != row["kind"].partition("@")[2]
    ]
    if stale:
        outbox.cancel(stale, "the deadline moved or the call is no longer open")
