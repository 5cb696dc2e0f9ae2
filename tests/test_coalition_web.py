"""The coalition on the digest site: private marks seen by their member only, on every page
and export; notes with history; profiles edited through the validated writer; which
members fit a call; "calls that fit my association"."""

from __future__ import annotations

import csv
import io

import yaml
from starlette.testclient import TestClient

from tests.factories import web_call_id
from tests.web_client import csrf_of, sign_in, titles
from veille.storage import Outbox, open_database

PROFILES = {
    "asbl-a": {
        "regions": ["brussels"],
        "publics": ["jobseekers"],
        "activities": ["training", "job_coaching"],
        "languages": ["fr"],
        "legal_form": "asbl",
        "needs": ["volunteer_mentors"],
    },
    "asbl-b": {
        "regions": ["brussels", "flanders"],
        "publics": ["young_people"],
        "activities": ["mentoring"],
        "languages": ["fr", "nl", "en"],
        "legal_form": "asbl",
        "offers": ["volunteer_mentors", "employer_network"],
    },
    "asbl-c": {"regions": ["wallonia"], "publics": ["seniors"], "legal_form": "asbl"},
}


def with_profiles(web_site, profiles=PROFILES) -> None:
    path = web_site.config_dir / "members.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for member in data["members"]:
        if member["id"] in profiles:
            member["profile"] = profiles[member["id"]]
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def post(client: TestClient, path: str, **data):
    return client.post(path, data={**data, "csrf": csrf_of(client)}, follow_redirects=False)


def two_members(web_site, smtp):
    app = web_site.app()
    alice, bob = TestClient(app), TestClient(app)
    sign_in(alice, smtp, "alice@a.example")
    sign_in(bob, smtp, "bob@b.example")
    return alice, bob


def test_a_private_mark_is_never_shown_to_another_member(web_site, smtp):
    alice, bob = two_members(web_site, smtp)
    target = web_call_id("urgent")
    post(
        alice,
        f"/calls/{target}/mark",
        mark="applying",
        comment="Notre angle: Molenbeek",
        private="1",
    )
    post(bob, f"/calls/{target}/mark", mark="interested", comment="Bob regarde")
    secret = "Notre angle: Molenbeek"
    bob_token = bob.get("/filters").text.split("token=")[1].split('"')[0]
    alice_token = alice.get("/filters").text.split("token=")[1].split('"')[0]

    def everything(client, token):
        """Every page, feed and export a member can read, as text."""
        api = client.get(f"/api/v1/calls/{target}").json()
        return {
            "page": client.get(f"/calls/{target}").text,
            "home": client.get("/").text,
            "api": str(api["marks"]),
            "csv": client.get("/export.csv").text,
            "ics": client.get(f"/calendar.ics?token={token}").text,
            "atom": client.get(f"/feeds/calls.atom?token={token}").text,
            "rss": client.get(f"/feeds/calls.rss?token={token}").text,
        }

    seen_by_bob = everything(bob, bob_token)
    for where, text in seen_by_bob.items():
        assert secret not in text, where
    marks_section = seen_by_bob["page"].split('id="marks"')[1].split("</section>")[0]
    assert 'data-member="asbl-a"' not in marks_section and "ASBL A" not in marks_section
    assert "ASBL A:" not in seen_by_bob["home"]
    assert "Bob regarde" in seen_by_bob["page"]
    # Alice sees her own private mark everywhere she reads marks
    seen_by_alice = everything(alice, alice_token)
    assert secret in seen_by_alice["page"] and secret in seen_by_alice["api"]
    for where in ("csv", "ics", "atom", "rss", "home"):
        assert "ASBL A" in seen_by_alice[where], where
    rows = list(csv.DictReader(io.StringIO(seen_by_alice["csv"])))
    assert [r["marks"] for r in rows if r["page"].endswith(target)] != [""]
    bob_rows = list(csv.DictReader(io.StringIO(seen_by_bob["csv"])))
    [bob_row] = [r for r in bob_rows if r["page"].endswith(target)]
    assert "ASBL A" not in bob_row["marks"] and "ASBL B" in bob_row["marks"]


def test_making_a_mark_private_takes_back_what_was_shared(web_site, smtp):
    alice, bob = two_members(web_site, smtp)
    target = web_call_id("urgent")
    post(alice, f"/calls/{target}/mark", mark="interested", comment="On regarde")
    assert "On regarde" in bob.get(f"/calls/{target}").text
    post(alice, f"/calls/{target}/mark", mark="applying", comment="", private="1")
    page = bob.get(f"/calls/{target}").text
    assert "On regarde" not in page
    assert 'data-member="asbl-a"' not in page.split('id="marks"')[1].split("</section>")[0]


def test_a_private_looking_for_a_partner_asks_nobody(web_site, smtp):
    with_profiles(web_site)
    alice, _ = two_members(web_site, smtp)
    post(alice, f"/calls/{web_call_id('mentoring')}/mark", mark="partner", private="1")
    assert Outbox(open_database(web_site.db_path)).rows() == []


