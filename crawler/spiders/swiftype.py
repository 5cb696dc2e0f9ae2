"""A site search served by Swiftype (King Baudouin Foundation), read without a browser.

The search page only renders results in JavaScript, but it embeds the public engine
key of its Swiftype engine; the same public JSON endpoint the browser calls gives the
result URLs, whose pages are server-rendered and read by generic extraction. The answer
is `{"records": {"page": [...]}, "info": {"page": {"num_pages": N}}}`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import scrapy

from veille.config.sources import SwiftypeSource
from veille.crawler.spiders.json_api import PagedJsonApiSpider
from veille.crawler.spiders.pages import CallPagesSpider

ENGINE_KEY = re.compile(r"""(?:engine_?key|engineKey)["']?\s*[:=]\s*["']([A-Za-z0-9_-]{8,})["']""")


def result_url(record: dict[str, Any], link_pattern: re.Pattern[str]) -> str | None:
    """The call page a search result leads to, if its URL matches the source's pattern."""
    url = record.get("url")
    return url if isinstance(url, str) and url and link_pattern.search(url) else None


class SwiftypeSpider(PagedJsonApiSpider, CallPagesSpider):
    source: SwiftypeSource
    records_key = "records"  # a map of document types to their lists of results
    total_key = "info"  # per document type, its `num_pages`

    def __init__(self, source: SwiftypeSource, **kwargs: Any):
        super().__init__(source, **kwargs)
        self.link_pattern = re.compile(source.link_pattern or ".")
        self.page_size = source.options.per_page
        self.max_pages = source.options.max_pages
        self.engine_key = ""  # read from the search page at the start of each crawl

    def parse(self, response: scrapy.http.Response, **kwargs: Any) -> Iterator[Any]:
        """The search page: its engine key starts the search."""
        found = ENGINE_KEY.search(response.text)
        if not found:
            self.logger.error("no Swiftype engine key in %s: the search page changed", response.url)
            return
        self.engine_key = found.group(1)
        yield self.page_request(1)

    def page_request(self, page: int) -> scrapy.Request:
        options = self.source.options
        body = {
            "engine_key": self.engine_key,
            "q": options.query,
            "page": page,
            "per_page": options.per_page,
            "filters": options.filters,
        }
        return self.api_request(
            options.search_url, page, json.dumps(body), headers={"Content-Type": "application/json"}
        )

    def records(self, answer: dict[str, Any]) -> list[dict[str, Any]]:
        groups = answer.get(self.records_key)
        return [
            record
            for group in (groups.values() if isinstance(groups, dict) else [])
            if isinstance(group, list)
            for record in group
            if isinstance(record, dict)
        ]

    def page_count(self, answer: dict[str, Any], url: str) -> int:
        info = answer.get(self.total_key)
        counts = [
            group.get("num_pages", 1)
            for group in (info.values() if isinstance(info, dict) else [])
            if isinstance(group, dict)
        ]
        return max((count for count in counts if isinstance(count, int)), default=1)

    def page_items(
        self, records: list[dict[str, Any]], url: str, changed: bool = True
    ) -> Iterator[Any]:
        urls = [found for found in (result_url(r, self.link_pattern) for r in records) if found]
        if not urls:
            self.logger.warning("search %s gave no call URL", url)
        for call_url in urls:
            request = self.call_request(call_url, revalidate=changed)
            if request is not None:
                yield request
