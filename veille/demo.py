"""`veille demo`: the whole path on embedded defaults, touching nothing beyond 127.0.0.1.

Recorded sources are served locally, crawled through the real Scrapy pipeline (in
a child process, as the service does), classified and stored; the demo member's
alerts go by SMTP to a local mailbox; the digest page is written.

It shows what a new install really does: the first crawl's open calls reach the member in
one summary; the next day, COCOF's feed (its recorded `next_day` state) carries two more
calls, and each is one alert.
"""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

from veille.alerts.deliver import Deliverer
from veille.alerts.dispatch import deliver_due
from veille.alerts.plan import plan_instant_alerts
from veille.config import load_config
from veille.config.loader import DEMO
from veille.crawler.launch import crawl_in_child
from veille.domain.call import BRUSSELS
from veille.domain.stored_call import StoredCall
from veille.domain.vocabulary import InterfaceLanguage
from veille.local_mailbox import LocalMailbox
from veille.replay_server import ReplayServer
from veille.storage import CallStore, Outbox, database_path, open_database
from veille.web.static_page import write_digest_page


@dataclass
class DemoResult:
    data_dir: Path
    database: Path
    mailbox: Path
    digest: Path
    calls_by_source: dict[str, int]
    flagged: list[StoredCall]  # open and relevant, or "to check"
    summary_calls: int  # the calls of the first start's summary
    alerts_sent: int  # messages delivered: the summary, then one per later call
    later_calls: list[StoredCall]  # found by the next day's crawl, one alert each
    alerts_pending: int
    crawl_ok: bool
    crawl_errors: str
    seconds: float
    language: InterfaceLanguage  # the demo configuration's admin_language: what it prints in


def recording_day(server: ReplayServer) -> datetime:
    """The demo runs as of the day the sources were recorded, so their deadlines make sense."""
    days = [site.manifest.get("recorded_on") for site in server.sites.values()]
    day = max(str(d) for d in days if d)
    return datetime.combine(datetime.fromisoformat(day).date(), clock_time(9, 0), tzinfo=BRUSSELS)


MARKER = ".veille-demo"


class NotADemoFolder(Exception):
    """The data folder holds something else than an earlier demo: the demo will not erase it."""


def fresh_demo_folder(data_dir: Path) -> None:
    """A demo starts from nothing, every time, but only ever erases an earlier demo's folder."""
    if data_dir.exists() and any(data_dir.iterdir()):
        if not (data_dir / MARKER).exists():
            raise NotADemoFolder(
                f"{data_dir} is not empty and was not made by `veille demo`: "
                "choose another --data-dir (the demo erases its folder at each run)"
            )
        shutil.rmtree(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / MARKER).write_text("made by veille demo; erased at the next demo run\n")


# The source whose recorded site has a later state, and that state's name.
LATER_SOURCE, LATER_HOST, LATER_STATE = "cocof", "ccf.brussels", "next_day"


def run_demo(data_dir: Path) -> DemoResult:
    started = time.monotonic()
    fresh_demo_folder(data_dir)
    database = database_path(data_dir)
    with ReplayServer() as replay, LocalMailbox(data_dir / "mailbox") as mailbox:
        os.environ["VEILLE_DEMO_SMTP_PORT"] = str(mailbox.port)
        config = load_config(DEMO)
        now = recording_day(replay)
        crawl = crawl_in_child(
            data_dir, config_dir=DEMO, replay_base=replay.base_url, now=now.isoformat(), timeout=300
        )
        deliverer = Deliverer(throttle=False)
        db = open_database(database)
        store, outbox = CallStore(db), Outbox(db)
        plan_instant_alerts(config, store, outbox, now)  # the first start: one summary
        first = deliver_due(config, outbox, deliverer, now)
        summary = sum(row["kind"] == "welcome" for row in outbox.rows("sent"))
        told = {row["call_id"] for row in db.query("select call_id from channel_calls")}
        # The next day, the source publishes two more calls: one alert each.
        replay.set_state(LATER_HOST, LATER_STATE)
        later = now + timedelta(days=1)
        next_crawl = crawl_in_child(
            data_dir,
            [LATER_SOURCE],
            config_dir=DEMO,
            replay_base=replay.base_url,
            now=later.isoformat(),
            timeout=300,
        )
        plan_instant_alerts(config, store, outbox, later)
        second = deliver_due(config, outbox, deliverer, later)
        digest = write_digest_page(store, data_dir / "digest", later)
        calls_by_source = {
            row["source"]: row["n"]
            for row in db.query("select source, count(*) as n from calls group by source")
        }
        flagged = store.open_calls(now, relevant_only=True)
        alerted = {row["call_id"] for row in outbox.rows("sent") if row["kind"] == "new"}
        later_calls = [c for c in store.open_calls(later, relevant_only=False) if c.id in alerted]
        pending = outbox.counts().get("pending", 0)
        db.close()
    return DemoResult(
        data_dir=data_dir,
        database=database,
        mailbox=mailbox.folder,
        digest=digest,
        calls_by_source=calls_by_source,
        flagged=flagged,
        summary_calls=len(told) if summary else 0,
        alerts_sent=first.sent + second.sent,
        later_calls=later_calls,
        alerts_pending=pending,
        crawl_ok=crawl.ok and next_crawl.ok,
        crawl_errors="\n".join(c.stderr.strip() for c in (crawl, next_crawl) if c.stderr.strip()),
        seconds=time.monotonic() - started,
        language=config.settings.admin_language,
    )
