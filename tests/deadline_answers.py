"""What the date reading answers for a snippet, as the date rounds' case tables compare it."""

from __future__ import annotations

import datetime as dt

from veille.domain.dates import read_dates


def deadline_answer(
    text: str, reference: dt.date | str | None
) -> tuple[str | None, str | None, str]:
    """(deadline date, "HH:MM" or None, kind), or (None, None, "none") when none is read."""
    day = dt.date.fromisoformat(reference) if isinstance(reference, str) else reference
    deadline = read_dates(text, day).deadline
    if deadline is None:
        return None, None, "none"
    date = deadline.date.isoformat() if deadline.date else None
    time = deadline.time.strftime("%H:%M") if deadline.time else None
    return date, time, deadline.kind
