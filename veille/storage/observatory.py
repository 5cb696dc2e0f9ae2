"""What the observatory reads of the stored calls: one record per call (per group of pages).

A call found on several sites or in several languages is one group: it counts once, with
what any of its pages says (a fact stated on the French page counts for the Dutch one).
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sqlite_utils import Database

from veille.domain.observatory import ObservedCall
from veille.storage.read_model import aware_moment

COLUMNS = (
    "id, group_id, funder, published, first_seen, deadline, budget_amount, budget_currency, "
    "topics, relevant, results_based, cofinancing, duration_months"
)


def observed_calls(db: Database, relevant_only: bool = True) -> list[ObservedCall]:
    """Every call (group), or only those relevant to the coalition (a group is when any of
    its pages is, as on the digest)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    cursor = db.execute(f"select {COLUMNS} from calls")
    names = [d[0] for d in cursor.description]
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        groups.setdefault(row["group_id"] or row["id"], []).append(row)
    return [
        _observed(group_id, members)
        for group_id, members in groups.items()
        if not relevant_only or any(m["relevant"] for m in members)
    ]


def _observed(group_id: str, members: list[dict[str, Any]]) -> ObservedCall:
    own = next((m for m in members if m["id"] == group_id), members[0])
    budgets = [
        m["budget_amount"]
        for m in (own, *members)
        if m["budget_amount"] and (m["budget_currency"] or "EUR") == "EUR"
    ]
    deadline = aware_moment(own["deadline"]) or max(
        (moment for m in members if (moment := aware_moment(m["deadline"])) is not None),
        default=None,
    )
    durations = [m["duration_months"] for m in members if m["duration_months"]]
    return ObservedCall(
        funder=own["funder"] or next((m["funder"] for m in members if m["funder"]), None),
        published=min(_published(m) for m in members),
        deadline=deadline.date() if deadline else None,
        budget=budgets[0] if budgets else None,
        mentoring=any("mentoring" in json.loads(m["topics"] or "[]") for m in members),
        results_based=any(m["results_based"] for m in members),
        cofinancing=any(m["cofinancing"] for m in members),
        duration_months=max(durations) if durations else None,
    )


def _published(row: dict[str, Any]) -> date:
    if row["published"]:
        return date.fromisoformat(row["published"][:10])
    seen = aware_moment(row["first_seen"])
    assert seen is not None  # storage stamps every call it stores
    return seen.date()
