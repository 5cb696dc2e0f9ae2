"""Pipeline throughput on a generated local site of 5,000 call pages, next to `scrapy bench`.

Run: python bench/crawl_throughput.py [PAGES]   (127.0.0.1 only; prints, asserts nothing)
The site is a listing (50 links a page, followed by its "next" link) plus one detail
page per call, crawled through the real pipeline (generic extraction, dates,
classification, SQLite) with politeness off (replay mode). Target: at least half the
pages per second of `scrapy bench` run in the same command.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from veille.crawler.launch import crawl_in_child
from veille.storage import database_path

PER_LISTING = 50
SOURCE = """\
sources:
  - name: bench-calls
    title: Generated calls
    funder: Bench
    type: listing
    languages: [fr]
    start_urls: [https://calls.example/list/1.html]
    link_pattern: "/call/\\\\d+\\\\.html$"
    next_pattern: "/list/\\\\d+\\\\.html$"
    regions: [BE]
    options: {{max_listing_pages: {pages}, attachments: false}}
"""
DETAIL = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Appel à projets n° {n} | Exemple</title></head><body>
<header><nav><a href="/">Accueil</a> <a href="/list/1.html">Appels</a></nav></header>
<main><h1>Appel à projets n° {n} : insertion socioprofessionnelle (EXEMPLE)</h1>
<p>Accompagnement de chercheurs d'emploi éloignés du marché du travail, mentorat et formation.
Budget : {n}.000 €. Public : ASBL, CISP, CPAS.</p>
<p>Les candidatures sont attendues au plus tard le {day} mars 2027 à 12h00.</p></main>
<footer><a href="/contact">Contact</a></footer></body></html>"""


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def generate(root: Path, calls: int) -> int:
    site = root / "calls.example"
    (site / "call").mkdir(parents=True)
    (site / "list").mkdir()
    for n in range(1, calls + 1):
        (site / "call" / f"{n}.html").write_text(
            DETAIL.format(n=n, day=n % 28 + 1), encoding="utf-8"
        )
    listings = (calls + PER_LISTING - 1) // PER_LISTING
    for page in range(1, listings + 1):
        first = (page - 1) * PER_LISTING + 1
        links = "".join(
            f'<li><a href="/call/{n}.html">Appel {n}</a></li>'
            for n in range(first, min(first + PER_LISTING, calls + 1))
        )
        nxt = f'<a rel="next" href="/list/{page + 1}.html">Suivant</a>' if page < listings else ""
        (site / "list" / f"{page}.html").write_text(
            f"<html lang='fr'><body><main><h1>Appels</h1><ul>{links}</ul>{nxt}</main>"
            "</body></html>",
            encoding="utf-8",
        )
    return listings


def veille_rate(calls: int) -> tuple[float, int, float]:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        listings = generate(root / "site", calls)
        (root / "config").mkdir()
        (root / "config" / "sources.yaml").write_text(SOURCE.format(pages=listings + 1))
        handler = functools.partial(QuietHandler, directory=str(root / "site"))
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        started = time.perf_counter()
        outcome = crawl_in_child(
            root / "data",
            ["bench-calls"],
            config_dir=root / "config",
            replay_base=f"http://127.0.0.1:{server.server_address[1]}",
            now="2026-11-27T09:00:00+01:00",
            timeout=1800,
        )
        seconds = time.perf_counter() - started
        server.shutdown()
        if not outcome.ok:
            raise SystemExit(outcome.stderr)
        db = sqlite3.connect(database_path(root / "data"))
        requests, items = db.execute(
            "select requests, items from crawl_runs order by id desc limit 1"
        ).fetchone()
        return requests / seconds, items, seconds


def scrapy_bench_rate(seconds: int = 15) -> float:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "bench",
            "-s",
            f"CLOSESPIDER_TIMEOUT={seconds}",
            "-s",
            "LOG_LEVEL=INFO",
        ],
        capture_output=True,
        text=True,
        timeout=seconds + 60,
    )
    responses = re.search(r"'response_received_count': (\d+)", done.stderr)
    elapsed = re.search(r"'elapsed_time_seconds': ([\d.]+)", done.stderr)
    if not (responses and elapsed):
        raise SystemExit("cannot read scrapy bench output:\n" + done.stderr[-2000:])
    return int(responses.group(1)) / float(elapsed.group(1))


def main() -> None:
    calls = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    rate, items, seconds = veille_rate(calls)
    reference = scrapy_bench_rate()
    print(
        f"Veille pipeline, {calls} call pages + listings: {rate:8.1f} pages/s "
        f"({items} calls stored in {seconds:.1f} s, child process start included)"
    )
    print(f"scrapy bench (same machine, same command):   {reference:8.1f} pages/s")
    print(f"ratio: {rate / reference:.0%} (target >= 50 %)")


if __name__ == "__main__":
    main()
