"""The values of the coalition's closed lists (veille.domain.vocabulary) in the reader's
language: marks, reasons, outcomes, and what a member's profile says.

>>> value_label("region", "brussels", "nl"), value_labels("public", ["neet", "seniors"], "fr")
('Brussel', 'NEET (ni à l’emploi ni en formation), seniors')
>>> value_label("in_region", "wallonia", "fr"), value_label("language", "nl", "en")
('en Wallonie', 'NL')
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cache

from veille.domain.vocabulary import (
    ACTIVITIES,
    APPLICANTS,
    APPLICATION_OUTCOMES,
    DECLINE_REASONS,
    FIT_LEVELS,
    LEGAL_FORMS,
    MARKS,
    OFFERS,
    PUBLICS,
    REGIONS,
    TOPICS,
)
from veille.i18n import Words, words
from veille.i18n.names import applicant_name, mark_name, outcome_name, topic_name


def _marks(w: Words) -> dict[str, str]:
    return {mark: mark_name(mark, w.lang) for mark in MARKS}


def _reasons(w: Words) -> dict[str, str]:
    return {
        "no_capacity": w.pgettext("reason not for us", "no capacity"),
        "not_our_public": w.pgettext("reason not for us", "not our public"),
        "no_cofinancing": w.pgettext("reason not for us", "co-financing impossible"),
        "deadline_too_short": w.pgettext("reason not for us", "deadline too short"),
        "other": w.pgettext("reason not for us", "another reason"),
    }


def _outcomes(w: Words) -> dict[str, str]:
    return {outcome: outcome_name(outcome, w.lang) for outcome in APPLICATION_OUTCOMES}


def _applicants(w: Words) -> dict[str, str]:
    return {applicant: applicant_name(applicant, w.lang) for applicant in APPLICANTS}


def _topics(w: Words) -> dict[str, str]:
    return {topic: topic_name(topic, w.lang) for topic in TOPICS}


def _regions(w: Words) -> dict[str, str]:
    return {
        "brussels": w.pgettext("region", "Brussels"),
        "wallonia": w.pgettext("region", "Wallonia"),
        "flanders": w.pgettext("region", "Flanders"),
        "german_speaking": w.pgettext("region", "German-speaking Community"),
    }


def _in_regions(w: Words) -> dict[str, str]:
    """A region after a verb ("works in Brussels"), with the preposition its name takes."""
    return {
        "brussels": w.pgettext("in a region", "in Brussels"),
        "wallonia": w.pgettext("in a region", "in Wallonia"),
        "flanders": w.pgettext("in a region", "in Flanders"),
        "german_speaking": w.pgettext("in a region", "in the German-speaking Community"),
    }


def _publics(w: Words) -> dict[str, str]:
    return {
        "young_people": w.pgettext("public", "young people"),
        "neet": w.pgettext("public", "NEETs (neither in employment nor in training)"),
        "jobseekers": w.pgettext("public", "jobseekers"),
        "long_term_jobseekers": w.pgettext("public", "long-term jobseekers"),
        "newcomers": w.pgettext("public", "newcomers"),
        "people_with_disabilities": w.pgettext("public", "people with disabilities"),
        "seniors": w.pgettext("public", "seniors"),
        "women": w.pgettext("public", "women"),
        "low_qualified": w.pgettext("public", "low-qualified people"),
        "social_assistance": w.pgettext("public", "people on social assistance or in poverty"),
        "detainees": w.pgettext("public", "detainees and former detainees"),
    }


def _activities(w: Words) -> dict[str, str]:
    return {
        "mentoring": w.pgettext("activity", "mentoring"),
        "job_coaching": w.pgettext("activity", "job coaching"),
        "training": w.pgettext("activity", "training"),
        "guidance": w.pgettext("activity", "guidance and orientation"),
        "social_economy": w.pgettext("activity", "social economy"),
        "language_learning": w.pgettext("activity", "language learning"),
        "digital_inclusion": w.pgettext("activity", "digital inclusion"),
        "entrepreneurship": w.pgettext("activity", "entrepreneurship"),
        "health": w.pgettext("activity", "health"),
        "ageing": w.pgettext("activity", "ageing well"),
        "volunteering": w.pgettext("activity", "volunteering"),
    }


def _legal_forms(w: Words) -> dict[str, str]:
    return {
        "asbl": w.pgettext("legal form", "non-profit association (ASBL/VZW)"),
        "foundation": w.pgettext("legal form", "foundation"),
        "cooperative": w.pgettext("legal form", "cooperative"),
        "public_body": w.pgettext("legal form", "public body (CPAS, commune…)"),
        "company": w.pgettext("legal form", "company"),
        "de_facto_association": w.pgettext("legal form", "de facto association"),
    }


def _offers(w: Words) -> dict[str, str]:
    return {
        "employer_network": w.pgettext("what a member brings", "a network of employers"),
        "volunteer_mentors": w.pgettext("what a member brings", "volunteer mentors"),
        "training_approval": w.pgettext("what a member brings", "a training approval"),
        "cofinancing": w.pgettext("what a member brings", "co-financing"),
        "premises": w.pgettext("what a member brings", "premises"),
        "trainers": w.pgettext("what a member brings", "trainers"),
        "grant_writing": w.pgettext("what a member brings", "grant writing"),
        "evaluation": w.pgettext("what a member brings", "evaluation"),
    }


def _fit_levels(w: Words) -> dict[str, str]:
    return {
        "fits": w.pgettext("fit", "fits"),
        "fits_partly": w.pgettext("fit", "fits in part"),
        "does_not_fit": w.pgettext("fit", "does not fit"),
        "unknown": w.pgettext("fit", "too little known to say"),
    }


# Each list: its values (to check that every value has words) and their words.
LISTS: dict[str, tuple[tuple[str, ...], Callable[[Words], dict[str, str]]]] = {
    "mark": (MARKS, _marks),
    "reason": (DECLINE_REASONS, _reasons),
    "outcome": (APPLICATION_OUTCOMES, _outcomes),
    "region": (REGIONS, _regions),
    "in_region": (REGIONS, _in_regions),
    "public": (PUBLICS, _publics),
    "activity": (ACTIVITIES, _activities),
    "legal_form": (LEGAL_FORMS, _legal_forms),
    "offer": (OFFERS, _offers),
    "fit": (FIT_LEVELS, _fit_levels),
    "applicant": (APPLICANTS, _applicants),
    "topic": (TOPICS, _topics),
}


@cache
def words_of(kind: str, lang: str) -> dict[str, str]:
    return LISTS[kind][1](words(lang))


def value_label(kind: str, value: str, lang: str) -> str:
    """A value of a closed list in `lang`; a call's language is its code ("FR")."""
    if kind == "language":
        return value.upper()
    if kind == "topic":  # a topic of topics.yaml beyond the classifier's keeps its own name
        return topic_name(value, lang)
    return words_of(kind, lang)[value]


def value_labels(kind: str, values: Iterable[str], lang: str) -> str:
    return ", ".join(value_label(kind, value, lang) for value in values)
