"""`veille sources check`: a dry run that fetches one call from each source, for real.

Meant for people with internet access to find broken sources; never run in CI.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from veille.crawler.launch import crawl_in_child
from veille.storage import database_path, open_database
from veille.storage.crawl_runs import CrawlRuns


def check_sources(
    sources: list[str] | None = None,
    *,
    config_dir: Path | None = None,
    replay_base: str | None = None,
    timeout: float = 600,
) -> list[str]:
    """One line per source: outcome, calls found (at most 1) and the first error."""
    with tempfile.TemporaryDirectory(prefix="veille-check-") as folder:
        data_dir = Path(folder)
        # argparse accepts the option after the source names
        outcome = crawl_in_child(
            data_dir,
            [*(sources or []), "--max-items", "1"],
            config_dir=config_dir,
            replay_base=replay_base,
            timeout=timeout,
        )
        if not outcome.ok:
            return [f"crawl failed: {outcome.stderr.strip()[-500:]}"]
        history = CrawlRuns(open_database(database_path(data_dir)))
        try:
            runs = sorted(history.recent(limit=1000), key=lambda run: run["source"])
        finally:
            history.db.close()
    return [
        f"{run['source']:28} {run['outcome']:8} {run['items']} call(s)"
        + (f"  {run['errors'][0]}" if run["errors"] else "")
        for run in runs
    ]
