"""Long summaries reach a real Synapse and a real SMTP server complete, read back as a member.

Figures (messages expected vs received per channel) are in each assertion's message.
"""

import json
from datetime import timedelta

from tests.factories import MONDAY, isp_call
from veille.alerts.deliver import Deliverer
from veille.alerts.dispatch import deliver_due
from veille.alerts.plan import plan_instant_alerts
from veille.config.loader import load_config
from veille.storage import CallStore, Outbox, open_database


def two_channel_member(mail_url: str, matrix_url: str) -> dict:
    return {
        "id": "asbl-large",
        "name": "ASBL Large",
        "channels": [{"name": "email", "url": mail_url}, {"name": "matrix", "url": matrix_url}],
        "subscriptions": [
            {
                "name": "tout",
                "channels": ["email", "matrix"],
                "filters": {"topics": ["insertion"]},
            }
        ],
    }


def title(n: int) -> str:
    return f"Appel à projets insertion numéro {n:04d}"


def first_start_with(n: int, config, tmp_path) -> tuple[CallStore, Outbox]:
    """A fresh install whose first crawl found `n` open calls."""
    db = open_database(tmp_path / "veille.db")
    store, outbox = CallStore(db), Outbox(db)
    for i in range(n):
        store.upsert_call(isp_call(i, MONDAY + timedelta(days=20 + i % 60), title=title(i)), MONDAY)
    return store, outbox


def test_a_200_call_first_summary_arrives_complete_on_matrix_and_email(
    matrix_room, smtp, service_config, tmp_path
):
    member = two_channel_member(smtp.apprise_url("large@asbl.example"), matrix_room["apprise_url"])
    config = load_config(service_config([member], sources=[]))
    store, outbox = first_start_with(200, config, tmp_path)

    plan_instant_alerts(config, store, outbox, MONDAY)
    report = deliver_due(config, outbox, Deliverer(throttle=False), MONDAY)

    assert (report.retrying, report.failed) == (0, [])
    [mail] = smtp.messages()  # email: one message
    html = mail.get_body(("html",)).get_content()
    text = mail.get_body(("plain",)).get_content()
    assert mail["Subject"] == "Veille : 200 appels à suivre"
    assert all(title(i) in html and title(i) in text for i in range(200))
    events = matrix_room["read"]()
    parts = len(events)
    seen = {i for i in range(200) for event in events if title(i) in event["formatted_body"]}
    assert len(seen) == 200, f"Matrix: {len(seen)} of 200 calls in {parts} messages"
    assert all(title(i) in " ".join(e["body"] for e in events) for i in range(200))
    assert 2 <= parts <= 10, f"Matrix: {parts} messages for 200 calls"
    sizes = [len(json.dumps(e, ensure_ascii=False).encode()) for e in events]
    assert max(sizes) < 60_000, sizes  # well under the spec's 65,536 bytes per event
    headings = [e["formatted_body"].split("</h2>")[0] for e in events]
    assert headings == [
        f"<h2>Veille : 200 appels à suivre ({k}/{parts})" for k in range(1, parts + 1)
    ]
    assert all("/manage/" in e["body"] for e in events)  # every part ends with its link
    assert report.sent == 1 + parts
    print(f"200 calls: email 1 message; Matrix {parts} parts, largest {max(sizes)} bytes")


def test_a_500_call_summary_is_a_readable_email_with_a_link_for_the_rest(
    smtp, service_config, tmp_path
):
    member = {
        "id": "asbl-large",
        "name": "ASBL Large",
        "channels": [{"name": "email", "url": smtp.apprise_url()}],
        "subscriptions": [{"name": "tout", "channels": ["email"]}],
    }
    config = load_config(service_config([member], sources=[]))
    store, outbox = first_start_with(500, config, tmp_path)

    plan_instant_alerts(config, store, outbox, MONDAY)
    deliver_due(config, outbox, Deliverer(throttle=False), MONDAY)

    [mail] = smtp.messages()
    text = mail.get_body(("plain",)).get_content()
    listed = [i for i in range(500) if title(i) in text]
    assert len(listed) == 250, f"email: {len(listed)} of 500 calls listed"
    assert "Et 250 autres appels, sur le site : http://127.0.0.1:8080/" in " ".join(text.split())
    assert len(mail.as_bytes()) < 1_000_000
