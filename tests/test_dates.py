"""Deadline extraction on date forms and wordings seen in calls, in four languages."""

from __future__ import annotations

import datetime as dt

import pytest

from veille.domain.dates import (
    Deadline,
    extract_deadline,
    extract_opening_date,
    extract_publication_date,
    find_dates,
    read_dates,
    read_parts,
)

try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - hypothesis is a test extra
    given = None

D = dt.date.fromisoformat

# (text, reference date, expected deadline, expected time)
CASES = [
    # numeric forms
    ("Date limite de dépôt : 25/08/2023.", "2023-06-01", "2023-08-25", None),
    ("Einreichungsfrist: 25.08.23", "2023-06-01", "2023-08-25", None),
    (
        "Deadline: 30-04-2021, aanvragen op volgorde van binnenkomst.",
        "2021-02-01",
        "2021-04-30",
        None,
    ),
    ("Deadline: 2025-09-30 00:00:00+00:00", "2025-06-01", "2025-09-30", None),
    ("Closing date 2024-03-01T17:00:00", "2024-01-01", "2024-03-01", "17:00"),
    ("Stichtage für Anträge: 15.04. bzw. 15.10.", "2023-05-01", "2023-10-15", None),
    ("Candidatures du 17/01 au 19/08 inclus.", "2022-01-17", "2022-08-19", None),
    # written months, four languages, abbreviations, ordinals, weekdays
    (
        "Les dossiers doivent parvenir au plus tard le 1er octobre 2024.",
        "2024-01-01",
        "2024-10-01",
        None,
    ),
    ("Uiterlijk op 15 maart 2024 om 23u59 indienen.", "2024-01-01", "2024-03-15", "23:59"),
    ("Deadline: June 30th, 2025, 5pm Brussels time", "2025-01-01", "2025-06-30", "17:00"),
    ("Publish date: Mar 3, 2022. Deadline: Apr 14, 2022.", "2022-03-03", "2022-04-14", None),
    ("Je kan je project insturen tot en met 30 apr.", "2017-03-20", "2017-04-30", None),
    (
        "Interessierte Vereine können sich bis Dienstag, 1. Dezember, melden.",
        "2020-11-01",
        "2020-12-01",
        None,
    ),
    ("Antragsfrist ist der 3. März 2019.", "2019-01-01", "2019-03-03", None),
    (
        "Les projets sont à introduire avant le vendredi 20 mars 2026 à 16H00.",
        "2026-01-01",
        "2026-03-20",
        "16:00",
    ),
    # times
    (
        "Clôture : le 30 juin 2014 à 12 heures 00 (heure de Paris).",
        "2014-01-01",
        "2014-06-30",
        "12:00",
    ),
    ("Deadline 29.02.24 (17:00 CET)", "2024-01-01", "2024-02-29", "17:00"),
    ("De deadline is maandag 15 juni 2020, 12.00 uur.", "2020-05-01", "2020-06-15", "12:00"),
    ("Dossiers à rentrer pour le 06/05/2022 (minuit).", "2022-04-01", "2022-05-06", "23:59"),
    (
        "Zondag 17 november 2019 (middernacht) is de laatste indiendatum.",
        "2019-09-01",
        "2019-11-17",
        "23:59",
    ),
    (
        "Les dossiers peuvent être déposés jusqu'au 29 août à midi.",
        "2021-08-11",
        "2021-08-29",
        "12:00",
    ),
    (
        "Applications must be received by 5 p.m. on 3 March 2023.",
        "2023-01-01",
        "2023-03-03",
        "17:00",
    ),
    ("Die Frist endet am 30. Juni 2024 um 12 Uhr.", "2024-01-01", "2024-06-30", "12:00"),
    # ranges: the end counts
    ("Du 19 juin au 25 août 2023 à 12h00 (midi).", "2023-06-01", "2023-08-25", "12:00"),
    (
        "Anträge konnten vom 01. Juni bis 15. Juli 2011 eingereicht werden.",
        "2011-05-01",
        "2011-07-15",
        None,
    ),
    (
        "Indienen kan van 1 oktober tot en met donderdag 30 november 2017.",
        "2017-09-01",
        "2017-11-30",
        None,
    ),
    (
        "Aanvraagtijdvak van 16 mei 2016, 09.00 uur, tot en met 31 januari 2017, 17.00 uur.",
        "2016-04-04",
        "2017-01-31",
        "17:00",
    ),
    # several dates: only the submission deadline
    (
        "Infosessie op 5 september 2023; deadline 27 oktober 2023 om 12 uur.",
        "2023-08-01",
        "2023-10-27",
        "12:00",
    ),
    (
        "Questions jusqu'au 30 mai 2014 à 12h00. Clôture de l'appel : le 30 juin 2014.",
        "2014-04-01",
        "2014-06-30",
        None,
    ),
    (
        "Préinscription jusqu'au 2 mai. Dépôt des dossiers du 2 mai au 16 mai.",
        "2025-04-01",
        "2025-05-16",
        None,
    ),
    (
        "The call opens on 1 March 2024 and closes on 30 April 2024.",
        "2024-01-01",
        "2024-04-30",
        None,
    ),
    (
        "Einsendeschluss ist der 15. August 2023. Am 19. Juni 2023 findet eine "
        "Informationsveranstaltung statt.",
        "2023-06-01",
        "2023-08-15",
        None,
    ),
    (
        "Indienen tot 1 september 2015. Subsidiabel zijn activiteiten uitgevoerd tussen "
        "1 september 2015 en 1 januari 2017.",
        "2015-07-01",
        "2015-09-01",
        None,
    ),
    (
        "Bewerbung bis zum 15. Oktober 2012. Der Förderzeitraum beginnt am 1. Januar 2013 und "
        "endet zum 30. Juni 2014.",
        "2012-08-15",
        "2012-10-15",
        None,
    ),
    ("Publié le 12 février. L'appel prend fin le 28 février.", "2025-02-12", "2025-02-28", None),
    # missing year, recurring deadlines
    ("Aanmelden kan tot 1 november.", "2022-09-02", "2022-11-01", None),
    ("Aanmelden kan tot 1 februari.", "2022-09-02", "2023-02-01", None),
    (
        "Anträge können bis zum 31. Januar, 31. Mai und 30. September eingereicht werden.",
        "2023-02-10",
        "2023-05-31",
        None,
    ),
    (
        "Künftig können jährlich zum 30. Juni und zum 30. November Anträge eingereicht werden.",
        "2023-07-15",
        "2023-11-30",
        None,
    ),
    (
        "The fixed-deadline call ends on the following February 15th.",
        "2024-04-01",
        "2025-02-15",
        None,
    ),
    # a replaced date
    (
        "In artikel 5 wordt ‘30 september 2022’ vervangen door ‘30 april 2025’.",
        "2022-06-01",
        "2025-04-30",
        None,
    ),
    # no deadline
    ("Richtlinie zur Förderung von Projekten. Vom 7. November 2024.", "2024-11-07", None, None),
    ("Open until June.", "2024-01-01", None, None),
    ("Bewerbungen bis Anfang Februar 2022.", "2021-11-01", None, None),
    ("Les candidatures sont attendues de mi-septembre à janvier.", "2021-06-01", None, None),
    ("Projects run from 1 January 2025 to 31 December 2026.", "2024-06-01", None, None),
    (
        "Het project kan starten vanaf 1 januari 2018 en eindigt op 31 december 2019.",
        "2017-10-01",
        None,
        None,
    ),
    ("Un jury se réunira en janvier 2026.", "2025-10-01", None, None),
    # generalised rules (independent check set), own phrasings
    # am/pm written after hh:mm, before the date
    (
        "Entries must reach us by 10:30 pm on Monday 2 June 2025.",
        "2025-04-01",
        "2025-06-02",
        "22:30",
    ),
    ("Closing: 8.45am, 3 March 2025.", "2025-01-01", "2025-03-03", "08:45"),
    # one year for an enumeration, with the preposition repeated
    (
        "Dépôt possible jusqu'au 15 avril et jusqu'au 15 octobre 2025.",
        "2025-06-01",
        "2025-10-15",
        None,
    ),
    ("Aanvragen kan tot 1 maart en tot 1 september 2026.", "2026-04-10", "2026-09-01", None),
    # Flemish hour without minutes: "om 9u"
    ("Indienen uiterlijk op 3/11/2025 om 9u.", "2025-09-01", "2025-11-03", "09:00"),
    # recurring dates joined by an article ("der", "the", "het")
    ("Antragsstichtage sind der 31.01. und der 31.07.", "2025-03-01", "2025-07-31", None),
    # "le X et le Y" is a list of dates, not a range from X to Y: the next one
    (
        "Demandes à introduire deux fois par an, au plus tard le 30 avril et le 31 octobre.",
        "2025-11-15",
        "2026-04-30",
        None,
    ),
    # rounds: a first deadline already past gives way to the second
    (
        "The first deadline was 3 March 2026 and the second is 6 July 2026.",
        "2026-04-01",
        "2026-07-06",
        None,
    ),
    # a list never runs on over a sentence's end: info sessions after the deadline's sentence
    (
        "Einsendeschluss ist der 20. Mai 2026. Am 4. Mai 2026 und am 8. Mai 2026 finden "
        "Infoabende statt.",
        "2026-04-01",
        "2026-05-20",
        None,
    ),
]


