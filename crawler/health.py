"""Records one health row per source and crawl: requests, statuses, items, errors; and
applies what the crawl says of its source's calls (veille.domain.presence: withdrawals)."""

from __future__ import annotations

import logging
import sqlite3
import time
from datetime import datetime
from pathlib import Path
from typing import Any

from scrapy import Spider, signals
from scrapy.crawler import Crawler

from veille.crawler.pipelines import crawl_now
from veille.crawler.spiders.base import SightingLog
from veille.domain.health import crawl_outcome
from veille.domain.presence import ABSENCES_NEEDED, Sighting, judge
from veille.domain.vocabulary import CrawlOutcome
from veille.storage import open_database
from veille.storage.call_presence import CallPresence
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


class HealthRecorder:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        self.db_path = Path(crawler.settings["VEILLE_DB"])
        self.started_at: datetime | None = None
        self.started_clock = 0.0
        self.collector: _SpiderLogCollector | None = None
        self.callback_errors: list[str] = []
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
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

    def spider_closed(self, spider: Spider, reason: str) -> None:
        stats = self.crawler.stats.get_stats()
        if self.collector is not None:
            logging.getLogger().removeHandler(self.collector)
        statuses = {
            key.rsplit("/", 1)[1]: value
            for key, value in stats.items()
            if key.startswith("downloader/response_status_count/")
        }
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
        try:
            db = open_database(self.db_path)
            try:
                self._judge_and_record(
                    CallPresence(db),
                    CrawlRuns(db),
                    spider,
                    reason,
                    stats,
                    statuses,
                    items,
                    errors,
                    failed_statuses,
                )
            finally:
                db.close()
        except sqlite3.Error as error:
            # the crawl must end non-zero (crawler/run.py reads this stat), not lose it quietly
            message = f"cannot store the crawl's health record in {self.db_path}: {error}"
            spider.logger.error(message)
            if not self.crawler.stats.get_value("veille/storage_error"):  # keep the first cause
                self.crawler.stats.set_value("veille/storage_error", message)

    def _judge_and_record(
        self,
        presence: CallPresence,
        runs: CrawlRuns,
        spider: Spider,
        reason: str,
        stats: dict[str, Any],
        statuses: dict[str, Any],
        items: int,
        errors: list[str],
        failed_statuses: int,
    ) -> None:
        """The crawl's outcome, what it says of its source's calls (withdrawals), its record."""
        now = crawl_now(self.crawler)
        sighting: SightingLog = getattr(spider, "sighting", None) or SightingLog()
        gone_after: int | None = getattr(spider, "gone_after", None)
        # A page answering 404/410 is a known call gone from its source, or a broken link.
        gone = presence.calls_at(spider.name, sighting.not_found)
        errors += [
            f"ERROR: cannot read {url}: HTTP {status}"
            for url, status in sighting.not_found.items()
            if url not in gone
        ]
        completed = reason in ("finished", "closespider_itemcount")
        failed_responses = failed_statuses - len(gone)

        def outcome_now() -> CrawlOutcome:
            return crawl_outcome(
                completed=completed,
                items=items,
                errors=len(errors),
                failed_responses=failed_responses,
            )

        outcome = outcome_now()
        verdict = judge(
            presence.open_calls(spider.name, now),
            Sighting(
                seen=frozenset(sighting.seen),
                not_found=frozenset(gone.values()),
                # ended by itself, without error, having read everything its source lists
                complete=reason == "finished"
                and outcome in ("ok", "empty")
                and not sighting.truncated,
                absence_counts=gone_after is not None,
            ),
            needed=gone_after or ABSENCES_NEEDED,
        )
        if verdict.held:
            errors.append(f"ERROR: {verdict.held}")
            outcome = outcome_now()
        withdrawn = presence.apply(verdict, now)
        runs.record(
            {
                "source": spider.name,
                "started": (self.started_at or now).isoformat(),
                "finished": now.isoformat(),
                "outcome": outcome,
                "requests": stats.get("downloader/request_count", 0),
                "responses": statuses,
                "items": items,
                "new_calls": stats.get("veille/calls/new", 0),
                "changed_calls": stats.get("veille/calls/changed", 0),
                "withdrawn_calls": len(withdrawn),
                "held_withdrawals": verdict.held_count,
                "errors": errors,
                "duration": round(time.monotonic() - self.started_clock, 3),
            }
        )
