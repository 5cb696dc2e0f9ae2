"""Deadlines, round 12 of issue 14: dates that are not a call's deadline in call summaries,
and a pass over the Dutch forms a careful reader knows (with the French and German ones
found untested on the way).

Each case goes through `read_dates`, the public reading behind `veille dates`: the
deadline (or None), its time (or None) and the kind of the answer. Veille's policy for
"vóór 15 maart" / "avant le 15 mars" / "before 15 March" is the day written (15 March), not
the day before: calls use "vóór" for "by", and a reader told the 14th would miss a day.
"""

from __future__ import annotations

import pytest

from tests.deadline_answers import deadline_answer as answer

# (language, text, reference date, deadline or None, time or None, kind)
Case = tuple[str, str, str, str | None, str | None, str]


# A day and month without a year after a bound ("vóór 15/05"), as after "tot" or "du".
DAY_MONTH_AFTER_A_BOUND: list[Case] = [
    (
        "nl",
        "Subsidie voor peter- en meterschapsprojecten rond werk. Indienen vóór 15/05 (12u00)"
        " via het subsidieloket van de stad.",
        "2026-04-01",
        "2026-05-15",
        "12:00",
        "deadline",
    ),
    (
        "nl",
        "Aanvragen indienen tegen 15/05 via het e-loket.",
        "2026-04-01",
        "2026-05-15",
        None,
        "deadline",
    ),
    (
        "nl",
        "Projectvoorstellen kunnen ingediend worden tot en met 15/05.",
        "2026-04-01",
        "2026-05-15",
        None,
        "deadline",
    ),
    (
        "fr",
        "Les dossiers sont à déposer avant 15/05 sur la plateforme.",
        "2026-04-01",
        "2026-05-15",
        None,
        "deadline",
    ),
    # a share is no date
    (
        "nl",
        "De stad draagt 3/4 van de kosten, de partners voor 1/2 van de rest.",
        "2026-04-01",
        None,
        None,
        "none",
    ),
]

# A label between a date and its time ("4 april 2025: deadline indiening (12u)"), and a
# time in brackets on the next line with its bound ("(ten laatste om 23:59)").
TIME_AFTER_A_LABEL: list[Case] = [
    (
        "nl",
        "Kalender\n• 3 maart 2025: lancering van de oproep\n• 4 april 2025: deadline\n"
        "   indiening (12u)\n• juni 2025: beslissing raad van bestuur",
        "2025-03-03",
        "2025-04-04",
        "12:00",
        "deadline",
    ),
    (
        "fr",
        "Calendrier : 15 mars 2026 : date limite de dépôt (12h) ; mai 2026 : décision.",
        "2026-01-10",
        "2026-03-15",
        "12:00",
        "deadline",
    ),
    (
        "en",
        "Timeline: 16 March 2026: closing date (17:00); June 2026: results.",
        "2026-01-10",
        "2026-03-16",
        "17:00",
        "deadline",
    ),
    (
        "de",
        "Zeitplan: 20.03.2026: Einreichung (12 Uhr); Juni 2026: Entscheidung.",
        "2026-01-10",
        "2026-03-20",
        "12:00",
        "deadline",
    ),
    (
        "nl",
        "Indiening\n18/09/2026\n(ten laatste om 23:59)\nInfosessie\n03/09/2026",
        "2026-07-06",
        "2026-09-18",
        "23:59",
        "deadline",
    ),
    (
        "fr",
        "Dépôt des candidatures\n18/09/2026\n(au plus tard à 12h00)\nSéance d'information\n"
        "03/09/2026",
        "2026-07-06",
        "2026-09-18",
        "12:00",
        "deadline",
    ),
]

# A validity period ("Tarifs valables du … au …") is no deadline.
VALIDITY_PERIOD: list[Case] = [
    (
        "fr",
        "Grille tarifaire des annonces. Tarifs valables du 1er janvier au 31 décembre 2026.",
        "2025-11-10",
        None,
        None,
        "none",
    ),
    (
        "nl",
        "Tarieven voor advertenties. Tarieven geldig van 1 januari tot 31 december 2026.",
        "2025-11-10",
        None,
        None,
        "none",
    ),
    (
        "de",
        "Anzeigenpreise. Preise gültig vom 1. Januar bis 31. Dezember 2026.",
        "2025-11-10",
        None,
        None,
        "none",
    ),
]

