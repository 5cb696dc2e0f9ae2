"""Date libraries side by side with Veille's own date grammar, on the labelled deadline sets.

    python bench/date_candidates.py [--set NAME]... [--seconds 2]

Each candidate answers every snippet of the deadline sets that `bench/quality.py` measures
(development, generalisation, generalisation2, blind3); printed per set and language:
exact dates, date and time, false deadlines, and snippets per CPU second. Candidates:

- `veille`: `veille.domain.dates.read_dates` (its date forms, its roles, its choice);
- `<library> latest`: the latest date the library finds, what a general parser gives alone;
- `<library> + roles`: the library's dates and times (its grammar and year guesses) as the
  date forms, then Veille's cue words, ranges, lists and choice of the deadline: what
  adopting the library for the date forms would give.

Libraries (not dependencies of Veille: install them in a scratch environment to compare):
`dateparser` (`search_dates`), Microsoft Recognizers Text (`ms-recognizers-text-suite`,
FR/NL/DE/EN; `recognizers-text-suite` 1.0.2a2 from 2019 has no German or Dutch date
model). A candidate whose library is missing is skipped:

    python -m venv /tmp/dates && /tmp/dates/bin/pip install pyyaml dateparser \\
        ms-recognizers-text-suite && /tmp/dates/bin/python bench/date_candidates.py
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from quality import SETS, Tally, read_jsonl  # noqa: E402

from veille.domain.date_forms import RawDate  # noqa: E402
from veille.domain.date_mentions import DateMention, mentions_of_forms  # noqa: E402
from veille.domain.dates import choose_deadline, read_dates  # noqa: E402
from veille.domain.text import fold_with_map  # noqa: E402

LANGUAGES = ("fr", "nl", "en", "de")
# A library's find: (text, lang, reference) -> [(start, end, date, time, year written)]
Found = list[tuple[int, int, dt.date, dt.time | None, bool]]
Finder = Callable[[str, str, dt.date | None], Found]
Answer = Callable[[dict[str, Any]], dict[str, Any]]


def reference_of(record: dict[str, Any]) -> dt.date | None:
    value = record.get("reference_date")
    return dt.date.fromisoformat(value) if value else None


def answer(date: dt.date | None, moment: dt.time | None) -> dict[str, Any]:
    return {
        "deadline": date.isoformat() if date else None,
        "time": moment.strftime("%H:%M") if moment else None,
    }


def veille(record: dict[str, Any]) -> dict[str, Any]:
    found = read_dates(record["text"], reference_of(record), record.get("lang")).deadline
    return answer(found.date if found else None, found.time if found else None)


def latest(finder: Finder) -> Answer:
    def run(record: dict[str, Any]) -> dict[str, Any]:
        found = finder(record["text"], record["lang"], reference_of(record))
        if not found:
            return answer(None, None)
        _, _, date, moment, _ = max(found, key=lambda f: (f[2], f[3] or dt.time.max))
        return answer(date, moment)

    return run


_FIRST_DIGIT = re.compile(r"\d")


def with_roles(finder: Finder) -> Answer:
    """The library's dates as the date forms of Veille's mentions and deadline choice."""

    def run(record: dict[str, Any]) -> dict[str, Any]:
        text, reference = record["text"], reference_of(record)
        folded, where = fold_with_map(text)
        inverse = {original: index for index, original in reversed(list(enumerate(where)))}
        raws = []
        for start, end, date, moment, year_given in finder(text, record["lang"], reference):
            # cue words the library swallowed ("no later than", "tegen") stay in the context
            digit = _FIRST_DIGIT.search(text, start, end)
            begin = digit.start() if digit else start
            raw = RawDate(
                inverse.get(begin, 0),
                inverse.get(end, len(folded)),
                date.day,
                date.month,
                date.year if year_given else None,
                None,
            )
            raw.time, raw.time_end = moment, (raw.end if moment else -1)
            raws.append(raw)
        raws.sort(key=lambda r: r.start)
        kept: list[RawDate] = []
        for raw in raws:  # libraries return overlapping entities: keep the first, longest
            if not kept or raw.start >= kept[-1].end:
                kept.append(raw)
        mentions: list[DateMention] = mentions_of_forms(text, folded, where, kept, reference)
        chosen = choose_deadline(mentions, reference)
        return answer(chosen.date if chosen else None, chosen.time if chosen else None)

    return run


def dateparser_finder() -> Finder | None:
    try:
        from dateparser.search import search_dates
    except ImportError:
        return None

    def find(text: str, lang: str, reference: dt.date | None) -> Found:
        base = dt.datetime.combine(reference or dt.date(2000, 1, 1), dt.time())
        settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"}
        found: Found = []
        position = 0
        for span, moment in search_dates(text, languages=[lang], settings=settings) or []:
            start = text.find(span, position)
            if start < 0:
                continue
            position = start + len(span)
            timed = bool(moment.hour or moment.minute)
            year_given = bool(re.search(r"\d{4}", span))
            found.append(
                (start, position, moment.date(), moment.time() if timed else None, year_given)
            )
        return found

    return find


_TIMEX = re.compile(
    r"^(?P<y>\d{4}|XXXX)-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<h>\d\d)(?::(?P<mi>\d\d))?)?"
)


def recognizers_finder() -> tuple[str, Finder] | None:
    try:
        from ms_recognizers_date_time import recognize_datetime

        name = "ms-recognizers-text-suite"
    except ImportError:
        try:
            from recognizers_date_time import recognize_datetime

            name = "recognizers-text-suite"
        except ImportError:
            return None
    cultures = {"fr": "fr-fr", "nl": "nl-nl", "en": "en-us", "de": "de-de"}

    def values(resolution: dict[str, Any]) -> Iterable[tuple[str, str]]:
        for value in resolution.get("values") or []:
            for key in ("end", "value"):  # a range's end is its deadline
                if value.get(key) and value.get("timex"):
                    yield value["timex"], value[key]
                    break

    def find(text: str, lang: str, reference: dt.date | None) -> Found:
        base = dt.datetime.combine(reference or dt.date(2000, 1, 1), dt.time())
        found: Found = []
        for result in recognize_datetime(text, cultures[lang], reference=base):
            options = []
            for timex, value in values(result.resolution or {}):
                timex = timex.strip("()").split(",")[-2] if timex.startswith("(") else timex
                match = _TIMEX.match(timex) or _TIMEX.match(value.replace(" ", "T"))
                if not match:
                    continue  # a month, a season, a duration: no day
                try:
                    moment = dt.datetime.fromisoformat(value[:19])
                except ValueError:  # "not resolved"
                    continue
                timed = bool(match["h"]) and (moment.hour, moment.minute) != (0, 0)
                options.append(
                    (moment.date(), moment.time() if timed else None, match["y"] != "XXXX")
                )
            if not options:
                continue
            upcoming = [o for o in options if reference is None or o[0] >= reference]
            date, moment, year_given = (upcoming or options)[0]
            found.append((result.start, result.end + 1, date, moment, year_given))
        return found

    return name, find


def candidates() -> dict[str, Answer]:
    chosen: dict[str, Answer] = {"veille": veille}
    finder = dateparser_finder()
    if finder is not None:
        chosen["dateparser latest"] = latest(finder)
        chosen["dateparser + roles"] = with_roles(finder)
    named = recognizers_finder()
    if named is not None:
        name, finder = named
        chosen[f"{name} latest"] = latest(finder)
        chosen[f"{name} + roles"] = with_roles(finder)
    return chosen


def measure(name: str, run: Answer, rows: list[dict[str, Any]], seconds: float) -> None:
    tallies = {"all": Tally(), **{lang: Tally() for lang in LANGUAGES}}
    started = time.process_time()
    answers = [run(r) for r in rows]
    spent = time.process_time() - started
    done = len(rows)
    while time.process_time() - started < seconds:  # repeat short runs for a steadier rate
        for r in rows:
            run(r)
        done += len(rows)
        spent = time.process_time() - started
    for record, got in zip(rows, answers, strict=True):
        keys = ("expected_deadline", "expected_time")
        tallies["all"].add(record, got, keys)
        tallies[record["lang"]].add(record, got, keys)
    cells = [f"{name:<34}"]
    for label in ("all", *LANGUAGES):
        tally = tallies[label]
        cells.append(f"{label} {tally.dates / tally.n:.3f}" if tally.n else f"{label}   -  ")
    every = tallies["all"]
    cells.append(f"time {every.times / every.n:.3f}")
    cells.append(f"false {every.false_deadlines}/{every.nulls}")
    cells.append(f"{done / spent:>8,.0f}/s")
    print("  " + "  ".join(cells), flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", choices=sorted(SETS), help="only this set")
    parser.add_argument("--seconds", type=float, default=2.0, help="CPU seconds per rate")
    args = parser.parse_args(argv)
    chosen = candidates()
    print("exact-date accuracy per language; date+time, false deadlines, snippets per CPU second")
    for name in args.set or SETS:
        path = SETS[name].deadlines
        if path is None or not path.exists():
            continue
        rows = read_jsonl(path)
        print(f"== {name} ({len(rows)} snippets) ==")
        for candidate, run in chosen.items():
            measure(candidate, run, rows, args.seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
