"""Members' verdicts on the classifier's decision: "relevant" or "not relevant because …".

A member says so from a call's page (or the link in an alert); an administrator reviews it.
An accepted verdict is a label: it overrides the classifier for that call (and its other
pages), at every crawl and at `veille reclassify`, and the reasons say so. Verdicts are also
labelled material for measuring the classifier (`veille verdicts export`).

>>> from veille.domain.classify import Classification
>>> guess = Classification(False, [], 0.4, True, [], ["not relevant"], True, [])
>>> label = Verdict(call_id="c1", member="duo", person="a@duo.example", relevant=True,
...                 reason="", given_at=datetime(2026, 5, 1), review="accepted",
...                 topics=["insertion"])
>>> labelled = apply_verdict(guess, label)
>>> labelled.relevant, labelled.topics, labelled.uncertain, labelled.score >= 0.5
(True, ['insertion'], False, True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import datetime

from veille.domain.call import Call
from veille.domain.classify import SUBJECTS, Classification, Doubt, Match
from veille.domain.vocabulary import VerdictReview


@dataclass(frozen=True, kw_only=True)
class Verdict:
    call_id: str  # the group's id: a verdict is about the call, whichever page was read
    member: str  # the member (organisation) who said it
    person: str  # who, of that member (email)
    relevant: bool
    reason: str  # "not relevant because …" (may be empty for "relevant")
    given_at: datetime
    review: VerdictReview = "pending"
    reviewed_by: str | None = None
    reviewed_at: datetime | None = None
    # the subjects, when relevant: the classifier's nearest subject unless the member says
    topics: list[str] = field(default_factory=list)


def topics_for(classification: Classification) -> list[str]:
    """The subjects a "relevant" verdict gives a call: the classifier's own, else the one it
    weighed nearest the line, else the subjects it found any evidence of."""
    if classification.topics:
        return list(classification.topics)
    near = [d.name for d in classification.doubts if d.test == "subject"]
    if near:
        return near
    found = {m.topic for m in classification.matches}
    return [s for s in SUBJECTS if s in found] or [SUBJECTS[0]]


def apply_verdict(classification: Classification, verdict: Verdict | None) -> Classification:
    """The classification, with an accepted verdict as its label; any other, unchanged."""
    if verdict is None or verdict.review != "accepted":
        return classification
    said = "relevant" if verdict.relevant else "not relevant"
    because = f" because {verdict.reason}" if verdict.reason else ""
    reasons = [
        *classification.reasons,
        f"label: {said}{because} (a verdict of {verdict.member}, reviewed by "
        f"{verdict.reviewed_by or 'an administrator'})",
    ]
    if verdict.relevant:
        topics = verdict.topics or topics_for(classification)
        score = max(classification.score, 0.5)
    else:
        topics, score = [], min(classification.score, 0.499)
    return replace(
        classification,
        relevant=verdict.relevant,
        is_call=classification.is_call or verdict.relevant,
        topics=topics,
        score=score,
        reasons=reasons,
        uncertain=False,
        doubts=[],
    )


def labelled_item(
    verdict: Verdict, title: str, summary: str, lang: str | None
) -> dict[str, object]:
    """A reviewed verdict as an item of a labelled set (the shape of tests/data/*_calls.jsonl),
    for `bench/quality.py --calls` and any learned layer."""
    return {
        "id": verdict.call_id,
        "lang": lang,
        "title": title,
        "summary": summary,
        "relevant": verdict.relevant,
        "topics": list(verdict.topics) if verdict.relevant else [],
        "rationale": verdict.reason or ("relevant" if verdict.relevant else "not relevant"),
        "source": f"verdict of {verdict.member}, reviewed by {verdict.reviewed_by}",
    }


def labelled_call(call: Call, verdict: Verdict | None) -> Call:
    """`call` with an accepted verdict as its label (what storage keeps at every crawl)."""
    if verdict is None or verdict.review != "accepted":
        return call
    guess = Classification(
        call.relevant,
        list(call.topics),
        call.score,
        call.is_call,
        [Match(**m) for m in call.matches],
        list(call.reasons),
        call.uncertain,
        [Doubt(**d) for d in call.doubts],
    )
    labelled = apply_verdict(guess, verdict)
    return replace(
        call,
        relevant=labelled.relevant,
        is_call=labelled.is_call,
        topics=labelled.topics,
        score=labelled.score,
        reasons=labelled.reasons,
        uncertain=False,
        doubts=[],
    )


@dataclass(frozen=True)
class LabelReason:
    """What apply_verdict's reason says, read back (for people to read it in their language)."""

    relevant: bool
    because: str
    member: str
    reviewer: str


_LABEL = re.compile(
    r"^label: (?P<said>relevant|not relevant)(?: because (?P<because>.*))? "
    r"\(a verdict of (?P<member>.+), reviewed by (?P<reviewer>.+)\)$",
    re.S,
)


def label_reason(reason: str) -> LabelReason | None:
    """The label a reason of apply_verdict states, or None for the classifier's own reasons.

    >>> label_reason("label: not relevant because a job offer (a verdict of duo, reviewed by x)")
    LabelReason(relevant=False, because='a job offer', member='duo', reviewer='x')
    """
    found = _LABEL.match(reason)
    if found is None:
        return None
    return LabelReason(
        found["said"] == "relevant", found["because"] or "", found["member"], found["reviewer"]
    )
