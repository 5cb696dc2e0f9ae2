"""What members say about calls, as everyone reads it: marks, notes, outcomes, and who sees them.

Storage makes these records (veille/storage/marks.py, notes.py); pages, the API, exports,
feeds and the activity digest show them. Each carries its member (the organisation), its
author (the person who signed in) and its date. `visible_to` is the one rule of privacy:
a private record is its member's alone.

>>> visible_to("private", owner="asbl-a", viewer="asbl-b"), visible_to("shared", "asbl-a", "")
(False, True)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from veille.domain.vocabulary import ApplicationOutcome, DeclineReason, Mark, Visibility

# The viewer who is no member: the coalition's room, which sees shared records only.
COALITION_VIEWER = ""


def visible_to(visibility: Visibility, owner: str, viewer: str) -> bool:
    """Whether `viewer` (a member id, or COALITION_VIEWER) may see a record of `owner`."""
    return visibility == "shared" or (bool(viewer) and owner == viewer)


@dataclass(frozen=True, kw_only=True)
class CallMark:
    """Where a member stands on a call now (one per member and group of duplicates)."""

    call_id: str  # the group's id
    member: str
    mark: Mark
    reason: DeclineReason | None = None  # why "not for us"
    comment: str = ""  # the member's words: why not, what it looks for in a partner…
    visibility: Visibility = "shared"
    author: str = ""  # who set it (an email address; "" for marks made before authors)
    updated: datetime


@dataclass(frozen=True, kw_only=True)
class MarkChange:
    """One change of a member's mark: set (or changed), or removed (`mark` None)."""

    call_id: str
    member: str
    mark: Mark | None
    reason: DeclineReason | None = None
    comment: str = ""
    visibility: Visibility = "shared"
    author: str = ""
    at: datetime


@dataclass(frozen=True, kw_only=True)
class OutcomeReport:
    """What became of a member's application, as reported on one day."""

    call_id: str
    member: str
    outcome: ApplicationOutcome
    amount: float | None = None
    note: str = ""
    visibility: Visibility = "shared"
    author: str = ""
    at: datetime


@dataclass(frozen=True, kw_only=True)
class NoteRevision:
    """One version of a note on a call: the coalition's shared note, or a member's own."""

    id: int
    call_id: str
    member: str  # the author's organisation (for a private note, its owner)
    text: str
    visibility: Visibility = "shared"
    author: str = ""
    at: datetime


# What the activity digest reports.
Action = MarkChange | OutcomeReport | NoteRevision
