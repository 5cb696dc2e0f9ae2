"""Digest planning + rendering for 100 members and 10,000 open calls (target: < 10 s).

python bench/alerts_digest_render.py
"""

from __future__ import annotations

import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import yaml

from veille.alerts.digests import plan_digests
from veille.config.loader import load_config
from veille.domain.call import BRUSSELS, Call
from veille.storage import CallStore, Outbox, open_database

NOW = datetime(2026, 11, 27, 7, 30, tzinfo=BRUSSELS)
WORDS = ["insertion", "mentorat", "jeunes", "NEET", "formation", "emploi", "culture", "énergie"]


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="veille-bench-"))
    members = [
        {
            "id": f"m{i}",
            "name": f"Membre {i}",
            "channels": [
                {
                    "name": "email",
                    "url": f"mailto://127.0.0.1:1?from=v@localhost&to=m{i}@example.org",
                }
            ],
            "subscriptions": [
                {
                    "name": "d",
                    "channels": ["email"],
                    "cadence": "daily",
                    "language": ("fr", "nl", "en")[i % 3],
                    "filters": {"include": [WORDS[i % 6], WORDS[(i + 1) % 6]]},
                }
            ],
        }
        for i in range(100)
    ]
    (folder / "members.yaml").write_text(yaml.safe_dump({"members": members}))
    (folder / "veille.yaml").write_text(yaml.safe_dump({"bot": {"contact": "a@b.org"}}))
    (folder / "sources.yaml").write_text("sources: []\n")
    config = load_config(folder)
    db = open_database(folder / "veille.db")
    store, outbox = CallStore(db), Outbox(db)
    started = time.perf_counter()
    for n in range(10_000):
        seen = NOW - timedelta(days=n % 60, hours=1)  # ~170 new calls a day
        store.upsert_call(
            Call(
                source="bench",
                source_id=str(n),
                url=f"https://example.org/call/{n}",
                title=f"Appel à projets {WORDS[n % 8]} {n}",
                funder="Funder",
                text=" ".join(WORDS[(n + k) % 8] for k in range(40)),
                lang="fr",
                status="open",
                deadline=NOW + timedelta(days=1 + n % 300),
                relevant=n % 3 == 0,
                is_call=True,
                topics=["insertion"],
            ),
            seen,
        )
    print(f"stored 10,000 calls in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    queued = plan_digests(config, store, outbox, NOW, "daily")
    elapsed = time.perf_counter() - started
    sizes = [len(row["body_html"]) for row in outbox.rows()]
    print(
        f"digests for 100 members over 10,000 open calls: {elapsed:.2f} s "
        f"({queued} messages, median {sorted(sizes)[len(sizes) // 2] // 1024} KB) "
        f"target < 10 s: {'OK' if elapsed < 10 else 'MISSED'}"
    )


if __name__ == "__main__":
    main()
