"""Call pages read by generic extraction, then their attachments' text appended.

Attachments (PDF, DOCX, ODT) are fetched one after the other with a bounded size, for the
feed, sections, listing, sitemap and Swiftype types; a missing or unreadable attachment
never loses the call. Call pages (listing, sitemap, Swiftype) are read generically.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.exceptions import DontCloseSpider
from scrapy.utils.asyncio import CallLaterResult, call_later
from twisted.python.failure import Failure

from veille.config.sources import FeedSource, PageSource, SectionsSource
from veille.crawler.attachments import (
    MAX_ATTACHMENT_BYTES,
    MAX_ATTACHMENTS_PER_CALL,
    attachment_text,
    readable,
)
from veille.crawler.extract import PageContent, clean_text, read_page, settle_title
from veille.crawler.pending import DECIDE_URL, DECISIONS, PendingCalls
from veille.crawler.site_memory import PageTraits, SiteMemory
from veille.crawler.spiders.base import SourceSpider, failed_request
from veille.crawler.tiles import Tile
from veille.crawler.titles import document_title
from veille.crawler.urls import normalize_url
from veille.domain.raw_call import RawCall
from veille.domain.text import detect_language


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80]


MOJIBAKE = re.compile("Ã[\u00a0-\u00bf]")  # UTF-8 accents read as Latin-1: "Ã©"
LATE_SHARE = 0.75  # of a crawl's time limit: then the calls read are stored as they come


def is_document(response: scrapy.http.Response) -> bool:
    """PDF or office file, whatever Response class Scrapy picked for it."""
    content_type = (response.headers.get("Content-Type") or b"").decode("latin-1").lower()
    return response.body[:4] == b"%PDF" or any(
        kind in content_type for kind in ("pdf", "officedocument", "opendocument")
    )


class AttachmentsSpider(SourceSpider):
    """Base of the types whose calls link documents: their text is added to the call's."""

    source: FeedSource | SectionsSource | PageSource

    def __init__(self, source: FeedSource | SectionsSource | PageSource, **kwargs: Any):
        super().__init__(source, **kwargs)
        self.fetch_attachments = source.options.attachments

    def with_attachments(self, item: RawCall, urls: list[str]) -> Iterator[Any]:
        todo = [url for url in urls if readable(url)][:MAX_ATTACHMENTS_PER_CALL]
        if not self.fetch_attachments or not todo:
            yield item
            return
        yield scrapy.Request(
            todo[0],
            callback=self.parse_attachment,
            errback=self.attachment_failed,
            cb_kwargs={"item": item, "rest": todo[1:]},
            meta={"download_maxsize": MAX_ATTACHMENT_BYTES},
            dont_filter=True,  # two calls may share a form; each needs its own answer
        )

    def parse_attachment(
        self, response: scrapy.http.Response, item: RawCall, rest: list[str]
    ) -> Iterator[Any]:
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1").lower()
        text = clean_text(attachment_text(response.url, response.body, content_type))
        if text:
            item = replace(item, text=f"{item.text}\n\n{text}".strip())
            self.crawler.stats.inc_value("veille/attachments/read")
        yield from self.with_attachments(item, rest)

    def attachment_failed(self, failure: Failure) -> Iterator[Any]:
        kwargs = failed_request(failure).cb_kwargs
        self.crawler.stats.inc_value("veille/attachments/failed")
        yield from self.with_attachments(kwargs["item"], kwargs["rest"])


@dataclass(frozen=True)
class ReadCall:
    """A call page read, held until every page of its source is read (its title and
    summary depend on what the other pages share); a call document is final already."""

    url: str  # where the call is stored
    page: PageContent | None = None  # a web page: its title waits for the site's memory
    tile: Tile | None = None
    deadline_text: str | None = None
    item: RawCall | None = None  # a call document: decided when read

    @property
    def traits(self) -> PageTraits | None:
        page = self.page
        if page is None:
            return None
        return PageTraits.of(page.headings, page.head_title, page.site_name, page.summary)


