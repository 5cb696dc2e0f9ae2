"""What members say about calls: marks with a shared note, and what became of applications.

Both belong to a group of duplicates: marking the French page of a call marks the call,
whichever of its pages another member opens. They are stored under the group's id.
"""

from __future__ import annotations

from datetime import datetime
from typing import TypedDict

from sqlite_utils import Database

from veille.domain.vocabulary import (
    APPLICATION_OUTCOMES,
    DECLINED,
    FOLLOWING_MARKS,
    MARKS,
    ApplicationOutcome,
    Mark,
)


class MarkRow(TypedDict):
    call_id: str  # the group's id
    member: str
    mark: Mark
    note: str
    updated: str


class OutcomeRow(TypedDict):
    call_id: str  # the group's id
    member: str
    outcome: ApplicationOutcome
    amount: float | None
    note: str
    updated: str


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

    def set_mark(self, call_id: str, member: str, mark: Mark, note: str, now: datetime) -> None:
        if mark not in MARKS:
            raise ValueError(f"unknown mark {mark!r}")
        with self.db.conn:
            self.db.table("marks").upsert(
                {
                    "call_id": self.group_of(call_id),
                    "member": member,
                    "mark": mark,
                    "note": note[:500],
                    "updated": now.isoformat(),
                },
                pk=("call_id", "member"),
            )

    def remove_mark(self, call_id: str, member: str) -> None:
        with self.db.conn:
            self.db.execute(
                "delete from marks where call_id = ? and member = ?",
                [self.group_of(call_id), member],
            )

    def marks_for(self, call_ids: list[str]) -> dict[str, list[MarkRow]]:
        """Each call's marks (those of its group), newest first; two queries in all."""
        found: dict[str, list[MarkRow]] = {call_id: [] for call_id in call_ids}
        if not call_ids:
            return found
        groups = self.groups_of(call_ids)
        by_group: dict[str, list[MarkRow]] = {group: [] for group in groups.values()}
        marks = ", ".join("?" for _ in by_group)
        for row in self.db.table("marks").rows_where(
            f"call_id in ({marks})", list(by_group), order_by="updated desc"
        ):
            by_group[row["call_id"]].append(
                MarkRow(
                    call_id=row["call_id"],
                    member=row["member"],
                    mark=row["mark"],
                    note=row["note"],
                    updated=row["updated"],
                )
            )
        return {call_id: list(by_group[groups[call_id]]) for call_id in call_ids}

    def set_outcome(
        self,
        call_id: str,
        member: str,
        outcome: ApplicationOutcome,
        amount: float | None,
        note: str,
        now: datetime,
    ) -> None:
        if outcome not in APPLICATION_OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        with self.db.conn:
            self.db.table("outcomes").upsert(
                {
                    "call_id": self.group_of(call_id),
                    "member": member,
                    "outcome": outcome,
                    "amount": amount,
                    "note": note[:500],
                    "updated": now.isoformat(),
                },
                pk=("call_id", "member"),
            )

    def outcomes_for(self, call_id: str) -> list[OutcomeRow]:
        rows = self.db.table("outcomes").rows_where(
            "call_id = ?", [self.group_of(call_id)], order_by="member"
        )
        return [
            OutcomeRow(
                call_id=row["call_id"],
                member=row["member"],
                outcome=row["outcome"],
                amount=row["amount"],
                note=row["note"],
                updated=row["updated"],
            )
            for row in rows
        ]

    # --- what the alerts need ---------------------------------------------------------

    def by_call(self) -> dict[str, list[tuple[str, Mark]]]:
        """call id -> (member id, mark) of every member who said something about it."""
        found: dict[str, list[tuple[str, Mark]]] = {}
        for row in self.db.query("select call_id, member, mark from marks order by member"):
            found.setdefault(row["call_id"], []).append((row["member"], row["mark"]))
        return found

    def declined(self) -> dict[str, set[str]]:
        """call id -> members who marked it "not for us" (no reminders for them)."""
        found: dict[str, set[str]] = {}
        for row in self.db.query("select call_id, member from marks where mark = ?", [DECLINED]):
            found.setdefault(row["call_id"], set()).add(row["member"])
        return found

    def followers(self) -> dict[str, set[str]]:
        """call id -> members who follow it by a mark."""
        placeholders = ", ".join("?" for _ in FOLLOWING_MARKS)
        found: dict[str, set[str]] = {}
        for row in self.db.query(
            f"select call_id, member from marks where mark in ({placeholders})",
            list(FOLLOWING_MARKS),
        ):
            found.setdefault(row["call_id"], set()).add(row["member"])
        return found
