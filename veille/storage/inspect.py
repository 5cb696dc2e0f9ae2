"""Look at a database without changing it (for `veille doctor`): no migration is applied."""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path

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
