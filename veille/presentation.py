"""A call as a person reads it, in one language: the same words in emails, Matrix and pages.

Templates lay out what `present` computed: the deadline in words, how urgent it is, the
kind, the topics and the terms that made the call relevant, the coalition's marks, and
why a call is "to check" when the classifier is unsure of it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal
from urllib.parse import urlsplit

from veille.domain.call import days_left
from veille.domain.changes import ChangeAlert
from veille.domain.stored_call import CallChange, DoubtRecord, StoredCall
from veille.domain.verdicts import label_reason
from veille.domain.vocabulary import TOPICS, is_status
from veille.i18n import (
    Words,
    belgian_date,
    date_in_words,
    stored_moment_in_words,
    translate,
    words,
)
from veille.i18n.names import (
    applicant_name,
    field_name,
    kind_name,
    new_call_heading,
    status_name,
    topic_name,
)

MATCHED_TERMS_SHOWN = 8

# How soon a list should draw the eye to a call: past its deadline, this week, this month.
Urgency = Literal["past", "week", "month", ""]


@dataclass(frozen=True)
class MarkWords:
    """Where one member stands on a call, for people to read."""

    member_id: str
    member: str  # the member's name
    mark: str  # the mark in words
    reason: str = ""  # why "not for us", in words
    comment: str = ""  # the member's own words with its mark
    private: bool = False  # seen by its own member only
    author: str = ""  # who set it
    when: str = ""  # the day it was set, in words


@dataclass(frozen=True)
class CallView:
    """`call` (the facts) and what a message or page says of it, in `lang`, as of one moment."""

    call: StoredCall
    lang: str
    days_left: int | None
    deadline: str  # "jeudi 26 novembre 2026 à 12:00 (3 jours restants)", or "Appel permanent"
    urgency: Urgency
    kind: str  # "Marché public"
    heading: str  # what an alert announces: "Nouveau marché public"
    topics: list[str]  # the classifier's topics, in words
    matched_terms: list[str]  # why: the topical terms found, first ones first
    budget: str  # "250 000 EUR", or ""
    marks: list[MarkWords] = field(default_factory=list)
    # the classifier is unsure: "to check" (not flagged, shown anyway) or flagged barely
    uncertain: bool = False
    to_check: bool = False
    doubts: list[str] = field(default_factory=list)  # why, in words
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
        kind=kind_name(call.kind, lang),
        heading=new_call_heading(call.kind, lang),
        topics=[topic_name(topic, lang) for topic in call.topics],
        matched_terms=matched_terms(call),
        budget=budget_words(call),
        marks=marks or [],
        uncertain=call.uncertain,
        to_check=call.to_check,
        doubts=[doubt_words(doubt, lang) for doubt in call.doubts],
        is_new=since is not None and call.first_seen > since,
    )


def doubt_words(doubt: DoubtRecord, lang: str) -> str:
    """Why the classifier is unsure, for people: which test, its evidence, what it needs.

    >>> doubt_words({"test": "subject", "name": "insertion", "value": 1.5, "needed": 2.0}, "en")
    'little evidence of the subject “insertion” (1.5, 2.0 needed)'
    """
    value, needed = f"{doubt['value']:.1f}", f"{doubt['needed']:.1f}"
    passed = doubt["value"] >= doubt["needed"]
    if doubt["test"] == "words":  # the learned second opinion (round 14): its words
        return _second_opinion_words(doubt["name"], passed, lang)
    if doubt["test"] == "call":
        if passed:
            return translate(lang, "it barely reads as a call (%(value)s, %(needed)s needed)",
                             value=value, needed=needed)  # fmt: skip
        return translate(lang, "little evidence that it is a call (%(value)s, %(needed)s needed)",
                         value=value, needed=needed)  # fmt: skip
    topic = topic_name(doubt["name"], lang)
    if passed:
        return translate(
            lang,
            "the subject “%(topic)s” barely reaches the line (%(value)s, %(needed)s needed)",
            topic=topic, value=value, needed=needed,
        )  # fmt: skip
    return translate(
        lang,
        "little evidence of the subject “%(topic)s” (%(value)s, %(needed)s needed)",
        topic=topic, value=value, needed=needed,
    )  # fmt: skip


def _second_opinion_words(words: str, likely: bool, lang: str) -> str:
    """A call the rules drop but whose words are those of relevant calls, or the reverse.

    >>> _second_opinion_words("job seekers, coaching", True, "en")
    'words often seen in relevant calls: job seekers, coaching'
    """
    if not words:
        if likely:
            return translate(lang, "its evidence often goes with relevant calls")
        return translate(lang, "its evidence often goes with pages that are not relevant calls")
    if likely:
        return translate(lang, "words often seen in relevant calls: %(words)s", words=words)
    return translate(
        lang, "words often seen in pages that are not relevant calls: %(words)s", words=words
    )


def deadline_words(call: StoredCall, left: int | None, lang: str) -> str:
    """When the call closes and how many days are left, or why there is no date: a line
    per kind of deadline, and a date alone when the call states no time (never "23h59")."""
    if call.status == "withdrawn":
        state = status_name("withdrawn", lang)
        if call.deadline is None:
            return state
        return f"{belgian_date(call.deadline, lang, with_time=call.deadline_has_time)} ({state})"
    if call.deadline is not None and left is not None:
        if left < 0:
            state = status_name("closed", lang)
        elif left == 0:
            state = translate(lang, "closes today")
        else:
            state = words(lang).ngettext("%(count)s day left", "%(count)s days left", left)
        when = belgian_date(call.deadline, lang, with_time=call.deadline_has_time)
        if call.deadline_kind == "recurring" and left >= 0:  # past rounds: the last, closed
            # Translators: a deadline that comes back each year; %(date)s is the next one.
            when = words(lang).gettext("recurring, next on %(date)s", date=when)
        return f"{when} ({state})"
    if call.deadline_kind == "closed":  # it says it is closed, and gives no date
        return translate(lang, "Closed call (no date given)")
    if call.deadline_kind == "permanent" or call.status == "permanent":
        return translate(lang, "Rolling call")
    return translate(lang, "No known deadline")


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


def change_notes(changes: list[CallChange], lang: str) -> list[str]:
    """One short line per kind of change (deadline moved, new documents, ...)."""
    notes, other = [], []
    for change in changes:
        name = change["field"]
        if name == "deadline":
            old, new = (
                _deadline_or_dash(change["old"], lang),
                _deadline_or_dash(change["new"], lang),
            )
            notes.append(translate(lang, "deadline changed: %(old)s → %(new)s", old=old, new=new))
        elif name == "opens":
            old, new = _day_or_dash(change["old"], lang), _day_or_dash(change["new"], lang)
            notes.append(words(lang).gettext("opening: %(old)s → %(new)s", old=old, new=new))
        elif name == "budget_amount":
            old, new = _amount_or_dash(change["old"]), _amount_or_dash(change["new"])
            notes.append(words(lang).gettext("budget: %(old)s → %(new)s", old=old, new=new))
        elif name == "eligible":
            old, new = applicants_words(change["old"], lang), applicants_words(change["new"], lang)
            notes.append(words(lang).gettext("who may apply: %(old)s → %(new)s", old=old, new=new))
        elif name == "attachments":
            notes.append(translate(lang, "new documents"))
        elif name == "status":
            notes.append(translate(lang, "status: %(new)s", new=_status_words(change["new"], lang)))
        elif name not in other:
            other.append(name)
    if other:
        notes.append(translate(lang, "changed: %(fields)s", fields=", ".join(other)))
    return list(dict.fromkeys(notes))


def _status_words(value: str | None, lang: str) -> str:
    return status_name(value, lang) if is_status(value) else (value or "-")


@dataclass(frozen=True)
class ChangeRow:
    """One line of a call's change history, as a person reads it: no ISO timestamp."""

    when: str
    field: str
    before: str
    after: str


