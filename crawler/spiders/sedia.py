"""EU Funding & Tenders portal: the SEDIA search API (research/sources.md section 9)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

import scrapy

from veille.crawler.extract import html_to_text
from veille.crawler.spiders.base import SourceSpider

PORTAL = "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities"
PAGE_SIZE = 100
SKIPPED_TYPES = {"6"}  # topic update/news records: no status, no deadline


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


class SediaSpider(SourceSpider):
    known_call = True  # the search is filtered on grant topics and calls

    async def start(self) -> AsyncIterator[scrapy.Request]:
        yield self.search_request(1)

    def search_request(self, page: int) -> scrapy.Request:
        options = self.source.options
        must: list[dict[str, Any]] = [
            {"terms": {"type": list(options.get("types", ["1", "2", "8"]))}},
            {"terms": {"status": list(options.get("statuses", ["31094501", "31094502"]))}},
        ]
        if options.get("programmes"):
            must.append({"terms": {"frameworkProgramme": list(options["programmes"])}})
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
            {"apiKey": "SEDIA", "text": "***", "pageSize": PAGE_SIZE, "pageNumber": page}
        )
        return scrapy.Request(
            f"{self.start_urls[0]}?{query}",
            method="POST",
            body=multipart(parts, boundary),
            headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
            callback=self.parse,
            cb_kwargs={"page": page},
            dont_filter=True,
        )

    def parse(self, response: scrapy.http.Response, page: int = 1, **kwargs: Any) -> Iterator[Any]:
        envelope = self.json_object(response)
        if envelope is None:
            return
        results = [r for r in envelope.get("results") or [] if isinstance(r, dict)]
        seen: set[str] = set()
        for result in results:
            item = self.parse_result(result)
            if item and item["source_id"] not in seen:
                seen.add(item["source_id"])
                yield item
        total = int(envelope.get("totalResults") or 0)
        if results and page * PAGE_SIZE < total:
            yield self.search_request(page + 1)

    def parse_result(self, result: dict[str, Any]) -> dict[str, Any] | None:
        metadata = result.get("metadata")
        if not isinstance(metadata, dict):
            return None
        kind = first(metadata, "type")
        if kind in SKIPPED_TYPES:
            return None
        identifier = first(metadata, "identifier") or result.get("reference")
        if not identifier:
            return None
        if kind == "8" and first(metadata, "callccm2Id"):
            url = f"{PORTAL}/competitive-calls-cs/{first(metadata, 'callccm2Id')}"
        else:
            url = f"{PORTAL}/topic-details/{identifier}"
        deadlines = sorted(filter(None, map(sedia_date, metadata.get("deadlineDate") or [])))
        now = self.settings.get("VEILLE_NOW") or datetime.now().astimezone().isoformat()
        upcoming = [d for d in deadlines if d >= now[:10]]
        text_parts = [
            html_to_text(first(metadata, "descriptionByte") or ""),
            html_to_text(first(metadata, "topicConditions") or ""),
            ", ".join(keywords(metadata)),
        ]
        return self.raw_call(
            source_id=identifier,
            url=url,
            title=first(metadata, "title") or result.get("content") or identifier,
            summary=" — ".join(filter(None, [first(metadata, "callTitle"), result.get("summary")])),
            text="\n\n".join(part for part in text_parts if part),
            published=sedia_date(first(metadata, "es_SortDate")),
            opens=sedia_date(first(metadata, "startDate")),
            deadline=(upcoming or deadlines or [None])[0],
            kind="tender" if kind == "0" else self.source.kind,
            reference=result.get("reference"),
        )
