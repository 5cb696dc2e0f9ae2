"""A listing page whose links lead to one page per call.

Only the start URL and a link pattern are needed: title, text and dates come from
generic extraction of each detail page; selectors, where given, refine it. Further
listing pages are found by following the rendered links that match `next_pattern`
(TYPO3 ignores a pager parameter without its cHash, so URLs are never built by hand).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import scrapy

from veille.config.sources import ListingSource
from veille.crawler.http_cache import changed
from veille.crawler.spiders.pages import CallPagesSpider
from veille.crawler.urls import normalize_url


class ListingSpider(CallPagesSpider):
    source: ListingSource

    def __init__(self, source: ListingSource, **kwargs: Any):
        super().__init__(source, **kwargs)
        self.link_pattern = re.compile(source.link_pattern or "$^")
        self.next_pattern = re.compile(source.next_pattern) if source.next_pattern else None
        self.max_pages = source.options.max_listing_pages
        self.listing_seen: set[str] = {normalize_url(url) for url in self.start_urls}

    def parse(self, response: scrapy.http.Response, **kwargs: Any) -> Iterator[Any]:
        if not isinstance(response, scrapy.http.TextResponse):
            self.logger.error("listing %s is not a text page", response.url)
            return
        links = list(
            dict.fromkeys(
                response.urljoin(href.strip()) for href in response.css("a::attr(href)").getall()
            )
        )
        details = [url for url in links if self.link_pattern.search(url)]
        if not details:
            self.logger.warning("listing %s has no link matching the pattern", response.url)
        for url in details:
            request = self.call_request(url, revalidate=changed(response))
            if request is not None:
                yield request
        if self.next_pattern is None:
            return
        for url in links:
            key = normalize_url(url)
            if not self.next_pattern.search(url) or key in self.listing_seen:
                continue
            if len(self.listing_seen) >= self.max_pages:
                self.sighting.truncated = True  # calls beyond the limit may still be listed
                continue
            self.listing_seen.add(key)
            yield scrapy.Request(url, callback=self.parse)
