"""Notes on calls, every version kept: the coalition's shared note, and each member's own.

A call (a group of duplicates) has one shared note that any member edits, and one private
note per member; saving adds a revision (who, when, the whole text), so the history says
who changed what when. Reads take the viewer: a private note is its member's alone.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from veille.domain.coalition import NoteRevision
from veille.domain.vocabulary import VISIBILITIES, Visibility
from veille.storage.marks import Marks, visible_clause
from veille.storage.read_model import aware_moment

NOTE_SIZE = 4000  # characters of a note


def note_revision(row: Mapping[str, Any]) -> NoteRevision:
    at = aware_moment(row["at"])
    if at is None:
        raise ValueError(f"note revision {row['id']} has no date")
    return NoteRevision(
        id=row["id"],
        call_id=row["call_id"],
        member=row["member"],
        text=row["text"] or "",
        visibility=row["visibility"],
        author=row["author"] or "",
        at=at,
    )


class Notes:
    def __init__(self, db: Database):
        self.db = db
        self._groups = Marks(db)

    def current(self, call_id: str, viewer: str) -> tuple[NoteRevision | None, NoteRevision | None]:
        """The shared note and the viewer's own note on a call, as last saved."""
        group = self._groups.group_of(call_id)
        shared = self._latest(group, "shared", None)
        own = self._latest(group, "private", viewer) if viewer else None
        return shared, own

    def _latest(
        self, group: str, visibility: Visibility, member: str | None
    ) -> NoteRevision | None:
        where, args = "call_id = ? and visibility = ?", [group, visibility]
        if member is not None:
            where += " and member = ?"
            args.append(member)
        rows = list(
            self.db.table("notes").rows_where(where, args, order_by="at desc, id desc", limit=1)
        )
        return note_revision(rows[0]) if rows else None

    def save(
        self,
        call_id: str,
        member: str,
        text: str,
        now: datetime,
        *,
        author: str = "",
        visibility: Visibility = "shared",
    ) -> NoteRevision | None:
        """Save a new version of a note; None when the text did not change."""
        if visibility not in VISIBILITIES:
            raise ValueError(f"unknown visibility {visibility!r}")
        text = text.replace("\r\n", "\n").strip()[:NOTE_SIZE]
        group = self._groups.group_of(call_id)
        with self.db.conn:
            before = self._latest(group, visibility, member if visibility == "private" else None)
            if (before.text if before else "") == text:
                return None
            row = {
                "call_id": group,
                "member": member,
                "text": text,
                "visibility": visibility,
                "author": author,
                "at": now.isoformat(),
            }
            note_id = self.db.table("notes").insert(row).last_pk
        return note_revision({**row, "id": note_id})

    def history(self, call_id: str, viewer: str) -> list[NoteRevision]:
        """Every version of the notes on a call that `viewer` may see, newest first."""
        rows = self.db.query(
            f"select * from notes n where n.call_id = ? and {visible_clause('n')} "
            "order by n.at desc, n.id desc",
            [self._groups.group_of(call_id), viewer],
        )
        return [note_revision(row) for row in rows]

    def changes_between(self, since: datetime, until: datetime) -> list[NoteRevision]:
        """Revisions of shared notes saved in (since, until], oldest first (activity digest)."""
        rows = self.db.query(
            "select * from notes where visibility = 'shared' and at > ? and at <= ? "
            "order by at, id",
            [since.isoformat(), until.isoformat()],
        )
        return [note_revision(row) for row in rows]
