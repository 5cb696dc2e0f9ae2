"""Turn what a spider found (a RawCall) into a Call: dates, facts, status, classification."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from veille.domain.call import BRUSSELS, Call
from veille.domain.classify import Classification, Classifier
from veille.domain.dates import extract_deadline, extract_opening_date
from veille.domain.facts import compute_status, extract_applicants, extract_budget
from veille.domain.links import canonical_link
from veille.domain.raw_call import RawCall
from veille.domain.stored_call import StoredCall

# Deadlines stated without a time close at the end of the day.
END_OF_DAY = time(23, 59)


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
            if len(text) == 10:  # a date alone: the day counts until its end, not from 00:00
                moment = datetime.combine(date.fromisoformat(text), END_OF_DAY)
            else:
                moment = datetime.fromisoformat(text)
        except ValueError:
            try:
                moment = datetime.combine(date.fromisoformat(text[:10]), END_OF_DAY)
            except ValueError:
                return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=BRUSSELS)
    return moment.astimezone(BRUSSELS)


def normalize(raw: RawCall, classifier: Classifier, now: datetime) -> Call:
    """Build a Call from what a spider found.

    Structured values given by the source win; otherwise dates, budget and who may
    apply are extracted from the wording of the summary and text.
    """
    title = raw.title.strip()
    summary, text, lang = raw.summary, raw.text, raw.lang
    prose = "\n".join(part for part in (raw.deadline_text, summary, text) if part)
    today = now.astimezone(BRUSSELS).date()
    published_at = parse_when(raw.published)
    reference = published_at.date() if published_at else today

    deadline = parse_when(raw.deadline)
    deadline_text = raw.deadline_text
    permanent = False
    if deadline is None:
        found = extract_deadline(prose, reference, lang)
        if found is not None:
            permanent = found.permanent
            deadline_text = found.raw
            if found.date is not None:
                deadline = datetime.combine(found.date, found.time or END_OF_DAY, tzinfo=BRUSSELS)
    opens_at = parse_when(raw.opens)
    opens = opens_at.date() if opens_at else extract_opening_date(prose, reference, lang)

    budget = extract_budget(prose)
    budget_amount, budget_currency = (budget.amount, budget.currency) if budget else (None, None)

    status = compute_status(
        deadline.date() if deadline else None,
        f"{title}\n{prose}",
        today,
        opens,
        permanent=permanent,
        look_in_text=False,
    )
    if deadline is not None and deadline < now:  # closed earlier today counts too
        status = "closed"
    elif raw.withdrawn:  # the source says so itself (an API's status, before the deadline)
        status = "withdrawn"

    verdict = classifier.classify(title, summary, text, lang, known_call=raw.known_call)
    return Call(
        source=raw.source,
        source_id=raw.source_id or raw.url,
        url=raw.url,
        title=title or raw.url,
        summary=summary,
        text=text,
        lang=lang,
        funder=raw.funder,
        kind=raw.kind or "call_for_projects",
        published=published_at.date() if published_at else None,
        opens=opens,
        deadline=deadline,
        deadline_text=deadline_text,
        budget_amount=budget_amount,
        budget_currency=budget_currency,
        eligible=extract_applicants(prose),
        regions=list(raw.regions),
        # a tracking parameter on a document's link is the same document
        attachments=list(dict.fromkeys(canonical_link(url) for url in raw.attachments)),
        status=status,
        relevant=verdict.relevant,
        is_call=verdict.is_call,
        known_call=raw.known_call,
        topics=list(verdict.topics),
        score=verdict.score,
        matches=verdict.to_dict()["matches"],
        reasons=list(verdict.reasons),
    )


def classify_stored(classifier: Classifier, call: StoredCall) -> Classification:
    """A stored call classified again, as the crawl did (`veille reclassify`)."""
    return classifier.classify(
        call.title, call.summary, call.text, call.lang, known_call=call.known_call
    )
