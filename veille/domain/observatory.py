"""The observatory's figures: what the calls say about funding, for advocacy.

Each figure counts calls (a call found on several sites or in several languages counts
once) and says what it counts and from which calls: a coalition quotes them in a policy
note. Figures are computed here from plain records; storage reads the records
(veille/storage/observatory.py), the web app draws them (web/charts.py).

>>> calls = [ObservedCall("Actiris", date(2026, 2, 1), date(2026, 3, 3), 90000.0, True,
...                       False, True, 24), ObservedCall("Forem", date(2026, 5, 4), None,
...                       None, False, False, False, None)]
>>> [(row.label, row.value) for row in calls_per_quarter(calls).rows]
[('2026 Q1', 1), ('2026 Q2', 1)]
>>> median_window(calls).rows[0].value
30
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from statistics import median

TOP_FUNDERS = 12  # the others are summed in one bar
DURATION_BANDS = ((12, "≤ 12"), (24, "13–24"), (36, "25–36"), (10_000, "> 36"))


@dataclass(frozen=True)
class ObservedCall:
    """What the observatory reads of one call (one group of pages)."""

    funder: str | None
    published: date  # the day it was published, else the day Veille first saw it
    deadline: date | None
    budget: float | None  # the amount the call announces (EUR)
    mentoring: bool  # the classifier found mentoring among its subjects
    results_based: bool
    cofinancing: bool
    duration_months: int | None


@dataclass(frozen=True)
class Row:
    label: str
    value: float | int
    count: int  # the calls this row is computed from


Unit = str  # "calls" | "eur" | "share" | "days" | "months"


@dataclass(frozen=True)
class Figure:
    """One chart: its rows, the unit of their values, and how many calls it counts from
    (`base`: the calls that have what it needs, e.g. a budget; `total`: all calls)."""

    name: str  # the chart's id in URLs: "calls-per-quarter"
    unit: Unit
    rows: tuple[Row, ...]
    base: int
    total: int


def quarter(day: date) -> str:
    """
    >>> quarter(date(2026, 11, 27))
    '2026 Q4'
    """
    return f"{day.year} Q{(day.month - 1) // 3 + 1}"


def _by_quarter(
    calls: Sequence[ObservedCall],
    value: Callable[[list[ObservedCall]], float | int | None],
    keep: Callable[[ObservedCall], bool] = lambda call: True,
) -> tuple[Row, ...]:
    groups: dict[str, list[ObservedCall]] = {}
    for call in sorted(calls, key=lambda c: c.published):
        if keep(call):
            groups.setdefault(quarter(call.published), []).append(call)
    rows = []
    for label, members in groups.items():
        computed = value(members)
        if computed is not None:
            rows.append(Row(label, computed, len(members)))
    return tuple(rows)


def calls_per_quarter(calls: Sequence[ObservedCall]) -> Figure:
    """Calls published each quarter."""
    rows = _by_quarter(calls, len)
    return Figure("calls-per-quarter", "calls", rows, len(calls), len(calls))


def calls_per_funder(calls: Sequence[ObservedCall], other: str = "…") -> Figure:
    """Calls of each funder, the most frequent first; the rest in one row labelled `other`."""
    counts = Counter(call.funder for call in calls if call.funder)
    top = counts.most_common(TOP_FUNDERS)
    rows = [Row(funder, count, count) for funder, count in top]
    rest = sum(counts.values()) - sum(count for _, count in top)
    if rest:
        rows.append(Row(other, rest, rest))
    based = sum(counts.values())
    return Figure("calls-per-funder", "calls", tuple(rows), based, len(calls))


def budgets_per_quarter(calls: Sequence[ObservedCall]) -> Figure:
    """The budgets calls announce, summed per quarter of publication (EUR)."""

    def total(members: list[ObservedCall]) -> float:
        return round(sum(call.budget or 0.0 for call in members), 2)

    rows = _by_quarter(calls, total, keep=lambda call: call.budget is not None)
    return Figure("budgets-per-quarter", "eur", rows, sum(r.count for r in rows), len(calls))


def _share(flag: Callable[[ObservedCall], bool]) -> Callable[[list[ObservedCall]], float]:
    def share(members: list[ObservedCall]) -> float:
        return round(sum(1 for call in members if flag(call)) / len(members), 4)

    return share


def mentoring_share(calls: Sequence[ObservedCall]) -> Figure:
    """Share of each quarter's calls that are about mentoring."""
    rows = _by_quarter(calls, _share(lambda call: call.mentoring))
    return Figure("mentoring-share", "share", rows, len(calls), len(calls))


def window_days(call: ObservedCall) -> int | None:
    """Days from publication to the deadline (None without a deadline, or a deadline
    before the page was first seen: a page found late says nothing of the window)."""
    if call.deadline is None:
        return None
    days = (call.deadline - call.published).days
    return days if days >= 0 else None


def median_window(calls: Sequence[ObservedCall]) -> Figure:
    """Median days between publication and deadline, per quarter of publication."""

    def middle(members: list[ObservedCall]) -> int:
        return round(median(d for call in members if (d := window_days(call)) is not None))

    rows = _by_quarter(calls, middle, keep=lambda call: window_days(call) is not None)
    return Figure("median-window", "days", rows, sum(r.count for r in rows), len(calls))


def results_based_share(calls: Sequence[ObservedCall]) -> Figure:
    """Share of each quarter's calls that pay for results reached."""
    rows = _by_quarter(calls, _share(lambda call: call.results_based))
    return Figure("results-based-share", "share", rows, len(calls), len(calls))


def cofinancing_share(calls: Sequence[ObservedCall]) -> Figure:
    """Share of each quarter's calls that require co-financing from the applicant."""
    rows = _by_quarter(calls, _share(lambda call: call.cofinancing))
    return Figure("cofinancing-share", "share", rows, len(calls), len(calls))


def durations(calls: Sequence[ObservedCall]) -> Figure:
    """Calls by how long their projects last (months), for those that say so."""
    counts = Counter(_band(call.duration_months) for call in calls if call.duration_months)
    rows = tuple(Row(label, counts[label], counts[label]) for _, label in DURATION_BANDS)
    return Figure("durations", "calls", rows, sum(counts.values()), len(calls))


def _band(months: int | None) -> str:
    return next(label for limit, label in DURATION_BANDS if (months or 0) <= limit)


FIGURES: tuple[Callable[[Sequence[ObservedCall]], Figure], ...] = (
    calls_per_quarter,
    calls_per_funder,
    budgets_per_quarter,
    mentoring_share,
    median_window,
    results_based_share,
    cofinancing_share,
    durations,
)


def figures(calls: Iterable[ObservedCall]) -> tuple[Figure, ...]:
    """Every figure of the observatory, in the order the page shows them."""
    listed = list(calls)
    return tuple(compute(listed) for compute in FIGURES)
