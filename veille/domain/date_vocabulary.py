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
        "fevrier fevr fev februari februar february feb",
        "mars maart mrt marz march mar maerz",
        "avril avr april apr",
        "mai mei may",
        "juin juni june jun",
        "juillet juil juli july jul",
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

NOON = re.compile(r"\b(?:midi|noon|middag|mittag)\b")
MIDNIGHT = re.compile(r"\b(?:minuit|middernacht|midnight|mitternacht)\b")

# Cue words giving the role of a date, with weights. Searched in the clause before the
# date (and, weaker, after it).
CUES: dict[str, list[tuple[str, float]]] = {
    "deadline": [
        (
            r"date limite|deadline|clotur|\becheance|au plus tard|uiterlijk|uiterste|ten laatste"
            r"|einsendeschluss|\w*frist\b|stichtag|closing date|\bclos(?:e|es|ed|ing)\b|\bdue\b"
            r"|submi(?:ssion|tted|t)\b|\bdepo[st]|\bdeposer|soumi[st]|soumettre|\bindien|ingediend"
            r"|inzending|insturen|prend fin|se termine|\bsluit|einreich|eingereicht|spatestens"
            r"|expire|\bends?\b|prolong|verleng|extended|verlangert|ultime|\breceived by",
            3.0,
        ),
        # what is submitted: nearer to the date than a registration or question cue
        (
            r"candidat|\bapplications?\b|\bproposals?\b|aanvra(?:ag|gen)\b|projectvoorstel"
            r"|\bdossiers?\b|antrag\b|antrage\b|bewerbung|interessenbekundung|propositions\b"
            r"|\boffres\b|inschrijving",
            2.5,
        ),
        (
            r"jusqu'?(?:au|a|a la)\b|\bavant\b|tot en met|\btot\b|\bvoor\b|\buntil\b|\btill\b"
            r"|\bby\b|\bbefore\b|\bbis\b|\bzum\b|\bapply\b|\baanmelden|attendus|\bsend\b|envoy",
            1.5,
        ),
    ],
    "opening": [
        (
            r"ouverture|lancement|\blance|ouverte? le|\bopening|\bopens?\b(?! until| till)|opened"
            r"|starting from"
            r"|\bvanaf\b|gelanceerd|opengesteld|gaat in|\bab dem\b|\bab\b|startet|\bdes (?:le|ce)\b"
            r"|a partir du|a compter du|\bstart op\b|beginn",
            2.5,
        )
    ],
    "publication": [
        (
            r"publie|publication|\bposted\b|\bpublish|geplaatst|gepubliceerd|veroffentlicht"
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
    "registration": [
        (r"preinscription|pre-inscription|vooraanmelding|voorregistratie|pre-?registration", 3.0)
    ],
    "project": [
        (
            r"\bprojects? (?:\w+ ){0,2}(?:loopt|start|eindigt|run|finish|end|take place|delivered)"
            r"|looptijd|projectperiode|uitgevoerd|uitvoering|van start|delivery|delivered"
            r"|implementation period|project period|funding period|\bduree\b|se deroul|realis"
            r"|demarr|debutera|mise en oeuvre|periode de programmation|forderzeitraum|laufzeit"
            r"|\blaufen\b|durchfuhrung|\bbeginnt\b|projets? (?:\w+ ){0,2}(?:commence|termine)"
            r"|activiteiten|activites? (?:\w+ ){0,2}(?:realis|mene)|subsidiabel",
            3.0,
        )
    ],
    "decision": [
        (
            r"\bjury\b|\bselection\b|decision|\bbeslist|beslissing|resultats|\bresults\b"
            r"|announced|bekendmaking|notification|entscheid|auswahl|laureats",
            3.0,
        )
    ],
}
CUE_RES: dict[str, list[tuple[re.Pattern[str], float]]] = {
    role: [(re.compile(pattern), weight) for pattern, weight in cues] for role, cues in CUES.items()
}
PERMANENT = re.compile(
    r"appel permanent|en continu|au fil de l'eau|a tout moment|sans date limite"
    r"|pas de date limite|doorlopend|permanent open|op elk moment|geen deadline|rolling"
    r"|at any time|anytime|open-ended|no deadline|first come,? first served|\blaufend\b"
    r"|jederzeit|keine (?:antrags)?fristen|windhundverfahren|fortlaufend|permanent"
)

# Connectives between dates: lists, ranges, replacements.
LIST_GAP = re.compile(
    r"^\W*(?:(?:et|and|en|und|ou|or|of|oder|bzw|sowie|le|la|the|het|am|zum|den|der|dem|on|de|op"
    # a repeated preposition: "jusqu'au 31 mars et jusqu'au 30 septembre"
    r"|jusqu|au|until|by|tot|met|bis|avant|before|voor|vor)\W+)*\W*$"
)
RANGE_GAP = re.compile(
    r"^\s*(?:inclus\w*|included)?\s*,?\s*(?:au|a|jusqu'?(?:au|a)|tot(?: en met)?|to|until|till"
    r"|through|bis(?: zum| einschliesslich)?|-|–|—|and|en|et|und)\s*(?:le|de|op|on|am|den|zum)?\s*$"
)
BETWEEN = re.compile(r"(?:entre|between|tussen|zwischen)\s*(?:le\s+|de\s+|dem\s+)?$")
RANGE_START = re.compile(r"(?:\bdu|\bvan|\bvom|\bfrom|\bde)\s*$")
DAY_ONLY_START = re.compile(
    r"(?:\bdu|\bvan|\bvom|\bfrom|\bde|entre|between|tussen)\s+\d{1,2}(?:er|\.)?\s*"
    r"(?:au|tot(?: en met)?|to|bis(?: zum)?|-|–|and|en|et|und)\s*$"
)
REPLACED_GAP = re.compile(
    r"^\W*(?:(?:wordt|werd|is|wird|est|was|has been|been|sera)\s+)?"
    r"(?:vervangen|remplace\w*|replaced|ersetzt|gewijzigd|modifie\w*|changed|verlengd"
    r"|prolonge\w*|extended|verlangert|verschoben|reporte\w*|postponed)?"
    r"\s*(?:door|par|by|durch|naar|tot|to|in|jusqu'?au|au|bis|auf)\W*$"
)
REPLACEMENT_VERB = re.compile(
    r"vervang|wijzig|replac|remplac|ersetz|verleng|prolong|extend|report|verschoven|uitgesteld"
    r"|postpone|verschoben|modifi"
)
PAST = re.compile(r"^\s*(?:dernier|derniere|last|jongstleden|laatstleden|letzten)\b")
