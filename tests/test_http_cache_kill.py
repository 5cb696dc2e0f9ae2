"""A crawl killed while it writes a page to the HTTP cache leaves no half copy behind.

The next crawl reads cached pages as the site's (a fresh copy, or one a 304 confirms): a
copy cut by a SIGKILL became a call whose text, title or documents changed for nothing
(tests/test_faults_process.py restarts after such kills). A child process writes two big
copies of one page in turn and is killed at several moments; each time, the cache gives
back either a whole copy or none.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from scrapy import Request, Spider
from scrapy.utils.test import get_crawler

from veille.crawler.cache_storage import WholeCopyCacheStorage

SIZE = 8 * 1024 * 1024
URL = "https://www.villeneuve.example/appels/insertion-jeunes-2027"
WRITER = f"""
import sys
from scrapy import Request, Spider
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler
from veille.crawler.cache_storage import WholeCopyCacheStorage

crawler = get_crawler(Spider, {{"HTTPCACHE_DIR": sys.argv[1]}})
spider = Spider.from_crawler(crawler, name="villeneuve")
storage = WholeCopyCacheStorage(crawler.settings)
storage.open_spider(spider)
request = Request({URL!r})
bodies = [b"A" * {SIZE}, b"B" * {SIZE}]
print("writing", flush=True)
for n in range(int(sys.argv[2])):
    response = HtmlResponse(request.url, body=bodies[n % 2], request=request)
    storage.store_response(spider, request, response)
"""


def test_a_copy_is_whole_or_absent_after_a_kill(tmp_path):
    crawler = get_crawler(Spider, {"HTTPCACHE_DIR": str(tmp_path)})
    spider = Spider.from_crawler(crawler, name="villeneuve")
    storage = WholeCopyCacheStorage(crawler.settings)
    storage.open_spider(spider)
    for moment in (0.05, 0.13, 0.21, 0.34, 0.55, 0.89):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path), "1000"],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None and writer.stdout.readline() == "writing\n"
        time.sleep(moment)
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait(10)
        cached = storage.retrieve_response(spider, Request(URL))
        assert cached is None or cached.body in (b"A" * SIZE, b"B" * SIZE), (
            f"killed after {moment} s: a copy of {len(cached.body)} bytes"
        )
    # and a copy written to the end is found again
    subprocess.run([sys.executable, "-c", WRITER, str(tmp_path), "1"], check=True, timeout=60)
    assert storage.retrieve_response(spider, Request(URL)).body == b"A" * SIZE
