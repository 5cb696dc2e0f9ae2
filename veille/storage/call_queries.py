"""What the web app reads of the calls: views (filters, search, pages), feeds, facets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal

from sqlite_utils import Database

from veille.domain.concepts import Concepts, SearchGroup, search_groups
from veille.domain.stored_call import StoredCall
from veille.domain.vocabulary import (
    AREA_NAMES,
    AREAS,
    WINDOW_DAYS,
    ViewStatus,
    Window,
    area_of,
)
from veille.storage.read_model import open_clause, stored_call

# Columns the lists need; the full text stays out of them (it can be long).
LIST_COLUMNS = (
    "id, source, url, title, summary, lang, funder, kind, deadline, deadline_text, "
    "deadline_has_time, deadline_kind, "
    "budget_amount, budget_currency, duration_months, results_based, cofinancing, own_share, "
    "regions, topics, status, relevant, uncertain, doubts, "
    "first_seen, last_changed, group_id, eligible, publics, named_regions"
)


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
    window: Window | Literal[""] = ""  # "": any deadline; else within that many days
    status: ViewStatus = "open"
    relevant_only: bool = True
    # instead: the calls shown "to check" (near the classifier's line, not flagged)
    to_check: bool = False
    # `q` read as groups of alternatives (concepts in four languages); empty: q's words
    search: tuple[SearchGroup, ...] = ()

    @property
    def groups(self) -> tuple[SearchGroup, ...]:
        return self.search or search_groups(self.q, Concepts())


@dataclass(frozen=True)
class OtherPage:
    """Another page of the same call: another source, or the call in another language."""

    source: str
    url: str
    title: str
    lang: str | None
    reason: str | None = None  # why it joined the group (GroupReason.to_text()), if it did


NEAR_GAP = 2  # words a form of several words may have between its words ("demandeurs DE L'emploi")


def fts_expression(groups: tuple[SearchGroup, ...]) -> str:
    """A safe FTS5 query: each group one of its forms (prefixes: plurals and inflections
    fold), every group required; a form of several words is found with its words together.

    >>> from veille.domain.concepts import Concepts, search_groups
    >>> fts_expression(search_groups('mentorat "jeunes" OR', Concepts()))
    '("mentorat"*) AND ("jeun"*)'
    >>> fts_expression(search_groups("demandeurs d'emploi", Concepts()))
    '("demandeur"*) AND ("emploi"*)'
    """
    parts = []
    for group in groups:
        alternatives = [_fts_form(form) for form in group.forms]
        alternatives = [a for a in alternatives if a]
        if alternatives:
            parts.append("(" + " OR ".join(dict.fromkeys(alternatives)) + ")")
    return " AND ".join(parts)


def _fts_form(form: tuple[str, ...]) -> str:
    words = [word for word in form if len(word) > 1] or list(form)  # elisions: l', d'
    words = [word for word in words if word.isalnum()]
    if not words:
        return ""
    if len(words) == 1:
        return f'"{words[0]}"*'
    return "NEAR(" + " ".join(f'"{word}"*' for word in words) + f", {NEAR_GAP})"


class CallQueries:
    def __init__(self, db: Database):
        self.db = db

    def _where(
        self, query: CallQuery, now: datetime, table: str = "calls"
    ) -> tuple[list[str], list[Any]]:
        """Conditions of a view on one record (`table` is the alias of the calls table)."""
        where: list[str] = []
        args: list[Any] = []
        stamp = now.isoformat()
        if query.to_check:
            where.append(f"{table}.uncertain = 1 and {table}.relevant = 0")
        elif query.relevant_only:
            where.append(f"{table}.relevant = 1")
        if query.status == "open":
            where.append(open_clause(table))
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
            # a region in any of its spellings (sources write "Bruxelles", "BE", "Vlaanderen")
            code = area_of(query.region)
            names = AREA_NAMES[code] if code else (query.region,)
            where.append("(" + " or ".join(f"{table}.regions like ?" for _ in names) + ")")
            args += [f'%"{name}"%' for name in names]
        if query.window:
            where.append(f"{table}.deadline >= ? and {table}.deadline <= ?")
            args += [stamp, (now + timedelta(days=WINDOW_DAYS[query.window])).isoformat()]
        expression = fts_expression(query.groups)
        if expression:
            where.append(f"{table}.rowid in (select rowid from calls_fts where calls_fts match ?)")
            args.append(expression)
        return where, args

    def find_calls(
        self, query: CallQuery, now: datetime, limit: int = 50, offset: int = 0
    ) -> tuple[list[StoredCall], int]:
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
        return int(members - extra)

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

    def _representatives(self, group_ids: list[str]) -> list[StoredCall]:
        """The list columns of these calls, in this order (one query)."""
        if not group_ids:
            return []
        marks = ", ".join("?" for _ in group_ids)
        cursor = self.db.execute(
            f"select {LIST_COLUMNS} from calls where id in ({marks})", group_ids
        )
        columns = [d[0] for d in cursor.description]
        found = {row[0]: stored_call(dict(zip(columns, row, strict=True))) for row in cursor}
        return [found[gid] for gid in group_ids if gid in found]

    def listed(self, group_ids: list[str]) -> dict[str, StoredCall]:
        """The list columns of these calls (or groups, by their ids), by id."""
        found: dict[str, StoredCall] = {}
        for start in range(0, len(group_ids), 500):  # SQLite's limit on bound parameters
            for call in self._representatives(group_ids[start : start + 500]):
                found[call.id] = call
        return found

    def group_languages(self, group_ids: list[str]) -> dict[str, set[str]]:
        """group id -> the languages of its pages (a call in French and Dutch is both)."""
        found: dict[str, set[str]] = {}
        for start in range(0, len(group_ids), 500):
            chunk = group_ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for group, lang in self.db.execute(
                f"select group_id, lang from calls where group_id in ({marks}) "
                "and lang is not null",
                chunk,
            ):
                found.setdefault(group, set()).add(lang)
        return found

    def new_calls(self, limit: int = 50) -> list[StoredCall]:
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
        return [stored_call(dict(zip(columns, row, strict=True))) for row in cursor]

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
            # regions as codes (AREAS order), a spelling no code knows as written
            "region": [r for r in AREAS if r in {area_of(n) for n in regions}]
            + sorted(n for n in regions if area_of(n) is None),
        }

    def call(self, call_id: str) -> StoredCall | None:
        rows = list(self.db.table("calls").rows_where("id = ?", [call_id]))
        return stored_call(rows[0]) if rows else None

    def same_call_elsewhere(self, call: StoredCall) -> list[OtherPage]:
        """Other pages of the same call (other sources or languages), when grouped."""
        rows = self.db.table("calls").rows_where(
            "group_id = ? and id != ?",
            [call.group_id, call.id],
            select="source, url, title, lang, group_reason as reason",
        )
        return [OtherPage(**row) for row in rows]

    def source_counts(self) -> dict[str, dict[str, int]]:
        rows = self.db.execute(
            "select source, count(*), sum(relevant) from calls group by source"
        ).fetchall()
        return {row[0]: {"calls": row[1], "relevant": row[2] or 0} for row in rows}
