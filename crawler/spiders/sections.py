"""One page describing several calls inline (Actiris): each heading starts a call.

`options.container` (a regex) names the heading under which the calls are listed
("Appels à projets en cours"); `options.heading` is the tag of each call's heading
(default h3). A call's id is the page URL plus a slug of its heading, so it stays
stable while its text changes, and a new heading is a new call.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urljoin

import scrapy
from bs4 import BeautifulSoup, Tag

from veille.config.sources import SectionsSource
from veille.crawler.extract import ATTACHMENT_EXTENSIONS, clean_text
from veille.crawler.http_cache import changed
from veille.crawler.spiders.pages import AttachmentsSpider, slug
from veille.crawler.urls import normalize_url

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def heading_level(tag: Tag) -> int:
    return int(tag.name[1]) if tag.name in HEADINGS else 99


def split_sections(html: str, heading: str, container: str | None) -> list[tuple[str, list[Tag]]]:
    """(heading text, the sibling tags up to the next heading of its level or above)."""
    soup = BeautifulSoup(html, "html.parser")
    candidates: list[Tag] = (soup.body or soup).find_all(heading)
    if container:
        pattern = re.compile(container, re.IGNORECASE)
        start = next((h for h in soup.find_all(HEADINGS) if pattern.search(h.get_text())), None)
        if start is None:
            return []
        candidates = []
        for tag in start.find_all_next(HEADINGS):  # up to the next heading of the same rank
            if heading_level(tag) <= heading_level(start):
                break
            if tag.name == heading:
                candidates.append(tag)
    sections = []
    for tag in candidates:
        body = []
        for sibling in tag.find_next_siblings():
            if heading_level(sibling) <= heading_level(tag):
                break
            body.append(sibling)
        sections.append((clean_text(tag.get_text(" ")), body))
    return sections


class SectionsSpider(AttachmentsSpider):
    source: SectionsSource

    def parse(self, response: scrapy.http.Response, **kwargs: Any) -> Iterator[Any]:
        if not isinstance(response, scrapy.http.TextResponse):
            self.logger.error("page %s is not a text page", response.url)
            return
        options = self.source.options
        sections = split_sections(response.text, options.heading, options.container)
        if not sections:
            self.logger.warning("page %s has no call section", response.url)
        lang = response.xpath("/html/@lang").get("")[:2].lower()
        for title, body in sections:
            text = clean_text("\n".join(tag.get_text("\n") for tag in body))
            links = [
                urljoin(response.url, str(a["href"]))
                for tag in body
                for a in tag.find_all("a", href=True)
            ]
            attachments = [
                u
                for u in dict.fromkeys(links)
                if u.lower().split("?")[0].endswith(ATTACHMENT_EXTENSIONS)
            ]
            url = f"{normalize_url(response.url)}#{slug(title)}"
            item = self.raw_call(
                source_id=url,
                url=url,
                title=title,
                text=text,
                attachments=attachments,
                lang=lang if lang in self.source.languages else None,
            )
            yield from self.with_attachments(item, attachments, changed(response))
