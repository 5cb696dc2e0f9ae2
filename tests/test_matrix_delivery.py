"""Alerts and digests to a real Synapse on 127.0.0.1, read back by a second user."""

import re
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

from tests.factories import (
    MONDAY,
    channel,
    duo_on_matrix,
    isp_call,
    member,
    subscribe,
    subscription,
)
from veille.alerts.deliver import Deliverer
from veille.alerts.digests import plan_digests
from veille.alerts.dispatch import deliver_due
from veille.alerts.plan import plan_instant_alerts
from veille.config.loader import load_config
from veille.local_mailbox import free_port
from veille.storage import CallStore, Outbox, open_database


def stores(tmp_path, config=None):
    """The database; with `config`, its subscriptions started a week before MONDAY."""
    db = open_database(tmp_path / "veille.db")
    store, outbox = CallStore(db), Outbox(db)
    if config is not None:
        subscribe(config, store, outbox)
    return store, outbox


def test_instant_alert_is_read_back_from_the_room_once(matrix_room, service_config, tmp_path):
    config = load_config(service_config([duo_on_matrix(matrix_room["apprise_url"])], sources=[]))
    store, outbox = stores(tmp_path, config)
    store.upsert_call(
        isp_call(1, MONDAY + timedelta(days=40), title="Appel <b>ISP</b> 2027"), MONDAY
    )
    deliverer = Deliverer(throttle=False)
    for hours in (0, 1):  # a re-crawl of the same call: no second alert
        plan_instant_alerts(config, store, outbox, MONDAY + timedelta(hours=hours))
        deliver_due(config, outbox, deliverer, MONDAY + timedelta(hours=hours))

    [message] = matrix_room["read"]()
    assert message["format"] == "org.matrix.custom.html"
    html = message["formatted_body"]
    # one heading, by kind, and the title said once (apprise's own title heading is left out)
    assert re.findall(r"<h\d>(.*?)</h\d>", html) == ["Nouvel appel à projets"]
    assert html.count("Appel &lt;b&gt;ISP&lt;/b&gt; 2027") == 1
    assert "samedi 2 janvier 2027 à 07:30" in html
    assert "Appel <b>ISP</b> 2027" in message["body"]  # plain fallback: the text, unescaped
    assert "https://ccf.brussels/appel-1/" in message["body"]


def test_homeserver_down_then_up_delivers_once(matrix_room, service_config, tmp_path):
    dead = matrix_room["apprise_url"].replace(
        matrix_room["apprise_url"].split("@")[1].split("/")[0], f"127.0.0.1:{free_port()}"
    )
    config = load_config(service_config([duo_on_matrix(dead)], sources=[]))
    store, outbox = stores(tmp_path, config)
    store.upsert_call(isp_call(1, MONDAY + timedelta(days=40)), MONDAY)
    plan_instant_alerts(config, store, outbox, MONDAY)
    down = deliver_due(config, outbox, Deliverer(throttle=False), MONDAY)
    assert (down.sent, down.retrying) == (0, 1)
    assert "botpass" not in outbox.rows()[0]["last_error"]  # the secret never reaches the db

    config = load_config(service_config([duo_on_matrix(matrix_room["apprise_url"])], sources=[]))
    up = deliver_due(config, outbox, Deliverer(throttle=False), MONDAY + timedelta(minutes=2))
    assert up.sent == 1 and len(matrix_room["read"]()) == 1


class Flaky(BaseHTTPRequestHandler):
    """A homeserver stand-in that answers 429, 429, then 500 to everything."""

    answers: ClassVar[list[int]] = []

    def do_POST(self):
        self._fail()

    def do_GET(self):
        self._fail()

    def do_PUT(self):
        self._fail()

    def _fail(self):
        code = self.answers.pop(0) if self.answers else 500
        body = b'{"errcode": "M_LIMIT_EXCEEDED", "retry_after_ms": 10}' if code == 429 else b"{}"
        self.send_response(code)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_429_and_500_are_retried_with_backoff(matrix_room, service_config, tmp_path):
    Flaky.answers = [429, 429, 500]
    server = ThreadingHTTPServer(("127.0.0.1", 0), Flaky)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    flaky_url = matrix_room["apprise_url"].replace(
        matrix_room["apprise_url"].split("@")[1].split("/")[0], f"127.0.0.1:{server.server_port}"
    )
    try:
        config = load_config(service_config([duo_on_matrix(flaky_url)], sources=[]))
        store, outbox = stores(tmp_path, config)
        store.upsert_call(isp_call(1, MONDAY + timedelta(days=40)), MONDAY)
        plan_instant_alerts(config, store, outbox, MONDAY)
        first = deliver_due(config, outbox, Deliverer(throttle=False), MONDAY)
        soon = deliver_due(
            config, outbox, Deliverer(throttle=False), MONDAY + timedelta(seconds=30)
        )
        assert (first.retrying, soon.retrying, soon.sent) == (1, 0, 0)  # backoff: not yet
    finally:
        server.shutdown()
        server.server_close()
    config = load_config(service_config([duo_on_matrix(matrix_room["apprise_url"])], sources=[]))
    later = deliver_due(config, outbox, Deliverer(throttle=False), MONDAY + timedelta(minutes=2))
    assert later.sent == 1 and len(matrix_room["read"]()) == 1


def test_coalition_room_digest_groups_calls_and_names_followers(
    matrix_room, service_config, smtp, tmp_path
):
    members = [
        member(
            "duo",
            "ASBL Duo",
            channels=[channel(smtp.apprise_url())],
            subscriptions=[subscription("d", cadence="weekly", topics=["insertion"])],
        ),
        member(
            "tandem",
            "Tandem vzw",
            channels=[channel(smtp.apprise_url())],
            subscriptions=[subscription("d", cadence="weekly", include=["mentorat"])],
        ),
    ]
    config = load_config(
        service_config(
            members,
            sources=[],
            coalition_room={"url": matrix_room["apprise_url"], "cadence": "daily"},
        )
    )
    store, outbox = stores(tmp_path, config)
    store.upsert_call(
        isp_call(1, MONDAY + timedelta(days=40), title="AAP mentorat insertion"),
        MONDAY - timedelta(hours=2),
    )
    store.upsert_call(isp_call(2, MONDAY + timedelta(days=5)), MONDAY - timedelta(days=9))
    plan_digests(config, store, outbox, MONDAY, "daily")
    plan_digests(config, store, outbox, MONDAY + timedelta(hours=3), "daily")  # no second one
    deliver_due(config, outbox, Deliverer(throttle=False), MONDAY)

    [message] = matrix_room["read"]()
    html = message["formatted_body"]
    assert "Coalition test : 1 nouvel appel, 1 appel clôture bientôt" in html
    new, closing = html.split("Clôturent bientôt")
    assert "AAP mentorat insertion" in new and "Suivi par : ASBL Duo, Tandem vzw" in new
    assert "insertion n°2" in closing and "Suivi par : ASBL Duo" in closing
    assert "Tandem" not in closing.split("<hr>")[0]
    assert smtp.messages() == []  # members are weekly: nothing for them today
