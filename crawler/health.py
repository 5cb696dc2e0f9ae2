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

from veille.crawler.pending import DECISIONS
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


def _refused_url(refused: str) -> str:
    return refused.rsplit(" on ", 1)[-1]


def _named(refused: str, errors: list[str]) -> bool:
    """Whether another error already names the page of this refused answer."""
    url = _refused_url(refused)
    return any(url in error for error in errors)


def unrecovered_exceptions(stats: dict[str, Any]) -> list[str]:
    """The download exceptions no retry recovered, as "Type xN".

    A connection dropped once and read on the next try is no failure of the crawl: every
    retry scheduled for an exception (`retry/reason_count/...`) takes one off its count.
    IgnoreRequest is a decision (robots.txt forbids an attachment), not a failure.

    >>> unrecovered_exceptions({
    ...     "downloader/exception_type_count/x.DownloadFailedError": 1,
    ...     "retry/reason_count/x.DownloadFailedError": 1,
    ...     "downloader/exception_type_count/x.DownloadTimeoutError": 3,
    ...     "retry/reason_count/x.DownloadTimeoutError": 2,
    ...     "downloader/exception_type_count/scrapy.exceptions.IgnoreRequest": 4,
    ... })
    ['x.DownloadTimeoutError x1']
    """
    prefix = "downloader/exception_type_count/"
    left = {
        key.removeprefix(prefix): value
        - stats.get(f"retry/reason_count/{key.removeprefix(prefix)}", 0)
        for key, value in stats.items()
        if key.startswith(prefix) and not key.endswith(".IgnoreRequest")
    }
    return [f"{name} x{count}" for name, count in left.items() if count > 0]


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
        exceptions = unrecovered_exceptions(stats)
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
        # every other answer of 400 or more, named (gone calls are no failure)
        errors += [
            refused
            for refused in self.refused
            if _refused_url(refused) not in gone and not _named(refused, errors)
        ]
        completed = reason in ("finished", "closespider_itemcount")
        failed_responses = failed_statuses - len(gone)
        # a document linked but gone makes the crawl partial (and is named), but every page
        # of the source was read: it does not keep its removed calls from being withdrawn
        documents = [r for r in self.refused if _refused_url(r) in sighting.documents_failed]

        def outcome_now(documents_count: bool = True) -> CrawlOutcome:
            uncounted = 0 if documents_count else len(documents)
            return crawl_outcome(
                completed=completed,
                items=items,
                errors=len(errors) - uncounted,
                failed_responses=failed_responses - uncounted,
            )

        outcome = outcome_now()
        verdict = judge(
            presence.open_calls(spider.name, now),
            Sighting(
                seen=frozenset(sighting.seen),
                not_found=frozenset(gone.values()),
                # ended by itself, without error, having read everything its source lists
                complete=reason == "finished"
                and outcome_now(documents_count=False) in ("ok", "empty")
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
                "requests": stats.get("downloader/request_count", 0) - stats.get(DECISIONS, 0),
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
