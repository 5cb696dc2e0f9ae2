"""The coalition working together, in real headless Chromium (Debian's), with real SMTP
(aiosmtpd) and Matrix (Synapse): two signed-in members, one at desktop and one at phone
width. ASBL A (Alice) and ASBL B (Bob) work in Brussels; ASBL C in Wallonia.

A newcomer's path on a phone (find a call, say "we are looking for a partner", see who
fits) is timed and its taps counted; the figures go to test-artifacts/newcomer-phone.json.
"""

from __future__ import annotations

import csv
import io
import json
import re
import time
from datetime import timedelta

import pytest
import yaml

from tests.chromium import (
    ARTIFACTS,
    DESKTOP,
    PHONE,
    check_accessibility,
    open_page,
    serve,
    shoot,
    sign_in,
    skip_without_chromium,
)
from tests.factories import WEB_NOW, WEB_SITE_PROFILES, web_call_id
from veille.alerts.activity import plan_activity_digests
from veille.alerts.deliver import Deliverer
from veille.alerts.dispatch import deliver_due
from veille.config.loader import load_config
from veille.storage import CallStore, Outbox, open_database

skip_without_chromium()


@pytest.fixture
def coalition(web_site, matrix_room):
    """The web site's members with profiles; ASBL B also hears on its Matrix room."""
    path = web_site.config_dir / "members.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for member in data["members"]:
        member["profile"] = WEB_SITE_PROFILES[member["id"]]
        member["activity"] = {"cadence": "weekly"}
        if member["id"] == "asbl-b":
            member["channels"].append({"name": "matrix", "url": matrix_room["apprise_url"]})
            member["activity"]["channels"] = ["email", "matrix"]
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return web_site


@pytest.fixture
def site(coalition):
    """The app under uvicorn on 127.0.0.1 (its links point to it)."""
    yield from serve(coalition)


def deliver(web_site, now=WEB_NOW):
    """What the service's delivery job does: send what the outbox holds."""
    config = load_config(web_site.config_dir)
    outbox = Outbox(open_database(web_site.db_path))
    return deliver_due(config, outbox, Deliverer(throttle=False), now)


def activity_digests(web_site, now):
    """What the service's weekly digest job does for the activity digests, then delivery."""
    config = load_config(web_site.config_dir)
    db = open_database(web_site.db_path)
    queued = plan_activity_digests(config, CallStore(db), Outbox(db), now, "weekly")
    deliver_due(config, Outbox(db), Deliverer(throttle=False), now)
    return queued


def to_team(smtp, member: str, expected: int = 0):
    """Messages to a member's team address (waiting up to 5 s for `expected` of them: the
    SMTP server writes each one a moment after it accepted it)."""
    for _ in range(50):
        # the web site's members write to team@a.example, team@b.example...
        address = f"team@{member.removeprefix('asbl-')}.example"
        found = [m for m in smtp.messages() if m["To"] == address]
        if len(found) >= expected:
            break
        time.sleep(0.1)
    return found


def text_of(message) -> str:
    return " ".join(message.get_body(("plain",)).get_content().split())


def feed_token(page, site: str) -> str:
    page.goto(f"{site}/filters")
    href = page.locator("a", has_text="Atom").first.get_attribute("href")
    return re.search(r"token=([0-9a-f]+)", href).group(1)


def test_a_private_mark_is_never_seen_by_the_other_member(browser, site, smtp, coalition):
    target = web_call_id("urgent")
    secret = "Notre angle : Molenbeek"
    alice = open_page(browser, DESKTOP)
    sign_in(alice, site, smtp, "alice@a.example")
    page = alice.page
    page.goto(f"{site}/calls/{target}")
    page.get_by_label("Votre organisation").select_option("applying")
    page.get_by_label("Un mot pour la coalition (facultatif)").fill(secret)
    page.get_by_label("Privé : seule notre organisation le voit (aucune demande").check()
    page.locator("#marks").get_by_role("button", name="Enregistrer").click()
    line = page.locator(".markline[data-member=asbl-a]")
    assert "privé" in line.inner_text() and secret in line.inner_text()
    page.goto(f"{site}/calls/{target}")  # without the #marks anchor focus starts from
    check_accessibility(page)
    shoot(page, "coalition-private-mark-desktop")

    bob = open_page(browser, PHONE, touch=True)
    sign_in(bob, site, smtp, "bob@b.example")
    phone = bob.page
    assert "ASBL A" not in phone.inner_text(f"#call-{target}")
    phone.goto(f"{site}/calls/{target}")
    assert phone.locator(".markline[data-member=asbl-a]").count() == 0
    assert secret not in phone.content() and phone.locator("#mark-history").count() == 0
    shoot(phone, "coalition-private-mark-phone")
    # every other way to read the calls, as Bob (his session, or his personal feed token)
    token = feed_token(phone, site)
    answers = {
        path: phone.request.get(f"{site}{path}").text()
        for path in (
            f"/api/v1/calls/{target}",
            "/export.csv",
            f"/calendar.ics?token={token}",
            f"/feeds/calls.atom?token={token}",
            f"/feeds/calls.rss?token={token}",
            "/",
        )
    }
    for path, text in answers.items():
        assert secret not in text and "ASBL A: " not in text, path
    assert json.loads(answers[f"/api/v1/calls/{target}"])["marks"] == []
    rows = list(csv.DictReader(io.StringIO(answers["/export.csv"])))
    assert all(row["marks"] == "" for row in rows)
    # ... while Alice reads her own private mark in her export
    mine = alice.page.request.get(f"{site}/export.csv").text()
    assert "ASBL A: Nous déposons" in mine
    # ... and the activity digest tells Bob nothing (nothing shared happened)
    assert activity_digests(coalition, WEB_NOW + timedelta(days=1)) == 0
    assert to_team(smtp, "asbl-b") == []
    assert alice.errors == [] and bob.errors == []


