"""Which members could do a call, and why: each member's profile against the call's facts.

A call's facts (where it is open, whom it is for, its languages, who may apply, its topics)
come from `veille.domain.facts`; a profile says where a member works, with whom, in which
languages, its legal form and what it does. Each fact both sides know gives one reason,
matching or not; the reasons decide the level:

- a *hard* fact that does not match (the call is open elsewhere, or not to members of
  that legal form): ``does_not_fit``;
- otherwise a *substantive* match (its region in particular, its public, its activity: a
  reason to do the call) and no mismatch: ``fits``; such a match and a *soft* mismatch
  (public, language, activity): ``fits_partly``; no such match: ``unknown`` when nothing
  failed, else ``does_not_fit``. Speaking the call's language or being of a legal form
  that may apply are conditions, not reasons: they match without making a fit.

Two reasons explain without deciding: a call open everywhere (all of Belgium, the EU) says
nothing of a member's region in particular, and the communes of a member that the call's
text names are not known to lists of calls (which leave the text out and must decide as
the call's page does).

>>> profile = Profile(regions=("brussels",), publics=("neet",), languages=("fr",),
...                   legal_form="asbl")
>>> facts = CallFacts(regions=("brussels",), publics=("young_people",), languages=("fr",),
...                   applicants=("nonprofit",))
>>> found = member_fit("asbl-a", profile, facts)
>>> found.level, [(r.criterion, r.matches) for r in found.reasons]
('fits', [('region', True), ('eligibility', True), ('public', True), ('language', True)])
>>> member_fit("asbl-a", profile, CallFacts(regions=("flanders",))).level
'does_not_fit'
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from veille.domain.facts import call_regions
from veille.domain.stored_call import StoredCall
from veille.domain.text import fold
from veille.domain.vocabulary import (
    BROADER_PUBLIC,
    CRITERIA,
    LANGUAGES,
    PUBLICS,
    REGIONS,
    TOPICS,
    Activity,
    Applicant,
    Criterion,
    FitLevel,
    Language,
    LegalForm,
    Offer,
    Public,
    Region,
    Topic,
)

# Facts that rule a member out when they do not match; the others only qualify a fit.
HARD_CRITERIA: frozenset[Criterion] = frozenset({"region", "eligibility"})
# Matches that are a reason to do the call (the others are conditions to meet).
SUBSTANTIVE_CRITERIA: frozenset[Criterion] = frozenset({"region", "public", "activity"})
# Levels a member "fits" at (the digest's "calls that fit my association", partner requests).
FITTING: frozenset[FitLevel] = frozenset({"fits", "fits_partly"})
_LEVEL_ORDER: dict[FitLevel, int] = {"fits": 0, "fits_partly": 1, "unknown": 2, "does_not_fit": 3}

# Who a member is, as calls name applicants.
LEGAL_FORM_APPLICANTS: dict[LegalForm, tuple[Applicant, ...]] = {
    "asbl": ("nonprofit",),
    "foundation": ("nonprofit",),
    "cooperative": ("company",),
    "public_body": ("public_body",),
    "company": ("company",),
    "de_facto_association": (),  # not a legal person: calls rarely accept one
}
ACTIVITY_APPLICANTS: dict[Activity, tuple[Applicant, ...]] = {
    "social_economy": ("social_economy",),
    "training": ("training_operator",),
}
OFFER_APPLICANTS: dict[Offer, tuple[Applicant, ...]] = {"training_approval": ("training_operator",)}
# Applicants a partnership of members can always be: not a criterion.
ANY_MEMBER: frozenset[Applicant] = frozenset({"partnership"})
# What a call's topic asks members to do.
TOPIC_ACTIVITIES: dict[Topic, tuple[Activity, ...]] = {
    "mentoring": ("mentoring",),
    "insertion": ("job_coaching", "training", "guidance", "social_economy", "mentoring"),
}


class ProfileSpec(Protocol):
    """What a member's profile says (config.schema.MemberProfile has these attributes)."""

    @property
    def regions(self) -> Sequence[Region]: ...
    @property
    def communes(self) -> Sequence[str]: ...
    @property
    def publics(self) -> Sequence[Public]: ...
    @property
    def activities(self) -> Sequence[Activity]: ...
    @property
    def languages(self) -> Sequence[Language]: ...
    @property
    def legal_form(self) -> LegalForm | None: ...
    @property
    def offers(self) -> Sequence[Offer]: ...


@dataclass(frozen=True)
class Profile:
    """A profile as plain values (tests, doctests); the configuration's satisfies ProfileSpec."""

    regions: tuple[Region, ...] = ()
    communes: tuple[str, ...] = ()
    publics: tuple[Public, ...] = ()
    activities: tuple[Activity, ...] = ()
    languages: tuple[Language, ...] = ()
    legal_form: LegalForm | None = None
    offers: tuple[Offer, ...] = ()


@dataclass(frozen=True)
class CallFacts:
    """What a fit is decided on; an empty tuple is a fact nobody knows."""

    regions: tuple[Region, ...] = ()  # where the call is open
    publics: tuple[Public, ...] = ()
    languages: tuple[Language, ...] = ()  # of the call's pages
    applicants: tuple[Applicant, ...] = ()
    topics: tuple[Topic, ...] = ()
    text: str = ""  # folded, where a member's communes are looked for (lists leave it out)


