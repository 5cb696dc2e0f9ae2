"""A crawl of call pages starts from what earlier crawls of its source learnt of the site
and, once it has finished, keeps what it adds (veille/storage/site_memories.py).

Only a crawl that finished is kept: a killed, stopped or limited one (a dry run) leaves the
memory as it was, so a restart reads the site as an undisturbed crawl would.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from veille.crawler.pipelines import crawl_now
from veille.crawler.site_memory import SiteMemory
from veille.storage import open_database
from veille.storage.site_memories import SiteMemories


class SiteMemoryKeeper:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.db_path = Path(crawler.settings["VEILLE_DB"])
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> SiteMemoryKeeper:
        return cls(crawler)

    def spider_opened(self, spider: Spider) -> None:
        memory = getattr(spider, "memory", None)
        if not isinstance(memory, SiteMemory):
            return
        try:
            db = open_database(self.db_path)
            try:
                memory.remember(SiteMemories(db).load(spider.name))
            finally:
                db.close()
        except sqlite3.Error as error:  # the crawl still reads the site, from its own pages
            spider.logger.warning(
                "cannot read what earlier crawls learnt of the site from %s: %s",
                self.db_path,
                error,
            )

    def spider_closed(self, spider: Spider, reason: str) -> None:
        memory = getattr(spider, "memory", None)
        if not isinstance(memory, SiteMemory) or reason != "finished":
            return
        if self.crawler.stats.get_value("veille/storage_error"):
            return
        try:
            db = open_database(self.db_path)
            try:
                SiteMemories(db).save(
                    spider.name, memory.kept(), memory.pages, crawl_now(self.crawler)
                )
            finally:
                db.close()
        except sqlite3.Error as error:  # in the crawl's health record (recorded after this)
            spider.logger.error(
                "cannot keep what this crawl learnt of the site in %s: %s", self.db_path, error
            )
