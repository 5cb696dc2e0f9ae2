"""Every date mention of a text, with the role the words around it give it.

A mention is a date form (`date_forms`) with its time, its year (written, shared by an
enumeration, or resolved from the reference date) and a role from the cue words of its
clause (`date_vocabulary.CUES`): deadline, opening, publication, info session, questions,
registration, project period, decision, or other. Ranges ("du 2 février au 16 mars") are
one mention on their end date; "X remplacé par Y" makes Y take X's role.

>>> [(m.role, str(m.date)) for m in find_dates(
...     "Publié le 3 mars 2025. Date limite : 30 avril 2025.", dt.date(2025, 3, 3))]
[('publication', '2025-03-03'), ('deadline', '2025-04-30')]
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from veille.domain.date_forms import YEAR, RawDate, find_time, scan_dates, time_before
from veille.domain.date_vocabulary import (
    BETWEEN,
    BOUND_TOMORROW,
    BOUND_WEEKDAY,
    CALL_NAMED,
    CHANGED_SINCE,
    COUNT_WORDS,
    CUE_RES,
    DAY_DASH_START,
    DAY_ONLY_START,
    GATHERING,
    GATHERING_ORGANISED,
    LIST_GAP,
    OTHER_CALLS,
    OTHER_CALLS_STEMS,
    PAST,
    RANGE_GAP,
    RANGE_START,
    RECURRENCE,
    REPLACED_GAP,
    REPLACEMENT_VERB,
    SERIES_RECURRENCE,
    STAGE_RESTRICTED,
    TOMORROW_DAYS,
    TOMORROW_THEN_VERB,
    WEEKDAY_RE,
    WEEKDAYS,
    WINDOW_END,
    WITHIN,
    cues_for,
)
from veille.domain.text import fold, fold_with_map


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
    series: int = 0  # mentions listed together ("le 21/02 et le 10/03") share a number
    month_day: tuple[int, int] = (1, 1)  # as written, known even when the year is not


_CLAUSE_BREAK = re.compile(r"[;\n|]|\s[—–]\s")
# a full stop ends a sentence if a capital follows: after a word, a year ("2012. Der") or an
# amount ("£250,000. The deadline"), but not after a day ("1. Januar")
# ("2 p.m. (CET), Tuesday 19 May" goes on: a time's "a.m."/"p.m." ends no sentence), or a
# time ("… au 9 janvier 2026 à 23h59. Les projets …", "until 17:00. Funded projects")
# (the look-ahead first lets the engine pass every other character at once)
_SENTENCE_END = re.compile(
    r"(?=[.!?])(?:(?:(?<=\D)(?<![ap]\.m)|(?<=\d{3})|(?<=[h:u]\d\d))[.!?]"
    r"(?=\s+[A-ZÀ-ÖØ-Ý«\"“(‘'0-9])|[!?])"
)
# What may stand between two dates of one enumeration: list words and repeated cues
# ("jusqu'au 31 mars et jusqu'au 30 septembre 2025"), no digit, no other content.
_ENUMERATION_GAP = re.compile(r"^[^\d]{0,30}$")
_DIGIT = re.compile(r"\d")
_TEMPORAL = ("deadline", "opening", "publication")  # roles that bound a date, not name it
# what may stand between a date and its time: a dash ("02/04/2026 – 14h00", or ending its
# line in a PDF's table: "10 June 2026 –\n17:00 CEST"), a table's cell
# ("16/03/2026 | 17:00"), or a new line that gives the time ("\nHeure limite : 12h00",
# "\n(12h00)")
_TIME_LABEL = (
    r"(?:local |lokale |plaatselijke )?"
    r"(?:heure|uur|tijdstip|tijd|time|uhrzeit|ortszeit)\w*(?: limite| limiet| locale)?"
)
_BEFORE_TIME = re.compile(
    # (an empty line may stand between them, and a bracket may begin with its preposition:
    # "30 novembre 2025\n\n23:59", "8 mei 2026\n\n(om 12 uur)")
    r"[ \t]*(?:[—–|\t-][ \t]*\n?|\n(?:[ \t]*\n)?[ \t]*"
    # (or with its bound: "18/09/2026\n(ten laatste om 23:59)")
    r"(?:[•·*▪–-][ \t]*|\([ \t]*(?:(?:ten laatste|uiterlijk|au plus tard|at the latest"
    r"|spatestens)[ \t]+)?(?:(?:om|a|at|um|vers|tegen)[ \t]+)?)?"
    # (in two languages, in a table's cell: "\nUur / Heure | 14u00")
    rf"(?:{_TIME_LABEL}(?:[ \t]*/[ \t]*{_TIME_LABEL})*[ \t]*[:|\t]?"
    # the time's label on its own line, as a PDF's form gives it: "Heure limite\n12:00"
    r"(?:[ \t]*\n)?)?"
    # a form's time field on the date's own line: "Date : 15/01/2026 Heure locale : 14:00"
    r"|(?:local time|heure locale|lokale tijd|plaatselijke tijd|ortszeit)[ \t]*:?)[ \t]*(?=\d)"
)
# a line cut inside a sentence or a label, as PDFs give it ("De aanvraag moet uiterlijk\nop 19
# juni", "Date limite de dépôt des\ncandidatures :"): the line ends on a word or a number, the
# next one begins in lower case; such a new line ends no clause (matched at the "\n", in the text)
_SOFT_LINE_BREAK = re.compile(r"(?<=[^\W_])[ \t]*\n[ \t]*(?=[a-zß-öø-ÿ])")
# "X and Y", "le X et le Y": a list, not a range (unless "between X and Y")
_LIST_BREAK = re.compile(r"(?:(?<=[^\W\d_]{3})|(?<=\d{3}))[.!?]\s+(?=[A-ZÀ-ÖØ-Ý])")
_LAST_LIST_WORD = re.compile(r"\b(?:and|en|et|und)\s*(?:le|la|the|de|op|on|am|den|zum)?\s*$")


class _Clauses:
    """Where the clauses of a text end: sentence ends, ";", a spaced dash, a new line."""

    def __init__(self, text: str, folded: str, where: list[int]):
        self.text, self.where = text, where
        if len(folded) == len(text) and where[-1] == len(text):  # one character for one
            breaks = {m.start() for m in _SENTENCE_END.finditer(text)}
        else:
            inverse = [0] * (len(text) + 1)
            for folded_index in range(len(where) - 1, -1, -1):
                inverse[where[folded_index]] = folded_index
            breaks = {inverse[m.start()] for m in _SENTENCE_END.finditer(text)}
        breaks.update(
            m.start()
            for m in _CLAUSE_BREAK.finditer(folded)
            if not (m.group() == "\n" and _SOFT_LINE_BREAK.match(text, self.original(m.start())))
        )
        self.breaks = sorted(breaks)

    def original(self, folded_index: int) -> int:
        return self.where[min(folded_index, len(self.where) - 1)] if self.where else 0

    def start(self, position: int) -> int:
        start = 0
        for point in self.breaks:
            if point >= position:
                break
            start = point + 1
        return start

    def end(self, position: int, ceiling: int) -> int:
        for point in self.breaks:
            if point >= position:
                return min(point, ceiling)
        return ceiling

    def any_between(self, start: int, stop: int) -> bool:
        return any(start <= point < stop for point in self.breaks)

    def sentence_ends_between(self, start: int, stop: int) -> bool:
        """A full stop after a word or a year, then a capital ("2023. Am 19. Juni"); not an
        abbreviation before a number ("15.04. bzw. 15.10.")."""
        return bool(_LIST_BREAK.search(self.text, self.original(start), self.original(stop)))


# a day said in the past tense right before it: "(Frist war der 15. Mai)", "(la date limite
# était le 15 mai)", "the deadline was 15 May", "de deadline was 15 mei", "closed on 15 May"
_SAID_PAST = re.compile(
    r"\b(?:war|waren|lag|endete|was|were|ended|closed|etait|etaient|a pris fin|s'est (?:close"
    r"|cloturee|terminee)|prenait fin|eindigde|sloot|verstreek)\s+(?:(?:der|die|das|den|am|le"
    r"|la|the|on|op|de|au|zum)\s+)?$"
)
_PAST_CHARS = 40
# a time said with its preposition in the clause of a day named without its date
_TIME_AT = re.compile(
    r"\b(?:om|a|at|um|tot|jusqu'a|by|bis)\s+(?=\d{1,2}\b|\d{1,2}[:.hu]|midi|minuit"
    r"|middernacht|midnight|noon|mitternacht|mittag)"
)
_DATELINE_CUE = 1.5  # below the weakest cue before a date: a cue after it, weighed down
_DATELINE_LEAD = 20  # a place or a weekday before a dateline ("Eupen, ", "Mittwoch, ")
_DATELINE_SCORE = 3.0
_COUNTED_DAYS_MAX = 90  # "binnen drie weken": a deadline's distance, not a project's length


def _days_after(day: dt.date, count: int, working: bool) -> dt.date:
    """`count` days after `day`, or working days (Monday to Friday)."""
    if not working:
        return day + dt.timedelta(days=count)
    while count:
        day += dt.timedelta(days=1)
        count -= day.weekday() < 5
    return day


# a weekday right before a bound and its weekday: a span of days ("Montag bis Freitag")
_SPAN_FROM_WEEKDAY = re.compile(rf"\b(?:{WEEKDAY_RE})\W*$")
_NEXT_DATES_TIME = re.compile(
    r"\s*(?:(?:uhr|uur|heures?|hrs|h|a\.?m\.?|p\.?m\.?)\b\.?)?\s*(?:on|le|op|am)\s*(?:the\s+)?$"
)


# a day's recurrence said between it and its time: "15 September each year, at 17:00",
# "le 15 septembre de chaque année, à 17h", "15. September jedes Jahres um 17 Uhr"
_EACH_YEAR = re.compile(
    r"[ \t]+(?:(?:of )?(?:each|every) year|annually|yearly|(?:de )?chaque annee|tous les ans"
    r"|(?:van )?(?:elk|ieder) jaar|jaarlijks|jedes jahr(?:es)?|jahrlich)\b"
)


def _attach_times(folded: str, raws: list[RawDate], clauses: _Clauses) -> None:
    """The time right after each date, in its clause; else one just before it."""
    for index, raw in enumerate(raws):
        if raw.time is not None:
            continue
        limit = raws[index + 1].start if index + 1 < len(raws) else len(folded)
        # "02/04/2026 – 14h00", "16/03/2026 | 17:00": what ends a clause does not end the
        # date's time
        bridge = _BEFORE_TIME.match(folded, raw.end) or _EACH_YEAR.match(folded, raw.end)
        begin = bridge.end() if bridge else raw.end
        limit = clauses.end(begin, min(limit, begin + 40))
        value, end = find_time(folded[begin:limit])
        # "… 2 March 2026 to 17:00 on 31 March": the time before the next date is that one's
        if value is not None and not (
            index + 1 < len(raws)
            and _NEXT_DATES_TIME.match(folded, begin + end, raws[index + 1].start)
        ):
            raw.time, raw.time_end = value, begin + end
    previous_stop = 0
    for raw in raws:
        # not the time of the date before ("1 March 2026 09:00\t30 April 2026")
        if raw.time is None:
            raw.time = time_before(folded[max(0, raw.start - 40, previous_stop) : raw.start])
        previous_stop = raw.stop


def _share_years(folded: str, raws: list[RawDate], clauses: _Clauses) -> None:
    """A year written once for an enumeration applies to its earlier dates.

    "le 31 mars et le 30 septembre 2025", "31 January and 31 May 2025": the dates without
    a year take the year of the next date of the same clause, when they fall before it in
    the calendar. Walks backwards so that the year travels along a list.
    """
    for index in range(len(raws) - 2, -1, -1):
        raw, nxt = raws[index], raws[index + 1]
        if raw.year is not None or nxt.year is None:
            continue
        gap = folded[raw.stop : nxt.start]
        if not _ENUMERATION_GAP.match(gap) or clauses.any_between(raw.stop, nxt.start):
            continue
        # an enumeration lists other days: the same day again is the same date restated
        # with its year ("annuelle : 31 mars (cette année : 31 mars 2026)")
        if (raw.month, raw.day) < (nxt.month, nxt.day):
            raw.year = nxt.year


# the time zones pages name after a time: one list for the two patterns below
_ZONE_NAMES = (
    r"(?:cet|cest|gmt|utc|bst|mez|mesz|(?:local )?(?:brussels|uk|irish|london|belgian"
    r"|dublin|malta|local) time|heure de bruxelles|heure locale|belgische tijd|brusselse tijd"
    r"|brusseler zeit|ortszeit)\b"
)
# a time zone right after a date's time
_ZONE_AFTER = re.compile(r"^[ \t]*\(?" + _ZONE_NAMES + r"\)?")
_SHARED_TIME = re.compile(
    r"\b(?:all|each|both|toutes|tous|chacune?|telkens|steeds|allemaal|beide|jeweils|alle"
    r"|chaque fois|every time|in each case|respectivement)\b"
)


# a time set apart after the last date of a list, in brackets or with its time zone: a note
# for the whole list ("15 January, 15 April and 15 September (12:00, Brussels time)")
_TIME_IN_BRACKETS = re.compile(r"\s*,?\s*\(")
_TIME_ZONE = re.compile(r"\s*(?:uhr|uur|h)?\s*,?\s*\(?" + _ZONE_NAMES)


def _share_times(folded: str, raws: list[RawDate], clauses: _Clauses) -> None:
    """ "14 January, 13 May and 16 September 2026 (all at 17:00)": one time for a list."""
    for index in range(len(raws) - 2, -1, -1):
        raw, nxt = raws[index], raws[index + 1]
        if raw.time is not None or nxt.time is None:
            continue
        gap = folded[raw.stop : nxt.start]
        if not _ENUMERATION_GAP.match(gap) or clauses.any_between(raw.stop, nxt.start):
            continue
        said = nxt.time_end > 0 and bool(_SHARED_TIME.search(folded[nxt.end : nxt.time_end]))
        if not said and nxt.time_end > 0 and LIST_GAP.match(gap):
            said = bool(
                _TIME_IN_BRACKETS.match(folded, nxt.end) or _TIME_ZONE.match(folded, nxt.time_end)
            )
        if said or nxt.time_shared:
            raw.time, raw.time_shared = nxt.time, True


# an ordinal whose noun is left out, right before its date: "et une seconde le", "and a
# second on", "en een tweede op", "und eine zweite am"
_ELIDED_ORDINAL = re.compile(
    r"\b(?:une?|a|an|een|eine[nr]?|la|le|the|de|het|die|der|das)\s+(?:seconde?|deuxieme|troisieme"
    r"|derniere|dernier|second|third|final|last|tweede|derde|laatste|zweite[nr]?|dritte[nr]?"
    r"|letzte[nr]?)\s+(?:le|on|op|am|the|au|per)?\s*$"
)
_ORDINAL_CHARS = 30  # what the ordinal and its article take before the date
_NOT_WORD = " \t\n\r.,;:!?-–—•*·()[]«»\"'“”„"
_HEAD_CHARS = 6  # an article before the first word: "les résultats", "de projecten"
_AFTER = {"in_force": 1.0, "spending": 1.0}  # roles whose cue words come after the date at
# full weight
# between the cells of a table's row, as text gives them: a tab, a pipe, or three spaces and
# more (a PDF's columns: "Vollantrag    02.03.2026    17.04.2026")
_CELL = re.compile(r"[\t|]| {3,}")
_HEADER_LINES = 6  # a table's header row is looked for this many rows up
_LABEL_CHARS = 60  # a line that names the date under it is short: "Date limite de dépôt"
# a form's generic field under the heading that names it (tender notices: "Time limit for
# receipt of tenders\nDate: 02/12/2025\nLocal time: 17:00"); such headings run longer
_FIELD = re.compile(
    r"(?:date|datum|day|jour|dag|tag)(?: (?:et|and|en|und) (?:heure|time|tijd|uhrzeit))?"
)
_HEADING_CHARS = 100
# a table's cell that says only "end" names the end of the window its row gives ("Förderaufruf
# \tBeginn\tEnde"); in a sentence "fin" or "Ende" may end anything, so only as a whole cell
_END_CELL = re.compile(r"ende|fin|date de fin|einde|einddatum|enddatum|end date|end")
# what a date's own line may begin with and still be named by the label above it
_DATE_ARTICLE = re.compile(r"le|la|am|op|on|on the|the|den|der|de")
# a list of "date – what happens" ("22 janvier 2026 – séance d'information ; 31 août 2026 –
# date limite de remise des projets"): the words after the dash name the date before it
_DASH_LABEL = re.compile(r"[ \t]*[—–-][ \t]+(?=[^\W\d_])")
# a line with nothing on it, with the new lines around it ("\n\n", "\n \n")
_EMPTY_LINE = re.compile(r"\n[ \t]*\n[ \t]*")


# a period's own years right after its noun: "2026 bis 2028", "2026-2028", "van 2026 tot 2028"
_OWN_YEARS = re.compile(
    r"\s*(?:(?:du|de|van|vom|von|from)\s+)?(?:19|20)\d\d\s*(?:-|–|bis|a|au|tot|to|until|till"
    r"|through)\s*(?:19|20)\d\d\b"
)


_PREPOSITION_WEIGHT = 3.0  # the strongest cue of a bound ("date limite", "jusqu'au")


def _word_start(text: str, index: int) -> int:
    """Where the word that holds `index` begins."""
    while index > 0 and text[index - 1].isalnum():
        index -= 1
    return index


def _role(
    left: str,
    right: str,
    previous_at: int = -1,
    cue_res: dict[str, list[tuple[re.Pattern[str], float]]] = CUE_RES,
) -> tuple[str, float]:
    """The role whose cue is strongest, nearer cues weighing more.

    `previous_at` is where the previous date ends in `left`: cues before it are weaker.
    Opening, publication and deadline cues are prepositions of the date they govern, so
    among them the nearest wins ("dès ce mercredi et jusqu'au 29 août").
    """
    scores: dict[str, float] = {}
    nearest: dict[str, int] = {}
    headed: set[str] = set()  # roles with a cue at the clause's head (its subject)
    length = len(left)
    head = length - len(left.lstrip(_NOT_WORD))
    for role, cues in cue_res.items():
        score, near = 0.0, 10_000
        after_factor = _AFTER.get(role, 0.4)
        for pattern, weight in cues:
            for match in pattern.finditer(left):
                end = match.end()
                # a period given by its own years ("Förderzeitraum 2026 bis 2028 bis 15.
                # Januar"): its noun names those years, not the date after them
                if role == "project" and _OWN_YEARS.match(left, end):
                    continue
                distance = length - end
                # the clause's label or subject names what its dates are, however far
                # ("Looptijd: het digipunt werkt … vanaf", "Les résultats seront
                # communiqués aux candidats au plus tard le")
                # (from the start of its word: "Die Antragsfrist für …" is headed by "frist")
                at_head = _word_start(left, match.start()) - head <= _HEAD_CHARS
                if at_head:
                    headed.add(role)
                factor = 1.0 if distance <= 30 or at_head else 0.7 if distance <= 80 else 0.5
                if end <= previous_at:
                    factor *= 0.8
                if weight * factor > score:
                    score = weight * factor
                if distance < near:
                    near = distance
            # after the date, cues count weakly ("... ont lieu en ligne", "le 30 mars au
            # plus tard"), and only the strong ones and bounds; a verb that ends its clause
            # fully ("tritt zum 1. Januar in Kraft", "treedt op 1 januari in werking")
            if weight >= 2.0 and right and score < weight * after_factor and pattern.search(right):
                score = weight * after_factor
        if score:
            scores[role], nearest[role] = score, near
    if not scores:
        return "other", 0.0
    top = max(scores.values())
    tied = [r for r in scores if scores[r] >= top - 1e-9]
    # on a tie, the word naming what is bounded wins over the bound ("questions may be
    # submitted until", "Ende der Bindefrist", "la décision sera notifiée au plus tard le")
    temporal = [r for r in _TEMPORAL if r in scores]
    bound_at = min((nearest[r] for r in temporal), default=10_000)
    # …unless that word only qualifies what the subject is, farther from the date than the
    # bound ("Les demandes de projets de courte durée sont à introduire pour le", "Anträge
    # für den Förderzeitraum ab 2026 sind bis zum"): the subject and the bound name the date
    best = next((r for r in tied if r not in _TEMPORAL), None)
    # (also when the subject is a deadline's own word: "Die Einreichfrist für Pilotprojekte
    # läuft am … ab"; and a verb of happening has the subject its date is: "La clôture des
    # candidatures … aura lieu le")
    headed_deadline = "deadline" in headed and scores.get("deadline", 0.0) >= top
    qualifies = (best == "project" and (nearest[best] > bound_at or headed_deadline)) or (
        best == "event" and headed_deadline
    )
    qualifies = qualifies and best not in headed
    subject_or_tie = top == scores.get("deadline") or (
        "deadline" in headed and scores.get("deadline", 0.0) >= top - 0.5
    )
    if qualifies and subject_or_tie:
        return "deadline", scores["deadline"]
    role = best or tied[0]
    # (a cue above the prepositions' weights names the date whatever bound stands nearer:
    # "l'ouverture de la phase de candidature est annoncée pour le")
    if role in temporal and top <= _PREPOSITION_WEIGHT:
        role = min(temporal, key=lambda r: (nearest[r], -scores[r]))
    return role, scores[role]


def _year_hint(folded: str, raws: list[RawDate]) -> int | None:
    """Without a reference date, dates without a year take the earliest year written."""
    written = [raw.year for raw in raws if raw.year is not None]
    if written:
        return min(written)
    years = [int(year) for year in YEAR.findall(folded)]
    return min(years) if years else None


def _resolve_year(
    raw: RawDate, reference: dt.date | None, hint: int | None, after: str, past: bool = False
) -> dt.date | None:
    """The date of a mention without a year, or None if it cannot be known.

    With a reference date: the first such date on or after it ("le 2 mars dernier" looks
    back instead). Without one: the year written elsewhere in the text (`hint`), or the
    year nearest to it on which the stated weekday falls.
    """
    if reference is not None:
        past = past or bool(PAST.match(after))
        for year in (reference.year, reference.year + 1, reference.year - 1):
            candidate = _date(year, raw.month, raw.day)
            if candidate is None:
                continue
            if (candidate <= reference) if past else (candidate >= reference):
                return candidate
        return None
    if hint is None:
        return None
    if raw.weekday is not None:
        for offset in (0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6):
            candidate = _date(hint + offset, raw.month, raw.day)
            if candidate is not None and candidate.weekday() == raw.weekday:
                return candidate
    return _date(hint, raw.month, raw.day)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # 29 February of a common year, 31 April...
        return None


class _Reader:
    """Walks the date forms of one text in order and gives each mention its role."""

    def __init__(
        self,
        text: str,
        folded: str,
        where: list[int],
        raws: list[RawDate],
        reference: dt.date | None,
    ):
        self.text, self.folded, self.where, self.raws = text, folded, where, raws
        self.clauses = _Clauses(text, self.folded, self.where)
        _attach_times(self.folded, self.raws, self.clauses)
        _share_years(self.folded, self.raws, self.clauses)
        _share_times(self.folded, self.raws, self.clauses)

        self.starts = [raw.start for raw in raws]
        self.series = 0  # the number of the list the mention being read belongs to
        self.reference = reference
        self.hint = _year_hint(self.folded, self.raws) if reference is None else None
        self.cues = cues_for(self.folded)

    def date_of(self, raw: RawDate, after: str, past: bool = False) -> dt.date | None:
        """The date of `raw`; `past` when its clause says it in the past tense."""
        if raw.year is not None:
            return _date(raw.year, raw.month, raw.day)
        return _resolve_year(raw, self.reference, self.hint, after, past)

    def mentions(self) -> list[DateMention]:
        found: list[DateMention] = []
        previous_end = 0
        previous_role: tuple[str, float] | None = None
        index = series = 0
        while index < len(self.raws):
            raw = self.raws[index]
            nxt = self.raws[index + 1] if index + 1 < len(self.raws) else None
            label = self._cell_label(raw.start)
            if label is None:
                label = self._label_after(raw)
            if label is not None:  # a table's cell, or the words after "date –", name it
                left, previous_at = label, -1
            else:
                left_start = self._label_start(raw.start, previous_end)
                left = self.folded[left_start : raw.start]
                previous_at = previous_end - left_start
            if nxt is not None and self._starts_range(raw, nxt, left):
                series += 1
                self.series = series
                mention = self._range(raw, nxt, left, previous_at)
                previous_end = nxt.stop
                index += 2
            else:
                # (the time zone of the date before is no content: "Deadline dates: 24
                # February 2026 12:00:00 Brussels time, 01 October 2026 12:00:00 Brussels time")
                gap = _ZONE_AFTER.sub("", self.folded[previous_end : raw.start], count=1)
                # a list goes on over "et", "und am", ";" — never over a sentence's end
                listed = (
                    previous_role
                    if previous_role
                    and LIST_GAP.match(gap)
                    and not self.clauses.sentence_ends_between(previous_end, raw.start)
                    else None
                )
                # "une première clôture le …, pour les projets …, et une seconde le …": the
                # ordinal whose noun is left out names the same thing as the date before
                elided = (
                    listed is None
                    and previous_role is not None
                    and _ELIDED_ORDINAL.search(gap[-_ORDINAL_CHARS:]) is not None
                    and not self.clauses.sentence_ends_between(previous_end, raw.start)
                )
                if elided:
                    listed = previous_role
                series += listed is None
                self.series = series
                mention = self._single(raw, nxt, left, previous_at, listed)
                if elided and previous_role is not None:
                    mention = replace(mention, role=previous_role[0], score=previous_role[1])
                if previous_role and WINDOW_END.match(gap):
                    mention = _window_end(mention, previous_role)
                previous_end = raw.stop
                index += 1
            found.append(mention)

            previous_role = (mention.role, mention.score)
        return found

    def bound_weekdays(self, found: list[DateMention]) -> list[DateMention]:
        """`found` with the weekdays a bound names without their date ("have until Friday
        to apply", "jusqu'à vendredi"), each the first such day on or after the date the
        text gives nearest before it (its publication, a dated week), else nearest after;
        in a text that gives no date, a weekday is no date, and in a text that dates its
        deadline, the weekdays are not looked for."""
        dated = [(m.end, m.date) for m in found if m.date is not None]
        # a news item's dateline takes a weak cue after it for its own ("Mittwoch, 6. Mai
        # 2026: Anträge bis kommenden Freitag"): it dates the item, not its deadline
        datelines = [m for m in found if m.role == "deadline" and self._dateline(m)]
        if not dated or any(m.role == "deadline" and m not in datelines for m in found):
            return found  # no date to count from, or a deadline the text dates itself
        if datelines:
            found = [m for m in found if m not in datelines] + [
                replace(m, role="publication", score=_DATELINE_SCORE) for m in datelines
            ]
            found.sort(key=lambda m: m.start)
        added: list[DateMention] = []
        series = max(m.series for m in found)
        for match in BOUND_WEEKDAY.finditer(self.folded):
            at, stop = match.start("wd"), match.end("wd")
            start = self.where[at]
            if any(m.start <= start < m.end for m in found):
                continue  # the weekday of a date form
            if _SPAN_FROM_WEEKDAY.search(self.folded, max(0, match.start() - 20), match.start()):
                continue  # "Montag bis Freitag", "du lundi jusqu'au vendredi": office hours
            before = [day for end_at, day in dated if end_at <= start]
            anchor = before[-1] if before else dated[0][1]
            weekday = WEEKDAYS[match["wd"]]
            if match["week_before"] or match["week_after"]:  # that day of the next week
                day = anchor + dt.timedelta(days=7 - anchor.weekday() + weekday)
            else:
                day = anchor + dt.timedelta(days=(weekday - anchor.weekday()) % 7)
            series += 1
            added.append(self._named_day(day, at, stop, series))
        # days counted from the text's own date, which comes first (a news item's date)
        for at, stop, days, working in self._counted_days():
            start = self.where[at]
            before = [day for end_at, day in dated if end_at <= start]
            if not before or any(m.start <= start < m.end for m in found):
                continue
            series += 1
            day = _days_after(before[-1], days, working)
            added.append(self._named_day(day, at, stop, series))
        if datelines and not added:
            return self._restored(found, datelines)
        return sorted([*found, *added], key=lambda m: m.start) if added else found

    def _dateline(self, mention: DateMention) -> bool:
        """A date that opens the text (after a place or a weekday at most) and takes its role
        only from a weak cue after it."""
        return (
            mention.score < _DATELINE_CUE
            and not _DIGIT.search(self.text[: mention.start])
            and len(self.text[: mention.start].strip(_NOT_WORD)) <= _DATELINE_LEAD
        )

    @staticmethod
    def _restored(found: list[DateMention], datelines: list[DateMention]) -> list[DateMention]:
        """`found` with its datelines as they were read (no day counted from them)."""
        starts = {m.start for m in datelines}
        kept = [m for m in found if m.start not in starts]
        return sorted([*kept, *datelines], key=lambda m: m.start)

    def _counted_days(self) -> list[tuple[int, int, int, bool]]:
        """The days a text names by their distance from its date: "tomorrow", "übermorgen",
        "binnen drie weken", "within 10 working days": (start, end, days, working days)."""
        found = []
        for pattern in (BOUND_TOMORROW, TOMORROW_THEN_VERB):
            for match in pattern.finditer(self.folded):
                days = TOMORROW_DAYS.get(match["wd"], 1)
                found.append((match.start("wd"), match.end("wd"), days, False))
        for match in WITHIN.finditer(self.folded):
            count = match["n"]
            number = int(count) if count.isdigit() else COUNT_WORDS[count]
            unit = match["unit"]
            weeks = unit.startswith(("week", "wek", "sem", "woch"))
            days = number * 7 if weeks else number
            if 0 < days <= _COUNTED_DAYS_MAX:
                working = not weeks and unit.startswith(("werk", "arbeit", "working", "business"))
                working = working or "ouvrable" in unit
                found.append((match.start(), match.end(), days, working))
        return found

    def _named_day(self, day: dt.date, at: int, stop: int, series: int) -> DateMention:
        """The mention of a day named without its date ("Friday", "tomorrow") at folded
        `at`…`stop`: its role from its clause, and the time after it ("sluit op vrijdag om
        12 uur"), or said with a preposition later in its clause ("morgen sluit de oproep
        … om middernacht")."""
        left = self.folded[self.clauses.start(at) : at]
        right = self.folded[stop : min(self.clauses.end(stop, len(self.folded)), stop + 60)]
        role, score = _role(left, right, -1, self.cues)
        time, _ = find_time(self.folded[stop : stop + 30])
        clause = self.folded[stop : min(self.clauses.end(stop, len(self.folded)), stop + 120)]
        if time is None and (said := _TIME_AT.search(clause)):
            time, _ = find_time(clause[said.end() : said.end() + 20])
        start, end = self.where[at], self.where[stop]
        mention = DateMention(
            day, time, self.text[start:end], start, end, role, score, True, None, series
        )
        return replace(mention, month_day=(day.month, day.day))

    def _cell_label(self, position: int) -> str | None:
        """The label of a date that stands alone in a cell of a table's row: the cell to its
        left ("Clôture\t16/03/2026"), else the header of its column, the nearest line above
        with as many cells and no date ("Ouverture\tClôture\n01/02/2026\t16/03/2026")."""
        folded = self.folded
        line_start = folded.rfind("\n", 0, position) + 1
        line_end = folded.find("\n", position)
        row = folded[line_start : line_end if line_end >= 0 else len(folded)]
        before, cells = _CELL.split(folded[line_start:position]), _CELL.split(row)
        if len(cells) < 2 or before[-1].strip(_NOT_WORD):
            return None  # not in a table, or the date's own cell names it
        left_cell = before[-2].strip(_NOT_WORD) if len(before) > 1 else ""
        row_label = None
        if left_cell and not _DIGIT.search(left_cell):
            row_label = left_cell if len(left_cell) <= _LABEL_CHARS else None
        # a cell to the left that names no date's role names the row (the call, in
        # "Förderaufruf | Frist\nIntegration in Arbeit | 31.03.2026", or a long title): the
        # header of the date's column, when there is one, says what the date is
        header = self._column_header(line_start, len(before) - 1, len(cells), None)
        if row_label is None or _role(row_label, "")[0] == "other":
            return header or row_label
        # a row that names its stage ("Full application\t2 Mar 2026\t17 Apr 2026") under
        # a header that bounds it ("Stage\tOpens\tCloses"): the stage, then its bound, which
        # stands nearest to the date
        if header is not None and _role(header, "")[0] in _TEMPORAL[:2]:
            return f"{row_label} {header}"
        return row_label

    def _column_header(
        self, line_start: int, column: int, count: int, fallback: str | None
    ) -> str | None:
        """The header of a table's column: the nearest line above with `count` cells and no
        date, within a few rows; else `fallback`."""
        folded = self.folded
        for _ in range(_HEADER_LINES):
            if line_start == 0:
                return fallback
            above_end = line_start - 1
            line_start = folded.rfind("\n", 0, above_end) + 1
            above = _CELL.split(folded[line_start:above_end])
            if len(above) != count:
                return fallback
            if not any(line_start <= start < above_end for start in self.starts):
                label = above[column].strip(_NOT_WORD)
                if _END_CELL.fullmatch(label):
                    return "end"  # read as the window's end ("end" is a deadline cue)
                return label if 0 < len(label) <= _LABEL_CHARS else fallback
        return fallback

    def _label_after(self, raw: RawDate) -> str | None:
        """The label after a date that begins its clause and is followed by a spaced dash
        and words without a date: "31 août 2026 – date limite de remise des projets"."""
        start = self.clauses.start(raw.start)
        if self.folded[start : raw.start].strip(_NOT_WORD):
            return None
        dash = _DASH_LABEL.match(self.folded, raw.stop)
        if dash is None:
            return None
        end = self.clauses.end(dash.end(), len(self.folded))
        label = self.folded[dash.end() : end].strip(_NOT_WORD)
        if not label or len(label) > _LABEL_CHARS or _DIGIT.search(label):
            return None
        # "12. März 2026 – Die Frist endet morgen": the date is the item's own, the words
        # after the dash name a day counted from it
        if any(
            p.search(label) for p in (BOUND_TOMORROW, TOMORROW_THEN_VERB, WITHIN, BOUND_WEEKDAY)
        ):
            return None
        return label

    def _label_start(self, position: int, previous_end: int) -> int:
        """Where the words that name the date at `position` begin: its clause, or, when the
        date begins its line or cell, the line or cell before it, a label without a date
        ("Date limite de dépôt\n16/03/2026", "Clôture | 16/03/2026": PDFs, HTML tables)."""
        start = self.clauses.start(position)
        own = self.folded[start:position].strip(_NOT_WORD)
        if _DATE_ARTICLE.fullmatch(own):  # "Date limite :\nle 26 juin 2026"
            own = ""
        field = bool(own) and bool(_FIELD.fullmatch(own))
        if start == 0 or (own and not field):
            return start
        label_end = start - 1
        label_start = self.clauses.start(label_end)
        # an empty line between the label and its date, as PDFs and portal layouts give it
        # ("Date limite de dépôt\n\n30 novembre 2025"): the label is the line above it
        if label_start > 0 and _EMPTY_LINE.fullmatch(self.folded, label_start - 1, start):
            label_end = label_start - 1
            label_start = self.clauses.start(label_end)
        label = self.folded[label_start:label_end].strip(_NOT_WORD)
        longest = _HEADING_CHARS if field else _LABEL_CHARS
        if previous_end > label_start or not label or len(label) > longest:
            return start
        return label_start

    def _starts_range(self, raw: RawDate, nxt: RawDate, left: str) -> bool:
        gap = self.folded[raw.stop : nxt.start]
        return bool(RANGE_GAP.match(gap)) and (
            not _LAST_LIST_WORD.search(gap) or bool(BETWEEN.search(left))
        )

    def _right(self, raw: RawDate, ceiling: int) -> str:
        # from the date, not its time: a label may stand between them ("4 april 2025:
        # deadline indiening (12u)")
        stop = raw.stop
        return self.folded[raw.end : min(self.clauses.end(stop, ceiling), stop + 60)]

    def _range(self, raw: RawDate, nxt: RawDate, left: str, previous_at: int) -> DateMention:
        """One mention for "du X au Y", placed on its end date Y."""
        context = BETWEEN.sub("", RANGE_START.sub("", left))
        role, score = _role(context, self._right(nxt, len(self.folded)), previous_at, self.cues)
        if role == "other":
            role, score = "deadline", 1.0  # "Du 15/01 au 11/03" on a call page
        elif role == "opening":  # "applications are open from X to Y": a window, ending Y
            role = "deadline"

        start = self.date_of(raw, self.folded[raw.stop : raw.stop + 20])
        end = self.date_of(nxt, "")
        if start is not None and raw.year is None and end is not None:
            # the range starts in the end's year, or the year before ("du 15 décembre au
            # 31 janvier 2027"); compared as (month, day): 29 February exists only some years
            later = (start.month, start.day) > (end.month, end.day)
            start = _date(end.year - later, start.month, start.day)
        return self._mention(nxt, end, role, score, start)

    def _single(
        self,
        raw: RawDate,
        nxt: RawDate | None,
        left: str,
        previous_at: int,
        listed_role: tuple[str, float] | None,
    ) -> DateMention:
        right = self._right(raw, nxt.start if nxt else len(self.folded))
        if DAY_ONLY_START.search(left):  # "du 25 au 30 mars": the end of a range
            role, score = _role(DAY_ONLY_START.sub("", left), right, previous_at, self.cues)
            if role == "other":
                role, score = "deadline", 1.0
        elif DAY_DASH_START.search(left):  # "Antragsfenster 2.–23. März": named, not forced
            role, score = _role(DAY_DASH_START.sub("", left), right, previous_at, self.cues)
            if role == "opening":  # "Applications open 2–16 March": a window, ending then
                role = "deadline"
        else:
            role, score = _role(left, right, previous_at, self.cues)
        # "le 21/02 et le 10/03", "zum 31. Januar, 31. Mai": the role of the first (also
        # over a cue of the clause the first date already weighed, when none stands between
        # them or after: "le jury … examine les dossiers reçus au plus tard le 31 janvier,
        # le 30 avril…")
        if listed_role is not None and (
            role in ("other", listed_role[0])
            or (
                0 < previous_at < len(left)
                and _role(left[previous_at:], right, -1, self.cues)[0] == "other"
            )
        ):
            role, score = listed_role[0], max(score, listed_role[1])
        if role == "deadline" and STAGE_RESTRICTED.search(f"{left} {right}"):
            score -= 1.0  # a stage for the preselected only: the open stage comes first
        past = bool(_SAID_PAST.search(left[-_PAST_CHARS:]))
        date = self.date_of(raw, self.folded[raw.stop : raw.stop + 20], past)
        return self._mention(raw, date, role, score, None)

    def _mention(
        self,
        raw: RawDate,
        date: dt.date | None,
        role: str,
        score: float,
        range_start: dt.date | None,
    ) -> DateMention:
        start, stop = self.where[raw.start], self.where[raw.stop]
        span = self.text[start:stop].strip()
        year_given = raw.year is not None
        return DateMention(
            date,
            raw.time,
            span,
            start,
            stop,
            role,
            score,
            year_given,
            range_start,
            self.series,
            (raw.month, raw.day),
        )


def _window_end(mention: DateMention, begun: tuple[str, float]) -> DateMention:
    """ "Der Aufruf startet am A und endet am B": B ends what began on A (a call's window
    ends on its deadline; a project period ends as a project period)."""
    role, score = begun
    if role == "other":
        return mention
    role = "deadline" if role in ("opening", "deadline") else role
    return replace(mention, role=role, score=max(score, mention.score))


_CHANGE_GAP_CHARS = 80
# the date after these words is the old one: "verlängert (ursprünglich 15.10.2025)"
_WAS_BEFORE = re.compile(
    r"\b(?:ursprunglich|zuvor|bisher|originally|initially|previously|initialement|auparavant"
    r"|oorspronkelijk|eerder|voorheen|instead of|au lieu du|in plaats van|statt|anstelle)\W*"
    r"(?:\w+\W+){0,2}$"
)
# the date in brackets after these words is the one given up: "verlengd tot 20 juni 2025 (was
# 6 juni)", "(initialement le 6 juin)", "(previously 6 June)", "(ursprünglich 6. Juni)"
_OLD_IN_BRACKETS = re.compile(
    r"^[ \t]*,?[ \t]*[(\[][ \t]*(?:was|war|etait|previously|originally|initially|formerly"
    r"|initialement|auparavant|anciennement|oorspronkelijk|eerder|voorheen|ursprunglich|bisher"
    r"|zuvor|vorher|(?:ancienne|oude|old|alte[rs]?|vorige|previous|initiale|original)"
    r" (?:date|datum|deadline|frist|termin|closing date|date limite|einsendeschluss)"
    r"|au lieu (?:du|de)|instead of|in plaats van|statt)\b\W*(?:(?:le|op|on|the|am|den|de)\s+)?$"
)
# (or a struck-through date's marks, as Markdown keeps them: "~~6 February~~ 20 February")
_ARROW_GAP = re.compile(r"[ \t~]*(?:→|⇒|➔|->|=>)?[ \t~]*")
_GAP_STOP = re.compile(r"[\d.;!?\n]")  # a gap with a number or a sentence's end says no change


def _apply_replacements(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "'30 september 2022' door '30 april 2025'": the second date replaces the first; so
    does a date right after another with nothing between, where the text says it changed
    (a struck-through date flattened to text: "Deadline: 9 January 2026 16 January 2026
    (extended)")."""
    mentions = list(mentions)
    for index in range(len(mentions) - 1):
        first, second = mentions[index], mentions[index + 1]
        gap = text[first.end : second.start]
        folded_gap = fold(gap)
        # side by side, or an arrow from the old date to the new one ("15 mars 2026 → 30 mars")
        # (the old date may leave its year to the new one: "Friday 6 February Friday 20
        # February 2026, 5pm (extended)")
        side_by_side = bool(_ARROW_GAP.fullmatch(gap)) and second.year_given
        # a clause between them that says the second is the new one ("…, la clôture est
        # désormais fixée au"), within the sentence
        changed = (
            len(gap) <= _CHANGE_GAP_CHARS
            and not _GAP_STOP.search(gap)
            and bool(CHANGED_SINCE.search(folded_gap))
            and not _WAS_BEFORE.search(folded_gap)
        )
        if _OLD_IN_BRACKETS.search(folded_gap):  # "20 juni 2025 (was 6 juni)": the old one
            mentions[index + 1] = replace(second, role="replaced", score=0.0)
            continue
        if not (side_by_side or changed or REPLACED_GAP.match(folded_gap)):
            continue
        sentence = fold(text[max(0, first.start - 200) : second.end + 50])
        if REPLACEMENT_VERB.search(sentence):
            # "wurde vom 16. März auf den 30. März verlängert": "vom" is no publication here
            kept = first.role not in ("other", "publication")
            role, score = (first.role, first.score) if kept else ("deadline", 2)
            if second.role == role:  # its own cue may be the stronger: "extended to"
                score = max(score, second.score)
            mentions[index + 1] = replace(second, role=role, score=score)
            mentions[index] = replace(first, role="replaced", score=0.0)
    return mentions


# the date right after these words is the one given up: "in plaats van 30 juni moeten …
# uiterlijk 31 maart", "au lieu du 30 juin", "instead of 30 June", "statt am 30. Juni"
_INSTEAD_OF = re.compile(
    r"\b(?:in plaats van|au lieu (?:du|de la|de)|instead of|rather than|(?:an)?statt|anstelle)"
    r"(?:\s+(?:de|het|le|la|the|am|dem|des|op|on))?\s*$"
)
_INSTEAD_REACH = 25
_INSTEAD_WORDS = ("plaats van", "au lieu", "instead of", "rather than", "statt")  # a quick test


def _instead_of(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """A deadline said as the one given up ("instead of A, by B") gives way to a later
    deadline of the same sentence."""
    for index, mention in enumerate(mentions[:-1]):
        if mention.role != "deadline":
            continue
        lead = fold(text[max(0, mention.start - _INSTEAD_REACH) : mention.start])
        if not _INSTEAD_OF.search(lead):
            continue
        later = mentions[index + 1]
        gap = text[mention.end : later.start]
        if (
            later.role in ("deadline", "other")
            and len(gap) <= 200
            and not _GAP_STOP.search(gap.replace(",", ""))
        ):
            mentions[index] = replace(mention, role="replaced", score=0.0)
            if later.role == "other":
                mentions[index + 1] = replace(later, role="deadline", score=2.0)
    return mentions


def find_dates(
    text: str, reference_date: dt.date | None, lang: str | None = None
) -> list[DateMention]:
    """Every date mention in `text` with offsets and a role guess.

    `reference_date` (the publication date, or the day the text was read) resolves the
    dates written without a year; with None, only a year written elsewhere in the text
    or a weekday near it can, and the others stay unresolved (`date` None). `lang` is
    not needed: the month names and cues of the four languages are all recognised.
    """
    del lang
    if not text:
        return []
    folded, where = fold_with_map(text)
    return find_dates_folded(text, folded, where, reference_date)


def find_dates_folded(
    text: str, folded: str, where: list[int], reference_date: dt.date | None
) -> list[DateMention]:
    """`find_dates` on a text already folded (`fold_with_map`), for callers that fold once."""
    if not _DIGIT.search(folded):  # every date form has digits
        return []
    folded, where = _join_cut_words(folded, where)
    return mentions_of_forms(text, folded, where, scan_dates(folded), reference_date)


_CUT_WORD = re.compile(r"(?<=[a-z])-[ \t]*\n[ \t]*(?=[a-z])")


def _join_cut_words(folded: str, where: list[int]) -> tuple[str, list[int]]:
    """A word cut at a line's end, as PDFs give it ("Einreichungs-\nfrist", "sub-\nmissions"),
    read whole; `where` keeps pointing into the original text."""
    cuts = list(_CUT_WORD.finditer(folded))
    if not cuts:
        return folded, where
    kept_text, kept_where, at = [], [], 0
    for cut in cuts:
        kept_text.append(folded[at : cut.start()])
        kept_where.extend(where[at : cut.start()])
        at = cut.end()
    kept_text.append(folded[at:])
    kept_where.extend(where[at:])
    return "".join(kept_text), kept_where


def mentions_of_forms(
    text: str,
    folded: str,
    where: list[int],
    raws: list[RawDate],
    reference_date: dt.date | None,
) -> list[DateMention]:
    """The date forms found in a folded text, in order, made mentions: times, years, roles."""
    if not raws:
        return []
    reader = _Reader(text, folded, where, raws, reference_date)
    mentions = reader.bound_weekdays(reader.mentions())
    mentions = _apply_replacements(text, mentions)
    if any(word in folded for word in _INSTEAD_WORDS):
        mentions = _instead_of(text, mentions)
    mentions = _event_registrations(text, _announced_lists(text, mentions))
    return _other_calls(folded, where, mentions)


def _other_calls(folded: str, where: list[int], mentions: list[DateMention]) -> list[DateMention]:
    """The deadlines after the page turns to other calls ("Voir aussi : appel « Seniors »,
    clôture le …") are theirs, when the page has given its own before."""
    if not any(stem in folded for stem in OTHER_CALLS_STEMS):
        return mentions
    turn = OTHER_CALLS.search(folded)
    if turn is None:
        return mentions
    at = where[turn.start()]
    if not any(m.role == "deadline" and m.end <= at for m in mentions):
        return mentions
    return [
        replace(m, role="other_call", score=0.0) if m.role == "deadline" and m.start >= at else m
        for m in mentions
    ]


_ANNOUNCED_REACH = 200  # the sentence that announces a list, before the list's own
_ANNOUNCED_LEAD = 40  # the few words that open the list's sentence ("En 2026, ce sont le")
_SENTENCE_GAP = re.compile(r"[.!?:]\s+(?=\S)")


def _announced_lists(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Dates listed in a sentence of their own, with no cue, right after the sentence that
    says they are deadlines that come back ("Jedes Jahr gibt es zwei Einreichtermine. 2026
    sind dies der 15. März 2026 und der 15. September 2026."): those deadlines."""
    for series in {m.series for m in mentions if m.role == "other"}:
        listed = [m for m in mentions if m.series == series]
        unnamed = len(listed) > 1 and all(m.role == "other" for m in listed)
        if unnamed and _announced_as_deadlines(text, listed[0].start, mentions):
            mentions = [
                replace(m, role="deadline", score=2.0) if m.series == series else m
                for m in mentions
            ]
    return mentions


def _announced_as_deadlines(text: str, at: int, mentions: list[DateMention]) -> bool:
    """The sentence before the one whose first date is at `at`, a few words before it,
    names deadlines that come back and gives no date of its own."""
    reach = max(0, at - _ANNOUNCED_REACH)
    ends = list(_SENTENCE_GAP.finditer(text, reach, at))
    if not ends or at - ends[-1].end() > _ANNOUNCED_LEAD:
        return False
    start = ends[-2].end() if len(ends) > 1 else reach
    if any(start <= m.start < ends[-1].start() for m in mentions):
        return False
    announcing = fold(text[start : ends[-1].start()])
    recurs = SERIES_RECURRENCE.search(announcing) or RECURRENCE.search(announcing)
    return bool(recurs) and any(
        pattern.search(announcing) for pattern, weight in CUE_RES["deadline"] if weight >= 2.5
    )


_TITLE_CHARS = 120  # a text's title: its first line, or this much of it


# "Anmeldung bis", "Inscription obligatoire avant le", "Register by": registering for what the
# date before names, with only words that qualify the registration between
_REGISTERING = re.compile(
    r"\b(?:inscri\w*|inschrij\w*|aanmeld\w*|registration|register|anmeld\w*|reserv\w*)"
    r"(?:\W+(?:obligatoire|requise?|souhaitee|indispensable|gratuite|verplicht|noodzakelijk|kan"
    r"|gewenst|gratis|required|essential|free|is|erforderlich|erbeten|notwendig|kostenlos|est"
    r"|ist|vous|you|u|je|sich|bitte|please))*"
    r"\W+(?:jusqu'?(?:au|a)|avant|tot(?: en met)?|voor|by|before|until|bis|spatestens|uiterlijk"
    r"|au plus tard|no later than)(?:\s+(?:le|op|on|the|zum|am|den))?\s*$"
)
_GATHERINGS = ("event", "info_session")
_REGISTRATION_REACH = 160  # the registration follows its event in the next sentence
_REGISTRATION_LEAD = 60  # "Inscription obligatoire jusqu'au": the words right before the date
# a part of each of _REGISTERING's words, looked for before the regex is run
_REGISTERING_STEMS = ("inscri", "inschrij", "aanmeld", "regist", "anmeld", "reserv")
# the registering verb right after its date: "kunnen zich tot 20 februari inschrijven",
# "können sich bis 20. Februar anmelden"
_REGISTERING_AFTER = re.compile(
    r"^\W*(?:inschrijven|aanmelden|registreren|anmelden|registrieren|s'inscrire|register)\b"
)


def _event_registrations(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """The date to register by for an event or an information session the text has just
    dated ("… findet am 24. Februar statt. Anmeldung bis 17. Februar.") is that gathering's,
    not a submission deadline, unless a deadline's own words name it ("date limite")."""
    gathering: bool | None = None  # whether the text names a gathering, read when needed
    for index, mention in enumerate(mentions):
        if mention.role != "deadline" or mention.score >= 2.5:
            continue
        before = mentions[index - 1] if index else None
        if (
            before is not None
            and before.role in _GATHERINGS
            and mention.start - before.end <= _REGISTRATION_REACH
            and _REGISTERING.search(fold(text[before.end : mention.start]))
        ):
            mentions[index] = replace(mention, role="registration", score=3.0)
            continue
        # a gathering the text names without its date ("Die Fachtagung … Anmeldung bis 2.
        # März"), in a text that names no call: registering for it, when the registration
        # stands right before the date
        lead = text[max(0, mention.start - _REGISTRATION_LEAD) : mention.start].lower()
        registering = any(stem in lead for stem in _REGISTERING_STEMS) and bool(
            _REGISTERING.search(fold(lead))
        )
        if registering or _REGISTERING_AFTER.match(fold(text[mention.end : mention.end + 30])):
            if gathering is None:
                folded = fold(text)
                # (a page whose title begins with the gathering is about it, whatever call
                # it explains: "Webinar: hoe dien je een projectvoorstel in?")
                named_first = GATHERING.match(fold(text[:_TITLE_CHARS]).lstrip())
                gathering = bool(named_first or GATHERING_ORGANISED.search(folded)) or (
                    bool(GATHERING.search(folded)) and not CALL_NAMED.search(folded)
                )
            if gathering:
                mentions[index] = replace(mention, role="registration", score=3.0)
    return mentions
