"""Message rendering: HTML and plain text, in the member's language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from veille.domain.call import days_left
from veille.i18n import belgian_date, translate
from veille.templating import environment

TEMPLATES = Path(__file__).resolve().parent / "templates"
_env = environment(TEMPLATES)


@dataclass(frozen=True)
class Message:
    """apprise derives the plain-text part (email) or fallback body (Matrix) from the HTML."""

    subject: str
    html: str


def call_view(call: dict[str, Any], now: datetime) -> dict[str, Any]:
    """What a message shows of a call, computed once."""
    deadline = datetime.fromisoformat(call["deadline"]) if call.get("deadline") else None
    has_time = call.get("deadline_has_time")
    if has_time is None:  # a row of before the column: a time other than the day's end
        has_time = deadline is not None and (deadline.hour, deadline.minute) != (23, 59)
    terms = []
    for match in call.get("matches") or []:
        if match.get("topic") in ("insertion", "mentoring") and match["term"] not in terms:
            terms.append(match["term"])
    return {
        **call,
        "deadline_at": deadline,
        "deadline_has_time": bool(has_time),
        "deadline_kind": call.get("deadline_kind") or ("deadline" if deadline else "none"),
        "days_left": days_left(deadline, now),
        "matched_terms": terms[:8],
        "change_notes": [],
        "followers": None,  # coalition digest: the members following the call
    }


def render_new_call(
    call: dict[str, Any],
    *,
    member_name: str,
    lang: str,
    digest_url: str,
    now: datetime,
    coalition_marks: list[tuple[str, str]] = (),  # type: ignore[assignment]
) -> Message:
    """`coalition_marks`: (member name, mark) of the members who already said something."""
    view = call_view(call, now)
    context = {
        "call": view,
        "lang": lang,
        "member_name": member_name,
        "coalition_marks": list(coalition_marks),
        "call_url": f"{digest_url.rstrip('/')}/calls/{call['id']}",
        "digest_url": digest_url,
    }
    subject = translate(lang, "subject_new", title=_one_line(call["title"], 120))
    return Message(
        subject=subject,
        html=_env.get_template("new_call.html").render(context),
    )


def _one_line(text: str, limit: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


@dataclass(frozen=True)
class DigestSection:
    name: str  # "new" | "closing" | "changed"
    calls: list[dict[str, Any]]


def digest_summary(lang: str, sections: list[DigestSection]) -> str:
    """What the subject line says is inside: "2 nouveau(x), 1 clôture(nt) bientôt"."""
    parts = [translate(lang, f"summary_{s.name}", count=len(s.calls)) for s in sections if s.calls]
    return ", ".join(parts) or translate(lang, "summary_nothing")


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


def change_notes(changes: list[dict[str, Any]], lang: str) -> list[str]:
    """One short line per kind of change (deadline moved, new documents, ...)."""
    notes, other = [], []
    for change in changes:
        name = change["field"]
        if name == "deadline":
            old, new = (_date_or_dash(change[k], lang) for k in ("old", "new"))
            notes.append(translate(lang, "change_deadline", old=old, new=new))
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
    """A deadline of the change history: its time only if it is not the day's end (the
    history keeps the moment, not whether a time was stated)."""
    if not value:
        return "-"
    moment = datetime.fromisoformat(value)
    return belgian_date(moment, lang, with_time=(moment.hour, moment.minute) != (23, 59))


def render_reminder(
    call: dict[str, Any], *, member_name: str, lang: str, digest_url: str, now: datetime
) -> Message:
    view = call_view(call, now)
    title = _one_line(call["title"], 100)
    key = "subject_reminder_today" if view["days_left"] == 0 else "subject_reminder"
    html = _env.get_template("reminder.html").render(
        call=view,
        lang=lang,
        member_name=member_name,
        digest_url=digest_url,
        call_url=f"{digest_url.rstrip('/')}/calls/{call['id']}",
    )
    return Message(subject=translate(lang, key, title=title, days=view["days_left"]), html=html)


def render_admin(subject_key: str, body_key: str, lang: str = "fr", **values: object) -> Message:
    """A short notice to administrators (source health, delivery given up)."""
    return Message(
        subject=translate(lang, subject_key, **values),
        html=_env.get_template("admin.html").render(text=translate(lang, body_key, **values)),
    )


def render_backlog(
    calls: list[dict[str, Any]], *, member_name: str, lang: str, digest_url: str, now: datetime
) -> Message:
    """One message listing calls that were already open when a subscription started."""
    sections = [DigestSection("new", [call_view(call, now) for call in calls])]
    subject = translate(lang, "subject_digest", count=len(calls))
    html = _env.get_template("digest.html").render(
        title=subject, sections=sections, lang=lang, member_name=member_name, digest_url=digest_url
    )
    return Message(subject=subject, html=html)
