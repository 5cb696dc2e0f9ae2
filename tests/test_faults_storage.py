"""Storage faults: a full disk stops the crawl loudly; readers and the writer don't block."""

from __future__ import annotations

import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import RECORDED_NOW, VEILLE, config_folder
from veille.config.loader import DEMO
from veille.storage import open_database


def disk_full_after(limit: int):
    """preexec_fn: files the child writes cannot grow past `limit` bytes (root ignores chmod)."""

    def cap() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write(), not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return cap


def crawl(data: Path, replay, *sources: str, limit: int | None = None):
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "veille.crawler.run",
            "--data-dir",
            str(data),
            "--config",
            str(DEMO),
            "--replay",
            replay.base_url,
            "--now",
            RECORDED_NOW.isoformat(),
            *sources,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=disk_full_after(limit) if limit else None,
    )


def rows(data: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(data / "veille.db") as db:
        return db.execute(sql).fetchall()


def test_disk_full_during_a_crawl_exits_non_zero_and_keeps_what_was_stored(replay, tmp_path):
    data = tmp_path / "data"
    first = crawl(data, replay, "cocof")
    assert first.returncode == 0, first.stderr
    before = rows(data, "select id, content_hash from calls order by id")

    # The WAL may grow by a few pages only: storing the next source's calls fails.
    full = crawl(data, replay, "bruxelles-economie-emploi", "eu-funding-tenders", limit=400_000)

    assert full.returncode == 3
    assert "error: cannot store calls in" in full.stderr
    assert "veille.db" in full.stderr
    assert rows(data, "pragma integrity_check") == [("ok",)]
    after = dict(rows(data, "select id, content_hash from calls"))
    assert all(after.get(call_id) == digest for call_id, digest in before)  # nothing lost


def test_disk_full_when_opening_the_database_fails_the_crawl(replay, tmp_path):
    full = crawl(tmp_path / "data", replay, "cocof", limit=100_000)
    assert full.returncode == 3
    assert "error: cannot open the database" in full.stderr


def test_a_database_error_in_a_command_is_one_line_and_exit_3(tmp_path):
    config = config_folder(tmp_path / "config", data_dir=tmp_path / "data")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "veille.db").write_bytes(b"this is not a database" * 100)

    done = subprocess.run(
        [VEILLE, "sources", "list", "--config", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert done.returncode == 3
    assert done.stderr.splitlines() == [
        "error: database: file is not a database (disk full? read-only?)"
    ]


def test_a_long_read_does_not_block_a_crawl_and_sees_a_stable_snapshot(replay, tmp_path):
    data = tmp_path / "data"
    assert crawl(data, replay, "cocof").returncode == 0
    reader = sqlite3.connect(data / "veille.db")  # the web app, in the middle of a page
    reader.execute("begin")
    seen = reader.execute("select count(*) from calls").fetchone()[0]

    writer = crawl(data, replay, "bruxelles-economie-emploi")

    assert writer.returncode == 0, writer.stderr
    assert reader.execute("select count(*) from calls").fetchone()[0] == seen  # snapshot
    reader.execute("commit")
    assert reader.execute("select count(*) from calls").fetchone()[0] > seen
    # the crawl itself (not the child process's start, slow on a loaded machine) took less
    # than the busy timeout (10 s): its writes never waited for the reader
    [(took,)] = reader.execute(
        "select duration from crawl_runs where source = 'bruxelles-economie-emploi'"
    ).fetchall()
    assert took < 10
    # ... and a writer holding its transaction does not block readers either
    writing = open_database(data / "veille.db")
    writing.execute("begin immediate")
    writing.execute("update calls set title = title || ' (modifié)'")
    assert sqlite3.connect(data / "veille.db", timeout=0.5).execute(
        "select count(*) from calls where title like '%(modifié)'"
    ).fetchone() == (0,)
    writing.execute("rollback")


def test_a_read_only_database_fails_the_crawl_and_keeps_what_was_stored(replay, tmp_path):
    """The file is made immutable (chattr +i): root ignores chmod, not the immutable flag."""
    import shutil

    data = tmp_path / "data"
    assert crawl(data, replay, "cocof").returncode == 0
    before = rows(data, "select id, content_hash from calls order by id")
    database = data / "veille.db"
    if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(database)]).returncode:
        pytest.skip("this file system cannot make a file immutable")
    try:
        again = crawl(data, replay, "bruxelles-economie-emploi")
    finally:
        subprocess.run(["chattr", "-i", str(database)], check=True)

    assert again.returncode == 3
    assert "readonly database" in again.stderr and "veille.db" in again.stderr
    assert rows(data, "select id, content_hash from calls order by id") == before
