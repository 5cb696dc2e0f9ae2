"""Deadlines, round 12b of issue 14: a pass over the forms the writers of unseen snippets
are told to use (day-of-week and date, numeric dates, ranges, windows, postponed deadlines,
two stages, several dates, times before the date, bounds, ordinals, abbreviated months,
labels in another language, field lists, tenders, job offers, permanent and recurring
calls, no deadline), each written anew in French, Dutch, English and German.

Each case goes through `read_dates`, the public reading behind `veille dates`: the
deadline (or None), its time (or None) and the kind of the answer.
"""

from __future__ import annotations

import pytest

from tests.deadline_answers import deadline_answer as answer

# (language, text, reference date, deadline or None, time or None, kind)
Case = tuple[str, str, str, str | None, str | None, str]
R = "2026-02-10"  # the reference date of most cases: a Tuesday


# A struck-through date flattened beside the new one, marked as the new one ('(new date)',
# '(nieuwe datum)', '– neu:', '— nouvelle date :'), or an arrow from the old to the new.
STRUCK_DATE_BESIDE_THE_NEW: list[Case] = [
    (
        "en",
        "Deadline: 15 May 2026 29 May 2026 (new date)",
        "2026-04-01",
        "2026-05-29",
        None,
        "deadline",
    ),
    (
        "nl",
        "Deadline: 27 maart 2026 10 april 2026 (nieuwe datum)",
        R,
        "2026-04-10",
        None,
        "deadline",
    ),
    (
        "de",
        "Einreichungsfrist: 27. März 2026 – neu: 10. April 2026",
        R,
        "2026-04-10",
        None,
        "deadline",
    ),
    (
        "fr",
        "Clôture : jeudi 12 mars 2026 — nouvelle date : jeudi 26 mars 2026",
        R,
        "2026-03-26",
        None,
        "deadline",
    ),
    ("fr", "Date limite : 15 mars 2026 → 30 mars 2026 (report)", R, "2026-03-30", None, "deadline"),
    (
        "en",
        "Deadline: 15 May 2026 → 29 May 2026 (extended)",
        "2026-04-01",
        "2026-05-29",
        None,
        "deadline",
    ),
    ("nl", "Deadline: 27/03/2026 → 10/04/2026 (verlengd)", R, "2026-04-10", None, "deadline"),
    (
        "de",
        "Einsendeschluss: 27.03.2026 → 10.04.2026 (verlängert)",
        R,
        "2026-04-10",
        None,
        "deadline",
    ),
]

