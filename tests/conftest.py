"""Real parts on loopback: SMTP server, server of recorded sources, crawls in child processes."""

from __future__ import annotations

import email
import email.policy
import mailbox
import os
import re
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from tests.factories import (
    RECORDED_NOW,
    WEB_NOW,
    channel,
    config_folder,
    member,
    subscription,
    web_calls,
)
from veille.config import default_classifier
from veille.config.loader import DEMO
from veille.crawler.launch import crawl_in_child
from veille.domain.classify import Classifier
from veille.local_mailbox import free_port
from veille.replay_server import RECORDINGS, ReplayServer

# Real headless Chromium for the browser tests: its fixtures (`browser`, `server`).
pytest_plugins = ["tests.chromium"]

TEST_RECORDINGS = Path(__file__).resolve().parent / "recordings"

# Property tests: repeatable in the suite; `python bench/fuzz.py` explores at random, longer.
hypothesis_settings.register_profile("repeatable", max_examples=200, derandomize=True)
hypothesis_settings.register_profile(
    "fuzz", max_examples=int(os.environ.get("VEILLE_FUZZ_EXAMPLES", "5000")), derandomize=False
)
hypothesis_settings.load_profile(os.environ.get("VEILLE_HYPOTHESIS_PROFILE", "repeatable"))


class SmtpSink:
    def __init__(self, port: int, read):
        self.port = port
        self._read = read

    def apprise_url(self, to: str = "reader@example.org") -> str:
        return f"mailto://127.0.0.1:{self.port}?from=veille@localhost&to={to}"

    def messages(self) -> list[EmailMessage]:
        return [email.message_from_bytes(raw, policy=email.policy.default) for raw in self._read()]


def arrival_order(key: str) -> int:
    """Maildir keys carry a per-process counter ("...Q12..."): arrival order, unlike the key
    text (whose microseconds are not zero-padded, so sorting the text misorders messages)."""
    match = re.search(r"Q(\d+)", key)
    return int(match.group(1)) if match else 0


@pytest.fixture(scope="session")
def clf() -> Classifier:
    """The classifier with the shipped vocabulary (read once: it does not change)."""
    return default_classifier()


@pytest.fixture(scope="session")
def _smtp_server():
    if os.environ.get("TEST_SMTP_PORT"):  # started by tests/servers/run_with_servers.py
        folder = Path(os.environ["TEST_MAILDIR"])

        def read() -> dict[str, bytes]:
            box = mailbox.Maildir(folder, factory=None, create=True)
            return {key: box.get_bytes(key) for key in sorted(box.keys(), key=arrival_order)}

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


@pytest.fixture(scope="session")
def replay_with_test_sites() -> ReplayServer:
    """The recorded sources and the test sites of tests/recordings/ (a commune, faults...)."""
    with ReplayServer([RECORDINGS, TEST_RECORDINGS]) as server:
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


# ------------------------------------------------------------------ Matrix ----
# A real Synapse on 127.0.0.1 (tests/servers/matrix_server.py); users and rooms are made
# over plain HTTP, and messages are read back as a second user, the way a member would.


class MatrixServer:
    def __init__(self, url: str, secret: str):
        self.url = url
        self.secret = secret

    def call(self, method: str, path: str, body: dict | None = None, token: str | None = None):
        import json
        import urllib.error
        import urllib.request

        request = urllib.request.Request(
            self.url + path,
            method=method,
            data=None if body is None else json.dumps(body).encode(),
            headers={
                "Content-Type": "application/json",
                **({"Authorization": f"Bearer {token}"} if token else {}),
            },
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                return answer.status, json.loads(answer.read() or b"{}")
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read() or b"{}")

    def register(self, username: str, password: str) -> dict:
        """Shared-secret registration: HMAC-SHA1 over nonce, user, password, 'notadmin'."""
        import hashlib
        import hmac

        _, nonce = self.call("GET", "/_synapse/admin/v1/register")
        mac = hmac.new(self.secret.encode(), digestmod=hashlib.sha1)
        mac.update(
            b"\x00".join(
                [nonce["nonce"].encode(), username.encode(), password.encode(), b"notadmin"]
            )
        )
        status, user = self.call(
            "POST",
            "/_synapse/admin/v1/register",
            {
                "nonce": nonce["nonce"],
                "username": username,
                "password": password,
                "admin": False,
                "mac": mac.hexdigest(),
            },
        )
        assert status == 200, user
        return user

    def messages(self, room_id: str, token: str) -> list[dict]:
        """The room's messages, oldest first (their `content`: body, format, formatted_body)."""
        from urllib.parse import quote

        status, page = self.call(
            "GET",
            f"/_matrix/client/v3/rooms/{quote(room_id)}/messages?dir=b&limit=100",
            token=token,
        )
        assert status == 200, page
        return [e["content"] for e in reversed(page["chunk"]) if e["type"] == "m.room.message"]


