"""A deadline extended on a followed call: who hears of it, on email (real SMTP) and Matrix
(real Synapse), in which words, once; who sees it in a digest; which reminders follow.

The site and what must follow are in tests/changing_sites/www.report.example/manifest.yaml
(`followers`), written before the code ran on them. The service's own job functions run
(crawl in a child process, planning, delivery), with its clock set by the test.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.changing import SITES, source_name, write_config
from veille.alerts.changes import plan_change_alerts
from veille.alerts.deliver import Deliverer
from veille.alerts.dispatch import deliver_due
from veille.config import load_config
from veille.domain.call import BRUSSELS
from veille.replay_server import ReplayServer
from veille.scheduler.work import ServiceContext, crawl_source, send_digests, send_reminders
from veille.storage import CallStore, Outbox, open_database
from veille.storage.marks import Marks

HOST = "www.report.example"
FIRST_CRAWL = datetime(2026, 11, 27, 9, 0, tzinfo=BRUSSELS)
EXTENSION_CRAWL = datetime(2027, 1, 25, 9, 0, tzinfo=BRUSSELS)


@pytest.fixture
def report_site():
    with ReplayServer(SITES) as server:
        yield server


def members(manifest: dict, smtp, matrix_url: str) -> list[dict]:
    found = []
    for member_id, spec in manifest["followers"]["members"].items():
        channels = {
            "email": {"name": "email", "url": smtp.apprise_url(f"{member_id}@asbl.example")},
            "matrix": {"name": "matrix", "url": matrix_url},
        }
        found.append(
            {
                "id": member_id,
                "name": f"ASBL {member_id}",
                "channels": [channels[name] for name in spec["channels"]],
                "subscriptions": [
                    {
                        "name": "appels",
                        "channels": spec["channels"],
                        "cadence": spec["cadence"],
                        "language": spec["language"],
                        "filters": {"topics": spec.get("topics", [])},
                    }
                ],
            }
        )
    return found


def mails(smtp, member_id: str) -> list:
    return [m for m in smtp.messages() if str(m["To"]) == f"{member_id}@asbl.example"]


def test_extended_deadline_reaches_followers_once_in_their_language(
    report_site, smtp, matrix_room, service_config, tmp_path
):
    site = report_site.sites[HOST]
    followers = site.manifest["followers"]
    config_dir = service_config(
        members(site.manifest, smtp, matrix_room["apprise_url"]), digest_url="http://veille.test/"
    )
    name = write_config(config_dir, HOST, site.manifest["scenario"]["source"])
    assert name == source_name(HOST)

    def context() -> ServiceContext:  # a fresh one: what a restarted service has
        return ServiceContext(
            config=load_config(config_dir),
            data_dir=tmp_path / "data",
            config_dir=config_dir,
            replay_base=report_site.base_url,
            pass_clock_to_crawls=True,
            deliverer=Deliverer(throttle=False),
        )

    ctx = context()
    assert crawl_source(ctx, name, FIRST_CRAWL) == "ok"
    db = open_database(tmp_path / "data" / "veille.db")
    [call_id] = [row["id"] for row in db["calls"].rows]
    for member_id, spec in followers["members"].items():
        if spec.get("marks"):
            visibility = spec.get("visibility", "shared")
            Marks(db).set_mark(
                call_id, member_id, spec["marks"], FIRST_CRAWL, visibility=visibility
            )
    send_reminders(ctx, datetime(2027, 1, 22, 8, 0, tzinfo=BRUSSELS))  # before the extension

    before_mail = {member_id: len(mails(smtp, member_id)) for member_id in followers["members"]}
    before_matrix = len(matrix_room["read"]())
    report_site.set_state(HOST, "extended")
    try:
        assert crawl_source(ctx, name, EXTENSION_CRAWL) == "ok"
        # a restart, and a crawl an hour later: nothing is sent twice
        again = context()
        store, outbox = again.stores()
        plan_change_alerts(again.config, store, outbox, EXTENSION_CRAWL + timedelta(minutes=5))
        deliver_due(again.config, outbox, again.deliverer, EXTENSION_CRAWL + timedelta(minutes=5))
        assert crawl_source(again, name, EXTENSION_CRAWL + timedelta(hours=1)) == "ok"
    finally:
        report_site.set_state(HOST, None)

    new_mail = {m: mails(smtp, m)[before_mail[m] :] for m in followers["members"]}
    new_matrix = matrix_room["read"]()[before_matrix:]
    # the plain body of a Matrix message starts with its title, as a "# " heading
    titles = [m["body"].splitlines()[0].removeprefix("# ") for m in new_matrix]
    observed: dict[str, dict[str, list[str]]] = {}
    for member_id, spec in followers["members"].items():
        found = observed[member_id] = {}
        if new_mail[member_id]:
            found["email"] = [str(m["Subject"]) for m in new_mail[member_id]]
        if "matrix" in spec["channels"] and titles:
            found["matrix"] = titles
    assert observed == followers["after_extension"]
    bodies = {
        "fr": new_mail["suiveur"][0].get_body(("html", "plain")).get_content(),
        "nl": new_mail["instant"][0].get_body(("html", "plain")).get_content(),
    }
    assert {lang: followers["bodies"][lang] in text for lang, text in bodies.items()} == {
        "fr": True,
        "nl": True,
    }
    assert followers["bodies"]["fr"] in new_matrix[0]["body"]

    # others see it in their next digest
    send_digests(ctx, "daily", datetime(2027, 1, 26, 7, 30, tzinfo=BRUSSELS))
    [digest] = mails(smtp, "lecteur")[before_mail["lecteur"] :]
    assert followers["lecteur_next_digest"] in digest.get_body(("html", "plain")).get_content()

    # reminders follow the new deadline: none for the old one, one for the new
    reminders = {str(day): kind for day, kind in followers["reminders_to_suiveur"].items()}
    sent: dict[str, set[str]] = {}
    for day in reminders:
        moment = datetime.fromisoformat(f"{day}T08:00:00").replace(tzinfo=BRUSSELS)
        if moment > EXTENSION_CRAWL:
            send_reminders(ctx, moment)
    outbox = Outbox(db)
    for row in outbox.rows():
        if row["member"] == "suiveur" and row["kind"].startswith("reminder-"):
            day = row["created"][:10]
            sent.setdefault(day, set()).add(row["kind"])
    expected = {
        day: {f"{kind}@{'2027-02-05' if day < '2027-01-25' else '2027-02-19'}"}
        for day, kind in reminders.items()
        if kind
    }
    assert sent == expected
    assert CallStore(db).changes(call_id)[-1]["field"] == "deadline"


def test_every_kind_of_change_reaches_a_follower_once(report_site, smtp, service_config, tmp_path):
    """Cosmetic edits, a moved deadline, a new document, budget and who may apply, the call
    withdrawn (its page answers 404) and back: what each crawl sends is the manifest's
    `every_change`, each once, even after a restart."""
    site = report_site.sites[HOST]
    plan = site.manifest["every_change"]
    spec = {"followers": {"members": plan["members"]}}
    config_dir = service_config(members(spec, smtp, ""), digest_url="http://veille.test/")
    name = write_config(config_dir, HOST, site.manifest["scenario"]["source"])

    def context() -> ServiceContext:
        return ServiceContext(
            config=load_config(config_dir),
            data_dir=tmp_path / "data",
            config_dir=config_dir,
            replay_base=report_site.base_url,
            pass_clock_to_crawls=True,
            deliverer=Deliverer(throttle=False),
        )

    assert crawl_source(context(), name, FIRST_CRAWL) == "ok"
    db = open_database(tmp_path / "data" / "veille.db")
    [call_id] = [row["id"] for row in db["calls"].rows]
    for member_id, member in plan["members"].items():
        if member.get("marks"):
            Marks(db).set_mark(call_id, member_id, member["marks"], FIRST_CRAWL)
    db.close()
    observed, wanted = [], []
    try:
        for step in plan["steps"]:
            report_site.set_state(HOST, step["state"])
            before = {m: len(mails(smtp, m)) for m in plan["members"]}
            now = FIRST_CRAWL + timedelta(hours=step["at"])
            ctx = context()  # a service restarted before every crawl
            crawl_source(ctx, name, now)
            store, outbox = ctx.stores()  # planning again after the crawl sends nothing more
            plan_change_alerts(ctx.config, store, outbox, now + timedelta(minutes=5))
            deliver_due(ctx.config, outbox, ctx.deliverer, now + timedelta(minutes=5))
            sent = {m: [str(x["Subject"]) for x in mails(smtp, m)[before[m] :]] for m in before}
            observed.append((step["state"], sent))
            wanted.append((step["state"], {m: step[m] for m in plan["members"]}))
    finally:
        report_site.set_state(HOST, None)
    assert observed == wanted
