"""Every closed list of values, in one place: the type says which values exist.

Each list is a `Literal` type and the tuple of its values, in the order menus show them.
The values are plain strings, so they go unchanged to SQLite, JSON, YAML and templates;
the configuration schema, storage, alerts and the web app import them from here.

>>> "tender" in KINDS, is_mark("applying"), is_mark("maybe")
(True, True, False)
"""

from __future__ import annotations

from typing import Literal, TypeGuard, get_args

from veille.domain.text import fold

# --- calls ------------------------------------------------------------------------------

Kind = Literal[
    "call_for_projects", "call_for_interest", "tender", "subsidy", "prize", "news", "other"
]
KINDS: tuple[Kind, ...] = get_args(Kind)

# Where a call stands; "permanent": open without a deadline; "withdrawn": gone from its
# source before its deadline (veille.domain.presence decides), or cancelled by the source.
Status = Literal["forthcoming", "open", "closed", "permanent", "unknown", "withdrawn"]
STATUSES: tuple[Status, ...] = get_args(Status)
# Statuses one can no longer apply in, whatever the deadline says.
ENDED: tuple[Status, ...] = ("closed", "withdrawn")

# Why a call was withdrawn: no longer listed by its source (after enough complete crawls),
# its page answered 404 or 410, or the source itself says it is cancelled or closed early.
WithdrawalReason = Literal["unlisted", "not_found", "cancelled"]
WITHDRAWAL_REASONS: tuple[WithdrawalReason, ...] = get_args(WithdrawalReason)

# A change that followers of a call are told about at once (veille.domain.changes decides).
ChangeKind = Literal["deadline", "documents", "withdrawn", "budget", "eligibility", "reopened"]
CHANGE_KINDS: tuple[ChangeKind, ...] = get_args(ChangeKind)

# What a call says of its deadline: a date; dates that come back each year (the date is the
# next one); open until further notice; closed (its only deadline lies before the day the
# text was read, or it says so: the date is kept, when it gives one); nothing found.
DeadlineKind = Literal["deadline", "recurring", "permanent", "closed", "none"]
DEADLINE_KINDS: tuple[DeadlineKind, ...] = get_args(DeadlineKind)


# The classifier's subjects: what makes a call relevant to the coalition.
Topic = Literal["insertion", "mentoring"]
TOPICS: tuple[Topic, ...] = get_args(Topic)

# Languages calls are published in (and a filter may ask for).
Language = Literal["fr", "nl", "en", "de"]
LANGUAGES: tuple[Language, ...] = get_args(Language)

# Where a call applies: one of Belgium's regions (REGIONS, below: where members work), all
# of Belgium, or Europe. Sources and filters write an area in any language (or as a code):
# AREA_NAMES gives each one's spellings, folded; area_of() reads any of them.
Area = Literal["brussels", "wallonia", "flanders", "german_speaking", "belgium", "europe"]
AREAS: tuple[Area, ...] = get_args(Area)
AREA_NAMES: dict[Area, tuple[str, ...]] = {
    "brussels": (
        "brussels", "bruxelles", "brussel", "bruxelles-capitale", "brussels region", "bxl",
    ),
    "wallonia": ("wallonia", "wallonie", "wallonien", "region wallonne", "wallonie-bruxelles"),
    "flanders": ("flanders", "vlaanderen", "flandre", "flandern", "vlaams gewest"),
    "german_speaking": (
        "german_speaking", "east-belgium", "ostbelgien", "east belgium",
        "communaute germanophone", "duitstalige gemeenschap", "deutschsprachige gemeinschaft",
        "german-speaking community",
    ),
    "belgium": ("belgium", "be", "belgique", "belgie", "belgien", "federal"),
    "europe": (
        "europe", "eu", "ue", "europa", "union europeenne", "europese unie", "european union",
        "international",
    ),
}  # fmt: skip

# Languages Veille itself writes in (catalogues in veille/locales/).
InterfaceLanguage = Literal["fr", "nl", "en"]
INTERFACE_LANGUAGES: tuple[InterfaceLanguage, ...] = get_args(InterfaceLanguage)

# What storing a call found: a call never seen, a known call that changed, or neither.
UpsertOutcome = Literal["new", "changed", "unchanged"]

# --- the coalition ----------------------------------------------------------------------

# What a member says about a call on the web page ("partner": looking for a partner;
# "supporting": would support another member's application as its partner).
Mark = Literal["following", "interested", "applying", "supporting", "partner", "not_for_us"]
MARKS: tuple[Mark, ...] = get_args(Mark)
# Marks that mean "this member follows the call" (reminders, the room digest's names).
FOLLOWING_MARKS: tuple[Mark, ...] = ("following", "interested", "applying", "supporting", "partner")
DECLINED: Mark = "not_for_us"  # no reminders for that member
LOOKING_FOR_PARTNER: Mark = "partner"  # tells the members who fit the call

# Why a call is not for us (a "not_for_us" mark says one; "other" comes with words).
DeclineReason = Literal[
    "no_capacity", "not_our_public", "no_cofinancing", "deadline_too_short", "other"
]
DECLINE_REASONS: tuple[DeclineReason, ...] = get_args(DeclineReason)

# Who sees what a member writes: the coalition (the default), or that member alone (when
# members compete for the same call).
Visibility = Literal["shared", "private"]
VISIBILITIES: tuple[Visibility, ...] = get_args(Visibility)