# A call in two stages, said so or by a first stage's proposal and the full one after it, in
# one sentence, on two lines or in a table: the stage still ahead of the reference date.
TWO_STAGES: list[Case] = [
    (
        "fr",
        (
            "Procédure en deux étapes : pré-proposition pour le 10 mars 2026, proposition "
            "complète pour le 12 juin 2026."
        ),
        R,
        "2026-03-10",
        None,
        "deadline",
    ),
    (
        "fr",
        (
            "Procédure en deux étapes : pré-proposition pour le 10 mars 2026, proposition "
            "complète pour le 12 juin 2026."
        ),
        "2026-03-20",
        "2026-06-12",
        None,
        "deadline",
    ),
    (
        "fr",
        (
            "Procédure en deux temps.\nPré-projets : jusqu'au 16 mars 2026\nProjets "
            "complets : jusqu'au 15 juin 2026"
        ),
        "2026-04-01",
        "2026-06-15",
        None,
        "deadline",
    ),
    (
        "fr",
        (
            "Étape\tOuverture\tClôture\nPré-proposition\t1 févr. 2026\t2 mars 2026\n"
            "Proposition complète\t1 avr. 2026\t1 juin 2026"
        ),
        R,
        "2026-03-02",
        None,
        "deadline",
    ),
    (
        "nl",
        (
            "Tweefasige procedure: een conceptnota indienen uiterlijk 9 maart 2026, het "
            "volledige voorstel ten laatste op 8 juni 2026."
        ),
        R,
        "2026-03-09",
        None,
        "deadline",
    ),
    (
        "nl",
        (
            "Tweefasige oproep.\nConceptnota: uiterlijk 2 maart 2026\nVolledig voorstel: "
            "uiterlijk 1 juni 2026"
        ),
        R,
        "2026-03-02",
        None,
        "deadline",
    ),
    (
        "nl",
        (
            "Dien uw projectidee in vóór 3 maart 2026. Wie geselecteerd wordt, dient een "
            "volledig voorstel in vóór 9 juni 2026."
        ),
        R,
        "2026-03-03",
        None,
        "deadline",
    ),
    (
        "nl",
        (
            "Fase\tOpen\tSluit\nConceptnota\t1 feb 2026\t2 mrt 2026\nVolledig voorstel\t1 "
            "apr 2026\t1 jun 2026"
        ),
        R,
        "2026-03-02",
        None,
        "deadline",
    ),
    (
        "en",
        (
            "Two-stage call: outline proposals by 3 March 2026; invited full proposals by "
            "9 June 2026."
        ),
        R,
        "2026-03-03",
        None,
        "deadline",
    ),
    (
        "en",
        (
            "Two-stage process.\nStage 1 – outline proposals: 2 March 2026\nStage 2 – full "
            "proposals: 1 June 2026"
        ),
        R,
        "2026-03-02",
        None,
        "deadline",
    ),
    (
        "en",
        (
            "Stage\tOpens\tCloses\nPre-proposal\t1 Feb 2026\t2 Mar 2026\nFull proposal\t1 "
            "Apr 2026\t1 Jun 2026"
        ),
        R,
        "2026-03-02",
        None,
        "deadline",
    ),
    (
        "de",
        ("Zweistufiges Verfahren: Skizzen bis 9. März 2026, Vollanträge bis 8. Juni 2026."),
        R,
        "2026-03-09",
        None,
        "deadline",
    ),
    (
        "de",
        (
            "Das Verfahren ist zweistufig.\nProjektskizzen: bis 2. März 2026\nVollanträge: "
            "bis 1. Juni 2026"
        ),
        R,
        "2026-03-02",
        None,
        "deadline",
    ),
    (
        "de",
        (
            "Stufe\tBeginn\tEnde\nProjektskizze\t01.02.2026\t02.03.2026\n"
            "Vollantrag\t01.04.2026\t01.06.2026"
        ),
        R,
        "2026-03-02",
        None,
        "deadline",
    ),
    (
        "nl",
        (
            "Stuur een intentieverklaring vóór 6 februari 2026. Het volledige "
            "projectvoorstel moet binnen zijn vóór 20 maart 2026."
        ),
        "2026-01-12",
        "2026-03-20",
        None,
        "deadline",
    ),
    (
        "de",
        (
            "Die Frist zur Einreichung der Projektskizzen wurde bis zum 29. Mai 2026 "
            "verlängert (ursprünglich 8. Mai 2026)."
        ),
        "2026-04-28",
        "2026-05-29",
        None,
        "deadline",
    ),
]

# Every abbreviation of a month, with and without its dot ('febr.', 'Mrz.', 'juill.').
MONTH_ABBREVIATIONS: list[Case] = [
    ("nl", "Deadline: 5 febr. 2027", "2026-11-01", "2027-02-05", None, "deadline"),
    ("de", "Bewerbungsschluss: 3. Febr. 2027", "2026-11-01", "2027-02-03", None, "deadline"),
    ("de", "Einreichfrist: 15. Mrz. 2026", R, "2026-03-15", None, "deadline"),
    ("de", "Abgabe: 31. Mrz. 2026, 12:00 Uhr mittags", R, "2026-03-31", "12:00", "deadline"),
    ("fr", "Date limite : 15 juill. 2026", "2026-05-01", "2026-07-15", None, "deadline"),
    ("fr", "Clôture : 28 févr 2026", R, "2026-02-28", None, "deadline"),
    ("nl", "Indiendatum: 15 mrt. 2026", R, "2026-03-15", None, "deadline"),
    ("en", "Closing date: Sept. 30, 2026", R, "2026-09-30", None, "deadline"),
]

