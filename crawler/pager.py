"""Further pages of a listing, found without configuration.

A pager is recognised the way a reader recognises it, whatever the CMS:
- a `rel="next"` link (`<a>` or `<link>` in the head: Drupal, WordPress with Yoast, Plone);
- a link whose text, `title` or `aria-label` says "next" in FR/NL/EN/DE ("Suivant",
  "Page suivante", "Volgende", "Next", "Weiter", "›", "»"): image-only SharePoint buttons
  carry it in `title`/`aria-label` only;
- numbered page links ("2", "3") inside a pager block, or sharing one URL shape with
  another page link (`?page=N`, `/page/N/`, `?p=N`, TYPO3's `tx_news_pi1[@widget_0]
  [currentPage]=N&cHash=…`, Liferay's `_…_cur=N`, SharePoint's `?Paged=TRUE&p_ID=…`).
Links are followed as rendered (never built by hand: TYPO3 ignores a page parameter
without its cHash). The spider bounds how many pages it reads.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, Tag

from veille.domain.text import fold

# whole labels (folded, without arrows and punctuation) that mean "next page"
NEXT_LABELS = frozenset(
    {
        "suivant",
        "suivante",
        "page suivante",
        "pages suivantes",
        "resultats suivants",
        "volgende",
        "volgende pagina",
        "volgende pagina's",
        "next",
        "next page",
        "next results",
        "weiter",
        "nachste",
        "nachste seite",
        "vorwarts",
    }
)
ARROWS = frozenset({"›", "»", ">", ">>", "→", "⟩", "〉", "▶", "►", "❯", "»»"})
# a block that holds a pager, by its class, id, role or label (WordPress, Drupal, TYPO3…)
PAGER_BLOCK = re.compile(r"pag|pager|paging|seite|browse|nav-links|page-numbers", re.I)
# Plone's "Suivant 20 éléments »", "Next 10 items": a next word, a count, what is counted
_NEXT_N = re.compile(
    r"^(?:suivant|suivante|volgende|next|weiter|nachste) \d{1,4}"
    r"(?: (?:elements|items|resultats|results|pages?|pagina's|paginas|seiten|eintrage|"
    r"berichten|artikel|articles|documents|documenten|dokumente|treffer))?$"
)
_ARROW_CHARS = re.compile(r"[›»>→⟩〉▶►❯«‹<←◀◄❮|]+")
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")
_PAGE_WORD = re.compile(r"^(page|pagina|seite)\s*", re.I)  # "Page 2" read by screen readers
MAX_PAGE_NUMBER = 999  # "2026" is a year archive, not page 2026


def _label(text: str) -> str:
    return _SPACES.sub(" ", _ARROW_CHARS.sub(" ", fold(text))).strip(" .:")


def says_next(text: str) -> bool:
    """Does a link's text (or title, or aria-label) mean "next page"?

    >>> [says_next(t) for t in ("Page suivante »", "Volgende ›", "›", "Article suivant")]
    [True, True, True, False]
    >>> [says_next(t) for t in ("Suivant 20 éléments »", "Next 10 items", "Suivant : Bilan")]
    [True, True, False]
    """
    stripped = text.strip()
    if stripped in ARROWS:
        return True
    label = _label(stripped)
    return label in NEXT_LABELS or bool(_NEXT_N.match(label))


def _in_pager_block(link: Tag) -> bool:
    node: Tag | None = link.parent if isinstance(link.parent, Tag) else None
    for _ in range(4):
        if node is None or node.name in ("body", "html", "main"):
            return False
        marks = " ".join(
            [
                " ".join(node.get_attribute_list("class") or []),
                str(node.get("id") or ""),
                str(node.get("role") or ""),
                str(node.get("aria-label") or ""),
            ]
        )
        if PAGER_BLOCK.search(marks):
            return True
        node = node.parent if isinstance(node.parent, Tag) else None
    return False


def _shape(url: str) -> str:
    """The URL with its numbers blanked: page links of one pager share a shape."""
    parts = urlsplit(url)
    return f"{parts.netloc}{_DIGITS.sub('#', parts.path)}?{_DIGITS.sub('#', parts.query)}"


def pager_links(soup: BeautifulSoup, page_url: str, join: Callable[[str], str]) -> list[str]:
    """Absolute URLs of the listing's other pages, "next" links first, in page order.

    `join` makes a link absolute (it honours the page's `<base href>`). Only links on the
    listing's own host are kept.
    """
    host = urlsplit(page_url).netloc.lower()
    nexts: list[str] = []
    numbered: list[tuple[str, Tag]] = []
    for tag in soup.find_all(["a", "link"], href=True):
        href = str(tag["href"]).strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = join(href)
        if urlsplit(url).netloc.lower() != host or url == page_url:
            continue
        rel = {value.lower() for value in tag.get_attribute_list("rel") or []}
        if tag.name == "link":
            if "next" in rel:
                nexts.append(url)
            continue
        labels = [tag.get_text(" ", strip=True), str(tag.get("title") or "")]
        labels.append(str(tag.get("aria-label") or ""))
        if "next" in rel or any(says_next(label) for label in labels if label):
            nexts.append(url)
            continue
        text = _PAGE_WORD.sub("", tag.get_text("", strip=True))
        if text.isdigit() and 0 < int(text) <= MAX_PAGE_NUMBER:
            numbered.append((url, tag))
    shapes = {_shape(url) for url in nexts}
    counts: dict[str, int] = {}
    for url, _tag in numbered:
        counts[_shape(url)] = counts.get(_shape(url), 0) + 1
    pages = [
        url
        for url, tag in numbered
        if _shape(url) in shapes or counts[_shape(url)] >= 2 or _in_pager_block(tag)
    ]
    return list(dict.fromkeys(nexts + pages))