@pytest.mark.parametrize(("text", "reference", "expected", "time"), CASES)
def test_extract_deadline(text, reference, expected, time):
    found = extract_deadline(text, D(reference))
    got = found.date.isoformat() if found and found.date else None
    assert got == expected, find_dates(text, D(reference))
    got_time = found.time.strftime("%H:%M") if found and found.time else None
    assert got_time == time


@pytest.mark.parametrize(
    "text",
    [
        "Appel permanent : les demandes peuvent être introduites à tout moment.",
        "Dit is een doorlopende oproep.",
        "Applications can be submitted at any time (rolling basis).",
        "Die Antragstellung erfolgt im Windhundverfahren.",
        "Anträge sind laufend möglich, es gibt keine Antragsfristen.",
    ],
)
def test_permanent_calls(text):
    found = extract_deadline(text, D("2024-01-01"))
    assert found == Deadline(None, None, found.raw, True, found.start, found.end)
    assert text[found.start : found.end] == found.raw


def test_raw_and_offsets_point_into_the_text():
    text = "Publié le 3 mars 2025. Date limite : 25 août 2025 à 12h00."
    found = extract_deadline(text, D("2025-03-03"))
    assert found.raw == "25 août 2025 à 12h00"
    assert text[found.start : found.end] == found.raw


