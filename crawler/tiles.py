"""What a listing says beside each call link: how it names the call, and its status label.

A call's *tile* is the largest block around its link that holds no link to another call
(a WordPress `<article>`, a Drupal `views-row`, a table row, a Liferay asset entry). Inside it:
- the title hint: the link's text inside a heading, else the longest link text that is not
  shared by other calls' links ("Lire la suite", "Weiterlesen"), else the link's `title`;
- the status label: a short element whose whole text is a status ("Clôturé", "À venir",
  "Afgesloten", "Lopend", "Closed", "Abgeschlossen"), see veille.domain.status_labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import Tag

from veille.domain.status_labels import MAX_LABEL_CHARS, label_status

MAX_TILE_CHARS = 2000  # a tile is a row or a card, not a page section
MAX_CLIMB = 8
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# not "form": ASP.NET (SharePoint) wraps whole pages in one
NOT_LABELS = ("select", "option", "button", "datalist", "nav", "script", "style")
_SPACES = re.compile(r"\s+")
_DATE_ONLY = re.compile(r"^[\d\s./-]+$")


@dataclass(frozen=True)
class Tile:
    title: str | None = None  # how the listing names the call
    status: str | None = None  # the status its label states (open, closed…)


def _text(node: Tag) -> str:
    return _SPACES.sub(" ", node.get_text(" ")).strip()


def _tile(anchor: Tag, key: str, key_of: dict[int, str]) -> list[Tag]:
    """The ancestors of `anchor`, nearest first, up to the largest one that links to no
    other call (bounded in size): the tile and the blocks inside it that hold the link."""
    levels = [anchor]
    node = anchor
    for _ in range(MAX_CLIMB):
        parent = node.parent
        if not isinstance(parent, Tag) or parent.name in ("body", "html", "[document]"):
            break
        others = any(key_of.get(id(a), key) != key for a in parent.find_all("a", href=True))
        if others or len(parent.get_text()) > MAX_TILE_CHARS:
            break
        levels.append(parent)
        node = parent
    return levels


def _status(levels: list[Tag]) -> str | None:
    """The status label nearest the call's link (a filter form's options never count)."""
    seen: set[int] = set()
    for level in levels:
        for node in [level, *level.find_all(True)]:
            if id(node) in seen:
                continue
            seen.add(id(node))
            if node.name in NOT_LABELS or node.find_parent(NOT_LABELS) is not None:
                continue
            text = _text(node)
            if text and len(text) <= MAX_LABEL_CHARS:
                found = label_status(text)
                if found is not None:
                    return found
    return None


def _title(anchors: list[Tag], shared: set[str]) -> str | None:
    def usable(text: str) -> bool:
        return len(text) >= 5 and text not in shared and not _DATE_ONLY.match(text)

    in_heading = [a for a in anchors if a.find_parent(HEADINGS) is not None or a.find(HEADINGS)]
    for anchor in in_heading:
        if usable(_text(anchor)):
            return _text(anchor)
    texts = sorted((_text(a) for a in anchors if usable(_text(a))), key=len, reverse=True)
    if texts:
        return texts[0]
    titles = [str(a.get("title") or "").strip() for a in anchors]
    return next((title for title in titles if usable(title)), None)


def listing_tiles(anchors_by_call: dict[str, list[Tag]]) -> dict[str, Tile]:
    """The tile of each call link of one listing page: {call key: Tile}.

    `anchors_by_call` maps each call's key (its normalised URL) to the `<a>` elements that
    link to it, in page order.
    """
    key_of = {id(a): key for key, anchors in anchors_by_call.items() for a in anchors}
    texts: dict[str, set[str]] = {}
    for key, anchors in anchors_by_call.items():
        for anchor in anchors:
            texts.setdefault(_text(anchor), set()).add(key)
    shared = {text for text, keys in texts.items() if len(keys) > 1}
    tiles = {}
    for key, anchors in anchors_by_call.items():
        levels = _tile(anchors[0], key, key_of)
        tile = levels[-1]
        inside = [a for a in anchors if a is tile or tile in a.parents]
        tiles[key] = Tile(title=_title(inside or anchors, shared), status=_status(levels))
    return tiles
