"""Read listing pages for `veille sources try`: `python -m veille.crawler.explore …`.

Run in a child process (see launch.py), with the settings of every crawl, minus storage:
the links found go to a JSON Lines file.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path

from scrapy.crawler import CrawlerProcess

from veille.config import ConfigError, load_config
from veille.crawler.settings import crawl_settings
from veille.crawler.spiders.explore import ExploreSpider


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m veille.crawler.explore")
    parser.add_argument("urls", nargs="+", help="listing URLs")
    parser.add_argument("--out", required=True, help="JSON Lines file to write")
    parser.add_argument("--config", help="configuration folder (the bot's contact address)")
    parser.add_argument("--replay", help="base URL of a server of recorded responses")
    parser.add_argument("--pages", type=int, default=3, help="listing pages per URL")
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config, check_secrets=False)
    except ConfigError as error:
        print(error, file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="veille-try-") as folder:
        settings = crawl_settings(config.settings, Path(folder), replay_base=args.replay)
        settings["ITEM_PIPELINES"] = {}  # nothing is stored
        settings["EXTENSIONS"] = {}
        settings["FEEDS"] = {args.out: {"format": "jsonlines", "encoding": "utf8"}}
        process = CrawlerProcess(settings, install_root_handler=True)
        logging.getLogger("scrapy").setLevel(logging.WARNING)
        process.crawl(ExploreSpider, start_urls=args.urls, max_pages=args.pages)
        process.start()
    return 0


if __name__ == "__main__":
    sys.exit(main())
