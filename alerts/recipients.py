"""Who receives what, beyond members: administrators and the coalition room.

Their pseudo member ids (from `veille.config.channels`) start with "_", which a member id
(a slug) never does.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from veille.config.channels import ADMIN, COALITION, COALITION_CHANNEL
from veille.config.loader import VeilleConfig
from veille.config.schema import Member
from veille.domain.filters import call_matches_filter

__all__ = ["ADMIN", "COALITION", "COALITION_CHANNEL", "followers", "follows"]


def follows(
    member: Member,
    call: dict[str, Any],
    now: datetime,
    marked: set[str],
    declined: set[str] = frozenset(),  # type: ignore[assignment]
) -> bool:
    """A member follows a call it marked, or one any of its subscriptions matches, unless it
    marked the call "not for us"."""
    if member.id in declined:
        return False
    if member.id in marked:
        return True
    return any(call_matches_filter(call, s.filters, now) for s in member.subscriptions)


def followers(
    config: VeilleConfig, call: dict[str, Any], now: datetime, marks: dict[str, set[str]]
) -> list[str]:
    marked = marks.get(call["id"], set())
    return [m.name for m in config.members if follows(m, call, now, marked)]
