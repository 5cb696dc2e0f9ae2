"""`veille doctor`: one line per check (OK, WARN or FAIL) on what a running Veille needs."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from veille.config import ConfigError, load_config
from veille.config.loader import VeilleConfig, resolve_secrets
from veille.domain.call import BRUSSELS
from veille.storage import database_path

MIN_FREE_BYTES = 500 * 1024 * 1024  # below this, WARN: a crawl may soon fail to store
STALE_AFTER = timedelta(days=3)  # a source not crawled successfully for this long: WARN


@dataclass(frozen=True)
class Check:
    name: str
    status: str  # "OK" | "WARN" | "FAIL"
    detail: str


def run_checks(
    config_dir: str | Path | None,
    data_dir: Path | None = None,
    *,
    send_test: bool = False,
    now: Callable[[], datetime] = lambda: datetime.now(BRUSSELS),
) -> list[Check]:
    try:
        config = load_config(config_dir)
    except ConfigError as error:
        first = error.problems[0]
        more = f" (+{len(error.problems) - 1} more)" if len(error.problems) > 1 else ""
        return [Check("configuration", "FAIL", first + more)]
    checks = [
        Check(
            "configuration", "OK", f"{len(config.sources)} sources, {len(config.members)} members"
        )
    ]
    folder = (data_dir or config.data_dir).resolve()
    database = database_path(folder)
    checks += _database(database)
    checks += list(_channels(config, send_test))
    checks += _sources(config, database, now())
    checks.append(_disk(folder))
    return checks


def _database(path: Path) -> list[Check]:
    if not path.exists():
        return [Check("database", "WARN", f"{path} does not exist yet (created by the first run)")]
    from veille.storage.inspect import inspect_database

    try:
        report = inspect_database(path)
    except sqlite3.Error as error:
        return [Check("database", "FAIL", f"{path}: {error}")]
    checks = [
        Check(
            "database integrity",
            "OK" if report.integrity == "ok" else "FAIL",
            f"{path} ({report.size / 1e6:.1f} MB): {report.integrity}",
        ),
        Check(
            "database migrations",
            "OK" if not report.pending else "WARN",
            "all applied"
            if not report.pending
            else f"{len(report.pending)} to apply at next start: {', '.join(report.pending)}",
        ),
        Check(
            "database journal",
            "OK" if report.journal_mode == "wal" else "WARN",
            f"journal_mode={report.journal_mode} (wal lets the web app read while crawls write)",
        ),
    ]
    return checks


def _channels(config: VeilleConfig, send_test: bool) -> Iterator[Check]:
    from veille.alerts.deliver import Deliverer, check_channel_url, redact

    deliverer = Deliverer()
    for channel in config.channels():
        if channel.kind == "signin_mailer":  # it sends sign-in links, not messages
            continue
        label = channel.label
        try:
            url = resolve_secrets(channel.url)
        except KeyError as missing:
            yield Check(f"channel {label}", "FAIL", f"environment variable {missing} is not set")
            continue
        problem = check_channel_url(url)
        if problem:
            yield Check(f"channel {label}", "FAIL", problem)
        elif send_test:
            sent = deliverer.send(
                url, "Veille: test message", "<p>Veille doctor: this channel works.</p>"
            )
            yield Check(
                f"channel {label}",
                "OK" if sent.ok else "FAIL",
                f"test message sent to {redact(url)}" if sent.ok else sent.error,
            )
        else:
            yield Check(f"channel {label}", "OK", f"{redact(url)} (use --send-test to send one)")


def _sources(config: VeilleConfig, path: Path, now: datetime) -> list[Check]:
    if not path.exists():
        return []
    from veille.storage.inspect import read_crawl_runs

    history = read_crawl_runs(path)
    try:
        checks = []
        for source in config.sources:
            if not source.enabled:
                continue
            runs = history.recent(source.name, limit=1)
            if not runs:
                checks.append(Check(f"source {source.name}", "WARN", "never crawled"))
                continue
            last = runs[0]
            when = datetime.fromisoformat(last["started"])
            status = {"ok": "OK", "failed": "FAIL"}.get(last["outcome"], "WARN")
            if status == "OK" and now - when > STALE_AFTER:
                status = "WARN"
            detail = f"last run {last['started'][:16]}: {last['outcome']}, {last['items']} items"
            if last["errors"]:
                detail += f"; {str(last['errors'][0])[:120]}"
            checks.append(Check(f"source {source.name}", status, detail))
        return checks
    finally:
        history.db.close()


def _disk(folder: Path) -> Check:
    probe = folder if folder.exists() else folder.parent
    while not probe.exists():
        probe = probe.parent
    free = shutil.disk_usage(probe).free
    status = "OK" if free >= MIN_FREE_BYTES else ("FAIL" if free < 20 * 1024 * 1024 else "WARN")
    return Check("disk space", status, f"{free / 1e9:.1f} GB free for {folder}")
