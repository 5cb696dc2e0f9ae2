"""The activity digest and partner requests, through a real SMTP server (and Synapse).

Three members: Duo (Brussels, NEET, mentoring), Tremplin (Brussels, newcomers, job
coaching) and Senior (Wallonia, seniors). What the others did reaches a member; its own
actions, private ones and a quiet week never do.
"""

from datetime import timedelta

import pytest

from tests.factories import MONDAY, channel, isp_call, member, subscription
from veille.alerts.activity import plan_activity_digests
from veille.alerts.deliver import Deliverer
from veille.alerts.dispatch import deliver_due
from veille.alerts.partners import plan_partner_requests
from veille.config.loader import load_config
from veille.domain.fit import facts_of
from veille.storage import CallStore, Outbox, open_database
from veille.storage.call_queries import CallQueries
from veille.storage.marks import Marks
from veille.storage.notes import Notes

PROFILES = {
    "asbl-duo": {
        "regions": ["brussels"],
        "publics": ["neet", "young_people"],
        "activities": ["mentoring"],
        "languages": ["fr"],
        "legal_form": "asbl",
    },
    "asbl-tremplin": {
        "regions": ["brussels"],
        "publics": ["newcomers", "jobseekers"],
        "activities": ["job_coaching"],
        "languages": ["fr", "nl"],
        "legal_form": "asbl",
    },
    "asbl-senior": {
        "regions": ["wallonia"],
        "publics": ["seniors"],
        "activities": ["ageing"],
        "languages": ["fr"],
        "legal_form": "asbl",
    },
}


def coalition(smtp, cadence="weekly", **extra):
    members = []
    for member_id, profile in PROFILES.items():
        region = "Wallonie" if member_id == "asbl-senior" else "Bruxelles"
        entry = member(
            member_id,
            member_id.replace("asbl-", "ASBL ").title().replace("Asbl", "ASBL"),
            channels=[channel(smtp.apprise_url(f"team@{member_id}.example"))],
            subscriptions=[
                subscription("isp", cadence="daily", topics=["insertion"], regions=[region])
            ],
            profile=profile,
            activity={"cadence": cadence},
        )
        members.append({**entry, **extra.get(member_id, {})})  # what a test changes
    return members


@pytest.fixture
def world(service_config, tmp_path, smtp):
    def make(cadence="weekly", **extra):
        config = load_config(service_config(coalition(smtp, cadence, **extra), sources=[]))
        db = open_database(tmp_path / "veille.db")
        store = CallStore(db)
        call = isp_call(1, MONDAY + timedelta(days=40), title="Appel mentorat NEET Bruxelles")
        call.regions = ["Bruxelles"]
        call.summary = "Pour les jeunes NEET bruxellois."
        call.publics = ["young_people", "neet"]
        call.eligible = ["nonprofit"]
        call_id = store.upsert_call(call, MONDAY - timedelta(days=10)).call_id
        return config, store, Outbox(db), call_id

    return make


def run(config, store, outbox, now, cadence="weekly"):
    queued = plan_activity_digests(config, store, outbox, now, cadence)
    deliver_due(config, outbox, Deliverer(throttle=False), now)
    return queued


def mail_to(smtp, member_id):
    return [m for m in smtp.messages() if m["To"] == f"team@{member_id}.example"]


def text_of(message):
    return " ".join(message.get_body(("plain",)).get_content().split())


def test_what_the_others_did_and_never_my_own(world, smtp):
    config, store, outbox, call_id = world()
    marks, notes = Marks(store.db), Notes(store.db)
    week = MONDAY - timedelta(days=7)
    marks.set_mark(
        call_id,
        "asbl-duo",
        "applying",
        week + timedelta(days=1),
        author="alice@duo.example",
        comment="Dépôt le 15/12",
    )
    notes.save(call_id, "asbl-duo", "Contact: Mme Martin (COCOF)", week + timedelta(days=2))
    marks.set_mark(call_id, "asbl-tremplin", "supporting", week + timedelta(days=3))

    assert run(config, store, outbox, MONDAY) == 2  # Duo and Tremplin; Senior follows nothing
    [to_tremplin] = mail_to(smtp, "asbl-tremplin")
    text = text_of(to_tremplin)
    assert "Appel mentorat NEET Bruxelles" in text
    assert "ASBL Duo (alice@duo.example)" in text and "Dépôt le 15/12" in text
    assert "Contact: Mme Martin (COCOF)" in text
    assert "ASBL Tremplin" not in text.split("Dépôt")[0]  # its own action is left out
    [to_duo] = mail_to(smtp, "asbl-duo")
    assert "ASBL Tremplin" in text_of(to_duo) and "Dépôt le 15/12" not in text_of(to_duo)
    assert mail_to(smtp, "asbl-senior") == []

    # the same week again: nothing twice; a quiet week: nothing at all
    assert run(config, store, outbox, MONDAY + timedelta(hours=3)) == 0
    assert run(config, store, outbox, MONDAY + timedelta(days=7)) == 0
    assert len(smtp.messages()) == 2


def test_a_private_mark_reaches_nobody_else(world, smtp):
    config, store, outbox, call_id = world(cadence="daily")
    Marks(store.db).set_mark(
        call_id,
        "asbl-duo",
        "applying",
        MONDAY - timedelta(hours=5),
        comment="Notre stratégie secrète",
        visibility="private",
    )
    Notes(store.db).save(
        call_id,
        "asbl-duo",
        "Budget visé: 80 000",
        MONDAY - timedelta(hours=4),
        visibility="private",
    )
    assert run(config, store, outbox, MONDAY, "daily") == 0
    assert smtp.messages() == []
    assert "secrète" not in str(outbox.rows()) and "80 000" not in str(outbox.rows())


