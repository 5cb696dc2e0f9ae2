"""One page of a listing, read: its call links (with their tiles), its other pages, and
what it teaches about the site (its own headings, its `<title>`).

Bounded: a listing with thousands of links is read up to MAX_CALLS call links (the rest
reported), so one absurd page cannot flood a crawl.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, Tag

from veille.crawler.pager import pager_links
from veille.crawler.structured import base_href, meta
from veille.crawler.tiles import Tile, listing_tiles
from veille.crawler.titles import clean_title, heading_texts, same_title
from veille.crawler.urls import normalize_url

MAX_CALLS = 500  # call links read from one listing page
MAX_ANCHORS = 20_000  # links looked at on one listing page


@dataclass
class ListingPage:
    calls: list[str] = field(default_factory=list)  # call URLs, in page order, once each
    tiles: dict[str, Tile] = field(default_factory=dict)  # normalised call URL -> its tile
    pages: list[str] = field(default_factory=list)  # the listing's other pages (pager)
    headings: list[str] = field(default_factory=list)  # the page's own, not its calls'
    head_title: str = ""
    site_name: str | None = None
    description: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def fingerprint(self) -> frozenset[str]:
        """The calls it lists: two pages listing the same calls are one page."""
        return frozenset(normalize_url(url) for url in self.calls)


def read_listing(html: str, url: str, link_pattern: re.Pattern[str]) -> ListingPage:
    soup = BeautifulSoup(html, "html.parser")
    base = urljoin(url, base_href(soup) or url)

    def join(href: str) -> str:
        return urljoin(base, href.strip())

    listing = ListingPage()
    listing.pages = pager_links(soup, url, join)
    pager = {normalize_url(page) for page in listing.pages}
    anchors: dict[str, list[Tag]] = {}
    anchor_texts: list[str] = []
    all_anchors = soup.find_all("a", href=True)
    if len(all_anchors) > MAX_ANCHORS:
        listing.problems.append(
            f"listing {url} has {len(all_anchors)} links: only the first {MAX_ANCHORS} were read"
        )
    skipped = 0
    for anchor in all_anchors[:MAX_ANCHORS]:
        absolute = join(str(anchor["href"]))
        if urlsplit(absolute).scheme not in ("http", "https") or not link_pattern.search(absolute):
            continue
        key = normalize_url(absolute)
        if key in pager:
            continue
        if key not in anchors:
            if len(listing.calls) >= MAX_CALLS:
                skipped += 1
                continue
            listing.calls.append(absolute)
            anchors[key] = []
        anchors[key].append(anchor)
        anchor_texts.append(clean_title(anchor.get_text(" ")))
    if skipped:
        listing.problems.append(
            f"listing {url} links {len(listing.calls) + skipped} calls: "
            f"only the first {MAX_CALLS} were read"
        )
    listing.tiles = listing_tiles(anchors)
    names = [tile.title for tile in listing.tiles.values() if tile.title] + anchor_texts
    listing.headings = [
        text
        for text in heading_texts(soup, url)
        if text and not any(same_title(text, name) for name in names)
    ]
    listing.head_title = clean_title(soup.title.get_text(" ")) if soup.title else ""
    listing.site_name = meta(soup, "og:site_name", "application-name")
    listing.description = meta(soup, "og:description", "description") or ""
    return listing


BOILERPLATE_BLOCKS = ("nav", "header", "footer", "aside")
MENU_MARK = re.compile(r"menu|navbar|navigation|breadcrumb|kruimel|footer|sidebar|skip", re.I)


def _boilerplate(anchor: Tag) -> bool:
    """In the site's frame (menu, header, footer, sidebar, breadcrumb), not in its content."""
    for parent in anchor.parents:
        if not isinstance(parent, Tag) or parent.name in ("body", "html"):
            return False
        if parent.name in BOILERPLATE_BLOCKS or parent.get("role") == "navigation":
            return True
        marks = " ".join(parent.get_attribute_list("class") or []) + " " + str(parent.get("id"))
        if MENU_MARK.search(marks):
            return True
    return False


def _structure(anchor: Tag) -> str:
    """Where the link sits: its ancestors' tags and classes (links of one list share it)."""
    steps = []
    for parent in reversed(list(anchor.parents)):
        if isinstance(parent, Tag) and parent.name not in ("[document]", "html"):
            classes = ".".join(sorted(parent.get_attribute_list("class") or []))
            steps.append(f"{parent.name}.{classes}" if classes else parent.name)
    return ">".join(steps)


@dataclass(frozen=True)
class LinkSeen:
    """A link on a listing page, with what `veille sources try` needs to judge it."""

    url: str
    text: str
    title: str
    in_heading: bool
    boilerplate: bool
    structure: str
    page: str

    def as_dict(self) -> dict[str, object]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass
class PageLinks:
    links: list[LinkSeen]
    pages: list[str]  # the pager's other pages
    lang: str | None  # as the page declares it
    head_title: str
    site_name: str | None


def read_links(html: str, url: str) -> PageLinks:
    """Every http(s) link of a page on its own host (bounded), its pager's other pages,
    the language the page declares, its <title> and site name."""
    soup = BeautifulSoup(html, "html.parser")
    base = urljoin(url, base_href(soup) or url)

    def join(href: str) -> str:
        return urljoin(base, href.strip())

    host = urlsplit(url).netloc.lower()
    found = []
    for anchor in soup.find_all("a", href=True)[:MAX_ANCHORS]:
        absolute = join(str(anchor["href"]))
        parts = urlsplit(absolute)
        if parts.scheme not in ("http", "https") or parts.netloc.lower() != host:
            continue
        heading = anchor.find_parent(("h1", "h2", "h3", "h4", "h5", "h6")) is not None
        found.append(
            LinkSeen(
                url=absolute.split("#", 1)[0],
                text=clean_title(anchor.get_text(" ")),
                title=clean_title(str(anchor.get("title") or "")),
                in_heading=heading or anchor.find(("h1", "h2", "h3", "h4", "h5", "h6")) is not None,
                boilerplate=_boilerplate(anchor),
                structure=_structure(anchor),
                page=url,
            )
        )
    html_tag = soup.find("html")
    lang = str(html_tag.get("lang") or "")[:2].lower() if isinstance(html_tag, Tag) else ""
    return PageLinks(
        links=found,
        pages=pager_links(soup, url, join),
        lang=lang or None,
        head_title=clean_title(soup.title.get_text(" ")) if soup.title else "",
        site_name=meta(soup, "og:site_name", "application-name"),
    )
