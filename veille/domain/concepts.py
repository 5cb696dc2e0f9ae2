"""Search across languages and inflections: what a query's words may match.

A query word is folded (case, accents) and cut to its stem in each language, so that
"mentorats" finds "mentorat" and "Projektaufrufe" finds "Projektaufruf". A word (or a few
words) that names a known concept ("mentorat", "demandeurs d'emploi", "NEET") also matches
the concept's forms in the other languages ("mentoring", "mentorschap", "werkzoekenden",
"jobseekers", "Arbeitsuchende"). The concepts are written in config/defaults/concepts.yaml,
from the classifier's vocabulary.

>>> concepts = Concepts({"mentoring": {"fr": ("mentorat",), "nl": ("mentoring",)}})
>>> [group.forms for group in search_groups("Mentorats jeunes", concepts)]
[(('mentorat',), ('mentoring',)), (('jeun',),)]
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

from veille.domain.text import STOPWORDS, fold

_WORD = re.compile(r"[^\W_]+")
MAX_GROUPS = 12  # words of a query searched for (the rest is ignored)
MIN_PREFIX = 4  # a prefix shorter than this would match too much: the word is kept whole
# Endings of plurals and inflections in the four languages, longest first: the prefix
# that stays finds every form ("jeunes" -> "jeun*": jeune, jeunes; "werkzoekenden" ->
# "werkzoekend*"). Stems that change the word itself (Dutch "kwetsbaar"/"kwetsbare")
# are the classifier's: as a search prefix, a changed word would find other words.
_ENDINGS = ("innen", "eren", "es", "en", "er", "e", "s", "x", "n")
_QUERY_STOPWORDS = frozenset().union(*STOPWORDS.values())

Form = tuple[str, ...]  # folded word stems, in order: ("demandeur", "d", "emploi")


def stems(text: str) -> Form:
    """A text's words, each folded and cut to the prefix its inflected forms share.

    >>> stems("Demandeurs d'emploi NEET")
    ('demandeur', 'd', 'emploi', 'neet')
    """
    return tuple(_stem(word) for word in _WORD.findall(fold(text)))


def _stem(word: str) -> str:
    """Two endings at most come off ("jobseekers" -> "jobseek", as "jobseeker" does)."""
    for _ in range(2):
        ending = next(
            (e for e in _ENDINGS if word.endswith(e) and len(word) - len(e) >= MIN_PREFIX), ""
        )
        if not ending:
            break
        word = word[: -len(ending)]
    return word


@dataclass(frozen=True)
class Concepts:
    """Concept name -> language -> the concept's forms in that language."""

    forms: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)

    @cached_property
    def index(self) -> dict[Form, str]:
        """Every form's stems -> its concept."""
        found: dict[Form, str] = {}
        for name, languages in self.forms.items():
            for words in languages.values():
                for form in words:
                    found.setdefault(stems(form), name)
        return found

    @cached_property
    def longest(self) -> int:
        return max((len(form) for form in self.index), default=1)

    def forms_of(self, name: str) -> tuple[Form, ...]:
        """The concept's forms in every language, as stems, each once."""
        seen: dict[Form, None] = {}
        for words in self.forms[name].values():
            for form in words:
                seen.setdefault(stems(form), None)
        return tuple(seen)


@dataclass(frozen=True)
class SearchGroup:
    """One part of a query: the words as typed, the concept they name (if any), and the
    forms any one of which a call must contain (all groups of a query must be found)."""

    words: str
    concept: str | None
    forms: tuple[Form, ...]


def search_groups(query: str, concepts: Concepts) -> tuple[SearchGroup, ...]:
    """The query as groups of alternatives, the longest known concepts first.

    >>> concepts = Concepts({"jobseekers": {"fr": ("demandeur d'emploi",),
    ...                                     "nl": ("werkzoekende",)}})
    >>> [(g.words, g.concept, g.forms) for g in search_groups("demandeurs d'emploi", concepts)]
    [("demandeurs d'emploi", 'jobseekers', (('demandeur', 'd', 'emploi'), ('werkzoekend',)))]
    """
    words = [match for match in _WORD.finditer(query)]
    folded = [_stem(fold(match.group())) for match in words]
    groups: list[SearchGroup] = []
    index = 0
    while index < len(words) and len(groups) < MAX_GROUPS:
        for size in range(min(concepts.longest, len(words) - index), 0, -1):
            form = tuple(folded[index : index + size])
            name = concepts.index.get(form)
            if name is not None:
                typed = query[words[index].start() : words[index + size - 1].end()]
                forms = (form, *(f for f in concepts.forms_of(name) if f != form))
                groups.append(SearchGroup(typed, name, forms))
                index += size
                break
        else:
            word = words[index].group()
            if fold(word) not in _QUERY_STOPWORDS or len(words) == 1:
                groups.append(SearchGroup(word, None, ((folded[index],),)))
            index += 1
    return tuple(groups)
