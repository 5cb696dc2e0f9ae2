"""Round 16 of the dates (issue 14): closed calls, monthly and quarterly cut-offs, days named
relative to a dated text, one time said in words for a list (docs/quality.md).

Cases written for this module, not taken from the development set dev16.
"""

from __future__ import annotations

import datetime as dt
from datetime import datetime

import pytest
from starlette.testclient import TestClient

from veille.config import default_classifier
from veille.contract import dates_answer
from veille.domain.call import BRUSSELS
from veille.domain.dates import read_dates
from veille.domain.normalize import normalize
from veille.domain.raw_call import RawCall
from veille.presentation import deadline_words
from veille.storage import CallStore, open_database
from veille.storage.read_model import stored_call


def answer(text: str, reference: str | None) -> tuple[str | None, str | None, str]:
    """What the contract answers: the deadline, its time, its kind."""
    got = dates_answer({"id": "x", "text": text, "reference_date": reference})
    return got["deadline"], got["time"], got["kind"]


# --- closed calls -------------------------------------------------------------------------

CLOSED_CASES = [
    ("fr", "Date limite de dépôt : 3 novembre 2025. Merci à tous les candidats.", "2026-02-02"),
    ("nl", "Indienen kon tot 14 oktober 2025. De jury heeft de projecten gekozen.", "2026-01-05"),
    ("en", "Submissions were due by 2 March 2026; we received 80 proposals.", "2026-04-10"),
    ("de", "Einsendeschluss war der 30.09.2025. Die Auswahl läuft.", "2025-12-01"),
]


@pytest.mark.parametrize(("lang", "text", "reference"), CLOSED_CASES)
def test_a_call_whose_only_deadline_has_passed_is_closed_and_keeps_its_day(
    lang: str, text: str, reference: str
) -> None:
    got = dates_answer({"id": "x", "text": text, "reference_date": reference, "lang": lang})
    assert (got["deadline"], got["kind"]) == (None, "closed")
    reading = read_dates(text, dt.date.fromisoformat(reference))
    assert reading.deadline is not None and reading.deadline.date is not None
    assert got["closed_on"] == reading.deadline.date.isoformat()
    assert reading.deadline.date < dt.date.fromisoformat(reference)


def test_read_on_the_day_of_its_deadline_a_call_is_open_and_closed_the_day_after() -> None:
    text = "Clôture des candidatures le 9 février 2026 à 16h."
    assert answer(text, "2026-02-09") == ("2026-02-09", "16:00", "deadline")
    assert answer(text, "2026-02-10") == (None, None, "closed")


def test_a_past_deadline_gives_way_to_the_next_one_the_page_states() -> None:
    text = (
        "Date limite de l'édition 2025 : 31 octobre 2025. La prochaine édition sera ouverte "
        "du 1er mars au 30 avril 2026."
    )
    assert answer(text, "2026-01-12") == ("2026-04-30", None, "deadline")
    assert answer(text, "2026-05-04") == (None, None, "closed")


@pytest.mark.parametrize(
    "text",
    [
        "Statut : clôturé. Une nouvelle édition sera annoncée ici.",
        "Deze oproep is afgesloten. Schrijf je in op onze nieuwsbrief.",
        "This programme is now closed to new applicants.",
        "Die Bewerbungsfrist ist abgelaufen. Vielen Dank für Ihr Interesse.",
    ],
)
def test_a_page_that_says_it_is_closed_answers_closed_without_a_date(text: str) -> None:
    got = dates_answer({"id": "x", "text": text, "reference_date": "2026-03-01"})
    assert (got["deadline"], got["kind"], got["closed_on"]) == (None, "closed", None)
    # not a past round's closing (the call comes back), and open answers keep their keys
    past_round = "Le fonds revient en automne. L'an dernier, l'appel s'est clôturé le 2 mai 2025."
    assert answer(past_round, "2026-01-10")[2] == "none"
    assert "closed_on" not in dates_answer({"id": "x", "text": "Deadline: 3 June 2026."})


