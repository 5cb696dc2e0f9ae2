"""Records one health row per source and crawl: requests, statuses, items, errors."""

from __future__ import annotations

import logging
import sqlite3
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from veille.crawler.pending import DECISIONS
from veille.crawler.pipelines import crawl_now
from veille.domain.health import crawl_outcome
from veille.storage import open_database
from veille.storage.crawl_runs import CrawlRuns

MAX_ERRORS_KEPT = 20


class _SpiderLogCollector(logging.Handler):
    """Keeps warnings and errors logged for one spider, for its health record."""

    def __init__(self, spider: Spider):
        super().__init__(level=logging.WARNING)
        self.spider = spider
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(record, "spider", None) is self.spider and len(self.messages) < MAX_ERRORS_KEPT:
            self.messages.append(f"{record.levelname}: {record.getMessage()}"[:500])


def _named(refused: str, errors: list[str]) -> bool:
    """Whether another error already names the page of this refused answer."""
    url = refused.rsplit(" on ", 1)[-1]
    return any(url in error for error in errors)


class HealthRecorder:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.db_path = Path(crawler.settings["VEILLE_DB"])
        self.started_at: datetime | None = None
        self.started_clock = 0.0
        self.collector: _SpiderLogCollector | None = None
        self.callback_errors: list[str] = []
        self.refused: list[str] = []  # answers of 400 or more, with their address
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.response_received, signal=signals.response_received)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.spider_error, signal=signals.spider_error)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HealthRecorder:
        return cls(crawler)

    def spider_opened(self, spider: Spider) -> None:
        self.started_at = crawl_now(self.crawler)
        self.started_clock = time.monotonic()
        self.collector = _SpiderLogCollector(spider)
        logging.getLogger().addHandler(self.collector)

    def spider_error(self, failure: Any, response: Any, spider: Spider) -> None:
        self.callback_errors.append(
            f"{failure.type.__name__} on {response.url}: {failure.value}"[:500]
        )

    def response_received(self, response: Any, request: Any, spider: Spider) -> None:
        # a failed answer counts against the crawl; its record says which page it was (a
        # document linked but gone, a page answering 503), or nobody could mend it
        failed = response.status >= 400 and not response.url.endswith("/robots.txt")
        if failed and len(self.refused) < MAX_ERRORS_KEPT:
            self.refused.append(f"HTTP {response.status} on {response.url}"[:500])

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats.get_stats()
        if self.collector is not None:
            logging.getLogger().removeHandler(self.collector)
        statuses = {
            key.rsplit("/", 1)[1]: value
            for key, value in stats.items()
            if key.startswith("downloader/response_status_count/")
        }
        # the `data:` requests whose callbacks decide held calls are no requests to a site
        internal = stats.get(DECISIONS, 0)
        if internal:
            statuses["200"] = statuses.get("200", 0) - internal
            statuses = {status: count for status, count in statuses.items() if count}
        # IgnoreRequest is a decision (robots.txt forbids an attachment), not a failure.
        exceptions = [
            f"{key.rsplit('/', 1)[1]} x{value}"
            for key, value in stats.items()
            if key.startswith("downloader/exception_type_count/")
            and not key.endswith(".IgnoreRequest")
        ]
        errors = (
            self.callback_errors + exceptions + (self.collector.messages if self.collector else [])
        )
        errors += [refused for refused in self.refused if not _named(refused, errors)]
        items = stats.get("item_scraped_count", 0)
        # A missing robots.txt (404) is normal: it means "everything allowed".
        robots = {
            key.rsplit("/", 1)[1]: value
            for key, value in stats.items()
            if key.startswith("robotstxt/response_status_count/")
        }
        failed_statuses = sum(
            v - robots.get(k, 0) for k, v in statuses.items() if k.isdigit() and int(k) >= 400
        )
        outcome = crawl_outcome(
            completed=reason in ("finished", "closespider_itemcount"),
            items=items,
            errors=len(errors),
            failed_responses=failed_statuses,
        )
        try:
            self._record(spider, outcome, stats, statuses, items, errors)
        except sqlite3.Error as error:
            # the crawl must end non-zero (crawler/run.py reads this stat), not lose it quietly
            message = f"cannot store the crawl's health record in {self.db_path}: {error}"
            spider.logger.error(message)
            if not self.crawler.stats.get_value("veille/storage_error"):  # keep the first cause
                self.crawler.stats.set_value("veille/storage_error", message)

    def _record(
        self,
        spider: Spider,
        outcome: str,
        stats: dict[str, Any],
        statuses: dict[str, Any],
        items: int,
        errors: list[str],
    ) -> None:
        runs = CrawlRuns(open_database(self.db_path))
        try:
            runs.record(
                {
                    "source": spider.name,
                    "started": (self.started_at or crawl_now(self.crawler)).isoformat(),
                    "finished": crawl_now(self.crawler).isoformat(),
                    "outcome": outcome,
                    "requests": stats.get("downloader/request_count", 0) - stats.get(DECISIONS, 0),
                    "responses": statuses,
                    "items": items,
                    "new_calls": stats.get("veille/calls/new", 0),
                    "changed_calls": stats.get("veille/calls/changed", 0),
                    "errors": errors,
                    "duration": round(time.monotonic() - self.started_clock, 3),
                }
            )
        finally:
            runs.db.close()
