"""Look at a database without changing it (for `veille doctor`): no migration is applied."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from veille.storage.crawl_runs import CrawlRuns


@dataclass(frozen=True)
class DatabaseReport:
    integrity: str  # "ok" or SQLite's first complaint
    journal_mode: str  # "wal" expected
    pending: list[str]  # migrations not applied yet ("set:name")
    size: int  # bytes, WAL included


def inspect_database(path: Path) -> DatabaseReport:
    from veille.storage.db import MIGRATION_SETS

    db = Database(path)
    try:
        integrity = db.execute("pragma integrity_check").fetchone()[0]
        journal = db.execute("pragma journal_mode").fetchone()[0]
        pending = []
        for module in MIGRATION_SETS:
            migrations = importlib.import_module(module).migrations
            pending += [f"{migrations.name}:{m.name}" for m in migrations.pending(db)]
    finally:
        db.close()
    wal = path.with_name(path.name + "-wal")
    size = path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    return DatabaseReport(integrity, journal, pending, size)


def read_crawl_runs(path: Path) -> CrawlRuns:
    """The crawl history of an existing database, without applying migrations."""
    return CrawlRuns(Database(path))


def undelivered(path: Path, failed_since: datetime) -> list[dict[str, Any]]:
    """Messages given up on since `failed_since`, and those waiting after a failed attempt,
    oldest first (a database the newer migrations have not reached yet is read too)."""
    db = Database(path)
    try:
        if not db["outbox"].exists():
            return []
        present = set(db["outbox"].columns_dict)
        newer = [
            name if name in present else f"null as {name}"
            for name in ("cause", "first_failed_at", "failed_at")
        ]
        rows = db.query(
            "select member, channel, subject, status, attempts, created, last_error, "
            f"{', '.join(newer)} from outbox "
            "where status = 'failed' or (status = 'pending' and attempts > 0) order by created"
        )
        since = failed_since.isoformat()
        return [
            row
            for row in rows
            if row["status"] == "pending" or (row["failed_at"] or row["created"]) >= since
        ]
    finally:
        db.close()
