"""Status labels shown beside a call ("Clôturé", "Afgesloten", "En cours", "Bientôt"…).

Listings mark each row or tile with a badge, a tag or a "Statut" column; call pages often
repeat it in a field. Such a label is read only when it is the whole text of a short element
(`label_status`), never inside a sentence ("le projet en cours de réalisation").

>>> label_status("Clôturé"), label_status(" À venir "), label_status("Statut : en cours")
('closed', 'forthcoming', 'open')
>>> label_status("Appel à projets en cours de préparation") is None
True
>>> with_label("forthcoming", "open", deadline_passed=False, dated=True)  # opens next month
'forthcoming'
>>> with_label("closed", "open", deadline_passed=True, dated=True)  # a stale "En cours"
'closed'
"""

from __future__ import annotations

import re

from veille.domain.text import fold
from veille.domain.vocabulary import STATUSES, Status

# folded, punctuation-free labels -> status (FR, NL, EN, DE)
_LABELS: dict[Status, tuple[str, ...]] = {
    "open": (
        "en cours",
        "ouvert",
        "ouverte",
        "appel ouvert",
        "appel en cours",
        "candidatures ouvertes",
        "lopend",
        "lopende oproep",
        "geopend",
        "nu open",
        "open",
        "open for applications",
        "open for submission",
        "laufend",
        "offen",
        "geoffnet",
        "aufruf offen",
    ),
    "forthcoming": (
        "a venir",
        "bientot",
        "prochainement",
        "binnenkort",
        "gepland",
        "verwacht",
        "komt eraan",
        "upcoming",
        "forthcoming",
        "coming soon",
        "demnachst",
        "in kurze",
        "geplant",
        "bald",
    ),
    "closed": (
        "cloture",
        "cloturee",
        "clos",
        "close",
        "ferme",
        "fermee",
        "termine",
        "terminee",
        "expire",
        "appel cloture",
        "afgesloten",
        "gesloten",
        "afgelopen",
        "verlopen",
        "closed",
        "expired",
        "abgeschlossen",
        "beendet",
        "geschlossen",
        "abgelaufen",
    ),
    "permanent": (
        "permanent",
        "appel permanent",
        "doorlopend",
        "doorlopende oproep",
        "permanente oproep",
        "rolling",
        "always open",
        "standig",
        "fortlaufend",
    ),
}
LABELS: dict[str, Status] = {
    label: status for status, labels in _LABELS.items() for label in labels
}
# "Statut : Clôturé", "Status: Afgesloten": a status field written as one line
_FIELD = re.compile(r"^(?:statut|etat|status|stand|zustand)\s*:\s*")
_PUNCTUATION = re.compile(r"[^\w\s]+")
MAX_LABEL_CHARS = 40


def label_status(text: str) -> Status | None:
    """The status a short label states, or None when it is not a status label."""
    if not text or len(text) > MAX_LABEL_CHARS + 12:
        return None
    folded = _FIELD.sub("", fold(text).strip())
    key = " ".join(_PUNCTUATION.sub(" ", folded).split())
    return LABELS.get(key)


def as_status(value: str | None) -> Status | None:
    """`value` when it is one of the statuses, else None (a spider's label, checked)."""
    return next((status for status in STATUSES if status == value), None)


def with_label(
    computed: Status, label: str | None, *, deadline_passed: bool, dated: bool
) -> Status:
    """The status from dates and wording (`computed`), set or confirmed by a label.

    The label wins, except that a passed deadline always means closed (a label left
    "En cours" after the deadline is stale), that "permanent" never hides a deadline, and
    that a loose "open" ("Lopend", "En cours": the current round) neither hides an opening
    date still to come nor makes a permanent call dated.
    """
    stated = as_status(label)
    if stated is None or stated == computed:
        return computed
    if deadline_passed:
        return "closed"
    if stated == "permanent" and dated:
        return computed
    if stated == "open" and computed in ("permanent", "forthcoming"):
        return computed
    return stated