# Registering for a training or a job fair the text's subject organises, or booking a stand
# at it, is no call's deadline; in a text that names a call, the same words stay a deadline.
REGISTERING_FOR_A_GATHERING: list[Case] = [
    (
        "fr",
        "Brulocalis organise une formation d'une journée destinée aux acheteurs des communes"
        " sur les clauses sociales. Inscription obligatoire avant le 10 mars 2026.",
        "2026-01-20",
        None,
        None,
        "none",
    ),
    (
        "nl",
        "VDAB organiseert een opleiding voor aankopers van lokale besturen over sociale"
        " clausules. Inschrijven verplicht vóór 10 maart 2026.",
        "2026-01-20",
        None,
        None,
        "none",
    ),
    (
        "de",
        "Der Verband veranstaltet eine Schulung für Vergabestellen zu sozialen Kriterien."
        " Anmeldung bis 10. März 2026.",
        "2026-01-20",
        None,
        None,
        "none",
    ),
    (
        "nl",
        "VDAB organiseert samen met zorgorganisaties een jobbeurs. Werkgevers kunnen zich"
        " tot 20 februari 2026 inschrijven voor een stand.",
        "2026-01-20",
        None,
        None,
        "none",
    ),
    (
        "nl",
        "Stad Genk organiseert een jobbeurs op 23 april 2026. Werkgevers met vacatures"
        " kunnen een stand reserveren tot 20 maart.",
        "2026-01-20",
        None,
        None,
        "none",
    ),
    (
        "de",
        "Das Jobcenter veranstaltet eine Jobmesse im Rathaus. Arbeitgeber können sich bis"
        " 20. Februar 2026 anmelden.",
        "2026-01-20",
        None,
        None,
        "none",
    ),
    # a call: its registration is the deadline
    (
        "nl",
        "De stad lanceert een oproep voor buurtprojecten. Organisaties kunnen zich tot"
        " 20 februari 2026 inschrijven.",
        "2026-01-20",
        "2026-02-20",
        None,
        "deadline",
    ),
]

# The Dutch forms of a deadline (most already read right; here so that they stay so).
DUTCH_FORMS: list[Case] = [
    (
        "nl",
        "Aanvragen moeten uiterlijk op 15 maart 2026 ingediend worden.",
        "2026-01-10",
        "2026-03-15",
        None,
        "deadline",
    ),
    (
        "nl",
        "Het dossier moet ten laatste op 15 maart 2026 binnen zijn.",
        "2026-01-10",
        "2026-03-15",
        None,
        "deadline",
    ),
    ("nl", "Indienen vóór 15 maart 2026.", "2026-01-10", "2026-03-15", None, "deadline"),
    ("nl", "Indienen kan t.e.m. 15 maart 2026.", "2026-01-10", "2026-03-15", None, "deadline"),
    ("nl", "Indienen kan tot 15 maart 2026.", "2026-01-10", "2026-03-15", None, "deadline"),
    (
        "nl",
        "De deadline is verschoven naar 22 maart 2026.",
        "2026-01-10",
        "2026-03-22",
        None,
        "deadline",
    ),
    (
        "nl",
        "De indieningstermijn is verlengd tot 22 maart 2026.",
        "2026-01-10",
        "2026-03-22",
        None,
        "deadline",
    ),
    (
        "nl",
        "De oproep sluit op 15 maart 2026 om 12 uur.",
        "2026-01-10",
        "2026-03-15",
        "12:00",
        "deadline",
    ),
    ("nl", "Afsluitdatum: 15 maart 2026.", "2026-01-10", "2026-03-15", None, "deadline"),
    ("nl", "Indiendatum: 15 maart 2026.", "2026-01-10", "2026-03-15", None, "deadline"),
    ("nl", "Uiterste datum: 15 maart 2026.", "2026-01-10", "2026-03-15", None, "deadline"),
    (
        "nl",
        "Uiterste indiendatum is vrijdag 13 maart 2026 om 12u.",
        "2026-01-10",
        "2026-03-13",
        "12:00",
        "deadline",
    ),
    (
        "nl",
        "Indienen tot maandag 16 maart, 12.00 uur.",
        "2026-01-10",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    (
        "nl",
        "De oproep sluit op 15 maart 2026 om middernacht.",
        "2026-01-10",
        "2026-03-15",
        "23:59",
        "deadline",
    ),
    ("nl", "Deadline: 15-03-2026.", "2026-01-10", "2026-03-15", None, "deadline"),
    ("nl", "Deadline: 15 mrt. 2026.", "2026-01-10", "2026-03-15", None, "deadline"),
    ("nl", "Aanvragen indienen tot 5 feb. 2026.", "2026-01-10", "2026-02-05", None, "deadline"),
    ("nl", "De deadline is 30 okt. 2026.", "2026-01-10", "2026-10-30", None, "deadline"),
    ("nl", "Indienen kan tot 14 apr. 2026, 17u.", "2026-01-10", "2026-04-14", "17:00", "deadline"),
    ("nl", "Aanvragen indienen tot 15 jan. 2027.", "2026-01-10", "2027-01-15", None, "deadline"),
    ("nl", "De oproep sluit eind maart 2026.", "2026-01-10", None, None, "none"),
    ("nl", "Indienen kan in de loop van maart 2026.", "2026-01-10", None, None, "none"),
    (
        "nl",
        "De infosessie vindt plaats op 3 februari 2026. Indienen kan tot 17 maart 2026.",
        "2026-01-10",
        "2026-03-17",
        None,
        "deadline",
    ),
    ("nl", "De oproep opent op 1 februari 2026.", "2026-01-10", None, None, "none"),
]

CAUSES = [
    DAY_MONTH_AFTER_A_BOUND,
    TIME_AFTER_A_LABEL,
    VALIDITY_PERIOD,
    REGISTERING_FOR_A_GATHERING,
    DUTCH_FORMS,
]


@pytest.mark.parametrize("case", [case for table in CAUSES for case in table])
def test_deadline_date_time_and_kind(case: Case) -> None:
    lang, text, reference, date, time, kind = case
    assert answer(text, reference) == (date, time, kind), lang
