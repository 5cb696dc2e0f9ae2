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