class CallPagesSpider(AttachmentsSpider):
    """Base of the types that follow call pages: once each, read generically.

    A page's title and summary depend on what the source's pages share (a logo `h1`, a
    `<title>` suffix, a meta description repeated everywhere: crawler/site_memory.py), so
    pages are read as they arrive, held (crawler/pending.py), and decided once the spider
    is idle, all with the same memory: the same pages give the same calls whatever order
    they came back in. Then each call's attachments are fetched and the call is yielded.

    A page that names another address as its own (`<link rel=canonical>` on the same site,
    matching the link pattern) is stored under that address, once: Liferay and TYPO3 show
    one call under several URLs (the copy read at that address wins, else the first URL).

    A crawl limited to N calls (`CLOSESPIDER_ITEMCOUNT`: `veille sources check`, `veille
    sources try`) asks for N call pages at a time, not for every page of the source. A crawl
    still reading at three quarters of its time limit (`VEILLE_TIME_LIMIT`, after which it
    is killed) stores the calls read so far, then each call as it is read: a site too big
    for the limit loses the pages it could not read, not those it read.
    """

    source: PageSource

    def __init__(self, source: PageSource, **kwargs: Any):
        super().__init__(source, **kwargs)
        self.seen_pages: set[str] = set()
        self.memory = SiteMemory()
        self.pending: PendingCalls[ReadCall] = PendingCalls()
        self.call_budget: int | None = None  # call pages to ask for, in a limited crawl
        self.held_back: list[tuple[str, Tile | None]] = []  # beyond the budget, in order
        self.asked = 0  # call pages asked for
        self.late = False  # past three quarters of the time limit: calls decided as read
        self.deciding = False  # a decision is asked for, not made yet
        self.timer: CallLaterResult | None = None
        pattern = source.options.id_pattern
        self.id_pattern = re.compile(pattern) if pattern else None

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> CallPagesSpider:
        spider: CallPagesSpider = super().from_crawler(crawler, *args, **kwargs)
        spider.call_budget = crawler.settings.getint("CLOSESPIDER_ITEMCOUNT") or None
        crawler.signals.connect(spider.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider.spider_opened, signal=signals.spider_opened)
        return spider

    def spider_opened(self) -> None:
        limit = self.crawler.settings.getfloat("VEILLE_TIME_LIMIT")
        if limit:
            started = self.crawler.settings.getfloat("VEILLE_STARTED") or time.time()
            late = started + LATE_SHARE * limit - time.time()
            self.timer = call_later(max(late, 0), self.running_late, limit)

    def running_late(self, limit: float) -> None:
        self.late = True
        self.logger.warning(
            "still reading after %d s of its %d s time limit: the %d calls read so far are "
            "stored now, each later one as it is read",
            LATE_SHARE * limit,
            limit,
            len(self.pending),
        )
        self.decide_soon()

    def call_request(self, url: str, tile: Tile | None = None) -> scrapy.Request | None:
        """A request for a call page, or None when its normalised URL was already seen (or,
        in a limited crawl, when enough pages are asked for already: it is held back)."""
        key = normalize_url(url)
        if key in self.seen_pages:
            return None
        self.seen_pages.add(key)
        if self.call_budget is not None and self.asked >= self.call_budget:
            self.held_back.append((url, tile))
            return None
        return self.call_page_request(url, tile)

    def call_page_request(self, url: str, tile: Tile | None) -> scrapy.Request:
        self.asked += 1
        return scrapy.Request(
            url, callback=self.parse_call, errback=self.request_failed, cb_kwargs={"tile": tile}
        )

    def source_id(self, url: str, text: str) -> str:
        found = self.id_pattern.search(text) if self.id_pattern else None
        return slug(found.group(0)) if found else normalize_url(url)

    def own_address(self, url: str, canonical: str | None) -> str:
        """The page's canonical address when it is a believable one, else its URL."""
        if not canonical or normalize_url(canonical) == normalize_url(url):
            return url
        same_site = urlsplit(canonical).netloc.lower() == urlsplit(url).netloc.lower()
        pattern = getattr(self, "link_pattern", None)  # the types that select call URLs
        is_call = pattern is None or bool(pattern.search(canonical))
        listed = normalize_url(canonical) in {normalize_url(u) for u in self.start_urls}
        return canonical if same_site and is_call and not listed else url

    def hold(self, read: ReadCall, fetched_from: str) -> None:
        """Keep a call read until the spider is idle: one per stored address, the copy read
        at that address (else from the first URL) winning whatever the order; what its page
        teaches about the site is learnt now."""
        address = normalize_url(read.url)
        preference = (normalize_url(fetched_from) != address, normalize_url(fetched_from))
        held, replaced = self.pending.offer(address, preference, read)
        if replaced is not None or not held:
            self.crawler.stats.inc_value("veille/pages/duplicates")
        if replaced is not None and replaced.traits is not None:
            self.memory.forget(replaced.traits)
        traits = read.traits
        if held and traits is not None:
            self.memory.learn(traits)

    def language(self, declared: str | None, text: str) -> str | None:
        """The declared language when the source has it, else a guess among the source's."""
        languages = self.source.languages
        if declared in languages:
            return declared
        if len(languages) > 1:
            guess = detect_language(text[:3000], default=languages[0])
            return guess if guess in languages else None
        return None

    def parse_call(self, response: scrapy.http.Response, tile: Tile | None = None) -> Iterator[Any]:
        if is_document(response) or not isinstance(response, scrapy.http.TextResponse):
            yield from self.document_call(response, tile)
            return
        selectors = self.source.selectors
        page = read_page(
            self.page_text(response), response.url, selectors, hint=tile.title if tile else None
        )
        for problem in page.problems:
            self.logger.warning("%s: %s", response.url, problem)
        page.problems = []
        page.links = []  # not needed any more: the held copy stays small
        deadline_text = None
        if selectors.deadline:
            found = response.css(selectors.deadline).xpath("string()").getall()
            deadline_text = " ".join(found).strip() or None
        url = self.own_address(response.url, page.canonical)
        self.hold(ReadCall(url, page, tile, deadline_text), response.url)
        if self.late:
            self.decide_soon()
        yield from ()

    def spider_idle(self) -> None:
        """Every page asked for is read: decide the calls held (one request to a `data:`
        address, whose callback yields them), or, in a limited crawl that has too few calls
        yet, ask for the pages held back first."""
        engine = self.crawler.engine
        assert engine is not None
        stored = self.crawler.stats.get_value("item_scraped_count", 0)
        missing = (self.call_budget or 0) - len(self.pending) - stored
        if self.held_back and missing > 0:
            asked, self.held_back = self.held_back[:missing], self.held_back[missing:]
            for url, tile in asked:
                engine.crawl(self.call_page_request(url, tile))
            raise DontCloseSpider
        if self.decide_soon():
            raise DontCloseSpider

    def decide_soon(self) -> bool:
        """Ask for the held calls to be decided (by a request to a `data:` address, whose
        callback yields them), unless none is held or it is asked already."""
        if not len(self.pending) or self.deciding:
            return False
        engine = self.crawler.engine
        assert engine is not None
        self.deciding = True
        self.crawler.stats.inc_value(DECISIONS)
        engine.crawl(
            scrapy.Request(
                DECIDE_URL, callback=self.decide_calls, dont_filter=True, meta={"dont_cache": True}
            )
        )
        return True

    def decide_calls(self, response: scrapy.http.Response) -> Iterator[Any]:
        """Each held call, its title and summary decided with everything the crawl saw of
        the source, then its attachments read."""
        self.deciding = False
        for read in self.pending.release():
            if read.item is not None:  # a call document
                yield read.item
            else:
                item = self.call_item(read)
                yield from self.with_attachments(item, list(item.attachments))

    def call_item(self, read: ReadCall) -> RawCall:
        assert read.page is not None and read.traits is not None
        site = self.memory.about(read.traits)
        page = settle_title(read.page, site)
        for problem in page.problems:
            self.logger.warning("%s: %s", read.url, problem)
        tile = read.tile
        return self.raw_call(
            source_id=self.source_id(read.url, page.text),
            url=read.url,
            title=page.title,
            # the site's own description, repeated on every page, says nothing of the call
            summary="" if site.site_description(page.summary) else page.summary,
            text=page.text,
            lang=self.language(page.lang, f"{page.title}\n{page.text}"),
            published=page.published,
            attachments=page.attachments,
            deadline_text=read.deadline_text,
            status_label=tile.status if tile else None,
        )

    def closed(self, reason: str) -> None:
        if self.timer is not None:
            self.timer.cancel()
        self.pending.close()

    def page_text(self, response: scrapy.http.TextResponse) -> str:
        """The page's text; UTF-8 bytes declared as Latin-1 are repaired, with a warning."""
        text = response.text
        if MOJIBAKE.search(text):
            try:
                repaired = response.body.decode("utf-8")
            except UnicodeDecodeError:
                return text
            self.logger.warning(
                "page %s declares charset %s but is UTF-8", response.url, response.encoding
            )
            return repaired
        return text

    def document_call(
        self, response: scrapy.http.Response, tile: Tile | None = None
    ) -> Iterator[Any]:
        """A link that leads straight to a PDF or office file: the document is the call.

        Its title: see `document_title` (how the listing names it, the document's own).
        """
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1").lower()
        text = clean_text(attachment_text(response.url, response.body, content_type))
        if not text:
            self.logger.warning("call document %s has no readable text", response.url)
            return
        item = self.raw_call(
            source_id=normalize_url(response.url),
            url=response.url,
            title=document_title(text, tile.title if tile else None),
            text=text,
            lang=self.language(None, text) if len(self.source.languages) > 1 else None,
            attachments=[response.url],
            status_label=tile.status if tile else None,
        )
        self.hold(ReadCall(response.url, item=item), response.url)
        if self.late:
            self.decide_soon()
        yield from ()
