"""What the crawls of each source learnt of its site: on how many pages each heading,
`<title>`, title affix, site name or description was seen (crawler/site_memory.py).

Kept so that a crawl that reads few of a source's pages (most of its calls taken off the
listing, a site that answered badly) still knows the site's own parts. Bounded: a mark seen
on too few pages to teach anything is not kept, nor one unseen for `FORGET_AFTER`, and at
most `MAX_MARKS` per source (the most widely seen).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from sqlite_utils import Database, Migrations

migrations = Migrations("site_memories")

FORGET_AFTER = timedelta(days=180)  # a site's part unseen for half a year is forgotten
MAX_MARKS = 2000  # per source
# a mark teaches something from this many pages on (a listing heading or a site name: one)
MIN_PAGES = {"listing": 1, "site_name": 1}
DEFAULT_MIN_PAGES = 2

Mark = tuple[str, str]  # (kind, key)


@migrations()
def m001_site_memories(db: Database) -> None:
    db.table("site_memories").create(
        {"source": str, "kind": str, "key": str, "pages": int, "last_seen": str},
        pk=("source", "kind", "key"),
    )


class SiteMemories:
    def __init__(self, db: Database):
        self.db = db

    def load(self, source: str) -> dict[Mark, int]:
        """mark -> the most pages it was seen on, in the source's earlier crawls."""
        rows = self.db.query(
            "select kind, key, pages from site_memories where source = ?", [source]
        )
        return {(row["kind"], row["key"]): row["pages"] for row in rows}

    def save(
        self, source: str, kept: Mapping[Mark, int], seen: Mapping[Mark, int], now: datetime
    ) -> None:
        """Replace the source's memory with `kept` (mark -> pages); the marks this crawl
        `seen` are dated `now`, the others keep their date, and are forgotten when old."""
        dates = {
            (row["kind"], row["key"]): row["last_seen"]
            for row in self.db.query(
                "select kind, key, last_seen from site_memories where source = ?", [source]
            )
        }
        stamp = now.isoformat()
        kept_rows: list[tuple[int, str, str, str]] = []  # pages, kind, key, last seen
        for (kind, key), pages in kept.items():
            last_seen = stamp if seen.get((kind, key)) else dates.get((kind, key), stamp)
            fresh = datetime.fromisoformat(last_seen) > now - FORGET_AFTER
            if fresh and pages >= MIN_PAGES.get(kind, DEFAULT_MIN_PAGES):
                kept_rows.append((pages, kind, key, last_seen))
        kept_rows.sort(key=lambda row: (-row[0], row[1], row[2]))
        rows = [
            {"source": source, "kind": kind, "key": key, "pages": pages, "last_seen": last_seen}
            for pages, kind, key, last_seen in kept_rows[:MAX_MARKS]
        ]
        with self.db.conn:
            self.db.execute("delete from site_memories where source = ?", [source])
            self.db.table("site_memories").insert_all(rows)
