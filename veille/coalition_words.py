"""The coalition's work on a call in words: who fits it and why, the history of marks,
notes and outcomes, and the values of members' profiles. Shared by pages and messages."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from veille.domain.call import BRUSSELS
from veille.domain.coalition import Action, MarkChange, NoteRevision, OutcomeReport
from veille.domain.diff import Change, word_changes
from veille.domain.fit import Fit, Reason
from veille.domain.vocabulary import REGIONS, FitLevel, Offer
from veille.i18n import translate

# What a closed list's values are called in the catalogues: "<list>_<value>".
LISTS = (
    "region",
    "public",
    "activity",
    "legal_form",
    "offer",
    "applicant",
    "mark",
    "reason",
    "outcome",
    "topic",
)


def label(kind: str, value: str, lang: str) -> str:
    """A value of a closed list (veille.domain.vocabulary) in the reader's language."""
    if kind == "language":
        return value.upper()
    return translate(lang, f"{kind}_{value}")


def labels(kind: str, values: Iterable[str], lang: str) -> str:
    return ", ".join(label(kind, value, lang) for value in values)


def day_words(moment: datetime) -> str:
    """27/11/2026, in Brussels."""
    return moment.astimezone(BRUSSELS).strftime("%d/%m/%Y")


# --- who fits a call --------------------------------------------------------------------


@dataclass(frozen=True)
class ReasonWords:
    matches: bool
    text: str


@dataclass(frozen=True)
class FitWords:
    member_id: str
    member: str  # its name
    level: FitLevel
    level_words: str
    reasons: list[ReasonWords]
    brings: str  # what it can bring that the reader looks for, in words ("" if nothing)


def _call_side(reason: Reason, lang: str) -> str:
    if reason.criterion == "region":
        if set(reason.call_says) == set(REGIONS):
            return translate(lang, "fit_all_belgium")
        return labels("region", reason.call_says, lang)
    kind = {
        "eligibility": "applicant",
        "public": "public",
        "language": "language",
        "activity": "topic",
        "commune": "commune",
    }[reason.criterion]
    if kind == "commune":
        return ", ".join(reason.call_says)
    return labels(kind, reason.call_says, lang)


def _member_side(reason: Reason, lang: str) -> str:
    kind = {
        "region": "region",
        "eligibility": "applicant",
        "public": "public",
        "language": "language",
        "activity": "activity",
        "commune": "commune",
    }[reason.criterion]
    if kind == "commune":
        return ", ".join(reason.member_has)
    return labels(kind, reason.member_has, lang) or translate(lang, "fit_nothing")


def reason_words(reason: Reason, lang: str) -> ReasonWords:
    """One reason as a sentence: what the call says, and what of the member meets it."""
    verdict = "match" if reason.matches else "miss"
    return ReasonWords(
        reason.matches,
        translate(
            lang,
            f"fit_{reason.criterion}_{verdict}",
            call=_call_side(reason, lang),
            member=_member_side(reason, lang),
        ),
    )


def fits_in_words(
    fits: Sequence[Fit],
    names: Mapping[str, str],
    lang: str,
    *,
    offers: Mapping[str, Sequence[Offer]] | None = None,
    needs: Sequence[Offer] = (),
) -> list[FitWords]:
    """Each member's fit explained; `needs`: what the reader looks for in a partner, matched
    against each member's `offers`."""
    offers = offers or {}
    return [
        FitWords(
            member_id=fit.member,
            member=names.get(fit.member, fit.member),
            level=fit.level,
            level_words=translate(lang, f"fit_level_{fit.level}"),
            reasons=[reason_words(reason, lang) for reason in fit.reasons],
            brings=labels("offer", [o for o in offers.get(fit.member, ()) if o in needs], lang),
        )
        for fit in fits
    ]


# --- history ----------------------------------------------------------------------------


@dataclass(frozen=True)
class MarkChangeWords:
    member: str
    mark: str  # the mark in words, or "removed its mark"
    reason: str
    comment: str
    private: bool
    author: str
    when: str


def mark_changes_in_words(
    changes: Iterable[MarkChange], names: Mapping[str, str], lang: str
) -> list[MarkChangeWords]:
    return [
        MarkChangeWords(
            member=names.get(change.member, change.member),
            mark=label("mark", change.mark, lang)
            if change.mark
            else translate(lang, "mark_removed"),
            reason=label("reason", change.reason, lang) if change.reason else "",
            comment=change.comment,
            private=change.visibility == "private",
            author=change.author,
            when=day_words(change.at),
        )
        for change in changes
    ]


@dataclass(frozen=True)
class NoteWords:
    member: str
    author: str
    when: str
    private: bool
    text: str
    changes: list[tuple[Change, str]]  # from the version before it (of the same note)


def notes_in_words(revisions: Sequence[NoteRevision], names: Mapping[str, str]) -> list[NoteWords]:
    """Revisions (newest first) with what each changed from the previous version of its note
    (the shared note, or its member's own)."""
    previous: dict[tuple[str, str], str] = {}
    shown: list[NoteWords] = []
    for revision in reversed(revisions):
        note = (revision.visibility, revision.member if revision.visibility == "private" else "")
        shown.append(
            NoteWords(
                member=names.get(revision.member, revision.member),
                author=revision.author,
                when=day_words(revision.at),
                private=revision.visibility == "private",
                text=revision.text,
                changes=word_changes(previous.get(note, ""), revision.text),
            )
        )
        previous[note] = revision.text
    return list(reversed(shown))


@dataclass(frozen=True)
class OutcomeWords:
    member: str
    outcome: str
    amount: str  # "12 000 €", or ""
    note: str
    private: bool
    author: str
    when: str


def outcomes_in_words(
    reports: Iterable[OutcomeReport], names: Mapping[str, str], lang: str
) -> list[OutcomeWords]:
    return [
        OutcomeWords(
            member=names.get(report.member, report.member),
            outcome=label("outcome", report.outcome, lang),
            amount=f"{report.amount:,.0f}".replace(",", " ") + " €" if report.amount else "",
            note=report.note,
            private=report.visibility == "private",
            author=report.author,
            when=day_words(report.at),
        )
        for report in reports
    ]


# --- the activity digest ----------------------------------------------------------------


def action_words(action: Action, names: Mapping[str, str], lang: str) -> str:
    """One action of a member, in one line: who (and which person), what, when."""
    who = names.get(action.member, action.member)
    if action.author:
        who = f"{who} ({action.author})"
    when = day_words(action.at)
    if isinstance(action, MarkChange):
        what = label("mark", action.mark, lang) if action.mark else translate(lang, "mark_removed")
        if action.reason:
            what += f" — {label('reason', action.reason, lang)}"
        if action.comment:
            what += f" — « {action.comment} »"
        return translate(lang, "activity_mark", who=who, what=what, when=when)
    if isinstance(action, OutcomeReport):
        what = label("outcome", action.outcome, lang)
        if action.amount:
            what += " (" + f"{action.amount:,.0f}".replace(",", " ") + " €)"
        return translate(lang, "activity_outcome", who=who, what=what, when=when)
    text = " ".join(action.text.split())
    excerpt = text if len(text) <= 200 else text[:199] + "…"
    return translate(lang, "activity_note", who=who, text=excerpt, when=when)
