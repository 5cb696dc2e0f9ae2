"""Sites Veille has never seen: each crawled from its start URL and link pattern alone.

    python bench/unseen_sites.py [--details] [HOST...]
    python bench/unseen_sites.py --holdout      # the kept-aside sites (the lead, at the end)

Serves `tests/sites/dev/` (or `tests/sites/holdout/`) on 127.0.0.1, crawls every site through
the real child-process crawl from the source block of its answer key, and prints per site
and in total: calls found / expected, titles exact, deadlines exact (date, and time when the
page gives one), status right, language and opening date right, and noise.

Noise stored = a noise URL of the answer key stored as a relevant call: what a member sees
in the digest and in alerts with the default filters (see tests/answer_keys.py). "kept"
counts noise pages stored but not relevant; "extra" counts stored URLs the key does not
name (the same call stored twice under another address, a page nobody expected).
Prints figures; asserts nothing (tests/test_unseen_sites.py does).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.answer_keys import (
    DEV,
    HOLDOUT,
    SiteScore,
    crawl_site,
    load_key,
    score,
    site_folders,
)
from veille.replay_server import ReplayServer

COLUMNS = ("found", "titles", "deadlines", "statuses", "langs", "opens")


def ratio(part: int, whole: int) -> str:
    return f"{part}/{whole}" if whole else "-"


def print_table(scores: list[SiteScore]) -> None:
    header = f"{'site':34}" + "".join(f"{name:>11}" for name in COLUMNS)
    header += f"{'noise':>8}{'kept':>6}{'extra':>7}  outcome"
    print(header)
    for site in scores:
        line = f"{site.host:34}{ratio(site.found, site.expected):>11}"
        for name in COLUMNS[1:]:
            line += f"{ratio(getattr(site, name), site.expected):>11}"
        line += f"{ratio(site.noise_stored, site.noise_total):>8}{site.noise_kept:>6}"
        line += f"{site.unexpected:>7}  {site.outcome}"
        print(line)
    expected = sum(s.expected for s in scores)
    total = f"{'TOTAL':34}{ratio(sum(s.found for s in scores), expected):>11}"
    for name in COLUMNS[1:]:
        total += f"{ratio(sum(getattr(s, name) for s in scores), expected):>11}"
    noise = ratio(sum(s.noise_stored for s in scores), sum(s.noise_total for s in scores))
    total += f"{noise:>8}{sum(s.noise_kept for s in scores):>6}"
    total += f"{sum(s.unexpected for s in scores):>7}"
    print(total)
    if expected:
        exact = {name: sum(getattr(s, name) for s in scores) / expected for name in COLUMNS}
        print(
            "            "
            + "  ".join(f"{name} {value:.0%}" for name, value in exact.items())
            + "   (goal: found 100 %, titles and deadlines >= 95 %, noise 0)"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--holdout", action="store_true", help="the kept-aside sites instead")
    parser.add_argument("--details", action="store_true", help="print every wrong value")
    parser.add_argument("hosts", nargs="*", help="only these sites (default: all)")
    args = parser.parse_args()
    root = HOLDOUT if args.holdout else DEV
    folders = [f for f in site_folders(root) if not args.hosts or f.name in args.hosts]
    if not folders:
        print(f"no site with an answer key in {root}", file=sys.stderr)
        return 2
    scores = []
    started = time.monotonic()
    with ReplayServer([root]) as server:
        for folder in folders:
            key = load_key(folder)
            result = crawl_site(key, server.base_url)
            scores.append(score(key, result))
            if args.details and (scores[-1].problems or scores[-1].outcome != "ok"):
                print(f"--- {key.host}")
                for problem in scores[-1].problems:
                    print(f"  {problem}")
                for error in result.runs[0]["errors"] if result.runs else []:
                    print(f"  health: {error}")
    print(f"\nSites never seen ({root.relative_to(root.parents[2])}), crawled as of each key's day")
    print_table(scores)
    print(f"{time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
