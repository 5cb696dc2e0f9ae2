"""Honour robots.txt Crawl-delay per site (Scrapy obeys Disallow, not Crawl-delay).

The robots.txt response of each site passes through this downloader middleware; its
Crawl-delay for our user agent becomes the floor of that site's download-slot delay,
re-applied after every response because AutoThrottle may lower the slot delay.
In replay mode the delay is read and reported but not applied (VEILLE_APPLY_CRAWL_DELAY).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from protego import Protego
from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.http import Response

MAX_CRAWL_DELAY = 60.0  # a robots.txt asking for more is obeyed at one request a minute


class CrawlDelayMiddleware:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.user_agent = crawler.settings.get("ROBOTSTXT_USER_AGENT") or "*"
        self.apply = crawler.settings.getbool("VEILLE_APPLY_CRAWL_DELAY", True)
        self.delays: dict[str, float] = {}  # netloc -> seconds

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlDelayMiddleware:
        return cls(crawler)

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Response:
        netloc = urlsplit(request.url).netloc.lower()
        if urlsplit(request.url).path == "/robots.txt" and response.status == 200:
            self.read_robots(netloc, response.body)
        if self.apply and netloc in self.delays:
            self.enforce(request, self.delays[netloc])
        return response

    def read_robots(self, netloc: str, body: bytes) -> None:
        parser = Protego.parse(body.decode("utf-8", errors="replace"))
        delay = parser.crawl_delay(self.user_agent)
        if delay is None:
            return
        self.delays[netloc] = min(float(delay), MAX_CRAWL_DELAY)
        self.crawler.stats.set_value(f"veille/crawl_delay/{netloc}", self.delays[netloc])

    def enforce(self, request: Request, delay: float) -> None:
        downloader = self.crawler.engine.downloader
        key = downloader.get_slot_key(request)
        downloader.per_slot_settings.setdefault(key, {})["delay"] = delay
        slot = downloader.slots.get(key)
        if slot is not None and slot.delay < delay:
            slot.delay = delay
