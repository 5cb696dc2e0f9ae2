"""RSS/Atom feeds (WordPress and others): each entry is a candidate call."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlparse

import feedparser
import scrapy

from veille.config.sources import FeedSource
from veille.crawler.extract import ATTACHMENT_EXTENSIONS, html_to_text
from veille.crawler.http_cache import changed
from veille.crawler.spiders.pages import AttachmentsSpider


class FeedSpider(AttachmentsSpider):
    source: FeedSource

    def parse(self, response: scrapy.http.Response, **kwargs: Any) -> Iterator[Any]:
        feed = feedparser.parse(response.body)
        if feed.bozo and not feed.entries:
            self.logger.error("feed %s cannot be parsed: %s", response.url, feed.bozo_exception)
            return
        if not feed.entries:
            self.logger.warning("feed %s has no entry", response.url)
        for entry in feed.entries:
            link = entry.get("link")
            if not link:
                continue
            content = "".join(part.get("value", "") for part in entry.get("content", []))
            attachments = _attachments(content, entry)
            item = self.raw_call(
                source_id=entry.get("id") or link,
                url=link,
                title=html_to_text(entry.get("title", "")),
                summary=html_to_text(entry.get("summary", "")),
                text=html_to_text(content),
                published=_entry_date(entry),
                attachments=attachments,
            )
            yield from self.with_attachments(item, attachments, changed(response))


def _entry_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC).isoformat()


def _attachments(content_html: str, entry: Any) -> list[str]:
    found = [link.get("href") for link in entry.get("links", []) if link.get("rel") == "enclosure"]
    selector = scrapy.Selector(text=content_html or "<p></p>")
    found += selector.css("a::attr(href)").getall()
    return [
        url
        for url in dict.fromkeys(found)
        if url and urlparse(url).path.lower().endswith(ATTACHMENT_EXTENSIONS)
    ]
