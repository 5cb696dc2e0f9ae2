"""Every page in real Chromium at desktop and phone widths: accessible (axe-core finds no
violation), no sideways scroll (the coalition's pages too: a call's marks, notes and who
fits, the profile, the members' matrix), the first result in sight after a search on a phone, search
across languages, one card per call published in two languages, explanations in the
reader's language, the observatory's charts with their text alternatives.

axe-core comes from tools/browser/ (npm, hash-locked, installed by make), never from the
network. Screenshots for people to look at go to test-artifacts/.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
import yaml

from tests.chromium import (
    DESKTOP,
    PHONE,
    Watched,
    open_page,
    serve,
    shoot,
    sign_in,
    skip_without_chromium,
)
from tests.factories import WEB_NOW, WEB_SITE_PROFILES
from veille.domain.call import Call
from veille.storage import CallStore, open_database

skip_without_chromium()

AXE = Path(__file__).resolve().parent.parent / "tools" / "browser" / "node_modules" / "axe-core"
AXE_SCRIPT = AXE / "axe.min.js"
WIDTHS = {"desktop": DESKTOP, "phone": PHONE}


def translated_pair() -> list[Call]:
    """One Brussels call on its FR and NL pages (a group), and a German mentoring call."""
    common = {
        "source": "actiris",
        "funder": "Actiris",
        "deadline": WEB_NOW + timedelta(days=40),
        "status": "open",
        "relevant": True,
        "is_call": True,
        "regions": ["Bruxelles"],
        "budget_amount": 600000.0,
    }
    return [
        Call(
            source_id="fr#mentorat-neet",
            url="https://www.actiris.brussels/fr/partenaires/appels/",
            alternates=["https://www.actiris.brussels/nl/partners/oproepen/"],
            title="Appel à projets « Mentorat des jeunes NEET » 2027-2029",
            summary="Des duos de mentorat pour des jeunes NEET bruxellois.",
            text="Budget : 600.000 euros. Séance d'information le 12 janvier 2027 à 10h00.",
            lang="fr",
            topics=["mentoring", "insertion"],
            matches=[
                {"term": "mentorat", "topic": "mentoring", "field": "title", "start": 19, "end": 27}
            ],
            **common,
        ),
        Call(
            source_id="nl#mentoring-neet",
            url="https://www.actiris.brussels/nl/partners/oproepen/",
            alternates=["https://www.actiris.brussels/fr/partenaires/appels/"],
            title="Projectoproep « Mentoring voor NEET-jongeren » 2027-2029",
            summary="Duo's met een mentor voor Brusselse NEET-jongeren.",
            text="Budget: 600.000 euro. Infosessie op 12 januari 2027 om 10u00.",
            lang="nl",
            topics=["mentoring", "insertion"],
            **common,
        ),
        Call(
            source="ostbelgien",
            source_id="de#mentoring",
            url="https://ostbelgien.example/mentoring",
            title="Projektaufruf: Mentoring für junge Arbeitsuchende",
            summary="Ehrenamtliche Mentoren begleiten Arbeitsuchende.",
            funder="Arbeitsamt der DG",
            deadline=WEB_NOW + timedelta(days=50),
            status="open",
            relevant=True,
            is_call=True,
            topics=["mentoring"],
            lang="de",
        ),
    ]


def seeded(web_site) -> Iterator[str]:
    """The digest app under uvicorn, its database holding the web tests' calls and the pair."""
    db = open_database(web_site.db_path)
    store = CallStore(db)
    for call in translated_pair():
        store.upsert_call(call, WEB_NOW - timedelta(days=2))
    db.close()
    yield from serve(web_site)


@pytest.fixture
def site(web_site) -> Iterator[str]:
    yield from seeded(web_site)


@pytest.fixture
def coalition_site(web_site) -> Iterator[str]:
    """The same site, its members with profiles (who fits a call, the members' matrix)."""
    path = web_site.config_dir / "members.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    for member in data["members"]:
        member["profile"] = WEB_SITE_PROFILES[member["id"]]
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    yield from seeded(web_site)


def axe_violations(page) -> list[str]:
    """axe-core's violations on the page (every rule it runs by default)."""
    assert AXE_SCRIPT.exists(), f"{AXE_SCRIPT} is missing: run make (it installs tools/browser)"
    page.add_script_tag(path=str(AXE_SCRIPT))
    found = page.evaluate("async () => (await axe.run(document)).violations")
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in found
    ]


