"""How a crawl went, and which sources are broken, from their crawl history (framework-free).

A crawl failed when it did not end normally, or ended with nothing but errors; it is
partial when it yielded calls despite errors, empty when it yielded nothing and met no
error. An error answer is an error even when the HTTP cache holds a copy of the page.
A source is unhealthy when it failed its last N runs in a row, when its last run ended
normally but yielded nothing although an earlier run yielded calls (a redesign, a moved
page, a new anti-bot wall), or when its last run no longer found most of its open calls
(withdrawals held back: veille.domain.presence). One failed run is not an alert yet: sites
have bad minutes.
The alert names the source and says what went wrong.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from veille.domain.vocabulary import CrawlOutcome, HealthProblem

FAILURES_IN_A_ROW = 3
MAX_ERRORS_SHOWN = 3


@dataclass(frozen=True)
class HealthAlert:
    source: str
    problem: HealthProblem
    message: str


def crawl_outcome(
    *, completed: bool, items: int, errors: int, failed_responses: int
) -> CrawlOutcome:
    """`completed`: the crawl ended by itself (not killed, not stopped by a storage error);
    `errors`: errors logged; `failed_responses`: HTTP answers of 400 or more (robots.txt aside).

    >>> crawl_outcome(completed=True, items=4, errors=0, failed_responses=1)
    'partial'
    >>> crawl_outcome(completed=True, items=0, errors=0, failed_responses=0)
    'empty'
    >>> crawl_outcome(completed=False, items=4, errors=0, failed_responses=0)
    'failed'
    """
    if not completed or (items == 0 and (errors or failed_responses)):
        return "failed"
    if items == 0:
        return "empty"
    if errors or failed_responses:
        return "partial"
    return "ok"


def _errors(run: Mapping[str, Any]) -> str:
    errors = list(run.get("errors") or [])[:MAX_ERRORS_SHOWN]
    return "; ".join(str(error) for error in errors) or "no error message"


def source_health(
    source: str, runs: Sequence[Mapping[str, Any]], failures_in_a_row: int = FAILURES_IN_A_ROW
) -> HealthAlert | None:
    """`runs` newest first, as CrawlRuns.recent returns them.

    >>> run = {"outcome": "failed", "items": 0, "errors": ["HTTP 500"], "started": "2026-11-27"}
    >>> source_health("cocof", [run] * 3).problem
    'failing'
    >>> source_health("cocof", [run, {"outcome": "ok", "items": 4}]) is None  # once: not yet
    True
    >>> empty = {"outcome": "empty", "items": 0}
    >>> source_health("cocof", [empty, {"outcome": "ok", "items": 4}]).problem
    'stopped_yielding'
    >>> source_health("cocof", [{"outcome": "ok", "items": 4}]) is None
    True
    """
    if not runs:
        return None
    latest = runs[0]
    recent = runs[:failures_in_a_row]
    if len(recent) == failures_in_a_row and all(r.get("outcome") == "failed" for r in recent):
        return HealthAlert(
            source,
            "failing",
            f"Source {source} failed its last {failures_in_a_row} crawls "
            f"(latest {str(latest.get('started', ''))[:16]}): {_errors(latest)}",
        )
    held = latest.get("held_withdrawals") or 0
    if held:
        return HealthAlert(
            source,
            "withdrawals_held",
            f"Source {source}'s last crawl ({str(latest.get('started', ''))[:16]}) no longer "
            f"found {held} of its open calls, too many to be withdrawn at once; none was: "
            f"has the site's layout changed? {_errors(latest)}",
        )
    if (latest.get("items") or 0) == 0 and latest.get("outcome") != "failed":
        earlier = next((r for r in runs[1:] if (r.get("items") or 0) > 0), None)
        if earlier is not None:
            return HealthAlert(
                source,
                "stopped_yielding",
                f"Source {source} yielded no call in its last crawl "
                f"({str(latest.get('started', ''))[:16]}, outcome {latest.get('outcome')}) "
                f"although it yielded {earlier['items']} "
                f"on {str(earlier.get('started', ''))[:10]}: "
                f"{_errors(latest)}",
            )
    return None


def unhealthy_sources(
    runs_by_source: Mapping[str, Sequence[Mapping[str, Any]]],
    failures_in_a_row: int = FAILURES_IN_A_ROW,
) -> list[HealthAlert]:
    """One alert per unhealthy source, in source-name order."""
    alerts = (
        source_health(name, runs_by_source[name], failures_in_a_row)
        for name in sorted(runs_by_source)
    )
    return [alert for alert in alerts if alert is not None]
