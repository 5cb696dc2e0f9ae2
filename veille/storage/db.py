"""Calls, their change history and crawl runs in one SQLite file."""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from veille.domain.call import BRUSSELS, TRACKED_FIELDS, Call
from veille.domain.call_fingerprint import Fingerprint, fingerprint
from veille.domain.classify import Classification
from veille.domain.dedup import EXTENSION_DAYS, CallKey, GroupReason, same_call
from veille.domain.stored_call import CallChange, StoredCall
from veille.domain.verdicts import apply_verdict, labelled_call
from veille.domain.vocabulary import UpsertOutcome
from veille.storage.read_model import call_change, is_open_row, open_clause, stored_call
from veille.storage.verdicts import Verdicts

# Each feature keeps its tables in its own migration set (a module with a `migrations`
# object); sets are applied in this order, each migration once.
MIGRATION_SETS = (
    "veille.storage.migrations",
    "veille.storage.delivery_tables",
    "veille.storage.web_tables",
    "veille.storage.coalition_tables",  # after web_tables: it migrates its marks
    "veille.storage.first_start",
    "veille.storage.verdicts",
    "veille.storage.site_memories",
)
DATABASE_FILE = "veille.db"


def database_path(data_dir: Path) -> Path:
    """Where the database of a data folder is (the secret key file sits beside it)."""
    return data_dir / DATABASE_FILE


def open_database(path: str | Path) -> Database:
    """Open (creating if needed) and migrate the database; WAL lets readers and a writer coexist."""
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        db = Database(path)
        db.execute("PRAGMA journal_mode=WAL")
        # With WAL, NORMAL never corrupts the file and a killed process loses nothing it
        # committed; only a power cut may drop the last commits (the next crawl redoes them).
        # It spares a disk sync per commit: about 3x faster storage.
        db.execute("PRAGMA synchronous=NORMAL")
    else:
        db = Database(memory=True)
    db.execute("PRAGMA busy_timeout=10000")
    db.execute("PRAGMA foreign_keys=ON")
    for module in MIGRATION_SETS:
        importlib.import_module(module).migrations.apply(db)
    return db


@dataclass
class UpsertResult:
    call_id: str
    outcome: UpsertOutcome
    changes: list[dict[str, Any]] = field(default_factory=list)  # field, old, new
    group_id: str | None = None  # set when a new call joined a known call's group
    group_reason: str | None = None  # GroupReason.to_text(): "identifier:ESF-…", "facts"


def row_fingerprint(row: dict[str, Any], read_on: date) -> Fingerprint:
    """The fingerprint of a stored row (read from its title, texts, URL and source id), for
    calls that come without one; dates without a year count from its publication, else from
    `read_on`, as normalize reads them."""
    published = row.get("published")
    return fingerprint(
        row["title"] or "",
        row.get("text") or "",
        (row["url"], row["source_id"]),
        summary=row.get("summary") or "",
        reference=date.fromisoformat(published[:10]) if published else read_on,
    )


def _stored(print_: Fingerprint) -> str:
    return json.dumps(print_.to_dict(), ensure_ascii=False)


def call_key(row: dict[str, Any], print_: Fingerprint) -> CallKey:
    """What dedup compares of a stored row."""

    def listed(name: str) -> frozenset[str]:
        return frozenset(json.loads(row.get(name) or "[]"))  # a JSON column

    return CallKey(
        id=row["id"],
        source=row["source"],
        url=row["url"],
        title=row["title"] or "",
        lang=row["lang"],
        funder=row["funder"],
        deadline=row["deadline"],
        budget=row["budget_amount"],
        alternates=listed("alternates"),
        attachments=listed("attachments"),
        fingerprint=print_,
    )


# What dedup reads of a known call: never its (long) texts, whose fingerprint is stored.
KEY_COLUMNS = ", ".join(
    f"calls.{name}"
    for name in (
        "id",
        "source",
        "source_id",
        "url",
        "title",
        "lang",
        "funder",
        "deadline",
        "alternates",
        "attachments",
        "budget_amount",
        "group_id",
        "first_seen",
        "fingerprint",
    )
)
CANDIDATES = 200  # known calls compared per lookup (one deadline day, or an extension window)


EXTENDED_KEY = "extended"  # the index entry of pages saying their deadline was extended


def lookup_keys(key: CallKey) -> set[str]:
    """Index entries under which a duplicate of this call would be found."""
    keys = set(key.fingerprint.codes) | {f"url:{key.url}"} | {f"url:{u}" for u in key.alternates}
    return keys | ({EXTENDED_KEY} if key.fingerprint.extended else set())


