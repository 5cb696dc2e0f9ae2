"""Online backup and restore of the SQLite database (safe while the service runs)."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def backup_database(source: Path, target: Path) -> int:
    """Copy a live database page by page (SQLite's online backup); returns its size in bytes."""
    if not source.exists():
        raise FileNotFoundError(f"no database at {source}")
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as live, sqlite3.connect(target) as copy:
        live.backup(copy)
    check_integrity(target)
    return target.stat().st_size


def check_integrity(path: Path) -> None:
    """Raise ValueError unless SQLite's integrity check passes."""
    with sqlite3.connect(path) as db:
        result = db.execute("pragma integrity_check").fetchone()[0]
    if result != "ok":
        raise ValueError(f"{path} fails the integrity check: {result}")


def restore_database(backup: Path, target: Path) -> None:
    """Replace the database by a checked backup (stop the service first)."""
    check_integrity(backup)
    with sqlite3.connect(backup) as source, sqlite3.connect(target) as live:
        source.backup(live)
