"""Does a stored call match a member's keyword filter? (No framework imports.)"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from typing import Protocol

from veille.domain.call import days_left
from veille.domain.stored_call import StoredCall
from veille.domain.text import fold  # the classifier's folding: accents, ’ → ', ß → ss
from veille.domain.vocabulary import area_of


class FilterSpec(Protocol):
    """What a filter says (config.schema.KeywordFilter has these attributes)."""

    @property
    def relevant_only(self) -> bool: ...
    @property
    def to_check(self) -> bool: ...
    @property
    def topics(self) -> Sequence[str]: ...
    @property
    def languages(self) -> Sequence[str]: ...
    @property
    def sources(self) -> Sequence[str]: ...
    @property
    def kinds(self) -> Sequence[str]: ...
    @property
    def regions(self) -> Sequence[str]: ...
    @property
    def min_days_left(self) -> int | None: ...
    @property
    def include(self) -> Sequence[str]: ...
    @property
    def exclude(self) -> Sequence[str]: ...


@lru_cache(maxsize=2048)
def _term_pattern(term: str) -> re.Pattern[str]:
    """A term matches at word starts (so 'mentor' finds 'mentorat'); a "quoted phrase" exactly."""
    term = term.strip()
    if len(term) > 1 and term[0] == term[-1] == '"':
        return re.compile(r"\b" + re.escape(fold(term[1:-1])) + r"\b")
    return re.compile(r"\b" + re.escape(fold(term)))


def _region(name: str) -> str:
    """A region in any language or as a code ("Brussel" = "Bruxelles" = "brussels")."""
    return area_of(name) or fold(name)


def call_matches_filter(call: StoredCall, spec: FilterSpec, now: datetime) -> bool:
    """Whether `call` is one the filter `spec` asks for, as of `now`."""
    if spec.relevant_only and not (call.relevant or (spec.to_check and call.uncertain)):
        return False
    if spec.topics and not set(spec.topics) & set(call.candidate_topics):
        return False
    if spec.languages and call.lang not in spec.languages:
        return False
    if spec.sources and call.source not in spec.sources:
        return False
    if spec.kinds and call.kind not in spec.kinds:
        return False
    if spec.regions and not {_region(r) for r in spec.regions} & {_region(r) for r in call.regions}:
        return False
    if spec.min_days_left is not None:
        left = days_left(call.deadline, now)
        if left is not None and left < spec.min_days_left:
            return False
    if not spec.exclude and not spec.include:
        return True
    haystack = call.folded_text
    if spec.exclude and any(_term_pattern(term).search(haystack) for term in spec.exclude):
        return False
    if spec.include:
        return any(_term_pattern(term).search(haystack) for term in spec.include)
    return True
