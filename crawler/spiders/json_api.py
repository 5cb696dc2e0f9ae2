"""A JSON search API read page by page: the base of the SEDIA, TED, BOSA and Swiftype spiders.

A subclass declares where the answer keeps its records and their total, asks for a page,
and turns a record into what it yields (each API's record-to-call function). Paging stops
at the last page the total allows, at the first empty page, or after `max_pages`, so an API
that ignores a filter cannot make a crawl endless.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

import scrapy

from veille.crawler.http_cache import changed
from veille.crawler.spiders.base import SourceSpider


class PagedJsonApiSpider(SourceSpider):
    records_key: ClassVar[str]  # the answer's list of records
    total_key: ClassVar[str]  # the answer's count of every record the query matches
    page_size: int  # records asked for per page
    max_pages: int  # pages read at most in one crawl

    def page_request(self, page: int) -> scrapy.Request:
        """The request for one page (pages count from 1); its callback is `parse_page`."""
        raise NotImplementedError

    def from_record(self, record: dict[str, Any]) -> Any:
        """What one record gives: a RawCall, a request for its page, or None to skip it."""
        raise NotImplementedError

    def api_request(self, url: str, page: int, body: bytes | str, **kwargs: Any) -> scrapy.Request:
        """A POST for one page, answered by `parse_page` (never filtered as a duplicate)."""
        return scrapy.Request(
            url,
            method="POST",
            body=body,
            callback=self.parse_page,
            cb_kwargs={"page": page},
            dont_filter=True,
            **kwargs,
        )

    def parse(self, response: scrapy.http.Response, **kwargs: Any) -> Iterator[Any]:
        """A response not asked for through `page_request` is read as the first page."""
        yield from self.parse_page(response, 1)

    def parse_page(self, response: scrapy.http.Response, page: int) -> Iterator[Any]:
        answer = self.json_object(response)
        if answer is None:
            return
        records = self.records(answer)
        yield from self.page_items(records, response.url, changed(response))
        pages = self.page_count(answer, response.url)
        if records and page < min(self.max_pages, pages):
            yield self.page_request(page + 1)
        elif records and page < pages:  # the result set goes on beyond what a crawl reads
            self.sighting.truncated = True

    def records(self, answer: dict[str, Any]) -> list[dict[str, Any]]:
        found = answer.get(self.records_key)
        if not isinstance(found, list):
            return []
        return [record for record in found if isinstance(record, dict)]

    def page_items(
        self, records: list[dict[str, Any]], url: str, changed: bool = True
    ) -> Iterator[Any]:
        """What a page of records gives; `changed`: the page is not the kept copy."""
        yield from self.each_record(records, self.from_record, url)

    def page_count(self, answer: dict[str, Any], url: str) -> int:
        """How many pages the API says it has (0 when it does not say it as a number)."""
        total = answer.get(self.total_key) or 0
        try:
            return -(-int(total) // self.page_size)  # rounded up
        except (TypeError, ValueError):
            self.logger.error("%s: %s is not a number: %r", url, self.total_key, total)
            return 0
