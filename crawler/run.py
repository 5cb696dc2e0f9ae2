"""Crawl sources in this process: `python -m veille.crawler.run --data-dir D [SOURCE...]`.

Run as a child process (see launch.py): a Twisted reactor cannot restart, so each
crawl gets a fresh process, and a crash or hang cannot take the service down.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from scrapy.crawler import CrawlerProcess

from veille.config import ConfigError, load_config
from veille.crawler.settings import crawl_settings
from veille.crawler.spiders import spider_for
from veille.storage import database_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m veille.crawler.run")
    parser.add_argument("sources", nargs="*", help="source names (default: all enabled)")
    parser.add_argument("--config", help="configuration folder")
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--replay", help="base URL of a server of recorded responses")
    parser.add_argument("--now", help="the crawl's clock (ISO datetime), for replays")
    parser.add_argument("--max-items", type=int, help="stop each source after N calls (dry run)")
    parser.add_argument("--time-limit", type=float, help="seconds before the crawl is killed")
    parser.add_argument("--started", type=float, help="when the time limit began (epoch)")
    args = parser.parse_args(argv)

    try:
        config = load_config(args.config, check_secrets=False)
    except ConfigError as error:
        print(error, file=sys.stderr)
        return 2
    wanted = args.sources or [source.name for source in config.sources if source.enabled]
    unknown = [name for name in wanted if name not in {s.name for s in config.sources}]
    if unknown:
        print(f"unknown source(s): {', '.join(unknown)}", file=sys.stderr)
        return 2

    data_dir = Path(args.data_dir)
    settings = crawl_settings(config.settings, data_dir, replay_base=args.replay, now=args.now)
    settings["VEILLE_DB"] = str(database_path(data_dir))
    settings["VEILLE_TOPICS"] = config.topics
    if args.max_items:
        settings["CLOSESPIDER_ITEMCOUNT"] = args.max_items
    if args.time_limit:  # calls read are stored before that (crawler/spiders/pages.py)
        settings["VEILLE_TIME_LIMIT"] = args.time_limit
        settings["VEILLE_STARTED"] = args.started or time.time()
    process = CrawlerProcess(settings, install_root_handler=True)
    logging.getLogger("scrapy").setLevel(logging.WARNING)
    crawlers = []  # kept here: Scrapy drops finished crawlers from process.crawlers
    for name in wanted:
        source = config.source(name)
        crawlers.append(process.create_crawler(spider_for(source)))
        process.crawl(crawlers[-1], source=source)
    process.start()
    for crawler in crawlers:  # the pipeline could not store: say so, exit non-zero
        problem = crawler.stats.get_value("veille/storage_error")
        if problem:
            print(f"error: {problem}", file=sys.stderr)
            return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
