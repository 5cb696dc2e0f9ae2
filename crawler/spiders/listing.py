"""A listing page whose links lead to one page per call.

Only the start URL and a link pattern are needed: title, text and dates come from
generic extraction of each detail page; selectors, where given, refine it. The listing's
further pages are found by themselves (rel="next", "Suivant"/"Volgende"/"Weiter" links,
numbered pagers: see crawler/pager.py); `next_pattern`, when given, picks them instead.
Links are followed as rendered (TYPO3 ignores a pager parameter without its cHash, so
URLs are never built by hand). At most `max_listing_pages` pages are read; a pager that
loops (a page listing the same calls as one already read) is not followed further.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.exceptions import IgnoreRequest
from twisted.python.failure import Failure

from veille.config.sources import ListingSource
from veille.crawler.http_cache import changed
from veille.crawler.listing_page import read_listing
from veille.crawler.spiders.base import failed_request
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
        self.listings_read: set[frozenset[str]] = set()
        self.page_limit_told = False

    def parse(self, response: scrapy.http.Response, **kwargs: Any) -> Iterator[Any]:
        if not isinstance(response, scrapy.http.TextResponse):
            self.logger.error("listing %s is not a text page", response.url)
            return
        listing = read_listing(self.page_text(response), response.url, self.link_pattern)
        for problem in listing.problems:
            self.logger.warning("%s", problem)
        self.memory.learn_listing(
            listing.headings, listing.head_title, listing.site_name, listing.description
        )
        if not listing.calls:
            self.logger.warning("listing %s has no link matching the pattern", response.url)
        for url in listing.calls:
            if normalize_url(url) in self.listing_seen:  # the listing itself (breadcrumb, menu)
                continue
            # the listing changed: its call pages are asked again now, not in a day
            request = self.call_request(
                url, listing.tiles.get(normalize_url(url)), revalidate=changed(response)
            )
            if request is not None:
                yield request
        if listing.calls and listing.fingerprint in self.listings_read:
            self.crawler.stats.inc_value("veille/listing/repeated_pages")
            return  # the same calls again: a pager that loops, or page 1 under another URL
        self.listings_read.add(listing.fingerprint)
        if self.next_pattern is not None:
            links = [
                response.urljoin(href.strip()) for href in response.css("a::attr(href)").getall()
            ]
            pages = [url for url in dict.fromkeys(links) if self.next_pattern.search(url)]
        else:
            pages = listing.pages
        for url in pages:
            key = normalize_url(url)
            if key in self.listing_seen:
                continue
            if len(self.listing_seen) >= self.max_pages:
                self.sighting.truncated = True  # calls beyond the limit may still be listed
                if not self.page_limit_told:
                    self.page_limit_told = True
                    self.logger.warning(
                        "listing has more than %d pages (options.max_listing_pages): "
                        "%s and the pages after it were not read",
                        self.max_pages,
                        url,
                    )
                return
            self.listing_seen.add(key)
            yield scrapy.Request(url, callback=self.parse, errback=self.listing_page_failed)

    def listing_page_failed(self, failure: Failure) -> None:
        """A further page robots.txt forbids is left unread, as the site asks (many forbid
        `?page=`): not an error. Any other failure is one."""
        if isinstance(failure.value, IgnoreRequest) and "robots.txt" in str(failure.value):
            self.crawler.stats.inc_value("veille/listing/forbidden_by_robots")
            self.sighting.truncated = True  # its calls were not seen: none is gone for that
            url = failed_request(failure).url
            self.logger.info("listing page %s not read: robots.txt forbids it", url)
            return
        self.request_failed(failure)
