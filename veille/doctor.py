"""`veille doctor`: one line per check (OK, WARN or FAIL) on what a running Veille needs.

Its words are the administrators' language (`admin_language`; the default one when the
configuration itself cannot be read); OK, WARN and FAIL stay as they are, for scripts.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from veille.config import ConfigError, load_config
from veille.config.loader import VeilleConfig, resolve_secrets
from veille.config.schema import Settings
from veille.domain import second_opinion
from veille.domain.call import BRUSSELS
from veille.domain.vocabulary import is_failure_cause
from veille.i18n import Words, belgian_date, words
from veille.i18n.names import failure_cause_name
from veille.storage import database_path

MIN_FREE_BYTES = 500 * 1024 * 1024  # below this, WARN: a crawl may soon fail to store
STALE_AFTER = timedelta(days=3)  # a source not crawled successfully for this long: WARN
# A message given up on within this: FAIL (a member did not get it, someone must look).
FAILED_WITHIN = timedelta(days=7)
# A message still waiting after failed attempts for longer than this: FAIL too (the server
# has been refusing or unreachable for an hour; the first retries are normal).
STUCK_AFTER = timedelta(hours=1)


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
        w = words(Settings.model_fields["admin_language"].default)
        first = error.problems[0]
        more = len(error.problems) - 1
        if more:
            first += " " + w.ngettext("(+%(count)s more)", "(+%(count)s more)", more)
        return [Check(w.gettext("configuration"), "FAIL", first)]
    w = words(config.settings.admin_language)
    checks = [
        Check(
            w.gettext("configuration"),
            "OK",
            w.gettext(
                "%(sources)s, %(members)s",
                sources=_count_sources(w, len(config.sources)),
                members=_count_members(w, len(config.members)),
            ),
        )
    ]
    folder = (data_dir or config.data_dir).resolve()
    database = database_path(folder)
    checks += _database(w, database)
    checks += list(_channels(w, config, send_test))
    checks += _deliveries(w, database, now())
    checks += _sources(w, config, database, now())
    checks.append(_second_opinion(w, second_opinion.shipped_path()))
    checks.append(_disk(w, folder))
    return checks


def _second_opinion(w: Words, path: Path) -> Check:
    """The learned layer's weights: without them the rules decide alone (more misses)."""
    name = w.gettext("second opinion")
    cause = second_opinion.problem(path)
    if cause is None:
        return Check(name, "OK", str(path))
    return Check(
        name,
        "WARN",
        w.gettext(
            "%(path)s cannot be used, the rules decide alone: %(cause)s", path=path, cause=cause
        ),
    )


def _count_sources(w: Words, n: int) -> str:
    return w.ngettext("%(count)s source", "%(count)s sources", n)


def _count_members(w: Words, n: int) -> str:
    return w.ngettext("%(count)s member", "%(count)s members", n)


def _database(w: Words, path: Path) -> list[Check]:
    if not path.exists():
        return [
            Check(
                w.gettext("database"),
                "WARN",
                w.gettext("%(path)s does not exist yet (created by the first run)", path=path),
            )
        ]
    from veille.storage.inspect import inspect_database

    try:
        report = inspect_database(path)
    except sqlite3.Error as error:
        return [Check(w.gettext("database"), "FAIL", f"{path}: {error}")]
    size = w.gettext("%(megabytes).1f MB", megabytes=report.size / 1e6)
    pending = len(report.pending)
    checks = [
        Check(
            w.gettext("database integrity"),
            "OK" if report.integrity == "ok" else "FAIL",
            f"{path} ({size}): {report.integrity}",
        ),
        Check(
            w.gettext("database migrations"),
            "OK" if not report.pending else "WARN",
            w.gettext("all applied")
            if not report.pending
            else w.ngettext(
                "%(count)s to apply at next start: %(names)s",
                "%(count)s to apply at next start: %(names)s",
                pending,
                names=", ".join(report.pending),
            ),
        ),
        Check(
            w.gettext("database journal"),
            "OK" if report.journal_mode == "wal" else "WARN",
            w.gettext(
                "journal_mode=%(mode)s (wal lets the web app read while crawls write)",
                mode=report.journal_mode,
            ),
        ),
    ]
    return checks


