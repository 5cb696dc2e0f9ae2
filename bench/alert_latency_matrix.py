"""Time from a new call appearing on a local source to its Matrix message in the room.

    python bench/alert_latency_matrix.py [--samples 3]

Starts Synapse (from .synapse-venv, like the tests) and `veille run` with a crawl every
minute against a feed served on 127.0.0.1; publishes a call, then reads the room as a
member would. Target: within the crawl interval + 30 s (90 s).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import yaml

from veille.replay_server import ReplayServer

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests" / "servers"), str(ROOT / "tests"), str(ROOT / "bench")]
from matrix_server import start_synapse  # noqa: E402
from month_simulation import HOST, SimCall, feed_xml  # noqa: E402

from conftest import MatrixServer  # noqa: E402
from veille.domain.call import BRUSSELS  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=3)
    samples = parser.parse_args().samples
    work = Path(tempfile.mkdtemp(prefix="veille-latency-"))
    synapse, url = start_synapse(work / "synapse", "bench-secret")
    service = None
    try:
        matrix = MatrixServer(url, "bench-secret")
        tag = uuid.uuid4().hex[:6]
        bot = matrix.register(f"bot{tag}", "botpass")
        reader = matrix.register(f"reader{tag}", "readerpass")
        _, room = matrix.call(
            "POST",
            "/_matrix/client/v3/createRoom",
            {"preset": "private_chat", "invite": [bot["user_id"]]},
            token=reader["access_token"],
        )
        matrix.call(
            "POST",
            f"/_matrix/client/v3/join/{quote(room['room_id'])}",
            {},
            token=bot["access_token"],
        )
        host = url.split("://", 1)[1]
        site = work / "recordings" / HOST
        site.mkdir(parents=True)
        (site / "robots.txt").write_text("User-agent: *\nAllow: /\n")
        now = datetime.now(BRUSSELS)
        calls: list[SimCall] = [
            SimCall(0, "insertion", now - timedelta(days=1), now + timedelta(days=30), None)
        ]
        (site / "feed.xml").write_text(feed_xml(calls, now), encoding="utf-8")
        (site / "manifest.yaml").write_text(
            yaml.safe_dump(
                {
                    "routes": [
                        {"path": "/robots.txt", "file": "robots.txt", "content_type": "text/plain"},
                        {
                            "path": "/feed/",
                            "file": "feed.xml",
                            "content_type": "application/rss+xml",
                        },
                    ]
                }
            )
        )
        config = work / "config"
        config.mkdir()
        source = {
            "name": "simulated",
            "title": "Simulated",
            "funder": "Simulated",
            "type": "feed",
            "languages": ["fr"],
            "start_urls": [f"https://{HOST}/feed/"],
            "schedule": "* * * * *",
        }
        member = {
            "id": "asbl",
            "name": "ASBL",
            "channels": [
                {
                    "name": "matrix",
                    "url": f"matrix://bot{tag}:botpass@{host}/{quote(room['room_id'])}?hsreq=no",
                }
            ],
            "subscriptions": [
                {
                    "name": "s",
                    "channels": ["matrix"],
                    "filters": {"topics": ["insertion", "mentoring"]},
                }
            ],
        }
        (config / "sources.yaml").write_text(yaml.safe_dump({"sources": [source]}))
        (config / "members.yaml").write_text(yaml.safe_dump({"members": [member]}))
        (config / "veille.yaml").write_text(
            yaml.safe_dump(
                {
                    "bot": {"contact": "a@b.example"},
                    "data_dir": str(work / "data"),
                    "schedule": {"crawl_jitter": 0},
                }
            )
        )
        with ReplayServer(work / "recordings") as replay:
            service = subprocess.Popen(
                [
                    str(Path(sys.executable).parent / "veille"),
                    "run",
                    "--config",
                    str(config),
                    "--replay",
                    replay.base_url,
                ],
                stdout=subprocess.DEVNULL,
                stderr=open(work / "service.log", "w"),  # noqa: SIM115 (open while it runs)
                env=dict(os.environ),
            )
            time.sleep(20)  # the first crawl and its welcome summary
            seen = len(matrix.messages(room["room_id"], reader["access_token"]))
            latencies = []
            for n in range(1, samples + 1):
                time.sleep(7 * n)  # publish at different points of the minute
                now = datetime.now(BRUSSELS)
                calls.append(SimCall(n, "mentoring", now, now + timedelta(days=30), None))
                (site / "feed.xml").write_text(feed_xml(calls, now), encoding="utf-8")
                published = time.monotonic()
                while time.monotonic() - published < 180:
                    messages = matrix.messages(room["room_id"], reader["access_token"])
                    if len(messages) > seen:
                        seen = len(messages)
                        latencies.append(time.monotonic() - published)
                        break
                    time.sleep(0.5)
                else:
                    latencies.append(float("inf"))
                print(
                    f"sample {n}: published at second {now.second}, in the room after "
                    f"{latencies[-1]:.1f} s",
                    flush=True,
                )
        good = sum(latency <= 90 for latency in latencies)
        print(
            f"alert latency (crawl every 60 s): max {max(latencies):.1f} s, "
            f"mean {sum(latencies) / len(latencies):.1f} s; within 90 s: {good}/{len(latencies)}"
        )
    finally:
        if service is not None:
            service.terminate()
            service.wait(60)
        synapse.terminate()
        synapse.wait(15)


if __name__ == "__main__":
    main()
