"""A stored call as every reader gets it: typed, its lists decoded, its moments aware.

Storage builds it, in one place (veille/storage/read_model.py); filters, alerts, pages,
feeds and the API read it. The deadline is parsed once, there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import TypedDict

from veille.domain.text import fold  # the classifier's folding: accents, ’ → ', ß → ss
from veille.domain.vocabulary import TOPICS, Applicant, DeadlineKind, Kind, Public, Region, Status


class Evidence(TypedDict):
    """One term the classifier found, where it found it (offsets in the original field)."""

    term: str
    topic: str  # insertion | mentoring | call | not_call | off_topic
    field: str  # title | summary | text
    start: int
    end: int


class DoubtRecord(TypedDict):
    """Why a call is "to check": a test of the classifier passed or missed by a little."""

    test: str  # subject | call
    name: str  # the subject weighed (insertion | mentoring), or "call"
    value: float  # its evidence
    needed: float  # its threshold


class CallChange(TypedDict):
    """One recorded change of a tracked field; values as stored (ISO text for dates)."""

    call_id: str
    changed_at: str
    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True, kw_only=True)
class StoredCall:
    """One call as stored, with what storage knows of it (its group, when it was seen).

    A group of duplicates (the same call on several sources or in several languages) is
    read through one of its pages: `id` is then the group's id, so that alerts, marks and
    links keep one identity whatever page is shown, and `page_id` the page shown.
    Lists leave out long columns (the text, the evidence): those keep their defaults.
    """

    id: str
    page_id: str
    group_id: str
    source: str
    url: str
    title: str
    first_seen: datetime
    source_id: str = ""
    summary: str = ""
    text: str = ""
    lang: str | None = None
    funder: str | None = None
    kind: Kind = "call_for_projects"
    published: date | None = None
    opens: date | None = None
    # aware, as the source gave it (Brussels time); the end of that day when no time is stated
    deadline: datetime | None = None
    deadline_text: str | None = None
    deadline_has_time: bool = False  # a time of day was stated; else it is shown as a date
    deadline_kind: DeadlineKind = "none"
    budget_amount: float | None = None
    budget_currency: str | None = None
    duration_months: int | None = None  # how long the funded projects last
    results_based: bool = False  # the call pays for results reached
    cofinancing: bool = False  # applicants must bring part of the cost...
    own_share: float | None = None  # ...this part of it (0.2 = 20 %), when stated
    eligible: list[Applicant] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    alternates: list[str] = field(default_factory=list)  # the same page in other languages
    publics: list[Public] = field(default_factory=list)  # whom it is for, as its text says
    named_regions: list[Region] = field(default_factory=list)  # regions its text names
    status: Status = "unknown"
    relevant: bool = False
    is_call: bool = False
    known_call: bool = False
    topics: list[str] = field(default_factory=list)
    score: float = 0.0
    matches: list[Evidence] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    uncertain: bool = False  # close to the classifier's line: shown or marked "to check"
    doubts: list[DoubtRecord] = field(default_factory=list)
    last_seen: datetime | None = None
    last_changed: datetime | None = None
    group_reason: str | None = None

    @property
    def shown(self) -> bool:
        """Flagged relevant, or near enough to the line to be shown "to check"."""
        return self.relevant or self.uncertain

    @property
    def to_check(self) -> bool:
        """Not flagged, but shown for members to say whether it is relevant."""
        return self.uncertain and not self.relevant

    @property
    def candidate_topics(self) -> list[str]:
        """Its topics; for a call "to check", the subjects the classifier weighed near its
        line, else those it found evidence of (what a subscription's topics compare)."""
        if self.topics or not self.uncertain:
            return self.topics
        near = [d["name"] for d in self.doubts if d["test"] == "subject"]
        return near or [t for t in TOPICS if any(m.get("topic") == t for m in self.matches)]

    @cached_property
    def folded_text(self) -> str:
        """Title, summary and text folded once per call (a digest tests it for every member)."""
        return fold(" ".join((self.title, self.summary, self.text)))
