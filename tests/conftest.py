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

from veille.config.loader import DEMO
from veille.crawler.launch import crawl_in_child
from veille.domain.call import BRUSSELS
from veille.local_mailbox import free_port
from veille.replay_server import ReplayServer

# Property tests: repeatable in the suite; `python bench/fuzz.py` explores at random, longer.
hypothesis_settings.register_profile("repeatable", max_examples=200, derandomize=True)
hypothesis_settings.register_profile(
    "fuzz", max_examples=int(os.environ.get("VEILLE_FUZZ_EXAMPLES", "5000")), derandomize=False
)
hypothesis_settings.load_profile(os.environ.get("VEILLE_HYPOTHESIS_PROFILE", "repeatable"))

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


def arrival_order(key: str) -> int:
    """Maildir keys carry a per-process counter ("...Q12..."): arrival order, unlike the key
    text (whose microseconds are not zero-padded, so sorting the text misorders messages)."""
    match = re.search(r"Q(\d+)", key)
    return int(match.group(1)) if match else 0


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
    import yaml

    def write(members: list[dict], sources: list[dict] | None = None, **settings) -> Path:
        folder = tmp_path / "config"
        folder.mkdir(exist_ok=True)
        (folder / "members.yaml").write_text(
            yaml.safe_dump({"coalition": "Coalition test", "members": members}), encoding="utf-8"
        )
        (folder / "veille.yaml").write_text(
            yaml.safe_dump(
                {
                    "bot": {"contact": "admin@example.org"},
                    "data_dir": str(tmp_path / "data"),
                    # `veille run` also serves the digest: on a port of its own per test
                    "web": {"listen": f"127.0.0.1:{free_port()}"},
                    **settings,
                }
            ),
            encoding="utf-8",
        )
        if sources is not None:
            (folder / "sources.yaml").write_text(
                yaml.safe_dump({"sources": sources}), encoding="utf-8"
            )
        return folder

    return write


# --- the web app (digest site) ------------------------------------------------------------

WEB_NOW = datetime(2026, 11, 27, 9, 0, tzinfo=BRUSSELS)


class WebClock:
    """A clock the test moves by hand (sign-in links expire, visits end)."""

    def __init__(self, now: datetime = WEB_NOW):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def web_calls():
    """Calls covering every case a page shows: urgent, new, permanent, closed, hostile."""
    from datetime import timedelta

    from veille.domain.call import Call

    text = "Ce programme de mentorat accompagne les jeunes NEET vers l'emploi."
    start = text.index("mentorat")
    return [
        Call(
            source="cocof",
            source_id="urgent",
            url="https://ccf.brussels/aap-isp/",
            title="Appel à projets insertion socioprofessionnelle 2027",
            summary="Pour les OISP bruxellois: formation des demandeurs d'emploi.",
            funder="COCOF",
            deadline=WEB_NOW + timedelta(days=5, hours=3),
            status="open",
            relevant=True,
            is_call=True,
            topics=["insertion"],
            regions=["Bruxelles"],
            lang="fr",
            attachments=["https://ccf.brussels/reglement.pdf"],
        ),
        Call(
            source="eu-funding-tenders",
            source_id="mentoring",
            url="https://ec.europa.eu/x",
            title="Mentoring programmes for young people",
            summary="ESF+ call on mentoring.",
            text=text,
            funder="European Commission",
            deadline=WEB_NOW + timedelta(days=20),
            status="open",
            relevant=True,
            is_call=True,
            topics=["mentoring"],
            regions=["EU"],
            lang="en",
            budget_amount=250000.0,
            duration_months=24,
            results_based=True,
            cofinancing=True,
            own_share=0.2,
            budget_currency="EUR",
            matches=[
                {
                    "term": "mentorat",
                    "topic": "mentoring",
                    "field": "text",
                    "start": start,
                    "end": start + len("mentorat"),
                }
            ],
        ),
        Call(
            source="cocof",
            source_id="permanent",
            url="https://ccf.brussels/permanent/",
            title="Appel permanent tutorat",
            funder="COCOF",
            status="permanent",
            relevant=True,
            topics=["mentoring"],
            regions=["Bruxelles"],
            lang="fr",
        ),
        Call(
            source="cocof",
            source_id="closed",
            url="https://ccf.brussels/old/",
            title="Ancien appel insertion clôturé",
            funder="COCOF",
            deadline=WEB_NOW - timedelta(days=10),
            status="closed",
            relevant=True,
            topics=["insertion"],
            lang="fr",
        ),
        Call(
            source="cocof",
            source_id="later",
            url="https://ccf.brussels/later/",
            title="Appel à venir: jobcoaching",
            funder="COCOF",
            status="forthcoming",
            deadline=WEB_NOW + timedelta(days=80),
            relevant=True,
            topics=["insertion"],
            lang="nl",
            regions=["Vlaanderen"],
        ),
        Call(
            source="cocof",
            source_id="culture",
            url="https://ccf.brussels/culture/",
            title="Appel culture et patrimoine",
            funder="COCOF",
            status="open",
            deadline=WEB_NOW + timedelta(days=9),
            relevant=False,
            lang="fr",
        ),
        Call(
            source="cocof",
            source_id="hostile",
            url="javascript:alert(1)",
            title="<script>alert('x')</script> Appel mentorat hostile",
            summary="<img src=x onerror=alert(1)>",
            funder="<b>Evil</b>",
            deadline=WEB_NOW + timedelta(days=40),
            status="open",
            relevant=True,
            topics=["mentoring"],
            lang="fr",
        ),
    ]


