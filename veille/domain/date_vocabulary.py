"""The words of dates in four languages: months, weekdays, and the cue words that give a
date its role (deadline, opening, publication, info session...).

Everything is written folded (lower case, no accents), as `veille.domain.text.fold` gives.

>>> MONTHS["maart"], MONTHS["oct"], WEEKDAYS["freitag"]
(3, 10, 4)
>>> [role for role, cues in CUE_RES.items() if any(c.search("uiterlijk op") for c, _ in cues)]
['deadline']
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def _numbered(rows: list[str], start: int) -> dict[str, int]:
    """{word: number} where row i (counted from `start`) lists the words for number i."""
    return {word: number for number, row in enumerate(rows, start=start) for word in row.split()}


MONTHS = _numbered(
    [
        "janvier janv jan januari januar january janner",
        "fevrier fevr fev februari februar february febr feb",
        "mars maart mrt marz march mar maerz mrz",
        "avril avr april apr",
        "mai mei may",
        "juin juni june jun",
        "juillet juill juil juli july jul",
        "aout augustus august aug",
        "septembre september sept sep",
        "octobre oktober october okt oct",
        "novembre november nov",
        "decembre december dezember dez dec",
    ],
    start=1,
)
# English month names, which may come before the day ("June 30th, 2025")
_EN_MONTH_NAMES = (
    "january jan february feb march mar april apr may june jun july jul august aug "
    "september sept sep october oct november nov december dec"
)
EN_MONTHS = {name: MONTHS[name] for name in _EN_MONTH_NAMES.split()}
WEEKDAYS = _numbered(  # Monday is 0, as date.weekday() counts
    [
        "lundi maandag monday montag mon",
        "mardi dinsdag tuesday dienstag tue",
        "mercredi woensdag wednesday mittwoch wed",
        "jeudi donderdag thursday donnerstag thu",
        "vendredi vrijdag friday freitag fri",
        "samedi zaterdag saturday samstag sonnabend sat",
        "dimanche zondag sunday sonntag sun",
    ],
    start=0,
)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of `words`, longest first (so "sept" is tried before "sep")."""
    return "|".join(sorted(words, key=len, reverse=True))


MONTH_RE = alternation(MONTHS)
EN_MONTH_RE = alternation(EN_MONTHS)
WEEKDAY_RE = alternation(WEEKDAYS)
ORDINAL = r"(?:er|re|eme|e|ste|de|st|nd|rd|th)?"

NOON = re.compile(r"\b(?:midi|noon|midday|middag|mittag)\b")
MIDNIGHT = re.compile(r"\b(?:minuit|middernacht|midnight|mitternacht)\b")

