"""A call as a person reads it, in one language: the same words in emails, Matrix and pages.

Templates lay out what `present` computed: the deadline in words, how urgent it is, the
kind, the topics and the terms that made the call relevant, the coalition's marks.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal
from urllib.parse import urlsplit

from veille.domain.call import BRUSSELS, days_left
from veille.domain.changes import ChangeAlert
from veille.domain.stored_call import CallChange, StoredCall
from veille.domain.vocabulary import TOPICS, Mark
from veille.i18n import belgian_date, translate

MATCHED_TERMS_SHOWN = 8

# How soon a list should draw the eye to a call: past its deadline, this week, this month.
Urgency = Literal["past", "week", "month", ""]


@dataclass(frozen=True)
class MarkWords:
    """What one member said about a call, for people to read."""

    member_id: str
    member: str  # the member's name
    mark: str  # the mark in words
    note: str


@dataclass(frozen=True)
class CallView:
    """`call` (the facts) and what a message or page says of it, in `lang`, as of one moment."""

    call: StoredCall
    lang: str
    days_left: int | None
    deadline: str  # "26/11/2026 à 12h00 (3 jour(s) restant(s))", or "Appel permanent"
    urgency: Urgency
    kind: str
    topics: list[str]  # the classifier's topics, in words
    matched_terms: list[str]  # why: the topical terms found, first ones first
    budget: str  # "250 000 EUR", or ""
    marks: list[MarkWords] = field(default_factory=list)
    is_new: bool = False  # first seen since the reader's previous visit
    change_notes: list[str] = field(default_factory=list)  # digests: what changed
    followers: list[str] | None = None  # the coalition room's digest: who follows it


def present(
    call: StoredCall,
    now: datetime,
    lang: str,
    *,
    marks: list[MarkWords] | None = None,
    since: datetime | None = None,
) -> CallView:
    """The view of `call` as of `now`; `since`: the reader's previous visit, if known."""
    left = days_left(call.deadline, now)
    return CallView(
        call=call,
        lang=lang,
        days_left=left,
        deadline=deadline_words(call, left, lang),
        urgency=urgency(left),
        kind=translate(lang, f"kind_{call.kind}"),
        topics=[translate(lang, f"topic_{topic}") for topic in call.topics],
        matched_terms=matched_terms(call),
        budget=budget_words(call),
        marks=marks or [],
        is_new=since is not None and call.first_seen > since,
    )


def deadline_words(call: StoredCall, left: int | None, lang: str) -> str:
    """When the call closes and how many days are left, or why there is no date."""
    if call.status == "withdrawn":
        state = translate(lang, "status_withdrawn")
        return f"{belgian_date(call.deadline, lang)} ({state})" if call.deadline else state
    if call.deadline is not None:
        if left is not None and left < 0:
            state = translate(lang, "status_closed")
        elif left == 0:
            state = translate(lang, "closes_today")
        else:
            state = translate(lang, "days_left", days=left)
        return f"{belgian_date(call.deadline, lang)} ({state})"
    if call.status == "permanent":
        return translate(lang, "permanent")
    return translate(lang, "no_deadline")


def urgency(left: int | None) -> Urgency:
    """
    >>> [urgency(left) for left in (-1, 0, 7, 8, 31, 32, None)]
    ['past', 'week', 'week', 'month', 'month', '', '']
    """
    if left is None:
        return ""
    if left < 0:
        return "past"
    if left <= 7:
        return "week"
    return "month" if left <= 31 else ""


def matched_terms(call: StoredCall) -> list[str]:
    """The insertion and mentoring terms the classifier found, each once."""
    terms: list[str] = []
    for match in call.matches:
        if match.get("topic") in TOPICS and match["term"] not in terms:
            terms.append(match["term"])
    return terms[:MATCHED_TERMS_SHOWN]


def budget_words(call: StoredCall) -> str:
    """
    >>> from veille.domain.stored_call import StoredCall
    >>> from veille.domain.call import BRUSSELS
    >>> from datetime import datetime
    >>> seen = datetime(2026, 11, 27, tzinfo=BRUSSELS)
    >>> budget_words(StoredCall(id="a", page_id="a", group_id="a", source="s", url="u",
    ...     title="t", first_seen=seen, budget_amount=250000.0, budget_currency="EUR"))
    '250 000 EUR'
    """
    if not call.budget_amount:
        return ""
    return f"{call.budget_amount:,.0f}".replace(",", " ") + f" {call.budget_currency or ''}"


