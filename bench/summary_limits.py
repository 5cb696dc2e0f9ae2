"""The largest summary each channel accepts, with and without fitting to its limits.

    python bench/summary_limits.py [--sizes 50,100,200,500,1000]

Starts Synapse (from .synapse-venv, like the tests) and an SMTP server (aiosmtpd) on
127.0.0.1. For each size, a fresh install whose first crawl found that many open calls
plans its first-start summary and delivers it; the room and the mailbox are then read as a
member reads them: messages received, calls present, largest message. Then the same summary
unfitted (one HTML message, as before this was built) is sent to Synapse at growing sizes,
to find where the homeserver starts refusing it.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import sys
import tempfile
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests" / "servers"), str(ROOT / "tests")]
from matrix_server import start_synapse  # noqa: E402

from conftest import MatrixServer  # noqa: E402
from veille.alerts.deliver import Deliverer  # noqa: E402
from veille.alerts.dispatch import deliver_due  # noqa: E402
from veille.alerts.fitting import Listing  # noqa: E402
from veille.alerts.plan import plan_instant_alerts  # noqa: E402
from veille.alerts.render import render_backlog  # noqa: E402
from veille.config.loader import load_config  # noqa: E402
from veille.domain.call import BRUSSELS, Call  # noqa: E402
from veille.local_mailbox import free_port  # noqa: E402
from veille.storage import CallStore, Outbox, open_database  # noqa: E402

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=BRUSSELS)


def call(n: int) -> Call:
    return Call(
        source="cocof",
        source_id=f"call-{n}",
        url=f"https://ccf.brussels/appel-a-projets-insertion-{n:04d}/",
        title=f"Appel à projets « Insertion socioprofessionnelle » numéro {n:04d}",
        funder="COCOF",
        lang="fr",
        deadline=NOW + timedelta(days=20 + n % 90),
        status="open",
        relevant=True,
        is_call=True,
        topics=["insertion"],
    )


class Mailbox:
    def __init__(self) -> None:
        from aiosmtpd.controller import Controller

        self.received: list[bytes] = []
        keep = self.received

        class Keep:
            async def handle_DATA(self, server, session, envelope):
                keep.append(envelope.original_content)
                return "250 OK"

        self.controller = Controller(Keep(), hostname="127.0.0.1", port=free_port())
        self.controller.start()

    def url(self) -> str:
        return f"mailto://127.0.0.1:{self.controller.port}?from=v@localhost&to=m@asbl.example"


def room(matrix: MatrixServer) -> tuple[str, str, str]:
    """A new room with a bot in it: (room id, reader token, apprise URL)."""
    tag = uuid.uuid4().hex[:8]
    bot = matrix.register(f"bot{tag}", "botpass")
    reader = matrix.register(f"reader{tag}", "readerpass")
    _, made = matrix.call(
        "POST",
        "/_matrix/client/v3/createRoom",
        {"preset": "private_chat", "invite": [bot["user_id"]]},
        token=reader["access_token"],
    )
    matrix.call(
        "POST", f"/_matrix/client/v3/join/{quote(made['room_id'])}", {}, token=bot["access_token"]
    )
    host = matrix.url.split("://", 1)[1]
    url = f"matrix://bot{tag}:botpass@{host}/{quote(made['room_id'])}?hsreq=no"
    return made["room_id"], reader["access_token"], url


def fitted(size: int, work: Path, matrix: MatrixServer, mailbox: Mailbox) -> dict[str, str]:
    room_id, token, matrix_url = room(matrix)
    folder = work / f"config-{size}"
    folder.mkdir()
    (folder / "veille.yaml").write_text(
        yaml.safe_dump({"bot": {"contact": "a@example.org"}, "data_dir": str(folder / "data")})
    )
    (folder / "sources.yaml").write_text("sources: []\n")
    member = {
        "id": "asbl",
        "name": "ASBL",
        "channels": [
            {"name": "email", "url": mailbox.url()},
            {"name": "matrix", "url": matrix_url},
        ],
        "subscriptions": [{"name": "tout", "channels": ["email", "matrix"]}],
    }
    (folder / "members.yaml").write_text(yaml.safe_dump({"members": [member]}))
    config = load_config(folder)
    db = open_database(folder / "data" / "veille.db")
    store, outbox = CallStore(db), Outbox(db)
    for n in range(size):
        store.upsert_call(call(n), NOW)
    before = len(mailbox.received)
    plan_instant_alerts(config, store, outbox, NOW)
    report = deliver_due(config, outbox, Deliverer(throttle=False), NOW)
    mails = [
        email.message_from_bytes(raw, policy=email.policy.default)
        for raw in mailbox.received[before:]
    ]
    text = " ".join(m.get_body(("plain",)).get_content() for m in mails)
    events = read_room(matrix, room_id, token)
    in_room = " ".join(e["body"] for e in events)
    numbers = [f"numéro {n:04d}" for n in range(size)]
    return {
        "calls": str(size),
        "email: messages": str(len(mails)),
        "email: calls listed": str(sum(n in text for n in numbers)),
        "email: KB": f"{max((len(m.as_bytes()) for m in mails), default=0) / 1000:.0f}",
        "Matrix: messages": str(len(events)),
        "Matrix: calls": str(sum(n in in_room for n in numbers)),
        "Matrix: largest event KB": f"{max(map(event_bytes, events), default=0) / 1000:.1f}",
        "refused": str(len(report.failed)),
    }


def read_room(matrix: MatrixServer, room_id: str, token: str) -> list[dict]:
    status, page = matrix.call(
        "GET", f"/_matrix/client/v3/rooms/{quote(room_id)}/messages?dir=b&limit=1000", token=token
    )
    assert status == 200, page
    return [e["content"] for e in reversed(page["chunk"]) if e["type"] == "m.room.message"]


def event_bytes(content: dict) -> int:
    return len(json.dumps(content, ensure_ascii=False).encode("utf-8"))


def unfitted_limit(matrix: MatrixServer) -> tuple[int, int]:
    """The most calls one unfitted summary may list before Synapse refuses it (413), and
    its HTML size, by bisection."""
    _, _, url = room(matrix)
    deliverer = Deliverer(throttle=False)

    def accepted(size: int) -> tuple[bool, int]:
        listing = render_backlog(
            [stored(n) for n in range(size)],
            member_name="ASBL",
            lang="fr",
            digest_url="http://127.0.0.1:8080/",
            now=NOW,
        )
        html = whole(listing)
        return deliverer.send(url, listing.subject, html).ok, len(html.encode())

    low, high = 1, 400
    while low < high:
        middle = (low + high + 1) // 2
        if accepted(middle)[0]:
            low = middle
        else:
            high = middle - 1
    return low, accepted(low)[1]


def whole(listing: Listing) -> str:
    """A listing as one message, whatever its size (what the old renderer sent)."""
    parts = [listing.head(1, 1)]
    for section in listing.sections:
        parts += [section.heading, "<ul>", *section.items, "</ul>"]
    return "\n".join([*parts, listing.foot])


def stored(n: int):
    from veille.storage.read_model import stored_call

    row = call(n).to_row()
    row.update(id=f"c{n}", first_seen=NOW.isoformat(), page_id=f"c{n}")
    return stored_call(row)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="50,100,200,500,1000")
    sizes = [int(size) for size in parser.parse_args().sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="veille-summaries-"))
    synapse, url = start_synapse(work / "synapse", "bench-secret")
    mailbox = Mailbox()
    try:
        matrix = MatrixServer(url, "bench-secret")
        rows = [fitted(size, work, matrix, mailbox) for size in sizes]
        columns = list(rows[0])
        print(" | ".join(columns))
        print(" | ".join("---" for _ in columns))
        for row in rows:
            print(" | ".join(row[c] for c in columns))
        calls, size = unfitted_limit(matrix)
        print(
            f"\nUnfitted (one HTML message, as before): Synapse accepts at most {calls} calls "
            f"({size / 1000:.1f} KB of HTML); above, it answers 413 M_TOO_LARGE."
        )
    finally:
        mailbox.controller.stop()
        synapse.terminate()
        synapse.wait(15)


if __name__ == "__main__":
    main()
