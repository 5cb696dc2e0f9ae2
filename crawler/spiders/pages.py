"""Call pages read by generic extraction, then their attachments' text appended.

Attachments (PDF, DOCX, ODT) are fetched one after the other with a bounded size, for the
feed, sections, listing, sitemap and Swiftype types; a missing or unreadable attachment
never loses the call. Call pages (listing, sitemap, Swiftype) are read generically.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

import scrapy
from twisted.python.failure import Failure

from veille.config.sources import FeedSource, PageSource, SectionsSource
from veille.crawler.attachments import (
    MAX_ATTACHMENT_BYTES,
    MAX_ATTACHMENTS_PER_CALL,
    attachment_text,
    readable,
)
from veille.crawler.extract import clean_text, extract_page
from veille.crawler.http_cache import changed, page_meta
from veille.crawler.spiders.base import SourceSpider, failed_request
from veille.crawler.tiles import Tile
from veille.crawler.titles import SiteMemory, document_title
from veille.crawler.urls import normalize_url
from veille.domain.raw_call import RawCall
from veille.domain.text import detect_language


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:80]


MOJIBAKE = re.compile("Ã[\u00a0-\u00bf]")  # UTF-8 accents read as Latin-1: "Ã©"


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

    def with_attachments(
        self, item: RawCall, urls: list[str], revalidate: bool = False
    ) -> Iterator[Any]:
        """The call once its documents are read; `revalidate`: the page linking them changed,
        so they are asked again now (else a kept copy serves for up to a day)."""
        todo = [url for url in urls if readable(url)][:MAX_ATTACHMENTS_PER_CALL]
        if not self.fetch_attachments or not todo:
            yield item
            return
        yield scrapy.Request(
            todo[0],
            callback=self.parse_attachment,
            errback=self.attachment_failed,
            cb_kwargs={"item": item, "rest": todo[1:], "revalidate": revalidate},
            meta={"download_maxsize": MAX_ATTACHMENT_BYTES, **page_meta(revalidate)},
            dont_filter=True,  # two calls may share a form; each needs its own answer
        )

    def parse_attachment(
        self, response: scrapy.http.Response, item: RawCall, rest: list[str], revalidate: bool
    ) -> Iterator[Any]:
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1").lower()
        text = clean_text(attachment_text(response.url, response.body, content_type))
        if text:
            item = replace(item, text=f"{item.text}\n\n{text}".strip())
            self.crawler.stats.inc_value("veille/attachments/read")
        yield from self.with_attachments(item, rest, revalidate)

    def attachment_failed(self, failure: Failure) -> Iterator[Any]:
        kwargs = failed_request(failure).cb_kwargs
        self.crawler.stats.inc_value("veille/attachments/failed")
        yield from self.with_attachments(kwargs["item"], kwargs["rest"], kwargs["revalidate"])


class CallPagesSpider(AttachmentsSpider):
    """Base of the types that follow call pages: once each, read generically.

    A page that names another address as its own (`<link rel=canonical>` on the same site,
    matching the link pattern) is stored under that address, once: Liferay and TYPO3 show
    one call under several URLs.
    """

    source: PageSource

    def __init__(self, source: PageSource, **kwargs: Any):
        super().__init__(source, **kwargs)
        self.seen_pages: set[str] = set()
        self.stored_pages: set[str] = set()
        self.memory = SiteMemory()
        pattern = source.options.id_pattern
        self.id_pattern = re.compile(pattern) if pattern else None

    def call_request(
        self, url: str, tile: Tile | None = None, revalidate: bool = False
    ) -> scrapy.Request | None:
        """A request for a call page, or None when its normalised URL was already seen.

        `revalidate`: the listing that links it changed, so the page is asked again now.
        """
        key = normalize_url(url)
        if key in self.seen_pages:
            return None
        self.seen_pages.add(key)
        return scrapy.Request(
            url,
            callback=self.parse_call,
            errback=self.call_page_failed,
            cb_kwargs={"tile": tile},
            meta=page_meta(revalidate),
        )

    def call_page_failed(self, failure: Failure) -> None:
        """A call page that answers 404 or 410 is kept for the health record to judge: a known
        call gone from its source, or a broken link to a page never seen (an error)."""
        response = getattr(failure.value, "response", None)
        if response is not None and response.status in (404, 410):
            self.sighting.not_found[failed_request(failure).url] = response.status
            return
        self.request_failed(failure)

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

    def first_time(self, url: str) -> bool:
        """True once per stored address (a page shown under two URLs is one call)."""
        key = normalize_url(url)
        if key in self.stored_pages:
            self.crawler.stats.inc_value("veille/pages/duplicates")
            return False
        self.stored_pages.add(key)
        self.seen_pages.add(key)
        return True

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
        page = extract_page(
            self.page_text(response),
            response.url,
            selectors,
            memory=self.memory,
            hint=tile.title if tile else None,
        )
        for problem in page.problems:
            self.logger.warning("%s: %s", response.url, problem)
        url = self.own_address(response.url, page.canonical)
        if not self.first_time(url):
            return
        self.memory.learn_page(page.headings, page.head_title, page.site_name, page.summary)
        deadline_text = None
        if selectors.deadline:
            found = response.css(selectors.deadline).xpath("string()").getall()
            deadline_text = " ".join(found).strip() or None
        item = self.raw_call(
            source_id=self.source_id(url, page.text),
            url=url,
            title=page.title,
            # the site's own description, repeated on every page, says nothing of the call
            summary="" if self.memory.site_description(page.summary) else page.summary,
            text=page.text,
            lang=self.language(page.lang, f"{page.title}\n{page.text}"),
            published=page.published,
            attachments=page.attachments,
            deadline_text=deadline_text,
            status_label=tile.status if tile else None,
        )
        yield from self.with_attachments(item, page.attachments, changed(response))

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
        if not self.first_time(response.url):
            return
        yield self.raw_call(
            source_id=normalize_url(response.url),
            url=response.url,
            title=document_title(text, tile.title if tile else None),
            text=text,
            lang=self.language(None, text) if len(self.source.languages) > 1 else None,
            attachments=[response.url],
            status_label=tile.status if tile else None,
        )
