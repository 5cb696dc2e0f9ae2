"""Find dates in call texts and tell the submission deadline from the other dates.

Dates come in every form ("25/08/2023", "25 août 2023 à 12h00 (midi)", "uiterlijk op
15 maart 2024 om 23u59", "June 30th, 2025", "Einreichungsfrist 30.06.2024"). Each mention
gets a role from the cue words around it (`date_mentions`), then this module chooses the
deadline among them. A text is read once (`read_dates`); everything else is derived from
that reading.

>>> deadline = extract_deadline("Date limite de dépôt : 25 août 2023 à 12h00 (midi).", None)
>>> deadline.date, deadline.time, deadline.raw
(datetime.date(2023, 8, 25), datetime.time(12, 0), '25 août 2023 à 12h00')
>>> extract_deadline("Aanvragen kunnen doorlopend ingediend worden.", None).permanent
True
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from veille.domain.date_cycles import Cycle, find_cycle
from veille.domain.date_forms import bounded_times, find_time
from veille.domain.date_mentions import DateMention, find_dates, find_dates_folded
from veille.domain.date_vocabulary import (
    CLOSED,
    CUE_RES,
    FIRST_STAGE,
    FULL_STAGE,
    PERMANENT,
    RECURRENCE,
    ROUNDS,
    SERIES_RECURRENCE,
    STAGE_RESTRICTED,
    TWO_STAGES,
)
from veille.domain.text import fold_with_map
from veille.domain.vocabulary import DeadlineKind

# the words of a bound before a time (`bounded_times`): a quick test before the regex
_BOUND_WORDS = re.compile(
    r"plus tard|laatste|latest|later than|spatestens|sluitingsdag|closing day|last day"
    r"|letzten tag|schlusstag|stichtag|dernier jour|jour de (?:la )?cloture"
)

__all__ = [
    "DateMention",
    "DateReading",
    "Deadline",
    "TextPart",
    "choose_deadline",
    "extract_deadline",
    "extract_opening_date",
    "extract_publication_date",
    "find_dates",
    "read_dates",
    "read_parts",
]


@dataclass(frozen=True)
class Deadline:
    date: dt.date | None  # for a recurring deadline, the next one (None if unknown)
    time: dt.time | None  # None when the text gives no time: never an invented 23:59
    raw: str  # the text span that stated it
    permanent: bool = False  # "appel permanent", "doorlopende oproep", rolling...
    start: int = -1
    end: int = -1
    recurring: bool = False  # "le 31 mars et le 30 septembre de chaque année"
    # its date lies before the day the text speaks from and no later one is stated, or the
    # text says the call is closed and gives no date ahead: `date` keeps when it closed
    closed: bool = False

    @property
    def kind(self) -> DeadlineKind:
        """deadline, recurring, permanent or closed (a reading that found nothing says "none")."""
        if self.closed:
            return "closed"
        if self.permanent:
            return "permanent"
        return "recurring" if self.recurring else "deadline"


@dataclass(frozen=True)
class TextPart:
    """One field of a text read in several parts (title, summary, page text...)."""

    name: str
    start: int  # offsets in the joined text
    end: int


@dataclass(frozen=True)
class DateReading:
    """What a text says about dates, read once: every mention and what follows from them."""

    mentions: tuple[DateMention, ...]
    deadline: Deadline | None  # the deadline, or a permanent-call marker, or None
    permanent_at: tuple[int, int] | None = None  # where it says it is a permanent call
    parts: tuple[TextPart, ...] = ()  # the fields it was read from (`read_parts`)
    cycle: Cycle | None = None  # a deadline every month or quarter ("le 15 de chaque mois")

    def mentions_from(self, name: str, length: int) -> tuple[DateMention, ...]:
        """The mentions within `length` characters from the start of the part `name`, their
        offsets counted from there: what a reader of the text from that part on would find,
        without reading it again.

        >>> reading = read_parts([("title", "Appel"), ("summary", "Clôture le 3 mars 2027.")], None)
        >>> [(m.raw, m.start) for m in reading.mentions_from("summary", 100)]
        [('3 mars 2027', 11)]
        """
        part = next(p for p in self.parts if p.name == name)
        end = part.start + length
        return tuple(
            replace(mention, start=mention.start - part.start, end=mention.end - part.start)
            for mention in self.mentions
            if part.start <= mention.start and mention.end <= end
        )

    def statement(self, names: Sequence[str], limit: int) -> tuple[str, int, int] | None:
        """Where a deadline (or its absence, for a permanent call) is stated, in the first of
        the parts `names` that states one, within `limit` characters of the part's start:
        (part name, start, end), offsets in that part.

        A deadline cue counts even when its year cannot be resolved: whether a text states
        a deadline does not depend on the reference date.
        """
        spans = [(m.start, m.end) for m in self.mentions if m.role == "deadline"]
        for name in names:
            part = next((p for p in self.parts if p.name == name), None)
            if part is None:
                continue
            inside = [
                (start, end)
                for start, end in (*spans, *([self.permanent_at] if self.permanent_at else []))
                if part.start <= start < min(part.end, part.start + limit)
            ]
            if inside:
                start, end = inside[0]
                return name, start - part.start, min(end, part.end) - part.start
        return None

    @property
    def kind(self) -> DeadlineKind:
        """The explicit result: deadline, recurring (the date is the next one), permanent,
        closed (the date is when it closed, if known), none."""
        return self.deadline.kind if self.deadline else "none"

    def next_occurrence(self, on_or_after: dt.date) -> dt.date | None:
        """For a recurring deadline, the next of its dates on or after `on_or_after`
        ("le 31 mars ou le 30 septembre de chaque année" read in May: 30 September); for
        dated rounds that come back ("trois clôtures par an : … 2026"), the next one, or the
        last one when they have all passed (the next year's are not stated).

        >>> reading = read_dates("Dépôt chaque année le 31 mars ou le 30 septembre.", None)
        >>> reading.kind, reading.next_occurrence(dt.date(2027, 5, 2))
        ('recurring', datetime.date(2027, 9, 30))
        """
        if self.kind != "recurring" or self.deadline is None:
            return None
        if self.cycle is not None:
            return self.cycle.next_on_or_after(on_or_after)
        chosen = next((m for m in self.mentions if m.start == self.deadline.start), None)
        # dated rounds, unless the day is also said without a year (then it comes back)
        dated = chosen is not None and chosen.year_given
        if chosen is not None and dated and _said_yearless(chosen, self.mentions):
            dated, chosen = False, None
        series = [
            m
            for m in self.mentions
            if m.role == "deadline"
            and m.year_given == dated
            and (chosen is None or m.series == chosen.series)
        ]
        if dated:  # the dated rounds: the next one left, else the last one (all passed)
            rounds = [m.date for m in series if m.date]
            left = [day for day in rounds if day >= on_or_after]
            return min(left) if left else max(rounds, default=None)
        days = {m.month_day for m in series}
        upcoming = [
            found
            for month, day in days
            for year in range(on_or_after.year, on_or_after.year + 5)  # 29 February: 4 years
            if (found := _date_or_none(year, month, day)) and found >= on_or_after
        ]
        return min(upcoming, default=None)

    @property
    def opening(self) -> dt.date | None:
        """When applications open, where the text says so (or the start of the deadline range)."""
        for mention in self.mentions:
            if mention.role == "opening" and mention.date is not None:
                return mention.date
        for mention in self.mentions:
            if mention.role == "deadline" and mention.range_start is not None:
                return mention.range_start
        return None

    @property
    def publication(self) -> dt.date | None:
        """The publication date, where the text states it ("Publié le", "Geplaatst op"...)."""
        for mention in self.mentions:
            if mention.role == "publication" and mention.date is not None:
                return mention.date
        return None


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def choose_deadline(
    mentions: list[DateMention], reference: dt.date | None, rounds: bool = False
) -> DateMention | None:
    """The strongest deadline cue wins; among equals, the latest (a final deadline after a
    first stage), unless it is one of a series: dates listed together ("cut-off dates:
    14 January, 13 May and 16 September", "une première clôture le …, puis une seconde
    le …"), recurring without a year, or the rounds of one call (`rounds`: "Ronde 1 …,
    ronde 2 …", a stage for the preselected only). Of a series, the next one on or after
    `reference`; without one, the first of the series.
    """
    candidates = [m for m in mentions if m.role == "deadline" and m.date is not None]
    if not candidates:
        return None
    top = max(m.score for m in candidates)
    best = [m for m in candidates if m.score >= top - 0.5]
    if rounds and reference is not None and all(m.date and m.date < reference for m in best):
        # rounds: "the first deadline was 10 October, the second is 23 January": a past
        # deadline gives way to a later one the text also names as a deadline
        # (a stage for the invited only is weakened to come after the open one: once that
        # has passed, it is the one left: "endete am 30.01. …; Ausgewählte … bis zum 27.03.")
        later = [m for m in candidates if m.date and m.date >= reference and m.score >= 0.5]
        if later:
            best = later
    latest = max(best, key=lambda m: (m.date or dt.date.min, m.start))
    if reference is None:
        # no day to read from: of dates listed together, the first, the first that can be
        # the next one ("Eingabetermine sind der 1. März und der 1. September 2026")
        listed = [m for m in best if m.series == latest.series]
        return min(listed, key=lambda m: (m.date or dt.date.max, m.start))
    if rounds:  # the rounds of one call, however written: the next one
        series = best
    elif not any(m.year_given for m in best):
        series = best  # "15.04. bzw. 15.10.", "le 31 mars ou le 30 septembre"
    else:
        series = [m for m in best if m.series == latest.series]
    upcoming = [m for m in series if m.date and m.date >= reference]
    return min(upcoming, key=lambda m: (m.date or dt.date.max, m.start)) if upcoming else latest


def _recurs(chosen: DateMention, mentions: list[DateMention], folded: str) -> bool:
    """A deadline without a year recurs when the text says so ("chaque année", "jeweils")
    or when it is one of several deadlines without a year ("15.04. bzw. 15.10."). Dated
    deadlines recur when they are listed together and the text says they come back ("drie
    indienrondes per jaar: …", "cut-off dates: …; received after one, assessed at the next
    one"); one call's waves or cut-off list stay a deadline."""
    if chosen.year_given:
        if _said_yearless(chosen, mentions):  # "annuelle : 31 mars (cette année : 31 mars 2026)"
            return bool(RECURRENCE.search(folded))
        series = [m for m in mentions if m.role == "deadline" and m.series == chosen.series]
        return len(series) > 1 and bool(SERIES_RECURRENCE.search(folded))
    if RECURRENCE.search(folded):
        return True
    yearless = [m for m in mentions if m.role == "deadline" and not m.year_given]
    return len(yearless) > 1 and all(m.series == chosen.series for m in yearless)


def _said_yearless(chosen: DateMention, mentions: Sequence[DateMention]) -> bool:
    """The text also states the chosen deadline's day without a year ("The annual deadline
    is 1 March (1 March 2026 for this year's round)")."""
    return any(
        m.role == "deadline" and not m.year_given and m.month_day == chosen.month_day
        for m in mentions
    )


def _time_said_elsewhere(chosen: DateMention, mentions: list[DateMention]) -> dt.time | None:
    """The time of day another deadline mention of the same date gives: a facts line says
    "Deadline: 1 februari 2027, 17 uur" and the text "open van 2 november tot 1 februari"."""
    times = {m.time for m in mentions if m.role == "deadline" and m.date == chosen.date and m.time}
    return times.pop() if len(times) == 1 else None


def _time_said_apart(
    chosen: DateMention, mentions: list[DateMention], folded: str, where: list[int]
) -> dt.time | None:
    """The one time a text says with a bound and no date beside it ("Deadline: 16 september
    2025 — … uiterlijk om 17u00 Brusselse tijd"), when the text has one deadline date."""
    if "uiterlijk" not in folded and not _BOUND_WORDS.search(folded):
        return None
    if len({m.date for m in mentions if m.role == "deadline"}) != 1:
        return None
    times = set()
    for value, start, end in bounded_times(folded):
        at, stop = where[start], where[end]
        # not a time inside a date mention or just before one ("uiterlijk om 17u00 op 3
        # maart"): that one is read with its date
        if any(m.start <= at < m.end or stop <= m.start <= stop + 15 for m in mentions):
            continue
        times.add(value)
    return times.pop() if len(times) == 1 else None


def _in_two_stages(folded: str) -> bool:
    """A call in two stages: said so, or a first stage's proposal and then the full one."""
    if TWO_STAGES.search(folded):
        return True
    return bool(FIRST_STAGE.search(folded) and FULL_STAGE.search(folded))


def read_dates(text: str, reference_date: dt.date | None, lang: str | None = None) -> DateReading:
    """Read the dates of `text` once.

    `reference_date` is the day the text speaks from (its publication date, else the day
    it was read): dates without a year are the first such date on or after it. None means
    unknown: such dates then need a year written elsewhere in the text.
    """
    del lang  # the words of the four languages are all recognised
    text = text or ""
    folded, where = fold_with_map(text)
    mentions = find_dates_folded(text, folded, where, reference_date)
    # rounds or stages of one call, or a stage for the preselected only: read when there is
    # a choice
    several = sum(m.role == "deadline" and m.date is not None for m in mentions) > 1
    rounds = several and bool(
        ROUNDS.search(folded) or STAGE_RESTRICTED.search(folded) or _in_two_stages(folded)
    )
    chosen = choose_deadline(mentions, reference_date, rounds=rounds)
    chosen = _next_after_past(chosen, mentions, reference_date)
    if chosen is None:  # a tender that gives only when its bids are opened: in by then
        opened = [
            replace(m, role="deadline") for m in mentions if m.role == "bid_opening" and m.date
        ]
        chosen = choose_deadline(opened, reference_date)
    marker = PERMANENT.search(folded)
    permanent_at = (where[marker.start()], where[marker.end()]) if marker else None
    deadline = None
    if chosen is not None:
        recurring = _recurs(chosen, mentions, folded)
        deadline = Deadline(
            chosen.date,
            chosen.time
            or _time_said_elsewhere(chosen, mentions)
            or _time_said_apart(chosen, mentions, folded, where),
            chosen.raw,
            False,
            chosen.start,
            chosen.end,
            recurring,
        )
    elif unresolved := [m for m in mentions if m.role == "deadline" and m.date is None]:
        first = unresolved[0]
        if _recurs(first, mentions, folded):  # "jeweils der 30.11.", with no reference date
            deadline = Deadline(None, None, first.raw, False, first.start, first.end, True)
    cycle = None
    # "le 15 de chaque mois"
    said_cycle = (
        _deadline_cycle(folded, rolling=permanent_at is not None) if deadline is None else None
    )
    if said_cycle:
        cycle, at, stop = said_cycle
        day = cycle.next_on_or_after(reference_date) if reference_date else None
        time, _ = find_time(folded[stop : stop + 30])
        start, end = where[at], where[stop]
        deadline = Deadline(day, time, text[start:end], False, start, end, recurring=True)
    if deadline is not None and _passed(deadline, chosen, mentions, reference_date):
        deadline = replace(deadline, closed=True)
    # closed, said so, with no date given (nor one whose year is unknown: it may be ahead);
    # not a past round's closing ("Last year's round closed on …": the call comes back)
    undated = any(
        m.role == "previous_round" or (m.role == "deadline" and m.date is None) for m in mentions
    )
    if deadline is None and not undated and (said := CLOSED.search(folded)):
        start, end = where[said.start()], where[said.end()]
        deadline = Deadline(None, None, text[start:end], False, start, end, closed=True)
    if deadline is None and permanent_at is not None:
        start, end = permanent_at
        deadline = Deadline(None, None, text[start:end], True, start, end)
    return DateReading(tuple(mentions), deadline, permanent_at, cycle=cycle)


_CYCLE_LEFT = 100  # the words before a cycle that say it is a deadline, within its sentence
_SENTENCE_STOP = re.compile(r"[.!?;\n](?=\s+[a-z])|\n")


# the funder reviewing what came in, in a cycle's sentence: the cycle is its meetings
_REVIEWED = re.compile(
    r"\b(?:beoordeelt|beoordeeld|behandelt|bekijkt|examine|examinees?|evalue|evaluees?|"
    r"reviews?|reviewed|assesses|assessed|considers|prueft|pruft|gepruft|begutachtet|"
    r"entscheidet)\b"
)


def _deadline_cycle(folded: str, rolling: bool = False) -> tuple[Cycle, int, int] | None:
    """A monthly or quarterly cycle that a deadline's words name, in its sentence ("Elles
    doivent nous parvenir au plus tard le 15 de chaque mois"); not a committee's meetings,
    nor, on a call open at any time (`rolling`), the funder reviewing what came in
    ("doorlopend … het college beoordeelt de aanvragen … aan het einde van elk kwartaal")."""
    found = find_cycle(folded)
    if found is None:
        return None
    _, start, end = found
    left = folded[max(0, start - _CYCLE_LEFT) : start]
    stops = list(_SENTENCE_STOP.finditer(left))
    left = left[stops[-1].end() :] if stops else left
    if rolling and _REVIEWED.search(left):
        return None
    right = folded[end : end + 40]
    right = right[: m.start()] if (m := _SENTENCE_STOP.search(right)) else right
    named = any(p.search(left) or p.search(right) for p, _ in CUE_RES["deadline"])
    return found if named else None


def _next_after_past(
    chosen: DateMention | None, mentions: list[DateMention], reference: dt.date | None
) -> DateMention | None:
    """A deadline that has passed gives way to a later one the text also states ("L'appel
    2025 est clôturé (date limite : 31 octobre 2025). Le prochain … du 1er mars au 30 avril
    2026"), however weakly it is cued: the call is open until then."""
    if chosen is None or reference is None or chosen.date is None or chosen.date >= reference:
        return chosen
    later = [m for m in mentions if m.role == "deadline" and m.date and m.date >= reference]
    return choose_deadline(later, reference) if later else chosen


def _passed(
    deadline: Deadline,
    chosen: DateMention | None,
    mentions: list[DateMention],
    reference: dt.date | None,
) -> bool:
    """The deadline lies before the day the text speaks from (read the day it closes, a call
    is still open): a one-off deadline, or dated rounds that have all passed; a day that
    comes back each year never passes."""
    if reference is None or deadline.date is None or deadline.date >= reference:
        return False
    if not deadline.recurring:
        return True
    return chosen is not None and chosen.year_given and not _said_yearless(chosen, mentions)


def read_parts(
    parts: Sequence[tuple[str, str]], reference_date: dt.date | None, lang: str | None = None
) -> DateReading:
    """Read the dates of several fields at once (joined by new lines, which end clauses).

    >>> reading = read_parts([("title", "Appel 2026"), ("summary", "Clôture le 3 mars.")], None)
    >>> reading.deadline.date, reading.statement(["title", "summary"], 5000)
    (datetime.date(2026, 3, 3), ('summary', 11, 18))
    """
    spans, offset = [], 0
    for name, value in parts:
        spans.append(TextPart(name, offset, offset + len(value or "")))
        offset += len(value or "") + 1
    reading = read_dates("\n".join(value or "" for _, value in parts), reference_date, lang)
    return replace(reading, parts=tuple(spans))


def extract_deadline(
    text: str, reference_date: dt.date | None, lang: str | None = None
) -> Deadline | None:
    """The submission deadline stated in `text`, a permanent-call marker, or None."""
    return read_dates(text, reference_date, lang).deadline


def extract_opening_date(
    text: str, reference_date: dt.date | None, lang: str | None = None
) -> dt.date | None:
    """When applications open, where the text says so (or the start of the deadline range)."""
    return read_dates(text, reference_date, lang).opening


def extract_publication_date(
    text: str, reference_date: dt.date | None, lang: str | None = None
) -> dt.date | None:
    """The publication date, where the text states it ("Publié le", "Geplaatst op"...)."""
    return read_dates(text, reference_date, lang).publication
