"""Re-crawl of unchanged sources, with pages of realistic ages: what is asked and downloaded again.

    python bench/crawl_recrawl.py [--seed 3]   (recorded sources on 127.0.0.1; prints figures)

The recorded sources are copied to a temporary folder and given what real sites have: each
page a Last-Modified from a day to two years old (log-uniform), each site a kind of server:
both validators (ETag and Last-Modified), ETag only, or neither. A first crawl fills the
cache; then the unchanged sources are crawled again an hour later (call pages are still
kept: only listings, feeds, sitemaps and API searches are asked) and a day later (call pages
and documents are asked again too). Printed for each: requests, answers with a body, bytes,
against the first crawl, by kind of server, and whether every listing was asked.
Goal: under 5 % of the first crawl's bytes, with every listing asked.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import shutil
import tempfile
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from veille.config import load_config
from veille.crawler.launch import crawl_in_child
from veille.replay_server import RECORDINGS, Answer, ReplayServer

NOW = datetime.fromisoformat("2026-11-27T09:00:00+01:00")
KINDS = {"both": ["etag", "last_modified"], "ETag only": ["etag"], "neither": []}


def server_kind(index: int) -> str:
    """Most servers send both validators; about a third ETag only; one in seven neither."""
    return "neither" if index % 7 == 0 else "ETag only" if index % 7 in (1, 2) else "both"


def aged_copy(folder: Path, rng: random.Random) -> dict[str, str]:
    """The recordings in `folder`, each file dated a day to two years before NOW; host -> kind."""
    shutil.copytree(RECORDINGS, folder)
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            age = timedelta(days=math.exp(rng.uniform(0, math.log(730))))
            stamp = (NOW - age).timestamp()
            os.utime(path, (stamp, stamp))
    hosts = sorted(p.parent.name for p in folder.glob("*/manifest.yaml"))
    return {host: server_kind(i) for i, host in enumerate(hosts)}


def listings() -> set[tuple[str, str]]:
    """(host, path) of every listing, feed, sitemap and API search the sources start from."""
    found = set()
    for source in load_config(check_secrets=False).sources:
        urls = list(source.start_urls)
        search = getattr(source.options, "search_url", None)
        urls += [search] if search else []
        found |= {(urlsplit(url).netloc, urlsplit(url).path or "/") for url in urls}
    return found


def crawl(server: ReplayServer, data: Path, sources: list[str], now: datetime) -> list[Answer]:
    before = len(server.answers)
    outcome = crawl_in_child(
        data, sources, replay_base=server.base_url, now=now.isoformat(), timeout=300
    )
    if not outcome.ok:
        raise SystemExit(outcome.stderr)
    return server.answers[before:]


def place(answer: Answer) -> tuple[str, str]:
    """(host, path) of what was asked: the replay server's /<host>/<path>?<query>."""
    _, _, path = urlsplit(answer.path).path.lstrip("/").partition("/")
    return answer.host, "/" + path


def totals(answers: list[Answer]) -> Counter[str]:
    found: Counter[str] = Counter()
    for answer in answers:
        found["requests"] += 1
        found["answers with a body"] += bool(answer.bytes)
        found["bytes"] += answer.bytes
    return found


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=3)
    rng = random.Random(parser.parse_args().seed)
    sources = [source.name for source in load_config(check_secrets=False).sources]
    wanted = listings()
    with tempfile.TemporaryDirectory() as folder:
        kinds = aged_copy(Path(folder) / "recordings", rng)
        overrides = {host: {"validators": KINDS[kind]} for host, kind in kinds.items()}
        with ReplayServer(Path(folder) / "recordings", overrides=overrides) as server:
            first = crawl(server, Path(folder) / "data", sources, NOW)
            runs = {
                "an hour later": crawl(
                    server, Path(folder) / "data", sources, NOW + timedelta(hours=1)
                ),
                "a day later": crawl(
                    server, Path(folder) / "data", sources, NOW + timedelta(days=1)
                ),
            }
    print(
        f"{len(sources)} recorded sources, unchanged; servers: "
        + ", ".join(f"{n} {kind}" for kind, n in Counter(kinds.values()).items())
    )
    base = totals(first)
    for name, answers in runs.items():
        again = totals(answers)
        asked = {place(answer) for answer in answers}
        missing = sorted(f"{host}{path}" for host, path in wanted if (host, path) not in asked)
        print(f"\nRe-crawl {name}:")
        print(f"{'':22}{'first':>10}{'re-crawl':>10}{'ratio':>9}")
        for key in ("requests", "answers with a body", "bytes"):
            ratio = again[key] / base[key] if base[key] else 0.0
            print(f"{key:22}{base[key]:>10}{again[key]:>10}{ratio:>8.1%}")
        for kind in KINDS:
            hosts = {host for host, k in kinds.items() if k == kind}
            part = totals([a for a in answers if a.host in hosts])
            whole = totals([a for a in first if a.host in hosts])
            share = part["bytes"] / whole["bytes"] if whole["bytes"] else 0.0
            print(
                f"  servers with {kind:9}: {part['requests']:4} requests, "
                f"{share:6.1%} of their first bytes"
            )
        print(
            f"listings asked: {len(wanted) - len(missing)} of {len(wanted)}"
            + (f"; not asked: {', '.join(missing)}" if missing else "")
        )
    print("\ngoal: bytes ratio < 5 % with every listing asked")


if __name__ == "__main__":
    main()
