"""Find dates in call texts and tell the submission deadline from the other dates.

Dates come in every form ("25/08/2023", "25 août 2023 à 12h00 (midi)", "uiterlijk op
15 maart 2024 om 23u59", "June 30th, 2025", "Einreichungsfrist 30.06.2024"). Each mention
gets a role from the cue words around it (deadline, opening, publication, info session,
questions, registration, project period, decision), then the deadline is chosen.

>>> deadline = extract_deadline("Date limite de dépôt : 25 août 2023 à 12h00 (midi).")
>>> deadline.date, deadline.time, deadline.raw
(datetime.date(2023, 8, 25), datetime.time(12, 0), '25 août 2023 à 12h00')
>>> extract_deadline("Aanvragen kunnen doorlopend ingediend worden.").permanent
True
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from veille.domain.text import fold, fold_with_map

# --- vocabularies (folded: lower case, no accents) ---------------------------------------

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
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
):
    for _name in _names.split():
        _MONTHS[_name] = _number


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_EN_MONTHS = {
    name: n
    for name, n in _MONTHS.items()
    if name
    in _wordset(
        "january jan february feb march mar april apr may june jun july jul august aug "
        "september sept sep october oct november nov december dec"
    )
}
_WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    [
        "lundi maandag monday montag mon",
        "mardi dinsdag tuesday dienstag tue",
        "mercredi woensdag wednesday mittwoch wed",
        "jeudi donderdag thursday donnerstag thu",
        "vendredi vrijdag friday freitag fri",
        "samedi zaterdag saturday samstag sonnabend sat",
        "dimanche zondag sunday sonntag sun",
    ]
):
    for _name in _names.split():
        _WEEKDAYS[_name] = _number


def _alternation(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_MONTH_RE = _alternation(_MONTHS)
_EN_MONTH_RE = _alternation(_EN_MONTHS)
_WEEKDAY_RE = _alternation(_WEEKDAYS)
_ORDINAL = r"(?:er|re|eme|e|ste|de|st|nd|rd|th)?"

_WRITTEN = re.compile(
    rf"(?:\b(?P<wd>{_WEEKDAY_RE})\b\.?,?\s+(?:(?:le|de|den|the|der)\s+)?)?"
    rf"(?<![\d.,/])(?P<d>\d{{1,2}}){_ORDINAL}\.?\s*(?:de\s+|of\s+|-\s*)?"
    rf"\b(?P<m>{_MONTH_RE})\b\.?"
    r"(?:,?\s*-?\s*(?P<y>(?:19|20)\d\d|'\d\d)(?!\d))?"
)
_MONTH_FIRST = re.compile(
    rf"(?:\b(?P<wd>{_WEEKDAY_RE})\b,?\s+)?\b(?P<m>{_EN_MONTH_RE})\b\.?\s+"
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:.]\d)\b"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d)(?!\d))?"
)
_NUMERIC = re.compile(
    rf"(?:\b(?P<wd>{_WEEKDAY_RE})\b\.?,?\s+)?"
    r"(?<![\d.,/:-])(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d])"
)
_ISO = re.compile(
    r"(?<![\d/.-])(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)"
    r"(?:[t ](?P<h>\d\d):(?P<mi>\d\d)(?::\d\d(?:\.\d+)?)?(?:z|[+-]\d\d:?\d\d)?)?(?![\d])"
)
# "15.04." (day and month, no year); a trailing dot is required, else it may be a time.
_DAY_MONTH_DOT = re.compile(
    rf"(?:\b(?P<wd>{_WEEKDAY_RE})\b\.?,?\s+)?(?<![\d.,/:])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?![\d])"
)
# "17/01" only after a preposition, since "24/7" or "1/2" are not dates.
_DAY_MONTH_SLASH = re.compile(
    r"\b(?:du|au|le|tot|van|op|from|to|until|vom|bis|zum|am|en|et|and|und) "
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![/\d])"
)

# The am/pm pattern comes first: at the same position it wins ("11:59 pm" is 23:59).
_TIME_PATTERNS = [
    re.compile(r"(?P<h>\d{1,2})(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.?m\b\.?|p\.?m\b\.?)"),
    re.compile(r"(?P<h>\d{1,2})\s*[h:u]\s*(?P<mi>[0-5]\d)(?![\d])"),
    re.compile(r"(?P<h>\d{1,2})[.](?P<mi>[0-5]\d)\s*(?:uur|uhr|u\b|h\b|hrs\b|cet|cest|gmt)"),
    re.compile(
        r"(?P<h>\d{1,2})\s*(?:uur|uhr|heures?|hrs?\b|o'?clock|h\b|u\b)(?:\s*(?P<mi>[0-5]\d)\b)?"
    ),
]
_TIME_BEFORE = re.compile(
    r"(?P<time>\b\d{1,2}(?:[:.h]\d\d\s*(?:a\.?m\.?|p\.?m\.?|uhr|uur|h)?"
    r"|\s*(?:a\.?m\.?|p\.?m\.?|uhr|uur|h\b))|\bmidnight|\bnoon|\bmidi|\bminuit)"
    r"\s*(?:\([a-z ]+\))?\s*(?:on|le|op|am|the|,)\s*(?:the\s+)?$"
)
_NOON = re.compile(r"\b(?:midi|noon|middag|mittag)\b")
_MIDNIGHT = re.compile(r"\b(?:minuit|middernacht|midnight|mitternacht)\b")

# Cue words giving the role of a date, with weights. Searched in the clause before the
# date (and, weaker, after it).
_CUES: dict[str, list[tuple[str, float]]] = {
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
_CUE_RES = {
    role: [(re.compile(pattern), weight) for pattern, weight in cues]
    for role, cues in _CUES.items()
}
_PERMANENT = re.compile(
    r"appel permanent|en continu|au fil de l'eau|a tout moment|sans date limite"
    r"|pas de date limite|doorlopend|permanent open|op elk moment|geen deadline|rolling"
    r"|at any time|anytime|open-ended|no deadline|first come,? first served|\blaufend\b"
    r"|jederzeit|keine (?:antrags)?fristen|windhundverfahren|fortlaufend|permanent"
)
_CLAUSE_BREAK = re.compile(r"[;\n|]|\s[—–]\s")
# after a year, a full stop ends a sentence if a capital follows ("2012. Der"), but not
# after a day ("1. Januar")
_SENTENCE_END = re.compile(r"(?:(?<=\D)|(?<=\d{4}))[.!?](?=\s+[A-ZÀ-ÖØ-Ý«\"“(‘'0-9])|[!?]")
_LIST_GAP = re.compile(
    r"^\W*(?:(?:et|and|en|und|ou|or|of|oder|bzw|sowie|le|la|the|het|am|zum|den|der|dem|on|de|op"
    # a repeated preposition: "jusqu'au 31 mars et jusqu'au 30 septembre"
    r"|jusqu|au|until|by|tot|met|bis|avant|before|voor|vor)\W+)*\W*$"
)
_RANGE_GAP = re.compile(
    r"^\s*(?:inclus\w*|included)?\s*,?\s*(?:au|a|jusqu'?(?:au|a)|tot(?: en met)?|to|until|till"
    r"|through|bis(?: zum| einschliesslich)?|-|–|—|and|en|et|und)\s*(?:le|de|op|on|am|den|zum)?\s*$"
)
_BETWEEN = re.compile(r"(?:entre|between|tussen|zwischen)\s*(?:le\s+|de\s+|dem\s+)?$")
_RANGE_START = re.compile(r"(?:\bdu|\bvan|\bvom|\bfrom|\bde)\s*$")
_DAY_ONLY_START = re.compile(
    r"(?:\bdu|\bvan|\bvom|\bfrom|\bde|entre|between|tussen)\s+\d{1,2}(?:er|\.)?\s*"
    r"(?:au|tot(?: en met)?|to|bis(?: zum)?|-|–|and|en|et|und)\s*$"
)
_REPLACED_GAP = re.compile(
    r"^\W*(?:(?:wordt|werd|is|wird|est|was|has been|been|sera)\s+)?"
    r"(?:vervangen|remplace\w*|replaced|ersetzt|gewijzigd|modifie\w*|changed|verlengd"
    r"|prolonge\w*|extended|verlangert|verschoben|reporte\w*|postponed)?"
    r"\s*(?:door|par|by|durch|naar|tot|to|in|jusqu'?au|au|bis|auf)\W*$"
)
_REPLACEMENT_VERB = re.compile(
    r"vervang|wijzig|replac|remplac|ersetz|verleng|prolong|extend|report|verschoven|uitgesteld"
    r"|postpone|verschoben|modifi"
)
_PAST = re.compile(r"^\s*(?:dernier|derniere|last|jongstleden|laatstleden|letzten)\b")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@dataclass(frozen=True)
class Deadline:
    date: dt.date | None
    time: dt.time | None
    raw: str  # the text span that stated it
    permanent: bool = False  # "appel permanent", "doorlopende oproep", rolling...
    start: int = -1
    end: int = -1


@dataclass(frozen=True)
class DateMention:
    """A date found in a text, with the role its context suggests."""

    date: dt.date | None  # None when the year could not be resolved
    time: dt.time | None
    raw: str
    start: int  # offsets in the original text
    end: int
    role: str  # deadline | opening | publication | info_session | questions | ... | other
    score: float  # strength of the role cue
    year_given: bool
    range_start: dt.date | None = None  # for "du X au Y", X (the mention is Y)


@dataclass
class _Raw:
    start: int  # in folded text
    end: int
    day: int
    month: int
    year: int | None
    weekday: int | None
    time: dt.time | None = None
    time_end: int = -1


def _year(text: str | None) -> int | None:
    if not text:
        return None
    digits = text.lstrip("'")
    year = int(digits)
    if len(digits) == 2:
        year += 1900 if year >= 70 else 2000
    return year


def _scan(folded: str) -> list[_Raw]:
    found: list[_Raw] = []

    def add(match: re.Match, year: int | None, month: int, day: int) -> None:
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return
        weekday = match.groupdict().get("wd")
        start = match.start("wd") if weekday else min(match.start("d"), match.start("m"))
        raw = _Raw(start, match.end(), day, month, year, _WEEKDAYS.get(weekday or ""))
        if match.groupdict().get("h") and (match["h"], match["mi"]) != ("00", "00"):
            raw.time = _make_time(int(match["h"]), int(match["mi"]))
            raw.time_end = match.end()
        found.append(raw)

    for match in _ISO.finditer(folded):
        add(match, int(match["y"]), int(match["m"]), int(match["d"]))
    for match in _NUMERIC.finditer(folded):
        add(match, _year(match["y"]), int(match["m"]), int(match["d"]))
    for match in _WRITTEN.finditer(folded):
        add(match, _year(match["y"]), _MONTHS[match["m"]], int(match["d"]))
    for match in _MONTH_FIRST.finditer(folded):
        add(match, _year(match["y"]), _MONTHS[match["m"]], int(match["d"]))
    for match in _DAY_MONTH_DOT.finditer(folded):
        add(match, None, int(match["m"]), int(match["d"]))
    for match in _DAY_MONTH_SLASH.finditer(folded):
        add(match, None, int(match["m"]), int(match["d"]))
    # keep the longest of overlapping mentions
    found.sort(key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[_Raw] = []
    for raw in found:
        if kept and raw.start < kept[-1].end:
            continue
        kept.append(raw)
    return kept


# What may stand between two dates of one enumeration: list words and repeated cues
# ("jusqu'au 31 mars et jusqu'au 30 septembre 2025"), no digit, no other content.
_ENUMERATION_GAP = re.compile(r"^[^\d]{0,30}$")


def _share_years(folded: str, raws: list[_Raw], breaks: list[int]) -> None:
    """A year written once for an enumeration applies to its earlier dates.

    "le 31 mars et le 30 septembre 2025", "31 January and 31 May 2025": the dates without
    a year take the year of the next date of the same clause, when they fall before it in
    the calendar. Walks backwards so that the year travels along a list.
    """
    for index in range(len(raws) - 2, -1, -1):
        raw, nxt = raws[index], raws[index + 1]
        if raw.year is not None or nxt.year is None:
            continue
        stop = raw.time_end if raw.time_end > 0 else raw.end
        gap = folded[stop : nxt.start]
        if not _ENUMERATION_GAP.match(gap) or any(stop <= b < nxt.start for b in breaks):
            continue
        if (raw.month, raw.day) <= (nxt.month, nxt.day):
            raw.year = nxt.year


def _make_time(hour: int, minute: int) -> dt.time | None:
    if hour == 24 and minute == 0:
        return dt.time(23, 59)
    if 0 <= hour <= 23 and 0 <= minute <= 59:
        return dt.time(hour, minute)
    return None


def _find_time(window: str) -> tuple[dt.time | None, int]:
    """A time stated at the start of `window` (the text right after a date)."""
    best: tuple[int, dt.time | None, int] = (len(window) + 1, None, 0)
    for pattern in _TIME_PATTERNS:
        match = pattern.search(window)
        if not match or match.start() >= best[0]:
            continue
        hour = int(match["h"])
        minute = int(match["mi"] or 0)
        ap = match.groupdict().get("ap")
        if ap and ap.startswith("p") and hour < 12:
            hour += 12
        elif ap and ap.startswith("a") and hour == 12:
            hour = 0
        value = _make_time(hour, minute)
        if value is not None:
            best = (match.start(), value, match.end())
    for pattern, value in ((_NOON, dt.time(12, 0)), (_MIDNIGHT, dt.time(23, 59))):
        match = pattern.search(window)
        if match and match.start() < best[0]:
            best = (match.start(), value, match.end())
    start, value, end = best
    # a time belongs to the date only if little else stands between them
    if value is None or len(re.sub(r"[^a-z]", "", window[:start])) > 8:
        return None, 0
    return value, end


def _clause_breaks(text: str, folded: str, where: list[int]) -> list[int]:
    """Folded positions where a clause ends (a sentence end, ";", a dash, a new line)."""
    inverse = [0] * (len(text) + 1)
    for folded_index in range(len(where) - 1, -1, -1):
        inverse[where[folded_index]] = folded_index
    breaks = {inverse[m.start()] for m in _SENTENCE_END.finditer(text)}
    breaks.update(m.start() for m in _CLAUSE_BREAK.finditer(folded))
    return sorted(breaks)


def _clause_start(breaks: list[int], position: int, floor: int) -> int:
    start = floor
    for point in breaks:
        if point >= position:
            break
        start = max(start, point + 1)
    return start


def _clause_end(breaks: list[int], position: int, ceiling: int) -> int:
    for point in breaks:
        if point >= position:
            return min(point, ceiling)
    return ceiling


def _role(left: str, right: str, previous_at: int = -1) -> tuple[str, float]:
    """The role whose cue is strongest, nearer cues weighing more.

    `previous_at` is where the previous date ends in `left`: cues before it are weaker.
    Opening, publication and deadline cues are prepositions of the date they govern, so
    among them the nearest wins ("dès ce mercredi et jusqu'au 29 août").
    """
    scores: dict[str, float] = {}
    nearest: dict[str, int] = {}
    for role, cues in _CUE_RES.items():
        score, near = 0.0, 10_000
        for pattern, weight in cues:
            for match in pattern.finditer(left):
                distance = len(left) - match.end()
                factor = 1.0 if distance <= 30 else 0.7 if distance <= 80 else 0.5
                if match.end() <= previous_at:
                    factor *= 0.8
                score = max(score, weight * factor)
                near = min(near, distance)
            # after the date only strong cues count, and weakly ("... ont lieu en ligne")
            if weight >= 2.5 and pattern.search(right):
                score = max(score, weight * 0.4)
        if score:
            scores[role], nearest[role] = score, near
    if not scores:
        return "other", 0.0
    role = max(scores, key=lambda r: scores[r])
    temporal = [r for r in ("deadline", "opening", "publication") if r in scores]
    if role in temporal:
        role = min(temporal, key=lambda r: (nearest[r], -scores[r]))
    return role, scores[role]


def _resolve_year(raw: _Raw, reference: dt.date | None, hint: int | None, after: str) -> dt.date:
    """The date of a mention without a year; raises ValueError if it cannot be known."""
    if reference is not None:
        past = bool(_PAST.match(after))
        for year in (reference.year, reference.year + 1, reference.year - 1):
            try:
                candidate = dt.date(year, raw.month, raw.day)
            except ValueError:
                continue
            if past and candidate <= reference:
                return candidate
            if not past and candidate >= reference:
                return candidate
        raise ValueError("no year")
    anchor = hint if hint is not None else dt.date.today().year
    if raw.weekday is not None:
        for offset in (0, -1, 1, -2, 2, -3, 3, -4, -5, -6, 4, 5, 6):
            try:
                candidate = dt.date(anchor + offset, raw.month, raw.day)
            except ValueError:
                continue
            if candidate.weekday() == raw.weekday and candidate <= dt.date.today():
                return candidate
    if hint is not None:
        return dt.date(hint, raw.month, raw.day)
    raise ValueError("no year")


def find_dates(
    text: str, reference_date: dt.date | None = None, lang: str | None = None
) -> list[DateMention]:
    """Every date mention in `text` with offsets and a role guess.

    `reference_date` (e.g. the publication date) resolves dates written without a year:
    the first such date on or after it ("le 2 mars dernier" looks back instead). Without
    it, a year written elsewhere in the text or a weekday is used, if any.
    """
    del lang  # month names and cues of the four languages are all recognised
    if not text:
        return []
    folded, where = fold_with_map(text)
    raws = _scan(folded)
    if not raws:
        return []

    # times right after each date
    breaks = _clause_breaks(text, folded, where)
    for index, raw in enumerate(raws):
        if raw.time is not None:
            continue
        limit = raws[index + 1].start if index + 1 < len(raws) else len(folded)
        limit = min(limit, raw.end + 40)
        limit = _clause_end(breaks, raw.end, limit)
        value, end = _find_time(folded[raw.end : limit])
        if value is not None:
            raw.time, raw.time_end = value, raw.end + end

    # "by 5 p.m. on 3 March": a time just before the date
    for raw in raws:
        if raw.time is None:
            before = folded[max(0, raw.start - 25) : raw.start]
            match = _TIME_BEFORE.search(before)
            if match:
                raw.time, _ = _find_time(match.group("time"))

    _share_years(folded, raws, breaks)

    # a reference for dates without a year when none is given: the earliest full date
    hint = None
    if reference_date is None:
        full = [r for r in raws if r.year is not None]
        years = [int(y) for y in _YEAR.findall(folded)]
        if full:
            hint = min(r.year for r in full if r.year is not None)
        elif years:
            hint = min(years)

    mentions: list[DateMention] = []
    previous_end = 0
    previous_role: tuple[str, float] | None = None
    skip_next_as_range_end = False
    for index, raw in enumerate(raws):
        stop = raw.time_end if raw.time_end > 0 else raw.end
        nxt = raws[index + 1] if index + 1 < len(raws) else None
        gap_after = folded[stop : nxt.start] if nxt else ""
        clause_begin = _clause_start(breaks, raw.start, 0)
        left = folded[clause_begin : raw.start]
        previous_at = previous_end - clause_begin
        right_end = _clause_end(breaks, stop, nxt.start if nxt else len(folded))
        right = folded[stop : min(right_end, stop + 60)]

        is_range_start = bool(
            nxt
            and _RANGE_GAP.match(gap_after)
            and (not re.search(r"\b(?:and|en|et|und)\s*$", gap_after) or _BETWEEN.search(left))
        )
        if skip_next_as_range_end:
            skip_next_as_range_end = False
            previous_end = stop
            continue
        try:
            date = (
                dt.date(raw.year, raw.month, raw.day)
                if raw.year
                else _resolve_year(raw, reference_date, hint, folded[stop : stop + 20])
            )
        except ValueError:
            date = None

        if is_range_start and nxt is not None:
            # one mention for the range, placed on its end date
            nstop = nxt.time_end if nxt.time_end > 0 else nxt.end
            context = _RANGE_START.sub("", left)
            context = _BETWEEN.sub("", context)
            n_right_end = _clause_end(breaks, nstop, len(folded))
            role, score = _role(context, folded[nstop : min(n_right_end, nstop + 60)], previous_at)
            if role == "other":
                role, score = "deadline", 1.0  # "Du 15/01 au 11/03" on a call page
            try:
                end_date = (
                    dt.date(nxt.year, nxt.month, nxt.day)
                    if nxt.year
                    else _resolve_year(nxt, reference_date, hint, "")
                )
            except ValueError:
                end_date = None
            if date is not None and raw.year is None and end_date is not None:
                # the range starts in the end's year, or the year before ("du 15 décembre au
                # 31 janvier 2027"); compared as (month, day): 29 February exists only some years
                later = (date.month, date.day) > (end_date.month, end_date.day)
                try:
                    date = date.replace(year=end_date.year - later)
                except ValueError:
                    date = None
            mentions.append(_mention(text, where, nxt, end_date, role, score, nxt.year, date))
            skip_next_as_range_end = True
            previous_end = stop
            previous_role = (role, score)
            continue

        role, score = _role(left, right, previous_at)
        if _DAY_ONLY_START.search(left):  # "du 25 au 30 mars": the end of a range
            context = _DAY_ONLY_START.sub("", left)
            role, score = _role(context, right, previous_at)
            if role == "other":
                role, score = "deadline", 1.0
        listed = previous_role and _LIST_GAP.match(folded[previous_end : raw.start])
        # "le 21/02 et le 10/03", "zum 31. Januar, 31. Mai": the role of the first
        if listed and previous_role and role in ("other", previous_role[0]):
            role, score = previous_role[0], max(score, previous_role[1])
        mentions.append(_mention(text, where, raw, date, role, score, raw.year, None))
        previous_end = stop
        previous_role = (role, score)

    # "'30 september 2022' door '30 april 2025'": the second date replaces the first
    for index in range(len(mentions) - 1):
        first, second = mentions[index], mentions[index + 1]
        gap = text[first.end : second.start]
        sentence = fold(text[max(0, first.start - 200) : second.end + 50])
        if _REPLACED_GAP.match(fold(gap)) and _REPLACEMENT_VERB.search(sentence):
            role, score = (first.role, first.score) if first.role != "other" else ("deadline", 2)
            mentions[index + 1] = replace(second, role=role, score=score)
            mentions[index] = replace(first, role="replaced", score=0.0)
    return mentions


def _mention(
    text: str,
    where: list[int],
    raw: _Raw,
    date: dt.date | None,
    role: str,
    score: float,
    year: int | None,
    range_start: dt.date | None,
) -> DateMention:
    end = raw.time_end if raw.time_end > 0 else raw.end
    start, stop = where[raw.start], where[end]
    return DateMention(
        date,
        raw.time,
        text[start:stop].strip(),
        start,
        stop,
        role,
        score,
        year is not None,
        range_start,
    )


def extract_deadline(
    text: str, reference_date: dt.date | None = None, lang: str | None = None
) -> Deadline | None:
    """The submission deadline stated in `text`, a permanent-call marker, or None.

    Several candidate deadlines: the strongest cue wins; among equals, the next one on or
    after `reference_date` when they recur without a year, else the latest.
    """
    mentions = find_dates(text, reference_date, lang)
    candidates = [m for m in mentions if m.role == "deadline" and m.date is not None]
    if candidates:
        top = max(m.score for m in candidates)
        best = [m for m in candidates if m.score >= top - 0.5]
        recurring = len(best) > 1 and not any(m.year_given for m in best)
        if recurring and reference_date is not None:
            upcoming = [m for m in best if m.date and m.date >= reference_date]
            chosen = min(upcoming or best, key=lambda m: m.date or dt.date.max)
        else:
            chosen = max(best, key=lambda m: (m.date or dt.date.min, m.start))
        return Deadline(chosen.date, chosen.time, chosen.raw, False, chosen.start, chosen.end)
    folded, where = fold_with_map(text or "")
    match = _PERMANENT.search(folded)
    if match:
        start, end = where[match.start()], where[match.end()]
        return Deadline(None, None, text[start:end], True, start, end)
    return None


def extract_opening_date(
    text: str, reference_date: dt.date | None = None, lang: str | None = None
) -> dt.date | None:
    """When applications open, where the text says so (or the start of the deadline range)."""
    mentions = find_dates(text, reference_date, lang)
    for mention in mentions:
        if mention.role == "opening" and mention.date is not None:
            return mention.date
    for mention in mentions:
        if mention.role == "deadline" and mention.range_start is not None:
            return mention.range_start
    return None


def extract_publication_date(
    text: str, reference_date: dt.date | None = None, lang: str | None = None
) -> dt.date | None:
    """The publication date, where the text states it ("Publié le", "Geplaatst op"...)."""
    for mention in find_dates(text, reference_date, lang):
        if mention.role == "publication" and mention.date is not None:
            return mention.date
    return None
