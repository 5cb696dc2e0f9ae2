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
)
CASES = [case for cause in CAUSES for case in cause]


def answer(text: str, reference: str) -> tuple[str | None, str | None, str]:
    """What the date reading answers: the deadline (the next occurrence when it recurs),
    its time and its kind."""
    day = dt.date.fromisoformat(reference)
    reading = read_dates(text, day)
    deadline = reading.deadline
    found = deadline.date if deadline else None
    if reading.kind == "recurring":
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
