"""Tables of the delivery service: when each job last ran, up to when each digest reported.

Both are written in the same transaction as the outbox entries they lead to, so a crash
leaves either everything or nothing: a restart neither loses nor repeats a digest.
"""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database, Migrations

from veille.domain.stored_call import CallChange
from veille.storage.read_model import call_change

migrations = Migrations("delivery")


@migrations()
def m001_job_runs(db: Database) -> None:
    db.table("job_runs").create(
        {"job_id": str, "last_run": str, "outcome": str, "duration": float, "detail": str},
        pk="job_id",
    )
    # "member|subscription" (or "_coalition|room") -> the end of the last digest's window
    db.table("digest_state").create({"key": str, "last_until": str}, pk="key")


@migrations()
def m002_delivery_outcomes(db: Database) -> None:
    outbox = db.table("outbox")
    # the subscriptions a message serves ("alertes" or "alertes,hebdo"): a paused or removed
    # subscription's waiting messages are not sent, and its emails carry its unsubscribe link
    outbox.add_column("subscriptions", str)
    # why the last attempt failed (veille.domain.vocabulary.FailureCause)
    outbox.add_column("cause", str)
    outbox.add_column("first_failed_at", str)
    outbox.add_column("failed_at", str)  # when it was given up on
    outbox.create_index(["member", "created"])


class JobRuns:
    """When each job last ran to completion (the service's memory across restarts)."""

    def __init__(self, db: Database):
        self.db = db

    def last_runs(self) -> dict[str, datetime]:
        return {
            row["job_id"]: datetime.fromisoformat(row["last_run"])
            for row in self.db.table("job_runs").rows
        }

    def record(
        self, job_id: str, ran_at: datetime, outcome: str, duration: float, detail: str = ""
    ) -> None:
        with self.db.conn:
            self.db.table("job_runs").upsert(
                {
                    "job_id": job_id,
                    "last_run": ran_at.isoformat(),
                    "outcome": outcome,
                    "duration": round(duration, 3),
                    "detail": detail[:500],
                },
                pk="job_id",
            )


class DeliveryQueries:
    """Read-only queries the alert planners need, kept here so SQL stays in storage."""

    def __init__(self, db: Database):
        self.db = db

    def digest_since(self, key: str) -> datetime | None:
        row = self.db.table("digest_state").rows_where("key = ?", [key])
        found = next(iter(row), None)
        return datetime.fromisoformat(found["last_until"]) if found else None

    def changes_between(self, since: datetime, until: datetime) -> dict[str, list[CallChange]]:
        """call id -> its recorded changes in (since, until]."""
        changes: dict[str, list[CallChange]] = {}
        for row in self.db.query(
            "select call_id, field, old, new, changed_at from call_changes "
            "where changed_at > ? and changed_at <= ? order by id",
            [since.isoformat(), until.isoformat()],
        ):
            changes.setdefault(row["call_id"], []).append(call_change(row))
        return changes
