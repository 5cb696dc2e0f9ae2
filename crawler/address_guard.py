"""No request to a private or loopback address that the configuration did not name.

A public site (or a redirect from one) must not make the crawler fetch the server's own
services, the local network or a cloud metadata endpoint. Hosts named in a source's
start URLs are trusted as configured (an intranet source is a deliberate choice).
Replays of recordings, which all go to 127.0.0.1 by design, are not guarded.
"""

from __future__ import annotations

import ipaddress
import socket
from functools import lru_cache
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.utils.httpobj import urlparse_cached


@lru_cache(maxsize=1024)
def forbidden_address(host: str) -> str | None:
    """The first private, loopback, link-local or reserved address `host` resolves to."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except OSError:
        return None  # unresolvable: the download fails on its own, with its own error
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if not address.is_global:
            return str(address)
    return None


class PrivateAddressGuard:
    def __init__(self, crawler: Crawler):
        if crawler.settings.get("VEILLE_REPLAY_BASE"):
            raise NotConfigured("replays of recordings go to 127.0.0.1 on purpose")
        self.named: dict[str, set[str]] = {}  # spider name -> hosts of its start URLs

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PrivateAddressGuard:
        return cls(crawler)

    def process_request(self, request: Request, spider: Spider) -> None:
        if urlparse_cached(request).scheme not in ("http", "https"):
            return None  # a `data:` address goes nowhere
        host = urlparse_cached(request).hostname or ""
        if spider.name not in self.named:
            source = getattr(spider, "source", None)
            self.named[spider.name] = {
                urlsplit(url).hostname or "" for url in getattr(source, "start_urls", [])
            }
        if host in self.named[spider.name]:
            return None
        address = forbidden_address(host)
        if address is not None:
            spider.logger.error(
                "refused %s: %s resolves to the non-public address %s", request.url, host, address
            )
            raise IgnoreRequest(f"{host} resolves to a non-public address")
        return None
