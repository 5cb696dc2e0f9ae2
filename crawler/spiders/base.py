"""What every source spider shares: it is built from a configured Source and yields RawCalls."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import scrapy
from twisted.python.failure import Failure

from veille.config.sources import Source
from veille.domain.raw_call import RawCall


def raw_call(source: Source, known_call: bool = False, **found: Any) -> RawCall:
    """A RawCall carrying the source's defaults (name, funder, kind, first language,
    regions); what the spider found wins, unless it is empty. Lists become tuples."""
    given = {
        key: tuple(value) if isinstance(value, list) else value
        for key, value in found.items()
        if value not in (None, "", [])
    }
    defaults: dict[str, Any] = {
        "source": source.name,
        "funder": source.funder,
        "kind": source.kind,
        "lang": source.languages[0],
        "regions": tuple(source.regions),
        "known_call": known_call,
    }
    return RawCall(**{**defaults, **given})


@dataclass
class SightingLog:
    """What this crawl saw of its source, for the presence rule (veille.domain.presence)."""

    seen: set[str] = field(default_factory=set)  # ids of the calls stored (by the pipeline)
    not_found: dict[str, int] = field(default_factory=dict)  # call page URL -> 404 or 410
    documents_failed: set[str] = field(default_factory=set)  # documents a call links, unread
    truncated: bool = False  # a page limit stopped the crawl before the end of its listing


def failed_request(failure: Failure) -> scrapy.Request:
    """The request Scrapy attaches to the failure it passes to an errback."""
    return failure.request  # type: ignore[attr-defined,no-any-return]  # set by Scrapy


class SourceSpider(scrapy.Spider):
    """A spider for one configured source. Subclasses only parse; pipelines store."""

    name = "source"
    # True for sources that publish only things one can apply to (grant or tender APIs).
    known_call = False

    def __init__(self, source: Source, **kwargs: Any):
        super().__init__(name=source.name, **kwargs)
        self.source = source
        self.start_urls = list(source.start_urls)
        self.sighting = SightingLog()
        # complete crawls without a call before it is gone; None: absence proves nothing
        self.gone_after: int | None = getattr(source.options, "gone_after", None)
        if source.options.timeout:  # read by Scrapy's DownloadTimeoutMiddleware
            self.download_timeout = source.options.timeout

    async def start(self) -> AsyncIterator[scrapy.Request]:
        for url in self.start_urls:
            yield scrapy.Request(
                url, callback=self.parse, errback=self.request_failed, dont_filter=True
            )

    def request_failed(self, failure: Failure) -> None:
        """Say why a page was not read (HTTP status, timeout, redirect loop, size, robots)."""
        request = failed_request(failure)
        response = getattr(failure.value, "response", None)
        reason = (
            f"HTTP {response.status}"
            if response is not None
            else (f"{type(failure.value).__name__}: {failure.value}")
        )
        self.logger.error("cannot read %s: %s", request.url, reason)

    def raw_call(self, **found: Any) -> RawCall:
        """A RawCall of this source (see `raw_call`)."""
        return raw_call(self.source, self.known_call, **found)

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
        self, records: Iterable[Any], build: Callable[[dict[str, Any]], Any], url: str
    ) -> Iterator[Any]:
        """Build an item per API record; a malformed record is logged and skipped, not fatal."""
        for record in records:
            try:
                item = build(record) if isinstance(record, dict) else None
            except (TypeError, AttributeError, ValueError, KeyError, IndexError) as error:
                self.logger.error("malformed record in %s: %r", url, error)
                continue
            if item:
                yield item