# A time before its date ('om 12u op', 'at 4.00 p.m.', 'by noon of Monday').
TIMES: list[Case] = [
    (
        "nl",
        "Uiterlijk om 12u op 16 april 2026 moet je aanvraag binnen zijn.",
        R,
        "2026-04-16",
        "12:00",
        "deadline",
    ),
    ("nl", "Indienen vóór 12u op 31 maart 2026.", R, "2026-03-31", "12:00", "deadline"),
    (
        "en",
        ("The closing date for receipt of applications is Friday, 24th October 2025 at 4.00 p.m."),
        "2025-09-12",
        "2025-10-24",
        "16:00",
        "deadline",
    ),
    (
        "en",
        "Applications are to be submitted by noon of Monday 2nd February 2026.",
        "2025-12-10",
        "2026-02-02",
        "12:00",
        "deadline",
    ),
    (
        "fr",
        "Envoyez votre dossier avant midi le 31 mars 2026.",
        R,
        "2026-03-31",
        "12:00",
        "deadline",
    ),
    (
        "de",
        "Bis 12 Uhr am 16. April 2026 müssen die Unterlagen vorliegen.",
        R,
        "2026-04-16",
        "12:00",
        "deadline",
    ),
]

# A day and month without a year after a label's colon ('Clôture : 31/03').
DAY_AND_MONTH_AFTER_A_LABEL: list[Case] = [
    ("fr", "Clôture : 31/03 à 16h", R, "2026-03-31", "16:00", "deadline"),
    ("en", "Closing date: 31/03, 4 pm", R, "2026-03-31", "16:00", "deadline"),
    ("nl", "Indiendatum: 31/03 om 16u", R, "2026-03-31", "16:00", "deadline"),
    ("de", "Einsendeschluss: 31/03, 16 Uhr", R, "2026-03-31", "16:00", "deadline"),
    ("en", "Helpline: 24/7, free of charge.", R, None, None, "none"),
]

# The words of a deadline the reader missed: 'dates limites', 't/m', 'les demandes', a job's
# 'solliciteren'; 'opening der offertes' is the bids' opening.
CUES: list[Case] = [
    (
        "fr",
        (
            "Le fonds lance trois appels par an. Les prochaines dates limites sont le 15 "
            "janvier 2026, le 15 mai 2026 et le 15 septembre 2026."
        ),
        "2026-03-01",
        "2026-05-15",
        None,
        "recurring",
    ),
    (
        "nl",
        (
            "Vacature: maatschappelijk werker. Solliciteren kan t/m 27 februari 2026. "
            "Startdatum: 1 april 2026."
        ),
        R,
        "2026-02-27",
        None,
        "deadline",
    ),
    (
        "nl",
        (
            "Aanbesteding. Uiterste datum voor het indienen van de offertes: 14 april 2026 "
            "om 11u. Opening der offertes: 14 april 2026 om 11u30."
        ),
        R,
        "2026-04-14",
        "11:00",
        "deadline",
    ),
    (
        "fr",
        (
            "Les demandes sont examinées quatre fois par an.\n• 15 janvier\n• 15 avril\n• "
            "15 juillet\n• 15 octobre"
        ),
        R,
        "2026-04-15",
        None,
        "recurring",
    ),
    (
        "en",
        (
            "Applications are reviewed four times a year.\n• 15 January\n• 15 April\n• 15 "
            "July\n• 15 October"
        ),
        R,
        "2026-04-15",
        None,
        "recurring",
    ),
    (
        "de",
        (
            "Anträge werden viermal im Jahr beraten.\n• 15. Januar\n• 15. April\n• 15. "
            "Juli\n• 15. Oktober"
        ),
        R,
        "2026-04-15",
        None,
        "recurring",
    ),
]

