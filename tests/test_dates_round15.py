"""Round 15 (issue 14): date forms of English portal pages, and of news, in four languages.

Each case was written for this module (not copied from a labelled set); each failed before
the round. docs/quality.md, "Round 15: dates".
"""

from __future__ import annotations

import datetime as dt

import pytest

from veille.domain.dates import read_dates

CASES = [
    # a portal's cut-off list, each date with its time and time zone: the next one
    (
        "2026-03-05",
        "Deadline dates: 24 February 2026 12:00:00 Brussels time, 01 October 2026"
        " 12:00:00 Brussels time",
        "2026-10-01",
        "12:00",
    ),
    (
        "2026-01-05",
        "Cut-off dates: 16 October 2025 17:00:00, 12 February 2026 17:00:00, 11 June 2026 17:00:00",
        "2026-02-12",
        "17:00",
    ),
    (
        "2026-04-02",
        "Clôtures : 15 janvier 2026 17:00 CET, 15 mai 2026 17:00 CET, 15 septembre 2026 17:00 CET",
        "2026-05-15",
        "17:00",
    ),
    # a time before its date, with words for it and a time zone between
    (
        "2026-02-01",
        "The closing date is 12:00 noon Irish time on Thursday 9 April 2026.",
        "2026-04-09",
        "12:00",
    ),
    (
        "2026-02-01",
        "Tenders must be received by 15:00 (3pm) local Irish time on 27/03/2026.",
        "2026-03-27",
        "15:00",
    ),
    # an update that extends the deadline, after the first one
    (
        "2026-02-25",
        "Deadline date: 04 March 2026 17:00:00 Brussels time | Update 20 February 2026: the"
        " deadline has been extended to 18 March 2026 17:00:00 Brussels time.",
        "2026-03-18",
        "17:00",
    ),
    # a struck-out date that left its year to the new one, marked "(extended)"
    (
        "2026-02-03",
        "Closing date: ~~Friday 6 February~~ Friday 20 February 2026, 5pm (extended)",
        "2026-02-20",
        "17:00",
    ),
    (
        "2026-02-03",
        "Closing date: Monday 9 March Monday 23 March 2026 (extended)",
        "2026-03-23",
        None,
    ),
    # the later stage for the invited only: the open stage still ahead is the deadline
    (
        "2026-02-02",
        "Short proposals are due by 4 p.m. on 5 March 2026. If invited, full proposals must"
        " be submitted by 4 June 2026.",
        "2026-03-05",
        "16:00",
    ),
    (
        "2026-02-02",
        "Een korte nota indienen kan tot 5 maart 2026. Indien u wordt uitgenodigd, dient u"
        " het volledige dossier in vóór 4 juni 2026.",
        "2026-03-05",
        None,
    ),
    # a news item's weekday or "tomorrow", counted from its date
    (
        "2026-01-13",
        "Tue, Jan 13, 2026 | Applications for the next intake close on Friday, the organisers"
        " said.",
        "2026-01-16",
        None,
    ),
    (
        "2026-03-12",
        "Donderdag 12 maart 2026 | De oproep sluit op vrijdag om 12 uur.",
        "2026-03-13",
        "12:00",
    ),
    (
        "2026-03-12",
        "Thursday 12 March 2026 | The deadline for the fund is tomorrow at 5pm.",
        "2026-03-13",
        "17:00",
    ),
    (
        "2026-03-12",
        "12 mars 2026. Il reste un jour : la date limite est demain à 17h.",
        "2026-03-13",
        "17:00",
    ),
    ("2026-03-12", "12 maart 2026. De deadline is morgen om 17 uur.", "2026-03-13", "17:00"),
    # stages by their number in a field list: the stage still ahead (after blind21's misses)
    (
        "2026-04-01",
        "Deadline model: two-stage | First stage: 12 March 2026 17:00:00 Brussels time |"
        " Second stage: 10 September 2026 17:00:00 Brussels time",
        "2026-09-10",
        "17:00",
    ),
    (
        "2026-02-01",
        "Fase 1 (projectidee): uiterlijk 20 maart 2026 | Fase 2 (volledig dossier): 1 juli 2026",
        "2026-03-20",
        None,
    ),
    (
        "2026-01-10",
        "Stufe 1: Interessenbekundung bis 13. Februar 2026 | Stufe 2: Vollantrag bis 8. Mai 2026",
        "2026-02-13",
        None,
    ),
    # the French noun of submitting in a field list
    (
        "2026-03-01",
        "Séance d'information : 20 mars 2026 | Remise des dossiers : le jeudi 16 avril 2026 à"
        " 12 heures | Décision : 29 mai 2026",
        "2026-04-16",
        "12:00",
    ),
]


@pytest.mark.parametrize(("reference", "text", "date", "time"), CASES)
def test_the_deadline_of_each_form(reference: str, text: str, date: str, time: str | None) -> None:
    deadline = read_dates(text, dt.date.fromisoformat(reference)).deadline
    assert deadline is not None
    assert deadline.date == dt.date.fromisoformat(date)
    assert deadline.time == (dt.time.fromisoformat(time) if time else None)


def test_a_weekday_without_a_dated_text_is_no_date() -> None:
    # nothing to count from: "close on Friday" alone names no day
    reading = read_dates("Applications close on Friday.", dt.date(2026, 3, 12))
    assert reading.deadline is None


def test_tomorrow_before_the_text_gives_its_day_is_no_date() -> None:
    # the day it speaks from must come first (a news item's dateline)
    # (the publication date after it is no deadline either)
    reading = read_dates("The deadline is tomorrow at 5pm. Posted 12 March 2026", None)
    assert reading.deadline is None
    dated_first = read_dates("Posted 12 March 2026. The deadline is tomorrow at 5pm.", None)
    assert dated_first.deadline is not None
    assert (dated_first.deadline.date, dated_first.deadline.time) == (
        dt.date(2026, 3, 13),
        dt.time(17, 0),
    )


def test_signing_the_grant_agreements_is_no_deadline() -> None:
    text = "Results: 12 projects selected. Grant agreements will be signed by 27 February 2026."
    assert read_dates(text, dt.date(2026, 1, 5)).deadline is None


def test_a_time_in_seconds_is_read_whole() -> None:
    deadline = read_dates("Deadline: 12 March 2026 17:00:00 Brussels time", None).deadline
    assert deadline is not None and deadline.time == dt.time(17, 0)
    assert deadline.raw == "12 March 2026 17:00:00"


@pytest.mark.parametrize(
    "zone", ["Irish time", "GMT", "UTC", "UK time", "(Brussels time)", "CET", "local time"]
)
def test_one_time_with_any_zone_after_a_list_is_the_whole_lists(zone: str) -> None:
    # every zone a page names after a time is the same note for the whole list
    text = f"Closing dates: 15 January, 15 April and 15 September 2026 12:00 {zone}"
    deadline = read_dates(text, dt.date(2026, 3, 1)).deadline
    assert deadline is not None
    assert (deadline.date, deadline.time) == (dt.date(2026, 4, 15), dt.time(12, 0))
