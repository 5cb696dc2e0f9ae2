"""The "to check" band end to end: calls near the classifier's line are stored, listed and
sent marked uncertain (with why); members' verdicts are stored, reviewed by an administrator,
and then label the call at every crawl and at `veille reclassify`.

Real parts: the default classifier, SQLite, the web app with sign-in through the SMTP sink,
instant alerts and digests through real SMTP and a real Synapse.
"""

import html
import json
import re
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

from starlette.testclient import TestClient

from tests.factories import duo, duo_on_matrix
from tests.web_client import csrf_of, sign_in
from veille.alerts.deliver import Deliverer
from veille.alerts.digests import plan_digests
from veille.alerts.dispatch import deliver_due
from veille.alerts.plan import plan_instant_alerts
from veille.config import default_classifier
from veille.config.loader import load_config
from veille.domain.call import BRUSSELS
from veille.domain.normalize import classify_stored, normalize
from veille.domain.raw_call import RawCall
from veille.domain.verdicts import Verdict
from veille.storage import CallStore, Outbox, open_database
from veille.storage.verdicts import Verdicts

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=BRUSSELS)
CLASSIFIER = default_classifier()


def near_the_line(
    n: int = 1, summary: str = "Pour des ateliers ouverts à des chômeurs."
) -> RawCall:
    """A call whose subject the classifier finds, but not quite enough of: "to check"."""
    return RawCall(
        source="cocof",
        url=f"https://ccf.brussels/appel-ateliers-{n}/",
        lang="fr",
        title=f"Appel à projets 2027 : ateliers de quartier n°{n}",
        summary=f"{summary} Dépôt des dossiers jusqu'au 15 janvier 2027.",
        funder="COCOF",
    )


def store_near_the_line(store: CallStore, n: int = 1, **kwargs) -> str:
    return store.upsert_call(normalize(near_the_line(n, **kwargs), CLASSIFIER, NOW), NOW).call_id


def reclassify(store: CallStore) -> int:
    return store.reclassify(lambda call: classify_stored(CLASSIFIER, call))


def test_a_call_near_the_line_is_stored_and_listed_to_check(tmp_path):
    store = CallStore(open_database(tmp_path / "veille.db"))
    call_id = store_near_the_line(store)

    [call] = store.open_calls(NOW)  # the members' default view: flagged or "to check"
    assert (call.id, call.relevant, call.uncertain, call.to_check) == (call_id, False, True, True)
    [doubt] = call.doubts
    assert (doubt["test"], doubt["name"]) == ("subject", "insertion")
    assert doubt["value"] < doubt["needed"] == 2.0
    assert call.candidate_topics == ["insertion"]  # what a subscription's topics compare
    assert any(reason.startswith("to check:") for reason in call.reasons)


def test_a_reviewed_verdict_labels_the_call_until_it_is_rejected(tmp_path):
    db = open_database(tmp_path / "veille.db")
    store, verdicts = CallStore(db), Verdicts(db)
    call_id = store_near_the_line(store)
    said = Verdict(
        call_id=call_id,
        member="asbl-duo",
        person="a@duo.example",
        relevant=True,
        reason="",
        given_at=NOW,
    )
    verdicts.give(said)
    assert reclassify(store) == 0  # waiting for review: the classifier still decides
    assert not store.open_calls(NOW)[0].relevant

    verdicts.review(call_id, "asbl-duo", "accepted", "admin@a.example", NOW)
    assert reclassify(store) == 1
    [call] = store.open_calls(NOW)
    assert (call.relevant, call.uncertain, call.topics) == (True, False, ["insertion"])
    assert "label: relevant (a verdict of asbl-duo, reviewed by admin@a.example)" in call.reasons

    # a re-crawl that changes the page keeps the label
    changed = normalize(near_the_line(summary="Pour des ateliers ouverts à tous."), CLASSIFIER, NOW)
    assert store.upsert_call(changed, NOW + timedelta(days=1)).outcome == "changed"
    assert store.open_calls(NOW)[0].relevant

    verdicts.review(call_id, "asbl-duo", "rejected", "admin@a.example", NOW)
    assert reclassify(store) == 1  # the classifier decides again, on the changed page
    assert store.get_row(call_id)["relevant"] == 0
    assert not any(r.startswith("label:") for r in json.loads(store.get_row(call_id)["reasons"]))


