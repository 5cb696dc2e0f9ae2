"""Queries of the digest web app: finding calls, people, sign-in, sessions, marks, outcomes."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlite_utils import Database

from veille.storage.db import decode
from veille.storage.web_tables import MARKS, OUTCOMES

SIGNIN_TOKEN_LIFETIME = timedelta(minutes=30)
SESSION_LIFETIME = timedelta(days=30)
VISIT_GAP = timedelta(minutes=30)  # a new visit starts after this much silence

# Columns the lists need; the full text stays out of them (it can be long).
LIST_COLUMNS = (
    "id, source, url, title, summary, lang, funder, kind, deadline, deadline_text, "
    "budget_amount, budget_currency, regions, topics, status, relevant, first_seen, last_changed"
)


def digest_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class CallQuery:
    """One view of the calls; every field comes from the page's URL query."""

    q: str = ""
    topic: str = ""
    source: str = ""
    funder: str = ""
    region: str = ""
    kind: str = ""
    lang: str = ""
    window: str = ""  # "" | week | month | quarter: deadline within that many days
    status: str = "open"  # open | forthcoming | closed | all
    relevant_only: bool = True


WINDOWS = {"week": 7, "month": 31, "quarter": 92}


def fts_expression(text: str) -> str:
    """A safe FTS5 query: each word becomes a quoted prefix term (no FTS syntax errors).

    >>> fts_expression('mentorat "jeunes" OR')
    '"mentorat"* "jeunes"* "OR"*'
    """
    words = re.findall(r"\w+", text)
    return " ".join(f'"{word}"*' for word in words[:12])


