"""Re-crawl of unchanged sources: what is downloaded again, against the first crawl.

Run: python bench/crawl_recrawl.py   (recorded sources on 127.0.0.1; prints, asserts nothing)
Target: the re-crawl downloads under 5 % of the first crawl's bytes (conditional requests
and the HTTP cache make unchanged pages cost almost nothing).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from veille.config import load_config
from veille.crawler.launch import crawl_in_child
from veille.replay_server import ReplayServer

NOW = "2026-11-27T09:00:00+01:00"


def crawl_once(server: ReplayServer, data_dir: Path, sources: list[str]) -> dict[str, float]:
    before_bytes, before_requests = server.bytes_sent, len(server.requests)
    before_full = server.full_responses
    started = time.perf_counter()
    outcome = crawl_in_child(data_dir, sources, replay_base=server.base_url, now=NOW, timeout=300)
    if not outcome.ok:
        raise SystemExit(outcome.stderr)
    return {
        "seconds": time.perf_counter() - started,
        "requests": len(server.requests) - before_requests,
        "full_responses": server.full_responses - before_full,
        "bytes": server.bytes_sent - before_bytes,
    }


SCENARIOS = {
    # pages still fresh (heuristic freshness from Last-Modified): served from the cache
    "fresh pages": {},
    # every page must be revalidated: conditional requests, answered 304 Not Modified
    "revalidated pages (Cache-Control: max-age=0)": {"Cache-Control": "max-age=0"},
}


def main() -> None:
    sources = [source.name for source in load_config(check_secrets=False).sources]
    for scenario, headers in SCENARIOS.items():
        with (
            ReplayServer(extra_headers=headers) as server,
            tempfile.TemporaryDirectory() as folder,
        ):
            first = crawl_once(server, Path(folder), sources)
            again = crawl_once(server, Path(folder), sources)
        print(f"Re-crawl of {len(sources)} unchanged recorded sources, {scenario}")
        print(f"{'':16}{'first':>12}{'re-crawl':>12}{'ratio':>9}")
        for key in ("requests", "full_responses", "bytes", "seconds"):
            ratio = again[key] / first[key] if first[key] else 0.0
            print(f"{key:16}{first[key]:>12.0f}{again[key]:>12.0f}{ratio:>8.1%}")
        print()
    print("target: bytes ratio < 5 %")


if __name__ == "__main__":
    main()
