"""Turn what a spider found (a RawCall) into a Call: dates, facts, status, classification."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from veille.domain.call import BRUSSELS, Call
from veille.domain.call_fingerprint import fingerprint, stated_text
from veille.domain.classify import Classification, Classifier
from veille.domain.dates import DateReading, read_parts
from veille.domain.facts import (
    compute_status,
    extract_applicants,
    extract_budget,
    extract_cofinancing,
    extract_duration_months,
    extract_publics,
    extract_regions,
    says_results_based,
)
from veille.domain.links import canonical_link
from veille.domain.raw_call import RawCall
from veille.domain.status_labels import with_label
from veille.domain.stored_call import StoredCall
from veille.domain.vocabulary import DeadlineKind

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


def has_time_of_day(value: Any) -> bool:
    """Whether an ISO value from a source states a time of day ("2027-01-12T11:00:00")."""
    if isinstance(value, datetime):
        return True
    return isinstance(value, str) and len(value.strip()) > 10 and "T" in value.upper()


@dataclass(frozen=True)
class _Stated:
    """The deadline of a call as stated: by the source's structure, else by its wording."""

    moment: datetime | None  # the end of that day when no time is stated
    has_time: bool
    kind: DeadlineKind
    text: str | None


def _stated_deadline(raw: RawCall, dates: DateReading, today: date) -> _Stated:
    structured = parse_when(raw.deadline)
    if structured is not None:
        stated = has_time_of_day(raw.deadline)
        kind: DeadlineKind = "closed" if structured.date() < today else "deadline"
        return _Stated(structured, stated, kind, raw.deadline_text)
    found = dates.deadline
    if found is None:
        return _Stated(None, False, "none", raw.deadline_text)
    day, kind = found.date, dates.kind
    if kind == "recurring":  # its next occurrence from today on
        day = dates.next_occurrence(max(today, day or today)) or day
    # read from its publication date, a deadline (or the last of dated rounds) may still
    # pass before the day it is read: closed then (on its own day, it is still open)
    if kind in ("deadline", "recurring") and day is not None and day < today:
        kind = "closed"
    # closed as read from an earlier day, open on the day it is read: judged by today
    if kind == "closed" and day is not None and day >= today:
        kind = "deadline"
    moment = datetime.combine(day, found.time or END_OF_DAY, tzinfo=BRUSSELS) if day else None
    return _Stated(moment, found.time is not None, kind, found.raw)


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
    # a page cannot have been published after the day it is read: such a "publication" date
    # is another date misread (an event in a sidebar), and the page speaks from today
    published_on = published_at.date() if published_at and published_at.date() <= today else None
    reference = published_on or today

    # the dates are read once: deadline, opening and the classifier's evidence come from it
    parts = [("deadline_text", raw.deadline_text or ""), ("title", title)]
    dates = read_parts([*parts, ("summary", summary), ("text", text)], reference, lang)
    stated = _stated_deadline(raw, dates, today)
    deadline = stated.moment
    opens_at = parse_when(raw.opens)
    opens = opens_at.date() if opens_at else dates.opening

    budget = extract_budget(prose)
    budget_amount, budget_currency = (budget.amount, budget.currency) if budget else (None, None)
    cofinancing = extract_cofinancing(prose)

    status = compute_status(
        deadline.date() if deadline else None,
        f"{title}\n{prose}",
        today=today,
        opening=opens,
        permanent=stated.kind == "permanent",
        look_in_text=False,
    )
    passed = deadline is not None and deadline < now  # closed earlier today counts too
    # a call that says it is closed and dates nothing ahead
    passed = passed or stated.kind == "closed"
    if passed:
        status = "closed"
    status = with_label(status, raw.status_label, deadline_passed=passed, dated=bool(deadline))
    if raw.withdrawn and not passed:  # the source says so itself (an API's status)
        status = "withdrawn"

    verdict = classifier.classify(
        title, summary, text, lang, known_call=raw.known_call, dates=dates, url=raw.url
    )
    paths = (raw.url, raw.source_id or raw.url)
    print_ = fingerprint(  # from the title on, the reading's text is what a fingerprint reads
        title or raw.url,
        text,
        paths,
        summary,
        reference=reference,
        dates=dates.mentions_from("title", len(stated_text(title, summary, text)))
        if title
        else None,
    )
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
        published=published_on,
        opens=opens,
        deadline=deadline,
        deadline_text=stated.text,
        deadline_has_time=stated.has_time,
        deadline_kind=stated.kind,
        budget_amount=budget_amount,
        budget_currency=budget_currency,
        duration_months=extract_duration_months(prose, title),
        results_based=says_results_based(prose),
        cofinancing=cofinancing is not None,
        own_share=cofinancing.own_share if cofinancing else None,
        eligible=extract_applicants(prose),
        regions=list(raw.regions),
        publics=extract_publics(f"{title}\n{prose}"),
        named_regions=extract_regions(f"{title}\n{prose}"),
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
        uncertain=verdict.uncertain,
        doubts=verdict.to_dict()["doubts"],
        fingerprint=print_,
    )


def classify_stored(classifier: Classifier, call: StoredCall) -> Classification:
    """A stored call classified again, as the crawl did (`veille reclassify`)."""
    return classifier.classify(
        call.title, call.summary, call.text, call.lang, known_call=call.known_call, url=call.url
    )
