"""What the pages of one source share (its own headings, `<title>` affixes, name and meta
description), as opposed to what belongs to one call.

A crawl learns it from every page it reads, listing pages and call pages, and decides the
calls' titles and summaries only once it has read them all: the same pages give the same
calls whatever order they arrive in. A page is judged by the *other* pages of its source
(`about(own)` leaves its own part out of every count), and by what earlier crawls of the
source saw (`remember`: a crawl that reads few pages still knows the site).

>>> memory = SiteMemory()
>>> for name in ("Appel A", "Appel B", "Appel C", "Appel D"):
...     memory.learn_page(["Commune de X", name], f"{name} - Commune de X", None)
>>> page = PageTraits.of(["Commune de X", "Appel D"], "Appel D - Commune de X", None)
>>> knows = memory.about(page)
>>> knows.is_site_wide("Commune de X"), knows.is_site_wide("Appel D")
(True, False)
>>> knows.strip_affixes("Appel D - Commune de X")
'Appel D'
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from veille.domain.text import fold

SEPARATORS = (" – ", " — ", " - ", " | ", " :: ", " · ", " • ", ": ", " : ")
# what a page teaches, by kind; the listing's own headings are the site's at once
KINDS = ("heading", "listing", "title", "suffix", "prefix", "site_name", "description")
MAX_HEADINGS_PER_PAGE = 100  # a page of 100,000 headings teaches its first hundred
SITE_HEADING_PAGES = 3  # a heading on three other pages is the site's
SHARED_TITLE_PAGES = 2  # a <title> (or its prefix, its suffix) on two other pages is too
_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"})

Mark = tuple[str, str]  # (kind, key)


def title_key(text: str) -> str:
    """What two texts share when they are equal but for case, spaces, quotes and dashes."""
    return _SPACES.sub(" ", fold(text).translate(_QUOTES)).strip(" .")


@dataclass(frozen=True)
class PageTraits:
    """What one page says about its site: its headings, `<title>`, site name, description."""

    headings: tuple[str, ...] = ()  # keys, once each
    head_title: str = ""
    site_name: str | None = None
    description: str = ""

    @classmethod
    def of(
        cls, headings: Iterable[str], head_title: str, site_name: str | None, description: str = ""
    ) -> PageTraits:
        keys = dict.fromkeys(title_key(text) for text in headings if text)
        return cls(tuple(keys)[:MAX_HEADINGS_PER_PAGE], head_title, site_name, description)

    def marks(self, *, listing: bool = False) -> Counter[Mark]:
        found: Counter[Mark] = Counter(
            ("listing" if listing else "heading", k) for k in self.headings
        )
        if self.head_title:
            found["title", title_key(self.head_title)] += 1
            for separator in SEPARATORS:
                if separator in self.head_title:
                    found["suffix", title_key(self.head_title.rpartition(separator)[2])] += 1
                    found["prefix", title_key(self.head_title.partition(separator)[0])] += 1
        if self.site_name:
            found["site_name", title_key(self.site_name)] += 1
        if self.description:
            found["description", title_key(self.description)] += 1
        return found


@dataclass
class SiteMemory:
    """How many pages of one source show each heading, title, affix, name, description."""

    pages: Counter[Mark] = field(default_factory=Counter)  # this crawl's
    past: Counter[Mark] = field(default_factory=Counter)  # earlier crawls' (see `remember`)

    def learn_listing(
        self, headings: list[str], head_title: str, site_name: str | None, description: str = ""
    ) -> None:
        """The listing's own headings (not its calls' names) are the site's."""
        self.pages.update(
            PageTraits.of(headings, head_title, site_name, description).marks(listing=True)
        )

    def learn_page(
        self, headings: list[str], head_title: str, site_name: str | None, description: str = ""
    ) -> None:
        self.learn(PageTraits.of(headings, head_title, site_name, description))

    def learn(self, traits: PageTraits) -> None:
        self.pages.update(traits.marks())

    def forget(self, traits: PageTraits) -> None:
        """Take back a page learnt before (a better copy of the same call replaced it)."""
        self.pages.subtract(traits.marks())
        self.pages = +self.pages  # drops the marks no page shows any more

    def remember(self, past: Mapping[Mark, int]) -> None:
        """What earlier crawls of the source saw: each count is the most pages seen at once."""
        self.past = Counter(past)

    def kept(self) -> Counter[Mark]:
        """What the next crawls should remember: for each mark, the most pages it was seen on."""
        return self.pages | self.past

    def about(self, own: PageTraits | None = None) -> SiteKnowledge:
        """What the source's other pages teach about a page with these traits."""
        return SiteKnowledge(self, own.marks() if own is not None else Counter())


@dataclass(frozen=True)
class SiteKnowledge:
    """The site's parts as a page sees them: from every page of its source but itself."""

    memory: SiteMemory
    own: Counter[Mark]

    def others(self, kind: str, text: str) -> int:
        """How many other pages show `text` as this kind of part."""
        mark = (kind, title_key(text))
        seen = max(self.memory.pages[mark], self.memory.past[mark])
        return max(seen - self.own[mark], 0)

    def is_site_wide(self, text: str) -> bool:
        """A heading of the listing, the site's name, or a heading of three other pages."""
        return (
            self.others("listing", text) > 0
            or self.others("site_name", text) > 0
            or self.others("heading", text) >= SITE_HEADING_PAGES
        )

    def same_everywhere(self, head_title: str) -> bool:
        """A <title> other pages of the source have too (hand-made sites repeat one)."""
        return self.others("title", head_title) >= SHARED_TITLE_PAGES

    def site_description(self, description: str) -> bool:
        """A meta description another page repeats is the site's, not the call's summary."""
        return bool(description) and self.others("description", description) > 0

    def strip_affixes(self, title: str) -> str:
        """`title` without the site-wide prefix or suffix other pages' titles share (the
        shortest such affix: "X » 2027 – Site" loses " – Site", not "» 2027 – Site")."""
        strips = []
        for separator in SEPARATORS:
            if separator not in title:
                continue
            head, _, tail = title.rpartition(separator)
            if head.strip() and self._shared(tail, "suffix"):
                strips.append(head)
            first, _, rest = title.partition(separator)
            if rest.strip() and self._shared(first, "prefix"):
                strips.append(rest)
        return max(strips, key=len).strip() if strips else title.strip()

    def _shared(self, part: str, kind: str) -> bool:
        return self.others("site_name", part) > 0 or self.others(kind, part) >= SHARED_TITLE_PAGES
