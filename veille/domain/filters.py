"""Does a stored call match a member's keyword filter? (No framework imports.)"""

from __future__ import annotations

import re
from datetime import datetime
from functools import lru_cache
from typing import Any

from veille.domain.call import days_left
from veille.domain.text import fold  # the classifier's folding: accents, ’ → ', ß → ss


@lru_cache(maxsize=2048)
def _term_pattern(term: str) -> re.Pattern[str]:
    """A term matches at word starts (so 'mentor' finds 'mentorat'); a "quoted phrase" exactly."""
    term = term.strip()
    if len(term) > 1 and term[0] == term[-1] == '"':
        return re.compile(r"\b" + re.escape(fold(term[1:-1])) + r"\b")
    return re.compile(r"\b" + re.escape(fold(term)))


def call_matches_filter(call: dict[str, Any], spec: Any, now: datetime) -> bool:
    """`call` is a decoded stored row; `spec` has the KeywordFilter attributes."""
    if spec.relevant_only and not call.get("relevant"):
        return False
    if spec.topics and not set(spec.topics) & set(call.get("topics") or []):
        return False
    if spec.languages and call.get("lang") not in spec.languages:
        return False
    if spec.sources and call.get("source") not in spec.sources:
        return False
    if spec.kinds and call.get("kind") not in spec.kinds:
        return False
    if spec.regions and not {fold(r) for r in spec.regions} & {
        fold(r) for r in call.get("regions") or []
    }:
        return False
    if spec.min_days_left is not None and call.get("deadline"):
        left = days_left(datetime.fromisoformat(call["deadline"]), now)
        if left is not None and left < spec.min_days_left:
            return False
    if not spec.exclude and not spec.include:
        return True
    haystack = folded_text(call)
    if spec.exclude and any(_term_pattern(term).search(haystack) for term in spec.exclude):
        return False
    if spec.include:
        return any(_term_pattern(term).search(haystack) for term in spec.include)
    return True


def folded_text(call: dict[str, Any]) -> str:
    """The call's words, folded once per call (a digest run tests it against every member)."""
    if "_folded" not in call:
        parts = (str(call.get(name) or "") for name in ("title", "summary", "text"))
        call["_folded"] = fold(" ".join(parts))
    return call["_folded"]
