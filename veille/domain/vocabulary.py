"""Every closed list of values, in one place: the type says which values exist.

Each list is a `Literal` type and the tuple of its values, in the order menus show them.
The values are plain strings, so they go unchanged to SQLite, JSON, YAML and templates;
the configuration schema, storage, alerts and the web app import them from here.

>>> "tender" in KINDS, is_mark("applying"), is_mark("maybe")
(True, True, False)
"""

from __future__ import annotations

from typing import Literal, TypeGuard, get_args

# --- calls ------------------------------------------------------------------------------

Kind = Literal[
    "call_for_projects", "call_for_interest", "tender", "subsidy", "prize", "news", "other"
]
KINDS: tuple[Kind, ...] = get_args(Kind)

# Where a call stands; "permanent": open without a deadline.
Status = Literal["forthcoming", "open", "closed", "permanent", "unknown"]
STATUSES: tuple[Status, ...] = get_args(Status)

# What a call says of its deadline: a date; dates that come back each year (the date is the
# next one); open until further notice; nothing found (none stated, or only "fin avril").
DeadlineKind = Literal["deadline", "recurring", "permanent", "none"]
DEADLINE_KINDS: tuple[DeadlineKind, ...] = get_args(DeadlineKind)


# The classifier's subjects: what makes a call relevant to the coalition.
Topic = Literal["insertion", "mentoring"]
TOPICS: tuple[Topic, ...] = get_args(Topic)

# Languages calls are published in (and a filter may ask for).
Language = Literal["fr", "nl", "en", "de"]
LANGUAGES: tuple[Language, ...] = get_args(Language)

# Languages Veille itself writes in (catalogues in veille/locales/).
InterfaceLanguage = Literal["fr", "nl", "en"]
INTERFACE_LANGUAGES: tuple[InterfaceLanguage, ...] = get_args(InterfaceLanguage)

# What storing a call found: a call never seen, a known call that changed, or neither.
UpsertOutcome = Literal["new", "changed", "unchanged"]

# --- the coalition ----------------------------------------------------------------------

# What a member says about a call on the web page.
Mark = Literal["following", "interested", "applying", "partner", "not_for_us"]
MARKS: tuple[Mark, ...] = get_args(Mark)
# Marks that mean "this member follows the call" (reminders, the room digest's names).
FOLLOWING_MARKS: tuple[Mark, ...] = ("following", "interested", "applying", "partner")
DECLINED: Mark = "not_for_us"  # no reminders for that member

# What became of an application, after the deadline.
ApplicationOutcome = Literal["submitted", "won", "lost"]
APPLICATION_OUTCOMES: tuple[ApplicationOutcome, ...] = get_args(ApplicationOutcome)

# Where a member's verdict on the classifier's decision stands: an administrator accepts
# it (it becomes the call's label) or rejects it.
VerdictReview = Literal["pending", "accepted", "rejected"]
VERDICT_REVIEWS: tuple[VerdictReview, ...] = get_args(VerdictReview)

# How often a subscription hears about calls; the coalition room gets digests only.
Cadence = Literal["instant", "daily", "weekly"]
CADENCES: tuple[Cadence, ...] = get_args(Cadence)
DigestCadence = Literal["daily", "weekly"]
DIGEST_CADENCES: tuple[DigestCadence, ...] = get_args(DigestCadence)

# --- the service ------------------------------------------------------------------------

# A job id is "<kind>" or "<kind>:<argument>" ("crawl:cocof", "digest:daily").
JobKind = Literal["crawl", "digest", "reminders", "deliver"]
JOB_KINDS: tuple[JobKind, ...] = get_args(JobKind)

# How one crawl of one source went (veille.domain.health.crawl_outcome decides).
CrawlOutcome = Literal["ok", "partial", "empty", "failed"]
CRAWL_OUTCOMES: tuple[CrawlOutcome, ...] = get_args(CrawlOutcome)

# What the health rules say of a source (veille.domain.health.source_health).
HealthProblem = Literal["failing", "stopped_yielding"]

# Where an outbox entry is: waiting (first try or a retry), delivered, given up on, or no
# longer wanted (its subscription was paused or removed before it could be delivered).
DeliveryStatus = Literal["pending", "sent", "failed", "cancelled"]

# Why a channel refused or did not take a message (veille.alerts.failures decides). The
# first five are permanent: the same message would be refused again, so it is not retried.
FailureCause = Literal[
    "too_large",  # the message is larger than the server accepts (HTTP 413, SMTP 552)
    "credentials",  # wrong user name, password or token
    "not_in_room",  # the bot is not a member of the Matrix room and cannot join it
    "recipient_refused",  # the mail server refuses the address
    "not_found",  # the address, room or service does not exist (HTTP 404)
    "refused",  # another refusal (HTTP 4xx, SMTP 5xx)
    "rate_limited",  # asked to slow down (HTTP 429)
    "server_error",  # the server failed (HTTP 5xx, SMTP 4xx)
    "unreachable",  # no answer: connection refused, timed out, unknown host
    "unknown",  # nothing apprise said explains it
]
FAILURE_CAUSES: tuple[FailureCause, ...] = get_args(FailureCause)
PERMANENT_CAUSES: tuple[FailureCause, ...] = FAILURE_CAUSES[:6]

# --- the web app's lists ----------------------------------------------------------------

# Which calls a list shows, by where they stand.
ViewStatus = Literal["open", "forthcoming", "closed", "all"]
VIEW_STATUSES: tuple[ViewStatus, ...] = get_args(ViewStatus)

# A list may keep the calls closing within a window: its name and length in days.
Window = Literal["week", "month", "quarter"]
WINDOW_DAYS: dict[Window, int] = {"week": 7, "month": 31, "quarter": 92}


def is_status(value: str | None) -> TypeGuard[Status]:
    return value in STATUSES


def is_mark(value: str) -> TypeGuard[Mark]:
    return value in MARKS


def is_application_outcome(value: str) -> TypeGuard[ApplicationOutcome]:
    return value in APPLICATION_OUTCOMES


def is_verdict_review(value: str) -> TypeGuard[VerdictReview]:
    return value in VERDICT_REVIEWS


def is_failure_cause(value: str) -> TypeGuard[FailureCause]:
    return value in FAILURE_CAUSES


def is_digest_cadence(value: str) -> TypeGuard[DigestCadence]:
    return value in DIGEST_CADENCES


def is_interface_language(value: str | None) -> TypeGuard[InterfaceLanguage]:
    return value in INTERFACE_LANGUAGES
