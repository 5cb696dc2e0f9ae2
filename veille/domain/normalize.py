"""Turn what a spider found (a raw item) into a Call: dates, status, classification."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from typing import Any, Protocol

from veille.domain.call import BRUSSELS, Call
from veille.domain.dates import extract_deadline

# Deadlines stated without a time close at the end of the day.
END_OF_DAY = time(23, 59)


class Classifies(Protocol):
    def classify(self, title: str, summary: str = "", text: str = "", lang: str | None = None): ...


def parse_when(value: Any) -> datetime | None:
    """An ISO date or datetime (string or object) as an aware Brussels datetime."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, END_OF_DAY)
    else:
        text = str(value).strip()
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            try:
                moment = datetime.combine(date.fromisoformat(text[:10]), END_OF_DAY)
            except ValueError:
                return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=BRUSSELS)
    return moment.astimezone(BRUSSELS)


def compute_status(
    opens: date | None, deadline: datetime | None, permanent: bool, now: datetime
) -> str:
    """forthcoming / open / closed / permanent from the dates we know."""
    if deadline is not None:
        if deadline < now:
            return "closed"
        if opens is not None and opens > now.astimezone(BRUSSELS).date():
            return "forthcoming"
        return "open"
    if permanent:
        return "permanent"
    if opens is not None and opens > now.astimezone(BRUSSELS).date():
        return "forthcoming"
    return "unknown"


def normalize(raw: Mapping[str, Any], classifier: Classifies, now: datetime) -> Call:
    """Build a Call from a raw item.

    Structured dates given by the source win; otherwise the deadline is
    extracted from the summary and text.
    """
    published_at = parse_when(raw.get("published"))
    published = published_at.date() if published_at else None
    opens_at = parse_when(raw.get("opens"))
    summary = raw.get("summary") or ""
    text = raw.get("text") or ""
    lang = raw.get("lang")

    deadline = parse_when(raw.get("deadline"))
    deadline_text = raw.get("deadline_text")
    permanent = bool(raw.get("permanent"))
    if deadline is None:
        reference = published or now.astimezone(BRUSSELS).date()
        found = extract_deadline(
            "\n".join(part for part in (deadline_text, summary, text) if part), reference, lang
        )
        if found is not None:
            permanent = permanent or found.permanent
            deadline_text = found.raw
            if found.date is not None:
                deadline = datetime.combine(found.date, found.time or END_OF_DAY, tzinfo=BRUSSELS)

    verdict = classifier.classify(raw.get("title") or "", summary, text, lang)
    call = Call(
        source=raw["source"],
        source_id=str(raw.get("source_id") or raw["url"]),
        url=raw["url"],
        title=(raw.get("title") or "").strip() or raw["url"],
        summary=summary,
        text=text,
        lang=lang,
        funder=raw.get("funder"),
        kind=raw.get("kind") or "call_for_projects",
        published=published,
        opens=opens_at.date() if opens_at else None,
        deadline=deadline,
        deadline_text=deadline_text,
        budget_amount=raw.get("budget_amount"),
        budget_currency=raw.get("budget_currency"),
        eligible=list(raw.get("eligible") or []),
        regions=list(raw.get("regions") or []),
        attachments=list(raw.get("attachments") or []),
        relevant=verdict.relevant,
        is_call=verdict.is_call,
        topics=list(verdict.topics),
        score=verdict.score,
        matches=[m if isinstance(m, dict) else _match_dict(m) for m in verdict.matches],
        reasons=list(verdict.reasons),
    )
    call.status = compute_status(call.opens, call.deadline, permanent, now)
    return call


def _match_dict(match: Any) -> dict[str, Any]:
    return {
        "term": match.term,
        "topic": match.topic,
        "field": match.field,
        "start": match.start,
        "end": match.end,
    }
