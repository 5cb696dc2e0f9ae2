"""The HTTP cache's copies, each either whole or absent, even when a crawl is killed.

Scrapy's filesystem storage writes the files of a copy one after the other, and finds a copy
by its metadata, written before its body: a crawl killed in between (SIGKILL, the service's
time limit, an out-of-memory kill) leaves a copy whose body is empty or cut, and the next
crawl reads that as the page. Here a copy counts only once a last file, `whole`, says all
of it was written; a copy without it is fetched again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scrapy import Request, Spider
from scrapy.extensions.httpcache import FilesystemCacheStorage
from scrapy.http import Response

WHOLE = "whole"


class WholeCopyCacheStorage(FilesystemCacheStorage):
    def store_response(self, spider: Spider, request: Request, response: Response) -> None:
        whole = Path(self._get_request_path(spider, request)) / WHOLE
        whole.unlink(missing_ok=True)  # the old copy stops counting while it is replaced
        super().store_response(spider, request, response)
        whole.touch()

    def _read_meta(self, spider: Spider, request: Request) -> dict[str, Any] | None:
        if not (Path(self._get_request_path(spider, request)) / WHOLE).exists():
            return None  # never stored, or not to the end
        return super()._read_meta(spider, request)
