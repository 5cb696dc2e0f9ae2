"""What every source spider shares: it is built from a configured Source."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import scrapy
from twisted.python.failure import Failure

from veille.config.schema import Source


class SourceSpider(scrapy.Spider):
    """A spider for one configured source. Subclasses only parse; pipelines store."""

    name = "source"
    # True for sources that publish only things one can apply to (grant or tender APIs).
    known_call = False

    def __init__(self, source: Source, **kwargs: Any):
        super().__init__(name=source.name, **kwargs)
        self.source = source
        self.start_urls = list(source.start_urls)
        if source.options.get("timeout"):  # read by Scrapy's DownloadTimeoutMiddleware
            self.download_timeout = float(source.options["timeout"])

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.start_urls:
            yield scrapy.Request(
                url, callback=self.parse, errback=self.request_failed, dont_filter=True
            )

    def request_failed(self, failure: Failure) -> None:
        """Say why a page was not read (HTTP status, timeout, redirect loop, size, robots)."""
        request = failure.request
        response = getattr(failure.value, "response", None)
        reason = (
            f"HTTP {response.status}"
            if response is not None
            else (f"{failure.type.__name__}: {failure.value}")
        )
        self.logger.error("cannot read %s: %s", request.url, reason)

    def raw_call(self, **fields: Any) -> dict[str, Any]:
        """A raw item carrying the source's defaults; fields given here win."""
        return {
            "source": self.source.name,
            "funder": self.source.funder,
            "kind": self.source.kind,
            "lang": self.source.languages[0],
            "regions": list(self.source.regions),
            "known_call": self.known_call,
            **{key: value for key, value in fields.items() if value not in (None, "", [])},
        }

    def json_object(self, response: scrapy.http.Response) -> dict[str, Any] | None:
        """The response as a JSON object, or None (logged for the health record) if it is not."""
        try:
            value = json.loads(response.body)
        except ValueError as error:
            self.logger.error("%s is not JSON: %s", response.url, error)
            return None
        if not isinstance(value, dict):
            self.logger.error("%s is JSON but not an object", response.url)
            return None
        return value

    def each_record(
        self, records: Any, build: Callable[[dict[str, Any]], Any], url: str
    ) -> Iterator[Any]:
        """Build an item per API record; a malformed record is logged and skipped, not fatal."""
        for record in records if isinstance(records, list) else []:
            try:
                item = build(record) if isinstance(record, dict) else None
            except (TypeError, AttributeError, ValueError, KeyError, IndexError) as error:
                self.logger.error("malformed record in %s: %r", url, error)
                continue
            if item:
                yield item