@pytest.fixture
def web_site(tmp_path, smtp):
    """A configuration folder with two members and an admin, a seeded database, an app factory."""
    from datetime import timedelta

    import yaml

    from veille.config import load_config
    from veille.storage import CallStore, open_database
    from veille.web.app import create_app

    folder = tmp_path / "config"
    folder.mkdir()
    mail = f"mailto://127.0.0.1:{smtp.port}?from=veille@localhost"
    (folder / "veille.yaml").write_text(
        yaml.safe_dump(
            {
                "bot": {"contact": "admin@example.org"},
                "data_dir": str(tmp_path / "data"),
                "digest_url": "http://testserver/",
                "web": {"admins": ["admin@a.example"]},
            }
        ),
        encoding="utf-8",
    )
    (folder / "members.yaml").write_text(
        "# The coalition, kept by hand.\n"
        + yaml.safe_dump(
            {
                "coalition": "Coalition test",
                "members": [
                    {
                        "id": "asbl-a",
                        "name": "ASBL A",
                        "people": ["alice@a.example", "admin@a.example"],
                        "channels": [{"name": "email", "url": f"{mail}&to=team@a.example"}],
                        "subscriptions": [
                            {
                                "name": "alerts",
                                "channels": ["email"],
                                "filters": {"topics": ["insertion"]},
                            }
                        ],
                    },
                    {
                        "id": "asbl-b",
                        "name": "ASBL B",
                        "people": ["bob@b.example"],
                        "channels": [{"name": "email", "url": f"{mail}&to=team@b.example"}],
                        "subscriptions": [
                            {
                                "name": "mentorat",
                                "channels": ["email"],
                                "language": "nl",
                                "filters": {"topics": ["mentoring"], "include": ["mentor"]},
                            }
                        ],
                    },
                    {
                        "id": "asbl-c",
                        "name": "ASBL C",
                        "people": ["carol@c.example"],
                        "channels": [{"name": "email", "url": f"{mail}&to=team@c.example"}],
                        "subscriptions": [
                            {
                                "name": "culture",
                                "channels": ["email"],
                                "filters": {"topics": ["insertion"]},
                            }
                        ],
                    },
                ],
            },
            sort_keys=False,
        ),
        encoding="utf-8",
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
