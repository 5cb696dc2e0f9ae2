"""Deadlines that come back every month or every quarter, said without a date.

"le 15 de chaque mois", "elke eerste maandag van de maand", "the last Friday of each month",
"jeweils zum Quartalsende", "avant le 1er de chaque trimestre": a cycle, whose next day on or
after a reference date is the deadline (kind recurring). Read on folded text (`text.fold`).

>>> cycle, _, _ = find_cycle("au plus tard le 15 de chaque mois")
>>> cycle.next_on_or_after(dt.date(2026, 1, 20))
datetime.date(2026, 2, 15)
>>> find_cycle("the last friday of each month")[0].next_on_or_after(dt.date(2026, 1, 31))
datetime.date(2026, 2, 27)
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from veille.domain.date_vocabulary import WEEKDAY_RE, WEEKDAYS

_ORDINALS = {
    **dict.fromkeys(("premier", "1er", "first", "eerste", "ersten", "erste"), 1),
    **dict.fromkeys(("deuxieme", "second", "tweede", "zweiten", "zweite"), 2),
    **dict.fromkeys(("troisieme", "third", "derde", "dritten", "dritte"), 3),
    **dict.fromkeys(("quatrieme", "fourth", "vierde", "vierten", "vierte"), 4),
    **dict.fromkeys(("dernier", "last", "laatste", "letzten", "letzte"), -1),
}
_NTH = "|".join(sorted(_ORDINALS, key=len, reverse=True))
# "each month", "du mois", "van de maand", "eines Monats"; and the same of a quarter
_MONTH = (
    r"(?:de chaque|du|de tout|of (?:each|every|the)|in (?:each|every|the)|van (?:de|elke|iedere)"
    r"|(?:eines|jedes|jeden|des) (?:jeweiligen )?|im)\s*(?P<period>mois|month|maand|monats?"
    r"|trimestre|quarter|kwartaal|quartals?)\b"
)
_DAY = re.compile(
    r"\b(?:le |the |op de |de |der |den |am |zum |jeweils (?:am |der |zum )?)?"
    r"(?P<d>[1-9]|[12]\d|3[01])(?:er|re|eme|e|ste|de|st|nd|rd|th|\.)?\s+(?:day\s+)?" + _MONTH
)
_WEEKDAY = re.compile(
    rf"\b(?P<nth>{_NTH})\s+(?P<wd>{WEEKDAY_RE})\s+" + _MONTH,
)
# the end of each month or quarter: "fin de chaque trimestre", "end of each quarter", "einde
# van elk kwartaal", "(jeweils) zum Quartalsende", "Ende jedes Monats"
_END = re.compile(
    r"\b(?:(?:a la )?fin de chaque|(?:at the )?end of (?:each|every)|einde van (?:elk|elke|ieder"
    r"|iedere)|ende (?:jedes|eines))\s+(?P<period>mois|month|maand|monats?|trimestre|quarter"
    r"|kwartaal|quartals?)\b"
    r"|\b(?:jeweils\s+)?(?:zum|am)\s+(?P<period2>monats|quartals)ende\b"
    r"|\b(?:each|every)\s+(?P<period3>month|quarter)[- ]end\b"
)


@dataclass(frozen=True)
class Cycle:
    """A day that comes back each month (`months` 1) or each quarter (3): day `day` of the
    month, or the `nth` weekday `weekday` (-1: the last), or the period's last day."""

    months: int
    day: int = 0  # 0 when it is a weekday or the period's end
    weekday: int = -1
    nth: int = 0
    end: bool = False

    def in_month(self, year: int, month: int) -> dt.date | None:
        """This cycle's day in the month, if that month is one of its months."""
        # a quarter's days are in its first month, its end in its last
        if self.months == 3 and (month - 1) % 3 != (2 if self.end else 0):
            return None
        last = calendar.monthrange(year, month)[1]
        if self.end:
            return dt.date(year, month, last)
        if self.day:
            return dt.date(year, month, min(self.day, last))
        if self.nth == -1:
            day = dt.date(year, month, last)
            return day - dt.timedelta(days=(day.weekday() - self.weekday) % 7)
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(self.weekday - first.weekday()) % 7 + 7 * (self.nth - 1))
        return day if day.month == month else None

    def next_on_or_after(self, day: dt.date) -> dt.date:
        year, month = day.year, day.month
        for _ in range(15):
            found = self.in_month(year, month)
            if found is not None and found >= day:
                return found
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return day  # unreachable: every cycle has a day within 15 months


def _months(period: str) -> int:
    return 3 if period.startswith(("trimestre", "quarter", "kwartaal", "quartal")) else 1


def find_cycle(folded: str) -> tuple[Cycle, int, int] | None:
    """The first monthly or quarterly cycle the text names, with where it stands."""
    found: list[tuple[int, int, Cycle]] = []
    if match := _WEEKDAY.search(folded):
        cycle = Cycle(
            _months(match["period"]), weekday=WEEKDAYS[match["wd"]], nth=_ORDINALS[match["nth"]]
        )
        found.append((match.start(), match.end(), cycle))
    if match := _DAY.search(folded):
        found.append((match.start(), match.end(), Cycle(_months(match["period"]), int(match["d"]))))
    if match := _END.search(folded):
        period = match["period"] or match["period2"] or match["period3"]
        found.append((match.start(), match.end(), Cycle(_months(period), end=True)))
    if not found:
        return None
    start, end, cycle = min(found, key=lambda item: item[0])
    return cycle, start, end
