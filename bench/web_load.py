"""Digest web app under load: 100,000 calls, home page and a filtered search (printed only).

    .venv/bin/python bench/web_load.py [--calls 100000] [--seconds 10]

Builds a database of generated calls, runs the app with uvicorn in a child process pinned to
one core, and drives it from this process with a keep-alive HTTP loop on 127.0.0.1. Server
time is measured inside the app (time to the response headers, reported in a Server-Timing
header), so the load loop's own cost is not counted. Target: p95 under 100 ms.
"""

from __future__ import annotations

import argparse
import http.client
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import yaml

from veille.domain.call import BRUSSELS, Call
from veille.local_mailbox import free_port
from veille.storage import database_path, open_database

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=BRUSSELS)
QUERIES = {
    "home": "/",
    "search+filters": "/?q=mentorat+jeunes&topic=mentoring&window=quarter&status=open",
}
# Topical words are rare outside relevant calls, as in real sources; the rest is filler
# drawn from a few thousand words with a Zipf-like skew.
TOPICAL = [
    "emploi",
    "formation",
    "jeunes",
    "insertion",
    "mentorat",
    "accompagnement",
    "demandeurs",
    "tutorat",
    "NEET",
    "parrainage",
    "werk",
    "opleiding",
    "jongeren",
    "coaching",
    "mentoring",
    "employment",
    "training",
    "youth",
]
FILLER = [f"mot{n}" for n in range(3000)]
FILLER_WEIGHTS = [1 / (n + 1) for n in range(3000)]
SOURCES = [f"source-{n}" for n in range(12)]
REGIONS = ("Bruxelles", "Wallonie", "Vlaanderen", "EU", "Ostbelgien")


def words(rng: random.Random, count: int, relevant: bool) -> str:
    chosen = rng.choices(FILLER, FILLER_WEIGHTS, k=count)
    topical = rng.randint(2, 5) if relevant else int(rng.random() < 0.05)
    for _ in range(topical):
        chosen.insert(rng.randrange(len(chosen) + 1), rng.choice(TOPICAL))
    return " ".join(chosen)


def generate(count: int, seed: int = 6) -> list[dict]:
    rng = random.Random(seed)
    rows = []
    for n in range(count):
        relevant = rng.random() < 0.3
        topics = rng.sample(["insertion", "mentoring"], rng.randint(1, 2)) if relevant else []
        deadline = NOW + timedelta(days=rng.randint(-400, 300), hours=rng.randint(0, 23))
        call = Call(
            source=rng.choice(SOURCES),
            source_id=str(n),
            url=f"https://example.org/call/{n}",
            title=words(rng, 6, relevant).capitalize() + f" {n}",
            summary=words(rng, 30, relevant),
            text=words(rng, 120, relevant),
            lang=rng.choice(("fr", "nl", "en")),
            funder=f"Funder {rng.randint(1, 40)}",
            deadline=None if rng.random() < 0.05 else deadline,
            status="closed" if deadline < NOW else rng.choice(("open", "open", "forthcoming")),
            relevant=relevant,
            is_call=True,
            topics=topics,
            regions=[rng.choice(REGIONS)],
            budget_amount=rng.choice((None, 50000.0, 250000.0)),
        )
        row = call.to_row()
        row.update(
            first_seen=(NOW - timedelta(days=rng.randint(0, 400))).isoformat(),
            last_seen=NOW.isoformat(),
            last_changed=NOW.isoformat(),
        )
        rows.append(row)
    return rows


def build(folder: Path, count: int) -> Path:
    database = database_path(folder / "data")
    db = open_database(database)
    columns = {c.name for c in db["calls"].columns}
    started = time.perf_counter()
    rows = generate(count)
    for row in rows:
        if "group_id" in columns:
            row["group_id"] = row["id"]
    db["calls"].insert_all(rows, batch_size=2000)
    db.execute("analyze")
    db.close()
    print(f"database: {count:,} calls in {time.perf_counter() - started:.1f} s")
    (folder / "config").mkdir()
    (folder / "config" / "veille.yaml").write_text(
        yaml.safe_dump({"bot": {"contact": "bench@example.org"}, "data_dir": str(folder / "data")})
    )
    return database


class ServerTiming:
    """ASGI wrapper: time from the request to the response headers, as a Server-Timing header."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        started = time.perf_counter()

        async def timed(message):
            if message["type"] == "http.response.start":
                spent = (time.perf_counter() - started) * 1000
                message["headers"] = [
                    *message.get("headers", []),
                    (b"server-timing", f"app;dur={spent:.2f}".encode()),
                ]
            await send(message)

        await self.app(scope, receive, timed)


def serve(folder: Path, port: int) -> None:
    """The child process: one core, one worker."""
    import uvicorn

    from veille.config import load_config
    from veille.web.app import create_app

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    config = load_config(folder / "config")
    app = create_app(config, database_path(folder / "data"), clock=lambda: NOW, secret="bench")
    uvicorn.run(
        ServerTiming(app), host="127.0.0.1", port=port, log_level="warning", access_log=False
    )


def wait(port: int) -> None:
    for _ in range(200):
        try:
            http.client.HTTPConnection("127.0.0.1", port, timeout=1).request(
                "GET", "/api/v1/schema.json"
            )
            return
        except OSError:
            time.sleep(0.05)
    raise SystemExit("the server did not start")


def load(port: int, path: str, seconds: float) -> tuple[list[float], int, float]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    times: list[float] = []
    started = time.perf_counter()
    while time.perf_counter() - started < seconds:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        assert response.status == 200, response.status
        timing = response.getheader("server-timing", "app;dur=0")
        times.append(float(timing.split("dur=")[1]))
    return times, len(times), time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--serve", nargs=2, metavar=("FOLDER", "PORT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(Path(args.serve[0]), int(args.serve[1]))
        return
    folder = Path(tempfile.mkdtemp(prefix="veille-web-bench-"))
    child = None
    try:
        build(folder, args.calls)
        port = free_port()
        child = subprocess.Popen([sys.executable, __file__, "--serve", str(folder), str(port)])
        wait(port)
        print(
            f"uvicorn, 1 worker pinned to core 0; load loop: 1 keep-alive connection, "
            f"{args.seconds:.0f} s per page\n"
        )
        print(f"{'page':16} {'median ms':>10} {'p95 ms':>8} {'max ms':>8} {'req/s':>7}")
        for name, path in QUERIES.items():
            load(port, path, 1.0)  # warm the page cache and the facets
            times, count, spent = load(port, path, args.seconds)
            p95 = statistics.quantiles(times, n=20)[-1]
            print(
                f"{name:16} {statistics.median(times):10.1f} {p95:8.1f} {max(times):8.1f} "
                f"{count / spent:7.0f}"
            )
    finally:
        if child is not None:
            child.terminate()
            child.wait(10)
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
