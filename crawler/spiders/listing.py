"""A listing page whose links lead to one page per call.

Only the start URL and a link pattern are needed: title, text and dates come from
generic extraction of each detail page; selectors, where given, refine it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import scrapy

from veille.crawler.extract import extract_page
from veille.crawler.spiders.base import SourceSpider


class ListingSpider(SourceSpider):
    def __init__(self, source, **kwargs: Any):
        super().__init__(source, **kwargs)
        self.link_pattern = re.compile(source.link_pattern or "$^")
        self.next_pattern = re.compile(source.next_pattern) if source.next_pattern else None
        self.max_pages = int(source.options.get("max_listing_pages", 20))
        self.listing_pages = 0

    def parse(self, response: scrapy.http.Response, **kwargs: Any) -> Iterator[Any]:
        self.listing_pages += 1
        if not isinstance(response, scrapy.http.TextResponse):
            self.logger.error("listing %s is not a text page", response.url)
            return
        links = [response.urljoin(href) for href in response.css("a::attr(href)").getall()]
        details = [url for url in dict.fromkeys(links) if self.link_pattern.search(url)]
        if not details:
            self.logger.warning("listing %s has no link matching the pattern", response.url)
        for url in details:
            yield scrapy.Request(url, callback=self.parse_call)
        if self.next_pattern and self.listing_pages < self.max_pages:
            for url in dict.fromkeys(links):
                if self.next_pattern.search(url):
                    yield scrapy.Request(url, callback=self.parse)

    def parse_call(self, response: scrapy.http.Response) -> Iterator[dict[str, Any]]:
        if not isinstance(response, scrapy.http.TextResponse):
            return
        page = extract_page(response.text, response.url, self.source.selectors)
        deadline_text = None
        if "deadline" in self.source.selectors:
            deadline_text = " ".join(response.css(self.source.selectors["deadline"]).xpath(
                "string()").getall()).strip() or None
        yield self.raw_call(
            source_id=response.url,
            url=response.url,
            title=page.title,
            summary=page.summary,
            text=page.text,
            lang=page.lang if page.lang in self.source.languages else None,
            published=page.published,
            attachments=page.attachments,
            deadline_text=deadline_text,
        )
