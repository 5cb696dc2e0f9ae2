"""TED, the EU public procurement journal: Search API v3 (research/sources.md section 10)."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy

from veille.crawler.spiders.base import SourceSpider

FIELDS = [
    "publication-number",
    "notice-type",
    "notice-title",
    "buyer-name",
    "buyer-country",
    "classification-cpv",
    "place-of-performance",
    "publication-date",
    "deadline-receipt-tender-date-lot",
    "estimated-value-lot",
    "estimated-value-cur-lot",
    "description-proc",
    "links",
]
ISO3 = {"fr": "fra", "nl": "nld", "en": "eng", "de": "deu"}
TWO_LETTERS = {three: two for two, three in ISO3.items()}


def scalar(value: Any) -> Any:
    """TED wraps some scalars in a list; parse both."""
    return value[0] if isinstance(value, list) and value else value


def in_language(value: Any, preferred: list[str]) -> str:
    """Pick from a {'fra': ..., 'eng': [...]} map, in the source's language order."""
    if not isinstance(value, dict):
        return str(scalar(value) or "")
    for code in [*preferred, *value]:
        if value.get(code):
            found = value[code]
            return " ".join(found) if isinstance(found, list) else str(found)
    return ""


def ted_date(value: str | None, closing: bool = False) -> str | None:
    """'2026-04-14+02:00' (a date with an offset) -> '2026-04-14', or the end of
    that day in that offset for a deadline; datetimes are kept.
    """
    if not value:
        return None
    if "T" in value:
        return value
    return f"{value[:10]}T23:59:00{value[10:]}" if closing and len(value) > 10 else value[:10]


class TedSpider(SourceSpider):
    known_call = True  # contract notices: each one is a tender one can answer

    async def start(self) -> AsyncIterator[scrapy.Request]:
        yield self.search_request(1)

    def search_request(self, page: int) -> scrapy.Request:
        options = self.source.options
        body = {
            "query": options["query"],
            "fields": FIELDS,
            "page": page,
            "limit": int(options.get("limit", 100)),
            "scope": options.get("scope", "ACTIVE"),
            "paginationMode": "PAGE_NUMBER",
            "checkQuerySyntax": False,
            "onlyLatestVersions": True,
        }
        return scrapy.Request(
            self.start_urls[0],
            method="POST",
            body=json.dumps(body),
            headers={"Content-Type": "application/json", "Accept": "application/json"},
            callback=self.parse,
            cb_kwargs={"page": page},
            dont_filter=True,
        )

    def parse(self, response: scrapy.http.Response, page: int = 1, **kwargs: Any) -> Iterator[Any]:
        envelope = self.json_object(response)
        if envelope is None:
            return
        notices = envelope.get("notices") or []
        languages = [ISO3[lang] for lang in self.source.languages]
        yield from self.each_record(
            notices, lambda notice: self.notice_call(notice, languages), response.url
        )
        limit = int(self.source.options.get("limit", 100))
        max_pages = int(self.source.options.get("max_pages", 5))
        if (
            notices
            and isinstance(notices, list)
            and page * limit < int(envelope.get("totalNoticeCount") or 0)
            and page < max_pages
        ):
            yield self.search_request(page + 1)

    def notice_call(self, notice: dict[str, Any], languages: list[str]) -> dict[str, Any] | None:
        number = scalar(notice.get("publication-number"))
        if not number:
            return None
        html_links = (notice.get("links") or {}).get("html") or {}
        url = next(
            (html_links[code.upper()] for code in languages if code.upper() in html_links),
            f"https://ted.europa.eu/en/notice/-/detail/{number}",
        )
        deadlines = sorted(
            filter(
                None,
                (
                    ted_date(value, closing=True)
                    for value in notice.get("deadline-receipt-tender-date-lot") or []
                ),
            )
        )
        titles = notice.get("notice-title") or {}
        lang = next(
            (code for code in languages if isinstance(titles, dict) and titles.get(code)), None
        )
        buyer = in_language(notice.get("buyer-name"), languages)
        cpv = ", ".join(notice.get("classification-cpv") or [])
        return self.raw_call(
            source_id=str(number),
            url=url,
            title=in_language(notice.get("notice-title"), languages) or str(number),
            summary=buyer,
            text="\n".join(
                filter(
                    None,
                    [
                        in_language(notice.get("description-proc"), languages),
                        f"CPV: {cpv}" if cpv else "",
                    ],
                )
            ),
            published=ted_date(scalar(notice.get("publication-date"))),
            deadline=deadlines[0] if deadlines else None,
            reference=str(number),
            lang=TWO_LETTERS.get(lang or ""),
        )