class CallStore:
    """Reads and writes calls. Re-storing a call updates it in place and records what changed."""

    def __init__(self, db: Database):
        self.db = db

    def upsert_call(self, call: Call, now: datetime) -> UpsertResult:
        """Store a call; an accepted verdict on its group stays its label (storage.verdicts)."""
        row = call.to_row()
        stamp = now.isoformat()
        day = now.astimezone(BRUSSELS).date()
        with self._write():
            existing = self.get_row(row["id"])
            if existing is not None and existing["content_hash"] == row["content_hash"]:
                seen: dict[str, Any] = {"last_seen": stamp}
                if existing.get("fingerprint") is None:  # stored before fingerprints
                    seen["fingerprint"] = _stored(call.fingerprint or row_fingerprint(row, day))
                self.db.table("calls").update(row["id"], seen)
                return UpsertResult(row["id"], "unchanged")
            # read once (by normalize, with the call's dates): known calls' prints are stored
            print_ = call.fingerprint or row_fingerprint(row, day)
            row["fingerprint"] = _stored(print_)
            key = call_key(row, print_)
            if existing is None:
                group_id, reason = self._find_group(key)
                row = self._labelled(call, group_id or row["id"], row)
                row["fingerprint"] = _stored(print_)
                row.update(
                    first_seen=stamp,
                    last_seen=stamp,
                    last_changed=stamp,
                    group_id=group_id or row["id"],
                    group_reason=reason.to_text() if reason else None,
                )
                self.db.table("calls").insert(row)
                self.db.table("call_keys").insert_all(
                    ({"key": k, "call_id": row["id"]} for k in lookup_keys(key)), ignore=True
                )
                return UpsertResult(
                    row["id"],
                    "new",
                    group_id=group_id,
                    group_reason=reason.to_text() if reason else None,
                )
            row = self._labelled(call, existing["group_id"] or row["id"], row)
            row["fingerprint"] = _stored(print_)
            changes = [
                {"field": name, "old": existing[name], "new": row[name]}
                for name in TRACKED_FIELDS
                if existing[name] != row[name]
            ]
            row.update(last_seen=stamp, last_changed=stamp, first_seen=existing["first_seen"])
            self.db.table("calls").update(row["id"], row)
            if changes:
                self.db.table("call_changes").insert_all(
                    {"call_id": row["id"], "changed_at": stamp, **change} for change in changes
                )
            # its identifiers may have changed with its text
            self.db.execute("delete from call_keys where call_id = ?", [row["id"]])
            self.db.table("call_keys").insert_all(
                ({"key": k, "call_id": row["id"]} for k in lookup_keys(key)), ignore=True
            )
            return UpsertResult(row["id"], "changed", changes)

    def _labelled(self, call: Call, group_id: str, row: dict[str, Any]) -> dict[str, Any]:
        """The row of `call` with the accepted verdict on its group as label, if any."""
        verdict = Verdicts(self.db).accepted([group_id]).get(group_id)
        return row if verdict is None else labelled_call(call, verdict).to_row()

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One transaction for the lookups and every write of an upsert, committed once.

        BEGIN IMMEDIATE takes the write lock first (waiting up to busy_timeout), so the
        dedup lookup and the insert see the same database even with another crawl writing.
        Inside a caller's transaction, sqlite-utils' savepoint is used instead.
        """
        conn = self.db.conn
        if conn.in_transaction:
            with self.db.atomic():
                yield
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            conn.rollback()
            raise
        conn.commit()

    def _find_group(self, key: CallKey) -> tuple[str | None, GroupReason | None]:
        """The group of a known call this new one duplicates, and why."""
        keys = sorted(lookup_keys(key) - {EXTENDED_KEY})  # extensions: by deadline, below
        candidates: dict[str, dict[str, Any]] = {}
        if keys:
            marks = ", ".join("?" for _ in keys)
            for row in self.db.query(
                f"select {KEY_COLUMNS} from call_keys join calls on calls.id = call_keys.call_id "
                f"where call_keys.key in ({marks})",
                keys,
            ):
                candidates[row["id"]] = row
        if key.deadline:
            day = date.fromisoformat(key.deadline[:10])
            # the same deadline day; around it when a page says the deadline moved
            reach = timedelta(days=EXTENSION_DAYS if key.fingerprint.extended else 0)
            for row in self.db.query(
                f"select {KEY_COLUMNS} from calls where deadline >= ? and deadline < ? "
                f"limit {CANDIDATES}",
                [(day - reach).isoformat(), (day + reach).isoformat() + "~"],
            ):
                candidates.setdefault(row["id"], row)
            if not key.fingerprint.extended:
                # a known page saying its deadline was extended may be this call's earlier page
                for row in self.db.query(
                    f"select {KEY_COLUMNS} from call_keys join calls "
                    f"on calls.id = call_keys.call_id where call_keys.key = '{EXTENDED_KEY}' "
                    "and deadline >= ? and deadline < ? "
                    f"limit {CANDIDATES}",
                    [
                        (day - timedelta(days=EXTENSION_DAYS)).isoformat(),
                        (day + timedelta(days=EXTENSION_DAYS)).isoformat() + "~",
                    ],
                ):
                    candidates.setdefault(row["id"], row)
        prints = self._fingerprints(list(candidates.values()))
        for row in sorted(candidates.values(), key=lambda r: r["first_seen"]):
            reason = same_call(key, call_key(row, prints[row["id"]]))
            if reason:
                return row["group_id"] or row["id"], reason
        return None, None

    def _fingerprints(self, rows: list[dict[str, Any]]) -> dict[str, Fingerprint]:
        """The stored fingerprints of these rows; rows stored before fingerprints existed
        are read once (their texts) and their fingerprint stored."""
        found = {
            row["id"]: Fingerprint.from_dict(json.loads(row["fingerprint"]))
            for row in rows
            if row["fingerprint"]
        }
        missing = [row["id"] for row in rows if not row["fingerprint"]]
        for start in range(0, len(missing), 500):  # SQLite's limit on bound parameters
            chunk = missing[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in self.db.query(
                "select id, title, summary, text, url, source_id, published, first_seen "
                f"from calls where id in ({marks})",
                chunk,
            ):
                seen_on = datetime.fromisoformat(row["first_seen"]).astimezone(BRUSSELS).date()
                print_ = row_fingerprint(row, seen_on)
                found[row["id"]] = print_
                self.db.table("calls").update(row["id"], {"fingerprint": _stored(print_)})
        return found

    def reclassify(
        self, classify: Callable[[StoredCall], Classification], group_id: str | None = None
    ) -> int:
        """Classify every stored call again (after the vocabulary changed, or verdicts were
        reviewed): an accepted verdict on a call's group is its label. `group_id`: only the
        pages of that group. Returns how many classifications changed."""
        where, args = (
            ("where group_id = ? or id = ?", [group_id, group_id]) if group_id else ("", [])
        )
        rows = self.db.query(
            "select id, group_id, source, url, title, first_seen, summary, text, lang, "
            "known_call, relevant, is_call, topics, score, matches, reasons, uncertain, doubts "
            f"from calls {where}",
            args,
        )
        labels = Verdicts(self.db).accepted()
        updates = []
        for row in rows:
            label = labels.get(row["group_id"] or row["id"])
            verdict = apply_verdict(classify(stored_call(row)), label)
            full = verdict.to_dict()
            new = {
                "relevant": int(verdict.relevant),
                "is_call": int(verdict.is_call),
                "topics": json.dumps(list(verdict.topics), ensure_ascii=False),
                "score": verdict.score,
                "matches": json.dumps(full["matches"], ensure_ascii=False),
                "reasons": json.dumps(list(verdict.reasons), ensure_ascii=False),
                "uncertain": int(verdict.uncertain),
                "doubts": json.dumps(full["doubts"], ensure_ascii=False),
            }
            if any(row[name] != value for name, value in new.items()):
                updates.append((row["id"], new))
        with self._write():
            for call_id, new in updates:
                self.db.table("calls").update(call_id, new)
        return len(updates)

    def get_row(self, call_id: str) -> dict[str, Any] | None:
        rows = list(self.db.table("calls").rows_where("id = ?", [call_id]))
        return rows[0] if rows else None

    def changes(self, call_id: str) -> list[CallChange]:
        """A call's recorded changes, oldest first."""
        rows = self.db.table("call_changes").rows_where("call_id = ?", [call_id], order_by="id")
        return [call_change(row) for row in rows]

    def open_calls(self, now: datetime, relevant_only: bool = True) -> list[StoredCall]:
        """Calls one can still apply to, soonest deadline first (permanent ones last).

        One entry per call: a group of duplicates (sources, languages) is open (relevant)
        when any of its pages is, and is shown through its best page under the group's id,
        so alerts, marks and links keep one identity whatever page is shown.
        """
        qualifies = open_clause("calls")
        if relevant_only:  # flagged, or shown "to check"
            qualifies += " and (relevant = 1 or uncertain = 1)"
        rows = self.db.query(
            f"select * from calls where group_id in (select group_id from calls where {qualifies})",
            [now.isoformat()],
        )
        groups: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            groups.setdefault(row["group_id"], []).append(row)
        shown = [_group_view(members, now, relevant_only) for members in groups.values()]
        shown.sort(key=lambda row: (row["deadline"] is None, row["deadline"] or "", row["title"]))
        return [stored_call(row) for row in shown]

    def count(self, where: str | None = None, args: list[Any] | None = None) -> int:
        return (
            self.db.table("calls").count_where(where, args)
            if where
            else self.db.table("calls").count
        )


def _group_view(
    members: list[dict[str, Any]], now: datetime, relevant_only: bool
) -> dict[str, Any]:
    """A group shown through its best open page, under the group's id and first sighting."""
    stamp = now.isoformat()
    group_id = members[0]["group_id"]
    candidates = [
        m
        for m in members
        if is_open_row(m, stamp) and (m["relevant"] or m["uncertain"] or not relevant_only)
    ]
    # the representative when it qualifies, else a relevant page, else the first seen
    best = min(
        candidates,
        key=lambda m: (m["id"] != group_id, not m["relevant"], not m["uncertain"], m["first_seen"]),
    )
    return {
        **best,
        "id": group_id,
        "page_id": best["id"],
        "first_seen": min(m["first_seen"] for m in members),
    }