CHANGE_TEXT_SHOWN = 200


def change_rows(changes: Iterable[CallChange], lang: str) -> list[ChangeRow]:
    """The change history in words: when, which field, before and after."""
    return [
        ChangeRow(
            when=stored_moment_in_words(change["changed_at"], lang),
            field=field_name(change["field"], lang),
            before=_value_words(change["field"], change["old"], lang),
            after=_value_words(change["field"], change["new"], lang),
        )
        for change in changes
    ]


def _value_words(field: str, value: str | None, lang: str) -> str:
    if field == "deadline":
        return _deadline_or_dash(value, lang) if value else ""
    if field == "opens":
        return stored_moment_in_words(value, lang) if value else ""
    if field == "status":
        return _status_words(value, lang) if value else ""
    return (value or "")[:CHANGE_TEXT_SHOWN]


def _deadline_or_dash(value: str | None, lang: str) -> str:
    """A deadline of the change history: its time only if it is not the day's end (the
    history keeps the moment, not whether a time was stated)."""
    if not value:
        return "-"
    moment = datetime.fromisoformat(value)
    return belgian_date(moment, lang, with_time=(moment.hour, moment.minute) != (23, 59))


def _day_or_dash(value: str | None, lang: str) -> str:
    return date_in_words(datetime.fromisoformat(value).date(), None, lang) if value else "-"