def test_roles_of_every_date():
    text = (
        "Publié le 3 mars 2025. Séance d'information le 20 mars 2025. Ouverture le "
        "1er avril 2025 ; date limite le 30 avril 2025."
    )
    roles = [(m.role, m.date) for m in find_dates(text, D("2025-03-03"))]
    assert roles == [
        ("publication", D("2025-03-03")),
        ("info_session", D("2025-03-20")),
        ("opening", D("2025-04-01")),
        ("deadline", D("2025-04-30")),
    ]
    assert extract_opening_date(text, D("2025-03-03")) == D("2025-04-01")
    assert extract_publication_date(text, None) == D("2025-03-03")


def test_opening_from_range():
    text = "L'appel est ouvert du 25 mars au 19 avril 2021."
    assert extract_opening_date(text, None) == D("2021-03-25")


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        # what the funded do begins: no opening of the call
        ("Pilot activities begin on 1 September 2027. Deadline: 15 April 2027.", None),
        ("Les ateliers commencent le 1er septembre 2027. Date limite : 15 avril 2027.", None),
        ("De opleiding begint op 1 september 2027. Deadline: 15 april 2027.", None),
        ("The programme starts on 1 September 2027. Closing date: 15 April 2027.", None),
        # a round or a window of the call that begins: its opening
        ("Round 2 starts on 1 June 2026 and closes on 30 June 2026.", D("2026-06-01")),
        ("De volgende indienronde begint op 1 juni 2026.", D("2026-06-01")),
        ("La prochaine session de dépôt commence le 1er juin 2026.", D("2026-06-01")),
    ],
)
def test_what_begins_opens_the_call_only_when_it_is_the_call(text, opening):
    assert extract_opening_date(text, D("2026-01-10")) == opening


