"""Deadlines as they come from PDFs, HTML tables and real wordings, in four languages.

Each table is one general cause (issue 14, fourth round), written before the code that reads it:
a case gives the text, the day it is read from, the deadline (for a recurring one, the next
occurrence), its time and the kind of the answer, all through `read_dates`.
"""

from __future__ import annotations

import datetime as dt

import pytest

from veille.domain.dates import read_dates

# (language, text, reference date, deadline or None, time or None, kind)
Case = tuple[str, str, str, str | None, str | None, str]

# A label on one line and its date on the next, as text comes from a PDF or an HTML
# definition list: the label names the date below it, whatever else the page lists.
LABEL_ON_ITS_OWN_LINE: list[Case] = [
    (
        "fr",
        "Date de publication\n02/01/2026\nDate limite de dépôt\n16/03/2026\nBudget\n500.000 €",
        "2026-01-02",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "nl",
        "Publicatiedatum\n5 januari 2026\nUiterste indiendatum\n16 maart 2026 om 12u00",
        "2026-01-05",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    (
        "en",
        "Opening date\n12 January 2026\nClosing date\n16 March 2026 17:00 CET",
        "2026-01-05",
        "2026-03-16",
        "17:00",
        "deadline",
    ),
    (
        "de",
        "Veröffentlicht am\n05.01.2026\nEinreichungsfrist\n16.03.2026, 12:00 Uhr",
        "2026-01-05",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    (
        "fr",
        "Séance d'information\n12 février 2026\nClôture\n16 mars 2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "nl",
        "Infosessie:\n12 februari 2026\nDeadline:\n16 maart 2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "en",
        "Information session\n12 February 2026\nProject start\n1 "
        "September 2026\nDeadline\n16 March 2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "de",
        "Infoveranstaltung\n12.02.2026\nProjektbeginn\n01.09.2026\nAntragsfrist\n16.03.2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
]

# Table cells written out with a separator (`|`, a tab): a cell's label names the next cell,
# also in a table whose rows are labelled under a header row.
TABLE_CELLS: list[Case] = [
    (
        "fr",
        "Ouverture | 01/02/2026 | Clôture | 16/03/2026 à 12h",
        "2026-01-05",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    (
        "nl",
        "Start | 1 februari 2026 | Einde indiening | 16 maart 2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "en",
        "Call opens\t1 February 2026\tCall closes\t16 March 2026, 5 pm",
        "2026-01-05",
        "2026-03-16",
        "17:00",
        "deadline",
    ),
    (
        "de",
        "Beginn | 01.02.2026 | Ende der Einreichfrist | 16.03.2026 | Entscheidung | 30.05.2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "fr",
        "Étape | Date\nOuverture | 01/02/2026\nClôture | 16/03/2026\nDécision | 30/05/2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "nl",
        "Fase\tDatum\nInfosessie\t12/02/2026\nIndienen\t16/03/2026\nBeslissing\t30/05/2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "en",
        "| Step | Date |\n| Information session | 12 February 2026 |\n"
        "| Deadline | 16 March 2026, 17:00 |\n| Results | 30 May 2026 |",
        "2026-01-05",
        "2026-03-16",
        "17:00",
        "deadline",
    ),
    (
        "de",
        "Schritt | Datum\nAntragsfrist | 16.03.2026\nBewilligung | 30.05.2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
]

# Bulleted lists of dates: each bullet is its own clause.
BULLETS: list[Case] = [
    (
        "fr",
        "• Séance d'information : 12 février 2026\n• Date limite : 16 "
        "mars 2026\n• Annonce des lauréats : 30 mai 2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "nl",
        "- Infomoment: 12 februari 2026\n- Indienen tot: 16 maart 2026\n"
        "- Bekendmaking: 30 mei 2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "en",
        "* Webinar: 12 February 2026\n* Applications close: 16 March "
        "2026\n* Decisions: 30 May 2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "de",
        "– Infoveranstaltung: 12. Februar 2026\n– Einsendeschluss: 16. "
        "März 2026\n– Auswahl: 30. Mai 2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
]

# A label in one language and the date (or its time) in another.
LANGUAGES_MIXED: list[Case] = [
    (
        "fr",
        "Date limite / Uiterste datum : 16 maart 2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "nl",
        "Deadline: 16 mars 2026 à 12h",
        "2026-01-05",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    (
        "en",
        "Closing date: 16. März 2026, 12 Uhr",
        "2026-01-05",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    (
        "de",
        "Einsendeschluss: 16 March 2026, 5 pm",
        "2026-01-05",
        "2026-03-16",
        "17:00",
        "deadline",
    ),
    (
        "fr",
        "Deadline : 16 Mar. 2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "de",
        "Frist: 16 maart 2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "nl",
        "Date limite: 16 maart 2026 om 12u",
        "2026-01-05",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    (
        "en",
        "Einsendeschluss / Closing date: 16 March 2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
]

# Extended deadlines: the new date, with its time, wins over the one it replaces.
EXTENDED: list[Case] = [
    (
        "de",
        "Achtung: Die Einreichfrist wurde vom 16. März auf den 30. März 2026 verlängert.",
        "2026-03-01",
        "2026-03-30",
        None,
        "deadline",
    ),
    (
        "fr",
        "La date limite initialement fixée au 16 mars 2026 est "
        "prolongée jusqu'au 30 mars 2026 à 12h.",
        "2026-03-01",
        "2026-03-30",
        "12:00",
        "deadline",
    ),
    (
        "nl",
        "De deadline wordt verlengd van 16 maart 2026 naar 30 maart 2026.",
        "2026-03-01",
        "2026-03-30",
        None,
        "deadline",
    ),
    (
        "en",
        "Deadline extended to 30 March 2026 (previously 16 March 2026).",
        "2026-03-01",
        "2026-03-30",
        None,
        "deadline",
    ),
    (
        "de",
        "Die Einreichungsfrist wurde bis zum 30. März 2026 verlängert "
        "(ursprünglich 16. März 2026).",
        "2026-03-01",
        "2026-03-30",
        None,
        "deadline",
    ),
    (
        "fr",
        "La date limite est prorogée au 30 mars 2026.",
        "2026-03-01",
        "2026-03-30",
        None,
        "deadline",
    ),
    (
        "de",
        "Fristverlängerung bis 30.03.2026!",
        "2026-03-01",
        "2026-03-30",
        None,
        "deadline",
    ),
    (
        "en",
        "The closing date has been pushed back to 30 March 2026.",
        "2026-03-01",
        "2026-03-30",
        None,
        "deadline",
    ),
    (
        "nl",
        "De indiendatum is uitgesteld tot 30 maart 2026.",
        "2026-03-01",
        "2026-03-30",
        None,
        "deadline",
    ),
    (
        "fr",
        "La date limite est avancée au 10 mars 2026 (au lieu du 16 mars 2026).",
        "2026-03-01",
        "2026-03-10",
        None,
        "deadline",
    ),
    (
        "nl",
        "De deadline wordt vervroegd naar 10 maart 2026 in plaats van 16 maart 2026.",
        "2026-03-01",
        "2026-03-10",
        None,
        "deadline",
    ),
    (
        "en",
        "The deadline is now 10 March 2026 instead of 16 March 2026.",
        "2026-03-01",
        "2026-03-10",
        None,
        "deadline",
    ),
    (
        "de",
        "Neuer Einsendeschluss ist der 10. März 2026 statt des 16. März 2026.",
        "2026-03-01",
        "2026-03-10",
        None,
        "deadline",
    ),
    (
        "en",
        "The deadline has been brought forward to 10 March 2026 (originally 16 March 2026).",
        "2026-03-01",
        "2026-03-10",
        None,
        "deadline",
    ),
    (
        "de",
        "Die Frist wurde auf den 10. März 2026 vorgezogen (ursprünglich 16. März 2026).",
        "2026-03-01",
        "2026-03-10",
        None,
        "deadline",
    ),
    (
        "fr",
        "Date limite prolongée : 30 mars 2026 (initialement 16 mars 2026).",
        "2026-03-01",
        "2026-03-30",
        None,
        "deadline",
    ),
    (
        "nl",
        "Nieuwe deadline: 30 maart 2026 (oorspronkelijk 16 maart 2026).",
        "2026-03-01",
        "2026-03-30",
        None,
        "deadline",
    ),
]

# Times in local forms (Belgian "14u30", "14 h 30", "17 heures", "12 uur 's middags",
# "2.30pm", "14.30 Uhr", "MEZ") and the US month/day order when a date shows it.
LOCAL_TIMES: list[Case] = [
    (
        "en",
        "Closing date for receipt of applications: 1700 hrs on 16 March 2026.",
        "2026-01-05",
        "2026-03-16",
        "17:00",
        "deadline",
    ),
    (
        "fr",
        "Clôture le 16 mars 2026 à 14 h 30.",
        "2026-01-05",
        "2026-03-16",
        "14:30",
        "deadline",
    ),
    (
        "nl",
        "Indienen tot 16 maart 2026, 14u30.",
        "2026-01-05",
        "2026-03-16",
        "14:30",
        "deadline",
    ),
    (
        "en",
        "Applications must be received by 2.30pm on 16 March 2026.",
        "2026-01-05",
        "2026-03-16",
        "14:30",
        "deadline",
    ),
    (
        "de",
        "Einsendeschluss ist der 16. März 2026, 14.30 Uhr.",
        "2026-01-05",
        "2026-03-16",
        "14:30",
        "deadline",
    ),
    (
        "fr",
        "Date limite : 16/03/2026 - 17 heures",
        "2026-01-05",
        "2026-03-16",
        "17:00",
        "deadline",
    ),
    (
        "nl",
        "Uiterlijk op 16 maart 2026 om 12 uur 's middags.",
        "2026-01-05",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    (
        "en",
        "Closing date: 16 March 2026 at 12 noon.",
        "2026-01-05",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    (
        "de",
        "Bewerbungsschluss: 16.03.2026 um 23:59 MEZ",
        "2026-01-05",
        "2026-03-16",
        "23:59",
        "deadline",
    ),
    (
        "en",
        "Applications due: 03/16/2026 by 5:00 PM EST. Awards announced: 05/29/2026.",
        "2026-01-05",
        "2026-03-16",
        "17:00",
        "deadline",
    ),
    (
        "fr",
        "Date limite de dépôt : 16 mars 2026\nHeure limite : 12h00",
        "2026-01-05",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    (
        "en",
        "Deadline date | 16/03/2026 | 17:00",
        "2026-01-05",
        "2026-03-16",
        "17:00",
        "deadline",
    ),
    (
        "nl",
        "Deadline: vóór 12 uur op 16 maart 2026.",
        "2026-01-05",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    (
        "de",
        "Einreichung bis 12 Uhr am 16. März 2026.",
        "2026-01-05",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    (
        "fr",
        "Clôture le 1ᵉʳ avril 2026 à 23 h 59.",
        "2026-01-05",
        "2026-04-01",
        "23:59",
        "deadline",
    ),
    (
        "de",
        "Bewerbungsschluss: 16. März 2026, 12 Uhr mittags",
        "2026-01-05",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    (
        "en",
        "Closing date: 16 March 2026, 5.00pm (UK time)",
        "2026-01-05",
        "2026-03-16",
        "17:00",
        "deadline",
    ),
    (
        "nl",
        "Indienen kan tot 16/03/2026 om 12:00u.",
        "2026-01-05",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    (
        "nl",
        "Uiterste indiendatum | 16/03/2026 | 12u00",
        "2026-01-05",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    (
        "de",
        "Einreichungsfrist: 16.03.2026\nUhrzeit: 14:00 Uhr",
        "2026-01-05",
        "2026-03-16",
        "14:00",
        "deadline",
    ),
]

# Dates that are not deadlines next to one: how long a regulation or scheme is valid,
# when it takes effect, the opening of the bids, a project's end; a sentence that ends on an
# amount still ends.
NOT_DEADLINES_BESIDE_ONE: list[Case] = [
    (
        "fr",
        "Date limite : 16 mars 2026. Le règlement est valable jusqu'au 31 décembre 2027.",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "nl",
        "Het reglement geldt tot 31 december 2027.",
        "2026-01-05",
        None,
        None,
        "none",
    ),
    (
        "en",
        "The scheme is valid until 31 December 2027; applications at "
        "least eight weeks before the event.",
        "2026-01-05",
        None,
        None,
        "none",
    ),
    (
        "de",
        "Die Förderrichtlinie gilt bis zum 31. Dezember 2027.",
        "2026-01-05",
        None,
        None,
        "none",
    ),
    (
        "fr",
        "Le nouveau règlement entre en vigueur le 1er janvier 2026.",
        "2025-11-05",
        None,
        None,
        "none",
    ),
    (
        "nl",
        "Het nieuwe reglement treedt in werking op 1 januari 2026. Aanvragen tot 16 maart 2026.",
        "2025-11-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "en",
        "The new rules take effect from 1 January 2026.",
        "2025-11-05",
        None,
        None,
        "none",
    ),
    (
        "de",
        "Die Richtlinie tritt zum 1. Januar 2026 in Kraft.",
        "2025-11-05",
        None,
        None,
        "none",
    ),
    (
        "fr",
        "Remise des offres : 16 mars 2026 à 10h00. Ouverture des offres : 16 mars 2026 à 10h30.",
        "2026-01-05",
        "2026-03-16",
        "10:00",
        "deadline",
    ),
    (
        "nl",
        "Uiterste datum voor indiening: 16 maart 2026 om 11 uur. "
        "Opening van de inschrijvingen: 16 maart 2026 om 11.30 uur.",
        "2026-01-05",
        "2026-03-16",
        "11:00",
        "deadline",
    ),
    (
        "en",
        "Tenders must be received by 16 March 2026 at 10:00. Opening "
        "of tenders: 16 March 2026 at 10:30.",
        "2026-01-05",
        "2026-03-16",
        "10:00",
        "deadline",
    ),
    (
        "de",
        "Angebotsfrist: 16.03.2026, 10:00 Uhr. Öffnung der Angebote: 16.03.2026, 10:30 Uhr.",
        "2026-01-05",
        "2026-03-16",
        "10:00",
        "deadline",
    ),
    (
        "en",
        "Projects may run until March 2028, with grants of up to "
        "£250,000. The deadline for applications is 23:59 on 16 March "
        "2026.",
        "2026-01-05",
        "2026-03-16",
        "23:59",
        "deadline",
    ),
    (
        "de",
        "Gefördert werden Projekte mit bis zu 80.000 EUR. Die Anträge "
        "sind bis 16. März 2026 einzureichen.",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "fr",
        "Date limite : 16 mars 2026. Période d'éligibilité des "
        "dépenses : du 1er janvier 2026 au 31 décembre 2026.",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "en",
        "Deadline: 16 March 2026. Eligibility period: 1 July 2026 to 30 June 2027.",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "nl",
        "Indienen tot 16 maart 2026. De kosten zijn subsidieerbaar van "
        "1 juli 2026 tot 30 juni 2027.",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "de",
        "Antragsfrist: 16.03.2026. Förderfähig sind Ausgaben vom 01.07.2026 bis 30.06.2027.",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "fr",
        "Date limite : 16 mars 2026. Une avance de 60 % sera versée au plus tard le 30 juin 2026.",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "nl",
        "Uiterste datum: 16 maart 2026. De uitbetaling van het "
        "voorschot gebeurt uiterlijk op 30 juni 2026.",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "en",
        "Deadline: 16 March 2026. Payment of the first instalment by 30 June 2026.",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "de",
        "Einsendeschluss: 16.03.2026. Die Auszahlung der ersten Rate erfolgt bis 30.06.2026.",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "fr",
        "Nos bureaux seront fermés du 24 décembre 2025 au 2 janvier 2026.",
        "2025-12-01",
        None,
        None,
        "none",
    ),
    (
        "nl",
        "Onze kantoren zijn gesloten van 24 december 2025 tot 2 januari 2026.",
        "2025-12-01",
        None,
        None,
        "none",
    ),
    (
        "en",
        "Our offices will be closed from 24 December 2025 to 2 January 2026.",
        "2025-12-01",
        None,
        None,
        "none",
    ),
    (
        "de",
        "Unsere Geschäftsstelle ist vom 24.12.2025 bis 02.01.2026 geschlossen.",
        "2025-12-01",
        None,
        None,
        "none",
    ),
]

# Recurring deadlines in every wording: yearless dates that come back, and dated cut-offs
# the text says come back ("N per year", "at the next one"): the next one, kind recurring.
RECURRING: list[Case] = [
    (
        "fr",
        "Les demandes doivent être introduites pour le 1er mars de "
        "l'année au cours de laquelle le projet débute.",
        "2026-04-10",
        "2027-03-01",
        None,
        "recurring",
    ),
    (
        "nl",
        "Aanvragen moeten ingediend worden vóór 1 maart van het jaar waarin het project start.",
        "2026-04-10",
        "2027-03-01",
        None,
        "recurring",
    ),
    (
        "en",
        "Applications must be made by 1 March of the year in which the project starts.",
        "2026-04-10",
        "2027-03-01",
        None,
        "recurring",
    ),
    (
        "de",
        "Anträge sind bis zum 31. März des Jahres zu stellen, in dem das Projekt beginnt.",
        "2026-04-10",
        "2027-03-31",
        None,
        "recurring",
    ),
    (
        "fr",
        "Les demandes sont à introduire tous les ans avant le 1er octobre.",
        "2026-01-05",
        "2026-10-01",
        None,
        "recurring",
    ),
    (
        "fr",
        "Trois dates de clôture par an : 31 janvier, 30 avril et 30 septembre 2026.",
        "2026-03-10",
        "2026-04-30",
        None,
        "recurring",
    ),
    (
        "fr",
        "Clôtures : 31 janvier 2026, 30 avril 2026 et 30 septembre "
        "2026. Un dossier arrivé après une clôture est examiné à la "
        "clôture suivante.",
        "2026-03-10",
        "2026-04-30",
        None,
        "recurring",
    ),
    (
        "nl",
        "Aanvragen moeten elk jaar uiterlijk op 1 oktober binnen zijn.",
        "2026-01-05",
        "2026-10-01",
        None,
        "recurring",
    ),
    (
        "nl",
        "Er zijn twee indienrondes per jaar: 1 maart 2026 en 1 oktober 2026.",
        "2026-03-10",
        "2026-10-01",
        None,
        "recurring",
    ),
    (
        "nl",
        "Indiendata: 1 maart 2026, 1 juni 2026 en 1 oktober 2026. Wie "
        "een datum mist, schuift door naar de volgende ronde.",
        "2026-03-10",
        "2026-06-01",
        None,
        "recurring",
    ),
    (
        "en",
        "Applications are considered annually; the closing date is 1 October.",
        "2026-01-05",
        "2026-10-01",
        None,
        "recurring",
    ),
    (
        "en",
        "Cut-off dates: 11 February 2026, 10 June 2026 and 7 October "
        "2026. Applications received after a cut-off are assessed at "
        "the next one.",
        "2026-02-20",
        "2026-06-10",
        None,
        "recurring",
    ),
    (
        "en",
        "We hold three funding rounds a year, closing on 11 February "
        "2026, 10 June 2026 and 7 October 2026.",
        "2026-02-20",
        "2026-06-10",
        None,
        "recurring",
    ),
    (
        "de",
        "Anträge sind jährlich bis zum 1. Oktober einzureichen.",
        "2026-01-05",
        "2026-10-01",
        None,
        "recurring",
    ),
    (
        "de",
        "Es gibt drei Stichtage pro Jahr: 15. Februar 2026, 15. Juni 2026 und 15. Oktober 2026.",
        "2026-03-10",
        "2026-06-15",
        None,
        "recurring",
    ),
    (
        "de",
        "Stichtage: 15.02.2026, 15.06.2026 und 15.10.2026. Später "
        "eingehende Anträge werden zum nächsten Stichtag behandelt.",
        "2026-03-10",
        "2026-06-15",
        None,
        "recurring",
    ),
    (
        "fr",
        "Date limite annuelle : 31 mars (prochaine échéance : 31 mars 2026).",
        "2026-01-05",
        "2026-03-31",
        None,
        "recurring",
    ),
    (
        "nl",
        "De jaarlijkse indiendatum is 1 oktober; dit jaar valt die op 1 oktober 2026.",
        "2026-01-05",
        "2026-10-01",
        None,
        "recurring",
    ),
    (
        "en",
        "The annual deadline is 1 March (1 March 2026 for this year's round).",
        "2026-01-05",
        "2026-03-01",
        None,
        "recurring",
    ),
    (
        "de",
        "Anträge können bis zum 30. September eines Jahres gestellt werden.",
        "2026-01-05",
        "2026-09-30",
        None,
        "recurring",
    ),
    (
        "de",
        "Die Antragsfrist endet jährlich am 31. März; für 2026 ist dies der 31.03.2026.",
        "2026-01-05",
        "2026-03-31",
        None,
        "recurring",
    ),
    (
        "en",
        "Applications close on 31 March each year.",
        "2026-04-05",
        "2027-03-31",
        None,
        "recurring",
    ),
    (
        "en",
        "We have two deadlines a year: 1 March and 1 September.",
        "2026-04-05",
        "2026-09-01",
        None,
        "recurring",
    ),
    (
        "nl",
        "Ieder jaar kan je indienen tussen 1 september en 15 oktober.",
        "2026-01-05",
        "2026-10-15",
        None,
        "recurring",
    ),
    (
        "fr",
        "Appel annuel – clôture le 30 juin.",
        "2026-01-05",
        "2026-06-30",
        None,
        "recurring",
    ),
]

# One call's waves or cut-off list stay a deadline; an annual report or budget does not
# make a dated deadline recurring.
ONE_CALLS_WAVES: list[Case] = [
    (
        "fr",
        "Deux vagues : une première clôture le 15 janvier 2026, puis une seconde le 15 avril 2026.",
        "2026-02-03",
        "2026-04-15",
        None,
        "deadline",
    ),
    (
        "nl",
        "Indienen kan in twee rondes: de eerste sloot op 15 december "
        "2025, de tweede sluit op 16 maart 2026.",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "en",
        "Cut-off dates for this call: 14 January 2026, 13 May 2026 and 16 September 2026.",
        "2026-02-15",
        "2026-05-13",
        None,
        "deadline",
    ),
    (
        "de",
        "Für das erste Halbjahr galt der 15. Januar 2026; für das "
        "zweite Halbjahr gilt der Stichtag 15. Juni 2026.",
        "2026-02-10",
        "2026-06-15",
        None,
        "deadline",
    ),
    (
        "en",
        "Cut-off dates: 14 January 2026 and 13 May 2026. The annual budget is EUR 2 million.",
        "2026-02-15",
        "2026-05-13",
        None,
        "deadline",
    ),
    (
        "fr",
        "Date limite : 13 mai 2026. Le rapport annuel est dû le 31 janvier 2027.",
        "2026-02-15",
        "2026-05-13",
        None,
        "deadline",
    ),
    (
        "nl",
        "Deadline: 13 mei 2026. Het jaarlijkse verslag volgt op 31 januari 2027.",
        "2026-02-15",
        "2026-05-13",
        None,
        "deadline",
    ),
    (
        "de",
        "Antragsfrist: 13. Mai 2026. Der jährliche Sachbericht ist bis 31. Januar 2027 vorzulegen.",
        "2026-02-15",
        "2026-05-13",
        None,
        "deadline",
    ),
]

# A table's header row over its row of dates (columns by tabs or `|`): each date takes the
# label of its column.
HEADER_ROWS: list[Case] = [
    (
        "fr",
        "Ouverture\tClôture\n01/02/2026\t16/03/2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "en",
        "Opens | Closes\n1 February 2026 | 16 March 2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "nl",
        "Oproep opent\tOproep sluit\n1 februari 2026\t16 maart 2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "de",
        "Veröffentlichung | Einreichungsfrist | Entscheidung\n05.01.2026 | 16.03.2026 | 30.05.2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
]

# A word cut at the end of a PDF line ("Einreichungs-\nfrist"): the label is read whole.
HYPHENATED_LINES: list[Case] = [
    (
        "de",
        "Einreichungs-\nfrist: 16.03.2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "fr",
        "Date li-\nmite de dépôt : 16 mars 2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "nl",
        "Uiterste in-\ndieningsdatum: 16 maart 2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "en",
        "Closing date for sub-\nmissions: 16 March 2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
]

# The words of a deadline's label, and of a window's end ("t.e.m.", "t/m").
WORDINGS: list[Case] = [
    (
        "fr",
        "Date butoir : 16/03/2026, 12h00",
        "2026-01-05",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    (
        "fr",
        "Dernier délai de remise des offres\n16 mars 2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "nl",
        "Inzenddatum: 16/03/2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "nl",
        "Indienperiode: van 1 februari t.e.m. 16 maart 2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "nl",
        "Aanvragen kunnen van 1 februari t/m 16 maart 2026.",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "en",
        "Application window closes: 16 March 2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "en",
        "Last date to apply: 16/03/2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "de",
        "Letzter Abgabetermin: 16.03.2026, 12 Uhr",
        "2026-01-05",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    (
        "de",
        "Ausschlussfrist\n16.03.2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
]

# Round 5 (blind7's misses, written before the code). A call's rounds named by number or
# ordinal, each in its own sentence or under its own label ("Ronde 1 … ronde 2 …", "Round 2:",
# "2. Förderrunde"): one call's series, the next one on or after the reference date; the
# round's label names a deadline; a "selection round" is no decision.
NUMBERED_ROUNDS: list[Case] = [
    (
        "fr",
        "Premier tour : dépôt jusqu'au 13 mars 2026. Deuxième tour : dépôt jusqu'au "
        "18 septembre 2026.",
        "2026-04-01",
        "2026-09-18",
        None,
        "deadline",
    ),
    (
        "fr",
        "L'appel compte trois vagues de sélection : une première clôture le 10 février 2026, "
        "une deuxième le 12 mai 2026 et une dernière le 15 septembre 2026.",
        "2026-03-01",
        "2026-05-12",
        None,
        "deadline",
    ),
    (
        "nl",
        "Ronde 1 sluit op 20 februari 2026, ronde 2 op 19 juni 2026.",
        "2026-02-21",
        "2026-06-19",
        None,
        "deadline",
    ),
    (
        "nl",
        "Selectieronde 1: indienen tot 6 maart 2026. Selectieronde 2: indienen tot 2 oktober 2026.",
        "2026-03-06",
        "2026-03-06",
        None,
        "deadline",
    ),
    (
        "en",
        "Round 1: 12 February 2026. Round 2: 11 June 2026. Round 3: 8 October 2026.",
        "2026-02-20",
        "2026-06-11",
        None,
        "deadline",
    ),
    (
        "en",
        "First selection round: applications by 5 March 2026; second selection round: "
        "applications by 3 September 2026.",
        "2026-01-10",
        "2026-03-05",
        None,
        "deadline",
    ),
    (
        "en",
        "Round 1 closes on 12 February 2026; the results of round 1 will be announced on "
        "30 April 2026.",
        "2026-01-10",
        "2026-02-12",
        None,
        "deadline",
    ),
    (
        "de",
        "1. Förderrunde: Einreichung bis 27.02.2026. 2. Förderrunde: Einreichung bis 25.09.2026.",
        "2026-03-02",
        "2026-09-25",
        None,
        "deadline",
    ),
    (
        "de",
        "Erste Auswahlrunde: Anträge bis 16.01.2026; zweite Auswahlrunde: Anträge bis 15.05.2026.",
        "2026-01-16",
        "2026-01-16",
        None,
        "deadline",
    ),
    # both rounds have passed on the day it is read: closed, on the last one (round 16)
    (
        "nl",
        "Ronde 1 sloot op 15 januari 2026, ronde 2 op 15 april 2026.",
        "2026-05-01",
        "2026-04-15",
        None,
        "closed",
    ),
    (
        "en",
        "Call 1 closes on 15 March 2026 and Call 2 on 15 September 2026.",
        "2026-04-01",
        "2026-09-15",
        None,
        "deadline",
    ),
    (
        "de",
        "Frist für die erste Einreichungsrunde: 15.03.2026; für die zweite: 15.09.2026.",
        "2026-04-01",
        "2026-09-15",
        None,
        "deadline",
    ),
    # a news round-up is no round of a call
    (
        "en",
        "Funding round-up, 5 March 2026: three new calls for youth work.",
        "2026-02-01",
        None,
        None,
        "none",
    ),
    # a round table is an event, not a round of the call
    (
        "fr",
        "Table ronde le 12 février 2026 à la maison communale.",
        "2026-01-10",
        None,
        None,
        "none",
    ),
    ("nl", "Rondetafel op 12 februari 2026 in het gemeentehuis.", "2026-01-10", None, None, "none"),
    (
        "en",
        "Round table with funders on 12 February 2026 in Brussels.",
        "2026-01-10",
        None,
        None,
        "none",
    ),
    ("de", "Runder Tisch am 12.02.2026 im Rathaus.", "2026-01-10", None, None, "none"),
]

# Two stages: the first stage's names are a submission ("note d'intention", "conceptnota",
# "expression of interest", "Projektskizze"); a later stage open only to the preselected or
# invited gives way to the open one while that is ahead; without such a restriction the
# final stage is the call's deadline (a final deadline after a first stage), unless the call
# says it is in two stages ("deux étapes", "two-stage", "Stage 1 … stage 2", round 12b and
# round 15): then the stage still ahead.
STAGES: list[Case] = [
    (
        "fr",
        "Note d'intention pour le 6 mars 2026 ; dossier complet sur invitation pour le "
        "29 mai 2026.",
        "2026-02-01",
        "2026-03-06",
        None,
        "deadline",
    ),
    (
        "fr",
        "Lettre d'intention : 6 mars 2026. Seuls les projets présélectionnés déposent un dossier "
        "complet, au plus tard le 29 mai 2026.",
        "2026-02-01",
        "2026-03-06",
        None,
        "deadline",
    ),
    (
        "nl",
        "Projectideeën indienen tegen 13 maart 2026. Enkel geselecteerde projectideeën worden "
        "uitgenodigd om een volledig voorstel in te dienen tegen 5 juni 2026.",
        "2026-02-01",
        "2026-03-13",
        None,
        "deadline",
    ),
    (
        "nl",
        "Conceptnota: 20 februari 2026. Uitgewerkt voorstel (alleen op uitnodiging): "
        "24 april 2026.",
        "2026-02-21",
        "2026-04-24",
        None,
        "deadline",
    ),
    (
        "en",
        "Expressions of interest by 9 March 2026; full applications (invited applicants only) "
        "by 22 May 2026.",
        "2026-02-01",
        "2026-03-09",
        None,
        "deadline",
    ),
    (
        "en",
        "Outline proposals are due on 4 March 2026. Shortlisted applicants will be asked to "
        "submit a full proposal by 10 June 2026.",
        "2026-01-15",
        "2026-03-04",
        None,
        "deadline",
    ),
    # the invitation every call makes restricts nothing
    (
        "en",
        "Organisations are invited to submit proposals by 5 May 2026. Funded activities must be "
        "completed before 31 December 2027.",
        "2026-03-01",
        "2026-05-05",
        None,
        "deadline",
    ),
    (
        "fr",
        "Les associations sont invitées à déposer leur dossier avant le 5 mai 2026. Les dépenses "
        "sont éligibles jusqu'au 31 décembre 2027.",
        "2026-03-01",
        "2026-05-05",
        None,
        "deadline",
    ),
    (
        "en",
        # numbered stages are a call in two stages (round 15, blind21's misses): the stage
        # still ahead, as the writers' rule and round 12b's "deux étapes" / "two-stage" say
        "Stage 1 proposals by 5 February 2026; stage 2 proposals by 7 May 2026.",
        "2026-01-05",
        "2026-02-05",
        None,
        "deadline",
    ),
    (
        "de",
        "Projektskizzen bis 27.02.2026; ausgewählte Antragsteller reichen bis 29.05.2026 einen "
        "Vollantrag ein.",
        "2026-01-20",
        "2026-02-27",
        None,
        "deadline",
    ),
    (
        "en",
        "Concept notes must be submitted by 10 March 2026. Successful applicants will be invited "
        "to submit a full proposal by 12 June 2026.",
        "2026-02-01",
        "2026-03-10",
        None,
        "deadline",
    ),
    (
        "fr",
        "Les porteurs retenus à l'issue de la première phase seront invités à déposer un dossier "
        "complet avant le 12 juin 2026. Pré-projet : 10 mars 2026.",
        "2026-02-01",
        "2026-03-10",
        None,
        "deadline",
    ),
    (
        "nl",
        "Fase 1: projectidee uiterlijk 10 maart 2026. Fase 2: enkel voor weerhouden projecten, "
        "volledig dossier tegen 12 juni 2026.",
        "2026-02-01",
        "2026-03-10",
        None,
        "deadline",
    ),
    (
        "de",
        "Stufe 1: Projektskizze bis 13.03.2026. Stufe 2: Vollantrag nur nach Aufforderung bis "
        "26.06.2026.",
        "2026-02-01",
        "2026-03-13",
        None,
        "deadline",
    ),
]

# A window with a time at each end: the window ends on its deadline, at the end's time.
RANGE_WITH_TIMES: list[Case] = [
    (
        "fr",
        "Période de dépôt : du 2 mars 2026 (9h00) au 31 mars 2026 (16h00).",
        "2026-02-10",
        "2026-03-31",
        "16:00",
        "deadline",
    ),
    (
        "fr",
        "Les candidatures sont reçues du 2 mars 2026 à 9h au 31 mars 2026 à 12h.",
        "2026-02-10",
        "2026-03-31",
        "12:00",
        "deadline",
    ),
    (
        "nl",
        "Indienen kan van 2 maart 2026 om 9 uur tot 31 maart 2026 om 17 uur.",
        "2026-02-10",
        "2026-03-31",
        "17:00",
        "deadline",
    ),
    (
        "en",
        "Application window: 2 March 2026, 09:00 – 31 March 2026, 17:00 CET.",
        "2026-02-10",
        "2026-03-31",
        "17:00",
        "deadline",
    ),
    (
        "de",
        "Einreichungszeitraum: 02.03.2026, 9:00 Uhr, bis 31.03.2026, 12:00 Uhr.",
        "2026-02-10",
        "2026-03-31",
        "12:00",
        "deadline",
    ),
]

# ... and with the time before each date ("from 9:00 on 2 March to 17:00 on 31 March")
RANGE_WITH_TIMES_BEFORE: list[Case] = [
    (
        "en",
        "Applications can be submitted from 9:00 on 2 March 2026 to 17:00 on 31 March 2026.",
        "2026-02-01",
        "2026-03-31",
        "17:00",
        "deadline",
    ),
    (
        "fr",
        "Dépôt possible de 9h00 le 2 mars 2026 à 16h00 le 31 mars 2026.",
        "2026-02-01",
        "2026-03-31",
        "16:00",
        "deadline",
    ),
    (
        "nl",
        "Indienen kan van 9.00 uur op 2 maart 2026 tot 17.00 uur op 31 maart 2026.",
        "2026-02-01",
        "2026-03-31",
        "17:00",
        "deadline",
    ),
    (
        "de",
        "Anträge können von 9:00 Uhr am 02.03.2026 bis 12:00 Uhr am 31.03.2026 gestellt werden.",
        "2026-02-01",
        "2026-03-31",
        "12:00",
        "deadline",
    ),
]

# One time said once, in brackets or with its time zone, after a list of cut-off dates: the
# time of each of them.
ONE_TIME_FOR_A_LIST: list[Case] = [
    (
        "fr",
        "Dates de clôture : 3 février 2026, 5 mai 2026 et 6 octobre 2026 (12h00, heure de "
        "Bruxelles).",
        "2026-03-01",
        "2026-05-05",
        "12:00",
        "deadline",
    ),
    (
        "nl",
        "Sluitingsdata: 3 februari 2026, 5 mei 2026 en 6 oktober 2026 (17.00 uur Belgische tijd).",
        "2026-03-01",
        "2026-05-05",
        "17:00",
        "deadline",
    ),
    (
        "en",
        "Cut-off dates in 2026: 5 February 2026, 7 May 2026 and 1 October 2026 (5 pm CET).",
        "2026-03-01",
        "2026-05-07",
        "17:00",
        "deadline",
    ),
    (
        "en",
        "Cut-off dates: 5 February 2026, 7 May 2026 and 1 October 2026 at 17:00 CET.",
        "2026-03-01",
        "2026-05-07",
        "17:00",
        "deadline",
    ),
    (
        "de",
        "Stichtage: 15.01.2026, 15.04.2026 und 15.09.2026 (12:00 Uhr MEZ).",
        "2026-02-01",
        "2026-04-15",
        "12:00",
        "deadline",
    ),
    (
        "nl",
        "Indiendata: 15/01/2026, 15/04/2026 en 15/09/2026 om 12 uur (Belgische tijd).",
        "2026-02-01",
        "2026-04-15",
        "12:00",
        "deadline",
    ),
    # not a list: the time of an info session is not the deadline's
    (
        "fr",
        "Clôture le 10 mars 2026 et séance d'information le 20 février 2026 (14h00).",
        "2026-02-01",
        "2026-03-10",
        None,
        "deadline",
    ),
]

# Tender notices (TED and its national copies): a heading line names the fields under it,
# "Date:" and "Local time:".
FIELDS_UNDER_A_HEADING: list[Case] = [
    (
        "fr",
        "Date limite de réception des offres ou des demandes de participation\nDate : "
        "15/01/2026\nHeure locale : 14:00",
        "2025-12-01",
        "2026-01-15",
        "14:00",
        "deadline",
    ),
    (
        "fr",
        "Publication de l'avis\nDate : 02/12/2025\nDate limite de réception des offres\nDate : "
        "15/01/2026\nHeure locale : 14:00",
        "2025-12-02",
        "2026-01-15",
        "14:00",
        "deadline",
    ),
    (
        "nl",
        "Termijn voor ontvangst van inschrijvingen of verzoeken tot deelneming\nDatum: "
        "15/01/2026\nPlaatselijke tijd: 14:00",
        "2025-12-01",
        "2026-01-15",
        "14:00",
        "deadline",
    ),
    (
        "en",
        "Time limit for receipt of applications\nDate: 20/02/2026\nLocal time: 16:00",
        "2026-01-10",
        "2026-02-20",
        "16:00",
        "deadline",
    ),
    # the time's label on the date's own line
    (
        "fr",
        "Date limite de réception des offres\nDate : 15/01/2026 Heure locale : 14:00",
        "2025-12-01",
        "2026-01-15",
        "14:00",
        "deadline",
    ),
    (
        "en",
        "Time limit for receipt of tenders: 02/12/2025 Local time: 17:00",
        "2025-11-01",
        "2025-12-02",
        "17:00",
        "deadline",
    ),
    (
        "nl",
        "Termijn voor ontvangst van inschrijvingen: 15/01/2026 Plaatselijke tijd: 14:00",
        "2025-12-01",
        "2026-01-15",
        "14:00",
        "deadline",
    ),
    (
        "de",
        "Schlusstermin für den Eingang der Angebote oder Teilnahmeanträge\nDatum: "
        "15.01.2026\nOrtszeit: 10:00",
        "2025-12-01",
        "2026-01-15",
        "10:00",
        "deadline",
    ),
]

# A pre-registration (a "Voranmeldung", an "inscription préalable") is not the deadline to
# apply, however it is bounded.
PRE_REGISTRATION: list[Case] = [
    (
        "fr",
        "Une inscription préalable est demandée avant le 10 avril 2026 ; la date de dépôt des "
        "dossiers suivra.",
        "2026-03-01",
        None,
        None,
        "none",
    ),
    (
        "nl",
        "Vooraf aanmelden kan tot 10 april 2026; de indiendatum volgt later.",
        "2026-03-01",
        None,
        None,
        "none",
    ),
    (
        "en",
        "Prior registration is required by 10 April 2026; the submission date follows later.",
        "2026-03-01",
        None,
        None,
        "none",
    ),
    (
        "de",
        "Eine Voranmeldung ist bis 15.05.2026 möglich; die Antragsfrist wird später genannt.",
        "2026-03-01",
        None,
        None,
        "none",
    ),
    (
        "de",
        "Voranmeldung bis 15.05.2026, Antragsfrist 30.06.2026.",
        "2026-03-01",
        "2026-06-30",
        None,
        "deadline",
    ),
]

# Words of summaries (blind7's call sets): a contract's kind is no project period ("contrat à
# durée indéterminée"), a plan that is "due" is submitted, a programme that runs ("Das
# Programm läuft bis", "Het programma loopt tot") is in force, Swiss "Eingabetermin".
SUMMARY_WORDINGS: list[Case] = [
    (
        "fr",
        "Contrat à durée indéterminée, envoyez CV et lettre de motivation avant le "
        "5 décembre 2025.",
        "2025-11-01",
        "2025-12-05",
        None,
        "deadline",
    ),
    (
        "en",
        "Delivery plans are due by 27 February 2026.",
        "2026-01-10",
        "2026-02-27",
        None,
        "deadline",
    ),
    ("de", "Das Programm läuft bis 31. Dezember 2027.", "2026-01-10", None, None, "none"),
    ("nl", "Het programma loopt tot 31 december 2027.", "2026-01-10", None, None, "none"),
    ("de", "Nächster Eingabetermin: 31. März 2026.", "2026-01-10", "2026-03-31", None, "deadline"),
]

# Round 6 (blind8's misses). A time beside its date written as PDFs and foundations write it:
# dotted after "at", "om", "um" or a comma, or before a time zone ("12.00 (UK time)"); said
# before the date with its word for hours ("by 16:00 hrs on", "bis 12 Uhr mittags am", "avant
# 16 heures le"); on the next line after a dash that ends a table's cell ("10 June 2026 –\n17:00").
TIMES_BESIDE_THE_DATE: list[Case] = [
    (
        "en",
        "Deadline: Monday 9 March 2026, 17.00 (UK time).",
        "2026-01-10",
        "2026-03-09",
        "17:00",
        "deadline",
    ),
    (
        "en",
        "Applications close on 2 April 2026 at 12.00 Brussels time.",
        "2026-01-10",
        "2026-04-02",
        "12:00",
        "deadline",
    ),
    (
        "en",
        "Applications must reach us by 14:00 hrs on Tuesday 3 March 2026.",
        "2026-01-10",
        "2026-03-03",
        "14:00",
        "deadline",
    ),
    (
        "fr",
        "Les candidatures sont à déposer avant 16 heures le 12 mars 2026.",
        "2026-01-10",
        "2026-03-12",
        "16:00",
        "deadline",
    ),
    (
        "fr",
        "Date limite : jeudi 12 mars 2026, 16.00 (heure de Bruxelles).",
        "2026-01-10",
        "2026-03-12",
        "16:00",
        "deadline",
    ),
    (
        "nl",
        "Indienen kan tot 12 maart 2026 om 16.00.",
        "2026-01-10",
        "2026-03-12",
        "16:00",
        "deadline",
    ),
    (
        "nl",
        "Aanvragen moeten binnen zijn tegen 12 uur 's middags op 12 maart 2026.",
        "2026-01-10",
        "2026-03-12",
        "12:00",
        "deadline",
    ),
    (
        "de",
        "Einsendeschluss ist der 12. März 2026 um 16.00.",
        "2026-01-10",
        "2026-03-12",
        "16:00",
        "deadline",
    ),
    (
        "de",
        "Anträge sind bis 12 Uhr mittags am 5. März 2026 einzureichen.",
        "2026-01-10",
        "2026-03-05",
        "12:00",
        "deadline",
    ),
    (
        "en",
        "Launch\n16 March 2026\nClosing date\n10 June 2026 –\n17:00 CEST\nEvaluation\nJuly 2026",
        "2026-03-01",
        "2026-06-10",
        "17:00",
        "deadline",
    ),
    (
        "fr",
        "Lancement\n16 mars 2026\nDate limite\n10 juin 2026 –\n16h00\nSélection\njuillet 2026",
        "2026-03-01",
        "2026-06-10",
        "16:00",
        "deadline",
    ),
    (
        "nl",
        "Lancering\n16 maart 2026\nDeadline\n10 juni 2026 –\n12u00\nSelectie\njuli 2026",
        "2026-03-01",
        "2026-06-10",
        "12:00",
        "deadline",
    ),
    (
        "de",
        "Start\n16.03.2026\nEinreichungsfrist\n10.06.2026 –\n12:00 Uhr\nAuswahl\nJuli 2026",
        "2026-03-01",
        "2026-06-10",
        "12:00",
        "deadline",
    ),
]

# A sentence or a label cut over several lines by a PDF's extraction: a line that does not
# end a sentence or a label and a next line that begins in lower case are one clause.
SOFT_LINE_BREAKS: list[Case] = [
    (
        "fr",
        "Les candidatures doivent parvenir au plus tard\nle 12 mars 2026\nà 16 heures\n"
        "à l'adresse suivante.",
        "2026-01-10",
        "2026-03-12",
        "16:00",
        "deadline",
    ),
    (
        "fr",
        "- Date limite de dépôt des\ndossiers :\nle 12 mars 2026 à 12 heures\n"
        "- Jury : 2 avril 2026",
        "2026-01-10",
        "2026-03-12",
        "12:00",
        "deadline",
    ),
    (
        "nl",
        "De aanvraag moet uiterlijk\nop 12 maart 2026\nom 16.00 uur\nworden ingediend.",
        "2026-01-10",
        "2026-03-12",
        "16:00",
        "deadline",
    ),
    (
        "nl",
        "- Uiterste datum voor het\nindienen van de aanvraag:\n12 maart 2026\n- Jury: 2 april 2026",
        "2026-01-10",
        "2026-03-12",
        None,
        "deadline",
    ),
    (
        "en",
        "Applications must be received no later\nthan 12 March 2026\nat 16:00\nby the secretariat.",
        "2026-01-10",
        "2026-03-12",
        "16:00",
        "deadline",
    ),
    (
        "en",
        "- Deadline for the submission of\nfull applications:\n12 March 2026\n"
        "- Interviews: 2 April 2026",
        "2026-01-10",
        "2026-03-12",
        None,
        "deadline",
    ),
    (
        "de",
        "Der Antrag muss spätestens\nam 12. März 2026\num 16 Uhr\nbei der Bewilligungsstelle"
        " eingehen.",
        "2026-01-10",
        "2026-03-12",
        "16:00",
        "deadline",
    ),
    (
        "de",
        "- Frist für die Einreichung der\nvollständigen Anträge:\n12.03.2026\n"
        "- Auswahlsitzung: 02.04.2026",
        "2026-01-10",
        "2026-03-12",
        None,
        "deadline",
    ),
]

# First come, first served: applications taken in the order they arrive, until the money
# runs out, is a permanent call.
FIRST_COME_FIRST_SERVED: list[Case] = [
    (
        "nl",
        "De regeling werkt volgens het principe 'wie eerst komt, eerst maalt'.",
        "2026-01-10",
        None,
        None,
        "permanent",
    ),
    (
        "nl",
        "Aanvragen worden behandeld in volgorde van ontvangst tot het budget op is.",
        "2026-01-10",
        None,
        None,
        "permanent",
    ),
    (
        "fr",
        "Les demandes sont traitées selon le principe « premier arrivé, premier servi ».",
        "2026-01-10",
        None,
        None,
        "permanent",
    ),
    (
        "fr",
        "Les dossiers sont traités dans l'ordre d'arrivée jusqu'à ce que le budget soit épuisé.",
        "2026-01-10",
        None,
        None,
        "permanent",
    ),
    (
        "en",
        "Applications are assessed on a first-come, first-served basis.",
        "2026-01-10",
        None,
        None,
        "permanent",
    ),
    (
        "en",
        "Applications are dealt with in the order received until the budget runs out.",
        "2026-01-10",
        None,
        None,
        "permanent",
    ),
    (
        "de",
        "Die Anträge werden in der Reihenfolge ihres Eingangs bearbeitet.",
        "2026-01-10",
        None,
        None,
        "permanent",
    ),
    (
        "de",
        "Es gilt das Prinzip „Wer zuerst kommt, mahlt zuerst“, bis das Budget ausgeschöpft ist.",
        "2026-01-10",
        None,
        None,
        "permanent",
    ),
]

# A list of "date – what happens", the label after the date ("31 août 2026 – date limite de
# remise des projets"), its items out of order.
DATE_THEN_ITS_LABEL: list[Case] = [
    (
        "fr",
        "Calendrier : 2 février 2026 – séance d'information ; 15 janvier 2026 – lancement ; "
        "30 avril 2026 – date limite de dépôt.",
        "2026-01-10",
        "2026-04-30",
        None,
        "deadline",
    ),
    (
        "nl",
        "Timing: 2 februari 2026 – infosessie; 15 januari 2026 – lancering; 30 april 2026 – "
        "uiterste indiendatum.",
        "2026-01-10",
        "2026-04-30",
        None,
        "deadline",
    ),
    (
        "en",
        "Key dates: 2 February 2026 – information session; 15 January 2026 – launch; "
        "30 April 2026 – deadline for applications.",
        "2026-01-10",
        "2026-04-30",
        None,
        "deadline",
    ),
    (
        "de",
        "Termine: 02.02.2026 – Informationsveranstaltung; 15.01.2026 – Start; 30.04.2026 – "
        "Einreichungsfrist.",
        "2026-01-10",
        "2026-04-30",
        None,
        "deadline",
    ),
]

# A label on its own line over a date whose line begins with its article ("Date limite :\nle
# 26 juin 2026", "Einreichungsfrist:\nam 30.04.2026").
LABEL_ABOVE_A_DATE_WITH_ITS_ARTICLE: list[Case] = [
    (
        "fr",
        "Date limite de dépôt :\nle 30 avril 2026\nJury :\nle 20 mai 2026",
        "2026-01-10",
        "2026-04-30",
        None,
        "deadline",
    ),
    (
        "nl",
        "Uiterste indiendatum:\nop 30 april 2026\nJury:\nop 20 mei 2026",
        "2026-01-10",
        "2026-04-30",
        None,
        "deadline",
    ),
    (
        "en",
        "Closing date:\non 30 April 2026\nPanel meeting:\non 20 May 2026",
        "2026-01-10",
        "2026-04-30",
        None,
        "deadline",
    ),
    (
        "de",
        "Einreichungsfrist:\nam 30.04.2026\nJurysitzung:\nam 20.05.2026",
        "2026-01-10",
        "2026-04-30",
        None,
        "deadline",
    ),
]

# A registration of interest, to be sent the guidance when it is out, before the deadline is
# known ("Deadline: TBC. Please register your interest by 15 May"): not the deadline.
REGISTERED_INTEREST: list[Case] = [
    (
        "en",
        "Deadline: TBC. Please register your interest by 15 May 2026 so that we can send you "
        "the guidance.",
        "2026-04-01",
        None,
        None,
        "none",
    ),
    (
        "fr",
        "Date limite : à confirmer. Signalez votre intérêt avant le 15 mai 2026 pour recevoir "
        "le guide dès sa parution.",
        "2026-04-01",
        None,
        None,
        "none",
    ),
    (
        "nl",
        "Deadline: nog te bepalen. Laat uw interesse weten vóór 15 mei 2026, dan sturen we u "
        "de richtlijnen.",
        "2026-04-01",
        None,
        None,
        "none",
    ),
    (
        "de",
        "Frist: wird noch bekannt gegeben. Registrieren Sie Ihr Interesse bis zum 15. Mai 2026,"
        " damit wir Ihnen den Leitfaden senden.",
        "2026-04-01",
        None,
        None,
        "none",
    ),
]

# A table of calls, one per row, its columns the window's start and end ("Förderaufruf\tBeginn
# \tEnde"): the row names the call, the column header names its date.
TABLE_OF_CALLS: list[Case] = [
    (
        "de",
        "Förderaufruf\tBeginn\tEnde\nESF Plus – Integration in Arbeit\t01.04.2026\t29.05.2026",
        "2026-03-01",
        "2026-05-29",
        None,
        "deadline",
    ),
    (
        "fr",
        "Appel\tDébut\tFin\nInsertion socioprofessionnelle\t01/04/2026\t29/05/2026",
        "2026-03-01",
        "2026-05-29",
        None,
        "deadline",
    ),
    (
        "nl",
        "Oproep\tStart\tEinde\nSociale inschakeling\t01/04/2026\t29/05/2026",
        "2026-03-01",
        "2026-05-29",
        None,
        "deadline",
    ),
    (
        "en",
        "Call\tStart\tEnd\nSocial inclusion of young people\t01/04/2026\t29/05/2026",
        "2026-03-01",
        "2026-05-29",
        None,
        "deadline",
    ),
]

# Round 7 (blind9's misses, by cause). A time's label on its own line or after a bullet, as
# PDFs and fact lists give it ("Heure limite\n12:00", "• Tijdstip: 11u00").
TIME_LABEL_ON_ITS_OWN_LINE: list[Case] = [
    (
        "fr",
        "Date limite\n30/06/2026\nHeure limite\n16:00\nAdresse : appels@region.be",
        "2026-03-01",
        "2026-06-30",
        "16:00",
        "deadline",
    ),
    (
        "nl",
        "Praktisch\n• Indiendatum: dinsdag 30 juni 2026\n• Uur: 16u00\n• Via het portaal",
        "2026-03-01",
        "2026-06-30",
        "16:00",
        "deadline",
    ),
    (
        "en",
        "Closing date\n30 June 2026\nTime\n16:00\nSubmit through the portal.",
        "2026-03-01",
        "2026-06-30",
        "16:00",
        "deadline",
    ),
    (
        "de",
        "Einreichungsfrist\n30.06.2026\n• Uhrzeit: 16:00\nEinreichung über das Portal",
        "2026-03-01",
        "2026-06-30",
        "16:00",
        "deadline",
    ),
]

# The time before the date, with "a.m."/"p.m." (which end no sentence), or a weekday's short
# form; the label that says the period ends ("Fristende").
TIME_OR_WEEKDAY_BEFORE_THE_DATE: list[Case] = [
    (
        "en",
        "Closing date: 5 p.m. (BST), Friday 12 June 2026. Grants of up to £40,000.",
        "2026-04-01",
        "2026-06-12",
        "17:00",
        "deadline",
    ),
    (
        "en",
        "Applications must be in by 11 a.m. (CET), Monday 8 June 2026. Decisions in July.",
        "2026-04-01",
        "2026-06-08",
        "11:00",
        "deadline",
    ),
    (
        "fr",
        "Date limite : 17h, vendredi 12 juin 2026. Les résultats suivront en juillet.",
        "2026-04-01",
        "2026-06-12",
        "17:00",
        "deadline",
    ),
    (
        "nl",
        "Deadline: 17 uur, vrijdag 12 juni 2026. De resultaten volgen in juli.",
        "2026-04-01",
        "2026-06-12",
        "17:00",
        "deadline",
    ),
    ("de", "Fristende: Fr., 12.06.2026, 17 Uhr", "2026-04-01", "2026-06-12", "17:00", "deadline"),
    ("de", "Fristablauf ist der 12.06.2026.", "2026-04-01", "2026-06-12", None, "deadline"),
]

# A struck-through date flattened to text: the old date, then the new one, nothing between,
# and the text says it changed.
STRUCK_THROUGH_DATE: list[Case] = [
    (
        "en",
        "Closing date: 30 April 2026 15 May 2026 (extended)\nWho can apply: charities.",
        "2026-04-01",
        "2026-05-15",
        None,
        "deadline",
    ),
    (
        "fr",
        "Date limite : 30 avril 2026 15 mai 2026 (prolongée)\nPour qui : les ASBL.",
        "2026-04-01",
        "2026-05-15",
        None,
        "deadline",
    ),
    (
        "nl",
        "Deadline: 30 april 2026 15 mei 2026 (verlengd)\nVoor wie: vzw's.",
        "2026-04-01",
        "2026-05-15",
        None,
        "deadline",
    ),
    (
        "de",
        "Frist: 30.04.2026 15.05.2026 (verlängert)\nAntragsberechtigt: Vereine.",
        "2026-04-01",
        "2026-05-15",
        None,
        "deadline",
    ),
]

# A stage open only to those invited, named with the inflected word ("des vollständigen
# Antrags"), and numbered rounds written as compounds ("2. Einreichungsrunde"): the next one
# on or after the day read, the first still when it closes that very day.
LATER_STAGE_AND_NUMBERED_ROUNDS: list[Case] = [
    (
        "de",
        "Einreichung der Projektskizze bis 15.03.2026; nach Aufforderung Einreichung des"
        " ausführlichen Antrags bis 30.06.2026.",
        "2026-04-01",
        "2026-06-30",
        None,
        "deadline",
    ),
    (
        "fr",
        "Note d'intention pour le 15 mars 2026 ; dossier complet sur invitation pour le"
        " 30 juin 2026.",
        "2026-04-01",
        "2026-06-30",
        None,
        "deadline",
    ),
    (
        "nl",
        "Conceptnota tegen 15 maart 2026; volledig voorstel op uitnodiging tegen 30 juni 2026.",
        "2026-04-01",
        "2026-06-30",
        None,
        "deadline",
    ),
    (
        "en",
        "Outline proposals by 15 March 2026; full applications by invitation only by 30 June 2026.",
        "2026-04-01",
        "2026-06-30",
        None,
        "deadline",
    ),
    (
        "de",
        "1. Einreichungsrunde: bis 15. April 2026; 2. Einreichungsrunde: bis 15. Juli 2026.",
        "2026-04-15",
        "2026-04-15",
        None,
        "deadline",
    ),
    (
        "fr",
        "1re vague : jusqu'au 15 avril 2026 ; 2e vague : jusqu'au 15 juillet 2026.",
        "2026-04-15",
        "2026-04-15",
        None,
        "deadline",
    ),
    (
        "nl",
        "Indienronde 1: tot 15 april 2026; indienronde 2: tot 15 juli 2026.",
        "2026-04-15",
        "2026-04-15",
        None,
        "deadline",
    ),
    (
        "en",
        "Round 1: by 15 April 2026; round 2: by 15 July 2026.",
        "2026-04-15",
        "2026-04-15",
        None,
        "deadline",
    ),
]

# The date by which a grant's holder accounts for it (a report, a justification of its use) is
# no submission deadline of a call.
REPORT_DUE_DATES: list[Case] = [
    (
        "fr",
        "Compte rendu d'emploi de la subvention : le formulaire est à renvoyer avant le"
        " 31 mars 2026.",
        "2026-01-10",
        None,
        None,
        "none",
    ),
    (
        "nl",
        "De verantwoording van de toelage bezorgt u ons uiterlijk op 31 maart 2026.",
        "2026-01-10",
        None,
        None,
        "none",
    ),
    (
        "en",
        "Grant holders must send the end of grant report by 31 March 2026.",
        "2026-01-10",
        None,
        None,
        "none",
    ),
    (
        "de",
        "Der Verwendungsnachweis ist bis 31.03.2026 vorzulegen.",
        "2026-01-10",
        None,
        None,
        "none",
    ),
]

# A selection session or round names a round of the call, not the jury's decision: its
# dates are the call's (here twice a year, so recurring).
SELECTION_SESSIONS: list[Case] = [
    (
        "fr",
        "Deux sessions de sélection par an : dépôt avant le 15 mai pour la session de juin,"
        " avant le 15 novembre pour la session de décembre.",
        "2026-03-02",
        "2026-05-15",
        None,
        "recurring",
    ),
    (
        "nl",
        "Twee selectierondes per jaar: indienen vóór 15 mei voor de ronde van juni, vóór"
        " 15 november voor de ronde van december.",
        "2026-03-02",
        "2026-05-15",
        None,
        "recurring",
    ),
    (
        "en",
        "Two selection sessions a year: apply by 15 May for the June session, by 15 November"
        " for the December session.",
        "2026-03-02",
        "2026-05-15",
        None,
        "recurring",
    ),
    (
        "de",
        "Zwei Auswahlrunden pro Jahr: Einreichung bis 15. Mai für die Runde im Juni, bis"
        " 15. November für die Runde im Dezember.",
        "2026-03-02",
        "2026-05-15",
        None,
        "recurring",
    ),
    (
        "fr",
        "Les résultats de la sélection seront communiqués le 15 juin 2026.",
        "2026-03-02",
        None,
        None,
        "none",
    ),
    (
        "en",
        "Results of the selection will be announced on 15 June 2026.",
        "2026-03-02",
        None,
        None,
        "none",
    ),
]

# The date to register by for an event or an information session just dated is that
# gathering's, not a submission deadline; a deadline said after it still is one.
REGISTERING_FOR_AN_EVENT: list[Case] = [
    (
        "de",
        "Die Auftaktveranstaltung findet am 12. März 2026 in Eupen statt. Anmeldung bis 10. März.",
        "2026-02-02",
        None,
        None,
        "none",
    ),
    (
        "fr",
        "La journée de lancement aura lieu le 12 mars 2026 à Namur. Inscription obligatoire"
        " jusqu'au 10 mars.",
        "2026-02-02",
        None,
        None,
        "none",
    ),
    (
        "nl",
        "De startdag vindt plaats op 12 maart 2026 in Gent. Inschrijven kan tot 10 maart.",
        "2026-02-02",
        None,
        None,
        "none",
    ),
    (
        "en",
        "An information session takes place on 12 March 2026. Registration by 10 March.",
        "2026-02-02",
        None,
        None,
        "none",
    ),
    (
        "nl",
        "Infosessie op 12 maart 2026; inschrijven tot 10 maart. Aanvragen indienen tot"
        " 30 april 2026.",
        "2026-02-02",
        "2026-04-30",
        None,
        "deadline",
    ),
    (
        "fr",
        "Séance d'information le 12 mars 2026 ; inscription avant le 10 mars. Date limite de"
        " dépôt : 30 avril 2026.",
        "2026-02-02",
        "2026-04-30",
        None,
        "deadline",
    ),
    (
        "de",
        "Infoveranstaltung am 12.03.2026, Anmeldung bis 10.03.2026. Einreichungsfrist: 30.04.2026.",
        "2026-02-02",
        "2026-04-30",
        None,
        "deadline",
    ),
    (
        "en",
        "Webinar on 12 March 2026 (register by 10 March). Applications close on 30 April 2026.",
        "2026-02-02",
        "2026-04-30",
        None,
        "deadline",
    ),
]

# An ordinal whose noun is left out ("et une seconde le …") names the same thing as the date
# before it, even when a clause about the first comes between: the waves of one call.
ELIDED_ORDINAL: list[Case] = [
    (
        "fr",
        "Deux vagues : une première clôture le 15 octobre 2025, pour les projets démarrant en"
        " janvier, et une seconde le 15 février 2026.",
        "2025-11-03",
        "2026-02-15",
        None,
        "deadline",
    ),
    (
        "nl",
        "Twee indienmomenten: een eerste deadline op 15 oktober 2025, voor projecten die in"
        " januari starten, en een tweede op 15 februari 2026.",
        "2025-11-03",
        "2026-02-15",
        None,
        "deadline",
    ),
    (
        "en",
        "Two waves: a first deadline on 15 October 2025, for projects starting in January,"
        " and a second on 15 February 2026.",
        "2025-11-03",
        "2026-02-15",
        None,
        "deadline",
    ),
    (
        "de",
        "Zwei Wellen: eine erste Frist am 15. Oktober 2025, für Projekte mit Beginn im"
        " Januar, und eine zweite am 15. Februar 2026.",
        "2025-11-03",
        "2026-02-15",
        None,
        "deadline",
    ),
    (
        "en",
        "Two waves: a first deadline on 15 October 2025, for projects starting in January,"
        " and a second on 15 February 2026.",
        "2025-09-01",
        "2025-10-15",
        None,
        "deadline",
    ),
    (
        "fr",
        "Une première séance d'information le 3 mars 2026, pour les associations, et une"
        " seconde le 10 mars 2026. Date limite : 30 avril 2026.",
        "2026-02-01",
        "2026-04-30",
        None,
        "deadline",
    ),
]


# Round 8 (blind10's misses): each cause below was written, from our own wordings, before the
# change that reads it.

# An ISO date after its label: the mention begins at its year, so the label stands right
# before it ("Deadline | 2025-10-03", "Date limite : 2026-03-16").
ISO_DATE_AFTER_ITS_LABEL: list[Case] = [
    (
        "fr",
        "Type | Appel à projets\nDate limite | 2026-03-16\nBudget | 200.000 €",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "nl",
        "Soort | Projectoproep\nDeadline | 2025-11-14\nDoelgroep | Jongeren",
        "2025-09-01",
        "2025-11-14",
        None,
        "deadline",
    ),
    (
        "en",
        "Status: open\nClosing date: 2026-04-30\nFunder: City council",
        "2026-02-01",
        "2026-04-30",
        None,
        "deadline",
    ),
    (
        "de",
        "Art | Förderaufruf\nEinreichungsfrist | 2026-05-15\nZielgruppe | Frauen",
        "2026-02-01",
        "2026-05-15",
        None,
        "deadline",
    ),
]

# What is submitted named with the project ("Projektanträge", "dépôt des projets", "submission
# of projects"): the end of its submission, not the end of the projects' period.
SUBMITTED_PROJECTS_END: list[Case] = [
    (
        "de",
        "Die Frist zur Einreichung der Projektanträge endet am 15.04.2026 um 12 Uhr.",
        "2026-01-10",
        "2026-04-15",
        "12:00",
        "deadline",
    ),
    (
        "de",
        "Die Einreichung der Projektvorschläge endet am 30. Juni 2026.",
        "2026-03-01",
        "2026-06-30",
        None,
        "deadline",
    ),
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
        "De indiening van projecten eindigt op 15 april 2026 om 12u00.",
        "2026-01-10",
        "2026-04-15",
        "12:00",
        "deadline",
    ),
    (
        "en",
        "Submission of projects ends on 15 April 2026 at 12:00.",
        "2026-01-10",
        "2026-04-15",
        "12:00",
        "deadline",
    ),
    # the projects' own period stays the projects'
    (
        "de",
        "Einreichung bis 31.03.2026. Die Projekte enden am 31.12.2027.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
]

# A table whose header row names the column of dates and whose first cell names the row (the
# call): the header, not the row's name, tells what the date is.
COLUMN_HEADER_OVER_A_NAMED_ROW: list[Case] = [
    (
        "de",
        "Förderaufruf | Frist\nBerufliche Integration – Jugendliche | 30.04.2026\nStatus | offen",
        "2026-01-14",
        "2026-04-30",
        None,
        "deadline",
    ),
    (
        "fr",
        "Appel | Date limite\nInclusion numérique des seniors | 15/05/2026",
        "2026-01-14",
        "2026-05-15",
        None,
        "deadline",
    ),
    (
        "nl",
        "Oproep | Deadline\nDuurzaam werk voor nieuwkomers | 12/06/2026",
        "2026-01-14",
        "2026-06-12",
        None,
        "deadline",
    ),
    (
        "en",
        "Call | Closing date\nYouth employment pathways | 19/06/2026",
        "2026-01-14",
        "2026-06-19",
        None,
        "deadline",
    ),
    (
        "en",
        "Call | Published\nYouth employment pathways | 19/01/2026",
        "2026-01-20",
        None,
        None,
        "none",
    ),
]

# The day the proposals must arrive by: "vor dem 1. Juli … eingehen", "doivent parvenir avant",
# "moeten … toekomen vóór", "must reach us before".
ARRIVAL_BY_A_DAY: list[Case] = [
    (
        "de",
        "Die Projektvorschläge müssen vor dem 1. Juli 2026 beim Ministerium eingehen.",
        "2026-05-15",
        "2026-07-01",
        None,
        "deadline",
    ),
    (
        "de",
        "Die Unterlagen müssen bis zum 15. Mai 2026 (Posteingang) beim Amt eingegangen sein.",
        "2026-03-15",
        "2026-05-15",
        None,
        "deadline",
    ),
    (
        "de",
        "Bitte reichen Sie Ihre Unterlagen vor dem 20.06.2026 ein.",
        "2026-05-15",
        "2026-06-20",
        None,
        "deadline",
    ),
    (
        "fr",
        "Les propositions doivent parvenir au service avant le 1er juillet 2026.",
        "2026-05-15",
        "2026-07-01",
        None,
        "deadline",
    ),
    (
        "nl",
        "De voorstellen moeten vóór 1 juli 2026 bij de administratie toekomen.",
        "2026-05-15",
        "2026-07-01",
        None,
        "deadline",
    ),
    (
        "en",
        "Proposals must reach the department before 1 July 2026.",
        "2026-05-15",
        "2026-07-01",
        None,
        "deadline",
    ),
]

# German deadline sentences in their common forms.
GERMAN_DEADLINE_FORMS: list[Case] = [
    ("de", "Einsendeschluss ist der 31.3.2026.", "2026-01-10", "2026-03-31", None, "deadline"),
    (
        "de",
        "Abgabefrist: 15. April 2026, 24:00 Uhr",
        "2026-01-10",
        "2026-04-15",
        "23:59",
        "deadline",
    ),
    (
        "de",
        "Bewerbungsschluss: Freitag, 17. April 2026",
        "2026-01-10",
        "2026-04-17",
        None,
        "deadline",
    ),
    (
        "de",
        "Anträge können bis spätestens 30. April 2026 gestellt werden.",
        "2026-01-10",
        "2026-04-30",
        None,
        "deadline",
    ),
    (
        "de",
        "Bewerbungen werden bis einschließlich 8. Mai 2026 entgegengenommen.",
        "2026-01-10",
        "2026-05-08",
        None,
        "deadline",
    ),
    (
        "de",
        "Stichtag für die Einreichung ist der 29.05.2026.",
        "2026-01-10",
        "2026-05-29",
        None,
        "deadline",
    ),
    (
        "de",
        "Es gilt eine Ausschlussfrist: 12.06.2026, 12:00 Uhr.",
        "2026-01-10",
        "2026-06-12",
        "12:00",
        "deadline",
    ),
    (
        "de",
        "Die Anträge sind bis zum 19. Juni 2026 (Eingang beim Landesamt) einzureichen.",
        "2026-01-10",
        "2026-06-19",
        None,
        "deadline",
    ),
    (
        "de",
        "Die Skizzen müssen bis 26.06.2026 eingereicht werden.",
        "2026-01-10",
        "2026-06-26",
        None,
        "deadline",
    ),
    ("de", "Anträge können bis Ende März gestellt werden.", "2026-01-10", None, None, "none"),
    (
        "de",
        "Die Bewerbungsfrist endet am Montag, 2. März 2026 um 24:00 Uhr.",
        "2026-01-10",
        "2026-03-02",
        "23:59",
        "deadline",
    ),
    (
        "de",
        "Ihre Bewerbung senden Sie bitte bis zum 31.3. an die Geschäftsstelle.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
    # the French, Dutch and English forms of the same
    (
        "fr",
        "Les candidatures doivent être introduites au plus tard le 31.3.2026.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
    (
        "nl",
        "Aanvragen indienen kan tot en met 31 maart 2026, 24:00 uur.",
        "2026-01-10",
        "2026-03-31",
        "23:59",
        "deadline",
    ),
    ("en", "Applications close at the end of March.", "2026-01-10", None, None, "none"),
]

# A time zone after a time before the date: "by 11:59 p.m. ET on November 3".
TIME_ZONE_BEFORE_THE_DATE: list[Case] = [
    (
        "en",
        "Applications must be submitted by 11:59 p.m. ET on November 3, 2026.",
        "2026-09-01",
        "2026-11-03",
        "23:59",
        "deadline",
    ),
    (
        "en",
        "Proposals are due by 5:00 p.m. PT on March 2, 2026.",
        "2026-01-01",
        "2026-03-02",
        "17:00",
        "deadline",
    ),
    (
        "fr",
        "Dépôt jusqu'à 17h00 CET le 3 mars 2026.",
        "2026-01-01",
        "2026-03-03",
        "17:00",
        "deadline",
    ),
    (
        "nl",
        "Indienen kan tot 17u00 CET op 3 maart 2026.",
        "2026-01-01",
        "2026-03-03",
        "17:00",
        "deadline",
    ),
    (
        "de",
        "Einreichung bis 17:00 Uhr MEZ am 3. März 2026.",
        "2026-01-01",
        "2026-03-03",
        "17:00",
        "deadline",
    ),
]

# The day a call opens for applications, named by the verb with what is submitted after it
# ("opens for applications on", "ouvert aux candidatures le", "open sinds", "depuis le"): an
# opening, not a deadline.
OPENS_FOR_APPLICATIONS: list[Case] = [
    (
        "en",
        "The fund opens for applications on Monday 5 January 2026.",
        "2025-11-12",
        None,
        None,
        "none",
    ),
    (
        "en",
        "Applications have been open since 2 June and close in the autumn.",
        "2025-06-05",
        None,
        None,
        "none",
    ),
    (
        "fr",
        "L'appel sera ouvert aux candidatures le lundi 5 janvier 2026.",
        "2025-11-12",
        None,
        None,
        "none",
    ),
    (
        "fr",
        "Les candidatures sont ouvertes depuis le 2 juin et jusqu'à la mi-septembre.",
        "2025-06-05",
        None,
        None,
        "none",
    ),
    (
        "nl",
        "De oproep opent voor aanvragen op maandag 5 januari 2026.",
        "2025-11-12",
        None,
        None,
        "none",
    ),
    (
        "nl",
        "Aanvragen kunnen sinds 2 juni worden ingediend, tot half september.",
        "2025-06-05",
        None,
        None,
        "none",
    ),
    (
        "de",
        "Das Portal öffnet für Anträge am Montag, 5. Januar 2026.",
        "2025-11-12",
        None,
        None,
        "none",
    ),
    (
        "de",
        "Bewerbungen sind seit dem 2. Juni möglich, bis Mitte September.",
        "2025-06-05",
        None,
        None,
        "none",
    ),
    # the window's end after its opening is still read
    (
        "en",
        "The fund opens for applications on 5 January 2026 and closes on 20 February 2026.",
        "2025-11-12",
        "2026-02-20",
        None,
        "deadline",
    ),
]

# A time in brackets on the line after its date, as a PDF's calendar gives it.
TIME_IN_BRACKETS_ON_THE_NEXT_LINE: list[Case] = [
    (
        "fr",
        "• Date limite de dépôt : 16/01/2026\n(12h00)\n• Décision : avril 2026",
        "2025-11-04",
        "2026-01-16",
        "12:00",
        "deadline",
    ),
    (
        "nl",
        "• Deadline: 16/01/2026\n(12u00)\n• Beslissing: april 2026",
        "2025-11-04",
        "2026-01-16",
        "12:00",
        "deadline",
    ),
    (
        "en",
        "• Closing date: 16/01/2026\n(12:00 CET)\n• Decision: April 2026",
        "2025-11-04",
        "2026-01-16",
        "12:00",
        "deadline",
    ),
    (
        "de",
        "• Einreichungsfrist: 16.01.2026\n(12:00 Uhr)\n• Entscheidung: April 2026",
        "2025-11-04",
        "2026-01-16",
        "12:00",
        "deadline",
    ),
]


# Several deadlines listed together in a text read without a reference date (a call's
# summary): the first of the list, the first that can be the next one.
LISTED_DEADLINES_WITHOUT_A_REFERENCE: list[Case] = [
    (
        "de",
        "Eingabetermine sind der 1. März und der 1. September 2026.",
        "",
        "2026-03-01",
        None,
        "deadline",
    ),
    (
        "fr",
        "Les dates de dépôt sont le 15 mars et le 15 septembre 2026.",
        "",
        "2026-03-15",
        None,
        "deadline",
    ),
    ("nl", "Indienen kan tot 1 april en tot 1 oktober 2026.", "", "2026-04-01", None, "deadline"),
    (
        "en",
        "Closing dates are 14 January, 13 May and 16 September 2026.",
        "",
        "2026-01-14",
        None,
        "deadline",
    ),
    # a first stage and a full proposal are no list: the final deadline
    (
        "en",
        "Outline proposals by 2 March 2026; full proposals by 15 June 2026.",
        "",
        "2026-06-15",
        None,
        "deadline",
    ),
]

# The period the funding covers, given by its own years ("Förderzeitraum 2026 bis 2028"),
# before the deadline of the applications for it: the period's noun names its years, not the
# date after them.
PERIOD_WITH_ITS_YEARS_BEFORE_THE_DEADLINE: list[Case] = [
    (
        "de",
        "Anträge für den Förderzeitraum 2026 bis 2028 bis 15. Januar 2026.",
        "2025-11-01",
        "2026-01-15",
        None,
        "deadline",
    ),
    (
        "fr",
        "Demandes pour la période de programmation 2026-2028 jusqu'au 15 janvier 2026.",
        "2025-11-01",
        "2026-01-15",
        None,
        "deadline",
    ),
    (
        "nl",
        "Aanvragen voor de projectperiode 2026-2028 tot 15 januari 2026.",
        "2025-11-01",
        "2026-01-15",
        None,
        "deadline",
    ),
    (
        "en",
        "Applications for the funding period 2026 to 2028 by 15 January 2026.",
        "2025-11-01",
        "2026-01-15",
        None,
        "deadline",
    ),
    # the period's own end date stays the period's
    (
        "en",
        "Apply by 15 January 2026. The funding period runs until 31 December 2028.",
        "2025-11-01",
        "2026-01-15",
        None,
        "deadline",
    ),
]


# The deadline's time said apart from its date, with a bound ("uiterlijk om 17u00", "au plus
# tard à 12h00", "no later than 5 pm", "spätestens um 12:00 Uhr"): the time of the deadline.
TIME_SAID_APART_WITH_A_BOUND: list[Case] = [
    (
        "fr",
        "Date limite : 16 mars 2026. Les dossiers sont à déposer au plus tard à 12h00 sur "
        "le guichet.",
        "2026-01-05",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    (
        "nl",
        "Deadline: 16 september 2026 — Indienen via het portaal, uiterlijk om 17u00 "
        "Brusselse tijd.",
        "2026-05-27",
        "2026-09-16",
        "17:00",
        "deadline",
    ),
    (
        "en",
        "Closing date: 16 March 2026. Applications must be submitted no later than 5 pm "
        "through the portal.",
        "2026-01-05",
        "2026-03-16",
        "17:00",
        "deadline",
    ),
    (
        "de",
        "Einreichungsfrist: 16.03.2026. Anträge sind spätestens um 12:00 Uhr im Portal "
        "hochzuladen.",
        "2026-01-05",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    # a time with no bound is another thing's
    (
        "fr",
        "Date limite : 16 mars 2026. La séance d'information a lieu à 14h00.",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
]


# Round 9 (blind12's misses): each cause below was written, from our own wordings, before the
# change that reads it.

# A label and its date separated by an empty line, as PDFs and portal layouts extract them
# ("Date limite de dépôt\n\n30 novembre 2025\n\n23:59"): the label still names the date, and
# a time alone on the next line but one, or in brackets, is still the date's.
LABEL_ABOVE_AN_EMPTY_LINE: list[Case] = [
    (
        "fr",
        "Date limite de dépôt\n\n16 mars 2026\n\n12h00\n\nBudget total : 800 000 €",
        "2026-01-10",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    (
        "nl",
        "Uiterste indieningsdatum\n\n16 maart 2026\n\n(om 12 uur)",
        "2026-01-10",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    (
        "en",
        "Closing date\n\n16 March 2026\n\n(at 5 pm)\n\nType of action\nGrant",
        "2026-01-10",
        "2026-03-16",
        "17:00",
        "deadline",
    ),
    (
        "de",
        "Einreichungsfrist\n\n16.03.2026\n\n(um 12:00 Uhr)\n\n• Förderhöhe: bis zu 50.000 €",
        "2026-01-10",
        "2026-03-16",
        "12:00",
        "deadline",
    ),
    (
        "de",
        "Antragsschluss\n\n16.03.2026\n\n• Laufzeit: 24 Monate",
        "2026-01-10",
        "2026-03-16",
        None,
        "deadline",
    ),
    # each label names its own date, the other labels of the layout do not
    (
        "fr",
        "Séance d'information\n\n12 février 2026\n\nDate limite\n\n16 mars 2026",
        "2026-01-10",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "nl",
        "Deadline\n\n16 maart 2026\n\nInfosessie\n\n12 februari 2026",
        "2026-01-10",
        "2026-03-16",
        None,
        "deadline",
    ),
    (
        "en",
        "Opening date\n\n12 January 2026\n\nDeadline\n\n16 March 2026",
        "2026-01-05",
        "2026-03-16",
        None,
        "deadline",
    ),
    # a sentence is no label, however close: a date under it is named by nothing
    (
        "en",
        "The call was presented to the partners at the annual meeting in Brussels.\n\n"
        "12 February 2026",
        "2026-01-10",
        None,
        None,
        "none",
    ),
]

# The application window of a programme that comes back each year: the programme is the
# complement ("für das Programm", "for the programme"), not the subject of "läuft/runs", so
# the window is no rule in force.
YEARLY_WINDOW_FOR_A_PROGRAMME: list[Case] = [
    (
        "de",
        "Die Bewerbungsphase für das Programm läuft vom 1. März bis zum 15. April eines "
        "jeden Jahres.",
        "2026-05-06",
        "2027-04-15",
        None,
        "recurring",
    ),
    (
        "fr",
        "La période de candidature pour le programme court du 1er mars au 15 avril de "
        "chaque année.",
        "2026-05-06",
        "2027-04-15",
        None,
        "recurring",
    ),
    (
        "nl",
        "De aanvraagperiode voor het programma loopt van 1 maart tot 15 april van elk jaar.",
        "2026-05-06",
        "2027-04-15",
        None,
        "recurring",
    ),
    (
        "en",
        "The application window for the programme runs from 1 March to 15 April each year.",
        "2026-05-06",
        "2027-04-15",
        None,
        "recurring",
    ),
    # the programme itself running until a day is still a rule in force
    (
        "de",
        "Das Programm läuft bis zum 31. Dezember 2027.",
        "2026-05-06",
        None,
        None,
        "none",
    ),
]

# Last year's closing, or the previous round's: a past round's date, not this call's deadline.
PREVIOUS_ROUNDS_CLOSING: list[Case] = [
    (
        "en",
        "The fund reopens in the autumn. Last year's round closed on 14 March 2025.",
        "2026-01-14",
        None,
        None,
        "none",
    ),
    (
        "fr",
        "L'appel reviendra au printemps. L'édition précédente s'est clôturée le 14 mars 2025.",
        "2026-01-14",
        None,
        None,
        "none",
    ),
    (
        "nl",
        "De oproep komt in het najaar terug. Vorig jaar sloot de oproep op 14 maart 2025.",
        "2026-01-14",
        None,
        None,
        "none",
    ),
    (
        "de",
        "Der Aufruf startet im Herbst neu. Im Vorjahr endete die Antragsfrist am 14. März 2025.",
        "2026-01-14",
        None,
        None,
        "none",
    ),
    # this year's deadline beside last year's
    (
        "en",
        "Last year's round closed on 14 March 2025; this year's deadline is 13 March 2026.",
        "2026-01-14",
        "2026-03-13",
        None,
        "deadline",
    ),
    (
        "fr",
        "L'an dernier, l'appel a été clôturé le 14 mars 2025. Cette année, la date limite est "
        "fixée au 13 mars 2026.",
        "2026-01-14",
        "2026-03-13",
        None,
        "deadline",
    ),
]

# Guards written after the change: a comparison with last year, and what a report of the
# previous year covers, name no past round.
PAST_YEAR_NAMES_NO_ROUND: list[Case] = [
    (
        "fr",
        "Comme l'an dernier, la date limite est fixée au 31 mars 2026.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
    (
        "nl",
        "Net als vorig jaar is de deadline 31 maart 2026.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
    (
        "en",
        "Applications with last year's accounts must be submitted by 31 March 2026.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
    (
        "de",
        "Die Anträge mit dem Kassenbericht des Vorjahres sind bis zum 31. März 2026 einzureichen.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
    # the money applied for by a day, and spent later
    (
        "de",
        "Der Antrag ist bis zum 31. März 2026 einzureichen, die Mittel sind bis Jahresende zu "
        "verausgaben.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
]

# The day the results are expected ("Resultaten … worden verwacht op", "Die Ergebnisse …
# werden am … erwartet"): a decision, not a deadline.
RESULTS_EXPECTED: list[Case] = [
    (
        "nl",
        "De resultaten van de oproep worden verwacht op 15 juli 2026. De projecten lopen van "
        "1 september 2026 tot 31 augustus 2028. De aanvraagperiode start op 1 mei 2026.",
        "2026-04-02",
        None,
        None,
        "none",
    ),
    (
        "nl",
        "De uitslag wordt verwacht op 15 juli 2026. Indienen kan tot 15 mei 2026.",
        "2026-04-02",
        "2026-05-15",
        None,
        "deadline",
    ),
    (
        "fr",
        "Les résultats de l'appel sont attendus pour le 15 juillet 2026. L'appel ouvre le "
        "1er mai 2026.",
        "2026-04-02",
        None,
        None,
        "none",
    ),
    (
        "en",
        "Results of the call are expected on 15 July 2026. The call opens on 1 May 2026.",
        "2026-04-02",
        None,
        None,
        "none",
    ),
    (
        "de",
        "Die Ergebnisse des Aufrufs werden am 15. Juli 2026 erwartet. Die Antragsphase beginnt "
        "am 1. Mai 2026.",
        "2026-04-02",
        None,
        None,
        "none",
    ),
]

# The period the projects must be carried out in ("mis en œuvre entre", "implemented
# between", "zwischen … umzusetzen"), beside a deadline still to be announced: a project
# period, no deadline.
IMPLEMENTATION_BETWEEN: list[Case] = [
    (
        "fr",
        "Les projets devront être mis en œuvre entre le 1er janvier 2027 et le 31 décembre "
        "2028. La date de remise sera précisée ultérieurement.",
        "2026-05-11",
        None,
        None,
        "none",
    ),
    (
        "fr",
        "Les actions doivent être mises en œuvre entre le 1er janvier 2027 et le 31 décembre "
        "2028. Dépôt des candidatures jusqu'au 30 septembre 2026.",
        "2026-05-11",
        "2026-09-30",
        None,
        "deadline",
    ),
    (
        "en",
        "Projects must be implemented between 1 January 2027 and 31 December 2028. The "
        "submission date will be announced later.",
        "2026-05-11",
        None,
        None,
        "none",
    ),
    (
        "nl",
        "De projecten moeten uitgevoerd worden tussen 1 januari 2027 en 31 december 2028. De "
        "indieningsdatum wordt later bekendgemaakt.",
        "2026-05-11",
        None,
        None,
        "none",
    ),
    (
        "de",
        "Die Vorhaben sind zwischen dem 1. Januar 2027 und dem 31. Dezember 2028 umzusetzen. "
        "Der Einreichungstermin wird noch bekannt gegeben.",
        "2026-05-11",
        None,
        None,
        "none",
    ),
]

# The day the funds received must be committed or spent by: what the funded do with the
# money, not the day to apply by.
FUNDS_SPENT_BY: list[Case] = [
    ("en", "Funds must be committed by 31 March 2026.", "2026-01-10", None, None, "none"),
    (
        "fr",
        "Les crédits doivent être engagés avant le 31 mars 2026.",
        "2026-01-10",
        None,
        None,
        "none",
    ),
    (
        "nl",
        "De middelen moeten vóór 31 maart 2026 vastgelegd zijn.",
        "2026-01-10",
        None,
        None,
        "none",
    ),
    (
        "de",
        "Die Fördermittel sind bis zum 31. Dezember 2026 zu verausgaben.",
        "2026-01-10",
        None,
        None,
        "none",
    ),
    (
        "en",
        "The grant must be spent by 31 March 2027. Applications close on 20 February 2026.",
        "2026-01-10",
        "2026-02-20",
        None,
        "deadline",
    ),
]

# The postmark that counts ("Poststempel", "cachet de la poste", "postmark"): the deadline.
POSTMARK: list[Case] = [
    (
        "de",
        "Maßgeblich ist das Datum des Poststempels: 31. März 2026.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
    ("de", "Es gilt der Poststempel vom 31.03.2026.", "2026-01-10", "2026-03-31", None, "deadline"),
    (
        "fr",
        "Les dossiers sont à envoyer pour le 31 mars 2026, le cachet de la poste faisant foi.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
    (
        "nl",
        "De datum van de poststempel geldt: 31 maart 2026.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
    ("en", "Postmarked no later than 31 March 2026.", "2026-01-10", "2026-03-31", None, "deadline"),
]

# German deadline sentences, the finite verb at the end of the clause, separable verbs, the
# day of arrival, the period that ends, a month or a week only (no day: none).
GERMAN_SENTENCES: list[Case] = [
    (
        "de",
        "Die Anträge müssen bis zum 31. März 2026 bei der Bewilligungsstelle eingegangen sein.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
    (
        "de",
        "Anträge sind bis spätestens 31. März 2026 schriftlich beim Landesamt einzureichen.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
    (
        "de",
        "Anträge können vom 1. Februar bis 31. März 2026 gestellt werden.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
    (
        "de",
        "Bewerbungen reichen Sie bitte bis 31. März 2026 über das Portal ein.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
    (
        "de",
        "Die Unterlagen schicken Sie bis zum 31.3. an die Geschäftsstelle.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
    (
        "de",
        "Anträge werden zum Stichtag 31. März 2026 berücksichtigt.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
    (
        "de",
        "Eingang der Anträge bis 31.3.2026, 12 Uhr.",
        "2026-01-10",
        "2026-03-31",
        "12:00",
        "deadline",
    ),
    (
        "de",
        "Die Frist endet am 31. März 2026 um 24:00 Uhr.",
        "2026-01-10",
        "2026-03-31",
        "23:59",
        "deadline",
    ),
    (
        "de",
        "Anträge nehmen wir ab dem 1. Februar 2026 bis zum 31. März 2026 entgegen.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
    ("de", "Anträge können bis Ende März 2026 gestellt werden.", "2026-01-10", None, None, "none"),
    ("de", "Anträge sind bis KW 12 einzureichen.", "2026-01-10", None, None, "none"),
    # the same sentence forms in the other languages
    (
        "fr",
        "Les demandes doivent être parvenues à l'administration au plus tard le 31 mars 2026.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
    (
        "nl",
        "Aanvragen moeten uiterlijk op 31 maart 2026 bij de administratie toegekomen zijn.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
    (
        "en",
        "Applications must have reached the office by 31 March 2026.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
]


# The day a round of assessment begins, in a rolling call: when the round starts, not a day
# to apply by ("next assessment round begins 1 June", "begint op", "commence le").
ROUND_THAT_BEGINS: list[Case] = [
    (
        "en",
        "Rolling programme; the next assessment round begins on 1 June 2026.",
        "2026-01-10",
        None,
        None,
        "permanent",
    ),
    (
        "fr",
        "Appel permanent ; la prochaine session d'évaluation commence le 1er juin 2026.",
        "2026-01-10",
        None,
        None,
        "permanent",
    ),
    (
        "nl",
        "Doorlopende oproep; de volgende beoordelingsronde begint op 1 juni 2026.",
        "2026-01-10",
        None,
        None,
        "permanent",
    ),
    (
        "de",
        "Anträge sind jederzeit möglich; die nächste Bewertungsrunde beginnt am 1. Juni 2026.",
        "2026-01-10",
        None,
        None,
        "permanent",
    ),
    # a round that opens and closes: its close is the deadline
    (
        "en",
        "The next round starts on 1 June 2026 and closes on 30 June 2026.",
        "2026-01-10",
        "2026-06-30",
        None,
        "deadline",
    ),
]

# Registering for a conference or a study day the text presents without its date ("Die
# Fachtagung … Anmeldung bis 2. März"): a registration, not a call's deadline; a call's
# "aanmelden" (applying) stays the deadline.
REGISTERING_FOR_A_GATHERING: list[Case] = [
    (
        "de",
        "Die Fachtagung bringt Praxis und Wissenschaft zusammen. Anmeldung bis 2. März 2026; "
        "Teilnahme kostenfrei.",
        "2026-01-10",
        None,
        None,
        "none",
    ),
    (
        "fr",
        "Le colloque réunit chercheurs et praticiens. Inscription jusqu'au 2 mars 2026 ; "
        "participation gratuite.",
        "2026-01-10",
        None,
        None,
        "none",
    ),
    (
        "nl",
        "De studiedag brengt praktijk en onderzoek samen. Inschrijven kan tot 2 maart 2026.",
        "2026-01-10",
        None,
        None,
        "none",
    ),
    (
        "en",
        "The conference brings practitioners and researchers together. Register by 2 March 2026.",
        "2026-01-10",
        None,
        None,
        "none",
    ),
    # a call whose projects hold workshops, registered for by a day: still the call's deadline
    (
        "fr",
        "Appel à projets : un atelier d'insertion par commune. Inscription jusqu'au 2 mars "
        "2026 via le formulaire en ligne.",
        "2026-01-10",
        "2026-03-02",
        None,
        "deadline",
    ),
    (
        "en",
        "Call for proposals: one community event on employment per town. Register by 2 March "
        "2026 to apply.",
        "2026-01-10",
        "2026-03-02",
        None,
        "deadline",
    ),
    (
        "nl",
        "Aanmelden voor de oproep kan tot 2 maart 2026 via het formulier.",
        "2026-01-10",
        "2026-03-02",
        None,
        "deadline",
    ),
    (
        "fr",
        "Les candidatures sont à introduire avant le 31 mars 2026. Un atelier d'écriture est "
        "proposé aux porteurs ; inscription jusqu'au 1er mars 2026.",
        "2026-01-10",
        "2026-03-31",
        None,
        "deadline",
    ),
]


# Round 10. A table as text extraction gives it: a header row, then value rows whose cells
# stand under it (tabs, pipes, several spaces); the column's header names each date, the
# row's first cell names the stage, and an hour may stand in a row of its own.
TABLE_HEADER_AND_ROWS: list[Case] = [
    (
        "en",
        "Reference | Title | Deadline\nESF/2026/004 | Pathways into employment for young"
        " adults leaving care | 2026-03-12",
        "2026-01-10",
        "2026-03-12",
        None,
        "deadline",
    ),
    (
        "fr",
        "Phase\tOuverture\tClôture\nNote d'intention\t5 janv. 2026\t6 févr. 2026\n"
        "Dossier complet\t2 mars 2026\t17 avril 2026",
        "2026-02-20",
        "2026-04-17",
        None,
        "deadline",
    ),
    (
        "nl",
        "Fase | Opent | Sluit\nFase 1 | 1 maart 2026 | 30 april 2026\nFase 2 | 1 juni 2026"
        " | 15 september 2026",
        "2026-05-10",
        "2026-09-15",
        None,
        "deadline",
    ),
    (
        "de",
        "Stufe    Beginn    Ende\nProjektskizze    12.01.2026    06.02.2026\n"
        "Vollantrag    02.03.2026    17.04.2026",
        "2026-02-20",
        "2026-04-17",
        None,
        "deadline",
    ),
    (
        "fr",
        "Appel | Oproep\nDate de dépôt / Indiendatum | 12/03/2026\nHeure / Uur | 16h00",
        "2026-01-10",
        "2026-03-12",
        "16:00",
        "deadline",
    ),
    (
        "de",
        "Aufruf | Einreichfrist | Uhrzeit\nBeschäftigung älterer Arbeitsloser | 15.05.2026"
        " | 12:00 Uhr",
        "2026-02-01",
        "2026-05-15",
        "12:00",
        "deadline",
    ),
    (
        "en",
        "Stage\tOpens\tCloses\nStage 1\t1 March 2026\t30 April 2026",
        "2026-02-01",
        "2026-04-30",
        None,
        "deadline",
    ),
    (
        "nl",
        "Oproep\tDeadline\nWerkplekleren in de zorg\t3 april 2026",
        "2026-02-01",
        "2026-04-03",
        None,
        "deadline",
    ),
]

# A deadline postponed, once or twice: the latest date announced wins, whatever came first,
# also when a struck-through date is flattened into the text before the new one.
POSTPONED_AGAIN: list[Case] = [
    (
        "fr",
        "La date de clôture, initialement fixée au 10 mars 2026, puis reportée au 24 mars,"
        " est désormais prolongée au 7 avril 2026.",
        "2026-02-15",
        "2026-04-07",
        None,
        "deadline",
    ),
    (
        "nl",
        "De indiendatum van 10 maart 2026 werd eerst verlengd tot 24 maart en daarna nog eens"
        " verlengd tot 7 april 2026.",
        "2026-02-15",
        "2026-04-07",
        None,
        "deadline",
    ),
    (
        "en",
        "The deadline, first set for 10 March 2026 and then moved to 24 March, has been"
        " extended again to 7 April 2026.",
        "2026-02-15",
        "2026-04-07",
        None,
        "deadline",
    ),
    (
        "de",
        "Die Einreichfrist (ursprünglich 10. März 2026, dann 24. März) wurde erneut bis"
        " 7. April 2026 verlängert.",
        "2026-02-15",
        "2026-04-07",
        None,
        "deadline",
    ),
]

POSTPONED_AGAIN += [
    (
        "fr",
        "Report : initialement prévue le 10 mars, puis le 24 mars, la clôture de l'appel est"
        " désormais fixée au 7 avril 2026 à midi.",
        "2026-03-05",
        "2026-04-07",
        "12:00",
        "deadline",
    ),
    (
        "en",
        "Extension: first due on 10 March, then on 24 March, the closing date is now set at"
        " 7 April 2026.",
        "2026-03-05",
        "2026-04-07",
        None,
        "deadline",
    ),
    (
        "nl",
        "Verlenging: eerst gepland op 10 maart, daarna op 24 maart, is de indiendatum nu"
        " vastgelegd op 7 april 2026.",
        "2026-03-05",
        "2026-04-07",
        None,
        "deadline",
    ),
    (
        "de",
        "Die Frist wurde bis zum 7. April 2026 verlängert (ursprünglich 10. März).",
        "2026-03-05",
        "2026-04-07",
        None,
        "deadline",
    ),
]

# A window "open from A to B at 23:59" is the call's: it ends on B, at that hour, whatever
# the next sentence says of the projects; a time ends no sentence less than a word does.
WINDOW_WITH_ITS_HOUR: list[Case] = [
    (
        "fr",
        "L'appel est ouvert du 2 février 2026 au 13 mars 2026 à 23h59. Les projets retenus"
        " débuteront le 1er juin 2026.",
        "2026-02-02",
        "2026-03-13",
        "23:59",
        "deadline",
    ),
    (
        "nl",
        "De oproep staat open van 2 februari 2026 tot 13 maart 2026 om 23u59. De projecten"
        " starten op 1 juni 2026.",
        "2026-02-02",
        "2026-03-13",
        "23:59",
        "deadline",
    ),
    (
        "en",
        "The call is open from 2 February 2026 to 13 March 2026 at 23:59. Funded projects will"
        " start on 1 June 2026.",
        "2026-02-02",
        "2026-03-13",
        "23:59",
        "deadline",
    ),
    (
        "de",
        "Der Aufruf läuft vom 2. Februar 2026 bis 13. März 2026 um 23:59 Uhr. Die Projekte"
        " beginnen am 1. Juni 2026.",
        "2026-02-02",
        "2026-03-13",
        "23:59",
        "deadline",
    ),
]

# "Until Friday": a weekday without its date counts from a date the text gives (a dated
# week, a publication day): the next such day on or after it; without one, no deadline.
RELATIVE_WEEKDAY: list[Case] = [
    (
        "en",
        "Posted Tuesday 3 March 2026. Charities have until Friday to apply for the last"
        " places on the programme.",
        "2026-03-03",
        "2026-03-06",
        None,
        "deadline",
    ),
    (
        "fr",
        "Publié le lundi 9 mars 2026. Les associations peuvent introduire leur candidature"
        " jusqu'à vendredi.",
        "2026-03-09",
        "2026-03-13",
        None,
        "deadline",
    ),
    (
        "nl",
        "Nieuws van 9 maart 2026. Organisaties kunnen nog tot vrijdag een aanvraag indienen.",
        "2026-03-09",
        "2026-03-13",
        None,
        "deadline",
    ),
    (
        "de",
        "Meldung vom 9. März 2026: Träger können sich noch bis Freitag bewerben.",
        "2026-03-09",
        "2026-03-13",
        None,
        "deadline",
    ),
    (
        "en",
        "Charities have until Friday to apply for the last places on the programme.",
        "2026-03-03",
        None,
        None,
        "none",
    ),
    (
        "fr",
        "Les associations peuvent introduire leur candidature jusqu'à vendredi.",
        "2026-03-09",
        None,
        None,
        "none",
    ),
]

# (office hours name weekdays as a span, never a deadline)
RELATIVE_WEEKDAY += [
    (
        "de",
        "Frist: 30. April 2026. Unser Büro ist Montag bis Freitag von 9 bis 16 Uhr erreichbar.",
        "2026-03-09",
        "2026-04-30",
        None,
        "deadline",
    ),
    (
        "nl",
        "Het loket is open van maandag tot vrijdag. Publicatie: 9 maart 2026.",
        "2026-03-09",
        None,
        None,
        "none",
    ),
    (
        "en",
        "Published 9 March 2026. The helpline is staffed Monday until Friday.",
        "2026-03-09",
        None,
        None,
        "none",
    ),
    (
        "fr",
        "Publié le 9 mars 2026. Permanence téléphonique du lundi jusqu'au vendredi.",
        "2026-03-09",
        None,
        None,
        "none",
    ),
]

# The sentence whose verb comes last: the date and the hour, then the place, then the verb
# that makes it a deadline ("… bei der Behörde vorliegen", "… binnen zijn").
VERB_AT_THE_END: list[Case] = [
    (
        "de",
        "Die Unterlagen müssen am 27.03.2026 bis 15.30 Uhr bei der Verwaltungsbehörde vorliegen.",
        "2026-02-09",
        "2026-03-27",
        "15:30",
        "deadline",
    ),
    (
        "de",
        "Die Anträge sind am 17.04.2026 bis 12 Uhr bei der Stadt abzugeben.",
        "2026-02-09",
        "2026-04-17",
        "12:00",
        "deadline",
    ),
    (
        "nl",
        "De stukken moeten op 27 maart 2026 om 15.30 uur bij de administratie toekomen.",
        "2026-02-09",
        "2026-03-27",
        "15:30",
        "deadline",
    ),
    (
        "fr",
        "Les documents doivent, le 27 mars 2026 à 15h30 au plus tard, être parvenus à"
        " l'administration.",
        "2026-02-09",
        "2026-03-27",
        "15:30",
        "deadline",
    ),
    (
        "en",
        "All documents must, on 27 March 2026 by 15:30, have reached the managing authority.",
        "2026-02-09",
        "2026-03-27",
        "15:30",
        "deadline",
    ),
]

# A first round's deadline said in the past beside the current round's ("(Frist war der
# 15. Mai)"): a day without its year said in the past lies before the day the text is read.
PAST_ROUND_IN_BRACKETS: list[Case] = [
    (
        "de",
        "Nach der ersten Runde (Frist war der 15. Mai) können sich Träger bis zum 30."
        " September 2026 für die zweite Runde bewerben.",
        "2026-07-08",
        "2026-09-30",
        None,
        "deadline",
    ),
    (
        "fr",
        "Après la première vague (la date limite était le 15 mai), les porteurs peuvent"
        " déposer pour la deuxième vague jusqu'au 30 septembre 2026.",
        "2026-07-08",
        "2026-09-30",
        None,
        "deadline",
    ),
    (
        "nl",
        "Na de eerste ronde (de deadline was 15 mei) kunnen organisaties tot 30 september 2026"
        " indienen voor de tweede ronde.",
        "2026-07-08",
        "2026-09-30",
        None,
        "deadline",
    ),
    (
        "en",
        "After the first round (the deadline was 15 May), organisations can apply to the"
        " second round until 30 September 2026.",
        "2026-07-08",
        "2026-09-30",
        None,
        "deadline",
    ),
]

# A time said before its date: "11:59 p.m. Eastern on Monday, February 2", "à 12h le 3
# mars", "om 17 uur op 4 mei", "um 12 Uhr am 3. März", "12:00 noon 08/12/2025".
TIME_BEFORE_THE_DATE: list[Case] = [
    (
        "en",
        "Letters of intent are due by 11:59 p.m. Eastern on Monday, March 2, 2026.",
        "2026-01-10",
        "2026-03-02",
        "23:59",
        "deadline",
    ),
    (
        "en",
        "Tender return deadline: 12:00 noon 15/04/2026 (UK time).",
        "2026-01-10",
        "2026-04-15",
        "12:00",
        "deadline",
    ),
    (
        "fr",
        "Les candidatures sont à envoyer au plus tard à 12h le 3 mars 2026.",
        "2026-01-10",
        "2026-03-03",
        "12:00",
        "deadline",
    ),
    (
        "nl",
        "Aanvragen moeten binnen zijn om 17 uur op 4 mei 2026.",
        "2026-01-10",
        "2026-05-04",
        "17:00",
        "deadline",
    ),
    (
        "de",
        "Anträge sind spätestens um 12 Uhr am 3. März 2026 einzureichen.",
        "2026-01-10",
        "2026-03-03",
        "12:00",
        "deadline",
    ),
    (
        "en",
        "Stage\tOpens\tCloses\nStage 1\t1 March 2026 09:00\t30 April 2026",
        "2026-02-01",
        "2026-04-30",
        None,
        "deadline",
    ),
]

# "The opening of the application phase is announced for 2 June": the day it opens, no
# deadline, whatever is submitted in that phase.
OPENING_OF_A_PHASE: list[Case] = [
    (
        "fr",
        "Appel en deux temps : l'ouverture de la phase de candidature est annoncée pour le"
        " 8 juin 2026.",
        "2026-04-27",
        None,
        None,
        "none",
    ),
    (
        "nl",
        "De opening van de indieningsfase van de kandidaturen is aangekondigd voor 8 juni 2026.",
        "2026-04-27",
        None,
        None,
        "none",
    ),
    (
        "en",
        "The opening of the application phase is announced for 8 June 2026.",
        "2026-04-27",
        None,
        None,
        "none",
    ),
    (
        "de",
        "Die Öffnung der Bewerbungsphase ist für den 8. Juni 2026 angekündigt.",
        "2026-04-27",
        None,
        None,
        "none",
    ),
]


# Round 11 (blind14 and blind15 released). A window that "opens on … and closes on …": the
# closing verb bounds the date after it, whatever noun names the window.
WINDOW_OPENS_AND_CLOSES: list[Case] = [
    (
        "de",
        "Das Antragsfenster öffnet am 2. März 2026 und schließt am 27. März 2026 um 16:00 Uhr MEZ.",
        "2026-02-10",
        "2026-03-27",
        "16:00",
        "deadline",
    ),
    (
        "fr",
        "La fenêtre de dépôt s'ouvre le 2 mars 2026 et se ferme le 27 mars 2026 à 16h00.",
        "2026-02-10",
        "2026-03-27",
        "16:00",
        "deadline",
    ),
    (
        "nl",
        "Het indienvenster opent op 2 maart 2026 en sluit op 27 maart 2026 om 16 uur.",
        "2026-02-10",
        "2026-03-27",
        "16:00",
        "deadline",
    ),
    (
        "en",
        "The application window opens on 2 March 2026 and closes on 27 March 2026 at 16:00.",
        "2026-02-10",
        "2026-03-27",
        "16:00",
        "deadline",
    ),
]

# Deadlines named by their order ("first deadline: …; second deadline: …"), each in its own
# clause: the rounds of one call, so the next one on or after the reading day.
ORDINAL_DEADLINES: list[Case] = [
    (
        "de",
        "Erster Stichtag: 15. Mai 2026; zweiter Stichtag: 15. September 2026.",
        "2026-04-20",
        "2026-05-15",
        None,
        "deadline",
    ),
    (
        "fr",
        "Première échéance : 15 mai 2026 ; deuxième échéance : 15 septembre 2026.",
        "2026-04-20",
        "2026-05-15",
        None,
        "deadline",
    ),
    (
        "nl",
        "Eerste indiendatum: 15 mei 2026; tweede indiendatum: 15 september 2026.",
        "2026-04-20",
        "2026-05-15",
        None,
        "deadline",
    ),
    (
        "en",
        "First closing date: 15 May 2026; second closing date: 15 September 2026.",
        "2026-04-20",
        "2026-05-15",
        None,
        "deadline",
    ),
]

# The hour said after the date, behind a bound or in brackets, or "on the closing day" in
# the next sentence: it is the deadline's hour, even when the text names a past round too.
HOUR_AFTER_THE_DATE: list[Case] = [
    (
        "fr",
        "Le dossier doit parvenir à l'administration pour le 12 juin 2026 au plus tard (14 h).",
        "2026-05-04",
        "2026-06-12",
        "14:00",
        "deadline",
    ),
    (
        "nl",
        "De eerste ronde sloot op 6 februari 2026. Voor de tweede ronde moeten de aanvragen "
        "binnen zijn op vrijdag 12 juni 2026, uiterlijk om 12u00.",
        "2026-05-04",
        "2026-06-12",
        "12:00",
        "deadline",
    ),
    (
        "en",
        "The scheme is open from 4 May until 12 June 2026. Applications can be submitted "
        "until 14:00 on the closing day.",
        "2026-05-04",
        "2026-06-12",
        "14:00",
        "deadline",
    ),
    (
        "de",
        "Das Programm ist vom 4. Mai bis zum 12. Juni 2026 geöffnet. Anträge können bis "
        "14:00 Uhr am letzten Tag eingereicht werden.",
        "2026-05-04",
        "2026-06-12",
        "14:00",
        "deadline",
    ),
    (
        "nl",
        "De regeling is opengesteld van 4 mei tot en met 12 juni 2026. Aanvragen kunnen "
        "worden ingediend tot 14.00 uur op de sluitingsdag.",
        "2026-05-04",
        "2026-06-12",
        "14:00",
        "deadline",
    ),
]

# A first stage said to have ended, then a stage for the invited only: once the open stage
# has passed, the invited stage's deadline is the one left.
INVITED_STAGE_AFTER_A_PAST_ONE: list[Case] = [
    (
        "de",
        "Die Frist für Projektskizzen endete am 16.01.2026. Ausgewählte Träger reichen bis "
        "zum 20. März 2026 einen Antrag ein.",
        "2026-02-10",
        "2026-03-20",
        None,
        "deadline",
    ),
    (
        "fr",
        "La date limite des notes d'intention était le 16 janvier 2026. Les porteurs "
        "présélectionnés déposent leur dossier complet au plus tard le 20 mars 2026.",
        "2026-02-10",
        "2026-03-20",
        None,
        "deadline",
    ),
    (
        "nl",
        "De deadline voor projectideeën was 16 januari 2026. Geselecteerde promotoren dienen "
        "hun volledige aanvraag in tegen 20 maart 2026.",
        "2026-02-10",
        "2026-03-20",
        None,
        "deadline",
    ),
    (
        "en",
        "The deadline for concept notes was 16 January 2026. Shortlisted applicants submit a "
        "full proposal by 20 March 2026.",
        "2026-02-10",
        "2026-03-20",
        None,
        "deadline",
    ),
]

# "Instead of A, by B": A is the date given up, B the deadline now.
INSTEAD_OF_THE_OLD_DATE: list[Case] = [
    (
        "nl",
        "De termijn wordt ingekort: in plaats van 30 juni 2026 moeten de aanvragen nu "
        "uiterlijk 15 april 2026 binnen zijn.",
        "2026-02-18",
        "2026-04-15",
        None,
        "deadline",
    ),
    (
        "fr",
        "Le délai est raccourci : au lieu du 30 juin 2026, les dossiers doivent être "
        "introduits au plus tard le 15 avril 2026.",
        "2026-02-18",
        "2026-04-15",
        None,
        "deadline",
    ),
    (
        "en",
        "Because of high demand, instead of 30 June 2026 applications must now be submitted "
        "by 15 April 2026.",
        "2026-02-18",
        "2026-04-15",
        None,
        "deadline",
    ),
    (
        "de",
        "Die Frist wird verkürzt: statt am 30. Juni 2026 müssen die Anträge nun bis zum "
        "15. April 2026 vorliegen.",
        "2026-02-18",
        "2026-04-15",
        None,
        "deadline",
    ),
]

# A page about an information session or a webinar, named first or organised: registering
# for it by a date is no call's deadline, even when it explains how to apply to one.
REGISTERING_FOR_A_SESSION_NAMED_FIRST: list[Case] = [
    (
        "fr",
        "L'Agence organise une matinée d'information sur le rapport final de la subvention. "
        "Inscription obligatoire avant le 20 novembre 2025.",
        "",
        None,
        None,
        "none",
    ),
    (
        "nl",
        "Het agentschap organiseert een online sessie over het aanvraagformulier. Inschrijven "
        "kan tot 12 november 2025.",
        "",
        None,
        None,
        "none",
    ),
    (
        "en",
        "The agency organises an online session on the grant application form. Registration "
        "required by 12 November 2025.",
        "",
        None,
        None,
        "none",
    ),
    (
        "de",
        "Die Agentur veranstaltet eine Online-Sitzung zum Antragsformular. Anmeldung bis zum "
        "12. November 2025.",
        "",
        None,
        None,
        "none",
    ),
    (
        "nl",
        "Webinar: hoe dien je een projectvoorstel in?\nEen online sessie over het "
        "aanvraagformulier en de budgettabellen. Inschrijven kan tot 12 november 2025.",
        "",
        None,
        None,
        "none",
    ),
    (
        "fr",
        "Séance d'information : justifier sa subvention\nUne matinée sur les pièces "
        "justificatives. Inscription obligatoire avant le 20 novembre 2025.",
        "",
        None,
        None,
        "none",
    ),
    (
        "en",
        "Information session: reporting on your grant\nA morning on supporting documents "
        "and simplified costs. Registration required by 20 November 2025.",
        "",
        None,
        None,
        "none",
    ),
    (
        "de",
        "Infoveranstaltung: Verwendungsnachweis der Förderung\nEin Vormittag zu Belegen und "
        "Pauschalen. Anmeldung erforderlich bis 20. November 2025.",
        "",
        None,
        None,
        "none",
    ),
]

# A period named inside what is submitted ("requests for short projects", "applications for
# the funding period from 2026"): the submission verb and its bound name the date.
PERIOD_INSIDE_WHAT_IS_SUBMITTED: list[Case] = [
    (
        "de",
        "Anträge für den Förderzeitraum ab 2026 sind bis zum 30. September 2025 zu stellen.",
        "",
        "2025-09-30",
        None,
        "deadline",
    ),
    (
        "fr",
        "Les demandes de projets de courte durée sont à introduire pour le 19 février 2026 à "
        "12h00.",
        "",
        "2026-02-19",
        "12:00",
        "deadline",
    ),
    (
        "nl",
        "Aanvragen voor projecten van korte duur moeten worden ingediend tegen 19 februari 2026.",
        "",
        "2026-02-19",
        None,
        "deadline",
    ),
    (
        "en",
        "Requests for projects of short duration are to be submitted by 19 February 2026.",
        "",
        "2026-02-19",
        None,
        "deadline",
    ),
]


# A tender that gives only the opening of the bids: they must be in by then, so that day is
# the deadline (when a receipt deadline is also given, that one stays the deadline).
BIDS_OPENED_ONLY: list[Case] = [
    (
        "fr",
        "La commune lance un marché de travaux avec clause sociale. Ouverture des offres le "
        "10 mars 2026 à 11h00.",
        "",
        "2026-03-10",
        "11:00",
        "deadline",
    ),
    (
        "nl",
        "De gemeente schrijft een opdracht voor werken uit met een sociale clausule. Opening "
        "van de offertes op 10 maart 2026 om 11 uur.",
        "",
        "2026-03-10",
        "11:00",
        "deadline",
    ),
    (
        "en",
        "The council tenders road works with a social clause. Opening of tenders on 10 March "
        "2026 at 11:00.",
        "",
        "2026-03-10",
        "11:00",
        "deadline",
    ),
    (
        "de",
        "Die Gemeinde schreibt Bauarbeiten mit sozialer Klausel aus. Angebotsöffnung am "
        "10. März 2026 um 11:00 Uhr.",
        "",
        "2026-03-10",
        "11:00",
        "deadline",
    ),
    (
        "de",
        "Angebote bis 27.2.2026, 12:00 Uhr. Die Angebotsöffnung erfolgt am 2.3.2026.",
        "2026-02-01",
        "2026-02-27",
        "12:00",
        "deadline",
    ),
]


CAUSES = (
    WORDINGS,
    LABEL_ON_ITS_OWN_LINE,
    TABLE_CELLS,
    HEADER_ROWS,
    HYPHENATED_LINES,
    BULLETS,
    LANGUAGES_MIXED,
    EXTENDED,
    LOCAL_TIMES,
    NOT_DEADLINES_BESIDE_ONE,
    RECURRING,
    ONE_CALLS_WAVES,
    NUMBERED_ROUNDS,
    STAGES,
    RANGE_WITH_TIMES,
    RANGE_WITH_TIMES_BEFORE,
    ONE_TIME_FOR_A_LIST,
    FIELDS_UNDER_A_HEADING,
    PRE_REGISTRATION,
    SUMMARY_WORDINGS,
    TIMES_BESIDE_THE_DATE,
    SOFT_LINE_BREAKS,
    FIRST_COME_FIRST_SERVED,
    DATE_THEN_ITS_LABEL,
    LABEL_ABOVE_A_DATE_WITH_ITS_ARTICLE,
    REGISTERED_INTEREST,
    TABLE_OF_CALLS,
    TIME_LABEL_ON_ITS_OWN_LINE,
    TIME_OR_WEEKDAY_BEFORE_THE_DATE,
    STRUCK_THROUGH_DATE,
    LATER_STAGE_AND_NUMBERED_ROUNDS,
    REPORT_DUE_DATES,
    SELECTION_SESSIONS,
    REGISTERING_FOR_AN_EVENT,
    ELIDED_ORDINAL,
    ISO_DATE_AFTER_ITS_LABEL,
    SUBMITTED_PROJECTS_END,
    COLUMN_HEADER_OVER_A_NAMED_ROW,
    ARRIVAL_BY_A_DAY,
    GERMAN_DEADLINE_FORMS,
    TIME_ZONE_BEFORE_THE_DATE,
    OPENS_FOR_APPLICATIONS,
    TIME_IN_BRACKETS_ON_THE_NEXT_LINE,
    LISTED_DEADLINES_WITHOUT_A_REFERENCE,
    PERIOD_WITH_ITS_YEARS_BEFORE_THE_DEADLINE,
    TIME_SAID_APART_WITH_A_BOUND,
    LABEL_ABOVE_AN_EMPTY_LINE,
    YEARLY_WINDOW_FOR_A_PROGRAMME,
    PREVIOUS_ROUNDS_CLOSING,
    PAST_YEAR_NAMES_NO_ROUND,
    RESULTS_EXPECTED,
    IMPLEMENTATION_BETWEEN,
    FUNDS_SPENT_BY,
    POSTMARK,
    GERMAN_SENTENCES,
    ROUND_THAT_BEGINS,
    REGISTERING_FOR_A_GATHERING,
    TABLE_HEADER_AND_ROWS,
    POSTPONED_AGAIN,
    WINDOW_WITH_ITS_HOUR,
    RELATIVE_WEEKDAY,
    VERB_AT_THE_END,
    PAST_ROUND_IN_BRACKETS,
    TIME_BEFORE_THE_DATE,
    OPENING_OF_A_PHASE,
    WINDOW_OPENS_AND_CLOSES,
    ORDINAL_DEADLINES,
    HOUR_AFTER_THE_DATE,
    INVITED_STAGE_AFTER_A_PAST_ONE,
    INSTEAD_OF_THE_OLD_DATE,
    REGISTERING_FOR_A_SESSION_NAMED_FIRST,
    PERIOD_INSIDE_WHAT_IS_SUBMITTED,
    BIDS_OPENED_ONLY,
)
CASES = [case for cause in CAUSES for case in cause]


def answer(text: str, reference: str) -> tuple[str | None, str | None, str]:
    """What the date reading answers: the deadline (the next occurrence when it recurs),
    its time and its kind; an empty reference reads the text without one."""
    day = dt.date.fromisoformat(reference) if reference else None
    reading = read_dates(text, day)
    deadline = reading.deadline
    found = deadline.date if deadline else None
    if reading.kind == "recurring" and day is not None:
        found = reading.next_occurrence(day) or found
    time = deadline.time.strftime("%H:%M") if deadline and deadline.time else None
    return (found.isoformat() if found else None), time, reading.kind


@pytest.mark.parametrize(("lang", "text", "reference", "date", "time", "kind"), CASES)
def test_deadline_date_time_and_kind(
    lang: str, text: str, reference: str, date: str | None, time: str | None, kind: str
) -> None:
    assert answer(text, reference) == (date, time, kind), lang


def test_every_cause_is_written_in_four_languages() -> None:
    for table in CAUSES:
        assert {case[0] for case in table} == {"fr", "nl", "en", "de"}


@pytest.mark.parametrize("case", PAST_ROUND_IN_BRACKETS)
def test_a_day_said_in_the_past_lies_before_the_reading_day(case: Case) -> None:
    """The first round's day without its year, said in the past, is this year's 15 May
    (before the day the text is read), not next year's."""
    _, text, reference, *_ = case
    first = read_dates(text, dt.date.fromisoformat(reference)).mentions[0]
    assert first.date == dt.date(2026, 5, 15)
