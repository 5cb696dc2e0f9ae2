"""The values of Veille's closed lists (veille.domain.vocabulary) in words, in each language.

Each function names every value of its list; its messages carry a context ("call kind",
"mark"…) because a word alone ("Open", "Closed") means different things in different places.
"""

from __future__ import annotations

from veille.domain.vocabulary import (
    ApplicationOutcome,
    Cadence,
    DeliveryStatus,
    FailureCause,
    Kind,
    Mark,
    Status,
    ViewStatus,
    Window,
    area_of,
)
from veille.i18n.catalogues import words


def kind_name(kind: Kind, lang: str) -> str:
    """
    >>> kind_name("tender", "fr"), kind_name("call_for_interest", "nl")
    ('Marché public', 'Oproep tot kandidaatstelling')
    """
    w = words(lang)
    names: dict[Kind, str] = {
        "call_for_projects": w.pgettext("call kind", "Call for projects"),
        "call_for_interest": w.pgettext("call kind", "Call for expressions of interest"),
        "tender": w.pgettext("call kind", "Public tender"),
        "subsidy": w.pgettext("call kind", "Grant"),
        "prize": w.pgettext("call kind", "Prize"),
        "news": w.pgettext("call kind", "News"),
        "other": w.pgettext("call kind", "Other"),
    }
    return names[kind]


def new_call_heading(kind: Kind, lang: str) -> str:
    """What an instant alert's subject and heading announce.

    >>> new_call_heading("tender", "fr"), new_call_heading("call_for_projects", "fr")
    ('Nouveau marché public', 'Nouvel appel à projets')
    """
    w = words(lang)
    headings: dict[Kind, str] = {
        "call_for_projects": w.pgettext("instant alert", "New call for projects"),
        "call_for_interest": w.pgettext("instant alert", "New call for expressions of interest"),
        "tender": w.pgettext("instant alert", "New public tender"),
        "subsidy": w.pgettext("instant alert", "New grant"),
        "prize": w.pgettext("instant alert", "New prize"),
        "news": w.pgettext("instant alert", "New announcement"),
        "other": w.pgettext("instant alert", "New call"),
    }
    return headings[kind]


def status_name(status: Status, lang: str) -> str:
    w = words(lang)
    names: dict[Status, str] = {
        "forthcoming": w.pgettext("call status", "forthcoming"),
        "open": w.pgettext("call status", "open"),
        "closed": w.pgettext("call status", "closed"),
        "permanent": w.pgettext("call status", "rolling"),
        "unknown": w.pgettext("call status", "status unknown"),
        "withdrawn": w.pgettext("call status", "withdrawn from the source"),
    }
    return names[status]


def topic_name(topic: str, lang: str) -> str:
    """A classifier topic (veille.domain.vocabulary.TOPICS); another one as topics.yaml names it."""
    w = words(lang)
    names: dict[str, str] = {
        "insertion": w.pgettext("topic", "insertion"),
        "mentoring": w.pgettext("topic", "mentoring"),
    }
    return names.get(topic, topic)


def mark_name(mark: Mark, lang: str) -> str:
    """Where a member stands on a call, in its own words ("Nous suivons").

    >>> mark_name("supporting", "en"), mark_name("partner", "nl")
    ('We would support as partner', 'Wij zoeken een partner')
    """
    w = words(lang)
    names: dict[Mark, str] = {
        "following": w.pgettext("mark", "We follow it"),
        "interested": w.pgettext("mark", "Interested"),
        "applying": w.pgettext("mark", "We apply"),
        "supporting": w.pgettext("mark", "We would support as partner"),
        "partner": w.pgettext("mark", "We are looking for a partner"),
        "not_for_us": w.pgettext("mark", "Not for us"),
    }
    return names[mark]


def outcome_name(outcome: ApplicationOutcome, lang: str) -> str:
    w = words(lang)
    names: dict[ApplicationOutcome, str] = {
        "submitted": w.pgettext("application outcome", "Submitted"),
        "won": w.pgettext("application outcome", "Won"),
        "lost": w.pgettext("application outcome", "Not won"),
    }
    return names[outcome]


def applicant_name(applicant: str, lang: str) -> str:
    """Who may apply, as veille.domain.facts.extract_applicants names them."""
    w = words(lang)
    names = {
        "nonprofit": w.pgettext("applicant", "non-profit organisations"),
        "public_body": w.pgettext("applicant", "public bodies"),
        "company": w.pgettext("applicant", "companies"),
        "social_economy": w.pgettext("applicant", "social economy"),
        "training_operator": w.pgettext("applicant", "training providers"),
        "partnership": w.pgettext("applicant", "partnerships"),
        "individual": w.pgettext("applicant", "individuals"),
    }
    return names[applicant]


def view_status_name(status: ViewStatus, lang: str) -> str:
    """The calls a list shows, by where they stand (the home page's menu)."""
    w = words(lang)
    names: dict[ViewStatus, str] = {
        "open": w.pgettext("calls shown", "Open"),
        "forthcoming": w.pgettext("calls shown", "Forthcoming"),
        "closed": w.pgettext("calls shown", "Closed"),
        "withdrawn": w.pgettext("calls shown", "Withdrawn from the source"),
        "all": w.pgettext("calls shown", "All"),
    }
    return names[status]


