"""The changes of calls not yet planned as change alerts, and how far planning went.

Planning reads the call changes recorded after the last one it planned, queues their alerts
in the outbox (whose keys make a second queuing of the same alert impossible), then moves
its mark: a crash in between plans the same changes again, and sends nothing twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database, Migrations

from veille.domain.stored_call import CallChange
from veille.storage.read_model import call_change

migrations = Migrations("change_alerts")
MARK = "planned"


@migrations()
def m001_change_alert_state(db: Database) -> None:
    db.table("change_alert_state").create({"key": str, "last_change_id": int}, pk="key")
    # the history recorded before this version is not news: planning starts after it
    last = db.execute("select coalesce(max(id), 0) from call_changes").fetchone()[0]
    db.table("change_alert_state").insert({"key": MARK, "last_change_id": last})


@migrations()
def m002_reminders_by_deadline(db: Database) -> None:
    """Reminders are keyed by the deadline they are for ("reminder-7@2027-02-19"), so a
    moved deadline gets its own; those recorded before say the deadline stored now."""
    rows = db.execute(
        "select outbox.key, outbox.member, outbox.channel, outbox.call_id, outbox.kind, "
        "substr(calls.deadline, 1, 10) from outbox join calls on calls.id = outbox.call_id "
        "where outbox.kind like 'reminder-%' and instr(outbox.kind, '@') = 0"
    ).fetchall()
    for key, member, channel, call_id, kind, day in rows:
        if not day:
            continue
        new_kind = f"{kind}@{day}"
        db.execute(
            "update or ignore outbox set kind = ?, key = ? where key = ?",
            [new_kind, f"{member}|{channel}|{call_id}|{new_kind}", key],
        )


@dataclass(frozen=True)
class ChangeBatch:
    """The changes one crawl recorded for one page, with the page's group (the call)."""

    last_id: int
    page_id: str
    group_id: str
    changes: list[CallChange]


class ChangeLog:
    def __init__(self, db: Database):
        self.db = db

    def planned_through(self) -> int:
        row = self.db.execute(
            "select last_change_id from change_alert_state where key = ?", [MARK]
        ).fetchone()
        return int(row[0]) if row else 0

    def mark_planned(self, change_id: int) -> None:
        with self.db.conn:
            self.db.execute(
                "insert into change_alert_state (key, last_change_id) values (?, ?) "
                "on conflict(key) do update set last_change_id = excluded.last_change_id",
                [MARK, change_id],
            )

    def batches_after(self, change_id: int, limit: int = 5000) -> list[ChangeBatch]:
        """Changes recorded after `change_id`, in batches per page and moment, oldest first."""
        rows = self.db.query(
            "select call_changes.*, coalesce(calls.group_id, calls.id) as group_id "
            "from call_changes join calls on calls.id = call_changes.call_id "
            "where call_changes.id > ? order by call_changes.id limit ?",
            [change_id, limit],
        )
        batches: dict[tuple[str, str], ChangeBatch] = {}
        for row in rows:
            key = (row["call_id"], row["changed_at"])
            batch = batches.get(key)
            if batch is None:
                batch = batches[key] = ChangeBatch(row["id"], row["call_id"], row["group_id"], [])
            batch.changes.append(call_change(row))
            batches[key] = ChangeBatch(row["id"], batch.page_id, batch.group_id, batch.changes)
        return sorted(batches.values(), key=lambda b: b.last_id)

    def last_change_id(self) -> int:
        return int(self.db.execute("select coalesce(max(id), 0) from call_changes").fetchone()[0])