def test_a_verdict_belongs_to_the_group_and_labels_a_new_page_of_it(tmp_path):
    db = open_database(tmp_path / "veille.db")
    store, verdicts = CallStore(db), Verdicts(db)
    call_id = store_near_the_line(store)
    verdicts.give(
        Verdict(
            call_id=call_id,
            member="asbl-duo",
            person="a@duo.example",
            relevant=False,
            reason="des ateliers de quartier, pas d'insertion",
            given_at=NOW,
        )
    )
    verdicts.review(call_id, "asbl-duo", "accepted", "admin@a.example", NOW)
    reclassify(store)
    assert not store.open_calls(NOW)  # labelled not relevant: no longer shown

    # the same call published on another source joins the group, and takes its label
    same = normalize(near_the_line(), CLASSIFIER, NOW)
    same.source, same.source_id = "actiris", "actiris-42"
    stored = store.upsert_call(same, NOW)
    assert stored.group_id == call_id
    row = store.get_row(stored.call_id)
    assert (row["relevant"], row["uncertain"]) == (0, 0)
    assert "because des ateliers de quartier, pas d'insertion" in row["reasons"]


def test_veille_reclassify_and_export_use_the_reviewed_verdicts(tmp_path):
    database = tmp_path / "data" / "veille.db"
    db = open_database(database)
    store, verdicts = CallStore(db), Verdicts(db)
    call_id = store_near_the_line(store)
    store_near_the_line(store, 2, summary="Pour des ateliers ouverts à des demandeurs d'asile.")
    verdicts.give(
        Verdict(
            call_id=call_id,
            member="asbl-duo",
            person="a@duo.example",
            relevant=True,
            reason="",
            given_at=NOW,
            topics=["insertion"],
        )
    )
    verdicts.review(call_id, "asbl-duo", "accepted", "admin@a.example", NOW)
    db.close()

    veille = str(Path(sys.executable).parent / "veille")
    data = ["--data-dir", str(tmp_path / "data")]
    done = subprocess.run([veille, "reclassify", *data], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    # in the administrators' language (French by default), with real plurals
    assert done.stdout.splitlines() == [
        "1 appel est classé autrement désormais, sur 2",
        "1 appel suit l'avis vérifié des membres",
    ]
    exported = subprocess.run([veille, "verdicts", "export", *data], capture_output=True, text=True)
    [item] = [json.loads(line) for line in exported.stdout.splitlines()]
    assert (item["id"], item["relevant"], item["topics"], item["lang"]) == (
        call_id,
        True,
        ["insertion"],
        "fr",
    )
    assert item["title"] == "Appel à projets 2027 : ateliers de quartier n°1"
    # the export is a labelled set: bench/quality.py measures the classifier on it
    labels = tmp_path / "labels.jsonl"
    labels.write_text(exported.stdout, encoding="utf-8")
    quality = Path(__file__).resolve().parents[1] / "bench" / "quality.py"
    measured = subprocess.run(
        [sys.executable, str(quality), "--calls", str(labels), "--quiet"],
        capture_output=True,
        text=True,
    )
    assert measured.returncode == 0, measured.stderr
    assert "to check: 1 calls shown beside the 0 flagged" in measured.stdout
    assert "recovering 1 of the 1 relevant calls missed" in measured.stdout


# --- the web page --------------------------------------------------------------------------


def test_members_judge_a_call_to_check_and_an_administrator_reviews_it(web_site, smtp):
    db = open_database(web_site.db_path)
    call_id = (
        CallStore(db)
        .upsert_call(normalize(near_the_line(), CLASSIFIER, web_site.clock()), web_site.clock())
        .call_id
    )
    db.close()
    app = web_site.app()
    with TestClient(app) as alice:
        sign_in(alice, smtp, "alice@a.example")
        home = html.unescape(alice.get("/?lang=fr").text)
        to_check = home[home.index('id="to-check-title"') :]
        assert "À vérifier" in to_check and "ateliers de quartier n°1" in to_check
        assert "peu d'indices du sujet « insertion »" in to_check

        page = html.unescape(alice.get(f"/calls/{call_id}?lang=fr").text)
        assert 'id="verdict"' in page and "Veille n'est pas sûr" in page
        answer = alice.post(
            f"/calls/{call_id}/verdict",
            data={"verdict": "relevant", "reason": "", "csrf": csrf_of(alice)},
        )
        assert answer.status_code == 200
        assert "Merci : votre avis est enregistré" in html.unescape(answer.text)
        assert "ASBL A : Pertinent" in html.unescape(answer.text)
        assert alice.get("/admin/verdicts").status_code == 403  # members do not review

    with TestClient(app) as bob:  # another member sees neither ASBL A's verdict nor review
        sign_in(bob, smtp, "bob@b.example")
        page = bob.get(f"/calls/{call_id}?lang=fr").text
        assert "ASBL A" not in page[page.index('id="verdict"') : page.index('id="marks"')]
        bob.post(
            f"/calls/{call_id}/verdict",
            data={
                "verdict": "not_relevant",
                "reason": "des ateliers de quartier",
                "csrf": csrf_of(bob),
                "member": "asbl-a",  # ignored: the member comes from the session
            },
        )

    with TestClient(app) as admin:
        sign_in(admin, smtp, "admin@a.example")
        listing = html.unescape(admin.get("/admin/verdicts?lang=fr").text)
        assert listing.count('class="verdict"') == 2
        assert "« des ateliers de quartier »" in listing and "ASBL B" in listing
        reviewed = admin.post(
            "/admin/verdicts/review",
            data={
                "call_id": call_id,
                "member": "asbl-a",
                "review": "accepted",
                "csrf": csrf_of(admin),
            },
        )
        assert reviewed.status_code == 200 and "accepté" in reviewed.text
        # the label takes effect at once: flagged, no longer "to check"
        home = admin.get("/?lang=fr").text
        assert 'id="to-check-title"' not in home
        assert "ateliers de quartier n°1" in home
        page = html.unescape(admin.get(f"/calls/{call_id}?lang=en").text)
        # the label, in words (the classifier's trace is not shown)
        assert "Relevant by the verdict of ASBL A, reviewed by admin@a.example." in page
        assert "ASBL B: Not relevant" in page  # administrators see every verdict


# --- alerts: email and Matrix ----------------------------------------------------------------


def test_an_instant_alert_for_a_call_to_check_says_so_and_why(service_config, tmp_path, smtp):
    config = load_config(service_config([duo(smtp.apprise_url(), cadence="instant")]))
    db = open_database(tmp_path / "veille.db")
    store, outbox = CallStore(db), Outbox(db)
    plan_instant_alerts(config, store, outbox, NOW - timedelta(days=1))  # subscription starts
    call_id = store_near_the_line(store)

    plan_instant_alerts(config, store, outbox, NOW)
    deliver_due(config, outbox, Deliverer(throttle=False), NOW)

    [message] = smtp.messages()
    assert message["Subject"].startswith(
        "[À vérifier] Nouvel appel à projets : Appel à projets 2027"
    )
    body = html.unescape(message.get_body(("html",)).get_content())
    assert "peu d'indices du sujet « insertion »" in body
    assert re.search(rf"https?://[^\s\"]+/calls/{call_id}#verdict", body)


def test_a_digest_marks_the_calls_to_check(service_config, tmp_path, smtp):
    config = load_config(service_config([duo(smtp.apprise_url(), cadence="daily")]))
    db = open_database(tmp_path / "veille.db")
    store, outbox = CallStore(db), Outbox(db)
    plan_digests(config, store, outbox, NOW - timedelta(days=1), "daily")  # it starts
    store_near_the_line(store)
    plan_digests(config, store, outbox, NOW + timedelta(hours=1), "daily")
    deliver_due(config, outbox, Deliverer(throttle=False), NOW + timedelta(hours=1))

    [message] = smtp.messages()
    body = html.unescape(message.get_body(("html",)).get_content())
    assert "[À vérifier]" in body and "ateliers de quartier n°1" in body
    assert "Cet appel est-il pertinent ? Donnez votre avis" in body


def test_a_matrix_alert_for_a_call_to_check_says_so(matrix_room, service_config, tmp_path):
    config = load_config(service_config([duo_on_matrix(matrix_room["apprise_url"])], sources=[]))
    db = open_database(tmp_path / "veille.db")
    store, outbox = CallStore(db), Outbox(db)
    plan_instant_alerts(config, store, outbox, NOW - timedelta(days=1))
    call_id = store_near_the_line(store)

    plan_instant_alerts(config, store, outbox, NOW)
    deliver_due(config, outbox, Deliverer(throttle=False), NOW)

    [message] = matrix_room["read"]()
    assert "[À vérifier] Nouvel appel" in message["formatted_body"]
    assert "peu d'indices du sujet « insertion »" in message["body"]
    assert f"/calls/{call_id}#verdict" in message["body"]
