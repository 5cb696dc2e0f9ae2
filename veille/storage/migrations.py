"""Schema changes, applied once each, in order."""

from __future__ import annotations

import json

from sqlite_utils import Database, Migrations

from veille.domain.facts import (
    extract_cofinancing,
    extract_duration_months,
    extract_publics,
    extract_regions,
    says_results_based,
)

migrations = Migrations("veille")


@migrations()
def m001_calls(db: Database) -> None:
    db.table("calls").create(
        {
            "id": str,
            "source": str,
            "source_id": str,
            "url": str,
            "title": str,
            "summary": str,
            "text": str,
            "lang": str,
            "funder": str,
            "kind": str,
            "published": str,
            "opens": str,
            "deadline": str,
            "deadline_text": str,
            "budget_amount": float,
            "budget_currency": str,
            "eligible": str,
            "regions": str,
            "attachments": str,
            "status": str,
            "relevant": int,
            "is_call": int,
            "topics": str,
            "score": float,
            "matches": str,
            "reasons": str,
            "content_hash": str,
            "first_seen": str,
            "last_seen": str,
            "last_changed": str,
        },
        pk="id",
    )
    db.table("calls").create_index(["deadline"])
    db.table("calls").create_index(["source", "source_id"], unique=True)
    db.table("calls").enable_fts(
        ["title", "summary", "text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2"
    )
    db.table("call_changes").create(
        {"id": int, "call_id": str, "changed_at": str, "field": str, "old": str, "new": str},
        pk="id",
        foreign_keys=[("call_id", "calls", "id")],
    )
    db.table("call_changes").create_index(["call_id"])
    db.table("crawl_runs").create(
        {
            "id": int,
            "source": str,
            "started": str,
            "finished": str,
            "outcome": str,
            "requests": int,
            "responses": str,
            "items": int,
            "new_calls": int,
            "changed_calls": int,
            "errors": str,
            "duration": float,
        },
        pk="id",
    )
    db.table("crawl_runs").create_index(["source", "started"])


@migrations()
def m002_outbox(db: Database) -> None:
    # Channel names only: channel URLs carry secrets and never enter the database.
    db.table("outbox").create(
        {
            "key": str,
            "member": str,
            "channel": str,
            "call_id": str,
            "kind": str,
            "subject": str,
            "body_html": str,
            "created": str,
            "status": str,
            "attempts": int,
            "next_attempt": str,
            "last_error": str,
            "sent_at": str,
        },
        pk="key",
    )
    db.table("outbox").create_index(["status", "next_attempt"])


@migrations()
def m003_call_groups(db: Database) -> None:
    # One record per call: duplicates found on other sources or in other languages
    # point to the first-seen call of their group.
    db.table("calls").add_column("group_id", str)
    db.table("calls").add_column("group_reason", str)
    db.table("calls").add_column("alternates", str)
    db.execute("update calls set group_id = id where group_id is null")
    db.table("calls").create_index(["group_id"])
    db.table("calls").create_index(["url"])
    db.table("call_keys").create({"key": str, "call_id": str}, pk=("key", "call_id"))
    db.table("call_keys").create_index(["key"])


@migrations()
def m004_call_keys_by_call(db: Database) -> None:
    # dedup reads the stored identifiers of its candidates by call id
    db.table("call_keys").create_index(["call_id"])


@migrations()
def m005_known_call(db: Database) -> None:
    # kept so that `veille reclassify` can classify again as the crawl did
    db.table("calls").add_column("known_call", int, not_null_default=0)


@migrations()
def m006_deadline_kind(db: Database) -> None:
    # The explicit result of the deadline search, and whether a time of day was stated (a
    # deadline without one is stored at the end of its day, for order and reminders, and
    # shown as a date). Calls stored before: a deadline at 23:59 is taken as a date alone,
    # since the end of the day was filled in for every deadline given without a time.
    calls = db.table("calls")
    calls.add_column("deadline_kind", str, not_null_default="none")
    calls.add_column("deadline_has_time", int, not_null_default=0)
    db.execute(
        "update calls set deadline_kind = case when deadline is not null then 'deadline' "
        "when status = 'permanent' then 'permanent' else 'none' end"
    )
    db.execute(
        "update calls set deadline_has_time = 1 "
        "where deadline is not null and substr(deadline, 12, 5) != '23:59'"
    )


@migrations()
def m007_uncertain_band(db: Database) -> None:
    # the classifier's "to check" band: close to its line, with why (JSON list of doubts)
    db.table("calls").add_column("uncertain", int, not_null_default=0)
    db.table("calls").add_column("doubts", str)


@migrations()
def m008_publics_and_named_regions(db: Database) -> None:
    # Whom a call is for and the regions its text names ("which members fit"): found in
    # the text already stored, so calls crawled before this version fit members too.
    db.table("calls").add_column("publics", str)
    db.table("calls").add_column("named_regions", str)
    rows = db.query("select id, title, deadline_text, summary, text from calls")
    updates = []
    for row in rows:
        prose = "\n".join(
            part
            for part in (row["title"], row["deadline_text"], row["summary"], row["text"])
            if part
        )
        updates.append(
            (
                json.dumps(extract_publics(prose)),
                json.dumps(extract_regions(prose)),
                row["id"],
            )
        )
    db.conn.executemany("update calls set publics = ?, named_regions = ? where id = ?", updates)


@migrations()
def m009_call_fingerprints(db: Database) -> None:
    # What dedup compares of a known call (codes, numbered parts, editions, numbers the text
    # states, page kind), read once from its texts; filled in for older calls when needed.
    db.table("calls").add_column("fingerprint", str)


@migrations()
def m010_observatory_facts(db: Database) -> None:
    # How long projects last, whether a call pays for results, whether applicants bring part
    # of the cost: read from the texts of the calls already stored, as the crawl now does.
    calls = db.table("calls")
    calls.add_column("duration_months", int)
    calls.add_column("results_based", int, not_null_default=0)
    calls.add_column("cofinancing", int, not_null_default=0)
    calls.add_column("own_share", float)
    rows = db.query("select id, title, summary, text, deadline_text from calls")
    for row in list(rows):
        prose = "\n".join(row[n] or "" for n in ("deadline_text", "summary", "text"))
        share = extract_cofinancing(prose)
        calls.update(
            row["id"],
            {
                "duration_months": extract_duration_months(prose, row["title"] or ""),
                "results_based": int(says_results_based(prose)),
                "cofinancing": int(share is not None),
                "own_share": share.own_share if share else None,
            },
        )
