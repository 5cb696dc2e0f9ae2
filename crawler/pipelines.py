"""Item pipeline: normalise each raw item into a Call, classify it, store it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem

from veille.domain.call import BRUSSELS
from veille.domain.classify import Classifier
from veille.domain.normalize import normalize
from veille.storage import CallStore, open_database


def crawl_now(crawler: Crawler) -> datetime:
    """The crawl's clock: real time, or the time a replayed recording was made."""
    value = crawler.settings.get("VEILLE_NOW")
    return datetime.fromisoformat(value) if value else datetime.now(BRUSSELS)


class CallPipeline:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.db_path = Path(crawler.settings["VEILLE_DB"])
        self.classifier = Classifier(crawler.settings.get("VEILLE_TOPICS") or {})
        self.store: CallStore | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CallPipeline:
        return cls(crawler)

    def open_spider(self, spider: Spider | None = None) -> None:
        self.store = CallStore(open_database(self.db_path))

    def close_spider(self, spider: Spider | None = None) -> None:
        if self.store is not None:
            self.store.db.close()

    def process_item(self, item: dict[str, Any], spider: Spider | None = None) -> dict[str, Any]:
        if not item.get("url") or not item.get("source"):
            raise DropItem(f"item without url or source: {sorted(item)}")
        assert self.store is not None
        call = normalize(item, self.classifier, crawl_now(self.crawler))
        result = self.store.upsert_call(call, crawl_now(self.crawler))
        self.crawler.stats.inc_value(f"veille/calls/{result.outcome}")
        return {**item, "call_id": result.call_id, "outcome": result.outcome}
