"""The crawl history: one row per source and crawl (requests, answers, calls, errors)."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from veille.storage.read_model import aware_moment


class CrawlRuns:
    """Written by the crawler's health recorder; read by health rules, pages and commands."""

    def __init__(self, db: Database):
        self.db = db

    def record(self, run: dict[str, Any]) -> None:
        with self.db.conn:
            self.db.table("crawl_runs").insert(
                {
                    **run,
                    "responses": json.dumps(run.get("responses", {})),
                    "errors": json.dumps(run.get("errors", []), ensure_ascii=False),
                }
            )

    def recent(self, source: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
        """The latest runs (of one source, or of all), newest first, lists decoded."""
        where, args = ("source = ?", [source]) if source else (None, None)
        rows = self.db.table("crawl_runs").rows_where(where, args, order_by="id desc", limit=limit)
        return [
            {**row, "responses": json.loads(row["responses"]), "errors": json.loads(row["errors"])}
            for row in rows
        ]

    def first_finished(self) -> dict[str, datetime]:
        """source -> when its first crawl that did not fail finished (calls stored before are
        backlog: a source down at the first start does not flood members when it comes back)."""
        return {
            row["source"]: moment
            for row in self.db.query(
                "select source, min(finished) as first from crawl_runs "
                "where outcome != 'failed' group by source"
            )
            if (moment := aware_moment(row["first"])) is not None
        }

    def oldest_start(self) -> datetime | None:
        """When the first recorded crawl of any source started."""
        row = next(iter(self.db.query("select min(started) as first from crawl_runs")), None)
        return aware_moment(row["first"]) if row else None