def date_words(moment: datetime | None, lang: str) -> str:
    """The day of a moment, in words ("vendredi 27 novembre 2026"), Brussels time; "-" if none."""
    if moment is None:
        return "-"
    return belgian_date(moment, lang, with_time=False)


def _amount_or_dash(value: str | float | None) -> str:
    try:
        amount = float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        amount = None
    return f"{amount:,.0f}".replace(",", " ") if amount else "-"


def applicants_words(value: str | list[str] | None, lang: str) -> str:
    """Who may apply, in words: '["nonprofit", "public_body"]' -> 'associations (ASBL), ...'."""
    kinds = json.loads(value) if isinstance(value, str) else list(value or [])
    return ", ".join(applicant_name(kind, lang) for kind in kinds) or "-"


def withdrawal_words(call: StoredCall, lang: str) -> str:
    """Why a withdrawn call is withdrawn, since when, and when it was last seen; or ""."""
    if call.status != "withdrawn":
        return ""
    said = words(lang)
    when, seen = date_words(call.withdrawn_at, lang), date_words(call.last_seen, lang)
    if call.withdrawn_reason == "cancelled":
        return said.gettext(
            "Withdrawn from the source on %(when)s: the source says it closed or was "
            "cancelled before its deadline.",
            when=when,
        )
    if call.withdrawn_reason == "not_found":
        return said.gettext(
            "Withdrawn from the source on %(when)s: its page no longer exists "
            "(last seen on %(seen)s).",
            when=when,
            seen=seen,
        )
    return said.gettext(
        "Withdrawn from the source on %(when)s: the source no longer lists it "
        "(last seen on %(seen)s).",
        when=when,
        seen=seen,
    )


def change_words(alert: ChangeAlert, call: StoredCall, lang: str) -> str:
    """What changed, in one sentence of a change alert (old -> new where it has both)."""
    said = words(lang)
    if alert.kind == "deadline":
        old, new = _deadline_or_dash(alert.old, lang), _deadline_or_dash(alert.new, lang)
        return said.gettext("Deadline: %(old)s → %(new)s", old=old, new=new)
    if alert.kind == "documents":
        names = ", ".join(urlsplit(url).path.rsplit("/", 1)[-1] or url for url in alert.added)
        return said.ngettext(
            "New document: %(names)s", "New documents: %(names)s", len(alert.added), names=names
        )
    if alert.kind == "withdrawn":
        return withdrawal_words(call, lang)
    if alert.kind == "reopened":
        return said.gettext("The source lists this call again: it is open again.")
    if alert.kind == "budget":
        currency = f" {call.budget_currency}" if call.budget_currency else ""
        old, new = _amount_or_dash(alert.old) + currency, _amount_or_dash(alert.new) + currency
        return said.gettext("Budget: %(old)s → %(new)s", old=old, new=new)
    old, new = applicants_words(alert.old, lang), applicants_words(alert.new, lang)
    return said.gettext("Who may apply: %(old)s → %(new)s", old=old, new=new)


