"""One spider class per source type; a source in the configuration picks one by `type`."""

from veille.crawler.spiders.base import SourceSpider
from veille.crawler.spiders.feed import FeedSpider
from veille.crawler.spiders.listing import ListingSpider
from veille.crawler.spiders.sedia import SediaSpider

SPIDERS_BY_TYPE: dict[str, type[SourceSpider]] = {
    "sedia": SediaSpider,
    "feed": FeedSpider,
    "listing": ListingSpider,
}

__all__ = ["SPIDERS_BY_TYPE", "FeedSpider", "ListingSpider", "SediaSpider", "SourceSpider"]
