"""Structured data a page declares about itself: JSON-LD and `<meta>` tags.

JSON-LD is untrusted input: at most a few blocks of bounded size are read, and one that is
not JSON is reported (for the source's health) and skipped, never fatal.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from bs4 import BeautifulSoup, Tag

MAX_BLOCKS = 10
MAX_BLOCK_CHARS = 500_000
MAX_NODES = 200
# types whose name or headline is not the page's subject
NOT_SUBJECT = {"organization", "website", "person", "breadcrumblist", "imageobject", "place"}


@dataclass
class Structured:
    nodes: list[dict[str, Any]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    def headline(self) -> str | None:
        """The `headline`, else `name`, of the page's subject (not its publisher or site)."""
        for wanted in ("headline", "name"):
            for node in self.nodes:
                types = node.get("@type")
                names = {str(t).lower() for t in (types if isinstance(types, list) else [types])}
                value = node.get(wanted)
                if names & NOT_SUBJECT or not isinstance(value, str) or not value.strip():
                    continue
                return value.strip()
        return None

    def first(self, *keys: str) -> str | None:
        """The first text value of any of `keys` in any node (datePublished…)."""
        for node in self.nodes:
            for key in keys:
                value = node.get(key)
                if isinstance(value, str) and value.strip():
                    return value.strip()
        return None


def _flatten(value: Any, out: list[dict[str, Any]]) -> None:
    if len(out) >= MAX_NODES:
        return
    if isinstance(value, list):
        for item in value:
            _flatten(item, out)
    elif isinstance(value, dict):
        out.append(value)
        if "@graph" in value:
            _flatten(value["@graph"], out)


def read_json_ld(soup: BeautifulSoup) -> Structured:
    found = Structured()
    scripts = soup.find_all("script", attrs={"type": "application/ld+json"})
    for script in scripts[:MAX_BLOCKS]:
        text = script.string or script.get_text() or ""
        if len(text) > MAX_BLOCK_CHARS:
            found.problems.append(f"a JSON-LD block of {len(text)} characters was skipped")
            continue
        try:
            value = json.loads(text)
        except ValueError as error:
            found.problems.append(f"a JSON-LD block is not JSON ({error})")
            continue
        _flatten(value, found.nodes)
    return found


def meta(soup: BeautifulSoup, *names: str) -> str | None:
    for name in names:
        tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
        if isinstance(tag, Tag) and tag.get("content"):
            return str(tag["content"]).strip()
    return None


def link_href(soup: BeautifulSoup, rel: str) -> str | None:
    """The href of the head's `<link rel=…>` (canonical…), as written."""
    for tag in soup.find_all("link", href=True):
        if rel in {value.lower() for value in tag.get_attribute_list("rel") or []}:
            return str(tag["href"]).strip() or None
    return None


def base_href(soup: BeautifulSoup) -> str | None:
    tag = soup.find("base", href=True)
    return str(tag["href"]).strip() if isinstance(tag, Tag) else None