def test_a_newcomer_on_a_phone_asks_for_a_partner_and_sees_who_fits(
    browser,
    site,
    smtp,
    coalition,
    matrix_room,
):
    alice = open_page(browser, PHONE, touch=True)
    sign_in(alice, site, smtp, "alice@a.example")
    page = alice.page
    taps, typed = 0, 0
    started = time.monotonic()
    # 1. find the call: search, open it
    page.get_by_label("Rechercher").tap()
    taps += 1
    page.get_by_label("Rechercher").fill("mentoring")
    typed += len("mentoring")
    page.get_by_label("Rechercher").press("Enter")
    page.wait_for_url(re.compile(r"q=mentoring"))
    page.get_by_role("link", name="Mentoring programmes for young people").tap()
    taps += 1
    page.wait_for_url(re.compile(r"/calls/"))
    # 2. say "we are looking for a partner": jump to the form, choose, save
    page.get_by_role("link", name="Ce que nous en faisons").tap()
    taps += 1
    page.get_by_label("Votre organisation").select_option("partner")
    taps += 2  # open the menu, pick the mark
    page.locator("#marks").get_by_role("button", name="Enregistrer").tap()
    taps += 1
    # 3. who fits: the page lands on it, and says who was told
    page.wait_for_url(re.compile(r"told=1#fits"))
    fits = page.locator("#fits")
    fits.get_by_text("Nous avons prévenu 1 membre qui correspond à cet appel.").wait_for()
    seconds = time.monotonic() - started
    box = fits.bounding_box()
    assert box is not None and box["y"] < PHONE["height"]  # in view, no scrolling needed
    b = fits.locator(".fit[data-member=asbl-b]")
    assert "correspond" in b.inner_text()
    assert "Thème : mentorat (activités : mentorat)." in b.inner_text()
    assert "Peut apporter ce que vous cherchez : des mentors bénévoles" in b.inner_text()
    assert "ne correspond pas" in fits.locator(".fit[data-member=asbl-a]").inner_text()
    shoot(page, "coalition-who-fits-phone")
    page.goto(page.url.split("?")[0])
    check_accessibility(page)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "newcomer-phone.json").write_text(
        json.dumps({"taps": taps, "typed_characters": typed, "scripted_seconds": round(seconds, 2)})
    )
    print(f"\nnewcomer on a phone: {taps} taps, {typed} characters typed, {seconds:.2f} s scripted")

    # The fitting member hears of it at once, by email and in its Matrix room (the
    # service's delivery job sends the outbox); ASBL C, which does not fit, does not.
    report = deliver(coalition)
    assert report.sent == 2 and report.failed == []
    [mail] = to_team(smtp, "asbl-b", 1)
    # in ASBL B's language (its subscription's: Dutch)
    assert mail["Subject"] == "ASBL A zoekt een partner: Mentoring programmes for young people"
    body = text_of(mail)
    assert "volgens Veille past uw organisatie erbij" in body
    assert "Thema: mentoring (activiteiten: mentoring)." in body
    assert f"{site}/calls/{web_call_id('mentoring')}" in body
    assert to_team(smtp, "asbl-c") == []
    [message] = matrix_room["read"]()
    assert "ASBL A zoekt een partner" in message["body"]
    assert "Mentoring programmes for young people" in message["body"]
    assert alice.errors == []


