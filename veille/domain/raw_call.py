"""What a spider found about one call, before it is normalised into a Call.

A spider fills in what its source states; `veille.domain.normalize` finds the rest (dates,
budget, who may apply) in the wording. `problems()` is the one check of a raw call's shape,
run by the crawl's Validate pipeline step before anything is normalised or stored.

>>> problems(RawCall(source="cocof", url="https://ccf.brussels/aap/", title="Appel"))
[]
>>> problems(RawCall(source="cocof", url="ccf.brussels/aap/", title=3))  # type: ignore[arg-type]
['url is not an http(s) address', 'title should be text, not int']
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import get_type_hints

from veille.domain.vocabulary import KINDS, Kind

_HTTP = re.compile(r"^https?://[^/\s]+")


@dataclass(frozen=True)
class RawCall:
    """One call as a source states it. Dates are text: ISO 8601 when the source is
    structured (an API), else whatever the page declares (read leniently later)."""

    source: str  # the configured source's name
    url: str  # where a person reads the call
    source_id: str = ""  # the source's own stable id; the URL when empty
    title: str = ""
    summary: str = ""
    text: str = ""
    lang: str | None = None  # the page's language, when the source states it
    funder: str | None = None
    kind: Kind = "call_for_projects"
    regions: tuple[str, ...] = ()
    known_call: bool = False  # the source publishes only calls (grant and tender APIs)
    published: str | None = None
    opens: str | None = None
    deadline: str | None = None
    deadline_text: str | None = None  # the text of the source's `selectors.deadline`
    # the status a label beside the call states (a listing's "Clôturé", a page's "Statut"
    # field), one of veille.domain.vocabulary.STATUSES: it sets or confirms the status
    status_label: str | None = None
    attachments: tuple[str, ...] = ()  # URLs of the call's documents
    withdrawn: bool = False  # the source says it is cancelled or closed before its deadline


def _is_text(value: object) -> bool:
    return isinstance(value, str)


def _is_optional_text(value: object) -> bool:
    return value is None or isinstance(value, str)


def _is_flag(value: object) -> bool:
    return isinstance(value, bool)


def _is_kind(value: object) -> bool:
    return value in KINDS


def _is_texts(value: object) -> bool:
    return isinstance(value, tuple) and all(isinstance(item, str) for item in value)


_CHECKS: dict[object, tuple[str, Callable[[object], bool]]] = {
    str: ("text", _is_text),
    str | None: ("text or nothing", _is_optional_text),
    bool: ("true or false", _is_flag),
    tuple[str, ...]: ("a list of text", _is_texts),
    Kind: (f"one of {', '.join(KINDS)}", _is_kind),
}
# field -> (what it should be, its check); a field of a type without a check fails import
_FIELD_CHECKS = {name: _CHECKS[hint] for name, hint in get_type_hints(RawCall).items()}


def problems(raw: object) -> list[str]:
    """What is wrong with a spider's item, in words; [] when it can be normalised."""
    if not isinstance(raw, RawCall):
        return [f"a {type(raw).__name__} is not a RawCall"]
    found = []
    if not raw.source:
        found.append("no source name")
    if not isinstance(raw.url, str) or not _HTTP.match(raw.url):
        found.append("url is not an http(s) address")
    for item in fields(raw):
        wanted, check = _FIELD_CHECKS[item.name]
        value = getattr(raw, item.name)
        if item.name != "url" and not check(value):
            found.append(f"{item.name} should be {wanted}, not {type(value).__name__}")
    return found
