"""Who fits a call, and why, in words: one sentence per fact both sides know."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from veille.coalition_words.labels import value_label, value_labels
from veille.domain.fit import Fit, Reason
from veille.domain.vocabulary import REGIONS, FitLevel, Offer
from veille.i18n import words


@dataclass(frozen=True)
class ReasonWords:
    matches: bool
    text: str


@dataclass(frozen=True)
class FitWords:
    member_id: str
    member: str  # its name
    level: FitLevel
    level_words: str
    reasons: list[ReasonWords]
    brings: str  # what it can bring that the reader looks for ("" if nothing)


def reason_words(reason: Reason, lang: str) -> ReasonWords:
    """One fact as a sentence about the member: what the call says, what the member has.

    >>> from veille.domain.fit import Reason
    >>> reason_words(Reason("region", False, ("flanders",), ("brussels",)), "fr").text
    'L’appel n’est ouvert qu’en Flandre ; travaille à Bruxelles.'
    """
    w = words(lang)
    call, member = reason.call_says, reason.member_has
    if reason.criterion == "region":
        where, works = (
            value_labels("in_region", call, lang),
            value_labels("in_region", member, lang),
        )
        if not reason.matches:
            text = w.gettext(
                "The call is open only %(call)s; works %(member)s.", call=where, member=works
            )
        elif set(call) == set(REGIONS):
            text = w.gettext(
                "Works %(member)s; the call is open everywhere in Belgium.", member=works
            )
        else:
            text = w.gettext("Works %(member)s, where the call is open.", member=works)
    elif reason.criterion == "eligibility":
        named, kinds = (
            value_labels("applicant", call, lang),
            value_labels("applicant", member, lang),
        )
        if reason.matches:
            text = w.gettext(
                "Who may apply: %(call)s (including %(member)s).", call=named, member=kinds
            )
        else:
            text = w.gettext(
                "Who may apply: %(call)s (not %(member)s).",
                call=named,
                member=kinds or w.pgettext("applicant", "a de facto association"),
            )
    elif reason.criterion == "public":
        for_whom, works_with = (
            value_labels("public", call, lang),
            value_labels("public", member, lang),
        )
        if reason.matches:
            text = w.gettext(
                "For %(call)s (works with %(member)s).", call=for_whom, member=works_with
            )
        else:
            text = w.gettext(
                "For %(call)s (works with %(member)s instead).", call=for_whom, member=works_with
            )
    elif reason.criterion == "language":
        written, spoken = (
            value_labels("language", call, lang),
            value_labels("language", member, lang),
        )
        if reason.matches:
            text = w.gettext("Language: %(call)s (speaks %(member)s).", call=written, member=spoken)
        else:
            text = w.gettext(
                "Language: %(call)s only (speaks %(member)s).", call=written, member=spoken
            )
    elif reason.criterion == "activity":
        topics, done = value_labels("topic", call, lang), value_labels("activity", member, lang)
        if reason.matches:
            text = w.gettext("Topic: %(call)s (activities: %(member)s).", call=topics, member=done)
        else:
            text = w.gettext(
                "Topic: %(call)s, outside its activities (%(member)s).", call=topics, member=done
            )
    else:  # a commune it serves, named by the call
        text = w.gettext("The call names %(call)s, where it works.", call=", ".join(call))
    return ReasonWords(reason.matches, text)


def fits_in_words(
    fits: Sequence[Fit],
    names: Mapping[str, str],
    lang: str,
    *,
    offers: Mapping[str, Sequence[Offer]] | None = None,
    needs: Sequence[Offer] = (),
) -> list[FitWords]:
    """Each member's fit explained; `needs`: what the reader looks for in a partner, matched
    against each member's `offers`."""
    offers = offers or {}
    return [
        FitWords(
            member_id=fit.member,
            member=names.get(fit.member, fit.member),
            level=fit.level,
            level_words=value_label("fit", fit.level, lang),
            reasons=[reason_words(reason, lang) for reason in fit.reasons],
            brings=value_labels(
                "offer", [o for o in offers.get(fit.member, ()) if o in needs], lang
            ),
        )
        for fit in fits
    ]
