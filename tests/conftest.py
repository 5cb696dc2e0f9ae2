"""Real parts on loopback: SMTP server, server of recorded sources, crawls in child processes."""

from __future__ import annotations

import email
import email.policy
import mailbox
import os
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from veille.config.loader import DEMO
from veille.crawler.launch import crawl_in_child

from veille.domain.call import BRUSSELS
from veille.local_mailbox import free_port
from veille.replay_server import ReplayServer

# The day the recordings were made: replayed crawls run as of that day.
RECORDED_NOW = datetime(2026, 11, 27, 9, 0, tzinfo=BRUSSELS)


class SmtpSink:
    def __init__(self, port: int, read):
        self.port = port
        self._read = read

    def apprise_url(self, to: str = "reader@example.org") -> str:
        return f"mailto://127.0.0.1:{self.port}?from=veille@localhost&to={to}"

    def messages(self) -> list[EmailMessage]:
        return [email.message_from_bytes(raw, policy=email.policy.default) for raw in self._read()]


@pytest.fixture(scope="session")
def _smtp_server():
    if os.environ.get("TEST_SMTP_PORT"):  # started by tests/servers/run_with_servers.py
        folder = Path(os.environ["TEST_MAILDIR"])

        def read() -> dict[str, bytes]:
            box = mailbox.Maildir(folder, factory=None, create=True)
            return {key: box.get_bytes(key) for key in sorted(box.keys())}

        yield int(os.environ["TEST_SMTP_PORT"]), read
        return
    from aiosmtpd.controller import Controller  # plain `pytest`: an in-process server

    received: list[bytes] = []

    class Keep:
        async def handle_DATA(self, server, session, envelope):
            received.append(envelope.original_content)
            return "250 OK"

    controller = Controller(Keep(), hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller.port, lambda: dict(enumerate(received))
    controller.stop()


@pytest.fixture
def smtp(_smtp_server) -> SmtpSink:
    """The SMTP server, showing only the messages this test caused."""
    port, read = _smtp_server
    before = set(read())
    return SmtpSink(port, lambda: [raw for key, raw in read().items() if key not in before])


@pytest.fixture(scope="session")
def replay() -> ReplayServer:
    with ReplayServer() as server:
        yield server


@pytest.fixture
def crawl(replay, tmp_path):
    """Crawl recorded sources through the real pipeline, in a child process, as of RECORDED_NOW."""

    def run(
        *sources: str,
        config_dir: Path | None = DEMO,
        data_dir: Path | None = None,
        now: datetime = RECORDED_NOW,
    ):
        target = data_dir or tmp_path / "data"
        outcome = crawl_in_child(
            target,
            list(sources),
            config_dir=config_dir,
            replay_base=replay.base_url,
            now=now.isoformat(),
            timeout=120,
        )
        assert outcome.ok, outcome.stderr
        return target

    return run
