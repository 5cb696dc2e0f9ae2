"""The HTTP cache of crawls: every crawl asks the site, and a failure is never hidden.

- Listings, feeds, sitemaps and API searches (every request not marked as a page) are asked
  at every crawl, conditionally (If-None-Match / If-Modified-Since): unchanged, they cost
  a 304, headers only.
- Call pages and their documents (`meta["veille_page"]`) are kept at most `PAGE_LIFETIME`
  after they were last validated (a day, less a margin for the schedule's jitter, so that
  a daily crawl asks them every day), and asked again at once when the listing that links
  them changed (`meta["veille_revalidate"]`). A `Cache-Control: max-age` can shorten that,
  never lengthen it beyond the source's crawl interval; `no-cache` asks every time.
- No heuristic freshness: a page's old Last-Modified never makes it fresh.
- Every 200 answer is kept, validators or not, and an answer equal to the kept copy counts
  as unchanged (flagged "cached"), so a server without validators does not make every page
  look changed, and its pages still wait a day.
- An error (5xx, a timeout, a refused connection) reaches the spider as the error it is,
  retried then reported; the kept copy stays for the next crawl, never served instead.

Ages are measured on the crawl's clock (VEILLE_NOW in replays), from when the copy was last
validated (the `X-Veille-Validated` header of the kept copy).
"""

from __future__ import annotations

from datetime import datetime
from email.utils import formatdate
from time import time
from typing import Any

from scrapy import Spider
from scrapy.downloadermiddlewares.httpcache import HttpCacheMiddleware
from scrapy.extensions.httpcache import RFC2616Policy
from scrapy.http import Request, Response
from scrapy.settings import BaseSettings

from veille.domain.crontab import shortest_gap

PAGE_LIFETIME = 20 * 3600.0  # seconds
VALIDATED = b"X-Veille-Validated"  # when the kept copy was last fetched or confirmed (epoch)
PAGE = "veille_page"
REVALIDATE = "veille_revalidate"
KEPT_STATUSES = {200, 203, 300, 301, 308}


def page_meta(revalidate: bool = False) -> dict[str, bool]:
    """Request meta of a call page or document: kept a while, or asked again now."""
    return {PAGE: True, REVALIDATE: revalidate}


def changed(response: Response) -> bool:
    """Whether a response is new (not the kept copy: neither fresh, nor confirmed by a 304 or
    by an identical answer)."""
    return "cached" not in response.flags


class CrawlCachePolicy(RFC2616Policy):
    def __init__(self, settings: BaseSettings):
        super().__init__(settings)
        moment = settings.get("VEILLE_NOW")
        self.clock = datetime.fromisoformat(moment).timestamp() if moment else None
        self.interval: float | None = None  # the source's crawl interval (seconds)

    def now(self) -> float:
        return self.clock if self.clock is not None else time()

    def should_cache_response(self, response: Response, request: Request) -> bool:
        if b"no-store" in self._parse_cachecontrol(response):
            return False
        return response.status in KEPT_STATUSES

    def is_cached_response_fresh(self, cachedresponse: Response, request: Request) -> bool:
        if self._fresh(cachedresponse, request):
            return True
        self._set_conditional_validators(request, cachedresponse)
        return False

    def _fresh(self, cached: Response, request: Request) -> bool:
        if not request.meta.get(PAGE) or request.meta.get(REVALIDATE):
            return False
        control = self._parse_cachecontrol(cached)
        if b"no-cache" in control or b"no-cache" in self._parse_cachecontrol(request):
            return False
        lifetime = PAGE_LIFETIME
        max_age = self._get_max_age(control)
        if max_age is not None:
            lifetime = min(lifetime, max_age, self.interval or lifetime)
        age = self.now() - validated_at(cached)
        return 0 <= age < lifetime

    def is_cached_response_valid(
        self, cachedresponse: Response, response: Response, request: Request
    ) -> bool:
        """Unchanged: a 304, or the same body again (a server without validators)."""
        if response.status == 304:
            return True
        return response.status == 200 and response.body == cachedresponse.body


def validated_at(response: Response) -> float:
    try:
        return float(response.headers.get(VALIDATED) or 0)
    except ValueError:
        return 0.0


class RevalidatingCacheMiddleware(HttpCacheMiddleware):
    """Scrapy's cache middleware, with the policy above: a copy's validation time is kept
    with it, and no download error is ever answered from the cache."""

    policy: CrawlCachePolicy

    def spider_opened(self, spider: Spider) -> None:
        super().spider_opened(spider)
        source = getattr(spider, "source", None)
        if source is not None:
            self.policy.interval = shortest_gap(source.schedule).total_seconds()

    def process_response(
        self, request: Request, response: Response, spider: Spider | None = None
    ) -> Request | Response:
        if request.meta.get("dont_cache", False):
            return response
        if "_dont_cache" in request.meta or "cached" in response.flags:
            request.meta.pop("_dont_cache", None)
            return response
        if "Date" not in response.headers:
            response.headers["Date"] = formatdate(usegmt=True)
        cached: Response | None = request.meta.pop("cached_response", None)
        if cached is None:
            self.stats.inc_value("httpcache/firsthand")
            self._keep(response, request)
            return response
        if self.policy.is_cached_response_valid(cached, response, request):
            self.stats.inc_value("httpcache/revalidate")
            if response.status == 304:
                self._freshen_cached_response(cached, response)
            self._keep(cached, request)
            return cached
        self.stats.inc_value("httpcache/invalidate")
        self._keep(response, request)  # an error answer is not kept: the old copy stays
        return response

    def process_exception(
        self, request: Request, exception: Exception, spider: Spider | None = None
    ) -> Request | Response | None:
        request.meta.pop("cached_response", None)  # never hide the failure behind a copy
        return None

    def _keep(self, response: Response, request: Request) -> None:
        headers: Any = response.headers.copy()
        headers[VALIDATED] = str(self.policy.now())
        self._cache_response(response.replace(headers=headers), request)