def test_a_member_that_declined_the_call_hears_no_more_of_it(world, smtp):
    config, store, outbox, call_id = world()
    Marks(store.db).set_mark(
        call_id, "asbl-tremplin", "not_for_us", MONDAY - timedelta(days=6), reason="no_capacity"
    )
    Marks(store.db).set_mark(call_id, "asbl-duo", "applying", MONDAY - timedelta(days=5))
    run(config, store, outbox, MONDAY)
    assert mail_to(smtp, "asbl-tremplin") == []
    # ... while Duo reads Tremplin's "not for us" and why
    assert "ASBL Tremplin" in text_of(mail_to(smtp, "asbl-duo")[0])


def test_daily_and_weekly_members_each_at_their_cadence(world, smtp):
    config, store, outbox, call_id = world(
        cadence="weekly", **{"asbl-tremplin": {"activity": {"cadence": "daily"}}}
    )
    Marks(store.db).set_mark(call_id, "asbl-duo", "interested", MONDAY - timedelta(hours=2))
    assert run(config, store, outbox, MONDAY, "daily") == 1
    assert [m["To"] for m in smtp.messages()] == ["team@asbl-tremplin.example"]
    assert run(config, store, outbox, MONDAY, "weekly") == 0  # Duo did it; Senior follows none


def test_the_coalition_room_reads_every_shared_action(world, smtp, service_config, tmp_path):
    members = coalition(smtp)
    config = load_config(
        service_config(
            members,
            sources=[],
            coalition_room={"url": smtp.apprise_url("room@coalition.example"), "cadence": "weekly"},
        )
    )
    _, store, outbox, call_id = world()
    Marks(store.db).set_mark(call_id, "asbl-duo", "applying", MONDAY - timedelta(days=1))
    Marks(store.db).set_mark(
        call_id, "asbl-tremplin", "applying", MONDAY - timedelta(days=1), visibility="private"
    )
    run(config, store, outbox, MONDAY)
    [room] = [m for m in smtp.messages() if m["To"] == "room@coalition.example"]
    assert "ASBL Duo" in text_of(room) and "ASBL Tremplin" not in text_of(room)


def test_a_partner_request_goes_to_the_fitting_members_first(world, smtp):
    config, store, outbox, call_id = world()
    call = CallQueries(store.db).call(call_id)
    recipients = plan_partner_requests(
        config, outbox, call, facts_of(call), "asbl-tremplin", "Nous cherchons des mentors", MONDAY
    )
    assert [(r.member.id, r.fit.level) for r in recipients] == [("asbl-duo", "fits")]
    deliver_due(config, outbox, Deliverer(throttle=False), MONDAY)
    [request] = smtp.messages()
    assert request["To"] == "team@asbl-duo.example"
    assert "ASBL Tremplin" in request["Subject"] and "Appel mentorat NEET" in request["Subject"]
    assert "Nous cherchons des mentors" in text_of(request)
    # a second request for the same call by the same member is not sent again
    plan_partner_requests(config, outbox, call, facts_of(call), "asbl-tremplin", "", MONDAY)
    assert len(outbox.rows()) == 1


def test_a_partner_request_on_a_call_i_do_not_follow_reaches_me_when_i_fit(world, smtp):
    """Senior follows nothing in Brussels, but a call for seniors everywhere fits it."""
    config, store, outbox, _ = world()
    other = isp_call(2, MONDAY + timedelta(days=30), title="Appel vieillissement actif")
    other.regions = ["BE"]
    other.topics = []
    other.publics = ["seniors"]
    other_id = store.upsert_call(other, MONDAY - timedelta(days=10)).call_id
    Marks(store.db).set_mark(other_id, "asbl-duo", "partner", MONDAY - timedelta(days=1))
    Marks(store.db).set_mark(other_id, "asbl-duo", "applying", MONDAY - timedelta(hours=20))
    run(config, store, outbox, MONDAY)
    [to_senior] = mail_to(smtp, "asbl-senior")
    text = text_of(to_senior)
    assert "Appel vieillissement actif" in text and "ASBL Duo" in text
    assert mail_to(smtp, "asbl-tremplin") == []  # does not follow it, does not fit it


def test_partner_request_reaches_a_matrix_room(world, smtp, matrix_room):
    config, store, outbox, call_id = world(
        **{
            "asbl-duo": {
                "channels": [
                    {"name": "email", "url": smtp.apprise_url("team@asbl-duo.example")},
                    {"name": "matrix", "url": matrix_room["apprise_url"]},
                ],
                "activity": {"channels": ["email", "matrix"]},
            }
        }
    )
    call = CallQueries(store.db).call(call_id)
    plan_partner_requests(config, outbox, call, facts_of(call), "asbl-tremplin", "", MONDAY)
    report = deliver_due(config, outbox, Deliverer(throttle=False), MONDAY)
    assert report.sent == 2
    [message] = matrix_room["read"]()
    assert "ASBL Tremplin" in message["body"] and "Appel mentorat NEET Bruxelles" in message["body"]
    assert mail_to(smtp, "asbl-duo")
