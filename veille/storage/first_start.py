"""When each subscription started (or restarted after a pause), and which calls each channel
was told about.

A fresh install (or a new subscription, or one coming back from a pause) must not send one
alert per call that was already open: those calls go into one summary message per channel
instead (see alerts/plan.py). What a channel was told, one by one or in a summary, is
recorded with the outbox entries that tell it, in one transaction: a call is never told
twice on a channel, and a digest on that channel does not repeat it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlite_utils import Database, Migrations

from veille.storage.outbox import Outbox, OutboxEntry

migrations = Migrations("first_start")


@migrations()
def m001_subscription_starts(db: Database) -> None:
    # "member|subscription" -> the first planning run that served it
    db.table("subscription_starts").create({"key": str, "started": str}, pk="key")
    # calls announced in a summary (welcome) rather than one alert each
    db.table("backlog_announced").create(
        {"key": str, "call_id": str, "announced": str}, pk=("key", "call_id")
    )


@migrations()
def m002_channel_calls(db: Database) -> None:
    # a subscription paused since then (null: active); on resuming, `started` moves to then
    db.table("subscription_starts").add_column("paused_since", str)
    # what each channel of a member was told: "new" (an alert of its own) or "summary"
    db.table("channel_calls").create(
        {"member": str, "channel": str, "call_id": str, "told": str, "how": str},
        pk=("member", "channel", "call_id"),
    )
    db.execute(
        "insert or ignore into channel_calls (member, channel, call_id, told, how) "
        "select member, channel, call_id, created, 'new' from outbox where kind = 'new'"
    )
    # calls of a summary: the channels its welcome entries went to
    db.execute(
        "insert or ignore into channel_calls (member, channel, call_id, told, how) "
        "select o.member, o.channel, b.call_id, b.announced, 'summary' "
        "from backlog_announced b join outbox o on o.kind = 'welcome' "
        "and b.key = o.member || '|' || substr(o.call_id, 9, instr(substr(o.call_id, 9), ':') - 1)"
        " and o.created = b.announced"
    )


@dataclass(frozen=True)
class SubscriptionState:
    started: datetime
    paused_since: datetime | None


class FirstStart:
    def __init__(self, db: Database):
        self.db = db

    def state(self, key: str) -> SubscriptionState | None:
        rows = list(self.db.table("subscription_starts").rows_where("key = ?", [key]))
        if not rows:
            return None
        paused = rows[0]["paused_since"]
        return SubscriptionState(
            datetime.fromisoformat(rows[0]["started"]),
            datetime.fromisoformat(paused) if paused else None,
        )

    def start(self, key: str, now: datetime) -> datetime:
        """The subscription's start, recorded at its first planning run (or its restart
        after a pause: the pause is over)."""
        with self.db.conn:
            self.db.execute(
                "insert or ignore into subscription_starts (key, started) values (?, ?)",
                [key, now.isoformat()],
            )
            self.db.execute(
                "update subscription_starts set started = ?, paused_since = null "
                "where key = ? and paused_since is not null",
                [now.isoformat(), key],
            )
        row = self.db.table("subscription_starts").get(key)
        return datetime.fromisoformat(row["started"])

    def pause(self, key: str, now: datetime) -> None:
        """The subscription is paused: when it resumes, it starts again from then."""
        with self.db.conn:
            self.db.execute(
                "insert or ignore into subscription_starts (key, started, paused_since) "
                "values (?, ?, ?)",
                [key, now.isoformat(), now.isoformat()],
            )
            self.db.execute(
                "update subscription_starts set paused_since = ? "
                "where key = ? and paused_since is null",
                [now.isoformat(), key],
            )

    def forget_others(self, keys: Iterable[str]) -> None:
        """Subscriptions no longer configured: if one comes back, it is a new one."""
        kept = sorted(set(keys))
        marks = ", ".join("?" for _ in kept) or "''"
        with self.db.conn:
            self.db.execute(
                f"delete from subscription_starts where key not in ({marks})"
                " and key not like '\\_%' escape '\\'",
                kept,
            )

    def told(self, member: str, channel: str) -> set[str]:
        """The calls the channel was told about, one by one or in a summary."""
        return {
            row["call_id"]
            for row in self.db.query(
                "select call_id from channel_calls where member = ? and channel = ?",
                [member, channel],
            )
        }

    def tell(
        self,
        outbox: Outbox,
        entries: list[OutboxEntry],
        call_ids: list[str],
        how: str,
        now: datetime,
    ) -> int:
        """Queue messages and record that their channels were told of `call_ids`, in one
        transaction (sent once, never repeated on the channel)."""
        added = 0
        with self.db.conn:
            for entry in entries:
                added += outbox._insert(entry, now)
            self.db.table("channel_calls").insert_all(
                (
                    {
                        "member": entry.member,
                        "channel": entry.channel,
                        "call_id": call_id,
                        "told": now.isoformat(),
                        "how": how,
                    }
                    for entry in entries
                    for call_id in call_ids
                ),
                ignore=True,
            )
        return added