# --- why a call was flagged, why pages were grouped, what changed: in sentences -------------

FIELDS_IN_ORDER = ("title", "summary", "text")
TERMS_PER_PLACE = 4


def why_sentences(call: StoredCall, lang: str, names: Mapping[str, str] | None = None) -> list[str]:
    """Why the classifier flagged the call, one sentence per subject: the terms it found
    and where ("Signalé pour l'insertion : « NEET », « vers l'emploi » dans le titre."); and,
    when a member's reviewed verdict decided, who said what (`names`: members' names)."""
    language = words(lang)
    found: dict[str, dict[str, list[str]]] = {}
    for match in call.matches:
        topic, where = match.get("topic"), match.get("field")
        if topic in (*TOPICS, "call") and where in FIELDS_IN_ORDER:
            terms = found.setdefault(topic, {}).setdefault(where, [])
            if match["term"] not in terms:
                terms.append(match["term"])
    sentences = []
    for topic in (*TOPICS, "call"):
        places = found.get(topic)
        if not places:
            continue
        # Translators: between the places terms were found ("… in the title; … in the text").
        described = language.pgettext("between places", "; ").join(
            _terms_where(language, where, places[where][:TERMS_PER_PLACE])
            for where in FIELDS_IN_ORDER
            if where in places
        )
        if topic == "insertion":
            sentences.append(language.gettext("Flagged for insertion: %(found)s.", found=described))
        elif topic == "mentoring":
            sentences.append(language.gettext("Flagged for mentoring: %(found)s.", found=described))
        else:
            sentences.append(language.gettext("Recognised as a call: %(found)s.", found=described))
    for reason in call.reasons:
        label = label_reason(reason)
        if label is None:
            continue
        member = (names or {}).get(label.member, label.member)
        if label.relevant:
            sentences.append(
                language.gettext(
                    "Relevant by the verdict of %(member)s, reviewed by %(reviewer)s.",
                    member=member,
                    reviewer=label.reviewer,
                )
            )
        else:
            sentences.append(
                language.gettext(
                    "Not relevant by the verdict of %(member)s (“%(because)s”), reviewed by "
                    "%(reviewer)s.",
                    member=member,
                    because=label.because,
                    reviewer=label.reviewer,
                )
            )
    return sentences


def _terms_where(language: Words, where: str, terms: list[str]) -> str:
    quoted = ", ".join(
        # Translators: one term the classifier found, quoted as the language quotes words.
        language.pgettext("a quoted term", "“%(term)s”", term=term)
        for term in terms
    )
    if where == "title":
        return language.pgettext("terms found where", "%(terms)s in the title", terms=quoted)
    if where == "summary":
        return language.pgettext("terms found where", "%(terms)s in the summary", terms=quoted)
    return language.pgettext("terms found where", "%(terms)s in the text", terms=quoted)


def group_reason_words(reason: str | None, lang: str) -> str:
    """Why a page joined its call's group, in words ("" when storage said nothing)."""
    if not reason:
        return ""
    language = words(lang)
    code, _, detail = reason.partition(":")
    if code == "identifier":
        return language.gettext("the same reference, %(reference)s", reference=detail)
    if code == "same_page":
        return language.gettext("the same page, found by two sources")
    if code == "translations":
        return language.gettext("the pages name each other as translations")
    if code == "similar_titles":
        return language.gettext("the same deadline and a similar title")
    if code == "facts":
        return language.gettext("the same deadline and the same facts (budget, dates, funder)")
    if code == "extension":
        return language.gettext("it announces that the deadline was extended")
    return ""
