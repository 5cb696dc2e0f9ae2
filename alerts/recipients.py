"""Who receives what, beyond members: administrators and the coalition room.

Their pseudo member ids (from `veille.config.channels`) start with "_", which a member id
(a slug) never does.
"""

from __future__ import annotations

from collections.abc import Set
from datetime import datetime

from veille.config.channels import ADMIN, COALITION, COALITION_CHANNEL
from veille.config.loader import VeilleConfig
from veille.config.schema import Member
from veille.domain.filters import call_matches_filter
from veille.domain.stored_call import StoredCall

__all__ = ["ADMIN", "COALITION", "COALITION_CHANNEL", "followers", "follows"]


def follows(
    member: Member,
    call: StoredCall,
    now: datetime,
    marked: Set[str],
    declined: Set[str] = frozenset(),
) -> bool:
    """A member follows a call it marked, or one any of its subscriptions matches, unless it
    marked the call "not for us"."""
    if member.id in declined:
        return False
    if member.id in marked:
        return True
    return any(call_matches_filter(call, s.filters, now) for s in member.subscriptions)


def followers(
    config: VeilleConfig, call: StoredCall, now: datetime, marks: dict[str, set[str]]
) -> list[str]:
    """The names of the members who follow `call`."""
    marked = marks.get(call.id, set())
    return [m.name for m in config.members if follows(m, call, now, marked)]