def facts_of(call: StoredCall, languages: Iterable[str] = ()) -> CallFacts:
    """The facts of a stored call; `languages`: those of its other pages (its group)."""
    spoken = {call.lang, *languages}
    return CallFacts(
        regions=tuple(call_regions(call.regions, call.named_regions)),
        publics=tuple(p for p in PUBLICS if p in call.publics),
        languages=tuple(lang for lang in LANGUAGES if lang in spoken),
        applicants=tuple(call.eligible),
        topics=tuple(t for t in TOPICS if t in call.topics),
        text=call.folded_text if call.text else "",
    )


@dataclass(frozen=True)
class Reason:
    """One fact both sides know: what the call says, what of the member's profile it met."""

    criterion: Criterion
    matches: bool
    call_says: tuple[str, ...]
    # When it matches, the profile's values that match; else all the profile's values.
    member_has: tuple[str, ...]
    decisive: bool = True  # False: it explains the fit without deciding it


@dataclass(frozen=True)
class Fit:
    member: str  # the member's id
    level: FitLevel
    reasons: tuple[Reason, ...] = field(default_factory=tuple)

    @property
    def matched(self) -> int:
        return sum(reason.matches for reason in self.reasons)


def related_publics(one: Public, other: Public) -> bool:
    """The same public, or one within the other (NEETs are young people).

    >>> related_publics("neet", "young_people"), related_publics("neet", "seniors")
    (True, False)
    """
    return one == other or BROADER_PUBLIC.get(one) == other or BROADER_PUBLIC.get(other) == one


def member_applicants(profile: ProfileSpec) -> tuple[Applicant, ...]:
    """The kinds of applicant a member is, from its legal form, activities and offers."""
    kinds: list[Applicant] = []
    if profile.legal_form is not None:
        kinds += LEGAL_FORM_APPLICANTS[profile.legal_form]
    for activity in profile.activities:
        kinds += ACTIVITY_APPLICANTS.get(activity, ())
    for offer in profile.offers:
        kinds += OFFER_APPLICANTS.get(offer, ())
    return tuple(dict.fromkeys(kinds))


def communes_named(communes: Iterable[str], folded_text: str) -> tuple[str, ...]:
    """The member's communes the call's (folded) text names, as whole words."""
    return tuple(
        commune
        for commune in communes
        if commune.strip()
        and re.search(r"\b" + re.escape(fold(commune.strip())) + r"\b", folded_text)
    )


def _reason(
    criterion: Criterion, call_says: Sequence[str], member: Sequence[str], matching: Sequence[str]
) -> Reason:
    return Reason(criterion, bool(matching), tuple(call_says), tuple(matching or member))


def reasons_for(profile: ProfileSpec, facts: CallFacts) -> list[Reason]:
    """One reason per fact known on both sides, in the order of CRITERIA."""
    found: list[Reason] = []
    if facts.regions and profile.regions:
        shared = [r for r in REGIONS if r in facts.regions and r in profile.regions]
        region = _reason("region", facts.regions, profile.regions, shared)
        everywhere = set(facts.regions) == set(REGIONS)
        found.append(replace(region, decisive=not everywhere))
    named = tuple(a for a in facts.applicants if a not in ANY_MEMBER)
    kinds = member_applicants(profile)
    if named and profile.legal_form is not None:
        found.append(_reason("eligibility", named, kinds, [k for k in kinds if k in named]))
    if facts.publics and profile.publics:
        met = [p for p in profile.publics if any(related_publics(p, c) for c in facts.publics)]
        found.append(_reason("public", facts.publics, profile.publics, met))
    if facts.languages and profile.languages:
        spoken = [lang for lang in profile.languages if lang in facts.languages]
        found.append(_reason("language", facts.languages, profile.languages, spoken))
    wanted = {a for topic in facts.topics for a in TOPIC_ACTIVITIES[topic]}
    if wanted and profile.activities:
        done = [a for a in profile.activities if a in wanted]
        found.append(_reason("activity", facts.topics, profile.activities, done))
    if facts.text and profile.communes:
        named_communes = communes_named(profile.communes, facts.text)
        if named_communes:  # a commune the call does not name says nothing against
            found.append(Reason("commune", True, named_communes, named_communes, decisive=False))
    order = {criterion: rank for rank, criterion in enumerate(CRITERIA)}
    return sorted(found, key=lambda reason: order[reason.criterion])


def level_of(reasons: Sequence[Reason]) -> FitLevel:
    """The level the decisive reasons give."""
    reasons = [r for r in reasons if r.decisive]
    if any(not r.matches and r.criterion in HARD_CRITERIA for r in reasons):
        return "does_not_fit"
    matched = any(r.matches and r.criterion in SUBSTANTIVE_CRITERIA for r in reasons)
    missed = any(not r.matches for r in reasons)
    if not matched:
        return "does_not_fit" if missed else "unknown"
    return "fits_partly" if missed else "fits"


def member_fit(member: str, profile: ProfileSpec, facts: CallFacts) -> Fit:
    reasons = reasons_for(profile, facts)
    return Fit(member, level_of(reasons), tuple(reasons))


def fits_of(profiles: Mapping[str, ProfileSpec], facts: CallFacts) -> list[Fit]:
    """Every member's fit, best first (level, then how many facts matched; else as given)."""
    fits = [member_fit(member, profile, facts) for member, profile in profiles.items()]
    return sorted(fits, key=lambda fit: (_LEVEL_ORDER[fit.level], -fit.matched))


def fits(profile: ProfileSpec, facts: CallFacts) -> bool:
    """Whether a member fits the call (fully or partly): "calls that fit my association"."""
    return level_of(reasons_for(profile, facts)) in FITTING
