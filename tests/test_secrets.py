"""Secrets never leak: after a full run, no password appears in logs, database, files or outputs."""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest

from tests.factories import VEILLE, channel, config_folder, member, subscription, two_sources
from veille.local_mailbox import free_port

SMTP_SECRET = "smtp-Pa55-" + uuid.uuid4().hex[:10]
MATRIX_SECRET = "mx-Pa55-" + uuid.uuid4().hex[:10]
DEAD_SECRET = "dead-Pa55-" + uuid.uuid4().hex[:10]
SECRETS = (SMTP_SECRET, MATRIX_SECRET, DEAD_SECRET)


@pytest.fixture
def auth_smtp():
    """An SMTP server that requires AUTH with SMTP_SECRET (plain, on loopback)."""
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    received: list[bytes] = []

    class Keep:
        async def handle_DATA(self, server, session, envelope):
            received.append(envelope.original_content)
            return "250 OK"

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.password == SMTP_SECRET.encode()
        return AuthResult(success=ok)

    controller = Controller(
        Keep(),
        hostname="127.0.0.1",
        port=free_port(),
        authenticator=authenticate,
        auth_require_tls=False,
    )
    controller.start()
    yield controller.port, received
    controller.stop()


def hits(folder: Path) -> list[str]:
    """Every file under `folder` holding a secret (bytes, so the database and WAL count)."""
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            found += [f"{path}: {s}" for s in SECRETS if s.encode() in content]
    return found


def test_a_full_run_leaves_no_secret_anywhere(replay, matrix, auth_smtp, tmp_path):
    port, received = auth_smtp
    tag = uuid.uuid4().hex[:8]
    bot = matrix.register(f"bot{tag}", MATRIX_SECRET)
    reader = matrix.register(f"reader{tag}", "readerpass")
    _, room = matrix.call(
        "POST",
        "/_matrix/client/v3/createRoom",
        {"preset": "private_chat", "invite": [bot["user_id"]]},
        token=reader["access_token"],
    )
    matrix.call(
        "POST", f"/_matrix/client/v3/join/{quote(room['room_id'])}", {}, token=bot["access_token"]
    )
    host = matrix.url.split("://", 1)[1]
    smtp_url = (
        "mailto://veille:${VEILLE_SMTP_PASSWORD}@127.0.0.1:"
        f"{port}?from=veille@localhost&to=team@asbl.example"
    )
    channels = [
        channel(smtp_url),
        channel(
            f"matrix://bot{tag}:{MATRIX_SECRET}@{host}/{quote(room['room_id'])}?hsreq=no",
            "matrix",
        ),
        # deliberately failing: nothing listens there
        channel(
            f"mailto://veille:{DEAD_SECRET}@127.0.0.1:{free_port()}"
            "?from=veille@localhost&to=x@asbl.example",
            "dead",
        ),
    ]
    people = [
        member(
            "asbl-a",
            "ASBL A",
            channels=channels,
            subscriptions=[
                subscription(
                    "alertes",
                    channels=["email", "matrix", "dead"],
                    topics=["insertion", "mentoring"],
                )
            ],
        )
    ]
    config, data = tmp_path / "config", tmp_path / "data"
    config_folder(
        config,
        members=people,
        sources=two_sources(),
        data_dir=data,
        admin_channels=[channel(smtp_url.replace("team@", "admin@"), "admin")],
    )
    env = {**os.environ, "VEILLE_SMTP_PASSWORD": SMTP_SECRET}
    outputs = []
    for command in (
        ["run", "--once", "--replay", replay.base_url, "--now", "2026-11-27T09:00:00+0100"],
        [
            "run",
            "--once",
            "--replay",
            replay.base_url,
            "--now",
            "2026-11-27T09:10:00+0100",
            "--log-format",
            "json",
        ],  # the retry of the dead channel, logged for machines
        ["digest"],
        ["sources", "list"],
        ["config", "check"],
        ["doctor", "--send-test"],
    ):
        done = subprocess.run(
            [VEILLE, *command, "--config", str(config), "--data-dir", str(data)],
            capture_output=True,
            text=True,
            env=env,
            timeout=180,
        )
        outputs.append((command[0], done.returncode, done.stdout + done.stderr))

    assert outputs[0][1] == 0, outputs[0][2]
    # the first-start summary (and doctor's test messages) went through the authenticated
    # server, and to the room
    assert len(received) >= 3
    assert len(matrix.messages(room["room_id"], reader["access_token"])) >= 1
    assert '"level": "WARNING"' in outputs[1][2]  # the failing channel was logged, as JSON
    assert "message to asbl-a/dead not delivered yet, will retry" in outputs[0][2]
    leaks = [f"{name}: {s}" for name, _, out in outputs for s in SECRETS if s in out]
    assert leaks == []
    assert hits(data) == []  # database (every table, WAL), digest page, crawl cache
    assert hits(tmp_path / "config") == [
        f"{config / 'members.yaml'}: {s}" for s in (MATRIX_SECRET, DEAD_SECRET)
    ]  # only there
