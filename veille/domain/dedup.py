"""One record per call: is a newly found page the same call as one already known?

The same call is published on several sites (an FSE+ call on the agency's site, on
wallonie.be, in a federation's news) and in several languages (the FR and NL pages
of a Brussels call, the EN and FR pages of an EU call). Evidence, strongest first:
a shared official identifier, pages that name each other as translations, or the
same deadline with a similar title (same language) or with the same funder and the
same numbers in the title (across languages).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from veille.domain.text import STOPWORDS, fold

# EU topic identifiers survive translation: ESF-2027-SOCINNOV-LABOUR, HORIZON-CL5-2024-D2-01-03.
# (Programme codes such as CCI numbers are shared by every call of a programme: not used.)
EU_IDENTIFIER = re.compile(r"\b[A-Z][A-Z0-9]{1,11}(?:-[A-Z0-9]{1,12}){2,}\b")
# Numbered calls ("Oproep 65", "appel n° 65") are unique per funder; years are not numbers.
NUMBERED_CALL = re.compile(r"\b(?:oproep|appel|call|aufruf)\s*(?:n[o°r]?\.?\s*)?(\d{2,3})\b")
# Words that every call title shares and that say nothing about which call it is.
GENERIC_WORDS = frozenset(
    [
        "appel",
        "appels",
        "projet",
        "projets",
        "oproep",
        "oproepen",
        "projectoproep",
        "call",
        "calls",
        "proposals",
        "proposal",
        "aufruf",
        "projektaufruf",
        "exemple",
        "example",
        "voorbeeld",
        "beispiel",
        "ami",
        "manifestation",
        "interet",
    ]
)
# Share of title words two pages of one call have in common (same language, same deadline).
# 0.6 keeps "Insertion des jeunes 2027" and "Insertion des femmes 2027" apart.
TITLE_SIMILARITY = 0.6
IGNORED_TITLE_WORDS = GENERIC_WORDS.union(*STOPWORDS.values())


@dataclass(frozen=True)
class CallKey:
    """What dedup looks at in a call."""

    id: str
    source: str
    source_id: str
    url: str
    title: str
    lang: str | None
    funder: str | None
    deadline: str | None  # ISO datetime or None
    text: str = ""
    alternates: frozenset[str] = field(default_factory=frozenset)
    attachments: frozenset[str] = field(default_factory=frozenset)
    budget: float | None = None
    ids: frozenset[str] | None = None  # its identifiers, when already known (text not needed)


def identifiers(key: CallKey) -> set[str]:
    """Official identifiers found in the title and text (funder-scoped for call numbers)."""
    if key.ids is not None:
        return set(key.ids)
    found = set(EU_IDENTIFIER.findall(key.source_id)) | set(EU_IDENTIFIER.findall(key.title))
    mentioned = set(EU_IDENTIFIER.findall(key.text))
    if len(mentioned) == 1:  # a page citing several topics is about none of them in particular
        found |= mentioned
    funder = fold(key.funder or "")
    if funder:
        for number in NUMBERED_CALL.findall(fold(key.title)):
            found.add(f"{funder}#{number}")
    return {identifier for identifier in found if not identifier.isdigit()}


@lru_cache(maxsize=4096)  # a new call's title is compared with up to hundreds of candidates
def title_words(title: str) -> frozenset[str]:
    words = set(re.findall(r"[^\W_]+", fold(title)))
    # years and numbers say which edition, not which call: they are compared apart
    return frozenset(
        w for w in words if len(w) > 2 and not w.isdigit() and w not in IGNORED_TITLE_WORDS
    )


def title_numbers(title: str) -> set[str]:
    """Numbers that tell one call from another: a lone year does not (most titles have one),
    a period ("2025-2028") or a call number does."""
    numbers = set(re.findall(r"\d{2,}", title))
    years = {n for n in numbers if len(n) == 4 and n[:2] in ("19", "20")}
    return numbers if numbers - years or len(years) >= 2 else set()


def similarity(left: frozenset[str], right: frozenset[str]) -> float:
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def same_call(new: CallKey, known: CallKey) -> str | None:
    """Why `new` is the same call as `known`, or None when nothing says so."""
    shared = identifiers(new) & identifiers(known)
    if shared:
        return f"same identifier {sorted(shared)[0]}"
    if new.source == known.source:
        return None  # a source's distinct items are distinct calls (one page may hold several)
    if new.url == known.url:
        return "the same page, found by two sources"
    if new.url in known.alternates or known.url in new.alternates:
        return "the pages name each other as translations"
    if not new.deadline or not known.deadline or new.deadline[:10] != known.deadline[:10]:
        return None
    if new.lang == known.lang or not new.lang or not known.lang:
        score = similarity(title_words(new.title), title_words(known.title))
        if score >= TITLE_SIMILARITY:
            return f"same deadline and similar titles ({score:.2f})"
        return None
    same_funder = fold(new.funder or "") == fold(known.funder or "") != ""
    if not same_funder or new.deadline != known.deadline:
        return None
    # Across languages titles differ: the same hour and funder, plus one more shared fact.
    numbers = title_numbers(new.title)
    if numbers and numbers == title_numbers(known.title):
        return "same funder, deadline and numbers in the title, in another language"
    if new.budget is not None and new.budget == known.budget:
        return "same funder, deadline and budget, in another language"
    shared_files = {_file_stem(a) for a in new.attachments} & {
        _file_stem(a) for a in known.attachments
    }
    if shared_files - {""}:
        return "same funder, deadline and documents, in another language"
    return None


def _file_stem(url: str) -> str:
    """The attachment's file name without extension or language suffix (-fr, _nl)."""
    name = url.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
    return re.sub(r"[-_](fr|nl|en|de)$", "", name)