def _channels(w: Words, config: VeilleConfig, send_test: bool) -> Iterator[Check]:
    from veille.alerts.deliver import Deliverer, check_channel_url, redact

    deliverer = Deliverer()
    for channel in config.channels():
        if channel.kind == "signin_mailer":  # it sends sign-in links, not messages
            continue
        label = w.gettext("channel %(channel)s", channel=channel.label)
        try:
            url = resolve_secrets(channel.url)
        except KeyError as missing:
            yield Check(
                label,
                "FAIL",
                w.gettext("environment variable %(name)s is not set", name=missing),
            )
            continue
        problem = check_channel_url(url)
        if problem:
            yield Check(label, "FAIL", problem)
        elif send_test:
            language = words(channel.language)  # the channel's reader's language
            works = language.gettext("Veille doctor: this channel works.")
            sent = deliverer.send(url, language.gettext("Veille: test message"), f"<p>{works}</p>")
            yield Check(
                label,
                "OK" if sent.ok else "FAIL",
                w.gettext("test message sent to %(channel)s", channel=redact(url))
                if sent.ok
                else sent.error,
            )
        else:
            yield Check(
                label,
                "OK",
                w.gettext("%(channel)s (use --send-test to send one)", channel=redact(url)),
            )


def _deliveries(w: Words, path: Path, now: datetime) -> list[Check]:
    """Messages not delivered, per member and channel, oldest first: given up on (FAIL) or
    waiting for a retry (WARN, FAIL after an hour). Shown whether or not admin_channels
    are configured."""
    if not path.exists():
        return []
    from veille.storage.inspect import undelivered

    try:
        rows = undelivered(path, now - FAILED_WITHIN)
    except sqlite3.Error as error:
        return [Check(w.gettext("deliveries"), "FAIL", f"{path}: {error}")]
    if not rows:
        return [Check(w.gettext("deliveries"), "OK", w.gettext("nothing waiting, nothing lost"))]
    groups: dict[tuple[str, str], list[dict[str, object]]] = {}
    for row in rows:  # oldest first
        groups.setdefault((str(row["member"]), str(row["channel"])), []).append(row)
    checks = []
    for (member, channel), found in groups.items():
        failed = [row for row in found if row["status"] == "failed"]
        waiting = [row for row in found if row["status"] == "pending"]
        oldest = found[0]
        stuck = any(
            now - datetime.fromisoformat(str(row["first_failed_at"] or row["created"]))
            > STUCK_AFTER
            for row in waiting
        )
        parts = []
        if failed:
            parts.append(
                w.ngettext(
                    "%(count)s message not delivered",
                    "%(count)s messages not delivered",
                    len(failed),
                )
            )
        if waiting:
            parts.append(
                w.ngettext(
                    "%(count)s waiting for a retry", "%(count)s waiting for a retry", len(waiting)
                )
            )
        cause = str(oldest["cause"] or "unknown")
        detail = w.gettext(
            "%(what)s; the oldest, %(when)s: %(cause)s (%(error)s)",
            what=", ".join(parts),
            when=belgian_date(datetime.fromisoformat(str(oldest["created"])), w.lang),
            cause=failure_cause_name(cause if is_failure_cause(cause) else "unknown", w.lang),
            error=str(oldest["last_error"] or "-"),
        )
        status = "FAIL" if failed or stuck else "WARN"
        name = w.gettext("deliveries to %(channel)s", channel=member + "/" + channel)
        checks.append(Check(name, status, detail))
    return checks


def _sources(w: Words, config: VeilleConfig, path: Path, now: datetime) -> list[Check]:
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
            name = w.gettext("source %(source)s", source=source.name)
            if not runs:
                checks.append(Check(name, "WARN", w.gettext("never crawled")))
                continue
            last = runs[0]
            when = datetime.fromisoformat(last["started"])
            status = {"ok": "OK", "failed": "FAIL"}.get(last["outcome"], "WARN")
            if status == "OK" and now - when > STALE_AFTER:
                status = "WARN"
            detail = w.ngettext(
                "last run %(when)s: %(outcome)s, %(count)s item",
                "last run %(when)s: %(outcome)s, %(count)s items",
                last["items"],
                when=belgian_date(when, w.lang),
                outcome=last["outcome"],
            )
            if last["errors"]:
                detail += f"; {str(last['errors'][0])[:120]}"
            checks.append(Check(name, status, detail))
        return checks
    finally:
        history.db.close()


def _disk(w: Words, folder: Path) -> Check:
    probe = folder if folder.exists() else folder.parent
    while not probe.exists():
        probe = probe.parent
    free = shutil.disk_usage(probe).free
    status = "OK" if free >= MIN_FREE_BYTES else ("FAIL" if free < 20 * 1024 * 1024 else "WARN")
    return Check(
        w.gettext("disk space"),
        status,
        w.gettext("%(gigabytes).1f GB free for %(folder)s", gigabytes=free / 1e9, folder=folder),
    )
