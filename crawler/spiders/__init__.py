"""One spider class per source type; a source in the configuration picks one by `type`."""

from veille.config.schema import Source
from veille.crawler.spiders.base import SourceSpider
from veille.crawler.spiders.bosa import BosaSpider
from veille.crawler.spiders.feed import FeedSpider
from veille.crawler.spiders.listing import ListingSpider
from veille.crawler.spiders.sections import SectionsSpider
from veille.crawler.spiders.sedia import SediaSpider
from veille.crawler.spiders.sitemap import SitemapSpider
from veille.crawler.spiders.swiftype import SwiftypeSpider
from veille.crawler.spiders.ted import TedSpider

SPIDERS_BY_TYPE: dict[str, type[SourceSpider]] = {
    "sedia": SediaSpider,
    "feed": FeedSpider,
    "listing": ListingSpider,
    "sitemap": SitemapSpider,
    "sections": SectionsSpider,
}

# `json_api` sources name their API in `options.api`: each has its own request flow.
JSON_APIS: dict[str, type[SourceSpider]] = {
    "ted": TedSpider,
    "bosa": BosaSpider,
    "swiftype": SwiftypeSpider,
}


def spider_for(source: Source) -> type[SourceSpider]:
    if source.type == "json_api":
        return JSON_APIS[str(source.options.get("api"))]
    return SPIDERS_BY_TYPE[source.type]


__all__ = ["JSON_APIS", "SPIDERS_BY_TYPE", "SourceSpider", "spider_for"]
