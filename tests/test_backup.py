import sqlite3
from datetime import datetime

import pytest

from veille.domain.call import BRUSSELS, Call
from veille.storage import CallStore, open_database
from veille.storage.backup import backup_database, check_integrity, restore_database

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=BRUSSELS)


def test_backup_while_open_then_restore(tmp_path):
    live_path, copy_path = tmp_path / "veille.db", tmp_path / "backups" / "veille.db"
    store = CallStore(open_database(live_path))
    store.upsert_call(Call(source="s", source_id="1", url="https://a.example/1", title="A"), NOW)

    size = backup_database(live_path, copy_path)  # the live connection stays open
    store.upsert_call(Call(source="s", source_id="2", url="https://a.example/2", title="B"), NOW)
    store.db.close()
    restore_database(copy_path, live_path)

    assert size > 0
    assert [row["title"] for row in CallStore(open_database(live_path)).db["calls"].rows] == ["A"]


def test_corrupt_backup_is_refused(tmp_path):
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)

    with pytest.raises((ValueError, sqlite3.DatabaseError)):
        check_integrity(broken)