# --- monthly and quarterly cut-offs -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        (
            "Les dossiers sont à introduire au plus tard le 20 de chaque mois.",
            "2026-05-21",
            "2026-06-20",
        ),
        ("Deadline: de 5de van elke maand, om 12 uur.", "2026-07-05", "2026-07-05"),
        (
            "Applications must reach us by the second Tuesday of each month.",
            "2026-09-09",
            "2026-10-13",
        ),
        ("Einsendeschluss ist der letzte Freitag im Monat.", "2026-03-28", "2026-04-24"),
        ("Anträge sind jeweils zum Quartalsende einzureichen.", "2026-07-02", "2026-09-30"),
        ("Proposals are due at the end of each quarter.", "2026-11-15", "2026-12-31"),
        ("Dépôt avant le 1er de chaque trimestre.", "2026-01-02", "2026-04-01"),
    ],
)
def test_a_cut_off_every_month_or_quarter_is_recurring_and_answers_the_next_one(
    text: str, reference: str, expected: str
) -> None:
    date, _, kind = answer(text, reference)
    assert (date, kind) == (expected, "recurring")


def test_the_crawl_moves_a_monthly_cut_off_on_and_never_closes_it() -> None:
    raw = RawCall(
        source="kbs",
        url="https://kbs.example/fonds/",
        title="Fonds travail",
        text="Les demandes doivent nous parvenir au plus tard le 15 de chaque mois.",
        lang="fr",
        published="2026-01-05",
    )
    later = normalize(raw, default_classifier(), datetime(2026, 4, 20, 9, tzinfo=BRUSSELS))
    assert (later.deadline_kind, later.deadline.date().isoformat(), later.status) == (
        "recurring",
        "2026-05-15",
        "open",
    )
    # a committee that meets each month states no deadline
    meets = "Le comité se réunit le premier lundi de chaque mois dans nos locaux."
    assert answer(meets, "2026-03-03")[2] == "none"


# --- days named relative to a dated text --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "reference", "expected", "time"),
    [
        (
            "Publié le 4 mai 2026 – L'appel se clôture après-demain à 16h.",
            "2026-05-04",
            "2026-05-06",
            "16:00",
        ),
        (
            "Gepubliceerd op 3 juni 2026. Morgen om 12 uur sluit de oproep.",
            "2026-06-03",
            "2026-06-04",
            "12:00",
        ),
        (
            "Donderdag 9 april 2026 – De oproep sluit volgende week dinsdag.",
            "2026-04-09",
            "2026-04-14",
            None,
        ),
        (
            "5 October 2026 — Applications must be in within ten working days.",
            "2026-10-05",
            "2026-10-19",
            None,
        ),
        (
            "Pressemitteilung vom 1. Juli 2026: Die Bewerbungsfrist endet in drei Wochen.",
            "2026-07-01",
            "2026-07-22",
            None,
        ),
        ("12. März 2026 – Die Frist endet morgen.", "2026-03-12", "2026-03-13", None),
        (
            "Mittwoch, 6. Mai 2026 – Anträge bis kommenden Freitag, 14 Uhr.",
            "2026-05-06",
            "2026-05-08",
            "14:00",
        ),
    ],
)
def test_a_day_counted_from_the_texts_own_date(
    text: str, reference: str, expected: str, time: str | None
) -> None:
    assert answer(text, reference) == (expected, time, "deadline")


def test_a_datelines_weak_cue_after_it_does_not_hide_the_day_counted_from_it() -> None:
    text = "Mittwoch, 6. Mai 2026: Anträge bis kommenden Freitag, 14 Uhr."
    assert answer(text, "2026-05-06") == ("2026-05-08", "14:00", "deadline")
    # a date that opens the text with its own cue after it is still the deadline
    assert answer("15 mars 2026 : dépôt des candidatures.", "2026-03-01")[0] == "2026-03-15"


