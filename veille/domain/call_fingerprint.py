"""What tells one call from another, read once from its page.

Two pages of one call share facts that survive translation and rewriting: the official
codes ("AP 2/2026-50+", "ESF-2026-SE-WISE"), the numbered part of a programme ("Oproep 88",
"Lot 3", "5e appel"), the edition ("2027-2029"), the numbers the text states (amounts,
dates) and what kind of page it is (the call, its results, its information session).
Dedup compares fingerprints; storage keeps each call's fingerprint, so a known call's
text is never read again.

>>> fp = fingerprint("Oproep 84 – Duurzame loopbanen 2026-2028",
...                  "Budget: 6.000.000 euro. Referentie: ESF-2026-LOOP. Tot 29 mei 2026.")
>>> sorted(fp.codes), sorted(fp.parts), sorted(fp.editions), fp.page_kind
(['ESF-2026-LOOP'], ['call:84'], ['2026-2028'], 'call')
>>> sorted(fp.numbers)
['a:6000000', 'd:2026-05-29', 'n:84']
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from veille.domain.dates import DateMention, find_dates
from veille.domain.facts import find_amounts
from veille.domain.text import fold

# --- official codes ---------------------------------------------------------------------

# Codes are written in capitals with at least two separators and a digit:
# ESF-2026-SOCINNOV-YOUTH, VDAB-2026-TB-017, FOREM/2026/MP/042, BF-VDAB/2026/01, and the
# Brussels "AP 2/2026-50+" (a short prefix, a space, then the numbered part).
_CODE = re.compile(
    r"(?<![\w/.-])(?:[A-Z]{1,5} )?[A-Z0-9][A-Z0-9+]*(?:[-/][A-Z0-9][A-Z0-9+]*){2,}(?![\w/-])"
)
_HAS_DIGIT = re.compile(r"\d")
_HAS_LETTER = re.compile(r"[A-Z]")
# Codes inside URLs and file names (…/topic-details/ESF-2026-SOCINNOV-YOUTH, bestek-VDAB-…).
_CODE_IN_PATH = re.compile(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+){2,}")


def _is_code(text: str) -> bool:
    core = text.split(" ", 1)[-1]
    return bool(_HAS_DIGIT.search(core) and _HAS_LETTER.search(text)) and len(text) >= 6


def canonical_code(code: str) -> str:
    """One spelling per code: "BF-VDAB/2026/01" = "BF-VDAB-2026-01", "AP 2/2026" = "AP-2-2026".

    >>> canonical_code("FOREM/2026/MP/042")
    'FOREM-2026-MP-042'
    """
    return re.sub(r"[ /]", "-", code)


def code_family(code: str) -> str:
    """The numbering scheme a code belongs to: its first part ("AP", "ESF", "VDAB")."""
    return code.split("-", 1)[0]


def _codes(title: str, text: str, paths: Iterable[str]) -> frozenset[str]:
    """The page's own codes: those in its title, URL or file names, and, per numbering
    scheme, the one its text cites (a text citing several codes of a scheme is about
    none of them in particular: an info day, a list of topics)."""
    own = {canonical_code(c) for c in _CODE.findall(title) if _is_code(c)}
    for path in paths:
        own |= {c for c in _CODE_IN_PATH.findall(path) if _is_code(c)}
    cited: dict[str, set[str]] = {}
    for code in _CODE.findall(text):
        if _is_code(code):
            code = canonical_code(code)
            cited.setdefault(code_family(code), set()).add(code)
    for family, codes in cited.items():
        if len(codes) == 1 and not any(code_family(c) == family for c in own):
            own |= codes
    return frozenset(own)


# --- numbered parts of a programme (in the title) ---------------------------------------

# Words naming a numbered part, by family, in French, Dutch, English and German (folded).
_PART_WORDS: dict[str, str] = {
    "call": r"appels?|oproep|projectoproep|call|calls|aufruf|projektaufruf|foerderaufruf",
    "lot": r"lots?|percelen|perceel|los",
    "axis": r"axe|as|achse|axis",
    "objective": r"objectif|doelstelling|objective|ziel",
    "priority": r"priorite|prioriteit|priority|prioritat",
    "measure": r"mesure|maatregel|measure|massnahme",
    "round": r"vague|golf|wave|welle|ronde|round|tijdvak|aanvraagtijdvak|aanvraagronde",
    "strand": r"volet|luik|strand",
}
_ORDINAL_WORDS = {
    "premier": 1, "premiere": 1, "eerste": 1, "first": 1, "erste": 1, "erster": 1,
    "deuxieme": 2, "second": 2, "seconde": 2, "tweede": 2, "zweite": 2, "zweiter": 2,
    "troisieme": 3, "derde": 3, "third": 3, "dritte": 3, "dritter": 3,
    "quatrieme": 4, "vierde": 4, "fourth": 4, "vierte": 4, "vierter": 4,
    "cinquieme": 5, "vijfde": 5, "fifth": 5, "funfte": 5, "fuenfte": 5,
    "sixieme": 6, "zesde": 6, "sixth": 6, "sechste": 6,
}  # fmt: skip
_PART_AFTER = {
    family: re.compile(
        rf"\b(?:{words})\s+(?:n[°o]\.?\s*|nr\.?\s*|specifique\s+|specifieke\s+)?"
        r"(\d{1,3})(?![\d/.,]\d|\d)"
    )
    for family, words in _PART_WORDS.items()
}
_PART_BEFORE = {
    family: re.compile(
        rf"(?<![\d/.])\b(\d{{1,2}})\s*(?:e|eme|er|re|de|ste|st|nd|rd|th|\.)\s+"
        rf"(?:[a-z]+\s+)?(?:{words})\b"
    )
    for family, words in _PART_WORDS.items()
}
_ORDINAL_BEFORE = {
    family: re.compile(rf"\b({'|'.join(_ORDINAL_WORDS)})\s+(?:[a-z]+\s+)?(?:{words})\b")
    for family, words in _PART_WORDS.items()
}


_NUMBERED = re.compile(r"(?:\bn°|\bno\.|\bnr\.?|\bnumero)\s*(\d{1,4})\b")


def _parts(title: str) -> frozenset[str]:
    """Numbered parts named in the title: "call:88", "lot:3", "axis:1" ("n° 65": a call)."""
    folded = fold(title).replace("-", " ")
    found: set[str] = {f"call:{int(n)}" for n in _NUMBERED.findall(folded)}
    for family in _PART_WORDS:
        for pattern in (_PART_AFTER[family], _PART_BEFORE[family]):
            found |= {f"{family}:{int(n)}" for n in pattern.findall(folded)}
        found |= {f"{family}:{_ORDINAL_WORDS[w]}" for w in _ORDINAL_BEFORE[family].findall(folded)}
    return frozenset(found)


# --- edition: the years in the title -----------------------------------------------------

_PERIOD = re.compile(r"(?<![\d/-])((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d|\d\d)(?![\d/-])")
_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/-])")


def _editions(title: str) -> frozenset[str]:
    """Periods ("2027-2029") and lone years ("2026") of the title, outside codes."""
    text = _CODE.sub(" ", title)
    found: set[str] = set()
    for start, end in _PERIOD.findall(text):
        end = end if len(end) == 4 else start[:2] + end
        found.add(f"{start}-{end}")
    text = _PERIOD.sub(" ", text)
    found |= set(_YEAR.findall(text))
    return frozenset(found)


def editions_conflict(left: frozenset[str], right: frozenset[str]) -> bool:
    """Whether two titles name different editions ("2024-2026" and "2027-2029").

    >>> editions_conflict(frozenset({"2026"}), frozenset({"2026-2027"}))
    False
    >>> editions_conflict(frozenset({"2025-2026"}), frozenset({"2026-2027"}))
    True
    """
    if not left or not right:
        return False
    periods = [{e for e in side if "-" in e} for side in (left, right)]
    years = [{e for e in side if "-" not in e} for side in (left, right)]
    if periods[0] and periods[1] and not periods[0] & periods[1]:
        return True
    if years[0] and years[1] and not years[0] & years[1]:
        return True
    for lone, other in ((years[0], periods[1]), (years[1], periods[0])):
        if lone and other and not (periods[0] and periods[1]):
            covered = {str(y) for p in other for y in range(int(p[:4]), int(p[5:]) + 1)}
            if not lone & covered and not (years[0] and years[1]):
                return True
    return False


# --- what kind of page -------------------------------------------------------------------

# Pages about a call that are not the call (folded title words).
_PAGE_KINDS: dict[str, re.Pattern[str]] = {
    "results": re.compile(
        r"laureat|\bresultats? de l'appel|: resultats|^resultats?\b"
        r"|projets (?:retenus|selectionnes)|\bresultaten\b|laureaten|geselecteerd"
        r"|goedgekeurde projecten|\bwinners\b|grantees"
        r"|selected projects|projects selected|\bresults of\b|ergebnisse|preistrager"
        r"|geforderte projekte"
    ),
    "event": re.compile(
        r"seance d'information|session d'information|\binfosessie|\binfosession|info ?day"
        r"|\binfodag|\bwebinar|information session|infoveranstaltung|informationsveranstaltung"
        r"|\binfoabend|\binfomoment|journee d'information"
    ),
    "job": re.compile(
        r"offre d'emploi|\bvacature|job offer|\bvacancy|stellenangebot|stellenausschreibung"
        r"|\brecrute\b|\(h/f/x\)|\(m/v/x\)|\(m/w/d\)"
    ),
    "award": re.compile(
        r"avis d'attribution|award notice|gunningsbericht|gegunde opdracht|contract award"
        r"|vergabebekanntmachung"
    ),
    "question": re.compile(
        r"question (?:ecrite|orale|parlementaire)|schriftelijke vraag|parlementaire vraag"
        r"|parliamentary question|kleine anfrage"
    ),
}


def page_kind(title: str) -> str:
    """call, or what the page is about the call: results, event, job, award, question."""
    folded = fold(title)
    return next((kind for kind, cue in _PAGE_KINDS.items() if cue.search(folded)), "call")


# --- numbers the text states ------------------------------------------------------------

_TIME = re.compile(r"\b\d{1,2}\s*[h:u.]\s*\d\d\b")
_INTEGER = re.compile(r"(?<![\d.,])\d+(?![\d])")


def _numbers(text: str, dates: Sequence[DateMention]) -> frozenset[str]:
    """Dates ("d:2026-09-30"), amounts ("a:1800000") and other numbers ("n:50") the text
    states, written the same whatever the language ("30 septembre" = "30 september");
    `dates` are the text's date mentions."""
    found: set[str] = set()
    spans: list[tuple[int, int]] = []
    for mention in dates:
        if mention.date is not None:
            found.add(f"d:{mention.date.isoformat()}")
        if mention.range_start is not None:
            found.add(f"d:{mention.range_start.isoformat()}")
        spans.append((mention.start, mention.end))
    for amount in find_amounts(text):
        if amount.amount >= 100:  # "1,2 million", "1.200.000 euros", "EUR 1 200 000"
            found.add(f"a:{int(amount.amount)}")
            spans.append((amount.start, amount.end))
    rest = list(text)
    for start, end in spans:
        rest[start:end] = " " * (end - start)
    remaining = _TIME.sub(" ", "".join(rest))
    for number in _INTEGER.findall(remaining):
        value = int(number)
        if not 1900 <= value <= 2099:  # lone years name the edition, not the call
            found.add(f"n:{value}")
    return frozenset(found)