# Dates listed in a sentence of their own after the sentence that says deadlines come back.
ANNOUNCED_LISTS: list[Case] = [
    (
        "de",
        (
            "Jedes Jahr gibt es zwei Einreichtermine. 2026 sind dies der 15. März 2026 und "
            "der 15. September 2026."
        ),
        "2026-04-01",
        "2026-09-15",
        None,
        "recurring",
    ),
    (
        "fr",
        (
            "Chaque année, il y a deux dates de clôture. En 2026, ce sont le 15 mars 2026 "
            "et le 15 septembre 2026."
        ),
        "2026-04-01",
        "2026-09-15",
        None,
        "recurring",
    ),
    (
        "en",
        (
            "There are two deadlines each year. In 2026 these are 15 March 2026 and 15 "
            "September 2026."
        ),
        "2026-04-01",
        "2026-09-15",
        None,
        "recurring",
    ),
    (
        "nl",
        ("Er zijn elk jaar twee indiendata. In 2026 zijn dat 15 maart 2026 en 15 september 2026."),
        "2026-04-01",
        "2026-09-15",
        None,
        "recurring",
    ),
    (
        "en",
        ("Applications are assessed by a jury. The jury meets on 15 March 2026 and 15 April 2026."),
        R,
        None,
        None,
        "none",
    ),
]

# What is funded, finished by a day, is no deadline of the call.
WORK_FINISHED_BY: list[Case] = [
    (
        "fr",
        "Les actions soutenues doivent être achevées avant le 31 décembre 2026.",
        R,
        None,
        None,
        "none",
    ),
    # the closing of the submissions is no work finished
    (
        "fr",
        "Le dépôt des projets se termine le 15 avril 2026 à midi.",
        "2026-01-10",
        "2026-04-15",
        "12:00",
        "deadline",
    ),
    (
        "nl",
        "De gesteunde acties moeten afgerond zijn vóór 31 december 2026.",
        R,
        None,
        None,
        "none",
    ),
    ("en", "Funded activities must be completed by 31 December 2026.", R, None, None, "none"),
    (
        "fr",
        "Les actions soutenues doivent être réalisées avant le 31 décembre 2026.",
        R,
        None,
        None,
        "none",
    ),
    (
        "en",
        "Application forms must be completed and submitted by 31 March 2026.",
        R,
        "2026-03-31",
        None,
        "deadline",
    ),
]

