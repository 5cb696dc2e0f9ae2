"""Replay mode: every request goes to the local server of recorded responses.

The request keeps its real URL everywhere above the download handler (robots.txt,
cache, spiders, stored calls); only the bytes come from 127.0.0.1.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy import Request
from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.exceptions import NotConfigured
from scrapy.http import Response


def replay_url(url: str, replay_base: str) -> str:
    """https://host/path?q -> http://127.0.0.1:PORT/host/path?q

    >>> replay_url("https://ccf.brussels/feed/?a=1", "http://127.0.0.1:8000")
    'http://127.0.0.1:8000/ccf.brussels/feed/?a=1'
    """
    parts = urlsplit(url)
    query = f"?{parts.query}" if parts.query else ""
    return f"{replay_base.rstrip('/')}/{parts.netloc.lower()}{parts.path or '/'}{query}"


class ReplayDownloadHandler(BaseDownloadHandler):
    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        self.replay_base = crawler.settings.get("VEILLE_REPLAY_BASE")
        if not self.replay_base:
            raise NotConfigured("VEILLE_REPLAY_BASE is not set")
        self.http = HTTP11DownloadHandler(crawler)

    async def download_request(self, request: Request) -> Response:
        local = request.replace(url=replay_url(request.url, self.replay_base))
        response = await self.http.download_request(local)
        return response.replace(url=request.url, request=request)

    async def close(self) -> None:
        await self.http.close()
