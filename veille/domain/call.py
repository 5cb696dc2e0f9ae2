"""The Call record: one call for projects, whatever source it came from."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from veille.domain.call_fingerprint import Fingerprint
from veille.domain.vocabulary import Applicant, DeadlineKind, Kind, Public, Region, Status

BRUSSELS = ZoneInfo("Europe/Brussels")

JSON_FIELDS = (
    "eligible",
    "regions",
    "attachments",
    "alternates",
    "topics",
    "matches",
    "reasons",
    "publics",
    "named_regions",
    "doubts",
)

# Fields whose change is worth recording (and may be worth an alert).
TRACKED_FIELDS = (
    "title",
    "summary",
    "deadline",
    "opens",
    "status",
    "attachments",
    "budget_amount",
    "url",
)


@dataclass
class Call:
    """A call as normalised from any source.

    >>> Call(source="cocof", source_id="12345", url="https://ccf.brussels/x/", title="AAP").id
    'cocof-8cb2237d0679ca88'
    """

    source: str
    source_id: str
    url: str
    title: str
    summary: str = ""
    text: str = ""
    lang: str | None = None
    funder: str | None = None
    kind: Kind = "call_for_projects"
    published: date | None = None
    opens: date | None = None
    # aware, Europe/Brussels; the end of that day when no time is stated (for order, reminders)
    deadline: datetime | None = None
    deadline_text: str | None = None
    # a time of day was stated (else shown as a date); by default, a time other than 23:59
    deadline_has_time: bool | None = None
    # deadline | recurring | permanent | none; by default, from the deadline and the status
    deadline_kind: DeadlineKind | None = None
    budget_amount: float | None = None
    budget_currency: str | None = None
    # what the observatory counts (veille.domain.facts): how long projects last, whether the
    # call pays for results, whether applicants must bring part of the cost (and how much)
    duration_months: int | None = None
    results_based: bool = False
    cofinancing: bool = False
    own_share: float | None = None
    eligible: list[Applicant] = field(default_factory=list)
    regions: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    alternates: list[str] = field(default_factory=list)  # the same page in other languages
    publics: list[Public] = field(default_factory=list)  # whom it is for, as its text says
    named_regions: list[Region] = field(default_factory=list)  # regions its text names
    status: Status = "unknown"
    relevant: bool = False
    is_call: bool = False
    known_call: bool = False  # its source publishes only calls (grant and tender APIs)
    topics: list[str] = field(default_factory=list)
    score: float = 0.0
    matches: list[dict[str, Any]] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    uncertain: bool = False  # close to the classifier's decision line: "to check"
    doubts: list[dict[str, Any]] = field(default_factory=list)  # the tests it nearly missed
    # what tells it from other calls (dedup), read by normalize from the page's one reading
    # of its dates; storage reads it when a call comes without one
    fingerprint: Fingerprint | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.deadline_has_time is None:
            moment = self.deadline
            self.deadline_has_time = moment is not None and (moment.hour, moment.minute) != (23, 59)
        if self.deadline_kind is None:
            if self.deadline is not None:
                self.deadline_kind = "deadline"
            elif self.status == "permanent":
                self.deadline_kind = "permanent"
            else:
                self.deadline_kind = "none"

    @property
    def id(self) -> str:
        """Stable id: the source name plus a short hash of the source's own id."""
        digest = hashlib.sha1(self.source_id.encode("utf-8")).hexdigest()[:16]
        return f"{self.source}-{digest}"

    @property
    def content_hash(self) -> str:
        """Hash of what a reader sees; a change of it means the call changed."""
        visible = {name: getattr(self, name) for name in (*TRACKED_FIELDS, "text")}
        payload = json.dumps(visible, default=str, sort_keys=True, ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def to_row(self) -> dict[str, Any]:
        """Flatten to a storage row (dates as ISO strings, lists as JSON)."""
        row = asdict(self)
        del row["fingerprint"]  # stored by CallStore, as JSON
        for name in ("published", "opens", "deadline"):
            value = row[name]
            row[name] = value.isoformat() if value else None
        for name in JSON_FIELDS:
            row[name] = json.dumps(row[name], ensure_ascii=False)
        row["relevant"] = int(self.relevant)
        row["is_call"] = int(self.is_call)
        row["known_call"] = int(self.known_call)
        row["uncertain"] = int(self.uncertain)
        row["deadline_has_time"] = int(bool(self.deadline_has_time))
        row["results_based"] = int(self.results_based)
        row["cofinancing"] = int(self.cofinancing)

        row["id"] = self.id
        row["content_hash"] = self.content_hash
        return row


def days_left(deadline: datetime | None, now: datetime) -> int | None:
    """Whole days from `now` to the deadline, in Brussels calendar days."""
    if deadline is None:
        return None
    return (deadline.astimezone(BRUSSELS).date() - now.astimezone(BRUSSELS).date()).days
