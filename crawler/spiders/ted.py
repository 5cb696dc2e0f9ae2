"""TED, the EU public procurement journal: Search API v3.

One POST per page with an expert query (`options.query`) and the fields wanted; the answer
is `{"notices": [...], "totalNoticeCount": N}`. Multilingual fields come as maps of ISO 639-3
codes (`{"fra": ..., "nld": [...]}`); dates carry their offset ("2026-04-14+02:00").
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import scrapy

from veille.config.sources import TedSource
from veille.crawler.spiders.base import raw_call
from veille.crawler.spiders.json_api import PagedJsonApiSpider
from veille.domain.raw_call import RawCall

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


def ted_date(value: str | None) -> str | None:
    """'2026-04-14+02:00' (a date with an offset) -> '2026-04-14'; datetimes are kept.

    A deadline given as a date alone stays a date: it counts until the end of that day in
    Brussels, and is shown without an invented time.
    """
    if not value:
        return None
    return value if "T" in value else value[:10]


def notice_call(notice: dict[str, Any], source: TedSource) -> RawCall | None:
    """The call a TED notice describes, in the source's languages; None without a number."""
    number = scalar(notice.get("publication-number"))
    if not number:
        return None
    languages = [ISO3[lang] for lang in source.languages]
    html_links = (notice.get("links") or {}).get("html") or {}
    url = next(
        (html_links[code.upper()] for code in languages if code.upper() in html_links),
        f"https://ted.europa.eu/en/notice/-/detail/{number}",
    )
    deadlines = sorted(
        filter(
            None,
            (ted_date(value) for value in notice.get("deadline-receipt-tender-date-lot") or []),
        )
    )
    titles = notice.get("notice-title") or {}
    lang = next((code for code in languages if isinstance(titles, dict) and titles.get(code)), None)
    buyer = in_language(notice.get("buyer-name"), languages)
    cpv = ", ".join(notice.get("classification-cpv") or [])
    return raw_call(
        source,
        known_call=True,  # contract notices: each one is a tender one can answer
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
        lang=TWO_LETTERS.get(lang or ""),
    )


class TedSpider(PagedJsonApiSpider):
    source: TedSource
    records_key = "notices"
    total_key = "totalNoticeCount"

    def __init__(self, source: TedSource, **kwargs: Any):
        super().__init__(source, **kwargs)
        self.page_size = source.options.limit
        self.max_pages = source.options.max_pages

    async def start(self) -> AsyncIterator[scrapy.Request]:
        yield self.page_request(1)

    def page_request(self, page: int) -> scrapy.Request:
        options = self.source.options
        body = {
            "query": options.query,
            "fields": FIELDS,
            "page": page,
            "limit": options.limit,
            "scope": options.scope,
            "paginationMode": "PAGE_NUMBER",
            "checkQuerySyntax": False,
            "onlyLatestVersions": True,
        }
        return self.api_request(
            self.start_urls[0],
            page,
            json.dumps(body),
            headers={"Content-Type": "application/json", "Accept": "application/json"},
        )

    def from_record(self, record: dict[str, Any]) -> RawCall | None:
        return notice_call(record, self.source)