@pytest.fixture(scope="session")
def matrix(tmp_path_factory):
    if os.environ.get("TEST_MATRIX_URL"):  # started by tests/servers/run_with_servers.py
        yield MatrixServer(os.environ["TEST_MATRIX_URL"], os.environ["TEST_MATRIX_SECRET"])
        return
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent / "servers"))
    from matrix_server import SYNAPSE_PYTHON, start_synapse

    if not SYNAPSE_PYTHON.exists():
        message = "no Synapse: run `make test` (it installs .synapse-venv)"
        if os.environ.get("CI"):  # CI must run the Matrix tests, never skip them
            pytest.fail(message)
        pytest.skip(message)
    process, url = start_synapse(tmp_path_factory.mktemp("synapse"), "local-secret")
    yield MatrixServer(url, "local-secret")
    process.terminate()
    process.wait(15)


@pytest.fixture
def matrix_room(matrix):
    """Fresh bot and reader users, a private room made by the reader, the bot joined.

    `apprise_url` uses ?hsreq=no: room-version-12 ids have no ':server' part.
    """
    import uuid
    from urllib.parse import quote

    tag = uuid.uuid4().hex[:8]
    bot = matrix.register(f"bot{tag}", "botpass")
    reader = matrix.register(f"reader{tag}", "readerpass")
    status, room = matrix.call(
        "POST",
        "/_matrix/client/v3/createRoom",
        {"preset": "private_chat", "name": f"calls-{tag}", "invite": [bot["user_id"]]},
        token=reader["access_token"],
    )
    assert status == 200, room
    room_id = room["room_id"]
    joined = matrix.call(
        "POST", f"/_matrix/client/v3/join/{quote(room_id)}", {}, token=bot["access_token"]
    )
    assert joined[0] == 200, joined
    host = matrix.url.split("://", 1)[1]
    return {
        "room_id": room_id,
        "bot": bot,
        "reader": reader,
        "apprise_url": f"matrix://bot{tag}:botpass@{host}/{quote(room_id)}?hsreq=no",
        "read": lambda: matrix.messages(room_id, reader["access_token"]),
    }


# ------------------------------------------------------- delivery service ----
@pytest.fixture
def service_config(tmp_path):
    """Write a configuration folder for the delivery service; returns a function of members."""

    def write(members: list[dict], sources: list[dict] | None = None, **settings) -> Path:
        return config_folder(
            tmp_path / "config",
            members=members,
            sources=sources,
            data_dir=tmp_path / "data",
            coalition="Coalition test",
            # `veille run` also serves the digest: on a port of its own per test
            **{"web": {"listen": f"127.0.0.1:{free_port()}"}, **settings},
        )

    return write


# --- the web app (digest site) ------------------------------------------------------------


class WebClock:
    """A clock the test moves by hand (sign-in links expire, visits end)."""

    def __init__(self, now: datetime = WEB_NOW):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def web_site(tmp_path, smtp):
    """A configuration folder with two members and an admin, a seeded database, an app factory."""
    from datetime import timedelta

    from veille.config import load_config
    from veille.storage import CallStore, open_database
    from veille.web.app import create_app

    mail = f"mailto://127.0.0.1:{smtp.port}?from=veille@localhost"
    folder = config_folder(
        tmp_path / "config",
        data_dir=tmp_path / "data",
        digest_url="http://testserver/",
        web={"admins": ["admin@a.example"]},
        coalition="Coalition test",
        members_comment="The coalition, kept by hand.",
        members=[
            member(
                "asbl-a",
                "ASBL A",
                people=["alice@a.example", "admin@a.example"],
                channels=[channel(f"{mail}&to=team@a.example")],
                subscriptions=[subscription("alerts", topics=["insertion"])],
            ),
            member(
                "asbl-b",
                "ASBL B",
                people=["bob@b.example"],
                channels=[channel(f"{mail}&to=team@b.example")],
                subscriptions=[
                    subscription(
                        "mentorat", language="nl", topics=["mentoring"], include=["mentor"]
                    )
                ],
            ),
            member(
                "asbl-c",
                "ASBL C",
                people=["carol@c.example"],
                channels=[channel(f"{mail}&to=team@c.example")],
                subscriptions=[subscription("culture", topics=["insertion"])],
            ),
        ],
    )
    database = tmp_path / "data" / "veille.db"
    db = open_database(database)
    store = CallStore(db)
    for call in web_calls():
        store.upsert_call(call, WEB_NOW - timedelta(days=3))
    db.close()

    class Site:
        config_dir = folder
        db_path = database
        clock = WebClock()

        def app(self, **options):
            from veille.alerts.deliver import Deliverer

            options.setdefault("deliverer", Deliverer(throttle=False))
            return create_app(
                load_config(folder), database, clock=self.clock, secret="test-secret", **options
            )

    return Site()