def test_notes_history_and_the_activity_digest(browser, site, smtp, coalition, matrix_room):
    target = web_call_id("urgent")
    alice = open_page(browser, DESKTOP)
    sign_in(alice, site, smtp, "alice@a.example")
    alice.page.goto(f"{site}/calls/{target}")
    alice.page.get_by_label("La note de la coalition").fill("Contact : M. Dupont (COCOF)")
    alice.page.get_by_role("button", name="Enregistrer la note").click()

    coalition.clock.now = WEB_NOW + timedelta(hours=2)
    bob = open_page(browser, PHONE, touch=True)
    sign_in(bob, site, smtp, "bob@b.example")
    phone = bob.page
    phone.goto(f"{site}/calls/{target}")
    assert phone.get_by_label("La note de la coalition").input_value() == (
        "Contact : M. Dupont (COCOF)"
    )
    phone.get_by_label("La note de la coalition").fill("Contact : Mme Martin (COCOF)")
    phone.get_by_role("button", name="Enregistrer la note").tap()
    phone.get_by_label("Votre organisation").select_option("supporting")
    phone.locator("#marks").get_by_role("button", name="Enregistrer").tap()
    phone.wait_for_selector(".markline[data-member=asbl-b]")

    # Alice sees who changed what, when
    alice.page.reload()
    alice.page.locator("#note-history summary").click()
    history = alice.page.locator("#note-history")
    who = [" ".join(li.locator("small").inner_text().split()) for li in history.locator("li").all()]
    assert len(who) == 2
    assert "ASBL B (bob@b.example)" in who[0] and "ASBL A (alice@a.example)" in who[1]
    newest = history.locator("li").first
    assert newest.locator("del").all_inner_texts() == ["M. Dupont"]
    assert newest.locator("ins").all_inner_texts() == ["Mme Martin"]
    check_accessibility(alice.page)
    shoot(alice.page, "coalition-note-history-desktop")

    # The weekly activity digest: each member reads what the others did, never its own
    # (ASBL C follows insertion calls too: it reads both). One entry per channel: A's email,
    # B's email and Matrix room, C's email.
    assert activity_digests(coalition, WEB_NOW + timedelta(days=2)) == 4
    [to_a] = to_team(smtp, "asbl-a", 1)
    [to_b] = to_team(smtp, "asbl-b", 1)
    a_text, b_text = text_of(to_a), text_of(to_b)
    assert to_a["Subject"] == "Veille : ce que la coalition a fait sur 1 appel"
    assert "Appel à projets insertion socioprofessionnelle 2027" in a_text
    assert (
        "ASBL B (bob@b.example) a modifié la note de la coalition : Contact : Mme Martin" in a_text
    )
    assert "ASBL B (bob@b.example) : Nous soutiendrions comme partenaire" in a_text
    assert "ASBL A" not in a_text.split("Vous recevez")[0]
    # ASBL B reads Dutch
    assert "ASBL A (alice@a.example) wijzigde de notitie van de coalitie: Contact : M. Dupont" in (
        b_text
    )
    assert "ASBL B" not in b_text.split("U ontvangt")[0]
    [to_c] = to_team(smtp, "asbl-c", 1)
    assert "Mme Martin" in text_of(to_c) and "M. Dupont" in text_of(to_c)
    # ... and ASBL B reads it in its Matrix room too
    [in_room] = matrix_room["read"]()
    assert "ASBL A (alice@a.example) wijzigde de notitie van de coalitie" in in_room["body"]
    # nothing happened since: nothing is sent
    assert activity_digests(coalition, WEB_NOW + timedelta(days=9)) == 0
    assert len(to_team(smtp, "asbl-a")) == len(to_team(smtp, "asbl-b")) == 1
    assert alice.errors == [] and bob.errors == []


def test_profile_edit_and_calls_that_fit_my_association(browser, site, smtp, coalition):
    bob = open_page(browser, PHONE, touch=True)
    sign_in(bob, site, smtp, "bob@b.example")
    page = bob.page
    page.locator(".filters-fold > summary").tap()  # on a phone the filters are folded
    page.get_by_label("Seulement les appels qui correspondent à mon association").check()
    page.get_by_role("button", name="Filtrer").tap()
    page.wait_for_url(re.compile(r"fit=1"))
    before = page.locator("ol.cards h3").all_inner_texts()
    assert "Appel à venir: jobcoaching" not in before  # in Flanders, where B does not work
    assert "Mentoring programmes for young people" in before
    assert all(
        "Correspond à votre association" in t for t in page.locator("ol.cards li").all_inner_texts()
    )

    page.goto(f"{site}/profile")
    check_accessibility(page)
    page.locator("#f-regions").get_by_label("Flandre").check()
    page.get_by_label("Communes où nous travaillons (une par ligne)").fill("Schaerbeek\nEvere")
    page.get_by_role("button", name="Enregistrer le profil").tap()
    page.get_by_text("Profil enregistré.").wait_for()
    shoot(page, "coalition-profile-phone")
    saved = yaml.safe_load((coalition.config_dir / "members.yaml").read_text(encoding="utf-8"))
    b = next(m for m in saved["members"] if m["id"] == "asbl-b")
    assert b["profile"]["regions"] == ["brussels", "flanders"]
    assert b["profile"]["communes"] == ["Schaerbeek", "Evere"]

    page.goto(f"{site}/?fit=1")
    assert "Appel à venir: jobcoaching" in page.locator("ol.cards h3").all_inner_texts()
    # and the coalition's matrix shows it to Alice, at her desk
    alice = open_page(browser, DESKTOP)
    sign_in(alice, site, smtp, "alice@a.example")
    alice.page.get_by_role("link", name="Coalition", exact=True).click()
    row = alice.page.locator("tr[data-member=asbl-b]").inner_text()
    assert "Bruxelles, Flandre" in row and "Schaerbeek, Evere" in row
    assert "des mentors bénévoles" in row
    check_accessibility(alice.page)
    shoot(alice.page, "coalition-members-desktop")
    assert alice.errors == [] and bob.errors == []