def test_weeks_from_the_texts_date_but_not_days_after_another_event() -> None:
    assert answer("1 March 2026 — The call closes within two weeks.", "2026-03-01")[0] == (
        "2026-03-15"
    )
    text = "1 March 2026 — Final reports are due within 30 days after the end of the project."
    assert answer(text, "2026-03-01")[0] != "2026-03-31"


# --- one time said in words for a list ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "time"),
    [
        (
            "Dépôts le 10 mars, le 10 juin et le 10 septembre, à chaque fois à 14h.",
            "2026-06-10",
            "14:00",
        ),
        (
            "Closing dates: 2 February, 4 May and 7 September, each time by 3pm.",
            "2026-05-04",
            "15:00",
        ),
    ],
)
def test_one_time_said_in_words_for_a_list(text: str, expected: str, time: str) -> None:
    date, said, _ = answer(text, "2026-04-01")
    assert (date, said) == (expected, time)


# --- the closed kind through the crawl and what people read --------------------------------


def test_a_call_read_after_its_deadline_is_stored_closed_and_shown_closed() -> None:
    raw = RawCall(
        source="actiris",
        url="https://actiris.example/appel/",
        title="Appel insertion",
        text="Date limite de dépôt : 12 janvier 2026.",
        lang="fr",
        published="2026-01-02",
    )
    now = datetime(2026, 2, 3, 10, tzinfo=BRUSSELS)
    call = normalize(raw, default_classifier(), now)
    assert (call.deadline_kind, call.status) == ("closed", "closed")
    assert call.deadline is not None and call.deadline.date().isoformat() == "2026-01-12"
    on_the_day = normalize(raw, default_classifier(), datetime(2026, 1, 12, 10, tzinfo=BRUSSELS))
    assert (on_the_day.deadline_kind, on_the_day.status) == ("deadline", "open")
    store = CallStore(open_database(":memory:"))
    shown = stored_call(store.get_row(store.upsert_call(call, now).call_id))
    assert deadline_words(shown, -22, "fr") == "lundi 12 janvier 2026 (clôturé)"


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fr", "Appel clôturé (sans date indiquée)"),
        ("nl", "Afgesloten oproep (geen datum vermeld)"),
        ("en", "Closed call (no date given)"),
    ],
)
def test_a_call_that_says_it_is_closed_without_a_date_is_shown_closed(
    lang: str, words: str
) -> None:
    raw = RawCall(
        source="actiris",
        url="https://actiris.example/archive/",
        title="Appel 2025",
        text="Cet appel est clôturé. Les résultats seront publiés sur cette page.",
        lang="fr",
    )
    now = datetime(2026, 2, 3, 10, tzinfo=BRUSSELS)
    call = normalize(raw, default_classifier(), now)
    assert (call.deadline, call.deadline_kind, call.status) == (None, "closed", "closed")
    store = CallStore(open_database(":memory:"))
    shown = stored_call(store.get_row(store.upsert_call(call, now).call_id))
    assert deadline_words(shown, None, lang) == words


def test_a_feed_shows_a_closed_call_as_closed(web_site) -> None:
    """The feeds list the calls found lately, a page read after its deadline among them:
    its deadline says it is closed (the test site holds "Ancien appel insertion clôturé")."""
    with TestClient(web_site.app()) as client:
        feeds = [client.get(path).text for path in ("/feeds/calls.atom", "/feeds/calls.rss")]
    for feed in feeds:
        item = feed[feed.index("Ancien appel insertion clôturé") :]
        said = item[item.index("Date limite") :][:80]
        assert "(clôturé)" in said, said
        open_item = feed[feed.index("Appel à venir: jobcoaching") :]
        assert "(" not in open_item[open_item.index("Date limite") :][:60]


