"""What members say about calls: marks with reasons and their history, and outcomes.

Both belong to a group of duplicates: marking the French page of a call marks the call,
whichever of its pages another member opens. They are stored under the group's id.
Every read for people takes the `viewer` (a member id, or COALITION_VIEWER for the room):
a private record is returned to its own member only (veille.domain.coalition.visible_to).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from veille.domain.coalition import CallMark, MarkChange, OutcomeReport
from veille.domain.vocabulary import (
    APPLICATION_OUTCOMES,
    DECLINE_REASONS,
    DECLINED,
    FOLLOWING_MARKS,
    MARKS,
    VISIBILITIES,
    ApplicationOutcome,
    DeclineReason,
    Mark,
    Visibility,
)
from veille.storage.read_model import aware_moment

NOTE_LIMIT = 500  # characters of a reason or an outcome's note
# SQL: the record (alias `alias`) is shared, or the viewer's own (one `?`: the viewer).
VISIBLE = "({alias}.visibility = 'shared' or {alias}.member = ?)"


def visible_clause(alias: str) -> str:
    """
    >>> visible_clause("m")
    "(m.visibility = 'shared' or m.member = ?)"
    """
    return VISIBLE.format(alias=alias)


def _moment(value: str) -> datetime:
    moment = aware_moment(value)
    if moment is None:
        raise ValueError("a coalition record without its date")
    return moment


def _record_fields(row: Mapping[str, Any]) -> dict[str, Any]:
    """What every coalition record stores: whose, on which call, seen by whom, set by whom."""
    return {
        "call_id": row["call_id"],
        "member": row["member"],
        "visibility": row["visibility"],
        "author": row["author"] or "",
    }


def _mark_fields(row: Mapping[str, Any]) -> dict[str, Any]:
    """A mark and the words given with it (a mark now, or one change of it)."""
    return {"mark": row["mark"], "reason": row["reason"], "comment": row["comment"] or ""}


def call_mark(row: Mapping[str, Any]) -> CallMark:
    return CallMark(**_record_fields(row), **_mark_fields(row), updated=_moment(row["updated"]))


def mark_change(row: Mapping[str, Any]) -> MarkChange:
    return MarkChange(**_record_fields(row), **_mark_fields(row), at=_moment(row["at"]))


def outcome_report(row: Mapping[str, Any]) -> OutcomeReport:
    return OutcomeReport(
        **_record_fields(row),
        outcome=row["outcome"],
        amount=row["amount"],
        note=row["note"] or "",
        at=_moment(row["at"]),
    )


class Marks:
    def __init__(self, db: Database):
        self.db = db

    def groups_of(self, call_ids: list[str]) -> dict[str, str]:
        """Each call's group id (the call's own id when ungrouped or unknown), one query."""
        found = {call_id: call_id for call_id in call_ids}
        if call_ids:
            marks = ", ".join("?" for _ in call_ids)
            for call_id, group in self.db.execute(
                f"select id, group_id from calls where id in ({marks})", list(call_ids)
            ):
                found[call_id] = group or call_id
        return found

    def group_of(self, call_id: str) -> str:
        return self.groups_of([call_id])[call_id]

    # --- writing ----------------------------------------------------------------------

    def set_mark(
        self,
        call_id: str,
        member: str,
        mark: Mark,
        now: datetime,
        *,
        author: str = "",
        reason: DeclineReason | None = None,
        comment: str = "",
        visibility: Visibility = "shared",
    ) -> MarkChange:
        """Set a member's mark and record the change. A reason from the list goes with
        "not for us" only; a comment (why, what we look for in a partner) with any mark.

        Making a mark private hides the member's earlier marks and outcomes on the call too:
        a member that starts competing for a call takes back what it said of it.
        """
        if mark not in MARKS:
            raise ValueError(f"unknown mark {mark!r}")
        if visibility not in VISIBILITIES:
            raise ValueError(f"unknown visibility {visibility!r}")
        if reason is not None and reason not in DECLINE_REASONS:
            raise ValueError(f"unknown reason {reason!r}")
        if mark != DECLINED:
            reason = None
        group = self.group_of(call_id)
        change = MarkChange(
            call_id=group,
            member=member,
            mark=mark,
            reason=reason,
            comment=comment[:NOTE_LIMIT],
            visibility=visibility,
            author=author,
            at=now,
        )
        with self.db.conn:
            self.db.table("marks").upsert(
                {
                    "call_id": group,
                    "member": member,
                    "mark": mark,
                    "reason": change.reason,
                    "comment": change.comment,
                    "visibility": visibility,
                    "author": author,
                    "updated": now.isoformat(),
                },
                pk=("call_id", "member"),
            )
            if visibility == "private":
                for table in ("mark_history", "outcome_history"):
                    self.db.execute(
                        f"update {table} set visibility = 'private' "
                        "where call_id = ? and member = ?",
                        [group, member],
                    )
            self._record(change)
        return change

    def remove_mark(self, call_id: str, member: str, now: datetime, *, author: str = "") -> bool:
        """Remove a member's mark (recorded, with the visibility the mark had)."""
        group = self.group_of(call_id)
        with self.db.conn:
            row = self.db.execute(
                "delete from marks where call_id = ? and member = ? returning visibility",
                [group, member],
            ).fetchone()
            if row is None:
                return False
            self._record(
                MarkChange(
                    call_id=group,
                    member=member,
                    mark=None,
                    visibility=row[0],
                    author=author,
                    at=now,
                )
            )
        return True

    def _record(self, change: MarkChange) -> None:
        self.db.table("mark_history").insert(
            {
                "call_id": change.call_id,
                "member": change.member,
                "mark": change.mark,
                "reason": change.reason,
                "comment": change.comment,
                "visibility": change.visibility,
                "author": change.author,
                "at": change.at.isoformat(),
            }
        )

    def set_outcome(
        self,
        call_id: str,
        member: str,
        outcome: ApplicationOutcome,
        now: datetime,
        *,
        amount: float | None = None,
        note: str = "",
        author: str = "",
        visibility: Visibility | None = None,
    ) -> OutcomeReport:
        """Report what became of an application; by default as visible as the member's mark."""
        if outcome not in APPLICATION_OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        group = self.group_of(call_id)
        if visibility is None:
            row = self.db.execute(
                "select visibility from marks where call_id = ? and member = ?", [group, member]
            ).fetchone()
            visibility = row[0] if row else "shared"
        if visibility not in VISIBILITIES:
            raise ValueError(f"unknown visibility {visibility!r}")
        report = OutcomeReport(
            call_id=group,
            member=member,
            outcome=outcome,
            amount=amount,
            note=note[:NOTE_LIMIT],
            visibility=visibility,
            author=author,
            at=now,
        )
        with self.db.conn:
            self.db.table("outcome_history").insert(
                {
                    "call_id": group,
                    "member": member,
                    "outcome": outcome,
                    "amount": amount,
                    "note": report.note,
                    "visibility": visibility,
                    "author": author,
                    "at": now.isoformat(),
                }
            )
        return report

    # --- reading, for people ----------------------------------------------------------

    def marks_for(self, call_ids: list[str], viewer: str) -> dict[str, list[CallMark]]:
        """Each call's marks (those of its group) that `viewer` may see, newest first."""
        found: dict[str, list[CallMark]] = {call_id: [] for call_id in call_ids}
        if not call_ids:
            return found
        groups = self.groups_of(call_ids)
        by_group: dict[str, list[CallMark]] = {group: [] for group in groups.values()}
        marks = ", ".join("?" for _ in by_group)
        for row in self.db.query(
            f"select * from marks m where m.call_id in ({marks}) and {visible_clause('m')} "
            "order by m.updated desc",
            [*by_group, viewer],
        ):
            by_group[row["call_id"]].append(call_mark(row))
        return {call_id: list(by_group[groups[call_id]]) for call_id in call_ids}

    def history(self, call_id: str, viewer: str) -> list[MarkChange]:
        """The changes of marks on a call that `viewer` may see, newest first."""
        rows = self.db.query(
            f"select * from mark_history h where h.call_id = ? and {visible_clause('h')} "
            "order by h.at desc, h.id desc",
            [self.group_of(call_id), viewer],
        )
        return [mark_change(row) for row in rows]

    def outcomes_for(self, call_id: str, viewer: str) -> list[OutcomeReport]:
        """Outcomes reported on a call that `viewer` may see, oldest first."""
        rows = self.db.query(
            f"select * from outcome_history o where o.call_id = ? and {visible_clause('o')} "
            "order by o.at, o.id",
            [self.group_of(call_id), viewer],
        )
        return [outcome_report(row) for row in rows]

    def marked_by(self, member: str) -> dict[str, CallMark]:
        """call (group) id -> the member's own mark, private ones included."""
        return {
            row["call_id"]: call_mark(row)
            for row in self.db.table("marks").rows_where("member = ?", [member])
        }

    # --- what the alerts need ---------------------------------------------------------

    def by_call(self) -> dict[str, list[CallMark]]:
        """call id -> every member's mark, private ones included: callers filter by reader."""
        found: dict[str, list[CallMark]] = {}
        for row in self.db.query("select * from marks order by member"):
            found.setdefault(row["call_id"], []).append(call_mark(row))
        return found

    def declined(self) -> dict[str, set[str]]:
        """call id -> members who marked it "not for us" (no reminders for them)."""
        found: dict[str, set[str]] = {}
        for row in self.db.query("select call_id, member from marks where mark = ?", [DECLINED]):
            found.setdefault(row["call_id"], set()).add(row["member"])
        return found

    def followers(self, *, shared_only: bool) -> dict[str, set[str]]:
        """call id -> members who follow it by a mark. A member's own reminders count its
        private marks; what others read (the room's digest) is told of shared ones only."""
        placeholders = ", ".join("?" for _ in FOLLOWING_MARKS)
        shared = " and visibility = 'shared'" if shared_only else ""
        found: dict[str, set[str]] = {}
        for row in self.db.query(
            f"select call_id, member from marks where mark in ({placeholders}){shared}",
            list(FOLLOWING_MARKS),
        ):
            found.setdefault(row["call_id"], set()).add(row["member"])
        return found

    def changes_between(self, since: datetime, until: datetime) -> list[MarkChange]:
        """Shared changes of marks in (since, until], oldest first (the activity digest)."""
        rows = self.db.query(
            "select * from mark_history where visibility = 'shared' and at > ? and at <= ? "
            "order by at, id",
            [since.isoformat(), until.isoformat()],
        )
        return [mark_change(row) for row in rows]

    def outcomes_between(self, since: datetime, until: datetime) -> list[OutcomeReport]:
        """Shared outcomes reported in (since, until], oldest first (the activity digest)."""
        rows = self.db.query(
            "select * from outcome_history where visibility = 'shared' and at > ? and at <= ? "
            "order by at, id",
            [since.isoformat(), until.isoformat()],
        )
        return [outcome_report(row) for row in rows]