# --- an extended deadline ---------------------------------------------------------------

_EXTENSION = re.compile(
    r"prolong|\breport[ee]|verleng|uitgesteld|extended|extension|postponed|verlangert|verschoben"
)


def says_extended(text: str) -> bool:
    """Whether a title or summary says the deadline was extended.

    >>> says_extended("Prolongation : appel à projets 2026"), says_extended("Appel 2026")
    (True, False)
    """
    return bool(_EXTENSION.search(fold(text)))


# --- words and names ---------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")
SUMMARY_READ = 500  # the summary's first sentences say what the call is


def _summary_words(summary: str) -> frozenset[str]:
    """The summary's words (folded, 3 letters or more): a relay restates the call's name."""
    return frozenset(w for w in _WORD.findall(fold(summary[:SUMMARY_READ])) if len(w) >= 3)


def _names(text: str) -> frozenset[str]:
    """Capitalised words inside sentences ("Haren", "Neder-Over-Heembeek", "Interreg"):
    names survive translation where the other words do not."""
    found: set[str] = set()
    for match in _WORD.finditer(text):
        word = match.group()
        if len(word) < 4 or not word[0].isupper():
            continue
        before = text[max(0, match.start() - 6) : match.start()].rstrip(" \t«\"“('‘-")
        if (match.start() < 6 and not before) or before[-1:] in (".", "!", "?", ":", ";", "\n"):
            continue  # the first word of a sentence is capitalised anyway
        found.add(fold(word))
        if len(found) >= 60:
            break
    return frozenset(found)


