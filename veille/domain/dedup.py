"""One record per call: is a newly found page the same call as one already known?

The same call is published on several sites (an FSE+ call on the agency's site, on
wallonie.be, in a federation's news) and in several languages (the FR and NL pages
of a Brussels call, the EN and FR pages of an EU call). Pages are compared in two steps:

1. What tells calls apart, whatever else they share: another numbered part ("Lot 3" and
   "Lot 4", "Oproep 88" and "Oproep 89"), another edition ("2024-2026" and "2027-2029"),
   another code of the same scheme ("AP 1/2026-NEET" and "AP 3/2026-PA"), another budget,
   or a page that is not the call but about it (its results, its information session, a
   job at the funder). Any of these keeps the pages apart.
2. What says they are one call: a shared official code; the same page found by two
   sources; or, on the same deadline day, enough shared facts (the budget, the numbers and
   dates the texts state, the funder, the site, the title's words or, across languages,
   its names and cognates, pages naming each other as translations, the same documents).
   A publisher titles its own call alike on its pages: two pages of one site in one
   language need similar titles. A later deadline is the same call when a page says the
   deadline was extended.

>>> from veille.domain.call_fingerprint import fingerprint
>>> fr = CallKey(id="fr", source="actiris", url="https://a.be/fr", lang="fr",
...     title="Appel à projets « Mentorat des jeunes NEET » 2027-2029", funder="Actiris",
...     deadline="2027-01-31T23:59:00+01:00", budget=None,
...     fingerprint=fingerprint("Appel à projets « Mentorat des jeunes NEET » 2027-2029",
...                             "Séance d'information le 8 décembre 2026."))
>>> nl = CallKey(id="nl", source="actiris", url="https://a.be/nl", lang="nl",
...     title="Projectoproep « Mentoring voor NEET-jongeren » 2027-2029", funder="Actiris",
...     deadline="2027-01-31T23:59:00+01:00", budget=None, alternates=frozenset({"https://a.be/fr"}),
...     fingerprint=fingerprint("Projectoproep « Mentoring voor NEET-jongeren » 2027-2029",
...                             "Infosessie op 8 december 2026."))
>>> same_call(nl, fr)
GroupReason(code='translations', detail='')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from urllib.parse import urlsplit

from veille.domain.call_fingerprint import Fingerprint, code_family, editions_conflict
from veille.domain.text import STOPWORDS, fold


# Words that every call title shares and that say nothing about which call it is.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


GENERIC_WORDS = _words(
    "appel appels projet projets oproep oproepen projectoproep projectoproepen call calls "
    "proposals proposal aufruf projektaufruf foerderaufruf forderaufruf exemple example "
    "voorbeeld beispiel ami manifestation interet candidatures aap"
)
IGNORED_TITLE_WORDS = GENERIC_WORDS.union(*STOPWORDS.values())
# Words of organisation names that do not say which organisation it is.
GENERIC_ORGANISATION_WORDS = _words(
    "commune gemeente ville stad city gemeinde departement ministere ministerie ministry "
    "ministerium service dienst agence agentschap agency fondation stichting foundation "
    "stiftung region gewest spw spf fod pod spp sprb gob vzw asbl cv ev office direction "
    "administration commission commissie european europese europeenne europaische "
    "kommission dg conseil raad gouvernement regering vlaamse overheid federal federale"
).union(*STOPWORDS.values())
# Places named differently in each language: one spelling each, so that "Ville de
# Bruxelles" and "Stad Brussel" name one funder.
PLACE_NAMES = {
    variant: names.split()[0]
    for names in (
        "bruxelles brussel brussels brussel",
        "anvers antwerpen antwerp",
        "gand gent ghent",
        "louvain leuven lowen",
        "liege luik luttich",
        "malines mechelen",
        "bruges brugge",
        "namur namen",
        "mons bergen",
        "courtrai kortrijk",
        "schaerbeek schaarbeek",
        "wallonie wallonia wallonien",
        "flandre vlaanderen flanders flandern",
        "belgique belgie belgium belgien",
        # Belgian public bodies, named in each language
        "cpas ocmw",
        "inami riziv",
        "onem rva",
        "onss rsz",
        "inasti rsvz",
        "cocom ggc",
        "frb kbs baudouin boudewijn boudewijnstichting",
    )
    for variant in names.split()
}

# How similar two titles of one call are, in one language (share of their words).
TITLE_SIMILAR = 0.6
# One site titles its own call alike on its pages (its FR pages, its re-published pages).
SAME_SITE_TITLE_SIMILARITY = 0.5
# Shared facts needed to call two pages of one deadline day the same call.
EVIDENCE_NEEDED = 4
# Pages naming each other as translations need less: a shared fact or two.
EVIDENCE_NEEDED_LINKED = 2
EXTENSION_DAYS = 92  # a deadline extended by up to three months
COGNATE_PREFIX = 6  # "mentorat"/"mentoring", "integration"/"integratie"


@dataclass(frozen=True)
class CallKey:
    """What dedup looks at in a call."""

    id: str
    source: str
    url: str
    title: str
    lang: str | None
    funder: str | None
    deadline: str | None  # ISO datetime or None
    budget: float | None = None
    alternates: frozenset[str] = field(default_factory=frozenset)
    attachments: frozenset[str] = field(default_factory=frozenset)
    fingerprint: Fingerprint = field(default_factory=Fingerprint)


@dataclass(frozen=True)
class GroupReason:
    """Why a page joined a group: `code` names the reason (the catalogues say it in words),
    `detail` is the shared identifier or the similarity, when there is one."""

    code: str  # identifier | same_page | facts | similar_titles | translations | extension
    detail: str = ""

    def to_text(self) -> str:
        """As stored: "identifier:ESF-2026-SE-WISE", "facts"."""
        return f"{self.code}:{self.detail}" if self.detail else self.code

    @classmethod
    def from_text(cls, text: str) -> GroupReason:
        code, _, detail = text.partition(":")
        return cls(code, detail)


# --- what keeps pages apart --------------------------------------------------------------


def conflict(new: CallKey, known: CallKey) -> str | None:
    """What says these are two calls (or a call and a page about it), if anything."""
    a, b = new.fingerprint, known.fingerprint
    if a.page_kind != b.page_kind:
        return "page kind"
    for family in {p.split(":")[0] for p in a.parts} & {p.split(":")[0] for p in b.parts}:
        if {p for p in a.parts if p.startswith(family + ":")} != {
            p for p in b.parts if p.startswith(family + ":")
        }:
            return f"another {family}"
    if editions_conflict(a.editions, b.editions):
        return "another edition"
    if _codes_conflict(a.codes, b.codes):
        return "another code"
    if _budgets_conflict(new, known):
        return "another budget"
    return None


def _codes_conflict(left: frozenset[str], right: frozenset[str]) -> bool:
    """Codes of one scheme that differ ("ESF-2026-SOCINNOV-YOUTH", "…-AGE"); a code and
    its parent ("ESF-2026-SOCINNOV") do not."""
    for family in {code_family(c) for c in left} & {code_family(c) for c in right}:
        mine = {c for c in left if code_family(c) == family}
        theirs = {c for c in right if code_family(c) == family}
        if not any(
            x == y or x.startswith(y + "-") or y.startswith(x + "-") for x in mine for y in theirs
        ):
            return True
    return False


def _amounts(fp: Fingerprint) -> set[float]:
    return {float(n[2:]) for n in fp.numbers if n.startswith("a:")}


def _budgets_conflict(new: CallKey, known: CallKey) -> bool:
    """Two budgets that differ, unless one page also states the other's amount (a total
    and a ceiling per project are both budgets)."""
    if not new.budget or not known.budget or _close(new.budget, known.budget):
        return False
    return not any(_close(new.budget, x) for x in _amounts(known.fingerprint)) and not any(
        _close(known.budget, x) for x in _amounts(new.fingerprint)
    )


def _close(left: float, right: float) -> bool:
    return abs(left - right) <= 0.01 * max(left, right)


# --- what says they are one call ---------------------------------------------------------


def same_call(new: CallKey, known: CallKey) -> GroupReason | None:
    """Why `new` is the same call as `known`, or None when nothing says so."""
    if conflict(new, known) is not None:
        return None
    shared = new.fingerprint.codes & known.fingerprint.codes
    if shared:
        return GroupReason("identifier", sorted(shared)[0])
    if new.url == known.url:
        if new.source != known.source:
            return GroupReason("same_page")
        return None  # two items of one source at one address: two calls of one page
    if not new.deadline or not known.deadline:
        return None
    linked = new.url in known.alternates or known.url in new.alternates
    new_day, known_day = _day(new.deadline), _day(known.deadline)
    if new_day != known_day:
        extended = (new.fingerprint.extended or known.fingerprint.extended) and (
            abs((new_day - known_day).days) <= EXTENSION_DAYS
        )
        if extended and _enough(new, known, evidence(new, known), EVIDENCE_NEEDED):
            return GroupReason("extension")
        return None
    if _one_site_one_language(new, known) and _title_similarity(new, known) < (
        SAME_SITE_TITLE_SIMILARITY
    ):
        return None
    found = evidence(new, known)
    if linked and found.score >= EVIDENCE_NEEDED_LINKED:
        return GroupReason("translations")
    if _enough(new, known, found, EVIDENCE_NEEDED):
        if new.lang == known.lang and _title_similarity(new, known) >= TITLE_SIMILAR:
            return GroupReason("similar_titles", f"{_title_similarity(new, known):.2f}")
        return GroupReason("facts")
    return None


@dataclass(frozen=True)
class Evidence:
    """What two pages of one deadline day share: `score` weighs every shared fact, `kinds`
    names the kinds of agreement: who (the site or the funder), money (the budget, an
    amount), numbers (other dates and numbers of the texts), structure (a numbered part, a
    period, a document, a translation link) and naming (the titles name one call)."""

    score: int
    kinds: frozenset[str]


def _enough(new: CallKey, known: CallKey, found: Evidence, needed: int) -> bool:
    """Enough shared facts, of two kinds at least. In one language a page relaying a call
    names it (naming); across languages titles are translated and funders renamed, so the
    pages must agree on who, or on three kinds of facts."""
    if found.score < needed or len(found.kinds) < 2:
        return False
    if new.lang == known.lang:
        return "naming" in found.kinds
    return "who" in found.kinds or len(found.kinds) >= 3


def evidence(new: CallKey, known: CallKey) -> Evidence:
    """The facts (weighted) two pages of one deadline day share."""
    score = 0
    kinds: set[str] = set()

    def agree(kind: str, weight: int) -> None:
        nonlocal score
        score += weight
        if weight > 0:
            kinds.add(kind)

    if new.source == known.source or _site(new.url) == _site(known.url):
        agree("who", 1)
    funders = funders_match(new, known)
    if funders:
        agree("who", 1)
    elif funders is False and new.lang == known.lang:
        score -= 2  # "Département du Nord" and "Département du Pas-de-Calais"
    same_budget = bool(new.budget and known.budget and _close(new.budget, known.budget))
    if same_budget:
        agree("money", 2)
    if _stated_time(new.deadline) and _stated_time(new.deadline) == _stated_time(known.deadline):
        score += 1  # the same hour: many calls close at noon
    rare, common = _shared_numbers(new, known, same_budget)
    if {n for n in rare if n.startswith("a:")}:
        kinds.add("money")
    if {n for n in rare if not n.startswith("a:")}:
        kinds.add("numbers")
    score += min(3, len(rare) + len(common) // 2)
    titles = _title_evidence(new, known)
    if titles:
        agree("naming", titles)
    a, b = new.fingerprint, known.fingerprint
    if a.parts & b.parts:
        agree("structure", 2)
    if {e for e in a.editions if "-" in e} & b.editions:
        agree("structure", 1)  # the same period; a lone year is shared by most calls of a year
    stems = {_file_stem(x) for x in new.attachments} & {_file_stem(x) for x in known.attachments}
    if stems - {""}:
        agree("structure", 2)
    if new.url in known.alternates or known.url in new.alternates:
        agree("structure", 1)
    return Evidence(score, frozenset(kinds))


def _shared_numbers(new: CallKey, known: CallKey, same_budget: bool) -> tuple[set[str], set[str]]:
    """Numbers both texts state besides the deadline day and the budget counted apart:
    rare ones (dates, amounts, numbers of three digits or more), and small ones that many
    calls state ("24 mois", "article 60")."""
    shared = set(new.fingerprint.numbers & known.fingerprint.numbers)
    if new.deadline:
        shared.discard(f"d:{_day(new.deadline)}")
    if same_budget and new.budget:
        shared.discard(f"a:{int(new.budget)}")
    common = {n for n in shared if n[0] in "na" and int(n[2:]) < (1000 if n[0] == "a" else 100)}
    return shared - common, common


def _title_evidence(new: CallKey, known: CallKey) -> int:
    """How much the titles say they name one call. In one language: their shared words, or
    one title restated in the other page's title and summary (a relay's rewording). Across
    languages: what survives translation, i.e. names, codes and cognates the titles share
    ("VINCI", "KA220", "mentorat"/"mentoring"), a title's long word restated in the other's
    summary, and capitalised names both texts use ("Neder-Over-Heembeek")."""
    mine, theirs = _subject_words(new), _subject_words(known)
    if new.lang == known.lang or not new.lang or not known.lang:
        score = similarity(mine, theirs)
        restated = max(_restated(mine, known), _restated(theirs, new))
        if score >= TITLE_SIMILAR or restated >= RESTATED:
            return 3
        return 2 if score >= 0.4 else 1 if score >= 0.2 else 0
    found = shared_names(title_words(new.title), title_words(known.title))
    found |= {w for w in mine & _context_words(known) if len(w) >= NAME_LENGTH}
    found |= {w for w in theirs & _context_words(new) if len(w) >= NAME_LENGTH}
    names = (new.fingerprint.names & known.fingerprint.names) - _funder_words(new)
    names -= _funder_words(known)
    coded = any(any(c.isdigit() for c in w) for w in found)  # "ka220": a code, not a word
    score = 2 if len(found) >= 2 or coded else 1 if found else 0
    return score + (1 if len(names) >= 2 else 0)


NAME_LENGTH = 5  # a title's word restated in another language's summary: a name, not "social"
RESTATED = 0.8  # share of a title's words the other page's title and summary restate


def _restated(words: frozenset[str], other: CallKey) -> float:
    """Share of `words` (a title's, two or more) found in `other`'s title and summary."""
    if len(words) < 2:
        return 0.0
    return len(words & (title_words(other.title) | _context_words(other))) / len(words)


def _subject_words(key: CallKey) -> frozenset[str]:
    """The title's words that say what the call is about (not who funds it)."""
    return title_words(key.title) - _funder_words(key)


def _context_words(key: CallKey) -> frozenset[str]:
    return frozenset(key.fingerprint.words - IGNORED_TITLE_WORDS)


def _funder_words(key: CallKey) -> frozenset[str]:
    return frozenset(re.findall(r"[^\W_]+", fold(key.funder or "")))


def _title_similarity(new: CallKey, known: CallKey) -> float:
    return similarity(title_words(new.title), title_words(known.title))


def _one_site_one_language(new: CallKey, known: CallKey) -> bool:
    same_site = new.source == known.source or _site(new.url) == _site(known.url)
    return same_site and new.lang == known.lang


@lru_cache(maxsize=4096)  # a new call's title is compared with up to hundreds of candidates
def title_words(title: str) -> frozenset[str]:
    words = set(re.findall(r"[^\W_]+", fold(title)))
    # years and numbers say which edition, not which call: they are compared apart
    return frozenset(
        w for w in words if len(w) > 2 and not w.isdigit() and w not in IGNORED_TITLE_WORDS
    )


def similarity(left: frozenset[str], right: frozenset[str]) -> float:
    if not left or not right:
        return 0.0
    return len(left & right) / len(left | right)


def shared_names(left: frozenset[str], right: frozenset[str]) -> set[str]:
    """Words two titles in two languages share: names, acronyms and cognates
    ("NEET", "VINCI", "mentorat"/"mentoring", "integration"/"integratie")."""
    found = {w for w in left & right if len(w) >= 4}
    for word in left - right:
        if len(word) >= COGNATE_PREFIX and any(
            len(other) >= COGNATE_PREFIX and other[:COGNATE_PREFIX] == word[:COGNATE_PREFIX]
            for other in right
        ):
            found.add(word[:COGNATE_PREFIX])
    return found


def funders_match(new: CallKey, known: CallKey) -> bool | None:
    """Whether the two pages name one funder (None when a page names none).

    Names, acronyms ("VDAB" = "Vlaamse Dienst voor Arbeidsbemiddeling en
    Beroepsopleiding") and a funder named in the other page's title count.
    """
    if not new.funder or not known.funder:
        return None
    mine, theirs = _organisation_words(new.funder), _organisation_words(known.funder)
    if not mine or not theirs:
        return None
    if mine & theirs or shared_names(mine, theirs):
        return True
    if mine & title_words(known.title) or theirs & title_words(new.title):
        return True
    return _acronym_of(mine, known.funder) or _acronym_of(theirs, new.funder)


@lru_cache(maxsize=4096)
def _organisation_words(name: str) -> frozenset[str]:
    words = re.findall(r"[^\W_]+", fold(name))
    return frozenset(
        PLACE_NAMES.get(w, w) for w in words if len(w) > 1 and w not in GENERIC_ORGANISATION_WORDS
    )


def _acronym_of(words: frozenset[str], name: str) -> bool:
    """Whether one of `words` is the initials of `name`'s words ("frb")."""
    initials = "".join(w[0] for w in re.findall(r"[^\W_]+", fold(name)) if w not in _NAME_STOPWORDS)
    return any(2 <= len(w) <= 6 and w in initials for w in words)


_NAME_STOPWORDS = frozenset().union(*STOPWORDS.values())


def _site(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def _day(moment: str) -> date:
    return date.fromisoformat(moment[:10])


# Hours that say little: a date alone is stored at 23:59, and many calls close at noon.
COMMON_TIMES = ("23:59", "00:00", "12:00")


def _stated_time(moment: str | None) -> str:
    """The deadline's hour when the page stated one that few calls share."""
    if not moment or len(moment) < 16 or moment[11:16] in COMMON_TIMES:
        return ""
    return moment[11:16]


def _file_stem(url: str) -> str:
    """The attachment's file name without extension or language suffix (-fr, _nl)."""
    name = url.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0].lower()
    return re.sub(r"[-_](fr|nl|en|de)$", "", name)
