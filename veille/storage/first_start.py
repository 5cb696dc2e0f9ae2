"""When each instant subscription started, and which older calls it was told about in bulk.

A fresh install (or a new subscription) must not send one alert per call that was already
open: those calls go into one summary message instead (see alerts/plan.py).
"""

from __future__ import annotations

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


class FirstStart:
    def __init__(self, db: Database):
        self.db = db

    def start(self, key: str, now: datetime) -> datetime:
        """The subscription's start, recorded at its first planning run."""
        with self.db.conn:
            self.db.execute(
                "insert or ignore into subscription_starts (key, started) values (?, ?)",
                [key, now.isoformat()],
            )
        row = self.db.table("subscription_starts").get(key)
        return datetime.fromisoformat(row["started"])

    def announced(self, key: str) -> set[str]:
        return {
            row["call_id"]
            for row in self.db.query("select call_id from backlog_announced where key = ?", [key])
        }

    def announce(
        self,
        outbox: Outbox,
        entries: list[OutboxEntry],
        key: str,
        call_ids: list[str],
        now: datetime,
    ) -> int:
        """Queue a summary and mark its calls announced, in one transaction (sent once)."""
        added = 0
        with self.db.conn:
            for entry in entries:
                added += outbox._insert(entry, now)
            self.db.table("backlog_announced").insert_all(
                ({"key": key, "call_id": c, "announced": now.isoformat()} for c in call_ids),
                ignore=True,
            )
        return added
