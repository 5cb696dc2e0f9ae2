"""Members' verdicts on the classifier's decisions, and their review by administrators.

One verdict per member and call (a new one replaces the member's previous verdict and waits
for review again). Like marks, a verdict belongs to a group of duplicates: it is stored
under the group's id, and an accepted one labels every page of the group.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlite_utils import Database, Migrations

from veille.domain.verdicts import Verdict
from veille.domain.vocabulary import VerdictReview, is_verdict_review
from veille.storage.read_model import aware_moment

migrations = Migrations("verdicts")


@migrations()
def m001_verdicts(db: Database) -> None:
    db.table("verdicts").create(
        {
            "call_id": str,  # the group's id
            "member": str,
            "person": str,
            "relevant": int,
            "reason": str,
            "topics": str,  # JSON list
            "given_at": str,
            "review": str,  # veille.domain.vocabulary.VERDICT_REVIEWS
            "reviewed_by": str,
            "reviewed_at": str,
        },
        pk=("call_id", "member"),
    )
    db.table("verdicts").create_index(["review"])


def _verdict(row: dict[str, Any]) -> Verdict:
    review = row["review"]
    given_at = aware_moment(row["given_at"])
    if not is_verdict_review(review) or given_at is None:
        raise ValueError(f"verdict on {row['call_id']} by {row['member']} is malformed")
    return Verdict(
        call_id=row["call_id"],
        member=row["member"],
        person=row["person"] or "",
        relevant=bool(row["relevant"]),
        reason=row["reason"] or "",
        given_at=given_at,
        review=review,
        reviewed_by=row["reviewed_by"],
        reviewed_at=aware_moment(row["reviewed_at"]),
        topics=json.loads(row["topics"] or "[]"),
    )


class Verdicts:
    def __init__(self, db: Database):
        self.db = db

    def group_of(self, call_id: str) -> str:
        found = self.db.execute("select group_id from calls where id = ?", [call_id]).fetchone()
        return (found[0] if found else None) or call_id

    def give(self, verdict: Verdict) -> Verdict:
        """Store a member's verdict (under the call's group), waiting for review."""
        stored = Verdict(
            call_id=self.group_of(verdict.call_id),
            member=verdict.member,
            person=verdict.person,
            relevant=verdict.relevant,
            reason=" ".join(verdict.reason.split())[:500],
            given_at=verdict.given_at,
            topics=list(verdict.topics),
        )
        with self.db.conn:
            self.db.table("verdicts").upsert(
                {
                    "call_id": stored.call_id,
                    "member": stored.member,
                    "person": stored.person,
                    "relevant": int(stored.relevant),
                    "reason": stored.reason,
                    "topics": json.dumps(stored.topics),
                    "given_at": stored.given_at.isoformat(),
                    "review": "pending",
                    "reviewed_by": None,
                    "reviewed_at": None,
                },
                pk=("call_id", "member"),
            )
        return stored

    def review(
        self, call_id: str, member: str, review: VerdictReview, by: str, now: datetime
    ) -> bool:
        """Accept or reject a verdict (or set it back to pending); False when there is none."""
        group = self.group_of(call_id)
        with self.db.conn:
            done = self.db.execute(
                "update verdicts set review = ?, reviewed_by = ?, reviewed_at = ? "
                "where call_id = ? and member = ?",
                [review, by, now.isoformat(), group, member],
            )
        return done.rowcount > 0

    def for_call(self, call_id: str) -> list[Verdict]:
        """Every verdict on the call's group, newest first."""
        rows = self.db.table("verdicts").rows_where(
            "call_id = ?", [self.group_of(call_id)], order_by="given_at desc"
        )
        return [_verdict(row) for row in rows]

    def listed(self, review: VerdictReview | None = None) -> list[Verdict]:
        """Verdicts (of one review state, or all), newest first."""
        where, args = ("review = ?", [review]) if review else (None, [])
        rows = self.db.table("verdicts").rows_where(where, args, order_by="given_at desc")
        return [_verdict(row) for row in rows]

    def accepted(self, group_ids: Iterable[str] | None = None) -> dict[str, Verdict]:
        """The accepted verdict of each group (the latest, if several members agree or not)."""
        found: dict[str, Verdict] = {}
        for verdict in reversed(self.listed("accepted")):  # oldest first: the latest wins
            found[verdict.call_id] = verdict
        if group_ids is not None:
            wanted = set(group_ids)
            found = {group: v for group, v in found.items() if group in wanted}
        return found
