"""One spider class per source type; a source in the configuration picks one by `type`
(and a `json_api` source by its `options.api`: each API has its own request flow)."""

from veille.config.sources import (
    BosaSource,
    FeedSource,
    ListingSource,
    SectionsSource,
    SediaSource,
    SitemapSource,
    Source,
    SwiftypeSource,
    TedSource,
)
from veille.crawler.spiders.base import SourceSpider
from veille.crawler.spiders.bosa import BosaSpider
from veille.crawler.spiders.feed import FeedSpider
from veille.crawler.spiders.listing import ListingSpider
from veille.crawler.spiders.sections import SectionsSpider
from veille.crawler.spiders.sedia import SediaSpider
from veille.crawler.spiders.sitemap import SitemapSpider
from veille.crawler.spiders.swiftype import SwiftypeSpider
from veille.crawler.spiders.ted import TedSpider

SPIDERS: dict[type, type[SourceSpider]] = {
    SediaSource: SediaSpider,
    FeedSource: FeedSpider,
    ListingSource: ListingSpider,
    SitemapSource: SitemapSpider,
    SectionsSource: SectionsSpider,
    TedSource: TedSpider,
    BosaSource: BosaSpider,
    SwiftypeSource: SwiftypeSpider,
}


def spider_for(source: Source) -> type[SourceSpider]:
    return SPIDERS[type(source)]


__all__ = ["SPIDERS", "SourceSpider", "spider_for"]
