"""Start a crawl in a child process with a time limit (no Scrapy import here)."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path


@dataclass
class CrawlOutcome:
    returncode: int | None  # None: killed after the time limit
    stderr: str

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def crawl_in_child(
    data_dir: Path,
    sources: list[str] | None = None,
    *,
    config_dir: Path | None = None,
    replay_base: str | None = None,
    now: str | None = None,
    timeout: float = 1800,
) -> CrawlOutcome:
    command = [sys.executable, "-m", "veille.crawler.run", "--data-dir", str(data_dir)]
    # the crawl stores what it read before it is killed: it is told when it started
    command += ["--time-limit", str(timeout), "--started", str(time.time())]
    if config_dir:
        command += ["--config", str(config_dir)]
    if replay_base:
        command += ["--replay", replay_base]
    if now:
        command += ["--now", now]
    command += list(sources or [])
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as expired:
        stderr = expired.stderr.decode() if isinstance(expired.stderr, bytes) else expired.stderr
        return CrawlOutcome(None, (stderr or "") + f"\ncrawl killed after {timeout:.0f} s")
    return CrawlOutcome(done.returncode, done.stderr)


def explore_in_child(
    urls: list[str],
    out: Path,
    *,
    config_dir: Path | None = None,
    replay_base: str | None = None,
    pages: int = 3,
    timeout: float = 300,
) -> CrawlOutcome:
    """Read listing pages for `veille sources try` (links to `out`, JSON Lines)."""
    command = [sys.executable, "-m", "veille.crawler.explore", *urls, "--out", str(out)]
    command += ["--pages", str(pages)]
    if config_dir:
        command += ["--config", str(config_dir)]
    if replay_base:
        command += ["--replay", replay_base]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired as expired:
        stderr = expired.stderr.decode() if isinstance(expired.stderr, bytes) else expired.stderr
        return CrawlOutcome(
            None, (stderr or "") + f"\nlisting reading killed after {timeout:.0f} s"
        )
    return CrawlOutcome(done.returncode, done.stderr)
