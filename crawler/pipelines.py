"""Item pipeline: check each RawCall's shape (Validate), then normalise, classify, store it."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from veille.domain.call import BRUSSELS
from veille.domain.classify import Classifier, Vocabulary
from veille.domain.normalize import normalize
from veille.domain.raw_call import RawCall, problems
from veille.domain.second_opinion import shipped
from veille.storage import CallStore, open_database


def crawl_now(crawler: Crawler) -> datetime:
    """The crawl's clock: real time, or the time a replayed recording was made."""
    value = crawler.settings.get("VEILLE_NOW")
    return datetime.fromisoformat(value) if value else datetime.now(BRUSSELS)


class Validate:
    """Drops an item that is not a well-formed RawCall, with an error in the crawl's health
    record that says what is wrong, so one bad record never stops a crawl."""

    def process_item(self, item: object, spider: Spider | None = None) -> RawCall:
        found = problems(item)
        if found:
            url = getattr(item, "url", None)
            # logged at ERROR by Scrapy, for this spider: the health record keeps it
            raise DropItem(f"malformed call from {url!r}: {'; '.join(found)}", log_level="ERROR")
        assert isinstance(item, RawCall)
        return item


class CallPipeline:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.db_path = Path(crawler.settings["VEILLE_DB"])
        self.classifier = Classifier(
            crawler.settings.get("VEILLE_TOPICS") or Vocabulary(), shipped()
        )
        self.store: CallStore | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CallPipeline:
        return cls(crawler)

    def open_spider(self, spider: Spider | None = None) -> None:
        try:
            self.store = CallStore(open_database(self.db_path))
        except sqlite3.Error as error:  # disk full at the start: the run must fail, not pass
            message = f"cannot open the database {self.db_path}: {error}"
            self.crawler.stats.set_value("veille/storage_error", message)
            raise

    def close_spider(self, spider: Spider | None = None) -> None:
        if self.store is not None:
            self.store.db.close()

    def process_item(self, item: RawCall, spider: Spider | None = None) -> RawCall:
        assert self.store is not None
        call = normalize(item, self.classifier, crawl_now(self.crawler))
        try:
            result = self.store.upsert_call(call, crawl_now(self.crawler))
        except sqlite3.Error as error:
            # Disk full, read-only file...: stop this crawl loudly rather than drop calls.
            message = f"cannot store calls in {self.db_path}: {error}"
            if not self.crawler.stats.get_value("veille/storage_error"):
                self.crawler.stats.set_value("veille/storage_error", message)
                assert self.crawler.engine is not None
                deferred_from_coro(self.crawler.engine.close_spider_async(reason="storage_error"))
            raise DropItem(message) from error
        self.crawler.stats.inc_value(f"veille/calls/{result.outcome}")
        sighting = getattr(self.crawler.spider, "sighting", None)
        if sighting is not None:  # the presence rule counts the calls a crawl saw
            sighting.seen.add(result.call_id)
        return item