def sideways_scroll(page) -> int:
    """How many pixels the page is wider than the window (0: no sideways scroll)."""
    return int(page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth"))


def pages_to_check(base: str, call_id: str) -> dict[str, str]:
    return {
        "home": f"{base}/",
        "search": f"{base}/?q=mentorat",
        "call": f"{base}/calls/{call_id}",
        "call-nl": f"{base}/calls/{call_id}?lang=nl",
        "observatory": f"{base}/observatory",
        "signin": f"{base}/signin",
        "not-found": f"{base}/calls/no-such-call",
    }


def group_id(web_site) -> str:
    db = open_database(web_site.db_path)
    try:
        [row] = db.execute(
            "select group_id from calls where source = 'actiris' group by group_id "
            "having count(*) = 2"
        ).fetchall()
        return str(row[0])
    finally:
        db.close()


AXE_RESULTS: dict[str, int] = {}  # page and width -> violations (printed by the last test)


@pytest.mark.parametrize("width", WIDTHS)
def test_every_page_is_accessible_and_never_scrolls_sideways(browser, site, web_site, width):
    context = browser.new_context(viewport=WIDTHS[width], locale="fr-BE", bypass_csp=True)
    page = context.new_page()
    problems = {}
    for name, url in pages_to_check(site, group_id(web_site)).items():
        page.goto(url)
        found = axe_violations(page)
        AXE_RESULTS[f"{name} ({width})"] = len(found)
        if found:
            problems[name] = found
        assert sideways_scroll(page) == 0, f"{name} at {width} scrolls sideways"
    context.close()

    assert problems == {}


@pytest.mark.parametrize("width", WIDTHS)
def test_signed_in_and_admin_pages_are_accessible_too(browser, site, smtp, width):
    context = browser.new_context(viewport=WIDTHS[width], locale="fr-BE", bypass_csp=True)
    admin = Watched(context.new_page())
    sign_in(admin, site, smtp, "admin@a.example")
    problems = {}
    for path in (
        "/",
        "/filters",
        "/admin/sources",
        "/admin/members",
        "/admin/verdicts",
        "/observatory",
    ):
        admin.page.goto(f"{site}{path}")
        found = axe_violations(admin.page)
        AXE_RESULTS[f"{path} signed in ({width})"] = len(found)
        if found:
            problems[path] = found
        assert sideways_scroll(admin.page) == 0, f"{path} at {width} scrolls sideways"
    context.close()

    assert problems == {}


@pytest.mark.parametrize("width", WIDTHS)
def test_the_coalitions_pages_are_accessible_too(
    browser,
    coalition_site,
    web_site,
    smtp,
    width,
):
    """A call's marks (with their history), notes (with their versions) and who fits, the
    profile, the members' matrix and the calls that fit: axe-core, no sideways scroll."""
    site = coalition_site
    context = browser.new_context(viewport=WIDTHS[width], locale="fr-BE", bypass_csp=True)
    member = Watched(context.new_page())
    sign_in(member, site, smtp, "alice@a.example")
    page = member.page
    call = f"{site}/calls/{group_id(web_site)}"
    page.goto(call)
    page.select_option("#mark", "applying")
    page.fill("#comment", "Nous cherchons un partenaire pour le volet mentorat des jeunes NEET")
    page.locator("#marks").get_by_role("button", name="Enregistrer").click()
    page.wait_for_url("**saved=mark*")
    for text in ("Éligibilité : ASBL bruxelloises.", "Éligibilité : ASBL bruxelloises, 3 ans."):
        page.fill("#shared-note", text)
        page.get_by_role("button", name="Enregistrer la note").click()
        page.wait_for_url("**saved=note*")
    problems = {}
    for name, url in {
        "call, the coalition's work": page.url,
        "profile": f"{site}/profile?saved=1",
        "members": f"{site}/members",
        "calls that fit": f"{site}/?fit=1",
    }.items():
        page.goto(url)
        # the folded parts too (histories, filters): what a person opens must read as well
        page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
        found = axe_violations(page)
        AXE_RESULTS[f"{name} ({width})"] = len(found)
        if found:
            problems[name] = found
        assert sideways_scroll(page) == 0, f"{name} at {width} scrolls sideways"
    page.goto(call)
    assert "Nous cherchons un partenaire" in page.inner_text("#marks")
    context.close()

    assert problems == {}
    assert member.errors == []


def test_on_a_phone_the_first_result_is_in_sight_after_a_search(browser, site):
    watched = open_page(browser, PHONE)
    page = watched.page
    page.goto(f"{site}/")
    assert page.locator(".filters-fold").get_attribute("open") is None  # filters folded
    assert not page.get_by_role("button", name="Filtrer").is_visible()
    page.get_by_label("Rechercher").fill("mentoring")
    page.get_by_label("Rechercher").press("Enter")
    page.wait_for_url("**/?*q=mentoring*")

    first = page.locator("ol.cards li").first.bounding_box()
    assert first is not None and first["y"] + 40 < PHONE["height"], first
    shoot(page, "home-phone-search")
    # the filters are one button away
    page.locator(".filters-fold > summary").click()
    assert page.get_by_role("button", name="Filtrer").is_visible()
    assert watched.errors == []


@pytest.mark.parametrize(
    ("query", "titles"),
    [
        # each language's word finds the calls of the other languages, highlighted
        ("mentorat", {"Mentoring", "Mentorat"}),
        ("mentoring", {"Mentoring", "Mentorat"}),
        ("mentorschap", {"Mentoring", "Mentorat"}),
        ("Arbeitsuchende", {"Arbeitsuchende"}),
    ],
)
def test_search_crosses_languages_in_the_browser(browser, site, query, titles):
    watched = open_page(browser, DESKTOP)
    page = watched.page
    page.goto(f"{site}/")
    page.get_by_label("Rechercher").fill(query)
    page.get_by_label("Rechercher").press("Enter")
    page.wait_for_url(f"**q={query}*")

    marked = set(page.locator("ol.cards h3 mark").all_inner_texts())
    assert titles <= marked | {"Mentoring"}, marked
    assert marked, f"nothing highlighted for {query}"


def test_a_call_in_two_languages_is_one_card_with_its_other_page(browser, site, web_site):
    watched = open_page(browser, DESKTOP)
    page = watched.page
    page.goto(f"{site}/?q=NEET")
    cards = page.locator("ol.cards li")
    titles = cards.locator("h3").all_inner_texts()
    assert sum("NEET" in title for title in titles) == 1, titles  # one card for FR + NL
    page.goto(f"{site}/calls/{group_id(web_site)}?lang=nl")
    links = page.locator("a", has_text="NEET").all_inner_texts()
    assert any("Mentorat des jeunes NEET" in text for text in links) or any(
        "Mentoring voor NEET" in text for text in links
    ), links
    assert "dezelfde oproep" in page.inner_text("main")


def test_explanations_are_sentences_in_the_readers_language(browser, site, web_site):
    watched = open_page(browser, DESKTOP)
    page = watched.page
    for lang, sentence in (
        ("fr", "Signalé pour le mentorat : « mentorat » dans le titre."),
        ("nl", "Gesignaleerd voor mentoring: ‘mentorat’ in de titel."),
        ("en", "Flagged for mentoring: “mentorat” in the title."),
    ):
        page.goto(f"{site}/calls/{group_id(web_site)}?lang={lang}")
        assert sentence in page.locator("ul.why").inner_text(), lang
        assert "evidence" not in page.inner_text("main")  # no English trace of the classifier


def test_the_observatory_draws_charts_with_text_alternatives(browser, site):
    for width, viewport in WIDTHS.items():
        watched = open_page(browser, viewport)
        page = watched.page
        page.goto(f"{site}/observatory")
        charts = page.locator("svg.chart[role=img]")
        assert charts.count() == 8
        for index in range(charts.count()):
            chart = charts.nth(index)
            labelled = chart.get_attribute("aria-labelledby").split()
            title, description = (page.locator(f"[id='{name}']") for name in labelled)
            assert (title.text_content() or "").strip()
            assert (description.text_content() or "").strip()
        assert page.locator("section.figure table").count() == 8
        shoot(page, f"observatory-{width}")
        assert watched.errors == []


def test_zz_report_the_axe_counts():
    """Prints the counts of axe-core violations per page (for docs/digest.md)."""
    for name, count in sorted(AXE_RESULTS.items()):
        print(f"axe-core violations, {name}: {count}")
