"""Resident memory of the service after 24 simulated hours of jobs (target < 300 MB, flat).

    python bench/service_memory.py

The clock is passed in and moved a minute at a time; every due job runs as in `veille run`
(crawls run in child processes, so this measures the service process itself).
"""

from __future__ import annotations

import resource
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import yaml

from veille.alerts.deliver import Deliverer
from veille.config.loader import load_config
from veille.domain.call import BRUSSELS, Call
from veille.scheduler.clock import FixedClock
from veille.scheduler.service import Service
from veille.scheduler.work import ServiceContext
from veille.storage import CallStore, database_path, open_database


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="veille-bench-"))
    members = [
        {
            "id": f"m{i}",
            "name": f"M{i}",
            "channels": [
                {"name": "email", "url": "mailto://127.0.0.1:1?from=v@localhost&to=x@example.org"}
            ],  # nobody listens
            "subscriptions": [
                {
                    "name": "s",
                    "channels": ["email"],
                    "cadence": ("instant", "daily", "weekly")[i % 3],
                }
            ],
        }
        for i in range(20)
    ]
    (folder / "members.yaml").write_text(yaml.safe_dump({"members": members}))
    (folder / "veille.yaml").write_text(
        yaml.safe_dump({"bot": {"contact": "a@b.org"}, "data_dir": str(folder / "data")})
    )
    (folder / "sources.yaml").write_text("sources: []\n")
    config = load_config(folder)
    clock = FixedClock(datetime(2026, 11, 27, 0, 0, tzinfo=BRUSSELS))
    store = CallStore(open_database(database_path(folder / "data")))
    service = Service(
        ServiceContext(
            config=config, data_dir=folder / "data", deliverer=Deliverer(throttle=False)
        ),
        clock,
    )
    started, samples = time.perf_counter(), {}
    for minute in range(24 * 60):
        now = clock.advance(timedelta(minutes=1))
        if minute % 10 == 0:  # a new call every 10 minutes
            store.upsert_call(
                Call(
                    source="bench",
                    source_id=str(minute),
                    url=f"https://example.org/{minute}",
                    title=f"AAP {minute}",
                    status="open",
                    relevant=True,
                    is_call=True,
                    deadline=now + timedelta(days=10),
                ),
                now,
            )
        service.run_due()
        if minute % 360 == 359:
            samples[(minute + 1) // 60] = rss_mb()
    print(
        f"24 simulated hours ({24 * 60} scheduler ticks) in {time.perf_counter() - started:.0f} s"
    )
    print("RSS by simulated hour: " + ", ".join(f"{h} h: {mb:.0f} MB" for h, mb in samples.items()))
    peak = max(samples.values())
    growth = samples[24] - samples[6]
    print(
        f"target < 300 MB and not growing: {'OK' if peak < 300 and growth < 20 else 'MISSED'}"
        f" (peak {peak:.0f} MB, +{growth:.0f} MB from hour 6 to 24)"
    )


if __name__ == "__main__":
    main()
