"""When a call is gone from its source: one rule for every source type (framework-free).

A crawl says what it saw of its source (a `Sighting`): the calls it stored, the known call
pages that answered 404 or 410, whether the crawl was complete (it ended by itself, met no
error, and read everything its source lists: no page limit reached) and whether its source
type lists every call it has (`absence_counts`): listings, sitemaps, pages of sections and
search APIs do; feeds, which carry only their latest items, do not: a call rolling off a
feed is not a removal.

- A failed or partial crawl withdraws nothing (a site down or broken is a health problem).
- A call whose page answers 404 or 410 is withdrawn ("not_found").
- A call no complete crawl saw `needed` times in a row is withdrawn ("unlisted"), when its
  source type lists everything.
- Only calls still open are withdrawn: one past its deadline is closed, not gone.
- A complete crawl that would withdraw more than half of its source's open calls (and at
  least `MASS_WITHDRAWAL` of them) withdraws none and says why: a redesign that hides a
  list is not a clear-out. Storage keeps counting; a person looks at the source.
- A call seen again is open again (its status is computed afresh when it is stored).

>>> known = [KnownCall("a", 0), KnownCall("b", 1)]
>>> seen = Sighting(seen=frozenset({"a"}), complete=True, absence_counts=True)
>>> judge(known, seen).withdraw
{'b': 'unlisted'}
>>> judge(known, Sighting(seen=frozenset({"a"}), complete=False, absence_counts=True)).withdraw
{}
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from veille.domain.vocabulary import WithdrawalReason

ABSENCES_NEEDED = 2  # complete crawls in a row without the call
MASS_WITHDRAWAL = 3


@dataclass(frozen=True)
class KnownCall:
    """An open call of the source, and how many complete crawls in a row did not see it."""

    id: str
    missed: int = 0


@dataclass(frozen=True)
class Sighting:
    seen: frozenset[str] = frozenset()  # ids of the calls the crawl stored
    not_found: frozenset[str] = frozenset()  # ids of known calls whose page answered 404/410
    complete: bool = False
    absence_counts: bool = False


@dataclass(frozen=True)
class PresenceVerdict:
    withdraw: dict[str, WithdrawalReason] = field(default_factory=dict)
    missed: dict[str, int] = field(default_factory=dict)  # new counts of the calls not seen
    held: str | None = None  # why nothing was withdrawn although the rules said so
    held_count: int = 0  # how many calls the rules would have withdrawn


def judge(
    known: Sequence[KnownCall], sighting: Sighting, needed: int = ABSENCES_NEEDED
) -> PresenceVerdict:
    """What one crawl makes of its source's open calls (`known`)."""
    if not sighting.complete:
        return PresenceVerdict()
    withdraw: dict[str, WithdrawalReason] = {}
    missed: dict[str, int] = {}
    for call in known:
        if call.id in sighting.not_found:
            withdraw[call.id] = "not_found"
        elif call.id not in sighting.seen and sighting.absence_counts:
            missed[call.id] = call.missed + 1
            if missed[call.id] >= needed:
                withdraw[call.id] = "unlisted"
    if len(withdraw) >= MASS_WITHDRAWAL and len(withdraw) * 2 > len(known):
        held = (
            f"no longer listed or found: {len(withdraw)} of its {len(known)} open calls; "
            "none withdrawn (has the site's layout changed?)"
        )
        return PresenceVerdict(missed=missed, held=held, held_count=len(withdraw))
    return PresenceVerdict(withdraw, missed)
