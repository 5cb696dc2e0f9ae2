"""What members said and did on a call, in words: its marks' history, its notes' versions
with what each changed, its outcomes, and the activity digest's lines."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from veille.coalition_words.labels import value_label
from veille.domain.call import BRUSSELS
from veille.domain.coalition import Action, CallMark, MarkChange, NoteRevision, OutcomeReport
from veille.domain.diff import Change, word_changes
from veille.i18n import words
from veille.presentation import MarkWords


def day_words(moment: datetime) -> str:
    """The day, in Brussels, as Belgians write it in lists: 27/11/2026."""
    return moment.astimezone(BRUSSELS).strftime("%d/%m/%Y")


def amount_words(amount: float | None) -> str:
    """
    >>> amount_words(12000.0), amount_words(None)
    ('12 000 €', '')
    """
    return f"{amount:,.0f}".replace(",", " ") + " €" if amount else ""


def marks_in_words(
    marks: Iterable[CallMark], names: Mapping[str, str], lang: str
) -> list[MarkWords]:
    """Marks as people read them: the member's name, the mark and its reason in words."""
    return [
        MarkWords(
            member_id=mark.member,
            member=names.get(mark.member, mark.member),
            mark=value_label("mark", mark.mark, lang),
            reason=value_label("reason", mark.reason, lang) if mark.reason else "",
            comment=mark.comment,
            private=mark.visibility == "private",
            author=mark.author,
            when=day_words(mark.updated),
        )
        for mark in marks
    ]


@dataclass(frozen=True)
class MarkChangeWords:
    member: str
    mark: str  # the mark in words, or "mark removed"
    reason: str
    comment: str
    private: bool
    author: str
    when: str


def mark_change_words(
    changes: Iterable[MarkChange], names: Mapping[str, str], lang: str
) -> list[MarkChangeWords]:
    return [
        MarkChangeWords(
            member=names.get(change.member, change.member),
            mark=value_label("mark", change.mark, lang)
            if change.mark
            else words(lang).gettext("mark removed"),
            reason=value_label("reason", change.reason, lang) if change.reason else "",
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


def note_words(revisions: Sequence[NoteRevision], names: Mapping[str, str]) -> list[NoteWords]:
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


def outcome_words(
    reports: Iterable[OutcomeReport], names: Mapping[str, str], lang: str
) -> list[OutcomeWords]:
    return [
        OutcomeWords(
            member=names.get(report.member, report.member),
            outcome=value_label("outcome", report.outcome, lang),
            amount=amount_words(report.amount),
            note=report.note,
            private=report.visibility == "private",
            author=report.author,
            when=day_words(report.at),
        )
        for report in reports
    ]


def action_words(action: Action, names: Mapping[str, str], lang: str) -> str:
    """One action of another member, in one line: who (which person), what, when."""
    w = words(lang)
    who = names.get(action.member, action.member)
    if action.author:
        who = f"{who} ({action.author})"
    when = day_words(action.at)
    if isinstance(action, MarkChange):
        what = value_label("mark", action.mark, lang) if action.mark else w.gettext("mark removed")
        if action.reason:
            what += f" — {value_label('reason', action.reason, lang)}"
        if action.comment:
            what += f" — « {action.comment} »"
        return w.gettext("%(when)s, %(who)s: %(what)s", when=when, who=who, what=what)
    if isinstance(action, OutcomeReport):
        what = value_label("outcome", action.outcome, lang)
        if action.amount:
            what += f" ({amount_words(action.amount)})"
        return w.gettext(
            "%(when)s, %(who)s reported the outcome: %(what)s", when=when, who=who, what=what
        )
    text = " ".join(action.text.split())
    excerpt = text if len(text) <= 200 else text[:199] + "…"
    return w.gettext(
        "%(when)s, %(who)s changed the shared note: %(text)s", when=when, who=who, text=excerpt
    )
