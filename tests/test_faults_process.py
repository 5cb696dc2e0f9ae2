"""SIGKILL of `veille run` during a crawl, during storage and during a digest delivery.

Each test kills the whole service (its process group, as `systemctl kill -s KILL` does) at a
marker it waits for, restarts it, and checks: the database passes `pragma integrity_check`,
every alert is delivered, and a duplicate is at most the one message in flight at the kill.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
import yaml

from tests.factories import (
    VEILLE,
    Member,
    channel,
    config_folder,
    member,
    recorded_sources,
    subscription,
    two_sources,
    veille_run_argv,
)
from veille.local_mailbox import free_port
from veille.replay_server import RECORDINGS, ReplayServer

BEE = "economie-emploi.brussels"


class SlowSink:
    """An SMTP server that keeps each message, then waits `delay` s before its 250 OK."""

    def __init__(self, delay: float):
        from aiosmtpd.controller import Controller

        self.delay = delay
        self.received: list[tuple[str, str]] = []  # (To, Subject), in arrival order
        sink = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                import email
                import email.policy

                message = email.message_from_bytes(
                    envelope.original_content, policy=email.policy.default
                )
                sink.received.append((str(message["To"]), str(message["Subject"])))
                await asyncio.sleep(sink.delay)
                return "250 OK"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=free_port())
        self.controller.start()

    def url(self, to: str) -> str:
        return f"mailto://127.0.0.1:{self.controller.port}?from=veille@localhost&to={to}"


@pytest.fixture
def sink():
    server = SlowSink(delay=0)
    yield server
    server.controller.stop()


def slow_recordings(tmp_path: Path, delay: float, document_delay: float = 0) -> Path:
    """A copy of one recorded site whose call pages answer after `delay` s, and the
    documents of its calls after `document_delay` s."""
    folder = tmp_path / "recordings"
    shutil.copytree(RECORDINGS / BEE, folder / BEE)
    manifest = yaml.safe_load((folder / BEE / "manifest.yaml").read_text(encoding="utf-8"))
    for route in manifest["routes"]:
        if route["path"].startswith("/appel"):
            route["delay"] = delay
        if route["path"].startswith("/sites/default/files/"):
            route["delay"] = document_delay
    (folder / BEE / "manifest.yaml").write_text(yaml.safe_dump(manifest), encoding="utf-8")
    return folder


def members(sink: SlowSink, cadence: str) -> list[Member]:
    """Three members hearing of insertion and mentoring calls through the sink."""
    return [
        member(
            f"asbl-{n}",
            f"ASBL {n}",
            channels=[channel(sink.url(f"team@asbl-{n}.example"))],
            subscriptions=[
                subscription("alertes", cadence=cadence, topics=["insertion", "mentoring"])
            ],
        )
        for n in range(3)
    ]


def bee_only() -> list[dict]:
    return recorded_sources("bruxelles-economie-emploi")


def start(config: Path, data: Path, replay: str, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        veille_run_argv(config, data, replay, *extra),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )


def kill_when(process: subprocess.Popen, marker, limit: float = 60) -> None:
    """SIGKILL the service and its crawl child as soon as `marker()` is true."""
    deadline = time.monotonic() + limit
    while not marker():
        assert process.poll() is None, process.stderr.read()
        assert time.monotonic() < deadline, "the kill point was never reached"
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(10)


def run_once(config: Path, data: Path, replay: str) -> None:
    process = start(config, data, replay, "--once")
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 0, stderr


def integrity(data: Path) -> str:
    with sqlite3.connect(data / "veille.db") as db:
        return db.execute("pragma integrity_check").fetchone()[0]


def db_rows(data: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(data / "veille.db") as db:
        return db.execute(sql).fetchall()


def count(data: Path, table: str) -> int:
    if not (data / "veille.db").exists():
        return 0
    try:
        return db_rows(data, f"select count(*) from {table}")[0][0]
    except sqlite3.OperationalError:  # not created yet
        return 0


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """What an undisturbed run stores and sends, to compare the killed ones with."""
    tmp = tmp_path_factory.mktemp("reference")
    server = SlowSink(delay=0)
    try:
        with ReplayServer() as replay:
            config = tmp / "config"
            config.mkdir()
            config_folder(
                config,
                members=members(server, "instant"),
                sources=bee_only(),
                data_dir=tmp / "data",
            )
            run_once(config, tmp / "data", replay.base_url)
        calls = db_rows(tmp / "data", "select id, content_hash from calls order by id")
        return {"calls": calls, "messages": Counter(server.received)}
    finally:
        server.controller.stop()


def assert_restart_completes(config, data, replay_url, sink, reference) -> None:
    sink.delay = 0
    run_once(config, data, replay_url)
    assert integrity(data) == "ok"
    assert db_rows(data, "select id, content_hash from calls order by id") == reference["calls"]
    assert db_rows(data, "select status, count(*) from outbox group by status") == [
        ("sent", sum(reference["messages"].values()))
    ]
    # The crawl was killed before any alert was planned: nothing could be in flight.
    assert Counter(sink.received) == reference["messages"]


def test_sigkill_during_a_crawl(tmp_path, sink, reference):
    config, data = tmp_path / "config", tmp_path / "data"
    config_folder(config, members=members(sink, "instant"), sources=bee_only(), data_dir=data)
    with ReplayServer(slow_recordings(tmp_path, delay=3)) as replay:
        process = start(config, data, replay.base_url, "--once")
        # the crawl child is waiting for a call page: kill there
        kill_when(process, lambda: any(p.startswith(f"/{BEE}/appel") for _, p in replay.requests))
        assert count(data, "calls") == 0 and sink.received == []
    with ReplayServer() as replay:
        assert_restart_completes(config, data, replay.base_url, sink, reference)


def test_sigkill_during_storage(tmp_path, sink, reference):
    config, data = tmp_path / "config", tmp_path / "data"
    config_folder(config, members=members(sink, "instant"), sources=bee_only(), data_dir=data)
    with ReplayServer(slow_recordings(tmp_path, delay=0.7, document_delay=1.5)) as replay:
        process = start(config, data, replay.base_url, "--once")
        # calls are stored once every page is read, a call with documents once they are
        # read too (3 s here): kill after the first, before the last
        kill_when(process, lambda: count(data, "calls") >= 1)
        stored = count(data, "calls")
    assert 1 <= stored < len(reference["calls"]), stored
    assert integrity(data) == "ok"
    with ReplayServer() as replay:
        assert_restart_completes(config, data, replay.base_url, sink, reference)


def test_sigkill_during_a_digest_delivery(tmp_path, sink, replay):
    config, data = tmp_path / "config", tmp_path / "data"
    config_folder(config, members=members(sink, "daily"), sources=two_sources(), data_dir=data)
    sink.delay = 3  # each digest waits 3 s for its 250 OK: the kill lands mid-delivery
    process = start(config, data, replay.base_url, "--once")
    kill_when(process, lambda: len(sink.received) >= 1)
    in_flight = sink.received[0]
    assert integrity(data) == "ok"

    sink.delay = 0
    run_once(config, data, replay.base_url)
    assert integrity(data) == "ok"
    per_key = Counter(sink.received)
    keys = db_rows(data, "select key, status from outbox order by key")
    assert [status for _, status in keys] == ["sent"] * 3  # one digest per member, all sent
    assert len(per_key) == 3  # ... and every one arrived
    duplicated = {message: n for message, n in per_key.items() if n > 1}
    # The only message sent twice is the one the SMTP server had when the service died.
    assert duplicated == {in_flight: 2}


# ------------------------------------------- refusing to start half-configured ----
BROKEN_CONFIGS = {
    # kind of mistake: (file, text to write, what the message says, line it names)
    "unknown key": (
        "veille.yaml",
        "bot: {contact: a@b.example}\nreminder_dayz: [7]\n",
        "reminder_dayz: unknown key",
        2,
    ),
    "wrong type": (
        "veille.yaml",
        "bot: {contact: a@b.example}\n\nreminder_days: seven\n",
        "reminder_days: Input should be a valid list",
        3,
    ),
    "bad cron": (
        "veille.yaml",
        "bot: {contact: a@b.example}\nschedule:\n  daily_digest: every morning\n",
        "schedule.daily_digest: Value error, 'every morning' is not a crontab line",
        3,
    ),
    "bad URL": ("sources.yaml", None, "is not an http(s) URL", 8),
    "duplicate source": ("sources.yaml", None, "two sources are named 'cocof'", 1),
    "missing secret": ("members.yaml", None, "environment variable VEILLE_NO_SUCH_SECRET", 5),
}


def broken_sources(kind: str) -> str:
    source = {
        "name": "cocof",
        "title": "T",
        "funder": "F",
        "type": "feed",
        "languages": ["fr"],
        "start_urls": ["https://ccf.brussels/feed/"],
    }
    if kind == "bad URL":
        return yaml.safe_dump(
            {"sources": [{**source, "start_urls": ["ftp://ccf.brussels/"]}]}, sort_keys=False
        )
    return yaml.safe_dump({"sources": [source, source]}, sort_keys=False)


MISSING_SECRET = """members:
  - id: asbl-a
    name: ASBL A
    channels:
      - {name: email, url: "mailtos://bot:${VEILLE_NO_SUCH_SECRET}@smtp.example.org"}
"""


@pytest.mark.parametrize("kind", sorted(BROKEN_CONFIGS))
def test_a_mistake_stops_the_service_before_it_starts(kind, tmp_path):
    name, text, says, line = BROKEN_CONFIGS[kind]
    config, data = tmp_path / "config", tmp_path / "data"
    config.mkdir()
    (config / "veille.yaml").write_text("bot: {contact: a@b.example}\n", encoding="utf-8")
    if text is None:
        text = MISSING_SECRET if kind == "missing secret" else broken_sources(kind)
    (config / name).write_text(text, encoding="utf-8")

    done = subprocess.run(
        [VEILLE, "run", "--once", "--config", str(config), "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert done.returncode == 2
    [message] = done.stderr.splitlines()  # one clear line, no traceback
    assert message.startswith(f"error: {config / name}:{line}: "), message
    assert says in message
    assert not data.exists()  # nothing started: no database, no crawl
