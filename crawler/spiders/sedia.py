"""EU Funding & Tenders portal: the SEDIA search API.

One POST per page (`apiKey=SEDIA`, `pageSize` and `pageNumber` in the URL: the API ignores
them in the body) whose multipart body holds the query, the language and a sort on the
identifier (without a sort the order is by relevance, and pages overlap). The answer is
`{"results": [...], "totalResults": N}`; each result's `metadata` values are lists of text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

import scrapy

from veille.config.sources import SediaSource
from veille.crawler.extract import html_to_text
from veille.crawler.spiders.base import raw_call
from veille.crawler.spiders.json_api import PagedJsonApiSpider
from veille.domain.raw_call import RawCall

PORTAL = "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities"
PAGE_SIZE = 100  # the most the API gives per page
SKIPPED_TYPES = {"6"}  # topic update/news records: no status, no deadline
CLOSED = "31094503"  # the portal's status code "closed" (31094501 forthcoming, 31094502 open)


def multipart(parts: dict[str, Any], boundary: str) -> bytes:
    """Each part a JSON blob with its own content type, as the portal's own client sends."""
    chunks = []
    for name, value in parts.items():
        chunks.append(
            f"--{boundary}\r\n"
            f'Content-Disposition: form-data; name="{name}"; filename="blob"\r\n'
            "Content-Type: application/json\r\n\r\n"
            f"{json.dumps(value)}\r\n"
        )
    chunks.append(f"--{boundary}--\r\n")
    return "".join(chunks).encode("utf-8")


def first(metadata: dict[str, Any], key: str) -> str | None:
    """Metadata values come as lists of strings; anything else is treated as missing."""
    values = metadata.get(key)
    if isinstance(values, str):
        return values
    if isinstance(values, list) and values and isinstance(values[0], str):
        return values[0]
    return None


def sedia_date(value: str | None) -> str | None:
    """'2024-04-18T19:00:00.000+0200' -> ISO 8601 with a colon in the offset."""
    if not value:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%f%z").isoformat()
    except ValueError:
        return None


def keywords(metadata: dict[str, Any]) -> list[str]:
    found: list[str] = []
    for value in metadata.get("keywords") or []:
        try:  # sometimes a JSON-encoded list inside the list
            decoded = json.loads(value)
            found += decoded if isinstance(decoded, list) else [str(decoded)]
        except (TypeError, ValueError):
            found.append(value)
    return found


def result_call(result: dict[str, Any], source: SediaSource, today: str) -> RawCall | None:
    """The call a search result describes; None for news records and results without id.

    `today` (an ISO date) picks the next deadline of a topic with several.
    """
    metadata = result.get("metadata")
    if not isinstance(metadata, dict):
        return None
    kind = first(metadata, "type")
    if kind in SKIPPED_TYPES:
        return None
    found_id = first(metadata, "identifier") or result.get("reference")
    if not found_id:
        return None
    identifier = str(found_id)
    if kind == "8" and first(metadata, "callccm2Id"):
        url = f"{PORTAL}/competitive-calls-cs/{first(metadata, 'callccm2Id')}"
    else:
        url = f"{PORTAL}/topic-details/{identifier}"
    deadlines = sorted(filter(None, map(sedia_date, metadata.get("deadlineDate") or [])))
    upcoming = [d for d in deadlines if d >= today]
    text_parts = [
        html_to_text(first(metadata, "descriptionByte") or ""),
        html_to_text(first(metadata, "topicConditions") or ""),
        ", ".join(keywords(metadata)),
    ]
    return raw_call(
        source,
        known_call=True,  # the search is filtered on grant topics and calls
        source_id=identifier,
        url=url,
        title=first(metadata, "title") or result.get("content") or identifier,
        summary=" — ".join(filter(None, [first(metadata, "callTitle"), result.get("summary")])),
        text="\n\n".join(part for part in text_parts if part),
        published=sedia_date(first(metadata, "es_SortDate")),
        opens=sedia_date(first(metadata, "startDate")),
        deadline=next(iter(upcoming or deadlines), None),
        kind="tender" if kind == "0" else source.kind,
        # closed by the portal while a deadline is still ahead: cancelled or closed early
        withdrawn=first(metadata, "status") == CLOSED and bool(upcoming),
    )


class SediaSpider(PagedJsonApiSpider):
    source: SediaSource
    records_key = "results"
    total_key = "totalResults"
    page_size = PAGE_SIZE

    def __init__(self, source: SediaSource, **kwargs: Any):
        super().__init__(source, **kwargs)
        self.max_pages = source.options.max_pages

    async def start(self) -> AsyncIterator[scrapy.Request]:
        yield self.page_request(1)

    def page_request(self, page: int) -> scrapy.Request:
        options = self.source.options
        must: list[dict[str, Any]] = [
            {"terms": {"type": list(options.types)}},
            {"terms": {"status": list(options.statuses)}},
        ]
        if options.programmes:
            must.append({"terms": {"frameworkProgramme": list(options.programmes)}})
        parts = {
            "query": {
                "bool": {"must": must, "must_not": [{"terms": {"DATASOURCE": ["SEDIA_FAQ"]}}]}
            },
            "languages": ["en"],
            "sort": {"field": "identifier", "order": "ASC"},  # stable across pages
        }
        # A boundary derived from the content: the same query is the same request, so the
        # HTTP cache can recognise it from one crawl to the next.
        digest = hashlib.sha1(json.dumps(parts, sort_keys=True).encode()).hexdigest()
        boundary = f"veille{digest[:24]}"
        query = urlencode(
            {"apiKey": "SEDIA", "text": "***", "pageSize": self.page_size, "pageNumber": page}
        )
        return self.api_request(
            f"{self.start_urls[0]}?{query}",
            page,
            multipart(parts, boundary),
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
        )

    def page_items(
        self, records: list[dict[str, Any]], url: str, changed: bool = True
    ) -> Iterator[Any]:
        """A topic the API lists twice on a page is yielded once."""
        seen: set[str] = set()
        for item in super().page_items(records, url, changed):
            if item.source_id not in seen:
                seen.add(item.source_id)
                yield item

    def from_record(self, record: dict[str, Any]) -> RawCall | None:
        now = self.settings.get("VEILLE_NOW") or datetime.now().astimezone().isoformat()
        return result_call(record, self.source, now[:10])
