"""A site search served by Swiftype (King Baudouin Foundation), read without a browser.

The search page only renders results in JavaScript, but it embeds the public engine
key of its Swiftype engine; the same public JSON endpoint the browser calls gives the
result URLs, whose pages are server-rendered and read by generic extraction.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import scrapy

from veille.crawler.spiders.pages import CallPagesSpider

ENGINE_KEY = re.compile(r"""(?:engine_?key|engineKey)["']?\s*[:=]\s*["']([A-Za-z0-9_-]{8,})["']""")
SEARCH = "https://search-api.swiftype.com/api/v1/public/engines/search.json"


class SwiftypeSpider(CallPagesSpider):
    def __init__(self, source: Any, **kwargs: Any):
        super().__init__(source, **kwargs)
        self.link_pattern = re.compile(source.link_pattern or ".")

    def parse(self, response: scrapy.http.Response, **kwargs: Any) -> Iterator[Any]:
        found = ENGINE_KEY.search(response.text)
        if not found:
            self.logger.error("no Swiftype engine key in %s: the search page changed", response.url)
            return
        yield self.search_request(found.group(1), 1)

    def search_request(self, engine_key: str, page: int) -> scrapy.Request:
        options = self.source.options
        body = {
            "engine_key": engine_key,
            "q": str(options.get("query", "")),
            "page": page,
            "per_page": int(options.get("per_page", 50)),
            "filters": options.get("filters", {}),
        }
        return scrapy.Request(
            str(options.get("search_url", SEARCH)),
            method="POST",
            body=json.dumps(body),
            headers={"Content-Type": "application/json"},
            dont_filter=True,
            callback=self.parse_results,
            cb_kwargs={"engine_key": engine_key, "page": page},
        )

    def parse_results(
        self, response: scrapy.http.Response, engine_key: str, page: int
    ) -> Iterator[Any]:
        envelope = self.json_object(response)
        if envelope is None:
            return
        groups = envelope.get("records")
        records = [
            r
            for group in (groups.values() if isinstance(groups, dict) else [])
            if isinstance(group, list)
            for r in group
            if isinstance(r, dict)
        ]
        urls = [r["url"] for r in records if r.get("url") and self.link_pattern.search(r["url"])]
        if not urls:
            self.logger.warning("search %s gave no call URL", response.url)
        for url in urls:
            request = self.call_request(url)
            if request is not None:
                yield request
        pages = max(
            (info.get("num_pages", 1) for info in (envelope.get("info") or {}).values()), default=1
        )
        if page < min(pages, int(self.source.options.get("max_pages", 5))):
            yield self.search_request(engine_key, page + 1)