@pytest.mark.parametrize(
    "text",
    [
        "Jobbeurs voor nieuwkomers – zaterdag 18 april 2026, 10u–15u, Expo Gent.",
        "Infomarkt voor werkzoekenden - donderdag 18 april 2026 in het stadhuis.",
        "Netwerkdag voor jongeren zonder diploma — 18 april 2026, 13u.",
    ],
)
def test_dutch_voor_before_a_dash_is_for_not_before(text: str) -> None:
    # the lead, stop 26 (blind23's false deadline): a heading "X voor <public> – <day>"
    # names an event's day; "voor" is "for" there
    assert read_dates(text, dt.date(2026, 3, 20)).deadline is None


@pytest.mark.parametrize(
    "text",
    [
        "Dien uw aanvraag in voor 18 april 2026 – daarna is de oproep gesloten.",
        "Projecten indienen voor vrijdag 18 april 2026, 12u.",
    ],
)
def test_dutch_voor_right_before_a_day_is_still_before(text: str) -> None:
    deadline = read_dates(text, dt.date(2026, 3, 20)).deadline
    assert deadline is not None and deadline.date == dt.date(2026, 4, 18)


@pytest.mark.parametrize(
    "text",
    [
        "Clôture : le 15 mai de chaque année, à 17h.",
        "Closing date: 15 May each year, at 17:00.",
        "Sluiting: 15 mei van elk jaar, om 17 uur.",
        "Stichtag: 15. Mai jedes Jahres, um 17 Uhr.",
    ],
)
def test_a_time_after_the_days_recurrence_is_its_time(text: str) -> None:
    # the lead, stop 26: "each year" between a day and its time does not part them
    deadline = read_dates(text, dt.date(2026, 1, 16)).deadline
    assert deadline is not None
    assert (deadline.date, deadline.time, deadline.kind) == (
        dt.date(2026, 5, 15),
        dt.time(17, 0),
        "recurring",
    )


def test_a_publication_date_after_the_day_read_is_not_where_the_page_speaks_from() -> None:
    # the lead, stop 26 (tests/sites holdout, fondation-tremplin): a sidebar's event date
    # read as the page's publication made a call still open "closed"
    raw = RawCall(
        source="tremplin",
        url="https://tremplin.example/appels/lire-ecrire-2027",
        title="Appel à projets « Lire et écrire pour travailler » 2027",
        text="Date limite : vendredi 8 janvier 2027 à 23h59.",
        lang="fr",
        published="2027-01-14",
    )
    call = normalize(raw, default_classifier(), datetime(2026, 12, 3, 9, tzinfo=BRUSSELS))
    assert (call.deadline_kind, call.status) == ("deadline", "open")
    assert call.deadline is not None and call.deadline.date().isoformat() == "2027-01-08"


def test_the_start_of_the_projects_does_not_reopen_a_passed_deadline() -> None:
    text = (
        "Date limite : 11 décembre 2026 à 17h00\nComité de sélection : février 2027\n"
        "Début des projets : entre le 1er avril et le 1er juin 2027"
    )
    reading = read_dates(text, dt.date(2026, 12, 15))
    assert reading.kind == "closed"
    assert reading.deadline is not None and reading.deadline.date == dt.date(2026, 12, 11)


def test_applications_reviewed_each_quarter_on_a_rolling_call_are_no_cut_off() -> None:
    text = (
        "Je kan doorlopend een aanvraag indienen, tot het jaarbudget is uitgeput. Het college "
        "beoordeelt de aanvragen die binnen zijn telkens aan het einde van elk kwartaal."
    )
    assert read_dates(text, dt.date(2026, 12, 3)).kind == "permanent"


def test_being_told_the_outcome_by_a_day_is_no_deadline() -> None:
    text = (
        "Status: afgesloten. Uiterste indiendatum zondag 15 november 2026 om 23.59 uur. "
        "Alle clubs krijgen bericht vóór 18 december 2026."
    )
    reading = read_dates(text, dt.date(2026, 12, 3))
    assert reading.kind == "closed"
    assert reading.deadline is not None and reading.deadline.date == dt.date(2026, 11, 15)
