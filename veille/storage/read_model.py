"""How a stored call is read: the one builder of StoredCall, and the one meaning of "open"."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from veille.domain.call import BRUSSELS, JSON_FIELDS
from veille.domain.stored_call import CallChange, StoredCall


def open_clause(alias: str = "calls") -> str:
    """SQL: the call (table alias `alias`) can still be applied to; one `?`, the moment (ISO).

    >>> open_clause("m")
    "m.status != 'closed' and (m.deadline is null or m.deadline >= ?)"
    """
    return f"{alias}.status != 'closed' and ({alias}.deadline is null or {alias}.deadline >= ?)"


def is_open_row(row: Mapping[str, Any], stamp: str) -> bool:
    """open_clause on a row already read (`stamp`: the moment, ISO), compared as SQLite does."""
    return row["status"] != "closed" and (row["deadline"] is None or row["deadline"] >= stamp)


def stored_call(row: Mapping[str, Any]) -> StoredCall:
    """The read model of a row of `calls` (or of the columns a list selects).

    A row may carry `page_id` when a group is shown through one of its pages
    (CallStore.open_calls); else the page is the row itself.
    """
    lists: dict[str, Any] = {
        name: json.loads(row[name]) for name in JSON_FIELDS if row.get(name) is not None
    }
    return StoredCall(
        id=row["id"],
        page_id=row.get("page_id") or row["id"],
        group_id=row.get("group_id") or row["id"],
        source=row["source"],
        url=row["url"],
        title=row["title"] or "",
        first_seen=_first_seen(row),
        source_id=row.get("source_id") or "",
        summary=row.get("summary") or "",
        text=row.get("text") or "",
        lang=row.get("lang"),
        funder=row.get("funder"),
        kind=row.get("kind") or "call_for_projects",
        published=_day(row.get("published")),
        opens=_day(row.get("opens")),
        deadline=aware_moment(row.get("deadline")),
        deadline_text=row.get("deadline_text"),
        deadline_has_time=bool(row.get("deadline_has_time")),
        deadline_kind=row.get("deadline_kind") or "none",
        budget_amount=row.get("budget_amount"),
        budget_currency=row.get("budget_currency"),
        duration_months=row.get("duration_months"),
        results_based=bool(row.get("results_based")),
        cofinancing=bool(row.get("cofinancing")),
        own_share=row.get("own_share"),
        status=row.get("status") or "unknown",
        relevant=bool(row.get("relevant")),
        is_call=bool(row.get("is_call")),
        known_call=bool(row.get("known_call")),
        uncertain=bool(row.get("uncertain")),
        score=row.get("score") or 0.0,
        last_seen=aware_moment(row.get("last_seen")),
        last_changed=aware_moment(row.get("last_changed")),
        group_reason=row.get("group_reason"),
        **lists,
    )


def call_change(row: Mapping[str, Any]) -> CallChange:
    """A row of `call_changes`."""
    return CallChange(
        call_id=row["call_id"],
        changed_at=row["changed_at"],
        field=row["field"],
        old=row["old"],
        new=row["new"],
    )


def _first_seen(row: Mapping[str, Any]) -> datetime:
    moment = aware_moment(row["first_seen"])
    if moment is None:  # storage stamps every call it stores
        raise ValueError(f"call {row['id']} was stored without first_seen")
    return moment


def aware_moment(value: str | None) -> datetime | None:
    """A stored ISO moment, aware (a moment stored without its offset is Brussels time)."""
    if not value:
        return None
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=BRUSSELS)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None
