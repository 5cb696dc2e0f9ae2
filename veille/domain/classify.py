"""Is a page a call about insertion or mentoring? Transparent weighted evidence.

A Vocabulary (read from config/defaults/topics.yaml by `veille.config`) lists terms per
group (insertion, mentoring, call, not_call, off_topic, traps), level and language. Every
term found adds evidence, weighted by level and field; thresholds turn evidence into a
decision. Every match keeps its offsets in the original field, so the decision can be shown.

>>> clf = Classifier(Vocabulary(
...     topics={"mentoring": {"strong": {"fr": ("parrainage",)}}},
...     call={"strong": {"fr": ("appel à projets",)}},
... ))
>>> result = clf.classify("Appel à projets : parrainage de jeunes", lang="fr")
>>> result.relevant, result.topics
(True, ['mentoring'])
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from veille.domain.dates import DateReading, read_parts
from veille.domain.genre import GenreReading, read_genre
from veille.domain.place import SentenceMarks, listed, sentence_marks, side_place
from veille.domain.second_opinion import RulesReading, SecondOpinion
from veille.domain.text import (
    LANGS,
    NUMBER_WORDS,
    STOPWORDS,
    Token,
    after_commas,
    detect_language,
    fold,
    light_stem,
    tokenize,
)
from veille.domain.vocabulary import TOPICS, Language, Topic

# The vocabulary's own lists; its subjects and languages are the domain's (vocabulary.py).
Subject = Topic
Group = Literal["insertion", "mentoring", "call", "not_call", "off_topic"]
Level = Literal["strong", "medium", "weak"]
TermLanguage = Literal["fr", "nl", "en", "de", "any"]  # "any": pages in every language

SUBJECTS: tuple[Subject, ...] = TOPICS
_SENTENCE_END = (".", "!", "?", "\n")  # what ends the sentence an invitation is read in
_SENTENCE_STOP = re.compile(f"[{re.escape(''.join(_SENTENCE_END))}]")  # the same, found all at once
_DATE_SPAN = 5000  # a deadline is looked for in the first characters of each field
# The gender marker of a job advertisement: "(m/f/x)", "H/F", "(m/w/d)", "(m/v/x)".
_JOB_AD_MARKER = re.compile(
    r"(?<![\w/])(?:h\s*/\s*f|f\s*/\s*h|m\s*/\s*[fwv]|[fwv]\s*/\s*m)(?:\s*/\s*[xdi])?(?![\w/])",
    re.IGNORECASE,
)
GROUPS = (*SUBJECTS, "call", "not_call", "off_topic")
FIELDS = ("title", "summary", "text")
LEVELS: tuple[Level, ...] = ("strong", "medium", "weak")


# What pydantic (in veille.config) reads when it validates topics.yaml into these
# dataclasses: an unknown key is an error, not silently ignored. No import is needed here.
_STRICT = {"extra": "forbid"}


# --- the vocabulary ---------------------------------------------------------------------


@dataclass(frozen=True)
class FieldWeights:
    """How much a term found in each field counts (the title counts most)."""

    __pydantic_config__ = _STRICT
    title: float = 2.5
    summary: float = 1.0
    text: float = 0.6


@dataclass(frozen=True)
class LevelWeights:
    """How much a term of each level counts."""

    __pydantic_config__ = _STRICT
    strong: float = 2.0
    medium: float = 1.0
    weak: float = 0.4


@dataclass(frozen=True)
class ClassifierSettings:
    """Weights and thresholds. These defaults are the ones config/defaults/topics.yaml lists
    (a test says so): the one set of defaults."""

    __pydantic_config__ = _STRICT
    field_weights: FieldWeights = field(default_factory=FieldWeights)
    level_weights: LevelWeights = field(default_factory=LevelWeights)
    repeat_bonus: float = 0.25  # each further occurrence of a term in a field adds this share
    max_repeats: int = 4
    weak_cap: float = 1.2  # weak terms only support stronger evidence, up to this much
    max_gap: int = 2  # extra words allowed between the words of a term
    subject_threshold: float = 2.0
    call_threshold: float = 1.0
    off_topic_factor: float = 0.75  # share of off-topic evidence subtracted from the subject
    second_topic_ratio: float = 0.25  # a second topic is kept at this share of the first
    # per-group overrides of level_weights: strong not-a-call cues name a document type,
    # strong off-topic cues what a tender buys when it is not a service to people
    group_level_weights: Mapping[Group, Mapping[Level, float]] = field(
        default_factory=lambda: {"not_call": {"strong": 4.0}, "off_topic": {"strong": 4.0}}
    )
    deadline_level: Level | Literal[""] = "medium"  # a stated deadline is call evidence ("": no)
    # a question or an article about a call repeats "call" a lot
    evidence_caps: Mapping[Group, float] = field(default_factory=lambda: {"call": 5.0})
    # the band "to check": a call that misses the line by at most `uncertain_below` of
    # evidence (on every test it misses) is shown marked uncertain instead of dropped; a
    # relevant one that passes a test by less than `uncertain_above` is marked too;
    # `uncertain_below_call` is the call test's own distance (round 12)
    uncertain_below: float = 1.5
    uncertain_below_call: float = 3.0
    uncertain_above: float = 0.5


Terms = Mapping[TermLanguage, tuple[str, ...]]  # terms per page language
Evidence = Mapping[Level, Terms]  # terms per level


@dataclass(frozen=True)
class Vocabulary:
    """The classifier's terms and settings: the shape of config/defaults/topics.yaml."""

    __pydantic_config__ = _STRICT
    settings: ClassifierSettings = field(default_factory=ClassifierSettings)
    # a call cue preceded (within a few words) by one of these counts as not-a-call evidence
    negations: Mapping[Language, tuple[str, ...]] = field(default_factory=dict)
    topics: Mapping[Subject, Evidence] = field(default_factory=dict)
    call: Evidence = field(default_factory=dict)
    not_call: Evidence = field(default_factory=dict)
    off_topic: Evidence = field(default_factory=dict)
    traps: Terms = field(default_factory=dict)  # other meanings: matches inside them are ignored
    # invitations to a person ("become a sponsor", "word peter"): not-a-call evidence (medium),
    # unless the same sentence names organisations as those invited (`organisations`):
    # "employers can become a sponsor" invites organisations into a scheme, as a call does
    invitations: Terms = field(default_factory=dict)
    organisations: Terms = field(default_factory=dict)
    # the field's concepts (issue 14, round 8): a PUBLIC of insertion ("long-term
    # unemployed", "leefloongerechtigden", "Geflüchtete") and, in the same sentence, a
    # SERVICE of insertion or the work it leads to ("work placement", "jobcoaching",
    # "Vermittlung", "self-employment") are insertion evidence (strong), whatever the core
    # terms; a service of another field (housing, culture, care) is in neither list. A
    # paired service is no other field's cue: "Gründerinnen" beside "mit
    # Migrationshintergrund" is a way into work, not start-up founders.
    publics: Terms = field(default_factory=dict)
    services: Terms = field(default_factory=dict)
    # round 10: a COMPANION paired with a public in one sentence ("binôme", "buddy",
    # "Tandem", "volunteer befriender") is mentoring evidence (strong), as a service is
    # insertion evidence
    companions: Terms = field(default_factory=dict)
    # round 10: what announces instead of inviting ("seront lancés", "zullen worden
    # gelanceerd", "will be launched", "sollen veröffentlicht werden"): a call cue in the
    # sentence of one is a call to come, not-a-call evidence (as a negated cue is)
    announcements: Terms = field(default_factory=dict)
    # legal references ("article 60", "Artikel 6"; "#" is any number): a not-a-call cue
    # inside one does not count (an article of a law is not a news article)
    references: Terms = field(default_factory=dict)
    # a verb's forms (any person, tense or participle), named "{lemma}" inside a term:
    # "{retenir} # projets" finds "retient 38 projets" and "a retenu douze projets"
    verbs: Mapping[Language, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        missing = unknown_verbs(self)
        if missing:
            raise ValueError("verbs that `verbs:` does not list: " + "; ".join(missing))


_VERB = re.compile(r"\{([^{}]+)\}")


def unknown_verbs(vocabulary: Vocabulary) -> list[str]:
    """Terms naming a "{verb}" that the vocabulary's `verbs` lacks in their language (an
    `any` term needs it in every language), as "term (lang)".

    >>> Vocabulary(call={"strong": {"fr": ("{déposer} un projet",)}})
    Traceback (most recent call last):
    ...
    ValueError: verbs that `verbs:` does not list: {déposer} un projet (fr)
    >>> unknown_verbs(Vocabulary(
    ...     call={"strong": {"fr": ("{déposer} un projet",)}},
    ...     verbs={"fr": {"déposer": ("dépose", "déposent", "déposé")}},
    ... ))
    []
    """
    sections: list[Terms] = [
        vocabulary.traps,
        vocabulary.references,
        vocabulary.invitations,
        vocabulary.organisations,
        vocabulary.announcements,
    ]
    for evidence in (*vocabulary.topics.values(), vocabulary.call, vocabulary.not_call):
        sections.extend(evidence.values())
    sections.extend(vocabulary.off_topic.values())
    verbs: dict[str, Mapping[str, tuple[str, ...]]] = dict(vocabulary.verbs.items())
    missing: list[str] = []
    for terms in sections:
        for lang, names in terms.items():
            wanted = LANGS if lang == "any" else (lang,)
            for name in names:
                for verb in _VERB.findall(name):
                    if any(verb not in verbs.get(w, {}) for w in wanted):
                        missing.append(f"{name} ({lang})")
    return missing


@dataclass(frozen=True)
class Match:
    term: str  # the vocabulary term / rule name that fired
    topic: str  # insertion | mentoring | call | not_call | off_topic | trap
    field: str  # title | summary | text
    start: int  # offsets in the original field string
    end: int


@dataclass(frozen=True)
class Doubt:
    """One test of the decision passed or missed by a little: why a verdict is "to check".

    `test` is "subject" (then `name` is the subject weighed) or "call"; `value` is its
    evidence (the call test's: call minus not-a-call evidence), `needed` its threshold.
    "words" is the learned second opinion (round 14): `name` its heaviest words, as
    written, `value` its probability, `needed` its threshold.
    """

    test: Literal["subject", "call", "words"]
    name: str
    value: float
    needed: float

    @property
    def passed(self) -> bool:
        return self.value >= self.needed


@dataclass(frozen=True)
class Classification:
    relevant: bool
    topics: list[str]
    score: float
    is_call: bool
    matches: list[Match]
    reasons: list[str]
    # close to the decision line: shown "to check" (when not relevant) or marked so
    uncertain: bool = False
    doubts: list[Doubt] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# --- vocabulary compilation -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Word:
    kind: str  # stem | prefix | suffix | infix | acronym | number | forms
    value: str
    optional: bool = False  # an article/preposition inside a term
    forms: frozenset[str] = frozenset()  # kind "forms": the stems of a verb's forms


@dataclass(frozen=True, slots=True)
class _Term:
    name: str
    group: str  # one of GROUPS or "trap"
    level: str
    words: tuple[_Word, ...]
    # the stem of a later word the text must contain for the term to be there ("" if
    # none): most terms whose first word is found are then left without looking further
    anchor: str = ""


VerbForms = Mapping[str, tuple[str, ...]]  # lemma -> its forms, in one language


def _compile_word(raw: str, lang: str, optional: bool, verbs: VerbForms) -> _Word:
    if raw == "#":
        return _Word("number", "", optional)
    if raw.startswith("{") and raw.endswith("}"):
        lemma = raw[1:-1]  # the vocabulary checked that its verbs are listed
        stems = frozenset(light_stem(fold(form), lang) for form in verbs.get(lemma, ()))
        return _Word("forms", lemma, optional, stems)
    if raw.isupper() and len(raw) <= 5 and raw.isalpha():
        return _Word("acronym", raw.lower(), optional)
    value = fold(raw.replace("-", "").replace("'", "").strip("*"))
    if raw.startswith("*") and raw.endswith("*"):
        return _Word("infix", value, optional)
    if raw.endswith("*"):
        return _Word("prefix", value, optional)
    if raw.startswith("*"):
        return _Word("suffix", value, optional)
    return _Word("stem", light_stem(value, lang), optional)


def _compile_term(
    name: str, group: str, level: str, lang: str, verbs: VerbForms | None = None
) -> _Term | None:
    # Split like the text tokenizer, but keep "*" and in-word hyphens ("socio-professionnel").
    raw_words = [w for w in name.replace("'", " ").replace("’", " ").replace(",", " ").split() if w]
    raw_words = [w.strip("-") or w for w in raw_words]
    if not raw_words:
        return None
    stop = STOPWORDS.get(lang, frozenset())
    words = []
    for index, raw in enumerate(raw_words):
        inner = 0 < index < len(raw_words) - 1
        words.append(_compile_word(raw, lang, inner and fold(raw) in stop, verbs or {}))
    later = [w.value for w in words[1:] if w.kind == "stem" and not w.optional]
    return _Term(name, group, level, tuple(words), max(later, key=len, default=""))


class _Lexicon:
    """All terms usable on pages of one language, indexed by their first word.

    A term whose first word is a wildcard ("*arbeitsmarkt*", "*job") is indexed by what it
    can match (the letters it ends with, the part it contains), so that a word tries only the
    terms it could start: `scanned` gives them, in the lexicon's order.
    """

    def __init__(self, terms: Iterable[_Term], negations: Iterable[str] = ()) -> None:
        self.negations = frozenset(fold(n) for n in negations)
        self.by_stem: dict[str, list[_Term]] = defaultdict(list)
        self.by_acronym: dict[str, list[_Term]] = defaultdict(list)
        self.by_prefix: dict[str, list[_Term]] = defaultdict(list)  # keyed by 3 first letters
        self.by_number: list[_Term] = []  # terms that begin with a number ("# projets …")
        # wildcard-led first words, each with its place in the lexicon (the order of matches)
        self.by_ending: dict[str, list[tuple[int, _Term]]] = defaultdict(list)  # "*job": "job"
        self.inner: list[tuple[int, _Term]] = []  # "*arbeitsmarkt*": found inside a word
        self.everywhere: list[tuple[int, _Term]] = []  # too short to index: tried at every word
        self.scan: list[_Term] = []  # every wildcard-led term, in order
        for term in terms:
            first = term.words[0]
            if first.kind == "stem":
                self.by_stem[first.value].append(term)
            elif first.kind == "forms":
                for stem in first.forms:
                    self.by_stem[stem].append(term)
            elif first.kind == "acronym":
                self.by_acronym[first.value].append(term)
            elif first.kind == "prefix" and len(first.value) >= 3:
                self.by_prefix[first.value[:3]].append(term)
            elif first.kind == "number":
                self.by_number.append(term)
            else:
                place = (len(self.scan), term)
                if first.kind == "suffix" and len(first.value) >= 3:
                    self.by_ending[first.value[-3:]].append(place)
                elif first.kind == "infix" and first.value:
                    self.inner.append(place)
                else:
                    self.everywhere.append(place)
                self.scan.append(term)
        # one search tells whether a word holds any inner part (most words hold none)
        parts = sorted({term.words[0].value for _at, term in self.inner}, key=len, reverse=True)
        self.inner_gate = re.compile("|".join(map(re.escape, parts))) if parts else None

    def may_find(self, present: set[str]) -> bool:
        """False when no term can start among the words whose stems are `present`: a set
        test, before `_find` walks the words, for a lexicon of stems only (the
        announcements')."""
        if self.by_prefix or self.by_acronym or self.by_number or self.scan:
            return True
        return not present.isdisjoint(self.by_stem)

    def scanned(self, norm: str) -> list[_Term]:
        """The wildcard-led terms a word spelled `norm` could start, in the lexicon's order
        (a superset of those whose first word matches it: `_word_matches` decides)."""
        ending = self.by_ending.get(norm[-3:], ())
        gate = self.inner_gate
        inner = self.inner if gate is not None and gate.search(norm) else ()
        everywhere = self.everywhere
        if not (ending or inner or everywhere):
            return []
        return [term for _at, term in sorted((*ending, *inner, *everywhere))]


def _written_for(per_lang: Terms, lang: str) -> Iterable[str]:
    """The terms for pages in `lang`, then those for pages in any language."""
    for wanted in (lang, "any"):
        for key, terms in per_lang.items():
            if key == wanted:
                yield from terms


def _iter_terms(section: Evidence, group: str, lang: str, verbs: VerbForms) -> Iterable[_Term]:
    """Terms of one group for `lang`, from {level: {lang|any: [terms]}}."""
    for level in LEVELS:
        for name in _written_for(section.get(level, {}), lang):
            term = _compile_term(name, group, level, lang, verbs)
            if term is not None:
                yield term


# --- matching ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Form:
    norm: str
    stem: str
    upper: bool
    width: int  # how many tokens this form spans (hyphenated compounds)


def _forms(tokens: list[Token], stems: list[str], index: int, lang: str) -> list[_Form]:
    token = tokens[index]
    text = token.text
    upper = text.isupper() or (text.endswith("s") and text[:-1].isupper())
    forms = [_Form(token.norm, stems[index], upper, 1)]
    if not token.hyphen_next:  # most words: one form
        return forms
    joined = token.norm
    last = index
    while tokens[last].hyphen_next and last + 1 < len(tokens) and last - index < 2:
        last += 1
        joined += tokens[last].norm
        forms.append(_Form(joined, light_stem(joined, lang), False, last - index + 1))
    return forms


def _is_number(norm: str) -> bool:
    """A number in digits or in words ("38", "douze", "zwölf")."""
    return norm.isdigit() or norm in NUMBER_WORDS


def _word_matches(word: _Word, form: _Form) -> bool:
    kind, value = word.kind, word.value
    if kind == "stem":
        return form.stem == value
    if kind == "prefix":
        return form.norm.startswith(value)
    if kind == "acronym":
        return form.upper and (form.norm == value or form.norm == value + "s")
    if kind == "suffix":
        return form.norm.endswith(value)
    if kind == "number":
        return _is_number(form.norm)
    if kind == "forms":
        return form.stem in word.forms
    return value in form.norm


def _match_rest(
    term: _Term,
    tokens: list[Token],
    forms_at: list[list[_Form]],
    after: int,
    sentence: int,
    gap: int,
    lang: str,
    commas: frozenset[int],
) -> int:
    """Index of the last token of the term's remaining words, or -1.

    Up to `gap` other words may come between two words of the term; articles and
    prepositions do not count against the gap. A term does not reach across a comma.
    """
    stop = STOPWORDS.get(lang, frozenset())
    position = after
    last = after - 1
    for word in term.words[1:]:
        found = -1
        skipped = 0
        limit = min(len(tokens), position + gap + 4)
        for index in range(position, limit):
            if tokens[index].sentence != sentence or index in commas:
                break
            for form in forms_at[index]:
                if _word_matches(word, form):
                    found = index + form.width - 1
                    break
            if found >= 0:
                break
            if tokens[index].norm not in stop:
                skipped += 1
                if skipped > gap:
                    break
        if found < 0:
            if word.optional:
                continue
            return -1
        last = found
        position = found + 1
    return last


def _negated(
    tokens: list[Token],
    index: int,
    negations: frozenset[str],
    stop: frozenset[str],
    window: int = 3,
) -> bool:
    """Is there a negation ("pas", "geen", "not", "kein"...) a few words before `index`?"""
    sentence = tokens[index].sentence
    words = 0
    for before in range(index - 1, max(-1, index - 3 * window), -1):
        token = tokens[before]
        if token.sentence != sentence:
            return False
        # "not-for-profit", "non-marchand", "niet-commercieel" name a kind, they negate nothing
        if token.norm in negations and not token.hyphen_next:
            return True
        if token.norm not in stop:
            words += 1
            if words >= window:
                return False
    return False


@dataclass(slots=True)
class _Words:
    """A text read into words once, for every lexicon looked up in it."""

    tokens: list[Token]
    commas: frozenset[int]  # the tokens after a comma
    forms_at: list[list[_Form]]  # per token, the forms it starts
    present: set[str]  # every form's stem


def _read_words(text: str, lang: str) -> _Words:
    tokens = tokenize(text)
    stems = [light_stem(t.text, lang) for t in tokens]
    forms_at = [_forms(tokens, stems, index, lang) for index in range(len(tokens))]
    present = {form.stem for forms in forms_at for form in forms}
    return _Words(tokens, after_commas(text, tokens), forms_at, present)


def _find(
    lexicon: _Lexicon,
    text: str,
    field_name: str,
    lang: str,
    gap: int,
    words: _Words | None = None,
) -> list[tuple[_Term, Match]]:
    """Every term of the lexicon found in `text`; negated call cues count as not-a-call.

    `words`: `text` already read (`_read_words`), when another lexicon looked it up."""
    if words is None:
        words = _read_words(text, lang)
    tokens, commas, forms_at, present = words.tokens, words.commas, words.forms_at, words.present
    stop = STOPWORDS.get(lang, frozenset())
    found: list[tuple[_Term, Match]] = []
    by_stem, by_prefix, by_acronym, by_number, scanned = (
        lexicon.by_stem,
        lexicon.by_prefix,
        lexicon.by_acronym,
        lexicon.by_number,
        lexicon.scanned,
    )
    scanning = bool(lexicon.scan)
    for index, forms in enumerate(forms_at):
        for form in forms:
            # most words start no term: look the indexes up before building anything
            norm = form.norm
            stemmed = by_stem.get(form.stem)
            prefixed = by_prefix.get(norm[:3])
            acronyms = by_acronym.get(norm.removesuffix("s")) if form.upper else None
            numbered = by_number if by_number and _is_number(norm) else None
            scan = scanned(norm) if scanning else None
            if not (prefixed or acronyms or numbered or scan):
                if not stemmed:
                    continue
                candidates = stemmed  # the usual case: one index holds the word
            else:
                candidates = [
                    *(stemmed or ()),
                    *(prefixed or ()),
                    *(acronyms or ()),
                    *(numbered or ()),
                    *(scan or ()),
                ]
            for term in candidates:
                if term.anchor and term.anchor not in present:
                    continue
                if not _word_matches(term.words[0], form):
                    continue
                after = index + form.width
                # not-a-call cues name a document type ("offre d'emploi", "question écrite"):
                # fixed phrases, so only articles may come between their words
                term_gap = 0 if term.group == "not_call" else gap
                last = (
                    after - 1
                    if len(term.words) == 1
                    else _match_rest(
                        term,
                        tokens,
                        forms_at,
                        after,
                        tokens[index].sentence,
                        term_gap,
                        lang,
                        commas,
                    )
                )
                if last < 0:
                    continue
                if term.group == "call" and _negated(tokens, index, lexicon.negations, stop):
                    term = _Term(f"not: {term.name}", "not_call", term.level, term.words)
                match = Match(
                    term.name, term.group, field_name, tokens[index].start, tokens[last].end
                )
                found.append((term, match))
    return found


def _resolve_overlaps(found: list[tuple[_Term, Match]]) -> list[tuple[_Term, Match]]:
    """Drop matches inside a trap, and shorter matches inside a longer one of the same group.

    A not-a-call phrase also hides the call cue it contains ("oproep aan vrijwilligers");
    a legal reference hides the not-a-call cue it contains ("article 60"), then goes itself.
    """
    references = [m for t, m in found if t.group == "reference"]
    if references:
        found = [
            (t, m)
            for t, m in found
            if t.group != "reference"
            and not (
                t.group == "not_call"
                and any(
                    x.field == m.field and x.start < m.end and m.start < x.end for x in references
                )
            )
        ]
    traps = [m for t, m in found if t.group == "trap"]
    if traps:
        found = [
            (t, m)
            for t, m in found
            if t.group == "trap"
            or not any(x.field == m.field and x.start < m.end and m.start < x.end for x in traps)
        ]
    ordered = sorted(found, key=lambda tm: (tm[1].field, tm[1].start, -tm[1].end))
    kept: list[tuple[_Term, Match]] = []
    seen: set[tuple[str, str, int, int]] = set()
    widest: dict[tuple[str, str], Match] = {}  # (field, group) -> match reaching furthest
    for term, match in ordered:
        shadows = [widest.get((match.field, term.group))]
        if term.group == "call":
            shadows.append(widest.get((match.field, "not_call")))
        shadowed = any(
            other is not None
            and other.end >= match.end
            and (other.start, other.end) != (match.start, match.end)
            for other in shadows
        )
        key = (match.field, term.group)
        if key not in widest or match.end > widest[key].end:
            widest[key] = match
        unique = (term.group, match.field, match.start, match.end)
        if shadowed or unique in seen:
            continue
        seen.add(unique)
        kept.append((term, match))
    return sorted(kept, key=lambda tm: (FIELDS.index(tm[1].field), tm[1].start))


# --- scoring ----------------------------------------------------------------------------


def _by_name(weights: Mapping[Level, float] | Mapping[Group, float]) -> dict[str, float]:
    """Weights keyed by level or group names, as the plain dict the scoring looks up."""
    return {str(name): weight for name, weight in weights.items()}


def _logistic(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


class Classifier:
    """Classify pages with a vocabulary (the validated shape of topics.yaml)."""

    def __init__(self, vocabulary: Vocabulary, second_opinion: SecondOpinion | None = None) -> None:
        self.vocabulary = vocabulary
        # the learned layer read after the rules, inside the "to check" band only
        self.second_opinion = second_opinion
        settings = vocabulary.settings
        self.field_weights: dict[str, float] = asdict(settings.field_weights)
        self.level_weights: dict[str, float] = asdict(settings.level_weights)
        # per-group overrides, e.g. decisive document types among not-a-call cues
        self.group_level_weights: dict[str, dict[str, float]] = {
            group: {**self.level_weights, **_by_name(weights)}
            for group, weights in settings.group_level_weights.items()
        }
        self.evidence_caps: dict[str, float] = _by_name(settings.evidence_caps)
        self.repeat_bonus = settings.repeat_bonus
        self.max_repeats = settings.max_repeats
        self.weak_cap = settings.weak_cap
        self.max_gap = settings.max_gap
        self.subject_threshold = settings.subject_threshold
        self.call_threshold = settings.call_threshold
        self.off_topic_factor = settings.off_topic_factor
        self.second_topic_ratio = settings.second_topic_ratio
        self.deadline_level = settings.deadline_level
        self.uncertain_below = settings.uncertain_below
        self.uncertain_below_call = settings.uncertain_below_call
        self.uncertain_above = settings.uncertain_above
        self._lexicons: dict[str, _Lexicon] = {}
        self._invitations: dict[str, frozenset[str]] = {}  # per language: the invitations' names
        self._organisations: dict[str, _Lexicon] = {}  # per language: who an invitation is for
        self._announcements: dict[str, _Lexicon] = {}  # per language: a call to come

    def _lexicon(self, lang: str) -> _Lexicon:
        if lang not in self._lexicons:
            vocab = self.vocabulary
            terms: list[_Term] = []
            verbs = next((v for key, v in vocab.verbs.items() if key == lang), {})
            for subject in SUBJECTS:
                terms.extend(_iter_terms(vocab.topics.get(subject, {}), subject, lang, verbs))
            groups = (("call", vocab.call), ("not_call", vocab.not_call))
            for group, section in (*groups, ("off_topic", vocab.off_topic)):
                terms.extend(_iter_terms(section, group, lang, verbs))
            for group, names in (("trap", vocab.traps), ("reference", vocab.references)):
                for name in _written_for(names, lang):
                    term = _compile_term(name, group, "medium", lang, verbs)
                    if term is not None:
                        terms.append(term)
            invitations = [
                term
                for name in _written_for(vocab.invitations, lang)
                if (term := _compile_term(name, "not_call", "medium", lang, verbs)) is not None
            ]
            terms.extend(invitations)
            concepts = (
                ("public", vocab.publics),
                ("service", vocab.services),
                ("companion", vocab.companions),
            )
            for group, names in concepts:
                for name in _written_for(names, lang):
                    term = _compile_term(name, group, "strong", lang, verbs)
                    if term is not None:
                        terms.append(term)
            negations = next((w for key, w in vocab.negations.items() if key == lang), ())
            self._lexicons[lang] = _Lexicon(terms, negations)
            self._invitations[lang] = frozenset(term.name for term in invitations)
            self._organisations[lang] = _Lexicon(
                term
                for name in _written_for(vocab.organisations, lang)
                if (term := _compile_term(name, "organisation", "medium", lang, verbs)) is not None
            )
            self._announcements[lang] = _Lexicon(
                term
                for name in _written_for(vocab.announcements, lang)
                if (term := _compile_term(name, "announcement", "medium", lang, verbs)) is not None
            )
        return self._lexicons[lang]

    def _announced(
        self,
        found: list[tuple[_Term, Match]],
        fields: Mapping[str, str],
        words: Mapping[str, _Words],
        lang: str,
    ) -> tuple[list[tuple[_Term, Match]], list[str]]:
        """A call cue in a sentence that announces calls to come ("new calls will be
        launched in spring", "Förderaufrufe sollen im Frühjahr veröffentlicht werden") asks
        nobody anything yet: it counts as not-a-call evidence, named "announced: …". The
        title is what the page is: its cues stay. Returns the matches and why."""
        lexicon = self._announcements.get(lang)
        if lexicon is None or not (lexicon.by_stem or lexicon.by_prefix or lexicon.scan):
            return found, []
        kept: list[tuple[_Term, Match]] = []
        why: list[str] = []
        sentences: dict[tuple[str, int], list[tuple[_Term, Match]]] = {}
        # a sentence's words are some of its field's: a field that announces nothing (most
        # do) has no sentence to read again
        read = {m.field for t, m in found if _may_be_announced(t, m)}
        announcing = {
            name: lexicon.may_find(words[name].present)
            and bool(_find(lexicon, fields[name], name, lang, self.max_gap, words[name]))
            for name in read
        }
        for term, match in found:
            if _may_be_announced(term, match) and announcing[match.field]:
                start, sentence = _sentence_around(fields[match.field], match)
                key = (match.field, start)
                if key not in sentences:
                    sentences[key] = _find(lexicon, sentence, match.field, lang, self.max_gap)
                if sentences[key]:
                    announced = _Term(f"announced: {term.name}", "not_call", term.level, term.words)
                    kept.append((announced, match))
                    why.append(
                        f"a call to come, announced, not open: '{_readable(term.name)}' "
                        f"({match.field}) beside '{_readable(sentences[key][0][0].name)}'"
                    )
                    continue
            kept.append((term, match))
        return kept, why

    def _invited_organisations(
        self, found: list[tuple[_Term, Match]], fields: Mapping[str, str], lang: str
    ) -> tuple[list[tuple[_Term, Match]], list[str]]:
        """An invitation to a person ("become a sponsor") whose sentence names organisations
        as those invited ("employers can become a sponsor") is no sign of a page addressed to
        citizens: it is dropped. Returns the matches kept and, per dropped one, why."""
        names = self._invitations.get(lang, frozenset())
        if not names or not any(term.name in names for term, _m in found):
            return found, []
        kept: list[tuple[_Term, Match]] = []
        why: list[str] = []
        for term, match in found:
            if term.name in names:
                start, sentence = _sentence_around(fields[match.field], match)
                lexicon = self._organisations[lang]
                who = [
                    found_who
                    for found_who in _find(lexicon, sentence, match.field, lang, self.max_gap)
                    # a word names who is invited before the invitation or inside it
                    # ("employers can become a sponsor", "werden Sie als Unternehmen Pate");
                    # after it, only a role does ("become a sponsor as an employer"), not
                    # a place ("become a volunteer in one of our associations")
                    if found_who[1].end + start <= match.end or len(found_who[0].words) > 1
                ]
                if who:
                    why.append(
                        f"an invitation to organisations, not to a citizen: "
                        f"'{_readable(term.name)}' ({match.field}) beside "
                        f"'{_readable(who[0][0].name)}'"
                    )
                    continue
            kept.append((term, match))
        return kept, why

    def _deadline_cues(
        self, title: str, summary: str, text: str, dates: DateReading | None
    ) -> list[tuple[_Term, Match]]:
        """A stated submission deadline is evidence of a call (one per page, first field).

        `dates`: the call's dates, when the caller has read them (with these fields as parts).
        """
        if not self.deadline_level:
            return []
        if dates is None:
            fields = (("title", title), ("summary", summary), ("text", text[:_DATE_SPAN]))
            dates = read_parts(fields, None)
        found = dates.statement(FIELDS, _DATE_SPAN)
        if found is None:
            return []
        term = _Term("submission deadline", "call", self.deadline_level, ())
        return [(term, Match(term.name, "call", *found))]

    @staticmethod
    def _job_ad_cues(title: str, summary: str, text: str) -> list[tuple[_Term, Match]]:
        """A job advert's gender marker ("(m/f/x)", "H/F") names the page a job offer."""
        for field_name, value in (("title", title), ("summary", summary), ("text", text)):
            if "/" not in value:
                continue
            marker = _JOB_AD_MARKER.search(value[:5000])
            if marker:
                term = _Term("job advert marker", "not_call", "strong", ())
                return [(term, Match(term.name, "not_call", field_name, *marker.span()))]
        return []

    def _evidence(self, found: list[tuple[_Term, Match]]) -> dict[str, float]:
        per_key: dict[tuple[str, str, str, str], int] = defaultdict(int)
        for term, match in found:
            group = "off_topic" if term.group == "trap" else term.group
            per_key[(group, term.level, term.name, match.field)] += 1
        strong: dict[str, float] = defaultdict(float)
        weak: dict[str, float] = defaultdict(float)
        for (group, level, _name, field_name), count in per_key.items():
            repeats = min(count - 1, self.max_repeats)
            value = (
                self.group_level_weights.get(group, self.level_weights)[level]
                * self.field_weights.get(field_name, 1.0)
                * (1.0 + self.repeat_bonus * repeats)
            )
            (weak if level == "weak" else strong)[group] += value
        # weak terms only support stronger evidence of the same group
        evidence = {
            group: strong[group] + (min(weak[group], self.weak_cap) if strong[group] else 0.0)
            for group in GROUPS
        }
        for group, cap in self.evidence_caps.items():
            if group in evidence:
                evidence[group] = min(evidence[group], cap)
        return evidence

    def classify(
        self,
        title: str,
        summary: str = "",
        text: str = "",
        lang: str | None = None,
        known_call: bool = False,
        dates: DateReading | None = None,
        url: str | None = None,
    ) -> Classification:
        """`known_call`: the source publishes only things one can apply to (a grants API),
        so being a call is a fact, not something to infer from wording. `dates`: the dates
        of these fields, when the caller has already read them (`read_parts`). `url`: the
        page's address, read by the second opinion (none: the page is read as before)."""
        title, summary, text = title or "", summary or "", text or ""
        if lang not in LANGS:
            lang = detect_language(f"{title} {summary} {text[:2000]}")
        lexicon = self._lexicon(lang)
        found: list[tuple[_Term, Match]] = []
        fields = {"title": title, "summary": summary, "text": text}
        # each field read into words once: the announcements look it up again
        words = {name: _read_words(value, lang) for name, value in fields.items() if value}
        for field_name, read in words.items():
            found.extend(_find(lexicon, fields[field_name], field_name, lang, self.max_gap, read))
        found, pairs = _public_and_service(found, fields)
        found = _title_head(_resolve_overlaps(found), title)
        if pairs:  # after the overlaps: a pair's span would hide the core terms inside it
            found = sorted(
                [*found, *pairs], key=lambda tm: (FIELDS.index(tm[1].field), tm[1].start)
            )
        found, invited = self._invited_organisations(found, fields, lang)
        found, announced = self._announced(found, fields, words, lang)
        invited.extend(announced)
        found, on_the_side = _subject_place(found, fields)
        invited.extend(on_the_side)
        found, framed = _news_frame(found, title, summary)
        invited.extend(framed)
        found.extend(self._job_ad_cues(title, summary, text))
        genre = read_genre(title, summary) if not known_call else GenreReading("call")
        found.extend(_genre_cues(genre, {"title": title, "summary": summary}))
        evidence = self._evidence(found)
        if not known_call and evidence["call"] < self.evidence_caps.get("call", math.inf):
            # a deadline adds nothing once call evidence is capped: skip the date search
            found.extend(self._deadline_cues(title, summary, text, dates))
            evidence = self._evidence(found)

        off = evidence["off_topic"] * self.off_topic_factor
        subject = {s: evidence[s] - off for s in SUBJECTS}
        best = max(SUBJECTS, key=lambda s: subject[s])
        call_margin = evidence["call"] - evidence["not_call"]
        is_call = known_call or (call_margin >= self.call_threshold and evidence["call"] > 0)
        subject_ok = subject[best] >= self.subject_threshold
        relevant = is_call and subject_ok
        topics: list[str] = []
        if relevant:
            topics = [
                s
                for s in SUBJECTS
                if subject[s] >= self.subject_threshold
                and subject[s] >= self.second_topic_ratio * subject[best]
            ]
        subject_p = _logistic((subject[best] - self.subject_threshold) / 1.0)
        call_p = _logistic((call_margin - self.call_threshold) / 1.0) if evidence["call"] else 0.0
        if known_call:
            call_p = 1.0
        score = round(min(subject_p, call_p), 3)
        if not relevant:
            score = min(score, 0.499)  # keep score >= 0.5 iff relevant

        matches = [m for _t, m in found]
        reasons = _reasons(found, evidence, subject, best, call_margin, is_call, relevant, self)
        reasons[-2:-2] = invited
        reasons[1:1] = [
            f"a public of the field with {_PARTNER[term.group]}: '{term.name}' ({match.field})"
            for term, match in found
            if term.anchor == _PAIR
        ]
        if genre.cues or genre.call_shape:
            reasons.insert(1, genre.reason())
        reasons.insert(0, f"language: {lang}")
        if known_call:
            reasons.insert(1, "a call: the source publishes only calls")
        tests = [Doubt("subject", best, subject[best], self.subject_threshold)]
        if not known_call:
            tests.append(Doubt("call", "call", call_margin, self.call_threshold))
        doubts = self._doubts(tests, relevant, reachable=known_call or evidence["call"] > 0)
        if not doubts and not relevant and genre.cues and subject_ok:
            doubts = self._turned_by_genre(found, tests)
        if self.second_opinion is not None and not known_call:
            reading = RulesReading(
                evidence, tests[0].value - tests[0].needed, tests[1].value - tests[1].needed,
                relevant, is_call, bool(doubts),
            )  # fmt: skip
            stems = {
                name: (w.tokens, [forms[0].stem for forms in w.forms_at])
                for name, w in words.items()
                if name != "text"
            }
            opinion = self.second_opinion.read(reading, title, summary, lang, stems, url=url)
            if opinion.words:  # before the verdict's line, as the rules' evidence
                reasons.insert(
                    -1,
                    f"second opinion {opinion.probability:.2f}: "
                    + ", ".join(f"'{w}'" for w in opinion.words),
                )
            named = ", ".join(opinion.words)
            if opinion.turns:  # it decides: the flag changes
                relevant = not relevant
                topics = [best] if relevant else []
                score = max(score, 0.5) if relevant else min(score, 0.499)
                reasons[-1] = "relevant" if relevant else "not relevant"
                reasons.insert(-1, "turned by the second opinion")
                # a flag it adds is marked "to check", and one it drops stays "to check":
                # the layer may hide nothing the rules flagged (about one page per 100 read)
                doubts = [Doubt("words", named, opinion.probability, 0.5)]
            elif not doubts and (opinion.shows or opinion.doubts):
                needed = self.second_opinion.show_above if opinion.shows else (
                    self.second_opinion.doubt_below
                )  # fmt: skip
                doubts = [Doubt("words", named, opinion.probability, needed)]
        if doubts:
            reasons.append("to check: " + "; ".join(_doubt_reason(d) for d in doubts))
        return Classification(
            relevant, topics, score, is_call, matches, reasons, bool(doubts), doubts
        )

    def _doubts(self, tests: list[Doubt], relevant: bool, reachable: bool) -> list[Doubt]:
        """The tests that make the verdict uncertain (none: it is clear)."""
        if relevant:
            return [t for t in tests if t.value - t.needed < self.uncertain_above]
        missed = [t for t in tests if not t.passed]
        # a page with no call cue at all is not near the line, however central its subject
        if reachable and all(t.needed - t.value <= self._band_width(t) for t in missed):
            return missed
        return []

    def _turned_by_genre(self, found: list[tuple[_Term, Match]], tests: list[Doubt]) -> list[Doubt]:
        """The genre reading (round 12) was written from one set: a page it alone turned
        away from the flagged calls or from the band, with its subject over the line, stays
        in sight as "to check" (recall first; a wrong one costs a glance). Returns the call
        test it failed, or nothing when the page was no call without the genre either."""
        plain = self._evidence([(t, m) for t, m in found if not t.name.startswith("genre: ")])
        margin = plain["call"] - plain["not_call"]
        call = next(t for t in tests if t.test == "call")
        if not plain["call"] or margin + self._band_width(call) < self.call_threshold:
            return []
        return [t for t in tests if not t.passed]

    def _band_width(self, test: Doubt) -> float:
        """How far below its line a test may be for the page to be shown "to check": the
        call test reaches further, as the unseen sets' misses read as news or a programme
        page with a subject well over its line were 1-3 short of it (bench/band_unseen.py)."""
        return self.uncertain_below_call if test.test == "call" else self.uncertain_below


def _may_be_announced(term: _Term, match: Match) -> bool:
    """A call cue outside the title, which an announcement in its sentence would turn."""
    return term.group == "call" and match.field != "title" and bool(term.words)


_LOWER: dict[str, str] = {"strong": "medium", "medium": "weak", "weak": "weak"}


def _subject_place(
    found: list[tuple[_Term, Match]], fields: Mapping[str, str]
) -> tuple[list[tuple[_Term, Match]], list[str]]:
    """Subject evidence said on the side (round 12), in a criterion ("… get a bonus") or
    after an enumeration's "among others", "notamment", "onder meer", "u. a.", counts one
    level less than in the title or the purpose sentence. Returns the matches and why."""
    kept: list[tuple[_Term, Match]] = []
    why: list[str] = []
    marks: dict[str, SentenceMarks] = {}  # per sentence: most hold several subject words
    for term, match in found:
        if (
            term.group == "not_call"
            and term.level == "strong"
            and term.words
            and match.field != "title"
            and not term.name.startswith(("not: ", "announced: "))
        ):
            start, sentence = _sentence_around(fields[match.field], match)
            if listed(sentence, match.start - start):
                term = _Term(term.name, term.group, "weak", term.words, term.anchor)
                why.append(
                    f"one item of a list, not the page's type: '{_readable(term.name)}' "
                    f"({match.field})"
                )
        elif term.group in SUBJECTS and match.field != "title":
            start, sentence = _sentence_around(fields[match.field], match)
            if sentence not in marks:
                marks[sentence] = sentence_marks(sentence)
            side = side_place(sentence, match.start - start, marks[sentence])
            if side is not None:
                level = _LOWER[term.level]
                term = _Term(term.name, term.group, level, term.words, term.anchor)
                why.append(
                    f"on the side, counts less: '{_readable(term.name)}' ({match.field}), {side}"
                )
        kept.append((term, match))
    return kept, why


def _genre_cues(genre: GenreReading, fields: Mapping[str, str]) -> list[tuple[_Term, Match]]:
    """The page's shape as not-a-call evidence (round 12): a title that names a training
    is a document type (strong); news, a report or guidance weigh as a medium cue. A call's
    results and an invitation to a person (round 13), a tender for a study, questions and
    answers and an event (round 16) say what the page is: strong. A press article's quote
    or reaction (round 16) is a medium cue: strong, it cost two relevant calls on the sets
    the round held out for one false flag fewer (docs/quality.md, "Round 16 at the merge")."""
    cues: list[tuple[_Term, Match]] = []
    for cue in genre.cues:
        strong = cue.genre in ("results", "person", "study", "faq", "event") or (
            cue.genre == "training" and cue.field == "title"
        )
        level = "strong" if strong else "medium"
        term = _Term(f"genre: {cue.genre}", "not_call", level, ())
        end = min(cue.end, len(fields[cue.field]))  # folding may shorten a field
        cues.append((term, Match(term.name, "not_call", cue.field, min(cue.start, end), end)))
    return cues


_PAIR = "public + service"  # marks the matches `_public_and_service` makes
_CONCEPTS = ("public", "service", "companion")  # the groups `_public_and_service` reads
_PARTNER = {"insertion": "a service of insertion", "mentoring": "a companion (mentoring)"}


def _public_and_service(
    found: list[tuple[_Term, Match]], fields: Mapping[str, str]
) -> tuple[list[tuple[_Term, Match]], list[tuple[_Term, Match]]]:
    """The field's concepts read together: in each field, the first public of insertion
    with a service of insertion in its sentence (no sentence end between them) becomes one
    strong insertion match, named after both ("'réfugiés' with 'stage en entreprise'"), and
    the first with a companion in its sentence ("binôme", "buddy") one strong mentoring
    match (round 10); an other field's cue inside a paired service is dropped
    ("Gründerinnen" beside "mit Migrationshintergrund"), and so is a medium or weak one
    inside a public paired with a service (round 11): "people with long-term health
    conditions" moving closer to work are a public of the field, not a call on health.
    Publics, services and companions alone are no evidence: they go. Returns the other
    matches and the pairs."""
    concepts = [(t, m) for t, m in found if t.group in _CONCEPTS]
    if not concepts:
        return found, []
    kept = [(t, m) for t, m in found if t.group not in _CONCEPTS]
    pairs: list[tuple[_Term, Match]] = []
    paired: list[Match] = []
    # the publics paired with a service, as (field, start, end)
    places: list[tuple[str, int, int]] = []
    for field_name in FIELDS:
        value = fields[field_name]
        publics = [m for t, m in concepts if m.field == field_name and t.group == "public"]
        if not publics:
            continue
        # where the field's sentences end, read once: a pair is tested by two bisections
        # instead of a scan of the words between them per sentence end
        stops = [stop.start() for stop in _SENTENCE_STOP.finditer(value)]
        for group, subject in (("service", "insertion"), ("companion", "mentoring")):
            partners = [m for t, m in concepts if m.field == field_name and t.group == group]
            pair = next(
                (
                    (public, partner)
                    for public in publics
                    for partner in partners
                    if not _overlap(public, partner) and _one_sentence(stops, public, partner)
                ),
                None,
            )
            if pair is None:
                continue
            public, partner = pair
            # the page's own words, as any term: people read it in their language's sentence
            name = f"{value[public.start : public.end]} + {value[partner.start : partner.end]}"
            term = _Term(name, subject, "strong", (), anchor=_PAIR)
            start, end = min(public.start, partner.start), max(public.end, partner.end)
            pairs.append((term, Match(name, subject, field_name, start, end)))
            paired.extend(s for s in partners if _one_sentence(stops, public, s))
            if group == "service":
                places.append((field_name, public.start, public.end))
    kept = [
        (t, m)
        for t, m in kept
        if not (
            t.group == "off_topic"
            and (
                any(_overlap(m, s) for s in paired)
                or (
                    t.level != "strong"
                    and any(m.field == f and a <= m.start and m.end <= b for f, a, b in places)
                )
            )
        )
    ]
    return kept, pairs


def _one_sentence(stops: list[int], a: Match, b: Match) -> bool:
    """No sentence end (`stops`: their offsets, in order) between two matches of a field."""
    return bisect_left(stops, min(a.end, b.end)) >= bisect_left(stops, max(a.start, b.start))


def _overlap(a: Match, b: Match) -> bool:
    return a.field == b.field and a.start < b.end and b.start < a.end


def _doubt_reason(doubt: Doubt) -> str:
    if doubt.test == "words":
        leaning = "likely relevant" if doubt.passed else "doubtful"
        return f"second opinion {leaning} ({doubt.value:.2f}): {doubt.name}"
    what = "call evidence margin" if doubt.test == "call" else f"subject {doubt.name}"
    gap = abs(doubt.value - doubt.needed)
    side = "over" if doubt.passed else "short of"
    return f"{what} {doubt.value:.1f}, {gap:.1f} {side} {doubt.needed:.1f}"


def _sentence_start(value: str, at: int) -> int:
    """Where the sentence holding offset `at` begins; a question just before it belongs to
    it ("Vous êtes une entreprise ? Devenez marraine…", "Are you an employer? Become…")."""
    start = max(value.rfind(stop, 0, at) for stop in _SENTENCE_END) + 1
    if start > 0 and value[start - 1] == "?":
        start = max(value.rfind(stop, 0, start - 1) for stop in _SENTENCE_END) + 1
    return start


def _sentence_around(value: str, match: Match) -> tuple[int, str]:
    """The sentence of `value` that holds `match`, and where it begins."""
    start = _sentence_start(value, match.start)
    ends = [i for stop in _SENTENCE_END if (i := value.find(stop, match.end)) >= 0]
    return start, value[start : min(ends, default=len(value))]


# what may come before a title's first word: quotes, dashes, a year ("2026 grantees: …")
_LEADING = " \t\n«»\"'“”„‘’([-–—0123456789"
# what follows a document type that names the call it is about: "Lauréats de l'appel…",
# "Séance d'information : appel…", "Resultaten van de projectoproep…", "Liste … – Fonds"
_ABOUT_A_CALL = re.compile(
    r"\s*(?:[:–—|]|-\s|(?:de l'|de la |du |des |d'|van de |van het |der |des |zum |zur |"
    r"of the |for the |of |for )?(?:appels?|(?:project)?oproep(?:en)?|calls?|"
    r"(?:projekt|forder)?aufruf(?:s|es|e)?)\b)"
)


_CALL_WORD_END = re.compile(r"\b(?:appels?|oproep|projectoproep|calls?|aufruf|projektaufruf)$")


# what may present a title's first words: "Dit zijn de laureaten van…", "Voici les lauréats
# de l'appel…", "These are the winners of…", "Das sind die Preisträger des Aufrufs…"
_LEAD_IN = re.compile(
    r"(?:voici|decouvrez|dit zijn|ontdek|maak kennis met|these are|here are|meet|das sind|"
    r"hier sind|lernen sie)\s+(?:les |de |het |the |die )?"
)


def _title_head(found: list[tuple[_Term, Match]], title: str) -> list[tuple[_Term, Match]]:
    """A title that begins with what the page is, then the call it is about ("Séance
    d'information : appel…", "Lauréats de l'appel…", "Resultaten van de projectoproep…"),
    is that page, not the call: such a not-a-call cue counts as a strong one. A lead-in
    ("Dit zijn de", "Voici les") may come first."""
    head = len(title) - len(title.lstrip(_LEADING))
    rest = fold(title[head:])
    lead = _LEAD_IN.match(rest)
    if lead and len(rest) == len(title) - head:  # folding kept the offsets
        head += lead.end()
    return [
        (
            _Term(f"{term.name} (title head)", term.group, "strong", term.words)
            if term.group == "not_call"
            and term.level != "weak"
            and match.field == "title"
            and match.start <= head
            and (
                _ABOUT_A_CALL.match(fold(title[match.end :]))
                or _CALL_WORD_END.search(fold(title[match.start : match.end]))
            )
            else term,
            match,
        )
        for term, match in found
    ]


# round 13: a section label at the title's head ("News:", "Actualités –", "Nieuws:",
# "Aktuelles:") names where the page is published, not what it is
_SECTION_LABEL = re.compile(
    r"^\W*(?:news|latest news|actualites?|actus?|nieuws|nieuwtjes|aktuelles|aktuell|"
    r"neuigkeiten|nachrichten)\s*[:–—|-]\s"
)
# what says, in the title or the summary's first sentence, that a call is open now
_CALL_OPEN = re.compile(
    r"\b(?:applications? (?:are |is |now )?open|now open|open(?:s|ed)? the \S+ round|"
    r"to open the \S+ round|partners? wanted|(?:is |are )?looking for (?:new )?partners|"
    r"new round|call (?:is )?(?:now )?open|"
    r"appel (?:est )?ouvert|candidatures (?:sont )?ouvertes|partenaires recherches|"
    r"(?:cherche|recherche) (?:de nouveaux |des )?partenaires|nouvel appel|"
    r"oproep (?:loopt|is open|staat open)|aanvragen (?:kunnen|zijn open)|partners gezocht|"
    r"zoekt (?:nieuwe )?partners|nieuwe (?:ronde|oproep)|"
    r"(?:bewerbungen|antrage) (?:sind )?moglich|neue runde|"
    r"sucht (?:erneut |neue )?(?:partner|trager)|partner gesucht|aufruf (?:ist )?geoffnet)\b"
)


def _news_frame(
    found: list[tuple[_Term, Match]], title: str, summary: str
) -> tuple[list[tuple[_Term, Match]], list[str]]:
    """A call announced on a news page ("News: applications open for…", "News – … partners
    wanted", "Aktuelles: Jobcenter sucht Träger") is a call: the section label's not-a-call
    cue is dropped when the title or the summary's first sentence says the call is open."""
    label = _SECTION_LABEL.match(fold(title))
    if label is None:
        return found, []
    first = _SENTENCE_STOP.split(summary, maxsplit=1)[0]
    opened = _CALL_OPEN.search(fold(title)) or _CALL_OPEN.search(fold(first))
    if opened is None:
        return found, []
    kept = [
        (term, match)
        for term, match in found
        if not (term.group == "not_call" and match.field == "title" and match.end <= label.end())
    ]
    if len(kept) == len(found):
        return found, []
    return kept, [f"a call on a news page: '{opened.group(0)}'"]


def _readable(name: str) -> str:
    """A term as a reader sees it: "{retenir} # projets" -> "retenir N projets"."""
    return _VERB.sub(r"\1", name).replace("#", "N") if "{" in name or "#" in name else name


def _quote(found: list[tuple[_Term, Match]], group: str, limit: int = 4) -> str:
    names: list[str] = []
    for term, match in found:
        if term.group == group:
            label = f"'{_readable(term.name)}' ({match.field})"
            if label not in names:
                names.append(label)
    more = f" +{len(names) - limit} more" if len(names) > limit else ""
    return ", ".join(names[:limit]) + more


def _reasons(
    found: list[tuple[_Term, Match]],
    evidence: dict[str, float],
    subject: dict[Subject, float],
    best: Subject,
    call_margin: float,
    is_call: bool,
    relevant: bool,
    clf: Classifier,
) -> list[str]:
    lines = []
    for group in SUBJECTS:
        if evidence[group]:
            lines.append(f"{group} evidence {evidence[group]:.1f}: {_quote(found, group)}")
    if evidence["off_topic"]:
        lines.append(
            f"other subjects {evidence['off_topic']:.1f} (subtracts "
            f"{evidence['off_topic'] * clf.off_topic_factor:.1f}): {_quote(found, 'off_topic')}"
        )
    traps = _quote(found, "trap")
    if traps:
        lines.append(f"ignored as another meaning: {traps}")
    if evidence["call"]:
        lines.append(f"call evidence {evidence['call']:.1f}: {_quote(found, 'call')}")
    if evidence["not_call"]:
        lines.append(f"not-a-call evidence {evidence['not_call']:.1f}: {_quote(found, 'not_call')}")
    verdict_call = "a call" if is_call else "not a call"
    lines.append(
        f"{verdict_call} (margin {call_margin:.1f}, needs {clf.call_threshold:.1f}); "
        f"subject {best} {subject[best]:.1f} (needs {clf.subject_threshold:.1f})"
    )
    lines.append("relevant" if relevant else "not relevant")
    return lines


__all__ = [
    "Classification",
    "Classifier",
    "ClassifierSettings",
    "Doubt",
    "Match",
    "Vocabulary",
]