# Cue words giving the role of a date, with weights. Searched in the clause before the
# date (and, weaker, after it).
CUES: dict[str, list[tuple[str, float]]] = {
    "deadline": [
        (
            r"dates? limites?|heures? limites?|deadline|clotur|\becheance|uiterste|schluss\b"
            r"|frist(?:en|ende|ablauf)?\b|stichtag|closing date|\bclos(?:e|es|ed|ing)\b|\bdue\b"
            r"|cut-?offs?\b"
            r"|time limit|submi(?:ssions?|tted|t)\b|\bdepo[st]|\bdeposer|soumi[st]|soumettre"
            r"|\bindien|ingediend|inzending|insturen|se clot|\bsluit|afsluit|einreich"
            r"|eingereicht|expire"
            # the closing verb of a window: "öffnet am … und schließt am", "se ferme le"
            r"|\bschliesst\b|\bschliessen\b|se ferme|\bfermera\b"
            r"|introdui|a introduire|\brentrer\b|\bremettre\b|\bremis(?:es)?\b"
            # the noun: "Remise des projets : le mardi 5 mai"
            r"|\bremise des (?:projets|dossiers|candidatures|offres|propositions|demandes)"
            r"|periode d'introduction|date d'introduction|introduction des (?:candidatures"
            r"|dossiers|demandes|projets)"
            # a window to apply in, whose end is the deadline: "Antragsfenster 2.–23. März"
            r"|(?:antrags|bewerbungs|einreichungs|einreich|eingabe)fenster|application window"
            r"|submission window|aanvraagvenster|indienvenster|indieningsperiode|aanvraagperiode"
            r"|indienperiode|fenetre de (?:depot|candidature|soumission)"
            r"|prolong|verleng|extended|verlangert|ultime|\breceived by|\breceipt\b|\bontvangst"
            r"|date butoir|dernier delai|delai de (?:remise|depot|rigueur|reception|soumission)"
            r"|inzend|abgabe|(?:einreich|einsende|bewerbungs|eingabe)termin|schlusstermin"
            # the day it must arrive by: "müssen vor dem … eingehen", "(Posteingang)",
            # "sind bis zum … einzureichen", "doivent parvenir avant le"
            r"|eingehen|eingegangen|eingang\b|einzureich|einzusend|\bparvenir\b"
            # the verb that ends the sentence after the date and the place: "müssen am … bei
            # der Behörde vorliegen", "… abzugeben", "moeten op … bij de dienst toekomen",
            # "doivent, le …, être parvenus à", "must, on …, have reached"
            r"|\bvorliegen\b|\bvorzulegen\b|\babzugeben\b|\bzugehen\b|\bzugegangen\b"
            r"|\btoekomen\b|\bbinnen zijn\b|\bparvenu(?:e?s)?\b|\bhave reached\b|\bmust reach\b"
            # the postmark that counts: "Es gilt der Poststempel vom", "cachet de la poste"
            r"|poststempel\w*(?: vom)?|cachet de la poste|postmark",
            3.0,
        ),
        # what the funder receives by the date, whoever then reads it: "le jury … examine
        # les dossiers reçus au plus tard le", "applications received by", "aanvragen die
        # ontvangen zijn vóór", "Anträge, die bis zum … eingegangen sind"
        (
            r"(?:dossiers|demandes|candidatures|projets|applications|proposals|aanvragen"
            r"|voorstellen|antrage|bewerbungen) (?:\w+ ){0,2}(?:recu(?:e?s)?|received"
            r"|ontvangen|binnengekomen|eingegangen)\b",
            3.5,
        ),
        # what is submitted: nearer to the date than a registration or question cue
        (
            r"candidat|kandidatur|\bapplications?\b|\bproposals?\b|aanvra(?:ag|gen)\b"
            r"|projectvoorstel|\bdossiers?\b|antrag(?:s|e)?\b|bewerbung|interessenbekundung"
            r"|propositions\b|\bproposition (?:complete|detaillee|finale)|pre-?propositions?\b"
            r"|\bdemandes\b|demandes? de (?:subvention|financement|soutien|subside)"
            # (not the jobs a fair offers: "2 000 offres d'emploi", "1.500 Stellenangebote")
            r"|\boffres\b(?! d'emploi| de stage)|offertes?\b|\btenders?\b|\bbids?\b"
            r"|(?<!stellen)(?<!job)angebot|inschrijving"
            r"|vorschlag(?:e|en|s)?\b|sollicit",
            2.5,
        ),
        # a bound, whatever it bounds ("retenus seront avertis au plus tard le"): weaker than
        # the words that name what is bounded (a decision, questions, an info session)
        # the end of a period, whatever the period is ("le projet se termine le")
        (
            r"au plus tard|uiterlijk|ten laatste|spatestens|no later than|not later than"
            r"|at the latest|must be (?:in|received|submitted|sent)\b|prend fin|se termine"
            r"|\beindig|\bendet\b|\bends?\b|must reach\b|\btoekomen\b",
            2.0,
        ),
        (
            # (Dutch "voor" before a dash that sets a date apart is "for", not "before":
            # "Jobbeurs voor nieuwkomers – zaterdag 18 april", an event's heading)
            r"jusqu'?(?:au|a|a la)\b|\bavant\b|tot en met|\btot\b|\buntil\b|\btill\b"
            r"|\bvoor\b(?![^.\d]{0,40}?\s[–—-]\s)"
            r"|\bby\b|\bbefore\b|\bthrough\b|\bbis\b|\bvor\b|\bzum\b|\bapply\b|\baanmelden|attendus|\bsend\b|envoy"
            r"|\btegen\b|verwacht|\bpour le\b|\bt/m\b|\bt\.e\.m\.",
            1.5,
        ),
    ],
    "opening": [
        (
            r"ouverture|lancement|\blance|ouverte? le|\bopening|\bopens?\b(?! until| till| through)"
            r"|opened"
            r"|starting from"
            r"|\bvanaf\b|gelanceerd|opengesteld|gaat in|\bab dem\b|\bab\b|startet|\bdes (?:le|ce)\b"
            r"|a partir du|a compter du|\bstart op\b|beginn"
            # open since that day: "ouvertes depuis le 2 juin", "seit dem 2. Juni möglich"
            r"|\bdepuis\b|\bsinds\b|\bsince\b|\bseit\b"
            # a round or a window of the call that begins that day: "the next round starts
            # on", "la prochaine session de dépôt commence le", "de indienronde begint op" (not
            # what the funded do: "Pilot activities begin on", "De opleiding begint op")
            r"|(?:round|window|ronde|indienronde|beoordelingsronde|oproepronde|aanvraagronde"
            r"|session|periode|period|phase|fase)"
            r" (?:\w+ ){0,2}(?:starts?|begins?|commences?|commencera|begint)\b",
            2.5,
        ),
        # the opening of a phase or a window, whatever is submitted in it: "l'ouverture de
        # la phase de candidature est annoncée pour le", "de opening van de indieningsfase",
        # "the opening of the application phase", "die Öffnung der Bewerbungsphase"
        (
            r"(?:ouverture|opening|openstelling|offnung) (?:de |du |des |van |of |der )"
            r"(?:l'|la |le |het |de |the |die )?(?:\w+ )?\w*(?:phase|fase|periode|period|window"
            r"|venster|fenster|zeitraum)\b"
            # and what it is of: "… de la phase de candidature", "… van de kandidaturen"
            r"(?: (?:de|des|du|van|of|for|der|fur) (?:la |les |l'|het |de |the |die )?\w+)?",
            3.5,  # above the words of the phase it opens ("indieningsfase", "candidature")
        ),
        # the verb that opens the call, with what is submitted as its object, right before
        # the date: "opens for applications on", "ouvert aux candidatures le", "opent voor
        # aanvragen op", "öffnet für Anträge am" (what is submitted alone would make it a
        # deadline)
        (
            r"(?:opens?|opened|will open|reopens?) (?:\w+ ){0,2}(?:for|to) (?:applications"
            r"|proposals|submissions|bids|entries|nominations)\s*(?:on|from)?\s*$"
            r"|(?:ouvert\w*|s'ouvr\w*|ouvrira|rouvr\w*) (?:\w+ ){0,2}aux (?:candidatures"
            r"|demandes|projets|propositions|inscriptions|dossiers)"
            r"\s*(?:le|des le|a partir du)?\s*$"
            r"|(?:opent|open|geopend|opengesteld|gaat open) (?:\w+ ){0,2}voor (?:aanvragen"
            r"|kandidaturen|inschrijvingen|projectvoorstellen|voorstellen|indieningen)"
            r"\s*(?:op|vanaf)?\s*$"
            r"|(?:offnet|geoffnet|offen|freigeschaltet) (?:\w+ ){0,2}fur (?:antrage|bewerbungen"
            r"|einreichungen|projektvorschlage|vorschlage|projektskizzen)\s*(?:am|ab)?\s*$",
            3.0,
        ),
        (r"\bfrom\b", 2.0),  # "can be made from 5 January and must be in by 13 February"
    ],
    "publication": [
        (
            r"publie|publication|\bpublicatie|\bposted\b|\bpublish|geplaatst|gepubliceerd|veroffentlicht"
            r"|mis a jour|modifie|updated|\bvom\b",
            3.0,
        )
    ],
    "info_session": [
        (
            r"seances? d'information|sessions? d'information|info ?sessi|information sessions?"
            r"|infosessie|informatiesessie|infomoment|informationsveranstaltung"
            r"|infoveranstaltung|webinai?re?|infodag|info day",
            3.0,
        )
    ],
    "questions": [(r"\bquestions?\b|\bvragen\b|\bfragen\b", 3.0)],
    # the opening of the bids, after their deadline ("Ouverture des offres : … 10h30"): the
    # deadline itself when the text gives no other (`dates.read_dates`)
    "bid_opening": [
        (
            r"ouverture des (?:offres|plis|soumissions)|opening (?:van )?(?:der? )?(?:offertes"
            r"|inschrijvingen)|opening of (?:the )?(?:tenders|bids|offers)"
            r"|(?:tender|bid) opening|(?:offnung|eroffnung) der angebote|angebotsoffnung"
            r"|eroffnungstermin|offertesopening",
            3.0,
        )
    ],
    # an event on that day: a hearing, a ceremony
    "event": [
        (
            r"\ba lieu\b|aura lieu|auront lieu|ont lieu|se tiendra|se tiendront"
            r"|vindt plaats|vinden plaats|plaatsvinden|findet statt|finden statt|stattfinden"
            # the separable verb around its date: "findet am 24. Februar in Eupen statt"
            r"|finde[nt] (?:\w+ ){0,2}(?:am|vom)\b"
            r"|takes place|will be held|is held"
            # an invitation to a gathering on that day: "rendez-vous le 23 avril à", "join us
            # on", "wir laden am … ein"
            r"|\brendez-vous (?:le|ce|au|des)\b|\bjoin us (?:on|at)\b|\bsee you on\b"
            # offices closed over the holidays: "Nos bureaux seront fermés du … au …"
            r"|(?:bureaux?|secretariat|nos services) (?:\w+ ){0,2}fermes?\b"
            r"|fermeture (?:des bureaux|annuelle|du secretariat)|betriebsferien"
            r"|(?:kantoor|kantoren|secretariaat|onze diensten|loket) (?:\w+ ){0,2}gesloten"
            r"|(?:office|offices|secretariat) (?:\w+ ){0,2}closed"
            r"|(?:geschaftsstelle|buro|sekretariat)\w* (?:ist|bleibt|sind|bleiben)\b",
            3.0,
        )
    ],
    "registration": [
        (
            r"preinscription|pre-inscription|inscription prealable|vooraanmeld|vooraf aanmeld"
            r"|voorregistratie|pre-?registration|prior registration"
            r"|voranmeld|vorab ?anmeld|vorregistrier"
            # a registration of interest, to be sent the guidance ("register your interest")
            r"|register (?:your )?interest|registration of interest|(?:signalez|enregistrez)"
            r" votre interet|(?:laat|registreer) (?:uw|je|jouw) interesse|interesse (?:kenbaar"
            r" maken|registreren)|(?:registrieren|vormerken) sie ihr interesse",
            3.0,
        )
    ],
    "project": [
        (
            r"(?<!submission of )(?<!submissions of )\bprojects? (?!proposals?\b)(?:\w+ ){0,2}"
            r"(?:loopt|start|eindigt|run|finish|end|take place|delivered)"
            r"|looptijd|projectperiode|uitgevoerd|uitvoering|van start|delivered"
            r"|delivery(?! plans?\b)"  # a delivery plan is submitted
            # not a contract's kind: "contrat à durée indéterminée"
            r"|implementation period|project period|funding period|\bduree\b(?! (?:in)?determinee)"
            r"|\bduration\b|\bdauer\b"
            r"|se deroul|realis"
            r"|demarr|debutera|mise en oeuvre|periode de programmation|forderzeitraum|laufzeit"
            # carried out between two days: "mis en œuvre entre", "implemented between",
            # "zwischen … umzusetzen"
            r"|mise?s? en oeuvre|\bimplemented\b|umzusetzen|umgesetzt"
            r"|\blaufen\b|durchfuhrung|\bdurchgefuhrt\b"
            # not what is submitted: "le dépôt des projets se termine", "Projektanträge"
            r"|(?<!depot des )(?<!depot de )(?<!soumission des )(?<!introduction des )"
            r"(?<!remise des )projets? (?:\w+ ){0,2}(?:commence|termine)"
            r"|projekt(?!antr|vorschl|skizz|ide|bewerb|einreich)\w* (?:\w+ ){0,2}"
            r"(?:beginnt|startet|endet|lauft)"
            r"|activiteiten|activites? (?:\w+ ){0,2}(?:realis|mene)|subsidiabel"
            # the project's period and start, whatever the verb ("les projets débuteront",
            # "Période du projet", "Projektbeginn"), never the call's opening
            r"|debut(?:era|eront|ent|er)\b|periode (?:du|des|de) (?:projets?|realisation)"
            # the start of the projects as a field's label: "Début des projets : entre le 1er
            # avril et le 1er juin 2027", "Project start:", "Start van de projecten:"
            r"|\bdebut (?:des|du) projets?\b|\bprojects? start\b|\bstart of (?:the )?projects?\b"
            r"|\b(?:start|begin) van (?:de|het) project(?:en)?\b"
            r"|projets? (?:\w+ ){0,2}(?:menes?|durer\w*|dureront)"
            r"|(?<!indiening van )(?<!indienen van )"
            # ("trajecten" inside its compound: "begeleidingstrajecten lopen van … tot")
            r"(?:projecten|trajecten|opleidingen|acties) (?:\w+ ){0,3}(?:lopen|starten"
            r"|beginnen|duren|eindigen)"
            r"|(?:parcours|accompagnements|formations|actions) (?:[\w']+ ){0,3}(?:courent"
            r"|durent|commencent|debutent)\b"
            r"|(?:pathways|placements|programmes|courses|trainings|activities|actions)"
            r" (?:\w+ ){0,3}(?:run|last|start|begin)\b"
            r"|projekte (?:\w+ ){0,3}(?:beginnen|starten|laufen|enden|dauern)"
            r"|kursbeginn|massnahmen?beginn|forderbeginn|lehrgangsbeginn"
            r"|projektbeginn|projektstart|projektende|projektzeitraum|durchfuhrungszeitraum"
            r"|operationnel|operational|operationeel|in betrieb"
            # what is funded, finished by that day: "Funded activities must be completed by",
            # "de acties moeten afgerond zijn vóór", "les actions doivent être achevées avant"
            r"|(?:activit\w*|actions?|projects|works|acties|activiteiten|projecten|werken"
            r"|travaux|projets|vorhaben|massnahmen) (?:\w+ ){0,3}(?:completed|finished"
            r"|afgerond|voltooid|beeindigd|abgeschlossen|etre (?:achevee?s?|terminee?s?))\b"
            # what the winners owe after the award: a report is not the application
            r"|rapport (?:d'activites?|final|financier|intermediaire|annuel)|rapports? d'activite"
            r"|eindverslag|eindrapport|activiteitenverslag|tussentijds verslag"
            r"|final report|progress report|interim report|activity report"
            r"|verwendungsnachweis|abschlussbericht|sachbericht|zwischenbericht"
            # accounting for a grant received: "justifier l'emploi de la subvention"
            r"|compte rendu (?:d'emploi|d'utilisation|financier|final)|justifier l'(?:emploi"
            r"|utilisation)|justification (?:de l'emploi|des depenses)|verantwoording"
            r"|financial report|expenditure report|end of grant report|nachweis der verwendung",
            3.0,
        ),
        # "voor projecten van 1 januari tot 31 december": the projects' period, right before
        # its dates; not after a call word ("oproep voor projecten van … tot …" is the
        # call's window)
        (
            r"(?<!oproep )(?<!call )(?<!aufruf )(?<!appel )"
            r"(?:voor|pour des|for|fur) (?:projecten|projets|projects|projekte)"
            r"(?: (?:van|du|from|vom))?\s*$",
            3.0,
        ),
    ],
    "decision": [
        (
            r"\bjury\b|\bselection\b(?! rounds?| sessions?)"
            r"(?<!vague de selection)(?<!vagues de selection)"
            r"(?<!session de selection)(?<!sessions de selection)"
            r"|decision|\bbeslist|beslissing|resultats|\bresults\b|resultaten|\buitslag\b"
            r"|ergebnisse\b"
            r"|announced|bekendmaking|notification|entscheid|auswahl(?!runde)|laureats|\bavertis\b"
            r"|\binformes\b|\bnotifi|verwittigd|op de hoogte|\binformed\b|benachrichtigt"
            # being told the outcome: "Alle clubs krijgen bericht vóór 18 december",
            # "erhalten bis zum 18. Dezember Bescheid"
            r"|(?:krijgen|krijgt|ontvangen|ontvangt) (?:\w+ )?bericht|\bbescheid\b"
            r"|communicated|\bcommuniques?\b"
            r"|\baudition|entretiens? de selection|\bhearings?\b|hoorzitting|\bpitch"
            r"|anhorung|auswahlgesprach"
            # after the selection: "Grant agreements will be signed by 30 January"
            r"|agreements? (?:will be |are |to be )?signed|signature des conventions"
            r"|ondertekening van de (?:overeenkomst|convenant)|vertragsunterzeichnung",
            3.0,
        )
    ],
    # when a rule or a scheme is in force, from or until: not a submission deadline ("Het
    # reglement geldt tot", "tritt zum 1. Januar in Kraft"); a deadline's own cue (3.0) wins
    "in_force": [
        (
            r"entre(?:ra)? en vigueur|prend(?:ra)? effet|treedt (?:\w+ )?in werking|in werking"
            r"|met ingang van|in kraft|takes? effect|comes? into force|with effect from"
            r"|mit wirkung (?:vom|zum|ab)|wirksam ab|geldt (?:\w+ )?tot|is (?:\w+ )?geldig tot"
            r"|gilt (?:\w+ )?bis|gultig (?:bis|vom|ab)|valables? (?:jusqu|du|a partir)"
            # a period's validity, read before its range ("Tarifs valables du … au …")
            r"|\bvalables?\s*$|\bgeldig\s*$|\bgultig\s*$"
            r"|geldig (?:van|vanaf)|\bvalid (?:from|until|till"
            r"|through)|in force until|remains? in force|(?:reglement|richtlijn|richtlinie"
            r"|regulation|scheme|programme|programma|programm|program|dispositif|regeling)"
            # the programme as the complement, not the subject: "die Bewerbungsphase für das
            # Programm läuft vom … bis …" is the call's window
            r"(?<!fur das programm)(?<!for the programme)(?<!for the program)"
            r"(?<!pour le programme)(?<!voor het programma)(?<!pour le dispositif)"
            r" (?:\w+ )?(?:geldt|gilt"
            r"|applies|runs|loopt|lauft|court)\b",
            2.8,
        )
    ],
    # what the funded do with the money by a day: "Funds must be committed by", "les crédits
    # doivent être engagés avant le", "De middelen moeten vóór … vastgelegd zijn", "Die
    # Fördermittel sind bis … zu verausgaben" (its verb at the end counts fully after the date)
    "spending": [
        (
            r"(?:funds?|grants?|money) (?:\w+ ){0,3}(?:committed|spent|disbursed)\b"
            r"|credits? (?:\w+ ){0,3}(?:engages|depenses|consommes)\b"
            r"|(?:middelen|subsidie|budget) (?:\w+ ){0,3}(?:vastgelegd|besteed|uitgegeven)\b"
            r"|(?:mittel|zuwendung(?:en)?) (?:\w+ ){0,4}(?:gebunden|ausgegeben|verausgabt)\b",
            3.0,
        ),
        # the verb at the end, right after the date (anchored: read at the start of the words
        # after the date, quick to fail elsewhere)
        (
            r"^[^,;.]{0,40}\b(?:zu verausgaben|verausgabt (?:sein|werden)|vastgelegd (?:zijn"
            r"|worden)|besteed (?:zijn|worden)|gebunden (?:sein|werden))\b",
            3.0,
        ),
    ],
    # a past edition's dates ("Last year's round closed on", "L'édition précédente s'est
    # clôturée le", "Im Vorjahr endete die Antragsfrist am"): not this call's deadline; not a
    # comparison ("comme l'an dernier, la date limite est")
    "previous_round": [
        (
            # not a comparison, not what a report covers ("comptes de l'année dernière",
            # "Kassenbericht des Vorjahres", "accounts of last year")
            r"(?<!as )(?<!like )(?<!comme )(?<!zoals )(?<!net als )(?<!wie )(?<!of )(?<!for )"
            r"(?<!de )(?<!van )(?<!over )"
            r"(?:last year'?s (?:round|call|deadline|edition|closing)|last year\b(?!'?s)"
            r"|l'an dernier|l'annee derniere|l'annee passee|vorig jaar|verleden jaar"
            r"|im vorjahr\b|letztes jahr|letzten jahr\b|vergangenen jahr\b)"
            r"|(?:l'edition|la session|la vague|l'appel) precedente?|previous (?:round|edition"
            r"|call)|vorige (?:ronde|editie|oproep)|vorherige[nr]? (?:runde|aufruf|ausschreibung)",
            3.0,
        )
    ],
    # how long a tender binds its bidder: not a submission deadline
    "validity": [
        (
            r"bindefrist|zuschlagsfrist|gestanddoening|validite des offres"
            r"|offres? (?:\w+ )?valables?|validity|remain valid|geldigheid|\bgeldig\b",
            3.0,
        )
    ],
}


