"""Scrapy settings for every crawl. Each non-default value says why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from veille.config.schema import Settings

MAX_RESPONSE_BYTES = 20 * 1024 * 1024


def user_agent(settings: Settings) -> str:
    """An honest bot name with a contact address, so site owners can reach us."""
    return f"{settings.bot.name}/0.1 (+{settings.bot.homepage}; {settings.bot.contact})"


def crawl_settings(
    settings: Settings,
    data_dir: Path,
    *,
    replay_base: str | None = None,
    now: str | None = None,
) -> dict[str, Any]:
    polite = replay_base is None
    values: dict[str, Any] = {
        "BOT_NAME": settings.bot.name,
        "USER_AGENT": user_agent(settings),
        "ROBOTSTXT_OBEY": True,  # always, replay included: recorded robots.txt files are obeyed
        "ROBOTSTXT_USER_AGENT": settings.bot.name,
        # Never hammer a public site: two requests at a time per site, adaptive delay.
        "CONCURRENT_REQUESTS_PER_DOMAIN": 2 if polite else 8,
        "DOWNLOAD_DELAY": 2.0 if polite else 0,
        "AUTOTHROTTLE_ENABLED": polite,
        "AUTOTHROTTLE_START_DELAY": 2.0,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": 1.0,
        "DOWNLOAD_TIMEOUT": 30,
        "DOWNLOAD_MAXSIZE": MAX_RESPONSE_BYTES,  # a 50 MB page is an error, not a call
        "DOWNLOAD_WARNSIZE": 5 * 1024 * 1024,
        "RETRY_TIMES": 2,
        "REDIRECT_MAX_TIMES": 5,
        # Conditional requests (ETag / Last-Modified) so unchanged pages cost almost nothing.
        "HTTPCACHE_ENABLED": True,
        "HTTPCACHE_POLICY": "scrapy.extensions.httpcache.RFC2616Policy",
        # a crawl killed while it writes a copy leaves none, rather than a cut page
        "HTTPCACHE_STORAGE": "veille.crawler.cache_storage.WholeCopyCacheStorage",
        "HTTPCACHE_DIR": str(data_dir / "httpcache" / ("replay" if replay_base else "live")),
        "HTTPCACHE_IGNORE_HTTP_CODES": [500, 502, 503, 504, 429],
        # robots.txt Crawl-delay per site (read in replay too, applied only for real sites)
        "DOWNLOADER_MIDDLEWARES": {
            # before robots.txt (100) and redirects (600): every request and redirect target
            "veille.crawler.address_guard.PrivateAddressGuard": 50,
            "veille.crawler.politeness.CrawlDelayMiddleware": 560,
        },
        "VEILLE_APPLY_CRAWL_DELAY": polite,
        # a malformed item is dropped (and reported) before it is normalised and stored
        "ITEM_PIPELINES": {
            "veille.crawler.pipelines.Validate": 100,
            "veille.crawler.pipelines.CallPipeline": 300,
        },
        # what earlier crawls learnt of each site; before the health record, which then
        # holds any error met keeping it
        "EXTENSIONS": {
            "veille.crawler.memory_keeper.SiteMemoryKeeper": 400,
            "veille.crawler.health.HealthRecorder": 500,
        },
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        "VEILLE_NOW": now,
    }
    if replay_base:
        handler = "veille.crawler.replay.ReplayDownloadHandler"
        values["DOWNLOAD_HANDLERS"] = {"http": handler, "https": handler}
        values["VEILLE_REPLAY_BASE"] = replay_base
    return values