# What became of an application: submitted, then won or not won ("lost").
ApplicationOutcome = Literal["submitted", "won", "lost"]
APPLICATION_OUTCOMES: tuple[ApplicationOutcome, ...] = get_args(ApplicationOutcome)

# --- members' profiles: the coalition's matrix of needs and resources -------------------

# Where a member works (Belgium's regions and its German-speaking Community).
Region = Literal["brussels", "wallonia", "flanders", "german_speaking"]
REGIONS: tuple[Region, ...] = get_args(Region)

# Whom a member works with, or a call is for.
Public = Literal[
    "young_people",
    "neet",
    "jobseekers",
    "long_term_jobseekers",
    "newcomers",
    "people_with_disabilities",
    "seniors",
    "women",
    "low_qualified",
    "social_assistance",
    "detainees",
]
PUBLICS: tuple[Public, ...] = get_args(Public)
# A narrower public and the broader one it belongs to: a call for young people is for a
# member working with NEETs too, and a call for NEETs for a member working with young people.
BROADER_PUBLIC: dict[Public, Public] = {
    "neet": "young_people",
    "long_term_jobseekers": "jobseekers",
}

# What a member does.
Activity = Literal[
    "mentoring",
    "job_coaching",
    "training",
    "guidance",
    "social_economy",
    "language_learning",
    "digital_inclusion",
    "entrepreneurship",
    "health",
    "ageing",
    "volunteering",
]
ACTIVITIES: tuple[Activity, ...] = get_args(Activity)

# A member's legal form (ASBL/VZW, foundation, cooperative, public body such as a CPAS/OCMW,
# company, de facto association).
LegalForm = Literal[
    "asbl", "foundation", "cooperative", "public_body", "company", "de_facto_association"
]
LEGAL_FORMS: tuple[LegalForm, ...] = get_args(LegalForm)

# What a member can bring to a partnership.
Offer = Literal[
    "employer_network",
    "volunteer_mentors",
    "training_approval",
    "cofinancing",
    "premises",
    "trainers",
    "grant_writing",
    "evaluation",
]
OFFERS: tuple[Offer, ...] = get_args(Offer)

# Who may apply to a call, as its wording names them (veille.domain.facts.extract_applicants).
Applicant = Literal[
    "nonprofit",
    "public_body",
    "company",
    "social_economy",
    "training_operator",
    "partnership",
    "individual",
]
APPLICANTS: tuple[Applicant, ...] = get_args(Applicant)

# How well a member fits a call (veille.domain.fit): every known fact matches; some soft
# fact (public, language, activity) does not; a hard one (region, who may apply) does not;
# nothing to compare.
FitLevel = Literal["fits", "fits_partly", "does_not_fit", "unknown"]
FIT_LEVELS: tuple[FitLevel, ...] = get_args(FitLevel)
# The facts a fit is decided on, in the order a page explains them.
Criterion = Literal["region", "eligibility", "public", "language", "activity", "commune"]
CRITERIA: tuple[Criterion, ...] = get_args(Criterion)

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
# "withdrawals_held": its last crawl would have withdrawn most of its open calls at once.
HealthProblem = Literal["failing", "stopped_yielding", "withdrawals_held"]

# Where an outbox entry is: waiting (first try or a retry), delivered, given up on, or no
# longer wanted (its subscription was paused or removed, or the deadline of a reminder moved,
# before it could be delivered).
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
ViewStatus = Literal["open", "forthcoming", "closed", "withdrawn", "all"]
VIEW_STATUSES: tuple[ViewStatus, ...] = get_args(ViewStatus)

# A list may keep the calls closing within a window: its name and length in days.
Window = Literal["week", "month", "quarter"]
WINDOW_DAYS: dict[Window, int] = {"week": 7, "month": 31, "quarter": 92}


def area_of(name: str) -> Area | None:
    """The area a spelling names, in any language (None: not one of AREAS).

    >>> area_of("Brussel"), area_of("BE"), area_of("Wallonië"), area_of("Gand")
    ('brussels', 'belgium', 'wallonia', None)
    >>> set(REGIONS) <= set(AREAS)  # each member's region is an area a call applies to
    True
    """
    folded = fold(name.strip())
    return next((code for code, names in AREA_NAMES.items() if folded in names), None)


def regions_of_area(area: Area) -> tuple[Region, ...]:
    """The regions a call applying to `area` is open in (all of them for Belgium or Europe).

    >>> regions_of_area("flanders"), len(regions_of_area("europe"))
    (('flanders',), 4)
    """
    return tuple(region for region in REGIONS if area in (region, "belgium", "europe"))


def is_status(value: str | None) -> TypeGuard[Status]:
    return value in STATUSES


def is_mark(value: str) -> TypeGuard[Mark]:
    return value in MARKS


def is_application_outcome(value: str) -> TypeGuard[ApplicationOutcome]:
    return value in APPLICATION_OUTCOMES


def is_decline_reason(value: str) -> TypeGuard[DeclineReason]:
    return value in DECLINE_REASONS


def is_visibility(value: str) -> TypeGuard[Visibility]:
    return value in VISIBILITIES


def is_verdict_review(value: str) -> TypeGuard[VerdictReview]:
    return value in VERDICT_REVIEWS


def is_failure_cause(value: str) -> TypeGuard[FailureCause]:
    return value in FAILURE_CAUSES


def is_digest_cadence(value: str) -> TypeGuard[DigestCadence]:
    return value in DIGEST_CADENCES


def is_interface_language(value: str | None) -> TypeGuard[InterfaceLanguage]:
    return value in INTERFACE_LANGUAGES
