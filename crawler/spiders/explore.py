"""`veille sources try`: read a listing (and its further pages) for the links it holds.

Not a source type: it stores nothing. One item per listing page read (its links with their
context, its pager, its language) goes to the feed file the runner names; the same
politeness applies as for any crawl (robots.txt, User-Agent, delays, address guard).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy

from veille.config.sources import ListingSource
from veille.crawler.listing_page import read_links
from veille.crawler.spiders.base import failed_request
from veille.crawler.urls import normalize_url


class ExploreSpider(scrapy.Spider):
    name = "explore"

    def __init__(self, start_urls: list[str], max_pages: int = 3, **kwargs: Any):
        super().__init__(**kwargs)
        self.start_urls = list(start_urls)
        # the address guard trusts the hosts a source names in its start URLs
        self.source = ListingSource(
            name="try",
            title="try",
            funder="try",
            type="listing",
            languages=["fr"],
            start_urls=self.start_urls,
            link_pattern=".",
        )
        self.max_pages = max_pages * len(self.start_urls)
        self.seen = {normalize_url(url) for url in self.start_urls}
        self.fingerprints: set[frozenset[str]] = set()

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.start_urls:
            yield scrapy.Request(url, callback=self.parse, errback=self.failed, dont_filter=True)

    def failed(self, failure: Any) -> Iterator[dict[str, Any]]:
        request = failed_request(failure)
        response = getattr(failure.value, "response", None)
        reason = f"HTTP {response.status}" if response is not None else str(failure.value)
        yield {"page": request.url, "error": reason}

    def parse(self, response: scrapy.http.Response, **kwargs: Any) -> Iterator[Any]:
        if not isinstance(response, scrapy.http.TextResponse):
            yield {"page": response.url, "error": "not a web page (a document?)"}
            return
        found = read_links(response.text, response.url)
        yield {
            "page": response.url,
            "lang": found.lang,
            "head_title": found.head_title,
            "site_name": found.site_name,
            "links": [link.as_dict() for link in found.links],
            "pages": found.pages,
        }
        fingerprint = frozenset(normalize_url(link.url) for link in found.links)
        if fingerprint in self.fingerprints:
            return
        self.fingerprints.add(fingerprint)
        for url in found.pages:
            key = normalize_url(url)
            if key in self.seen or len(self.seen) >= self.max_pages:
                continue
            self.seen.add(key)
            yield scrapy.Request(url, callback=self.parse, errback=self.failed)
