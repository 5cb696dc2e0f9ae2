"""Where in its sentence a subject is said: in the call's purpose, or on the side?

"The call supports the insertion of jobseekers" says what the call is for. "Projects that
also create local jobs get a bonus" or "among others, a mentoring scheme" names one
criterion, one example or one possible effect among others: the same words count less there
(round 12). A purpose sentence ("aims at", "a pour objectif", "heeft als doel", "Ziel ist")
keeps them whole.

>>> side_place("Les projets qui créent des emplois locaux obtiennent un bonus.", 25)
"a criterion ('obtiennent un bonus')"
>>> side_place("Unterstützt werden u. a. Sprachcafés und ein Patenprogramm.", 40)
"an enumeration ('u. a.')"
>>> side_place("Le projet a pour objectif l'insertion, notamment des jeunes.", 27) is None
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from veille.domain.text import fold

# a selection criterion or a bonus: the subject anywhere in that sentence is one criterion
_CRITERION = re.compile(
    r"\b(?:sont encourages|est encourage|(?:obtiennent|recoivent) un bonus|points? bonus|"
    r"are encouraged|(?:get|receive) (?:a )?bonus|bonus points?|"
    r"worden aangemoedigd|(?:krijgen|ontvangen) (?:een )?(?:bonus|voorrang)|bonuspunten|"
    r"werden (?:besonders )?begrusst|erhalten (?:einen )?bonus|bonuspunkte)\b"
)
# an enumeration or an "also": the subject after it is one item among others. An example
# ("for example", "bijvoorbeeld", "z. B.") illustrates the purpose: it stays whole (round 13)
_ENUMERATION = re.compile(
    r"(?:\b(?:notamment|entre autres|among others|"
    r"onder meer|onder andere|unter anderem|darunter)\b|"
    r"\bu\. ?a\.|\bi\.a\.)"
)
# the purpose of the call: what it supports or aims at is never on the side
_PURPOSE = re.compile(
    r"\b(?:a pour (?:objectif|but)|vise a|visent a|"
    r"aims? (?:at|to)|the (?:aim|objective|purpose) (?:of|is)|"
    r"heeft als doel|(?:heeft|hebben) tot doel|beoogt|"
    r"ziel (?:ist|des|der)|zielt auf)\b"
)


# the words just before a document type that is one item of a list ("training or job offers")
_LISTED = re.compile(r"\b(?:or|and|ou|et|of|en|oder|und)\s+(?:\w+\s+)?$")


def listed(sentence: str, at: int) -> bool:
    """Are the words at offset `at` of `sentence` an item after "or", "and", "ou", "of"…?

    >>> listed("referral to training or job offers", 24)
    True
    >>> listed("This job offer is open", 5)
    False
    """
    return _LISTED.search(fold(sentence[max(0, at - 40) : at])) is not None


@dataclass(frozen=True, slots=True)
class SentenceMarks:
    """What a sentence says of all its words: read once for the subject words it holds."""

    folded: str | None  # None: it states the purpose, or folding moved its offsets
    criterion: str | None  # why its words are a criterion, when they are


def sentence_marks(sentence: str) -> SentenceMarks:
    folded = fold(sentence)
    if len(folded) != len(sentence) or _PURPOSE.search(folded):
        return SentenceMarks(None, None)
    if criterion := _CRITERION.search(folded):
        return SentenceMarks(folded, f"a criterion ('{criterion.group(0)}')")
    return SentenceMarks(folded, None)


def side_place(sentence: str, at: int, marks: SentenceMarks | None = None) -> str | None:
    """Why the words at offset `at` of `sentence` are on the side (None: they are not).

    `marks`: the sentence's `sentence_marks`, when another of its words read them."""
    if marks is None:
        marks = sentence_marks(sentence)
    if marks.folded is None or marks.criterion is not None:
        return marks.criterion
    for enumeration in _ENUMERATION.finditer(marks.folded, 0, at):
        return f"an enumeration ('{enumeration.group(0)}')"
    return None


__all__ = ["SentenceMarks", "listed", "sentence_marks", "side_place"]
