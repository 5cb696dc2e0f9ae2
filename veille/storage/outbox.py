"""The delivery outbox: every alert is recorded before it is sent, once per key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlite_utils import Database

from veille.domain.vocabulary import DeliveryStatus, FailureCause

RETRY_DELAYS = (60, 300, 900, 3600, 3 * 3600, 6 * 3600)  # seconds; then the alert is failed


@dataclass(frozen=True)
class OutboxEntry:
    member: str
    channel: str
    call_id: str
    kind: str  # "new", "change-deadline:…", "digest-daily", "reminder-7@2027-02-19"...
    subject: str
    body_html: str
    # the member's subscriptions this message serves (none: not a subscription's message)
    subscriptions: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return f"{self.member}|{self.channel}|{self.call_id}|{self.kind}"

    @classmethod
    def for_channels(
        cls,
        member: str,
        channels: list[str],
        call_id: str,
        kind: str,
        subject: str,
        body_html: str,
        subscriptions: tuple[str, ...] = (),
    ) -> list[OutboxEntry]:
        """One message to every channel of a subscription: one entry (one key) per channel."""
        return [
            cls(member, channel, call_id, kind, subject, body_html, subscriptions)
            for channel in channels
        ]


class Outbox:
    def __init__(self, db: Database):
        self.db = db

    def add(self, entry: OutboxEntry, now: datetime) -> bool:
        """Record an alert; False if the same key was recorded before (nothing is sent twice)."""
        with self.db.conn:
            return self._insert(entry, now) == 1

    def _insert(self, entry: OutboxEntry, now: datetime) -> int:
        cursor = self.db.execute(
            "insert or ignore into outbox (key, member, channel, call_id, kind, subject, "
            "body_html, created, status, attempts, next_attempt, subscriptions) "
            "values (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)",
            [
                entry.key,
                entry.member,
                entry.channel,
                entry.call_id,
                entry.kind,
                entry.subject,
                entry.body_html,
                now.isoformat(),
                now.isoformat(),
                ",".join(entry.subscriptions) or None,
            ],
        )
        return cursor.rowcount

    def add_digest(
        self, entries: list[OutboxEntry], now: datetime, state_key: str, until: datetime
    ) -> int:
        """Record a digest's entries and move its window end to `until`, in one transaction.

        A crash before the commit leaves the window where it was (the digest is planned
        again); after it, the entries are in the outbox and go out once.
        """
        added = 0
        with self.db.conn:
            for entry in entries:
                added += self._insert(entry, now)
            if entries and not added:
                # This slot's digest was recorded before: the window stays where that digest
                # left it, so calls found since then go into the next slot's digest.
                return 0
            self.db.execute(
                "insert into digest_state (key, last_until) values (?, ?) "
                "on conflict(key) do update set last_until = excluded.last_until",
                [state_key, until.isoformat()],
            )
        return added

    def add_all(self, entries: list[OutboxEntry], now: datetime) -> int:
        """Record several alerts; returns how many were new."""
        return sum(self.add(entry, now) for entry in entries)

    def due(self, now: datetime, limit: int = 500) -> list[dict[str, Any]]:
        return list(
            self.db.table("outbox").rows_where(
                "status = 'pending' and next_attempt <= ?",
                [now.isoformat()],
                order_by="created, rowid",  # in the order they were queued
                limit=limit,
            )
        )

    def mark_sent(self, key: str, now: datetime) -> None:
        with self.db.conn:
            self.db.execute(
                "update outbox set status = 'sent', sent_at = ?, attempts = attempts + 1, "
                "last_error = null where key = ?",
                [now.isoformat(), key],
            )

    def mark_failed_attempt(
        self,
        key: str,
        error: str,
        now: datetime,
        *,
        cause: FailureCause = "unknown",
        permanent: bool = False,
    ) -> DeliveryStatus:
        """Schedule a retry with backoff; after the last delay the alert is 'failed'.

        A permanent refusal (the server would refuse the same message again) is 'failed'
        at once: it is reported now, with its cause, not after hours of retries.
        """
        row = self.db.table("outbox").get(key)
        attempts = row["attempts"] + 1
        status: DeliveryStatus
        if permanent or attempts > len(RETRY_DELAYS):
            status, next_attempt = "failed", None
        else:
            status = "pending"
            next_attempt = (now + timedelta(seconds=RETRY_DELAYS[attempts - 1])).isoformat()
        with self.db.conn:
            self.db.table("outbox").update(
                key,
                {
                    "attempts": attempts,
                    "status": status,
                    "next_attempt": next_attempt,
                    "last_error": error[:500],
                    "cause": cause,
                    "first_failed_at": row.get("first_failed_at") or now.isoformat(),
                    "failed_at": now.isoformat() if status == "failed" else None,
                },
            )
        return status

    def pending(self, kind_prefix: str) -> list[dict[str, Any]]:
        """Entries not delivered yet whose kind starts with `kind_prefix`."""
        return list(
            self.db.table("outbox").rows_where(
                "status = 'pending' and kind like ?", [kind_prefix + "%"], order_by="created"
            )
        )

    def cancel(self, keys: list[str], why: str) -> None:
        """Entries that are no longer wanted (their subscription was paused or removed, or
        the deadline of a reminder moved, before they could go out): never sent."""
        with self.db.conn:
            for key in keys:
                self.db.execute(
                    "update outbox set status = 'cancelled', next_attempt = null, last_error = ? "
                    "where key = ? and status = 'pending'",
                    [why[:500], key],
                )

    def undelivered(self) -> list[dict[str, Any]]:
        """Messages given up on, and those waiting after a failed attempt, oldest first."""
        return list(
            self.db.table("outbox").rows_where(
                "status = 'failed' or (status = 'pending' and attempts > 0)",
                order_by="created",
            )
        )

    def recent(self, member: str, since: datetime, limit: int = 100) -> list[dict[str, Any]]:
        """What was sent (or tried) to a member since `since`, newest first."""
        return list(
            self.db.table("outbox").rows_where(
                "member = ? and created >= ?",
                [member, since.isoformat()],
                order_by="created desc",
                limit=limit,
            )
        )

    def keys(self, kind: str) -> set[str]:
        return {
            row["key"] for row in self.db.query("select key from outbox where kind = ?", [kind])
        }

    def counts(self) -> dict[str, int]:
        return {
            row["status"]: row["n"]
            for row in self.db.query("select status, count(*) as n from outbox group by status")
        }

    def rows(self, status: str | None = None) -> list[dict[str, Any]]:
        where, args = ("status = ?", [status]) if status else (None, None)
        return list(self.db.table("outbox").rows_where(where, args, order_by="created"))