# The other forms of the writers' list, one or more per language (already read: kept so).
WRITERS_FORMS: list[Case] = [
    (
        "fr",
        (
            "Date limite : mardi 31 mars 2026 à 16h00. Les dossiers incomplets ne seront "
            "pas examinés."
        ),
        R,
        "2026-03-31",
        "16:00",
        "deadline",
    ),
    ("fr", "Clôture : 31/03/2026\nMontant maximum : 25 000 €", R, "2026-03-31", None, "deadline"),
    (
        "fr",
        "Les candidatures sont ouvertes du 2 février au 30 avril 2026 inclus.",
        R,
        "2026-04-30",
        None,
        "deadline",
    ),
    (
        "fr",
        "L'appel est ouvert le 1er février 2026 et se clôture le 15 avril 2026 à midi.",
        R,
        "2026-04-15",
        "12:00",
        "deadline",
    ),
    (
        "fr",
        ("La date limite initialement fixée au 15 mars 2026 est reportée au 3 avril 2026."),
        R,
        "2026-04-03",
        None,
        "deadline",
    ),
    (
        "fr",
        "Les dossiers doivent parvenir avant 12h00 le 14 avril 2026.",
        R,
        "2026-04-14",
        "12:00",
        "deadline",
    ),
    ("fr", "Clôture de l'appel : 28 févr. 2026", R, "2026-02-28", None, "deadline"),
    (
        "fr",
        (
            "Date limite de réception des offres : 24/04/2026 à 11h00. Ouverture des "
            "offres : 24/04/2026 à 14h00."
        ),
        R,
        "2026-04-24",
        "11:00",
        "deadline",
    ),
    (
        "fr",
        (
            "Offre d'emploi : chargé de projet (CDI). Date de clôture des candidatures : 6 "
            "mars 2026."
        ),
        R,
        "2026-03-06",
        None,
        "deadline",
    ),
    (
        "fr",
        (
            "L'appel est permanent : les demandes peuvent être introduites jusqu'à "
            "épuisement du budget."
        ),
        R,
        None,
        None,
        "permanent",
    ),
    (
        "fr",
        ("Trois sessions par an. Prochaines clôtures : 15 janvier, 15 mai et 15 septembre."),
        "2026-03-01",
        "2026-05-15",
        None,
        "recurring",
    ),
    ("fr", "Dépôt des candidatures jusqu'au 2026-03-31 inclus.", R, "2026-03-31", None, "deadline"),
    ("nl", "Indienen kan tot en met dinsdag 31 maart 2026.", R, "2026-03-31", None, "deadline"),
    ("nl", "Indiendatum: 31-03-2026", R, "2026-03-31", None, "deadline"),
    (
        "nl",
        "De oproep loopt van 1 februari tot en met 30 april 2026.",
        R,
        "2026-04-30",
        None,
        "deadline",
    ),
    (
        "nl",
        "De oproep opent op 2 februari 2026 en sluit op 15 april 2026 om 12 uur.",
        R,
        "2026-04-15",
        "12:00",
        "deadline",
    ),
    (
        "nl",
        "De indiendatum is verlengd tot 10 april 2026 (oorspronkelijk 27 maart 2026).",
        R,
        "2026-04-10",
        None,
        "deadline",
    ),
    (
        "nl",
        (
            "Infosessie op 24 februari 2026. Aanvragen indienen ten laatste op 20 maart "
            "2026. De beslissing volgt in juni 2026; de projecten starten op 1 september "
            "2026."
        ),
        R,
        "2026-03-20",
        None,
        "deadline",
    ),
    ("nl", "Sluitingsdatum: 15 sept. 2026", R, "2026-09-15", None, "deadline"),
    (
        "nl",
        (
            "Uiterste datum voor ontvangst van de offertes: 21/04/2026 om 10:00. Opening "
            "van de offertes: 21/04/2026 om 11:00."
        ),
        R,
        "2026-04-21",
        "10:00",
        "deadline",
    ),
    (
        "nl",
        "Vacature: projectmedewerker (m/v/x). Solliciteren kan tot 13 maart 2026.",
        R,
        "2026-03-13",
        None,
        "deadline",
    ),
    (
        "nl",
        ("Aanvragen kunnen doorlopend ingediend worden, zolang het budget niet is uitgeput."),
        R,
        None,
        None,
        "permanent",
    ),
    (
        "nl",
        ("Er zijn jaarlijks drie indienrondes.\nIndiendata: 1 februari, 1 juni en 1 oktober."),
        "2026-03-01",
        "2026-06-01",
        None,
        "recurring",
    ),
    ("nl", "Aanvragen moeten ten laatste op 12/03 binnen zijn.", R, "2026-03-12", None, "deadline"),
    ("en", "Deadline: Tuesday, 31 March 2026, 5 pm CET.", R, "2026-03-31", "17:00", "deadline"),
    ("en", "Applications close on 31/03/2026.", R, "2026-03-31", None, "deadline"),
    ("en", "The call is open from 2 February to 30 April 2026.", R, "2026-04-30", None, "deadline"),
    (
        "en",
        "The call opens on 2 February 2026 and closes on 15 April 2026 at noon.",
        R,
        "2026-04-15",
        "12:00",
        "deadline",
    ),
    (
        "en",
        "The deadline has been extended to 12 June 2026.",
        "2026-04-01",
        "2026-06-12",
        None,
        "deadline",
    ),
    (
        "en",
        (
            "An information webinar will take place on 18 February 2026. Applications must "
            "be submitted by 20 March 2026. Decisions will be communicated in June 2026 "
            "and projects start on 1 October 2026."
        ),
        R,
        "2026-03-20",
        None,
        "deadline",
    ),
    (
        "en",
        "Proposals must be received by 12:00 noon on 14 April 2026.",
        R,
        "2026-04-14",
        "12:00",
        "deadline",
    ),
    ("en", "Deadline: 5 Feb 2027", "2026-11-01", "2027-02-05", None, "deadline"),
    (
        "en",
        (
            "Time limit for receipt of tenders: 24/04/2026 11:00. Date of opening of "
            "tenders: 24/04/2026 14:00."
        ),
        R,
        "2026-04-24",
        "11:00",
        "deadline",
    ),
    (
        "en",
        "Job vacancy: Programme Officer. Closing date for applications: 6 March 2026.",
        R,
        "2026-03-06",
        None,
        "deadline",
    ),
    (
        "en",
        (
            "The foundation supports community projects across the region. See the "
            "guidelines for details."
        ),
        R,
        None,
        None,
        "none",
    ),
    (
        "de",
        "Einsendeschluss: Dienstag, 31. März 2026, 12 Uhr",
        R,
        "2026-03-31",
        "12:00",
        "deadline",
    ),
    ("de", "Anträge sind bis zum 15. März 2026 einzureichen.", R, "2026-03-15", None, "deadline"),
    ("de", "Bewerbungsfrist: 31.03.2026", R, "2026-03-31", None, "deadline"),
    (
        "de",
        "Der Aufruf läuft vom 2. Februar bis 30. April 2026.",
        R,
        "2026-04-30",
        None,
        "deadline",
    ),
    (
        "de",
        (
            "Die Ausschreibung öffnet am 2. Februar 2026 und schließt am 15. April 2026 um "
            "12:00 Uhr."
        ),
        R,
        "2026-04-15",
        "12:00",
        "deadline",
    ),
    ("de", "Die Frist wurde bis zum 10. April 2026 verlängert.", R, "2026-04-10", None, "deadline"),
    (
        "de",
        (
            "Infoveranstaltung am 24. Februar 2026. Anträge sind spätestens am 20. März "
            "2026 einzureichen. Die Entscheidung fällt im Juni 2026, Projektbeginn ist der "
            "1. September 2026."
        ),
        R,
        "2026-03-20",
        None,
        "deadline",
    ),
    ("de", "Einsendeschluss: 15. Okt. 2026", R, "2026-10-15", None, "deadline"),
    ("de", "Frist: 30. Sept. 2026", R, "2026-09-30", None, "deadline"),
    (
        "de",
        (
            "Schlusstermin für den Eingang der Angebote: 21.04.2026, 10:00 Uhr. Öffnung "
            "der Angebote: 21.04.2026, 11:00 Uhr."
        ),
        R,
        "2026-04-21",
        "10:00",
        "deadline",
    ),
    (
        "de",
        ("Stellenausschreibung: Referent/in (m/w/d). Bewerbungen bitte bis 13. März 2026."),
        R,
        "2026-03-13",
        None,
        "deadline",
    ),
    (
        "de",
        ("Es gibt jährlich drei Stichtage.\nStichtage: 1. Februar, 1. Juni und 1. Oktober."),
        "2026-03-01",
        "2026-06-01",
        None,
        "recurring",
    ),
    ("de", "Deadline: 2026-03-31", R, "2026-03-31", None, "deadline"),
    ("de", "Anträge bis 15. Jan. 2027 einreichen.", "2026-11-01", "2027-01-15", None, "deadline"),
]

CASES = [
    *STRUCK_DATE_BESIDE_THE_NEW,
    *TWO_STAGES,
    *MONTH_ABBREVIATIONS,
    *TIMES,
    *DAY_AND_MONTH_AFTER_A_LABEL,
    *CUES,
    *ANNOUNCED_LISTS,
    *WORK_FINISHED_BY,
    *WRITERS_FORMS,
]


@pytest.mark.parametrize(
    ("lang", "text", "reference", "deadline", "time", "kind"),
    CASES,
    ids=[f"{case[0]}-{index}" for index, case in enumerate(CASES)],
)
def test_round12b_deadline(
    lang: str, text: str, reference: str, deadline: str | None, time: str | None, kind: str
) -> None:
    assert answer(text, reference) == (deadline, time, kind), lang


def test_every_language_has_fifteen_cases() -> None:
    for lang in ("fr", "nl", "en", "de"):
        assert sum(case[0] == lang for case in CASES) >= 15, lang