def window_name(window: Window | None, lang: str) -> str:
    """A deadline window of the home page's menu; None: any time."""
    w = words(lang)
    if window is None:
        return w.pgettext("deadline window", "Any time")
    names: dict[Window, str] = {
        "week": w.pgettext("deadline window", "Within 7 days"),
        "month": w.pgettext("deadline window", "Within a month"),
        "quarter": w.pgettext("deadline window", "Within 3 months"),
    }
    return names[window]


def urgency_name(urgency: str, lang: str) -> str:
    """When a call closes, on its card: "week" or "month" (veille.presentation.Urgency)."""
    w = words(lang)
    names = {
        "week": w.pgettext("closes", "this week"),
        "month": w.pgettext("closes", "this month"),
    }
    return names[urgency]


def section_name(section: str, lang: str) -> str:
    """A digest's section: "new", "closing" or "changed" (veille.alerts.render.DigestSection)."""
    w = words(lang)
    names = {
        "new": w.pgettext("digest section", "New calls"),
        "closing": w.pgettext("digest section", "Closing soon"),
        "changed": w.pgettext("digest section", "Changed calls"),
    }
    return names[section]


def problem_name(problem: str, lang: str) -> str:
    """What went wrong with a source: the health rules' problems (veille.domain.health) and
    what the crawl process met ("killed" after its time limit, "crashed")."""
    w = words(lang)
    names = {
        "failing": w.pgettext("source problem", "failing at every crawl"),
        "stopped_yielding": w.pgettext("source problem", "no longer yields any call"),
        "withdrawals_held": w.pgettext(
            "source problem", "no longer finds most of its calls (none withdrawn)"
        ),
        "killed": w.pgettext("source problem", "stopped after its time limit"),
        "crashed": w.pgettext("source problem", "crashed"),
    }
    return names.get(problem, problem)


def cadence_name(cadence: Cadence, lang: str) -> str:
    """
    >>> cadence_name("instant", "fr")
    'à chaque appel, aussitôt'
    """
    w = words(lang)
    names: dict[Cadence, str] = {
        "instant": w.pgettext("cadence", "at each call, at once"),
        "daily": w.pgettext("cadence", "a digest every day"),
        "weekly": w.pgettext("cadence", "a digest every week"),
    }
    return names[cadence]


def delivery_status_name(status: DeliveryStatus, lang: str) -> str:
    w = words(lang)
    names: dict[DeliveryStatus, str] = {
        "pending": w.pgettext("delivery status", "waiting"),
        "sent": w.pgettext("delivery status", "sent"),
        "failed": w.pgettext("delivery status", "not delivered"),
        "cancelled": w.pgettext("delivery status", "not sent (paused or stopped)"),
    }
    return names[status]


def failure_cause_name(cause: FailureCause, lang: str) -> str:
    """Why a message was not delivered (veille.alerts.failures), as an administrator reads it.

    >>> failure_cause_name("too_large", "fr")
    'message trop grand pour le serveur'
    """
    w = words(lang)
    names: dict[FailureCause, str] = {
        "too_large": w.pgettext("delivery failure", "message too large for the server"),
        "credentials": w.pgettext("delivery failure", "wrong user name or password"),
        "not_in_room": w.pgettext(
            "delivery failure", "the bot is not in the room and cannot join it (invite it)"
        ),
        "recipient_refused": w.pgettext("delivery failure", "the mail server refuses the address"),
        "not_found": w.pgettext("delivery failure", "address, room or service not found"),
        "refused": w.pgettext("delivery failure", "refused by the server"),
        "rate_limited": w.pgettext("delivery failure", "the server asks to send less often"),
        "server_error": w.pgettext("delivery failure", "the server failed"),
        "unreachable": w.pgettext("delivery failure", "the server does not answer"),
        "unknown": w.pgettext("delivery failure", "unknown error"),
    }
    return names[cause]


def field_name(field: str, lang: str) -> str:
    """A field of a call's change history (veille.domain.call.TRACKED_FIELDS)."""
    w = words(lang)
    names = {
        "title": w.pgettext("call field", "Title"),
        "summary": w.pgettext("call field", "Summary"),
        "deadline": w.pgettext("call field", "Deadline"),
        "opens": w.pgettext("call field", "Opens"),
        "status": w.pgettext("call field", "Status"),
        "attachments": w.pgettext("call field", "Documents"),
        "budget_amount": w.pgettext("call field", "Budget"),
        "eligible": w.pgettext("call field", "Who may apply"),
        "url": w.pgettext("call field", "Address of the page"),
    }
    return names.get(field, field)


def region_name(name: str, lang: str) -> str:
    """A region as the reader names it ("Brussel" for "Bruxelles" in Dutch); a spelling
    that is none of the known regions, as written."""
    code = area_of(name)
    language = words(lang)
    names = {
        "brussels": language.pgettext("region", "Brussels"),
        "wallonia": language.pgettext("region", "Wallonia"),
        "flanders": language.pgettext("region", "Flanders"),
        "german_speaking": language.pgettext("region", "East Belgium (German-speaking Community)"),
        "belgium": language.pgettext("region", "Belgium"),
        "europe": language.pgettext("region", "Europe"),
    }
    return names[code] if code else name
