"""Message rendering: HTML and plain text, in the member's language."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any, Literal, Protocol

from veille.alerts.fitting import Listing, Message, Section
from veille.coalition_words import action_words, reason_words
from veille.domain.changes import ChangeAlert
from veille.domain.coalition import Action
from veille.domain.fit import Fit
from veille.domain.stored_call import StoredCall
from veille.domain.vocabulary import FailureCause
from veille.i18n import translate, words
from veille.i18n.names import failure_cause_name, problem_name
from veille.presentation import CallView, MarkWords, change_words, present
from veille.templating import environment

TEMPLATES = Path(__file__).resolve().parent / "templates"
_env = environment(TEMPLATES)
# A list longer than this shows each call in two lines (title, funder, deadline, link):
# 200 calls in full are a wall no one reads.
COMPACT_AFTER = 30

__all__ = ["Listing", "Message"]


class CallActivityLike(Protocol):
    """One call and what members did on it (veille.alerts.activity.CallActivity)."""

    @property
    def call(self) -> StoredCall: ...
    @property
    def actions(self) -> Sequence[Action]: ...


def render_new_call(
    call: StoredCall,
    *,
    member_name: str,
    lang: str,
    digest_url: str,
    now: datetime,
    coalition_marks: list[MarkWords] | None = None,
    manage_url: str | None = None,
) -> Message:
    """`coalition_marks`: what the members who already said something about it said;
    `manage_url`: the page that manages the subscription(s) it is sent for."""
    view = present(call, now, lang, marks=coalition_marks)
    context = {
        "view": view,
        "lang": lang,
        "member_name": member_name,
        "call_url": f"{digest_url.rstrip('/')}/calls/{call.id}",
        "digest_url": digest_url,
        "manage_url": manage_url,
    }
    subject = words(lang).pgettext(
        "instant alert subject",
        "%(heading)s: %(title)s",
        heading=view.heading,
        title=_one_line(call.title, 120),
    )
    if call.uncertain:
        subject = f"[{translate(lang, 'To check')}] {subject}"
    return Message(
        subject=subject,
        html=_env.get_template("new_call.html").render(context),
    )


def render_change(
    call: StoredCall,
    alert: ChangeAlert,
    *,
    member_name: str,
    lang: str,
    digest_url: str,
    now: datetime,
    manage_url: str | None = None,
) -> Message:
    """A change of a call the member follows: what changed (old -> new), then the call."""
    subject = change_subject(alert, _one_line(call.title, 120), lang)
    context = {
        "subject": subject,
        "view": present(call, now, lang),
        "what": change_words(alert, call, lang),
        "lang": lang,
        "member_name": member_name,
        "call_url": f"{digest_url.rstrip('/')}/calls/{call.id}",
        "digest_url": digest_url,
        "manage_url": manage_url,
    }
    return Message(subject=subject, html=_env.get_template("change.html").render(context))


def change_subject(alert: ChangeAlert, title: str, lang: str) -> str:
    said = words(lang)
    if alert.kind == "deadline":
        return said.gettext("Deadline changed: %(title)s", title=title)
    if alert.kind == "documents":
        return said.ngettext(
            "New document: %(title)s", "New documents: %(title)s", len(alert.added), title=title
        )
    if alert.kind == "withdrawn":
        return said.gettext("Call withdrawn from the source: %(title)s", title=title)
    if alert.kind == "reopened":
        return said.gettext("Call published again: %(title)s", title=title)
    if alert.kind == "budget":
        return said.gettext("Budget changed: %(title)s", title=title)
    return said.gettext("Who may apply changed: %(title)s", title=title)


def _one_line(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass(frozen=True)
class DigestSection:
    name: str  # "new" | "closing" | "changed"
    calls: list[CallView]


def digest_summary(lang: str, sections: list[DigestSection]) -> str:
    """What the subject line says is inside: "2 nouveaux appels, 1 appel clôture bientôt"."""
    parts = [section_summary(lang, s.name, len(s.calls)) for s in sections if s.calls]
    return ", ".join(parts) or translate(lang, "nothing new")


def section_summary(lang: str, section: str, count: int) -> str:
    language = words(lang)
    if section == "new":
        return language.ngettext("%(count)s new call", "%(count)s new calls", count)
    if section == "closing":
        return language.ngettext(
            "%(count)s call closing soon", "%(count)s calls closing soon", count
        )
    return language.ngettext("%(count)s call changed", "%(count)s calls changed", count)


# Whose digest: a subscription's daily or weekly one, or the coalition room's.
DigestKind = Literal["daily", "weekly", "coalition"]


def digest_subject(digest: DigestKind, lang: str, summary: str, coalition: str = "") -> str:
    """ "Veille, résumé du jour : 2 nouveaux appels", "Coalition : 1 nouvel appel"."""
    language = words(lang)
    if digest == "daily":
        return language.gettext("Veille, daily digest: %(summary)s", summary=summary)
    if digest == "weekly":
        return language.gettext("Veille, weekly digest: %(summary)s", summary=summary)
    return language.pgettext(
        "coalition room digest", "%(coalition)s: %(summary)s", coalition=coalition, summary=summary
    )


def render_digest(
    sections: list[DigestSection],
    *,
    digest: DigestKind,
    lang: str,
    member_name: str,
    digest_url: str,
    now: datetime,
    coalition: str = "",
    manage_url: str | None = None,
) -> Listing:
    """A digest in pieces: `veille.alerts.fitting.fit` puts it together for each channel."""
    shown = [s for s in sections if s.calls]
    subject = digest_subject(digest, lang, digest_summary(lang, shown), coalition)
    return _listing(subject, shown, lang, member_name, digest_url, manage_url)


def _listing(
    title: str,
    sections: list[DigestSection],
    lang: str,
    member_name: str,
    digest_url: str,
    manage_url: str | None,
) -> Listing:
    context: dict[str, Any] = {
        "lang": lang,
        "member_name": member_name,
        "digest_url": digest_url,
        "manage_url": manage_url,
    }
    total = sum(len(section.calls) for section in sections)
    item = _env.get_template("_call_line.html" if total > COMPACT_AFTER else "_call_item.html")
    heading = _env.get_template("_section_heading.html")
    return Listing(
        subject=title,
        head=partial(_head, title, not sections, context),
        sections=[
            Section(
                heading.render(name=section.name, count=len(section.calls), lang=lang),
                [item.render(view=view, **context) for view in section.calls],
            )
            for section in sections
        ],
        more=partial(_more, context),
        foot=_env.get_template("_listing_foot.html").render(context),
    )


def _head(title: str, empty: bool, context: dict[str, Any], part: int, parts: int) -> str:
    return _env.get_template("_listing_head.html").render(
        title=title, empty=empty, part=part, parts=parts, **context
    )


def _more(context: dict[str, Any], left: int) -> str:
    return _env.get_template("_listing_more.html").render(left=left, **context)


def render_reminder(
    call: StoredCall,
    *,
    member_name: str,
    lang: str,
    digest_url: str,
    now: datetime,
    manage_url: str | None = None,
) -> Message:
    view = present(call, now, lang)
    title = _one_line(call.title, 100)
    html = _env.get_template("reminder.html").render(
        view=view,
        lang=lang,
        member_name=member_name,
        digest_url=digest_url,
        call_url=f"{digest_url.rstrip('/')}/calls/{call.id}",
        manage_url=manage_url,
    )
    if view.days_left == 0:
        subject = translate(lang, "Reminder: “%(title)s” closes today", title=title)
    else:
        subject = words(lang).ngettext(
            "Reminder: “%(title)s” closes in %(count)s day",
            "Reminder: “%(title)s” closes in %(count)s days",
            view.days_left or 0,
            title=title,
        )
    return Message(subject=subject, html=html)


def render_health_alert(source: str, problem: str, detail: str, lang: str) -> Message:
    """To administrators: a source in trouble (`problem`: veille.i18n.names.problem_name)."""
    language = words(lang)
    subject = language.gettext(
        "Veille: the source %(source)s no longer answers properly", source=source
    )
    text = language.gettext(
        "Last crawl of %(source)s: %(outcome)s. Details: %(detail)s",
        source=source,
        outcome=problem_name(problem, lang),
        detail=detail,
    )
    return Message(
        subject=subject, html=_env.get_template("admin.html").render(text=text, lang=lang)
    )


def render_delivery_failure(
    *,
    member: str,
    channel: str,
    subject: str,
    attempts: int,
    error: str,
    lang: str,
    cause: FailureCause = "unknown",
    permanent: bool = False,
) -> Message:
    """To administrators: a message given up on, at once (permanent refusal) or after its
    last retry, with its cause in words and what the server said."""
    language = words(lang)
    notice = language.gettext(
        "Veille: message not delivered to %(member)s (%(channel)s)", member=member, channel=channel
    )
    why = failure_cause_name(cause, lang)
    if permanent:
        text = language.gettext(
            "The message “%(subject)s” was refused: %(cause)s (%(error)s). "
            "It is not retried: the same message would be refused again.",
            subject=subject,
            cause=why,
            error=error,
        )
    else:
        text = language.ngettext(
            "The message “%(subject)s” could not be delivered after %(count)s attempt: "
            "%(cause)s (%(error)s).",
            "The message “%(subject)s” could not be delivered after %(count)s attempts: "
            "%(cause)s (%(error)s).",
            attempts,
            subject=subject,
            cause=why,
            error=error,
        )
    return Message(
        subject=notice, html=_env.get_template("admin.html").render(text=text, lang=lang)
    )


def render_backlog(
    calls: list[StoredCall],
    *,
    member_name: str,
    lang: str,
    digest_url: str,
    now: datetime,
    manage_url: str | None = None,
) -> Listing:
    """One message listing calls that were already open when a subscription started."""
    sections = [DigestSection("new", [present(call, now, lang) for call in calls])]
    subject = words(lang).ngettext(
        "Veille: %(count)s call to follow", "Veille: %(count)s calls to follow", len(calls)
    )
    return _listing(subject, sections, lang, member_name, digest_url, manage_url)


def render_partner_request(
    call: StoredCall,
    *,
    asking: str,
    note: str,
    fit: Fit,
    lang: str,
    member_name: str,
    digest_url: str,
    now: datetime,
    manage_url: str | None = None,
) -> Message:
    """`asking` (a member's name) looks for a partner on `call`; `fit`: why the reader fits."""
    view = present(call, now, lang)
    html = _env.get_template("partner_request.html").render(
        view=view,
        lang=lang,
        asking=asking,
        note=note,
        reasons=[reason_words(reason, lang) for reason in fit.reasons],
        member_name=member_name,
        digest_url=digest_url,
        call_url=f"{digest_url.rstrip('/')}/calls/{call.id}",
        manage_url=manage_url,
    )
    subject = words(lang).gettext(
        "%(member)s is looking for a partner: %(title)s",
        member=asking,
        title=_one_line(call.title, 100),
    )
    return Message(subject=subject, html=html)


def render_activity(
    activity: Sequence[CallActivityLike],
    *,
    names: Mapping[str, str],
    lang: str,
    reader: str,
    digest_url: str,
    now: datetime,
    manage_url: str | None = None,
) -> Message:
    """What members did, call by call, for `reader` (a member's or the coalition's name)."""
    base = digest_url.rstrip("/")
    calls = [
        {
            "view": present(item.call, now, lang),
            "url": f"{base}/calls/{item.call.id}",
            "actions": [action_words(action, names, lang) for action in item.actions],
        }
        for item in activity
    ]
    subject = words(lang).ngettext(
        "Veille: what the coalition did on %(count)s call",
        "Veille: what the coalition did on %(count)s calls",
        len(activity),
    )
    html = _env.get_template("activity.html").render(
        title=subject,
        calls=calls,
        lang=lang,
        member_name=reader,
        digest_url=digest_url,
        manage_url=manage_url,
    )
    return Message(subject=subject, html=html)
