"""Message rendering: HTML and plain text, in the member's language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from veille.domain.changes import ChangeAlert
from veille.domain.stored_call import StoredCall
from veille.i18n import translate, words
from veille.presentation import CallView, MarkWords, change_words, present
from veille.templating import environment

TEMPLATES = Path(__file__).resolve().parent / "templates"
_env = environment(TEMPLATES)


@dataclass(frozen=True)
class Message:
    """apprise derives the plain-text part (email) or fallback body (Matrix) from the HTML."""

    subject: str
    html: str


def render_new_call(
    call: StoredCall,
    *,
    member_name: str,
    lang: str,
    digest_url: str,
    now: datetime,
    coalition_marks: list[MarkWords] | None = None,
) -> Message:
    """`coalition_marks`: what the members who already said something about it said."""
    view = present(call, now, lang, marks=coalition_marks)
    context = {
        "view": view,
        "lang": lang,
        "member_name": member_name,
        "call_url": f"{digest_url.rstrip('/')}/calls/{call.id}",
        "digest_url": digest_url,
    }
    subject = translate(lang, "subject_new", title=_one_line(call.title, 120))
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
) -> Message:
    """A change of a call the member follows: what changed (old -> new), then the call."""
    context = {
        "view": present(call, now, lang),
        "what": change_words(alert, call, lang),
        "lang": lang,
        "member_name": member_name,
        "call_url": f"{digest_url.rstrip('/')}/calls/{call.id}",
        "digest_url": digest_url,
    }
    return Message(
        subject=change_subject(alert, _one_line(call.title, 120), lang),
        html=_env.get_template("change.html").render(context),
    )


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
    return ", ".join(parts) or translate(lang, "summary_nothing")


def section_summary(lang: str, section: str, count: int) -> str:
    language = words(lang)
    if section == "new":
        return language.ngettext("%(count)s new call", "%(count)s new calls", count)
    if section == "closing":
        return language.ngettext(
            "%(count)s call closing soon", "%(count)s calls closing soon", count
        )
    return language.ngettext("%(count)s call changed", "%(count)s calls changed", count)


def render_digest(
    sections: list[DigestSection],
    *,
    subject_key: str,
    lang: str,
    member_name: str,
    digest_url: str,
    now: datetime,
    coalition: str = "",
) -> Message:
    shown = [s for s in sections if s.calls]
    subject = translate(lang, subject_key, summary=digest_summary(lang, shown), coalition=coalition)
    html = _env.get_template("digest.html").render(
        title=subject,
        sections=shown,
        lang=lang,
        member_name=member_name,
        digest_url=digest_url,
    )
    return Message(subject=subject, html=html)


def render_reminder(
    call: StoredCall, *, member_name: str, lang: str, digest_url: str, now: datetime
) -> Message:
    view = present(call, now, lang)
    title = _one_line(call.title, 100)
    html = _env.get_template("reminder.html").render(
        view=view,
        lang=lang,
        member_name=member_name,
        digest_url=digest_url,
        call_url=f"{digest_url.rstrip('/')}/calls/{call.id}",
    )
    if view.days_left == 0:
        subject = translate(lang, "subject_reminder_today", title=title)
    else:
        subject = words(lang).ngettext(
            "Reminder: “%(title)s” closes in %(count)s day",
            "Reminder: “%(title)s” closes in %(count)s days",
            view.days_left or 0,
            title=title,
        )
    return Message(subject=subject, html=html)


def render_admin(subject_key: str, body_key: str, lang: str = "fr", **values: object) -> Message:
    """A short notice to administrators (source health, delivery given up)."""
    return Message(
        subject=translate(lang, subject_key, **values),
        html=_env.get_template("admin.html").render(text=translate(lang, body_key, **values)),
    )


def render_backlog(
    calls: list[StoredCall], *, member_name: str, lang: str, digest_url: str, now: datetime
) -> Message:
    """One message listing calls that were already open when a subscription started."""
    sections = [DigestSection("new", [present(call, now, lang) for call in calls])]
    subject = words(lang).ngettext(
        "Veille: %(count)s call to follow", "Veille: %(count)s calls to follow", len(calls)
    )
    html = _env.get_template("digest.html").render(
        title=subject, sections=sections, lang=lang, member_name=member_name, digest_url=digest_url
    )
    return Message(subject=subject, html=html)