def test_without_reference_a_year_elsewhere_resolves():
    text = "Appel 2025 : les dossiers sont attendus jusqu'au 28 février."
    assert extract_deadline(text, None).date == D("2025-02-28")


def test_without_reference_or_year_nothing_is_guessed():
    assert extract_deadline("Aanmelden kan tot 1 november.", None) is None


def test_past_marker_looks_back():
    mentions = find_dates("Lancé le 2 mars dernier.", D("2023-04-20"))
    assert mentions[0].date == D("2023-03-02")


if given is not None:

    @settings(deadline=None)
    @given(st.text(max_size=300))
    def test_arbitrary_text_never_crashes(text):
        found = extract_deadline(text, D("2024-01-01"))
        if found is not None:
            assert 0 <= found.start <= found.end <= len(text)

    @settings(deadline=None)
    @given(
        st.lists(
            st.sampled_from(
                [
                    "le",
                    "15",
                    "31/12/2024",
                    "avant",
                    "mars",
                    "2025",
                    "à",
                    "12h00",
                    "deadline",
                    "bis",
                    "zum",
                    "1.",
                    "Juni",
                    "-",
                    "au",
                    ",",
                    "midi",
                    "tot en met",
                    "(",
                    ")",
                ]
            ),
            max_size=30,
        )
    )
    def test_date_like_soup_never_crashes(words):
        text = " ".join(words)
        for mention in find_dates(text, D("2024-01-01")):
            assert 0 <= mention.start <= mention.end <= len(text)


def test_a_range_ending_on_29_february_does_not_crash():
    """Regression: 'du 15 mars au 29 février 2028' raised 'day is out of range for month'."""
    found = extract_deadline("Candidatures du 15 mars au 29 février 2028.", dt.date(2026, 6, 1))
    assert found is not None and found.date == dt.date(2028, 2, 29)
    found = extract_deadline("Candidatures du 29 février au 15 mars 2027.", dt.date(2026, 6, 1))
    assert found is not None and found.date == dt.date(2027, 3, 15)


