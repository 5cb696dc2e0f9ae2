"""Refusals by a real Synapse are reported once, with their cause, and never retried for hours;
with no admin_channels they still show: in `veille doctor` and the log (the admin page:
tests/test_subscriptions_web.py)."""

import logging
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote

from tests.factories import MONDAY, isp_call, subscribe
from veille.alerts.deliver import Deliverer
from veille.alerts.dispatch import deliver_due
from veille.alerts.plan import plan_instant_alerts
from veille.config.loader import load_config
from veille.domain.call import BRUSSELS
from veille.scheduler.work import ServiceContext, deliver
from veille.storage import CallStore, Outbox, OutboxEntry, open_database

VEILLE = str(Path(sys.executable).parent / "veille")


def matrix_member(url: str) -> dict:
    return {
        "id": "asbl-duo",
        "name": "ASBL Duo",
        "channels": [{"name": "matrix", "url": url}],
        "subscriptions": [
            {"name": "alertes", "channels": ["matrix"], "filters": {"topics": ["insertion"]}}
        ],
    }


def service(config, tmp_path) -> ServiceContext:
    return ServiceContext(
        config=config, data_dir=tmp_path / "data", deliverer=Deliverer(throttle=False)
    )


def test_a_413_is_reported_once_with_its_cause_and_not_retried(
    matrix_room, smtp, service_config, tmp_path, caplog
):
    """A 68 KB summary queued by an older version (before messages were fitted to Matrix's
    limit) meets the homeserver's 413: given up on at once, the administrators told once."""
    admins = [{"name": "it", "url": smtp.apprise_url("it@coalition.example")}]
    config = load_config(
        service_config(
            [matrix_member(matrix_room["apprise_url"])], sources=[], admin_channels=admins
        )
    )
    ctx = service(config, tmp_path)
    _, outbox = ctx.stores()
    oversized = "<ul>" + "".join(f"<li>Appel n°{n} " + "x" * 600 + "</li>" for n in range(110))
    outbox.add(
        OutboxEntry(
            "asbl-duo", "matrix", "backlog:alertes:old", "welcome", "110 appels", oversized
        ),
        MONDAY,
    )

    with caplog.at_level(logging.INFO):
        first = deliver(ctx, MONDAY)
        later = [deliver(ctx, MONDAY + timedelta(hours=h)) for h in (1, 6, 12)]

    assert (first.sent, first.retrying, len(first.failed)) == (0, 0, 1)
    assert all((r.sent, r.retrying, r.failed) == (0, 0, []) for r in later)  # never retried
    [row] = [r for r in outbox.rows() if r["member"] == "asbl-duo"]
    assert (row["status"], row["attempts"], row["cause"]) == ("failed", 1, "too_large")
    assert matrix_room["read"]() == []
    [report] = smtp.messages()  # to the administrators, once
    assert report["Subject"] == "Veille : message non délivré à asbl-duo (matrix)"
    said = " ".join(report.get_body(("plain",)).get_content().split())
    assert "a été refusé : message trop grand pour le serveur (HTTP 413 M_TOO_LARGE" in said
    assert "Il n'est pas réessayé" in said
    lines = [r.getMessage() for r in caplog.records if "asbl-duo/matrix" in r.getMessage()]
    assert lines == [
        "message to asbl-duo/matrix not delivered, not retried: message too large for the "
        "server (HTTP 413 M_TOO_LARGE event too large): '110 appels'"
    ]


def test_room_not_joined_and_wrong_password_are_named_at_once(
    matrix, matrix_room, service_config, tmp_path
):
    _, closed = matrix.call(
        "POST",
        "/_matrix/client/v3/createRoom",
        {"preset": "private_chat"},  # the bot is not invited
        token=matrix_room["reader"]["access_token"],
    )
    host = matrix.url.split("://", 1)[1]
    bot = matrix_room["bot"]["user_id"].split(":")[0].lstrip("@")
    urls = {
        "closed": f"matrix://{bot}:botpass@{host}/{quote(closed['room_id'])}?hsreq=no",
        "password": matrix_room["apprise_url"].replace(":botpass@", ":wrong@"),
    }
    members = [
        {**matrix_member(url), "id": f"asbl-{name}", "name": name} for name, url in urls.items()
    ]
    config = load_config(service_config(members, sources=[]))
    db = open_database(tmp_path / "veille.db")
    store, outbox = CallStore(db), Outbox(db)
    subscribe(config, store, outbox)
    store.upsert_call(isp_call(1, MONDAY + timedelta(days=40)), MONDAY)
    plan_instant_alerts(config, store, outbox, MONDAY)

    report = deliver_due(config, outbox, Deliverer(throttle=False), MONDAY)

    assert (report.sent, report.retrying, len(report.failed)) == (0, 0, 2)
    causes = {row["member"]: (row["status"], row["cause"]) for row in outbox.rows()}
    assert causes == {
        "asbl-closed": ("failed", "not_in_room"),
        "asbl-password": ("failed", "credentials"),
    }
    assert all("wrong" not in (row["last_error"] or "") for row in outbox.rows())


def test_without_admin_channels_failures_show_in_doctor(matrix_room, service_config, tmp_path):
    dead = matrix_room["apprise_url"].replace(":botpass@", ":wrong@")
    folder = service_config([matrix_member(dead)], sources=[])
    config = load_config(folder)
    ctx = service(config, tmp_path)
    store, outbox = ctx.stores()
    now = datetime.now(BRUSSELS)  # doctor judges with the real clock: a failure of today
    subscribe(config, store, outbox, at=now - timedelta(days=1))
    store.upsert_call(isp_call(1, now + timedelta(days=40)), now)
    plan_instant_alerts(config, store, outbox, now)
    deliver(ctx, now)

    done = subprocess.run(
        [VEILLE, "doctor", "--config", str(folder)], capture_output=True, text=True, timeout=60
    )

    assert done.returncode == 1, done.stdout
    [line] = [line for line in done.stdout.splitlines() if "envois" in line]
    assert line.startswith("FAIL  envois à asbl-duo/matrix")
    assert "1 message non délivré" in line
    assert "nom d'utilisateur ou mot de passe erroné (HTTP 403)" in line
    assert "wrong" not in done.stdout