def _alternatives(pattern: str) -> list[str]:
    """The top-level branches of a regex written as `a|b|(?:c|d)e`: ["a", "b", "(?:c|d)e"]."""
    branches, depth, current = [], 0, ""
    for char in pattern:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            branches.append(current)
            current = ""
        else:
            current += char
    return [*branches, current]


def quick(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled with a look-ahead on the letters its branches begin with, which
    lets the regex engine skip the other positions of a text at once (the same matches,
    about twice as fast for the cue lists); as it is when a branch does not begin with a
    plain letter."""
    firsts = _first_letters(pattern)
    if firsts is None:
        return re.compile(pattern)
    return re.compile(f"(?=[{''.join(sorted(firsts))}])(?:{pattern})")


def _first_letters(pattern: str) -> set[str] | None:
    """The letters the matches of `pattern` may begin with, or None when that is not plain
    (a branch beginning with a class, or an optional group). A branch may begin with a
    group of alternatives: "(?:bureaux?|secretariat) fermes" begins with b or s, and with
    look-behinds, which match no letter: "(?<!as )(?:last|l'an)" begins with l."""
    firsts: set[str] = set()
    for branch in _alternatives(pattern):
        branch = _without_lookbehinds(branch.removeprefix(r"\b")).removeprefix(r"\b")
        if branch.startswith("(?:"):
            end = _group_end(branch)
            inner = _first_letters(branch[3:end]) if end > 0 else None
            if inner is None or branch[end + 1 : end + 2] in ("?", "*", "{"):
                return None
            firsts |= inner
        elif branch[:1].isalnum():
            firsts.add(branch[0])
        else:
            return None
    return firsts


def _without_lookbehinds(branch: str) -> str:
    """`branch` without the look-behind assertions it begins with."""
    while branch.startswith(("(?<!", "(?<=")) and (end := _group_end(branch)) > 0:
        branch = branch[end + 1 :]
    return branch


def _group_end(branch: str) -> int:
    """Where the group that `branch` begins with closes, or -1 when it does not."""
    depth = 0
    for index, char in enumerate(branch):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth == 0:
            return index
    return -1


CUE_RES: dict[str, list[tuple[re.Pattern[str], float]]] = {
    role: [(quick(pattern), weight) for pattern, weight in cues] for role, cues in CUES.items()
}
# What stages and rounds call what is submitted: a first stage's names ("note d'intention",
# "expression of interest", "Projektskizze"), a full proposal ("volledig voorstel"), a round
# of the call ("Round 2: 11 June", "ronde 2 op", "2. Förderrunde"; not a round table, not "all
# year round"). Deadline cues of the weight of what is submitted, read only in the texts that
# hold one (`cues_for`): their letters would slow every clause's reading. Not a news round-up.
STAGE_CUES = quick(
    r"note d'intention|lettres? d'intention|conceptnota|concept ?notes?\b|projectidee"
    r"|intentieverklaring|expressions? of interest|letters? of intent|outline (?:proposal"
    r"|application)|pre-?proposals?\b|projektskizze|\bskizzen?\b|absichtserklarung"
    r"|\bvoorstel(?:len)?\b|pre-?projets?\b"
    r"|\bround(?<!year round)(?<!year-round)s?\b(?! ?tables?|-?ups?\b)|\brondes?\b|\brunden?\b"
    r"|(?:auswahl|forder|einreich|antrags|bewerbungs)runde|\bvagues?\b|\bwaves?\b"
    # a stage by its number, as a call's field list gives it: "First stage: 26 February",
    # "Fase 1 (intentieverklaring): uiterlijk", "Stufe 2: Vollantrag bis"
    r"|\b(?:first|second|third|eerste|tweede|derde|erste|zweite|dritte|premiere|deuxieme)"
    r" (?:stage|fase|stufe|etape|phase)\b|\b(?:stage|fase|stufe|etape|phase) [1-3]\b"
)
_CUE_RES_WITH_STAGES = {
    **CUE_RES,
    "deadline": [*CUE_RES["deadline"], (STAGE_CUES, 2.5)],
    # a round table is an event, not a round of the call
    "event": [*CUE_RES["event"], (quick(r"table ronde|round ?table|rondetafel|runder tisch"), 3.0)],
}


# a part of every branch of STAGE_CUES: looking for these strings is four times quicker than
# the regex, which then runs only on the texts that hold one
_STAGE_STEMS = (
    "intenti", "concept", "projectidee", "interest", "intent", "outline", "proposal",
    "skizze", "absicht", "voorstel", "preprojet", "pre-projet", "round", "ronde", "runde",
    "vague", "wave", "stage", "fase", "stufe", "etape", "phase",
)  # fmt: skip


def cues_for(folded: str) -> dict[str, list[tuple[re.Pattern[str], float]]]:
    """The cue words to read a text's dates with: with the stages' and rounds' words when
    the text holds one.

    >>> cues_for("note d'intention : 6 mars") is CUE_RES, cues_for("clôture : 6 mars") is CUE_RES
    (False, True)
    """
    if any(stem in folded for stem in _STAGE_STEMS) and STAGE_CUES.search(folded):
        return _CUE_RES_WITH_STAGES
    return CUE_RES


PERMANENT = quick(
    r"appel permanent|en continu|au fil de l'eau|a tout moment|sans date limite"
    r"|pas de date limite|doorlopend|permanent open|op elk moment|geen deadline|rolling"
    r"|at any time|anytime|open-ended|no deadline|first come,? first served|\blaufend\b"
    r"|jederzeit|keine (?:antrags)?fristen|windhundverfahren|fortlaufend|permanent"
    r"|de (?:maniere|facon) continue|en permanence|tout au long de l'annee|toute l'annee"
    r"|pas de date de cloture|het hele jaar|doorheen het jaar|geen (?:vaste )?(?:indien)?datum"
    r"|throughout the year|all year round|year-round|no (?:fixed )?closing date"
    r"|no fixed deadline|unbefristet|ganzjahrig|das ganze jahr"
    # open until the money runs out
    r"|volgorde van binnenkomst|jusqu'a epuisement|until (?:the )?(?:budget|funds?) (?:is|are)"
    r" (?:exhausted|committed|used)|solange (?:die )?mittel|ende offen|bis auf weiteres"
    r"|jusqu'a nouvel ordre|tot nader order|until further notice"
    # first come, first served: taken in the order they arrive, until the money runs out
    r"|first[- ]come,? first[- ]served|wie eerst komt,? eerst maalt|premier arrive,? premier"
    r" servi|wer zuerst kommt,? mahlt zuerst|volgorde van ontvangst|ordre (?:d'arrivee|de"
    r" reception)|order (?:of (?:receipt|arrival)|(?:they are )?received)"
    r"|reihenfolge (?:ihres|des|der) eingangs|eingangsreihenfolge"
    r"|jusqu'a ce que (?:le budget|les (?:moyens|credits|fonds)) (?:soit|soient) epuise"
    r"|tot (?:het budget|de middelen) (?:op|uitgeput) (?:is|zijn)"
    r"|until the (?:budget|funds?|money) runs? out"
    r"|bis (?:das budget|die (?:mittel|fordermittel)) (?:ausgeschopft|erschopft|aufgebraucht)"
)


# A gathering people register for (a conference, a study day, a workshop): registering for
# it by a day is no call's deadline, even when the text does not date the gathering itself
GATHERING = quick(
    r"\b(?:fachtagung|tagung)\b|\bkonferenz|\bkongress|\bcolloque|\bconferences?\b|\bcongres\b"
    r"|\bseminaire|\bseminars?\b|\bstudiedag|\bstudienamiddag|\bworkshops?\b|\bateliers?\b"
    r"|journees? d'etudes?|\bsymposium|\bcongress\b|\bsummit\b|\bnetwerkmoment"
    r"|\bnetwerkevent|\bevenements?\b|\bevents?\b|\bveranstaltung\b|\bfachforum\b|\bforums?\b"
    r"|\bwebinars?\b|\binfosessie|\binformatiesessie|\binfo(?:rmation)? sessions?\b"
    r"|\bseances? d'information|\bmatinee d'information|\binfoveranstaltung"
    r"|\binformationsveranstaltung"
    # a job fair, whose stands employers book
    r"|\bjobbeurs|\bjobdag|\bjob fairs?\b|\bjobmesse|\bsalon de l'emploi|\bsalon (?:de l'|des )?job"
)


# A gathering the text's subject organises: "L'Agence organise une matinée d'information",
# "organiseert een online sessie", "organises an online session", "veranstaltet eine
# Online-Sitzung": registering by a date is for it, whatever call it is about
GATHERING_ORGANISED = quick(
    r"\b(?:organise|organiseert|organises|organizes|hosts|veranstaltet)\s+(?:une?|een|an?|eine?"
    r"|ce|cette|deze|this)?\s*(?:[\w-]+\s+){0,2}?(?:matinee|seance|session|sessie|webinar"
    r"|infosessie|workshop|atelier|online-sitzung|sitzung|infoveranstaltung|informationsveranstaltung"
    # a training the text's subject gives, a job fair it holds
    r"|formation|opleiding|training|schulung|fortbildung|jobbeurs|jobdag|job fair|jobmesse)"
)


# A call named as such, or what is submitted to one: a text that names one registers for it,
# whatever gathering its projects hold ("Appel à projets : un atelier par commune. Inscription
# jusqu'au …")
CALL_NAMED = quick(
    r"\bappels? (?:a|aux|de|pour)\b|\boproep|\bcalls? for\b|\baufruf|\bausschreibung"
    r"|\bcandidat|\bkandidatu|\bapplications?\b|\bproposals?\b|\baanvra|\bantrag|\bantrage\b"
    r"|\bbewerbung|\bsubvention|\bsubsidie|\bgrants?\b|\bfunding\b|\bforderung\b"
    r"|\bdossiers? de\b|\bprojectvoorstel"
)


# what follows a number that makes it no time: "18. Mai", "18.05.2026" (not "18 Uhr", "17h",
# "18:00", "5 pm")
_NOT_A_TIME = r"(?!\d?\s*(?:uhr|uur|heures?|h\b|u\b|[ap]\.?m\b)|\d?[:.h]\d\d(?!\.\d)(?!\d))"
# A weekday without its date after a bound: "until Friday", "jusqu'à vendredi", "tot
# vrijdag", "bis Freitag" (not "bis Freitag, den 20. November": a date form)
BOUND_WEEKDAY = quick(
    r"(?:until|till|by|before|jusqu'(?:a|au)|avant|tot(?: en met)?|voor|uiterlijk|bis|vor"
    r"|spatestens|au plus tard|ten laatste|at the latest|no later than"
    # a closing verb and its day: "applications close on Friday", "se clôturent vendredi"
    r"|(?:close[sd]?|closing|ends?|sluit(?:en)?|endet|enden|schliesst|se cloturen?t?)"
    r"(?:\s+(?:on|op|am|le))?"
    r")\s+(?:(?:this|next|coming|ce|le|deze|komende|aanstaande|kommenden|diesen"
    r"|nachsten|zum|am)\s+)?"
    # the week after the text's: "tot volgende week vrijdag", "jusqu'au vendredi de la semaine
    # prochaine", "by Friday next week", "bis Freitag nächster Woche"
    r"(?P<week_before>(?:volgende|komende) week\s+)?"
    # (a number after it is its date, unless it is a time: "bis kommenden Montag, 18 Uhr")
    rf"\b(?P<wd>{WEEKDAY_RE})\b(?!\.?,?\s*(?:(?:le|de|den|the|der)\s+)?\d{_NOT_A_TIME})"
    r"(?P<week_after>\s+(?:de la semaine prochaine|(?:of )?next week|(?:van )?(?:volgende"
    r"|komende) week|(?:nachster|kommender) woche))?"
)

# "tomorrow" (or the day after) as a deadline's day, in a dated text (news: "the deadline is
# tomorrow at 5pm", "se clôture demain à minuit", "bis übermorgen"); or before its closing
# verb: "morgen sluit de oproep", "overmorgen om 17 uur sluit het loket"
_TOMORROW = (
    r"(?P<wd>the day after tomorrow|tomorrow|apres-demain|apres demain|demain|overmorgen"
    r"|ubermorgen|morgen)\b"
)
BOUND_TOMORROW = quick(
    r"(?:until|till|by|is|closes?|ends?|jusqu'a|est|demain soir|tot|is het|sluit|bis|ist"
    r"|endet|(?:se )?clotur(?:e|ent)|se termine|au plus tard|uiterlijk|spatestens|eindigt"
    r"|schliesst|loopt af)"
    rf"\s+{_TOMORROW}(?!\s*(?:morgen|fruh|vroeg|ochtend))"
)
TOMORROW_THEN_VERB = quick(
    rf"(?<![\w-]){_TOMORROW}(?=(?:\s+(?:om|a|at|um)\s+\d{{1,2}}(?:[:.hu]\d\d)?"
    r"(?:\s*(?:uur|uhr|h))?)?,?\s+(?:sluit|closes|se clotur|cloture|endet|schliesst|eindigt|loopt))"
)
# how many days after the text's date each of those words names
TOMORROW_DAYS = {
    "the day after tomorrow": 2,
    "apres-demain": 2,
    "apres demain": 2,
    "overmorgen": 2,
    "ubermorgen": 2,
}
# a deadline counted in days or weeks from the text's date: "binnen drie weken", "within two
# weeks", "in zwei Wochen", "dans les dix jours"
_COUNTS = (
    "een one un une ein eine einer einem|twee two deux zwei|drie three trois drei"
    "|vier four quatre|vijf five cinq funf|zes six sechs|zeven seven sept sieben"
    "|acht eight huit|negen nine neuf neun|tien ten dix zehn"
)
COUNT_WORDS = {word: n for n, words in enumerate(_COUNTS.split("|"), 1) for word in words.split()}
WITHIN = quick(
    r"\b(?:binnen|within|in|dans|d'ici|sous|innerhalb(?: von)?|en)\s+(?:les\s+|de\s+)?"
    r"(?P<n>\d{1,2}|" + "|".join(sorted(COUNT_WORDS, key=len, reverse=True)) + r")\s+"
    r"(?P<unit>(?:werk|arbeits)?dag(?:en)?|(?:working |business )?days?|jours?(?: ouvrables)?"
    r"|(?:werk|arbeits)?tag(?:en)?|weken|week|weeks?|semaines?|wochen?)\b"
    # counted from something else: "within 60 days after the end of each period"
    r"(?!\s+(?:after|of|from|following|since|na|nadat|van|vanaf|sinds|apres|suivant|de la|du|des"
    r"|a compter|a partir|nach|ab|seit|von)\b)"
)

# A call that says it is closed ("Statut : clôturé", "Deze oproep is afgesloten", "This fund
# is now closed", "Die Einreichfrist ist abgelaufen"): with no deadline ahead, it is closed
# (searched only in a text without a deadline: no quick look-ahead needed)
CLOSED = re.compile(
    # (folded, "clôturé" is the verb "clôture": the participle needs its auxiliary or ends
    # the clause)
    r"(?:appel|candidatures?|inscriptions?|depots?|soumissions?)\s+(?:est|sont)\s+"
    r"(?:desormais\s+|maintenant\s+|actuellement\s+)?(?:clotur\w*|clos(?:e|es)?\b|fermee?s?\b)"
    r"|(?:appel|candidatures)\s+(?:clotur(?:e|ee)s?|clos(?:e|es)?)\s*(?:[.)(,;—–]|$)"
    r"|statut\s*:\s*(?:clotur|clos\b|ferme)|appel clos\b|date limite (?:est )?(?:depassee|passee)"
    r"|(?:oproep|aanvraag\w*|indiening\w*|inschrijving\w*)\s+(?:is|zijn)\s+(?:nu\s+|reeds\s+)?"
    r"(?:afgesloten|gesloten|verstreken)|\bafgesloten\s*[-—–:(]|deadline (?:is )?verstreken"
    r"|(?:call|fund|programme|program|round|scheme|competition|applications?|submissions?)"
    r"\s+(?:(?:is|are|has|have)\s+)?(?:now\s+)?(?:been\s+)?closed\b|status\s*:\s*closed\b"
    r"|\b(?:is|are) now closed\b"
    r"|^\W*closed\s*[-—–:(]|deadline (?:has )?(?:now )?passed"
    r"|(?:frist|einreichfrist|antragsfrist|bewerbungsfrist|einreichungsfrist|aufruf"
    r"|ausschreibung|bewerbungsphase|antragsphase|einreichung)\s+(?:ist\s+)?"
    r"(?:bereits\s+|nun\s+)?(?:abgelaufen|beendet|geschlossen)"
)

# Connectives between dates: lists, ranges, replacements.
LIST_GAP = re.compile(
    r"^\W*(?:(?:et|and|en|und|ou|or|of|oder|bzw|sowie|le|la|the|het|am|zum|den|der|dem|on|de|op"
    # a repeated preposition: "jusqu'au 31 mars et jusqu'au 30 septembre"
    r"|jusqu|au|until|by|tot|met|bis|avant|before|voor|vor"
    # waves: "une première clôture le 15 janvier, puis une seconde le 15 avril"
    r"|puis|ensuite|then|daarna|vervolgens|dann|danach|une?|an?|een|eine[rn]?|seconde?"
    r"|deuxieme|troisieme|third|tweede|derde|zweite[rn]?|dritte[rn]?|vagues?|waves?|rondes?"
    r"|rounds?|wellen?|derniere|dernier|last|laatste|letzte[nr]?"
    # the noun left out: "für die erste Runde: …; für die zweite: …"
    r"|die|fur|for|pour)\W+)*\W*$"
)
RANGE_GAP = re.compile(
    # after the first date's time: "2 March 2026 (09:00) – 31 March", "02.03.2026, 9:00 Uhr, bis"
    r"^\s*(?:(?:uhr|uur|heures?|hrs|cet|cest|mez|mesz)\b)?\s*\)?"
    r"\s*(?:inclus\w*|included)?\s*,?\s*(?:au|a|jusqu'?(?:au|a)|tot(?: en met)?|t\.e\.m\.|t/m|to"
    r"|until|till"
    r"|through|bis(?: zum| einschliesslich)?|-|–|—|and|en|et|und)\s*(?:le|de|op|on|am|den|zum)?\s*"
    # the end's time before it: "from 9:00 on 2 March 2026 to 17:00 on 31 March 2026"
    r"(?:\d{1,2}(?:[:.h]\d\d)?\s*(?:uhr|uur|h|a\.?m\.?|p\.?m\.?)?\s*(?:on|le|op|am)\s*)?$"
)
# "X begins on A and ends on B": B ends the period A begins (a call window, a project)
WINDOW_END = re.compile(
    r"^\W*(?:and|en|et|und)?\s*(?:it |sie |il |elle |hij |ze )?"
    r"(?:ends?|endet|eindigt|se termine|prend fin|finishes|runs? until|loopt tot|dauert bis)"
    r"\s*(?:on|op|am|le|zum|the)?\s*$"
)
# a text that speaks of several rounds of one call ("the second deadline", "deuxième vague")
ROUNDS = re.compile(
    r"\b(?:second|seconde?|deuxieme|troisieme|third|tweede|derde|zweite[rn]?|dritte[rn]?|next)"
    r"\s+(?:\w+\s+)?(?:deadline|round|wave|cut-?off|cloture|vague|session|ronde|indienronde"
    r"|oproepronde|\w*frist|\w*runde|stichtag|tour|closing date|submission date|date limite"
    r"|echeance|\w*datum|\w*termin)\b"
    # numbered: "Ronde 2", "Round 3:", "2. Förderrunde", "2e vague"
    r"|\b(?:selectie|indien|oproep|selection |auswahl|forder|einreich)?(?:round|ronde|runde|vague"
    r"|wave|welle|tour|call|appel|oproep|aufruf|stage|fase|stufe|etape|phase)\s*[2-9]\b|\b[2-9](?:\.|e|eme|nd|rd|th|de|ste)?\s*(?:auswahl|forder"
    r"|einreich(?:ungs)?|antrags|selectie|indien)?(?:runde|round|ronde|vague|wave|welle|tour)\b"
    r"|\b(?:the second|la seconde|la deuxieme|de tweede|die zweite)\b"
    r"|\b(?:second|tweede|zweite|deuxieme) (?:stage|fase|stufe|etape|phase)\b"
)
BETWEEN = re.compile(r"(?:entre|between|tussen|zwischen)\s*(?:le\s+|de\s+|dem\s+)?$")
RANGE_START = re.compile(r"(?:\bdu|\bvan|\bvom|\bfrom|\bde)\s*$")
DAY_ONLY_START = re.compile(
    r"(?:\bdu|\bvan|\bvom|\bfrom|\bde|entre|between|tussen)\s+\d{1,2}(?:er|\.)?\s*"
    r"(?:au|tot(?: en met)?|t\.e\.m\.|t/m|to|bis(?: zum)?|-|–|and|en|et|und)\s*$"
)
# the first day of a range written with a dash, its month and year left to the end: "2.–23.
# März 2026", "2-23 mars", "2–23 May": what names the range names its end
DAY_DASH_START = re.compile(r"(?<![\d.,/:-])\d{1,2}(?:er|\.)?\s*[-–]\s*$")
REPLACED_GAP = re.compile(
    # a date changed more than once: "(ursprünglich 10. März 2026, dann 24. März) wurde
    # erneut bis", "werd eerst verlengd tot 24 maart en daarna nog eens verlengd tot"
    r"^(?=.*[a-z])\W*(?:(?:wordt|werd|werden|wurden?|is|ist|wird|est|was|has been|have been"
    r"|been|sera|a ete|ont ete|heeft|hat|has"
    r"|erneut|nochmals|noch einmal|again|once more|opnieuw|nogmaals|nog eens|encore|a nouveau"
    r"|de nouveau|eerst|daarna|vervolgens|then|puis|ensuite|dann|danach|desormais|now|nu|nun"
    r"|jetzt|later|spater|and|et|en|und|le|la|the|den|dem|de|het|op|on|am|au|zum"
    r"|vervangen|remplace\w*|replaced|ersetzt|gewijzigd|modifie\w*|changed|verlengd"
    r"|prolonge\w*|extended|verlangert|verschoben|reporte\w*|postponed|proroge\w*|vervroegd"
    r"|avance\w*|vorgezogen|moved|pushed back|brought forward|neu|new|nieuw|nouveau"
    r"|(?:nouvelle|new|nieuwe|neue[rs]?) (?:date|datum|deadline|frist|termin)"
    # the new date in brackets after the old one: "15/05/2026 (date modifiée : 29/05/2026)",
    # "(gewijzigde datum: …)", "(revised deadline: …)", "(geänderter Termin: …)"
    r"|(?:date|datum|deadline|frist|termin|cloture|closing date) (?:modifiee|rectifiee|revisee"
    r"|gewijzigd|aangepast|geandert|revised|amended|changed)"
    r"|(?:gewijzigde|aangepaste|geanderte[rs]?|revised|amended|changed) (?:date|datum|deadline"
    r"|frist|termin|closing date|einsendeschluss)|revised|amended|aangepast|geandert)\W+)*"
    r"\s*(?:(?:door|par|by|durch|naar|tot|to|in|jusqu'?au|au|bis|auf)(?:\s+(?:den|dem|the|le))?)?"
    r"\W*$"
)
# what says, between two dates of one sentence, that the second is the new one: "…, la
# clôture de l'appel est désormais fixée au", "the closing date has now moved to"
CHANGED_SINCE = quick(
    r"\b(?:desormais|dorenavant|voortaan|nunmehr|inmiddels|now|nu|nun|jetzt|thereafter"
    r"|reporte\w*|prolonge\w*|proroge\w*|verlengd|verlangert|verschoben|uitgesteld|extended"
    r"|postponed|moved|pushed back)\b"
)
REPLACEMENT_VERB = re.compile(
    r"vervang|wijzig|replac|remplac|ersetz|verleng|prolong|extend|report|verschoven|uitgesteld"
    r"|postpone|verschoben|modifi|verlang|prorog|vervroeg|avance|vorgezogen|brought forward"
    r"|moved|pushed back"
    # a struck-through date flattened beside the new one, marked as such: "(new date)",
    # "(nieuwe datum)", "– neu: 10. April"
    r"|\bnew (?:date|deadline|closing date)|\bnieuwe (?:datum|deadline|\w*datum)"
    r"|\bnouvelle date|\bneue[rs]? (?:datum|frist|termin|stichtag)|\b(?:neu|new|nieuw|nouveau)\s*:"
    r"|\brevis|\bamended|aangepast|geandert|rectifi"
)
PAST = re.compile(r"^\s*(?:dernier|derniere|last|jongstleden|laatstleden|letzten)\b")
# A later stage open only to the preselected or the invited: while the open stage is ahead,
# that one is the call's deadline ("dossier complet sur invitation", "invited applicants only");
# not the invitation every call makes ("are invited to submit", "sont invitées à déposer")
STAGE_RESTRICTED = quick(
    r"sur invitation|presel|seul(?:e?s)? les (?:projets|candidats|porteurs) (?:\w+ )?(?:retenus"
    r"|selectionnes)|uniquement (?:pour )?les (?:projets|candidats) (?:retenus|selectionnes)"
    r"|invited (?:applicants|candidates|organisations|organizations|projects)|invitation only"
    r"|by invitation|upon invitation|on invitation|shortlist|will be invited to"
    # the condition before the later stage: "If invited, full applications must be…"
    r"|\b(?:if|once|when) invited\b|\bsi (?:vous etes |elles sont |ils sont )?invite"
    r"|\b(?:indien|als|wanneer) (?:u |je )?(?:wordt )?uitgenodigd"
    r"|\b(?:falls|wenn|sofern) (?:sie )?eingeladen"
    r"|successful applicants|seront invites|a l'issue de la premiere"
    r"|op uitnodiging|geselecteerde|weerhouden"
    r"|nur (?:auf|nach) (?:einladung|aufforderung)|nach aufforderung|auf aufforderung|ausgewahlte"
    r"|nach positiver (?:bewertung|begutachtung)"
)
# A call in two stages, said by its name ("deux étapes", "tweefasig", "two-stage",
# "zweistufig"), or by a first stage's proposal and the full one after it ("pré-proposition …
# proposition complète", "Skizzen … Vollanträge"): the stage still ahead is the deadline.
# Not a letter of intent or an expression of interest before a full application open to
# all: that is a registration, and the full application is the deadline.
TWO_STAGES = quick(
    r"(?:deux|two|twee|zwei)[ -]?(?:etapes|phases|temps|stages?|steps?|fasen|stappen|stufen)"
    r"|(?:two|twee|zwei)-(?:stage|step|fase|stap)|tweefasig|tweetraps|zweistufig|zweiphasig"
)
FIRST_STAGE = quick(
    r"pre-?propositions?\b|pre-?projets?\b|conceptnota|projectidee|outline (?:proposals?"
    r"|applications?)|pre-?proposals?\b|projektskizze|\bskizzen?\b"
)
FULL_STAGE = quick(
    r"propositions? complete|dossiers? complets?|projets? complets?|full (?:proposals?"
    r"|applications?)|volledig(?:e)? (?:project)?(?:voorstel|aanvraag|dossier)|vollantr"
    r"|vollstandige[nr]? antr|formliche[nr]? antr"
)
# Dated deadlines listed together that come back ("trois dates de clôture par an", "drie
# indienrondes per jaar", "assessed at the next one", "zum nächsten Stichtag"): not "annual",
# which a report or a budget also is
SERIES_RECURRENCE = quick(
    r"(?:\d|deux|trois|quatre|two|three|four|twice|twee|drie|vier|zwei|drei|zweimal|dreimal"
    r"|viermal)\w* (?:\w+ ){0,3}(?:par an\b|per jaar|per year|a year\b|each year|pro jahr"
    r"|im jahr\b|jahrlich)|chaque annee|tous les ans|annuellement|each year|every year"
    r"|annually|elk jaar|ieder jaar|jaarlijks|jedes jahr|jeden jahres|jahrlich"
    r"|chaque (?:cloture|date de cloture|session|vague)|(?:cloture|session|date) suivante"
    r"|prochaine (?:cloture|session|date de cloture)|each (?:cut-?off|round|closing date)"
    r"|(?:at|to|for) the next (?:one|cut-?off|round|closing date)|elke (?:ronde|indienronde"
    r"|indiendatum)|door naar de volgende|(?:naar|voor|in) de volgende (?:ronde|indienronde"
    r"|indiendatum)"
    r"|jede[nrms]? (?:stichtag|runde|antragsfrist)|nachste[nrm]? (?:stichtag|runde|antragsfrist)"
    # rounds every few months: "the panel meets every two months; the next deadlines are …"
    r"|every (?:two|three|four|six|\d) months|tous les (?:deux|trois|quatre|six|\d) mois"
    r"|elke (?:twee|drie|vier|zes|\d) maanden|alle (?:zwei|drei|vier|sechs|\d) monate"
    r"|\bmonthly\b|\bmensuel|maandelijks|monatlich|quarterly|trimestriel|per kwartaal"
    r"|driemaandelijks|vierteljahrlich|quartalsweise"
)
# A deadline that comes back: "chaque année", "twice a year", "jaarlijks", "jeweils"
RECURRENCE = quick(
    r"chaque annee|tous les ans|\bannuel|fois par an\b|\bpar an\b|de chaque annee"
    r"|each year|every year|\bannual|\byearly\b|per year|times a year|twice a year|each round"
    r"|(?:sessions|rounds|deadlines|cut-?offs|calls) a year"
    r"|jaarlijks|elk jaar|ieder jaar|per jaar|keer per jaar|\btelkens\b"
    r"|jahrlich|jedes jahr|\bjeweils\b|im jahr\b|pro jahr|mal im jahr|eines (?:jeden )?jahres"
    r"|jeden jahres"
    # a day of whichever year a project starts or follows: "le 1er mars de l'année au cours
    # de laquelle le projet débute", "vóór 1 maart van het jaar waarin", "des Jahres, in dem"
    r"|de l'annee (?:au cours de laquelle|ou|qui precede|precedant)|van het (?:kalender|werk)?jaar"
    r" (?:waarin|voorafgaand)|of the (?:calendar )?year (?:in which|before|preceding)"
    r"|des (?:kalender)?jahres(?:,| [a-z ]{0,30},)? (?:in dem|vor dem)"
)


# Where a page turns to other calls than its own ("Voir aussi :", "Lees ook", "Other open
# calls:", "Weitere Aufrufe"): the deadlines after it are theirs, once the page has given one
# (a part of each of its branches, looked for before the regex is run)
OTHER_CALLS_STEMS = ("aussi", "autres appels", "similaires", "ook", "oproepen", "see also",
                     "related", "other", "also like", "siehe auch", "weitere", "auch")  # fmt: skip
OTHER_CALLS = quick(
    r"\b(?:voir aussi|a lire aussi|lire aussi|a lire egalement|(?:d')?autres appels"
    r"|appels similaires|zie ook|lees ook|ook interessant|andere (?:lopende |open )?oproepen"
    r"|gerelateerde oproepen|see also|related(?=\s*:)|related (?:calls|funding|opportunities)"
    r"|other (?:open |current |related )?(?:calls|funding opportunities)|you may also like"
    r"|siehe auch|weitere (?:offene |aktuelle |laufende )?(?:aufrufe|ausschreibungen"
    r"|forderaufrufe|forderprogramme)|das konnte sie auch interessieren|lesen sie auch)\b"
)