# Constructions of issue 14, in the four languages: (text, reference, date, time, kind)
KIND_CASES = [
    # a window that begins and ends: the end is the deadline, not the opening's time
    (
        "La période de dépôt commence le 3 mars 2027 à 9h et se termine le 28 avril 2027 à 16h.",
        "2027-02-01",
        "2027-04-28",
        "16:00",
        "deadline",
    ),
    (
        "De indieningsperiode start op 1 februari 2027 om 9 uur en eindigt op 15 maart 2027 om "
        "12 uur.",
        "2027-01-10",
        "2027-03-15",
        "12:00",
        "deadline",
    ),
    (
        "Die Einreichphase startet am 1. Juni 2027 und endet am 30. Juni 2027 um 18:00 Uhr.",
        "2027-05-01",
        "2027-06-30",
        "18:00",
        "deadline",
    ),
    # ... but a project that begins and ends is a project period
    (
        "Das Projekt beginnt am 1. Januar 2028 und endet am 31. Dezember 2029.",
        "2027-05-01",
        None,
        None,
        "none",
    ),
    # waves and cut-off lists: the next one after the reference date
    (
        "Two rounds: a first closing on 10 February 2027, then a second on 12 May 2027.",
        "2027-03-01",
        "2027-05-12",
        None,
        "deadline",
    ),
    (
        "Two rounds: a first closing on 10 February 2027, then a second on 12 May 2027.",
        "2027-01-04",
        "2027-02-10",
        None,
        "deadline",
    ),
    (
        "Cut-off dates: 5 March 2027, 4 June 2027 and 3 September 2027 (each at 17:00 CET).",
        "2027-04-01",
        "2027-06-04",
        "17:00",
        "deadline",
    ),
    # two stages are not a series: the final deadline
    (
        "Concept notes by 9 January 2027; full proposals by 26 March 2027.",
        "2026-11-02",
        "2027-03-26",
        None,
        "deadline",
    ),
    # a bound belongs to what it bounds: the decision, the questions, the tender's validity
    (
        "Les dossiers sont à introduire au plus tard le 14 mai 2027. Les lauréats seront "
        "informés au plus tard le 30 juin 2027.",
        "2027-03-01",
        "2027-05-14",
        None,
        "deadline",
    ),
    (
        "Indienen kan tot 23 april 2027. Vragen kunnen gesteld worden tot 2 april 2027.",
        "2027-03-01",
        "2027-04-23",
        None,
        "deadline",
    ),
    (
        "Ende der Angebotsfrist: 10.05.2027, 11:00 Uhr. Ende der Bindefrist: 31.08.2027.",
        "2027-04-01",
        "2027-05-10",
        "11:00",
        "deadline",
    ),
    (
        "De opening van de offertes vindt plaats op 12/05/2027 om 14u. De offertes moeten ons "
        "bereiken tegen 11/05/2027 om 12u.",
        "2027-04-01",
        "2027-05-11",
        "12:00",
        "deadline",
    ),
    # times: after a dash, before the date with a word for noon or a time zone
    (
        "Date limite / Uiterste datum : 12/03/2027 – 14h00.",
        "2027-01-01",
        "2027-03-12",
        "14:00",
        "deadline",
    ),
    ("The call closes at midday on 4 June 2027.", "2027-03-01", "2027-06-04", "12:00", "deadline"),
    ("Deadline: 5 pm CET, 22 April 2027.", "2027-03-01", "2027-04-22", "17:00", "deadline"),
    # an open range is a window
    (
        "Applications are open from 1 March to 30 April 2027 (midnight).",
        "2027-02-01",
        "2027-04-30",
        "23:59",
        "deadline",
    ),
    # "au plus tard" after the date
    (
        "Les demandes doivent être introduites pour le 30 septembre au plus tard.",
        "2027-08-01",
        "2027-09-30",
        None,
        "deadline",
    ),
    # recurring: the next occurrence
    (
        "Les demandes sont à introduire chaque année pour le 15 novembre au plus tard.",
        "2027-01-10",
        "2027-11-15",
        None,
        "recurring",
    ),
    (
        "Antragsschluss ist jeweils der 31.03. und der 30.09.",
        "2027-05-01",
        "2027-09-30",
        None,
        "recurring",
    ),
    (
        "Applications close on 31 January and 31 July.",
        "2027-02-15",
        "2027-07-31",
        None,
        "recurring",
    ),
    # permanent and none
    ("Les candidatures sont reçues de manière continue.", "2027-01-01", None, None, "permanent"),
    (
        "There is no closing date: proposals are welcome throughout the year.",
        "2027-01-01",
        None,
        None,
        "permanent",
    ),
    ("Het volgende oproep wordt gelanceerd in maart 2027.", "2027-01-01", None, None, "none"),
    ("Séance d'information le mardi 9 mars 2027 à 18h30.", "2027-01-01", None, None, "none"),
]


@pytest.mark.parametrize(("text", "reference", "expected", "time", "kind"), KIND_CASES)
def test_deadline_and_kind(text, reference, expected, time, kind):
    reading = read_dates(text, D(reference))
    found = reading.deadline
    got = (
        found.date.isoformat() if found and found.date else None,
        found.time.strftime("%H:%M") if found and found.time else None,
        reading.kind,
    )
    assert got == (expected, time, kind), reading.mentions


def test_recurring_without_a_reference_date_says_so_without_a_date():
    reading = read_dates("Aanvragen worden jaarlijks ingediend vóór 1 oktober.", None)
    assert (reading.kind, reading.deadline.date) == ("recurring", None)