# --- the fingerprint --------------------------------------------------------------------


@dataclass(frozen=True)
class Fingerprint:
    """What dedup compares of a call besides its stored fields."""

    codes: frozenset[str] = frozenset()  # official codes and references
    parts: frozenset[str] = frozenset()  # numbered parts in the title ("lot:3")
    editions: frozenset[str] = frozenset()  # years and periods in the title
    numbers: frozenset[str] = frozenset()  # dates, amounts and numbers the text states
    page_kind: str = "call"
    words: frozenset[str] = frozenset()  # the summary's words
    names: frozenset[str] = frozenset()  # capitalised words of the summary and text
    extended: bool = False  # the title or summary says the deadline was extended

    def to_dict(self) -> dict[str, Any]:
        return {
            "codes": sorted(self.codes),
            "parts": sorted(self.parts),
            "editions": sorted(self.editions),
            "numbers": sorted(self.numbers),
            "page_kind": self.page_kind,
            "words": sorted(self.words),
            "names": sorted(self.names),
            "extended": self.extended,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Fingerprint:
        return cls(
            codes=frozenset(data.get("codes", ())),
            parts=frozenset(data.get("parts", ())),
            editions=frozenset(data.get("editions", ())),
            numbers=frozenset(data.get("numbers", ())),
            page_kind=str(data.get("page_kind", "call")),
            words=frozenset(data.get("words", ())),
            names=frozenset(data.get("names", ())),
            extended=bool(data.get("extended", False)),
        )


TEXT_READ = 3000  # characters of the summary and text read: a call's facts come first


def stated_text(title: str, summary: str = "", text: str = "") -> str:
    """What a fingerprint reads of a page: its title, then the first TEXT_READ characters of
    its summary and text (a call's facts come first)."""
    return f"{title}\n{summary}\n{text}"[: len(title) + 1 + TEXT_READ]


def fingerprint(
    title: str,
    text: str = "",
    paths: Iterable[str] = (),
    summary: str = "",
    *,
    reference: dt.date | None = None,
    dates: Sequence[DateMention] | None = None,
) -> Fingerprint:
    """The fingerprint of a page: `text` is its summary and text, `paths` its URL and
    source id (attachments' names are compared apart: they carry prefixes and suffixes).

    Its dates are `dates`, the mentions of `stated_text()` when the caller has read them
    (normalize reads a page's dates once), else read here; `reference` resolves the dates
    written without a year, as for the deadline (the publication date, else the day the
    page was read).
    """
    read = stated_text(title, summary, text)
    body = read[len(title) + 1 :]
    return Fingerprint(
        codes=_codes(title, body, paths),
        parts=_parts(title),
        editions=_editions(title),
        numbers=_numbers(read, find_dates(read, reference) if dates is None else dates),
        page_kind=page_kind(title),
        words=_summary_words(summary),
        names=_names(body),
        extended=says_extended(f"{title}\n{summary[:SUMMARY_READ]}"),
    )
