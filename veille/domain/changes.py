"""What counts as a change of a call, and which changes its followers are told about at once.

A call crawled again is compared with what is stored, field by field (`TRACKED_FIELDS`).
A field has changed only when a reader would see a difference:

- dates (deadline, opening) compare as moments and days: the same instant written with
  another offset is no change;
- the budget compares as an amount, to the euro;
- links (the call's address, its documents) compare canonical: a tracking parameter
  (utm_*, fbclid...), a TYPO3 cHash, a fragment or the host's case is no change;
- who may apply compares as a set of kinds of applicants;
- wording (title, summary) compares folded (case, accents, punctuation, whitespace), and a
  typo-sized edit is no change: at most two places, each at most two letters apart, no
  number changed ("formaton" -> "formation" is cosmetic, "jeunes" -> "adultes" is not).

The full text is not compared: what matters in it (deadline, budget, who may apply,
documents) is compared as those facts. A cosmetic edit is stored (the call shows the
latest wording) but recorded as no change, and sends nothing.

>>> same_wording("Appel à projets  « Insertion »", "appel a projets \\"insertion\\"")
True
>>> same_wording("Formaton des jeunes", "Formation des jeunes")
True
>>> same_wording("Formation des jeunes", "Formation des adultes")
False
>>> same_wording("Appel 2027", "Appel 2028")
False
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from veille.domain.call import TRACKED_FIELDS
from veille.domain.links import canonical_link
from veille.domain.stored_call import CallChange
from veille.domain.text import fold
from veille.domain.vocabulary import ENDED, ChangeKind

MAX_TYPO_PLACES = 2  # words (or runs of words) edited
MAX_TYPO_LETTERS = 2  # letters apart, in each place
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class FieldChange:
    """One tracked field that changed, with the values as stored (text, ISO, JSON lists)."""

    field: str
    old: Any
    new: Any


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance (insertions, deletions, substitutions).

    >>> edit_distance("formaton", "formation"), edit_distance("jeunes", "adultes")
    (1, 4)
    """
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(
                min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b))
            )
        previous = current
    return previous[-1]


def _words(text: str) -> list[str]:
    return _WORD.findall(fold(text or ""))


def same_wording(old: str | None, new: str | None) -> bool:
    """Whether two wordings differ only in ways no reader needs to hear about."""
    before, after = _words(old or ""), _words(new or "")
    if before == after:
        return True
    if _DIGITS.findall(" ".join(before)) != _DIGITS.findall(" ".join(after)):
        return False
    places = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, before, after).get_opcodes():
        if tag == "equal":
            continue
        places += 1
        # a word split or joined ("socio professionnelle") counts by its letters
        distance = edit_distance("".join(before[i1:i2]), "".join(after[j1:j2]))
        if places > MAX_TYPO_PLACES or distance > MAX_TYPO_LETTERS:
            return False
    return True


def _moment(value: Any) -> datetime | date | None:
    if value in (None, ""):
        return None
    text = str(value)
    try:
        return datetime.fromisoformat(text) if len(text) > 10 else date.fromisoformat(text)
    except ValueError:
        return None


def _listed(value: Any) -> list[str]:
    if isinstance(value, list):
        return [str(item) for item in value]
    try:
        decoded = json.loads(value or "[]")
    except (TypeError, ValueError):
        return []
    return [str(item) for item in decoded] if isinstance(decoded, list) else []


def _amount(value: Any) -> float | None:
    try:
        return None if value in (None, "") else float(value)
    except (TypeError, ValueError):
        return None


def same_value(name: str, old: Any, new: Any) -> bool:
    """Whether the tracked field `name` says the same thing in both (stored) values.

    >>> same_value("deadline", "2027-02-05T12:00:00+01:00", "2027-02-05T11:00:00+00:00")
    True
    >>> same_value("attachments", '["https://a.be/r.pdf"]', '["https://A.be/r.pdf?utm_source=x"]')
    True
    >>> same_value("budget_amount", 150000.0, "150000.4")
    True
    """
    if name in ("deadline", "opens"):
        return _moment(old) == _moment(new)
    if name == "budget_amount":
        before, after = _amount(old), _amount(new)
        if before is None or after is None:
            return before is after
        return abs(before - after) < 0.5
    if name == "attachments":
        return {canonical_link(u) for u in _listed(old)} == {
            canonical_link(u) for u in _listed(new)
        }
    if name == "eligible":
        return set(_listed(old)) == set(_listed(new))
    if name == "url":
        return canonical_link(str(old or "")) == canonical_link(str(new or ""))
    if name in ("title", "summary"):
        return same_wording(old, new)
    return bool(old == new)


def field_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[FieldChange]:
    """The tracked fields that changed from the stored row `old` to the row `new`."""
    return [
        FieldChange(name, old.get(name), new.get(name))
        for name in TRACKED_FIELDS
        if not same_value(name, old.get(name), new.get(name))
    ]


# --- what followers are told -------------------------------------------------------------


@dataclass(frozen=True)
class ChangeAlert:
    """A change of a call worth a message of its own to those who follow the call.

    `old` and `new` as stored; `added`: the documents added (canonical links).
    """

    kind: ChangeKind
    old: str | None
    new: str | None
    added: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        """The same change (seen on two pages of a call, or planned twice) has one key."""
        if self.kind == "documents":
            digest = hashlib.sha1("\n".join(sorted(self.added)).encode()).hexdigest()[:12]
            return f"documents:{digest}"
        return f"{self.kind}:{self.old or '-'}>{self.new or '-'}"


def change_alerts(changes: Sequence[CallChange]) -> list[ChangeAlert]:
    """The alerts the changes recorded by one crawl of a call make, in a fixed order.

    A deadline moved, documents added (a replaced document is a new link), the budget or
    who may apply changed, the call withdrawn or back after a withdrawal. Other changes
    (wording, status reached by the calendar, a document removed) are left to digests.

    >>> change_alerts([CallChange(call_id="c", changed_at="t", field="status", old="open",
    ...                           new="withdrawn")])[0].kind
    'withdrawn'
    """
    alerts: list[ChangeAlert] = []
    for change in changes:
        name, old, new = change["field"], change["old"], change["new"]
        if name == "deadline":
            alerts.append(ChangeAlert("deadline", old, new))
        elif name == "attachments":
            before = {canonical_link(u) for u in _listed(old)}
            added = tuple(
                u for u in dict.fromkeys(map(canonical_link, _listed(new))) if u not in before
            )
            if added:
                alerts.append(ChangeAlert("documents", old, new, added))
        elif name == "budget_amount":
            alerts.append(ChangeAlert("budget", old, new))
        elif name == "eligible":
            alerts.append(ChangeAlert("eligibility", old, new))
        elif name == "status" and new == "withdrawn":
            alerts.append(ChangeAlert("withdrawn", old, new))
        elif name == "status" and old == "withdrawn" and new not in ENDED:
            alerts.append(ChangeAlert("reopened", old, new))
    order = {"withdrawn": 0, "reopened": 1, "deadline": 2, "documents": 3, "budget": 4}
    return sorted(alerts, key=lambda alert: order.get(alert.kind, 5))
