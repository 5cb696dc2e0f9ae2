"""Turning URL queries into call queries, and stored text into highlighted, escaped HTML."""

from __future__ import annotations

import re
from typing import Any

from markupsafe import Markup, escape
from starlette.datastructures import QueryParams

from veille.domain.concepts import Concepts, SearchGroup, search_groups
from veille.domain.stored_call import Evidence
from veille.domain.text import fold_with_map
from veille.domain.vocabulary import TOPICS, VIEW_STATUSES, WINDOW_DAYS
from veille.storage.call_queries import CallQuery

# What the call page shows as the classifier's evidence (highlighted in the text).
EVIDENCE_TOPICS = (*TOPICS, "call")


def form_lines(value: Any, most: int = 50) -> list[str]:
    """A form's text of one item per line (or comma), each stripped; at most `most`."""
    text = "\n".join(value) if isinstance(value, list) else str(value or "")
    return [line.strip() for line in text.replace(",", "\n").splitlines() if line.strip()][:most]


def form_choices(value: Any, allowed: tuple[str, ...]) -> list[str]:
    """The checked values of a form's checkboxes that belong to `allowed`."""
    chosen = value if isinstance(value, list) else [value] if value else []
    return [item for item in chosen if item in allowed]


def parse_query(params: QueryParams, concepts: Concepts | None = None) -> CallQuery:
    """Unknown values are dropped rather than refused: a shared URL should still open.
    The search `q` crosses languages through `concepts`."""

    def value(name: str) -> str:
        return params.get(name, "").strip()[:200]

    status, window = value("status"), value("window")
    return CallQuery(
        q=value("q"),
        search=search_groups(value("q"), concepts or Concepts()),
        topic=value("topic"),
        source=value("source"),
        funder=value("funder"),
        region=value("region"),
        kind=value("kind"),
        # `lang` in the URL is the interface language; the call language filter is `call_lang`.
        lang=params.get("call_lang", "").strip()[:10],
        window=next((name for name in WINDOW_DAYS if name == window), ""),
        status=next((name for name in VIEW_STATUSES if name == status), "open"),
    )


def _folded_with_positions(text: str) -> tuple[str, list[int]]:
    """Folded as the classifier folds, and for each folded character its original index."""
    folded, where = fold_with_map(text)
    return folded, where[:-1]  # fold_with_map adds an end entry


def _marked(text: str, spans: list[tuple[int, int]]) -> Markup:
    """Escape `text`, wrapping the (merged) spans in <mark>."""
    out: list[str] = []
    cursor = 0
    for start, end in sorted(spans):
        start = max(start, cursor)
        if end <= start:
            continue
        out.append(str(escape(text[cursor:start])))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        cursor = end
    out.append(str(escape(text[cursor:])))
    return Markup("".join(out))


def _form_pattern(form: tuple[str, ...]) -> str:
    """A form's words as a regex on folded text: each a word start, the form's words
    together (a short word or two may stand between them, as the search allows)."""
    words = [re.escape(word) + r"\w*" for word in form]
    return r"\b" + r"\W+(?:\w+\W+){0,2}?".join(words)


def _search_groups(query: str | tuple[SearchGroup, ...]) -> tuple[SearchGroup, ...]:
    return search_groups(query, Concepts()) if isinstance(query, str) else query


def highlight_terms(text: str | None, query: str | tuple[SearchGroup, ...]) -> Markup:
    """What the search found, highlighted whole words, ignoring case and accents: the
    query's words and their other forms (plurals, other languages' names of a concept).

    >>> str(highlight_terms("Appel <b> mentorats", "MENTORAT"))
    'Appel &lt;b&gt; <mark>mentorats</mark>'
    """
    text = text or ""
    forms = [form for group in _search_groups(query) for form in group.forms]
    if not forms:
        return Markup(escape(text))
    folded, positions = _folded_with_positions(text)
    spans = []
    for form in forms:
        for found in re.finditer(_form_pattern(form), folded):
            spans.append((positions[found.start()], positions[found.end() - 1] + 1))
    return _marked(text, spans)


def highlight_matches(text: str | None, matches: list[Evidence], field: str) -> Markup:
    """The classifier's evidence (stored offsets) highlighted in one field of the call."""
    text = text or ""
    spans = [
        (m["start"], m["end"])
        for m in matches
        if m.get("field") == field
        and m.get("topic") in EVIDENCE_TOPICS
        and 0 <= m.get("start", -1) < m.get("end", -1) <= len(text)
    ]
    return _marked(text, spans)


def excerpt(text: str | None, query: str | tuple[SearchGroup, ...], size: int = 240) -> str:
    """A piece of text around the first thing the search found, else the beginning."""
    text = " ".join((text or "").split())
    folded, positions = _folded_with_positions(text)
    found = [
        match
        for group in _search_groups(query)
        for form in group.forms
        if (match := re.search(_form_pattern(form), folded))
    ]
    if found:
        first = min(found, key=lambda match: match.start())
        start = max(0, positions[first.start()] - size // 3)
        piece = text[start : start + size]
        return ("…" if start else "") + piece + ("…" if start + size < len(text) else "")
    return text[:size] + ("…" if len(text) > size else "")
