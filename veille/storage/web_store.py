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
    "deadline_has_time, deadline_kind, "
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

    def _where(
        self, query: CallQuery, now: datetime, table: str = "calls"
    ) -> tuple[list[str], list[Any]]:
        """Conditions of a view on one record (`table` is the alias of the calls table)."""
        where: list[str] = []
        args: list[Any] = []
        stamp = now.isoformat()
        if query.relevant_only:
            where.append(f"{table}.relevant = 1")
        if query.status == "open":
            where.append(
                f"{table}.status != 'closed' and ({table}.deadline is null "
                f"or {table}.deadline >= ?)"
            )
            args.append(stamp)
        elif query.status == "forthcoming":
            where.append(f"{table}.status = 'forthcoming'")
        elif query.status == "closed":
            where.append(f"({table}.status = 'closed' or {table}.deadline < ?)")
            args.append(stamp)
        for column, value in (
            ("source", query.source),
            ("funder", query.funder),
            ("kind", query.kind),
            ("lang", query.lang),
        ):
            if value:
                where.append(f"{table}.{column} = ?")
                args.append(value)
        # JSON lists are stored as text: a quoted element is an exact element match.
        if query.topic:
            where.append(f"{table}.topics like ?")
            args.append(f'%"{query.topic}"%')
        if query.region:
            where.append(f"{table}.regions like ?")
            args.append(f'%"{query.region}"%')
        if query.window in WINDOWS:
            where.append(f"{table}.deadline >= ? and {table}.deadline <= ?")
            args += [stamp, (now + timedelta(days=WINDOWS[query.window])).isoformat()]
        expression = fts_expression(query.q)
        if expression:
            where.append(f"{table}.rowid in (select rowid from calls_fts where calls_fts match ?)")
            args.append(expression)
        return where, args

    def find_calls(
        self, query: CallQuery, now: datetime, limit: int = 50, offset: int = 0
    ) -> tuple[list[dict[str, Any]], int]:
        """The calls of a view, one per group of duplicates, and how many groups there are.

        A group (the same call on several sources or in several languages) is listed once,
        as its representative (`calls.group_id = calls.id`), when ANY of its members fits the
        view: the representative may be an English page the classifier left out while the
        French duplicate is relevant. That is `calls.group_id = calls.id and exists (select 1
        from calls m where m.group_id = calls.id and <view on m>)`, evaluated from the members'
        side: the fitting members are walked in deadline order on the (relevant, deadline,
        status, group_id) index and each group is kept at its first (soonest) member, so
        the home page reads about one index entry per listed call, as before grouping.
        Dated groups first (latest first for closed views), then undated ones by title.
        """
        where, args = self._where(query, now, "m")
        clause = " and ".join(where) or "1"
        total = self._count_groups(clause, args)
        wanted = offset + limit
        order = "m.deadline desc" if query.status == "closed" else "m.deadline"
        groups = self._first_groups(
            f"select m.group_id from calls m where {clause} and m.deadline is not null "
            f"order by {order}, m.rowid",
            args,
            wanted,
        )
        if len(groups) < wanted:
            # Undated members, unless their group already came with a dated member.
            other, other_args = self._where(query, now, "o")
            groups += self._first_groups(
                f"select m.group_id from calls m where {clause} and m.deadline is null "
                "and not exists (select 1 from calls o where o.group_id = m.group_id "
                f"and o.deadline is not null and {' and '.join(other) or '1'}) "
                "order by (select r.title from calls r where r.id = m.group_id), m.group_id",
                [*args, *other_args],
                wanted - len(groups),
            )
        return self._representatives(groups[offset:wanted]), total

    def _count_groups(self, clause: str, args: list[Any]) -> int:
        """How many groups have a member fitting `clause` (on alias m).

        `count(distinct group_id)` sorts every fitting member; instead, count the fitting
        members (from the index alone for the home page) and take off, for each group that
        has duplicates (few, found on the partial index calls_duplicates), its fitting
        members beyond the first.
        """
        members = self.db.execute(
            f"select count(*) from calls m where {clause} and m.group_id is not null", args
        ).fetchone()[0]
        extra = self.db.execute(
            "select coalesce(sum(fitting - 1), 0) from (select count(*) as fitting from calls m "
            f"where {clause} and m.group_id in (select group_id from calls "
            "where group_id != id) group by m.group_id)",
            args,
        ).fetchone()[0]
        return members - extra

    def _first_groups(self, sql: str, args: list[Any], wanted: int) -> list[str]:
        """Distinct group ids in the order the query first gives them, at most `wanted`."""
        seen: dict[str, None] = {}
        cursor = self.db.execute(sql, args)
        try:
            for (group,) in cursor:
                if group is not None and group not in seen:
                    seen[group] = None
                    if len(seen) >= wanted:
                        break
        finally:
            cursor.close()  # an unfinished statement would hold its read snapshot
        return list(seen)

    def _representatives(self, group_ids: list[str]) -> list[dict[str, Any]]:
        """The list columns of these calls, in this order (one query)."""
        if not group_ids:
            return []
        marks = ", ".join("?" for _ in group_ids)
        cursor = self.db.execute(
            f"select {LIST_COLUMNS} from calls where id in ({marks})", group_ids
        )
        columns = [d[0] for d in cursor.description]
        found = {row[0]: decode(dict(zip(columns, row, strict=True))) for row in cursor}
        return [found[gid] for gid in group_ids if gid in found]

    def new_calls(self, now: datetime, limit: int = 50) -> list[dict[str, Any]]:
        """Relevant calls, most recently found first (for feeds), one per group.

        A group is relevant when any of its members is (see find_calls).
        """
        cursor = self.db.execute(
            "select * from calls where calls.group_id = calls.id and exists "
            "(select 1 from calls m where m.group_id = calls.id and m.relevant = 1) "
            "order by calls.first_seen desc limit ?",
            [limit],
        )
        columns = [d[0] for d in cursor.description]
        return [decode(dict(zip(columns, row, strict=True))) for row in cursor]

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
    # They belong to a group of duplicates: marking the French page of a call marks the
    # call, whichever of its pages another member opens. Stored under the group's id.

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

    def set_mark(self, call_id: str, member: str, mark: str, note: str, now: datetime) -> None:
        if mark not in MARKS:
            raise ValueError(f"unknown mark {mark!r}")
        with self.db.conn:
            self.db["marks"].upsert(
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

    def marks_for(self, call_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
        """Each call's marks (those of its group), newest first; two queries in all."""
        found: dict[str, list[dict[str, Any]]] = {call_id: [] for call_id in call_ids}
        if not call_ids:
            return found
        groups = self.groups_of(call_ids)
        by_group: dict[str, list[dict[str, Any]]] = {group: [] for group in groups.values()}
        marks = ", ".join("?" for _ in by_group)
        for row in self.db["marks"].rows_where(
            f"call_id in ({marks})", list(by_group), order_by="updated desc"
        ):
            by_group[row["call_id"]].append(row)
        return {call_id: list(by_group[groups[call_id]]) for call_id in call_ids}

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
                    "call_id": self.group_of(call_id),
                    "member": member,
                    "outcome": outcome,
                    "amount": amount,
                    "note": note[:500],
                    "updated": now.isoformat(),
                },
                pk=("call_id", "member"),
            )

    def outcomes_for(self, call_id: str) -> list[dict[str, Any]]:
        return list(
            self.db["outcomes"].rows_where(
                "call_id = ?", [self.group_of(call_id)], order_by="member"
            )
        )

    # --- source health ----------------------------------------------------------------

    def source_counts(self) -> dict[str, dict[str, int]]:
        rows = self.db.execute(
            "select source, count(*), sum(relevant) from calls group by source"
        ).fetchall()
        return {row[0]: {"calls": row[1], "relevant": row[2] or 0} for row in rows}