def test_no_hidden_today_a_weekday_alone_stays_unresolved():
    """Regression: the weekday rule looked for the year up to date.today(): the answer
    for "Dienstag, 1. Dezember" changed on 1 December 2026 (2020, then 2026)."""
    mentions = find_dates("Interesse bis Dienstag, 1. Dezember, bekunden.", None)
    assert [(m.date, m.raw) for m in mentions] == [(None, "Dienstag, 1. Dezember")]
    # a year written in the text, or a reference date, still resolves it
    assert find_dates("Aufruf 2020: bis Dienstag, 1. Dezember.", None)[0].date == D("2020-12-01")
    assert find_dates("bis Dienstag, 1. Dezember", D("2026-11-20"))[0].date == D("2026-12-01")


def test_a_reading_of_several_fields_says_where_the_deadline_is():
    reading = read_parts(
        [("title", "Appel à projets 2027"), ("summary", "Dépôt jusqu'au 15 mars à 12h.")],
        D("2027-01-05"),
    )
    assert (reading.deadline.date, reading.deadline.time) == (D("2027-03-15"), dt.time(12))
    assert reading.statement(["title", "summary"], 5000) == ("summary", 15, 28)


# Project periods, project starts and reports are never the call's opening or deadline, and
# a clause's label or subject names its dates however far they are (issue 10).
PROJECT_AND_LABELS = [
    (
        "Date limite : 5 février 2027 à 14h. Les projets dureront 12 mois et débuteront à "
        "partir du 1er mai 2027.",
        ("2027-02-05", None),
    ),
    (
        "Deadline: 5 februari 2027. De projecten lopen 12 maanden en starten vanaf 1 mei 2027.",
        ("2027-02-05", None),
    ),
    ("Looptijd: het digipunt werkt minstens twaalf maanden vanaf 1 mei 2027.", (None, None)),
    (
        "Date limite : 15 février 2027 à 23h59\nLes résultats seront communiqués aux "
        "candidats au plus tard le 15 avril 2027.",
        ("2027-02-15", None),
    ),
    (
        "Les candidatures doivent être envoyées au plus tard le 15 février 2027 à 12h00.\n"
        "Un rapport d'activité est remis au plus tard le 31 janvier 2028.",
        ("2027-02-15", None),
    ),
    (
        "Date limite de remise des candidatures : 15 décembre 2026 à 23h59.\n"
        "Audition des candidats : semaine du 11 janvier 2027.",
        ("2026-12-15", None),
    ),
    (
        "Période d'introduction : l'appel sera ouvert du 01/02/2027 au 05/03/2027 à midi.\n"
        "Période des projets : du 01/07/2027 au 31/08/2027.",
        ("2027-03-05", "2027-02-01"),
    ),
    (
        "Uiterste indieningsdatum: 30 september 2026. Maximaal 40.000 euro, voor projecten "
        "van 1 januari tot 31 december 2027.",
        ("2026-09-30", None),
    ),
    ("Einreichungsfrist: 05.02.2027\nKursbeginn: frühestens 01.04.2027", ("2027-02-05", None)),
    # a call's own window stays one
    ("Oproep voor projecten van 1 januari tot 31 maart 2027.", ("2027-03-31", "2027-01-01")),
    (
        "Deadline: Monday 1 February 2027\nDuration: 18 months from 1 May 2027\n"
        "The call is open from 2 November 2026 until 1 February 2027.",
        ("2027-02-01", "2026-11-02"),
    ),
]


def test_a_deadline_s_time_said_in_another_mention_of_the_same_day():
    reading = read_dates(
        "Deadline: maandag 1 februari 2027, 17 uur\n"
        "De oproep is open van 2 november 2026 tot 1 februari 2027.",
        D("2026-11-27"),
    )
    assert reading.deadline is not None
    assert (str(reading.deadline.date), str(reading.deadline.time)) == ("2027-02-01", "17:00:00")


@pytest.mark.parametrize(("text", "expected"), PROJECT_AND_LABELS)
def test_project_periods_are_not_the_call_s_dates(text, expected):
    reading = read_dates(text, D("2026-11-27"))
    found = reading.deadline
    got = (
        found.date.isoformat() if found and found.date else None,
        reading.opening.isoformat() if reading.opening else None,
    )
    assert got == expected, reading.mentions
