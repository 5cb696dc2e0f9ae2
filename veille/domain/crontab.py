"""Crontab lines as people write them, checked and made unambiguous for the scheduler.

Standard crontab counts weekdays from Sunday = 0 (7 is Sunday too); APScheduler's
`from_crontab` counts from Monday = 0. Writing the weekdays as names removes the doubt:

>>> to_scheduler_crontab("0 7 * * 1-5")
'0 7 * * mon,tue,wed,thu,fri'
>>> to_scheduler_crontab("30 6 * * 0")
'30 6 * * sun'
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from itertools import pairwise

WEEKDAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")
MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# name, lowest, highest (weekday 7 is Sunday again)
FIELDS = (("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 7))
PART = re.compile(r"^(\*|[a-z0-9]+(?:-[a-z0-9]+)?)(?:/(\d+))?$")


def _number(token: str, field: str, low: int, high: int) -> int:
    names = {"weekday": WEEKDAYS, "month": MONTHS}.get(field, ())
    if token in names:
        return names.index(token) + (1 if field == "month" else 0)
    if not token.isdigit() or not low <= int(token) <= high:
        raise ValueError(f"{field} {token!r} is not between {low} and {high}")
    return int(token)


def _expand(text: str, field: str, low: int, high: int) -> list[int]:
    values: set[int] = set()
    for part in text.split(","):
        match = PART.match(part)
        if not match:
            raise ValueError(f"{field} {part!r} is not a crontab value")
        base, step = match.group(1), int(match.group(2) or 1)
        if step == 0:
            raise ValueError(f"{field} step 0 in {part!r}")
        if base == "*":
            first, last = low, high
        elif "-" in base:
            first, last = (_number(t, field, low, high) for t in base.split("-"))
        else:
            first = last = _number(base, field, low, high)
        if first > last:
            raise ValueError(f"{field} range {base!r} runs backwards")
        values.update(range(first, last + 1, step))
    return sorted(values)


def to_scheduler_crontab(line: str) -> str:
    """Check a five-field crontab line; return it with the weekday field written as names.

    Raises ValueError saying which field is wrong.
    """
    fields = line.lower().split()
    if len(fields) != 5:
        raise ValueError(f"{line!r} is not a crontab line like '0 6 * * *' (five fields)")
    for text, (field, low, high) in zip(fields, FIELDS, strict=True):
        _expand(text, field, low, high)
    weekdays = sorted({day % 7 for day in _expand(fields[4], "weekday", 0, 7)})
    if fields[4] != "*":
        fields[4] = "*" if len(weekdays) == 7 else ",".join(WEEKDAYS[day] for day in weekdays)
    return " ".join(fields)


def shortest_gap(line: str) -> timedelta:
    """The shortest time between two runs of a crontab line, over four weeks.

    Day of month and weekday restricted together run when either matches, as in cron.

    >>> shortest_gap("30 6,13 * * *"), shortest_gap("0 7 * * 1-5"), shortest_gap("*/15 * * * *")
    (datetime.timedelta(seconds=25200), datetime.timedelta(days=1), datetime.timedelta(seconds=900))
    """
    minute, hour, day, month, weekday = line.lower().split()
    minutes = _expand(minute, "minute", 0, 59)
    hours = _expand(hour, "hour", 0, 23)
    days = set(_expand(day, "day", 1, 31))
    months = set(_expand(month, "month", 1, 12))
    weekdays = {value % 7 for value in _expand(weekday, "weekday", 0, 7)}
    start = datetime(2026, 1, 5)  # a Monday; four weeks are enough for weekly lines
    runs = []
    for offset in range(28 * (1 if month == "*" else 13)):
        moment = start + timedelta(days=offset)
        in_month = moment.day in days if day != "*" else False
        on_weekday = (moment.isoweekday() % 7) in weekdays if weekday != "*" else False
        matches = (day == "*" and weekday == "*") or in_month or on_weekday
        if matches and moment.month in months:
            runs += [moment.replace(hour=h, minute=m) for h in hours for m in minutes]
    gaps = [later - earlier for earlier, later in pairwise(runs)]
    return min(gaps, default=timedelta(days=28))
