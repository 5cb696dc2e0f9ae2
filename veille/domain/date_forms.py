"""The forms a date or a time of day takes in a text, found in its folded form.

Dates: "25/08/2023", "09/30/2025" (month first, when a date of the text shows it),
"25.08.23", "2025-09-30T17:00", "25 août 2023", "1er octobre", "June 30th, 2025",
"Dienstag, 1. Dezember", "15.04." (no year), "du 17/01" (no year, after a preposition).
Times: "12h00", "12 h", "om 23u59", "17.00 uur", "5 pm", "(midi)", "24:00 Uhr", "1600 hrs";
one just before a date counts too ("by 5 p.m. on 3 March").

>>> [(d.day, d.month, d.year) for d in scan_dates("du 17/01 au 19.08.2025")]
[(17, 1, None), (19, 8, 2025)]
>>> find_time(" a 12h00 (midi).")
(datetime.time(12, 0), 8)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from veille.domain.date_vocabulary import (
    EN_MONTH_RE,
    EN_MONTHS,
    MIDNIGHT,
    MONTH_RE,
    MONTHS,
    NOON,
    ORDINAL,
    WEEKDAY_RE,
    WEEKDAYS,
)

# A date form begins with a digit, a weekday or (in English) a month: a look-ahead on these
# first characters lets the regex engine skip every other position of a text at once.
_WEEKDAY_OR_DIGIT = "(?=[0-9" + "".join(sorted({name[0] for name in WEEKDAYS})) + "])"
_WEEKDAY_OR_MONTH = "(?=[" + "".join(sorted({n[0] for n in (*WEEKDAYS, *EN_MONTHS)})) + "])"
_WRITTEN = re.compile(
    rf"{_WEEKDAY_OR_DIGIT}(?:\b(?P<wd>{WEEKDAY_RE})\b\.?,?\s+(?:(?:le|de|den|the|der)\s+)?)?"
    rf"(?<![\d.,/])(?P<d>\d{{1,2}}){ORDINAL}\.?\s*(?:de\s+|of\s+|-\s*)?"
    rf"\b(?P<m>{MONTH_RE})\b\.?"
    r"(?:,?\s*-?\s*(?P<y>(?:19|20)\d\d|'\d\d)(?!\d))?"
)
_MONTH_FIRST = re.compile(
    rf"{_WEEKDAY_OR_MONTH}(?:\b(?P<wd>{WEEKDAY_RE})\b,?\s+)?\b(?P<m>{EN_MONTH_RE})\b\.?\s+"
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:.]\d)\b"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d)(?!\d))?"
)
_NUMERIC = re.compile(
    rf"{_WEEKDAY_OR_DIGIT}(?:\b(?P<wd>{WEEKDAY_RE})\b\.?,?\s+)?"
    r"(?<![\d.,/:-])(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d])"
)
_ISO = re.compile(
    r"(?=[12])(?<![\d/.-])(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)"
    r"(?:[t ](?P<h>\d\d):(?P<mi>\d\d)(?::\d\d(?:\.\d+)?)?(?:z|[+-]\d\d:?\d\d)?)?(?![\d])"
)
# "15.04." (day and month, no year); a trailing dot is required, else it may be a time.
_DAY_MONTH_DOT = re.compile(
    rf"{_WEEKDAY_OR_DIGIT}(?:\b(?P<wd>{WEEKDAY_RE})\b\.?,?\s+)?"
    r"(?<![\d.,/:])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?![\d])"
)
# "17/01" only after a preposition, since "24/7" or "1/2" are not dates.
_DAY_MONTH_SLASH = re.compile(
    # (and after a bound: "vóór 15/05", "tegen 15/05", "avant 15/05", "vor 15/05")
    r"(?=[abdefltouvzm])\b(?:du|au|le|tot|van|op|from|to|until|vom|bis|zum|am|en|et|and|und"
    r"|voor|tegen|met|uiterlijk|laatste|avant|before|vor) "
    # (not a share: "voor 1/2 van de projecten")
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?![/\d])(?!\s+(?:van|of|des|der)\b)"
)

# a month in Roman numerals, with its year ("16.III.2026", "16 III 2026"), as notices and
# older templates write it
_ROMAN_MONTHS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8,
                 "ix": 9, "x": 10, "xi": 11, "xii": 12}  # fmt: skip
_ROMAN = re.compile(
    r"(?=\d)(?<![\d.,/])(?P<d>\d{1,2})(?:\.\s?|\s)(?P<m>xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i)"
    r"(?:\.\s?|\s)(?P<y>(?:19|20)\d\d)(?!\d)"
)

# and after its weekday: "vrijdag 23/01", "vendredi 23/01"
_WEEKDAY_DAY_MONTH_SLASH = re.compile(
    rf"{_WEEKDAY_OR_DIGIT}\b(?P<wd>{WEEKDAY_RE})\b\.?,?\s+(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})(?![/\d])"
)

# The am/pm pattern comes first: at the same position it wins ("11:59 pm" is 23:59).
_TIME_PATTERNS = [
    re.compile(r"(?P<h>\d{1,2})(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ap>a\.?m\b\.?|p\.?m\b\.?)"),
    # (its seconds too, as portals give them: "17:00:00 Brussels time")
    re.compile(r"(?P<h>\d{1,2})\s*[h:u]\s*(?P<mi>[0-5]\d)(?::[0-5]\d(?!\d))?(?![\d])"),
    re.compile(r"(?P<h>\d{1,2})[.](?P<mi>[0-5]\d)\s*(?:uur|uhr|u\b|h\b|hrs\b|cet|cest|gmt)"),
    re.compile(
        r"(?P<h>\d{1,2})\s*(?:uur|uhr|heures?|hrs?\b|o'?clock|h\b|u\b)(?:\s*(?P<mi>[0-5]\d)\b)?"
    ),
    # the 24-hour clock in four digits: "1600 hrs", "2359 hours"
    re.compile(r"(?<!\d)(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)\s*(?:hrs|hours)\b"),
    # a dotted time without its word: after "at", "om", "um", "à" ("at 17.00 Brussels
    # time", "om 16.00"), or after a comma when a time zone or the clause's end follows
    # ("5 November 2026, 12.00 (UK time)"); not an amount ("12.500")
    # (or as the end of a range: "from 9.00 to 12.00", "van 9.00 tot 12.00")
    re.compile(
        r"\b(?:at|om|um|a|to|until|tot|bis)\s+(?P<h>[01]?\d|2[0-3])[.](?P<mi>[0-5]\d)(?!\d|[.,]\d)"
    ),
    re.compile(
        r",\s*(?P<h>[01]?\d|2[0-3])[.](?P<mi>[0-5]\d)(?!\d|[.,]\d)(?=\s*(?:\(|$|[.;\n]|"
        r"(?:local )?(?:uk|brussels|local|london|belgian|irish|dublin|malta) time"
        r"|heure|cet|cest|gmt|bst|utc|mez))"
    ),
]
# "by 5 p.m. on 3 March", "12:00 midday on 6 March", "5 pm CET, 22 April": a time, maybe a
# word for it or a time zone, then what leads to the date
_TIME_BEFORE = re.compile(
    r"(?P<time>(?:\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:hrs|hours)\b"
    r"|\b\d{1,2}(?:[:.hu]\d\d\s*(?:a\.?m\.?|p\.?m\.?|uhr|uur|hrs|hours|h)?"
    r"|\s*(?:a\.?m\.?|p\.?m\.?|uhr|uur|heures?|hrs|hours|h\b|u\b))|\bmidnight|\bnoon|\bmidday"
    r"|\bmidi|\bminuit)(?:\s*(?:noon|midday|midi|middag|'s middags|mittags|vormittags))?)"
    # (its words in brackets: "12:00 (noon)", "15:00 (3pm)")
    r"\s*(?:\([a-z0-9 .:]{1,40}\))?\s*"
    # a time zone: Europe's, or North America's ("11:59 p.m. ET on November 3", "11:59 p.m.
    # Eastern on Monday, February 2")
    r"(?:(?:cet|cest|gmt|utc|bst|ist|mez|mesz"
    r"|(?:local\s+)?(?:uk|brussels|irish|london|dublin|malta|belgian|local)\s+time|[ecmp][sd]?t"
    r"|(?:eastern|central|mountain|pacific)(?: time)?)\s*)?"
    # what leads to the date; nothing, after a time ending with its word ("12:00 noon
    # 08/12/2025", "17 Uhr 03.03.2026"), on the same line
    r"(?:(?:on|of|le|op|am|the|des|du|,)\s*(?:the\s+)?|(?<=[a-z.]) +)$"
)

YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a bound before a time said apart from any date: "uiterlijk om 17u00", "au plus tard à 12h00"
_BOUND_BEFORE_TIME = re.compile(
    r"\b(?:uiterlijk|ten laatste|au plus tard|at the latest|no later than|not later than"
    r"|spatestens)\s+(?:om|a|at|um|by|tegen)?\s*(?=\d|midi\b|noon|midday|minuit|midnight"
    r"|mittag|middag)"
)
# a time then its bound: "closes at 12 noon at the latest", "à 16h au plus tard"
_TIME_THEN_BOUND = re.compile(
    r"\b(?:at|a|om|um)\s+(?P<t>\d{1,2}(?:[:.hu]\d\d)?(?:\s*(?:uhr|uur|h|hrs|a\.?m\.?|p\.?m\.?"
    r"|noon|midday))?|midi|noon|midday|minuit|midnight)\s*(?:\([^)]{0,20}\)\s*)?"
    r"(?:(?:cet|cest|brussels time|heure de bruxelles|brusselse tijd)\s*)?"
    r"(?:at the latest|au plus tard|ten laatste|spatestens)\b"
)

_BOUND_WORDS_BEFORE_TIME = re.compile(
    r"\b(?:uiterlijk|ten laatste|au plus tard|at the latest|no later than|not later than"
    r"|spatestens"
    # one time said for a list: "…, à chaque fois à midi", "telkens om 17u", "each time by 5pm"
    r"|(?:a )?chaque fois|each time|every time|in each case|telkens|steeds|jeweils|respectivement"
    # the date's label between it and its time: "4 april 2025: deadline indiening (12u)"
    r"|deadline|(?:voor )?indiening|indienen|date limite|(?:de )?depot|einreichung|abgabe"
    r"|submission|closing date"
    # the date's own "next": "le lundi 16 mars prochain à minuit", "vrijdag 17 april e.k. om"
    r"|prochaine?|eerstkomend\w*|e\.k|aanstaande|kommenden"
    # a range's first hour, bare: "zwischen 9 und 12 Uhr", "tussen 9 en 12 uur"
    r"|(?:entre|between|tussen|zwischen|van|von|from|de)\s+\d{1,2}\s+(?:et|and|en|und|a|tot|to"
    r"|bis)"
    r")\b"
)
# between a time and the end of its range: "de 9h à 12h", "9:00–12:00", "between 9 am and 12
# noon": a deadline given as a span of hours ends at its end
_TIME_RANGE_GAP = re.compile(r"\s*(?:-|–|—|(?:a|au|tot|to|until|till|bis|et|and|en|und)\b)\s*")
_HOUR_ONLY = re.compile(r"(?:12\s*)?")
_RANGE_END_START = re.compile(r"\d|noon|midday|midi\b|middag|mittag")

# a time on the closing day, said apart from its date: "tot 17.00 uur op de sluitingsdag",
# "until 2 pm on the closing day", "bis 14 Uhr am letzten Tag", "jusqu'à 16h le dernier jour"
_CLOSING_DAY_TIME = re.compile(
    r"\b(?:tot|until|till|by|bis|jusqu'?a|avant|voor|before)\s+(?:om|a|at|um\s+)?(?=\d[^;\n]"
    r"{0,20}?\b(?:op de (?:sluitingsdag|laatste dag)|on the (?:closing|last) day|am (?:letzten"
    r" tag|schlusstag|stichtag)|le (?:dernier )?jour (?:de (?:la )?cloture|meme)|le dernier jour))"
)


@dataclass
class RawDate:
    """A date form found in folded text, before its role and its year are known."""

    start: int  # in folded text
    end: int
    day: int
    month: int
    year: int | None
    weekday: int | None
    time: dt.time | None = None
    time_end: int = -1
    time_shared: bool = False  # the time of a later date of its list ("all at 17:00")

    @property
    def stop(self) -> int:
        """Where the mention ends: after its time when one follows it."""
        return self.time_end if self.time_end > 0 else self.end


def _year(text: str | None) -> int | None:
    if not text:
        return None
    digits = text.lstrip("'")
    year = int(digits)
    if len(digits) == 2:
        year += 1900 if year >= 70 else 2000
    return year


# and after a label's colon ("Clôture : 31/03", "Closing date: 31/03"), in two figures each:
# not "24/7" or "1/2"
_DAY_MONTH_SLASH_LABEL = re.compile(
    r"(?<=[a-z]) ?: ?(?P<d>[0-3]\d)/(?P<m>[01]\d)(?![/\d])(?!\s+(?:van|of|des|der)\b)"
)


def scan_dates(folded: str) -> list[RawDate]:
    found: list[RawDate] = []

    def add(match: re.Match[str], year: int | None, month: int, day: int) -> None:
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return
        weekday = match.groupdict().get("wd")
        # the form's first figure: the day, the month ("June 30") or the year (ISO)
        start = match.start("wd") if weekday else min(match.start("d"), match.start("m"))
        if match.groupdict().get("y") and match["y"][0] != "'":
            start = min(start, match.start("y"))
        raw = RawDate(start, match.end(), day, month, year, WEEKDAYS.get(weekday or ""))
        if match.groupdict().get("h") and (match["h"], match["mi"]) != ("00", "00"):
            raw.time = make_time(int(match["h"]), int(match["mi"]))
            raw.time_end = match.end()
        found.append(raw)

    for match in _ISO.finditer(folded):
        add(match, int(match["y"]), int(match["m"]), int(match["d"]))
    numeric = list(_NUMERIC.finditer(folded))
    month_first = _month_first(numeric)
    for match in numeric:
        first, second = int(match["d"]), int(match["m"])
        if month_first and match["sep"] == "/":
            first, second = second, first
        add(match, _year(match["y"]), second, first)
    for match in _WRITTEN.finditer(folded):
        add(match, _year(match["y"]), MONTHS[match["m"]], int(match["d"]))
    for match in _MONTH_FIRST.finditer(folded):
        add(match, _year(match["y"]), MONTHS[match["m"]], int(match["d"]))
    for match in _ROMAN.finditer(folded):
        add(match, int(match["y"]), _ROMAN_MONTHS[match["m"]], int(match["d"]))
    for match in _DAY_MONTH_DOT.finditer(folded):
        add(match, None, int(match["m"]), int(match["d"]))
    if "/" in folded:  # a day and month with a slash, read only in the texts that hold one
        slashed = (_DAY_MONTH_SLASH, _DAY_MONTH_SLASH_LABEL, _WEEKDAY_DAY_MONTH_SLASH)
        for match in (found for pattern in slashed for found in pattern.finditer(folded)):
            add(match, None, int(match["m"]), int(match["d"]))
    # keep the longest of overlapping mentions
    found.sort(key=lambda r: (r.start, -(r.end - r.start)))
    kept: list[RawDate] = []
    for raw in found:
        if kept and raw.start < kept[-1].end:
            continue
        kept.append(raw)
    return kept


def _month_first(numeric: list[re.Match[str]]) -> bool:
    """Slashed dates are read month first (the US order) when one of them can only be read
    so ("09/30/2025") and none only day first ("30/09/2025"): a text keeps one order.

    >>> [(d.day, d.month) for d in scan_dates("due 09/30/2025, award 12/05/2025")]
    [(30, 9), (5, 12)]
    """
    slashed = [(int(m["d"]), int(m["m"])) for m in numeric if m["sep"] == "/"]
    return any(first <= 12 < second for first, second in slashed) and not any(
        second <= 12 < first for first, second in slashed
    )


def make_time(hour: int, minute: int) -> dt.time | None:
    """The time of day, or None when out of range; 24:00 is the end of the day (23:59)."""
    if hour == 24 and minute == 0:
        return dt.time(23, 59)
    if 0 <= hour <= 23 and 0 <= minute <= 59:
        return dt.time(hour, minute)
    return None


def find_time(window: str) -> tuple[dt.time | None, int]:
    """A time stated at the start of `window` (the text right after a date); of a span of
    hours ("de 9h à 12h", "9:00–12:00 Uhr"), its end."""
    value, _, end = _first_time(window)
    if value is None:
        return None, 0
    gap = _TIME_RANGE_GAP.match(window, end)
    if gap and _RANGE_END_START.match(window, gap.end()):
        rest = window[gap.end() : gap.end() + 25]
        later, later_start, later_end = _first_time(rest)
        # (its hour first: "12h", or "12 noon", whose word is the time found)
        if later is not None and _HOUR_ONLY.fullmatch(rest[:later_start]) and later > value:
            return later, gap.end() + later_end
    return value, end


def _first_time(window: str) -> tuple[dt.time | None, int, int]:
    """The first time of `window`: its value, where its hour stands and where it ends."""
    best: tuple[int, dt.time | None, int] = (len(window) + 1, None, 0)
    for pattern in _TIME_PATTERNS:
        match = pattern.search(window)
        # ordered by where the hour stands: "at 4.00 p.m." is the am/pm form, not "at 4.00"
        if not match or match.start("h") >= best[0]:
            continue
        hour = int(match["h"])
        minute = int(match["mi"] or 0)
        ap = match.groupdict().get("ap")
        if ap and ap.startswith("p") and hour < 12:
            hour += 12
        elif ap and ap.startswith("a") and hour == 12:
            hour = 0
        value = make_time(hour, minute)
        if value is not None:
            best = (match.start("h"), value, match.end())
    for pattern, value in ((NOON, dt.time(12, 0)), (MIDNIGHT, dt.time(23, 59))):
        match = pattern.search(window)
        if match and match.start() < best[0]:
            best = (match.start(), value, match.end())
    start, value, end = best
    # a time belongs to the date only if little else stands between them, a bound aside
    # ("vrijdag 27 maart, uiterlijk om 23u59", "le 30 septembre au plus tard (16 h)")
    between = _BOUND_WORDS_BEFORE_TIME.sub("", window[:start])
    if value is None or len(re.sub(r"[^a-z]", "", between)) > 8:
        return None, 0, 0
    return value, start, end


def time_before(before: str) -> dt.time | None:
    """A time written just before a date, as in "by 5 p.m. on 3 March" (`before` ends there)."""
    match = _TIME_BEFORE.search(before)
    return find_time(match.group("time"))[0] if match else None


def bounded_times(folded: str) -> list[tuple[dt.time, int, int]]:
    """Times said with a bound ("uiterlijk om 17u00", "no later than 5 pm"), with where they
    stand in `folded`: the time of a deadline whose date is written elsewhere.

    >>> bounded_times("a deposer au plus tard a 12h00 sur le guichet")
    [(datetime.time(12, 0), 25, 30)]
    """
    found = []
    for match in (*_BOUND_BEFORE_TIME.finditer(folded), *_CLOSING_DAY_TIME.finditer(folded)):
        value, end = find_time(folded[match.end() : match.end() + 20])
        if value is not None:
            found.append((value, match.end(), match.end() + end))
    for match in _TIME_THEN_BOUND.finditer(folded):
        value, _ = find_time(match["t"])
        if value is not None:
            found.append((value, match.start("t"), match.end("t")))
    return found
