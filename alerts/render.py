"""Message rendering: HTML and plain text, in the member's language."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from veille.domain.call import days_left
from veille.i18n import translate
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
    terms = []
    for match in call.get("matches") or []:
        if match.get("topic") in ("insertion", "mentoring") and match["term"] not in terms:
            terms.append(match["term"])
    return {
        **call,
        "deadline_at": deadline,
        "days_left": days_left(deadline, now),
        "matched_terms": terms[:8],
    }


def render_new_call(
    call: dict[str, Any], *, member_name: str, lang: str, digest_url: str, now: datetime
) -> Message:
    view = call_view(call, now)
    context = {
        "call": view,
        "lang": lang,
        "member_name": member_name,
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
