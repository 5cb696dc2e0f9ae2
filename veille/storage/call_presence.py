"""Whether each call is still on its source: what the presence rule reads and writes.

`veille.domain.presence` decides; this module finds a source's open calls (with how many
complete crawls in a row missed each), the known calls behind pages that answered 404, and
writes the verdict: withdrawn calls get the status "withdrawn", the moment and the reason,
and a change in their history (status open -> withdrawn), so followers hear of it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlite_utils import Database, Migrations

from veille.domain.links import canonical_link
from veille.domain.presence import KnownCall, PresenceVerdict
from veille.storage.read_model import open_clause

migrations = Migrations("presence")


@migrations()
def m001_presence(db: Database) -> None:
    # complete crawls in a row that did not see the call (reset whenever it is seen)
    db.table("calls").add_column("missed_crawls", int, not_null_default=0)
    db.table("calls").add_column("withdrawn_at", str)
    db.table("calls").add_column("withdrawn_reason", str)  # unlisted | not_found | cancelled
    db.table("crawl_runs").add_column("withdrawn_calls", int, not_null_default=0)


@migrations()
def m002_held_withdrawals(db: Database) -> None:
    # calls a crawl would have withdrawn but held back (too many at once): a health alert
    db.table("crawl_runs").add_column("held_withdrawals", int, not_null_default=0)


class CallPresence:
    def __init__(self, db: Database):
        self.db = db

    def open_calls(self, source: str, now: datetime) -> list[KnownCall]:
        """The source's calls one can still apply to, and how many crawls missed each."""
        rows = self.db.execute(
            f"select id, missed_crawls from calls where source = ? and {open_clause('calls')} "
            "order by id",
            [source, now.isoformat()],
        ).fetchall()
        return [KnownCall(call_id, missed or 0) for call_id, missed in rows]

    def calls_at(self, source: str, urls: Iterable[str]) -> dict[str, str]:
        """url -> id of the source's stored call at that address (by its URL or source id)."""
        found: dict[str, str] = {}
        for url in urls:
            row = self.db.execute(
                "select id from calls where source = ? and (url = ? or source_id = ? "
                "or source_id = ?) limit 1",
                [source, url, url, canonical_link(url)],
            ).fetchone()
            if row:
                found[url] = row[0]
        return found

    def apply(self, verdict: PresenceVerdict, now: datetime) -> list[str]:
        """Write the verdict in one transaction; returns the ids of the calls withdrawn."""
        stamp = now.isoformat()
        with self.db.conn:
            for call_id, missed in verdict.missed.items():
                self.db.execute(
                    "update calls set missed_crawls = ? where id = ?", [missed, call_id]
                )
            for call_id, reason in verdict.withdraw.items():
                old = self.db.execute("select status from calls where id = ?", [call_id]).fetchone()
                self.db.execute(
                    "update calls set status = 'withdrawn', withdrawn_at = ?, withdrawn_reason = ?,"
                    " last_changed = ? where id = ?",
                    [stamp, reason, stamp, call_id],
                )
                self.db.execute(
                    "insert into call_changes (call_id, changed_at, field, old, new) "
                    "values (?, ?, 'status', ?, 'withdrawn')",
                    [call_id, stamp, old[0] if old else None],
                )
        return list(verdict.withdraw)