class WebStore:
    def __init__(self, db: Database):
        self.db = db

    # --- calls ------------------------------------------------------------------------

    def _where(self, query: CallQuery, now: datetime) -> tuple[list[str], list[Any]]:
        where: list[str] = []
        args: list[Any] = []
        stamp = now.isoformat()
        if query.relevant_only:
            where.append("calls.relevant = 1")
        if query.status == "open":
            where.append(
                "calls.status != 'closed' and (calls.deadline is null or calls.deadline >= ?)"
            )
            args.append(stamp)
        elif query.status == "forthcoming":
            where.append("calls.status = 'forthcoming'")
        elif query.status == "closed":
            where.append("(calls.status = 'closed' or calls.deadline < ?)")
            args.append(stamp)
        for column, value in (
            ("source", query.source),
            ("funder", query.funder),
            ("kind", query.kind),
            ("lang", query.lang),
        ):
            if value:
                where.append(f"calls.{column} = ?")
                args.append(value)
        # JSON lists are stored as text: a quoted element is an exact element match.
        if query.topic:
            where.append("calls.topics like ?")
            args.append(f'%"{query.topic}"%')
        if query.region:
            where.append("calls.regions like ?")
            args.append(f'%"{query.region}"%')
        if query.window in WINDOWS:
            where.append("calls.deadline >= ? and calls.deadline <= ?")
            args += [stamp, (now + timedelta(days=WINDOWS[query.window])).isoformat()]
        expression = fts_expression(query.q)
        if expression:
            where.append("calls.rowid in (select rowid from calls_fts where calls_fts match ?)")
            args.append(expression)
        return where, args

    def find_calls(
        self, query: CallQuery, now: datetime, limit: int = 50, offset: int = 0
    ) -> tuple[list[dict[str, Any]], int]:
        """The calls of a view, soonest deadline first (none last), and how many there are."""
        where, args = self._where(query, now)
        clause = " and ".join(where) or "1"
        total = self.db.execute(f"select count(*) from calls where {clause}", args).fetchone()[0]
        if query.status == "closed":
            return self._page(clause, args, "calls.deadline desc", limit, offset), total
        # Two segments (dated, then undated) so each walks the (relevant, deadline) index in
        # order instead of sorting every matching call: this keeps 100,000 calls fast.
        dated = self._page(
            f"{clause} and calls.deadline is not null", args, "calls.deadline", limit, offset
        )
        if len(dated) == limit:
            return dated, total
        dated_count = self.db.execute(
            f"select count(*) from calls where {clause} and calls.deadline is not null", args
        ).fetchone()[0]
        undated = self._page(
            f"{clause} and calls.deadline is null",
            args,
            "calls.title",
            limit - len(dated),
            max(0, offset - dated_count),
        )
        return dated + undated, total

    def _page(
        self, clause: str, args: list[Any], order: str, limit: int, offset: int
    ) -> list[dict[str, Any]]:
        cursor = self.db.execute(
            f"select {LIST_COLUMNS} from calls where {clause} order by {order} limit ? offset ?",
            [*args, limit, offset],
        )
        columns = [d[0] for d in cursor.description]
        return [decode(dict(zip(columns, row, strict=True))) for row in cursor.fetchall()]

    def new_calls(self, now: datetime, limit: int = 50) -> list[dict[str, Any]]:
        """Relevant calls, most recently found first (for feeds)."""
        rows = self.db["calls"].rows_where("relevant = 1", order_by="first_seen desc", limit=limit)
        return [decode(row) for row in rows]

    def facets(self) -> dict[str, list[str]]:
        """The values offered in the filter menus."""

        def distinct(column: str) -> list[str]:
            sql = f"select distinct {column} from calls where {column} is not null order by 1"
            return [row[0] for row in self.db.execute(sql).fetchall() if row[0]]

        regions = {
            row[0]
            for row in self.db.execute(
                "select distinct value from calls, json_each(calls.regions) where relevant = 1"
            ).fetchall()
        }
        return {
            "source": distinct("source"),
            "funder": distinct("funder"),
            "lang": distinct("lang"),
            "region": sorted(regions),
        }

    def call(self, call_id: str) -> dict[str, Any] | None:
        rows = list(self.db["calls"].rows_where("id = ?", [call_id]))
        return decode(rows[0]) if rows else None

    def same_call_elsewhere(self, call: dict[str, Any]) -> list[dict[str, Any]]:
        """Other records of the same call (other sources or languages), when grouped."""
        group = call.get("group_id")
        if not group:
            return []
        rows = self.db["calls"].rows_where(
            "group_id = ? and id != ?", [group, call["id"]], select="id, source, url, title, lang"
        )
        return list(rows)

    # --- people, sign-in and sessions -------------------------------------------------

    def sync_people(self, people: list[dict[str, str]]) -> None:
        """Make the people table match the configuration (it is the source of truth)."""
        with self.db.conn:
            self.db.execute("delete from people")
            if people:
                self.db["people"].insert_all(people, pk="email", replace=True)

    def person(self, email: str) -> dict[str, Any] | None:
        rows = list(self.db["people"].rows_where("email = ?", [email.strip().lower()]))
        return rows[0] if rows else None

    def people(self) -> list[dict[str, Any]]:
        return list(self.db["people"].rows_where(order_by="member, email"))

    def count_attempts(self, key: str, since: datetime) -> int:
        return self.db["signin_attempts"].count_where(
            "key = ? and at >= ?", [key, since.isoformat()]
        )

    def record_attempt(self, key: str, now: datetime) -> None:
        with self.db.conn:
            self.db["signin_attempts"].insert({"key": key, "at": now.isoformat()})

    def create_signin_token(self, token: str, email: str, now: datetime) -> None:
        with self.db.conn:
            self.db["signin_tokens"].insert(
                {
                    "token_hash": digest_secret(token),
                    "email": email,
                    "created": now.isoformat(),
                    "expires": (now + SIGNIN_TOKEN_LIFETIME).isoformat(),
                    "used": None,
                }
            )

    def signin_token_state(self, token: str, now: datetime) -> str:
        """'valid', 'used', 'expired' or 'unknown' (nothing is consumed)."""
        rows = list(self.db["signin_tokens"].rows_where("token_hash = ?", [digest_secret(token)]))
        if not rows:
            return "unknown"
        if rows[0]["used"]:
            return "used"
        return "expired" if rows[0]["expires"] < now.isoformat() else "valid"

    def use_signin_token(self, token: str, now: datetime) -> str | None:
        """The token's email if it was valid; marks it used in the same statement (single use)."""
        with self.db.conn:
            cursor = self.db.execute(
                "update signin_tokens set used = ? where token_hash = ? and used is null "
                "and expires >= ? returning email",
                [now.isoformat(), digest_secret(token), now.isoformat()],
            )
            row = cursor.fetchone()
        return row[0] if row else None

    def create_session(self, session_id: str, email: str, now: datetime) -> None:
        with self.db.conn:
            self.db["sessions"].insert(
                {
                    "id_hash": digest_secret(session_id),
                    "email": email,
                    "created": now.isoformat(),
                    "expires": (now + SESSION_LIFETIME).isoformat(),
                }
            )

    def session_person(self, session_id: str, now: datetime) -> dict[str, Any] | None:
        row = self.db.execute(
            "select people.* from sessions join people on people.email = sessions.email "
            "where sessions.id_hash = ? and sessions.expires >= ?",
            [digest_secret(session_id), now.isoformat()],
        ).fetchone()
        if row is None:
            return None
        return dict(zip(("email", "member", "name", "role"), row, strict=True))

    def end_session(self, session_id: str) -> None:
        with self.db.conn:
            self.db.execute("delete from sessions where id_hash = ?", [digest_secret(session_id)])

    def record_visit(self, email: str, now: datetime) -> str | None:
        """Note a page view; return when the previous visit ended (for 'new since')."""
        rows = list(self.db["visits"].rows_where("email = ?", [email]))
        stamp = now.isoformat()
        with self.db.conn:
            if not rows:
                self.db["visits"].insert(
                    {"email": email, "last_seen": stamp, "previous_seen": None}
                )
                return None
            last, previous = rows[0]["last_seen"], rows[0]["previous_seen"]
            if datetime.fromisoformat(last) + VISIT_GAP < now:
                previous = last
            self.db["visits"].update(email, {"last_seen": stamp, "previous_seen": previous})
        return previous

    # --- marks and outcomes -----------------------------------------------------------

    def set_mark(self, call_id: str, member: str, mark: str, note: str, now: datetime) -> None:
        if mark not in MARKS:
            raise ValueError(f"unknown mark {mark!r}")
        with self.db.conn:
            self.db["marks"].upsert(
                {
                    "call_id": call_id,
                    "member": member,
                    "mark": mark,
                    "note": note[:500],
                    "updated": now.isoformat(),
                },
                pk=("call_id", "member"),
            )

    def remove_mark(self, call_id: str, member: str) -> None:
        with self.db.conn:
            self.db.execute("delete from marks where call_id = ? and member = ?", [call_id, member])

    def marks_for(self, call_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        found: dict[str, list[dict[str, Any]]] = {call_id: [] for call_id in call_ids}
        if not call_ids:
            return found
        marks = ", ".join("?" for _ in call_ids)
        for row in self.db["marks"].rows_where(
            f"call_id in ({marks})", call_ids, order_by="updated desc"
        ):
            found[row["call_id"]].append(row)
        return found

    def set_outcome(
        self,
        call_id: str,
        member: str,
        outcome: str,
        amount: float | None,
        note: str,
        now: datetime,
    ) -> None:
        if outcome not in OUTCOMES:
            raise ValueError(f"unknown outcome {outcome!r}")
        with self.db.conn:
            self.db["outcomes"].upsert(
                {
                    "call_id": call_id,
                    "member": member,
                    "outcome": outcome,
                    "amount": amount,
                    "note": note[:500],
                    "updated": now.isoformat(),
                },
                pk=("call_id", "member"),
            )

    def outcomes_for(self, call_id: str) -> list[dict[str, Any]]:
        return list(self.db["outcomes"].rows_where("call_id = ?", [call_id], order_by="member"))

    # --- source health ----------------------------------------------------------------

    def source_counts(self) -> dict[str, dict[str, int]]:
        rows = self.db.execute(
            "select source, count(*), sum(relevant) from calls group by source"
        ).fetchall()
        return {row[0]: {"calls": row[1], "relevant": row[2] or 0} for row in rows}