def test_looking_for_a_partner_tells_the_fitting_members(web_site, smtp):
    with_profiles(web_site)
    alice, _ = two_members(web_site, smtp)
    target = web_call_id("mentoring")  # EU, English, mentoring: B fits, C (Wallonia, seniors) not
    answer = post(alice, f"/calls/{target}/mark", mark="partner", comment="We bring the trainers")
    assert answer.headers["location"] == f"/calls/{target}?told=1#fits"
    queued = Outbox(open_database(web_site.db_path)).rows()
    assert [(r["member"], r["channel"], r["kind"]) for r in queued] == [
        ("asbl-b", "email", "partner-asbl-a")
    ]
    assert "We bring the trainers" in queued[0]["body_html"]


def test_who_fits_the_call_and_why(web_site, smtp):
    with_profiles(web_site)
    alice, _ = two_members(web_site, smtp)
    page = alice.get(f"/calls/{web_call_id('urgent')}").text  # COCOF, Brussels, French
    fits = page.split('id="fits"')[1].split("</section>")[0]
    order = [part.split('"')[0] for part in fits.split('data-member="')[1:]]
    assert order == ["asbl-a", "asbl-b", "asbl-c"]
    assert 'class="fit fits" data-member="asbl-a"' in fits
    assert 'class="fit does_not_fit" data-member="asbl-c"' in fits
    # nobody signed in: no word of members
    assert 'id="fits"' not in TestClient(web_site.app()).get(f"/calls/{web_call_id('urgent')}").text


def test_calls_that_fit_my_association(web_site, smtp):
    with_profiles(web_site)
    alice, bob = two_members(web_site, smtp)
    everything = titles(alice.get("/").text)
    mine = titles(alice.get("/?fit=1").text)
    assert set(mine) < set(everything)
    # A works in Brussels: the Flemish forthcoming call is out, the Brussels one in
    assert "Appel à projets insertion socioprofessionnelle 2027" in mine
    assert "Appel à venir: jobcoaching" not in mine
    # B works in Flanders too
    assert "Appel à venir: jobcoaching" in titles(bob.get("/?fit=1&status=all").text)


def test_notes_keep_their_history_and_a_private_note_its_owner(web_site, smtp):
    alice, bob = two_members(web_site, smtp)
    target = web_call_id("urgent")
    post(alice, f"/calls/{target}/note", text="Contact: M. Dupont")
    web_site.clock.now = web_site.clock.now.replace(hour=10)
    post(bob, f"/calls/{target}/note", text="Contact: Mme Martin")
    post(bob, f"/calls/{target}/note", text="Nous viserons le volet 2", private="1")
    page = alice.get(f"/calls/{target}").text
    notes = page.split('id="notes"')[1].split("</section>")[0]
    assert "Contact: Mme Martin</textarea>" in notes
    history = notes.split('id="note-history"')[1]
    assert "bob@b.example" in history and "alice@a.example" in history
    assert "<del>M. Dupont</del>" in history and "<ins>Mme Martin</ins>" in history
    assert "volet 2" not in page
    assert "Nous viserons le volet 2</textarea>" in bob.get(f"/calls/{target}").text


def test_profile_is_edited_through_the_validated_writer(web_site, smtp):
    alice, bob = two_members(web_site, smtp)
    assert alice.get("/profile").status_code == 200
    answer = alice.post(
        "/profile",
        data={
            "regions": ["brussels", "atlantis"],  # not in the list: dropped
            "publics": ["neet", "newcomers"],
            "languages": ["fr", "nl"],
            "legal_form": "asbl",
            "communes": "Schaerbeek\nEvere",
            "offers": ["employer_network"],
            "member": "asbl-b",  # never another member's
            "csrf": csrf_of(alice),
        },
        follow_redirects=False,
    )
    assert answer.headers["location"] == "/profile?saved=1"
    text = (web_site.config_dir / "members.yaml").read_text(encoding="utf-8")
    assert text.startswith("# The coalition, kept by hand.")
    data = yaml.safe_load(text)
    a, b = data["members"][0], data["members"][1]
    assert a["profile"] == {
        "regions": ["brussels"],
        "communes": ["Schaerbeek", "Evere"],
        "publics": ["neet", "newcomers"],
        "languages": ["fr", "nl"],
        "legal_form": "asbl",
        "offers": ["employer_network"],
    }
    assert "profile" not in b
    # the coalition's matrix shows it to every member
    matrix = bob.get("/members").text
    assert "Schaerbeek, Evere" in matrix.split('data-member="asbl-a"')[1].split("</tr>")[0]
    # a file that would not validate is not written
    bad = alice.post(
        "/profile", data={"communes": "x" * 200, "csrf": csrf_of(alice)}, follow_redirects=False
    )
    assert bad.status_code == 200 and 'role="alert"' in bad.text
    assert (web_site.config_dir / "members.yaml").read_text(encoding="utf-8") == text
    assert TestClient(web_site.app()).get("/members", follow_redirects=False).status_code == 303