def marks_in_words(
    marks: Iterable[tuple[str, Mark, str]], names: Mapping[str, str], lang: str
) -> list[MarkWords]:
    """(member id, mark, note) as people read them: the member's name, the mark in words."""
    return [
        MarkWords(member_id, names.get(member_id, member_id), translate(lang, f"mark_{mark}"), note)
        for member_id, mark, note in marks
    ]


def change_notes(changes: list[CallChange], lang: str) -> list[str]:
    """One short line per kind of change (deadline moved, new documents, ...)."""
    notes, other = [], []
    for change in changes:
        name = change["field"]
        if name == "deadline":
            old, new = _date_or_dash(change["old"], lang), _date_or_dash(change["new"], lang)
            notes.append(translate(lang, "change_deadline", old=old, new=new))
        elif name == "opens":
            old, new = _day_or_dash(change["old"]), _day_or_dash(change["new"])
            notes.append(translate(lang, "change_opens", old=old, new=new))
        elif name == "budget_amount":
            old, new = _amount_or_dash(change["old"]), _amount_or_dash(change["new"])
            notes.append(translate(lang, "change_budget", old=old, new=new))
        elif name == "eligible":
            old, new = applicants_words(change["old"], lang), applicants_words(change["new"], lang)
            notes.append(translate(lang, "change_eligible", old=old, new=new))
        elif name == "attachments":
            notes.append(translate(lang, "change_documents"))
        elif name == "status":
            notes.append(
                translate(lang, "change_status", new=translate(lang, f"status_{change['new']}"))
            )
        elif name not in other:
            other.append(name)
    if other:
        notes.append(translate(lang, "change_other", fields=", ".join(other)))
    return list(dict.fromkeys(notes))


def _date_or_dash(value: str | None, lang: str) -> str:
    return belgian_date(datetime.fromisoformat(value), lang) if value else "-"


def _day_or_dash(value: str | None) -> str:
    return date_words(datetime.fromisoformat(value)) if value else "-"


def date_words(moment: datetime | None) -> str:
    """A day in the Belgian form, 27/11/2026 (Brussels time)."""
    if moment is None:
        return "-"
    local = moment.astimezone(BRUSSELS) if moment.tzinfo else moment
    return local.strftime("%d/%m/%Y")


def _amount_or_dash(value: str | float | None) -> str:
    try:
        amount = float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        amount = None
    return f"{amount:,.0f}".replace(",", " ") if amount else "-"


def applicants_words(value: str | list[str] | None, lang: str) -> str:
    """Who may apply, in words: '["nonprofit", "public_body"]' -> 'associations (ASBL), ...'."""
    kinds = json.loads(value) if isinstance(value, str) else list(value or [])
    return ", ".join(translate(lang, f"applicant_{kind}") for kind in kinds) or "-"


def withdrawal_words(call: StoredCall, lang: str) -> str:
    """Why a withdrawn call is withdrawn, since when, and when it was last seen; or ""."""
    if call.status != "withdrawn":
        return ""
    return translate(
        lang,
        f"withdrawn_{call.withdrawn_reason or 'unlisted'}",
        when=date_words(call.withdrawn_at),
        seen=date_words(call.last_seen),
    )


def change_words(alert: ChangeAlert, call: StoredCall, lang: str) -> str:
    """What changed, in one sentence of a change alert (old -> new where it has both)."""
    if alert.kind == "deadline":
        old, new = _date_or_dash(alert.old, lang), _date_or_dash(alert.new, lang)
        return translate(lang, "change_body_deadline", old=old, new=new)
    if alert.kind == "documents":
        names = ", ".join(urlsplit(url).path.rsplit("/", 1)[-1] or url for url in alert.added)
        return translate(lang, "change_body_documents", names=names)
    if alert.kind == "withdrawn":
        return withdrawal_words(call, lang)
    if alert.kind == "reopened":
        return translate(lang, "change_body_reopened")
    if alert.kind == "budget":
        old, new = _amount_or_dash(alert.old), _amount_or_dash(alert.new)
        currency = f" {call.budget_currency}" if call.budget_currency else ""
        return translate(lang, "change_body_budget", old=old + currency, new=new + currency)
    old, new = applicants_words(alert.old, lang), applicants_words(alert.new, lang)
    return translate(lang, "change_body_eligibility", old=old, new=new)
