"""A sitemap.xml (or sitemap index) whose URLs matching `link_pattern` are call pages."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import scrapy
from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap

from veille.config.sources import SitemapSource
from veille.crawler.http_cache import changed
from veille.crawler.spiders.pages import CallPagesSpider


class SitemapSpider(CallPagesSpider):
    source: SitemapSource

    def __init__(self, source: SitemapSource, **kwargs: Any):
        super().__init__(source, **kwargs)
        self.link_pattern = re.compile(source.link_pattern or ".")
        # which child sitemaps of an index to read (default: all of them)
        self.follow = re.compile(source.options.sitemap_follow)

    def parse(self, response: scrapy.http.Response, **kwargs: Any) -> Iterator[Any]:
        try:
            body = gunzip(response.body) if response.body[:2] == b"\x1f\x8b" else response.body
            sitemap = Sitemap(body)
        except Exception as error:  # lxml raises several types for non-XML bodies
            self.logger.error("sitemap %s cannot be parsed: %s", response.url, error)
            return
        locations = [entry["loc"].strip() for entry in sitemap if entry.get("loc")]
        if sitemap.type == "sitemapindex":
            for url in locations:
                if self.follow.search(url):
                    yield scrapy.Request(url, callback=self.parse)
            return
        calls = [url for url in locations if self.link_pattern.search(url)]
        if not calls:
            self.logger.warning("sitemap %s has no URL matching the pattern", response.url)
        for url in calls:
            request = self.call_request(url, revalidate=changed(response))
            if request is not None:
                yield request
