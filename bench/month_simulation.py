"""A simulated month: the service's clock driven through 30 days of jobs against a local source
whose calls appear, change and close. Prints alerts expected vs delivered, missed, duplicated,
and resident memory over time.

    python bench/month_simulation.py [--days 30]

The source is a feed served by veille/replay_server.ReplayServer from a temp folder, rewritten
before each crawl; crawls run in child processes as in `veille run`; messages go by SMTP to a
local server that counts them.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import random
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import yaml
from aiosmtpd.controller import Controller

from veille.alerts.deliver import Deliverer
from veille.config.loader import load_config
from veille.replay_server import ReplayServer
from veille.scheduler.clock import FixedClock
from veille.scheduler.service import Service
from veille.scheduler.work import ServiceContext
from veille.storage import database_path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from service_memory import rss_mb

from veille.domain.call import BRUSSELS
from veille.local_mailbox import free_port

HOST = "calls.example.org"
START = datetime(2026, 11, 2, 0, 0, tzinfo=BRUSSELS)  # a Monday
MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
TOPICS = {
    "insertion": (
        "Appel à projets insertion socioprofessionnelle des jeunes NEET n°{n}",
        "Le Collège lance un appel à projets pour l'insertion socioprofessionnelle "
        "des jeunes NEET vers la formation et l'emploi. Bénéficiaires : ASBL, OISP.",
    ),
    "mentoring": (
        "Appel à projets mentorat vers l'emploi n°{n}",
        "Soutien aux projets de mentorat et de parrainage qui accompagnent des "
        "chercheurs d'emploi vers l'emploi. Bénéficiaires : ASBL.",
    ),
}


@dataclass
class SimCall:
    n: int
    topic: str
    appears: datetime
    deadline: datetime
    moved_on: datetime | None  # the deadline is extended by 7 days on that day

    def deadline_at(self, now: datetime) -> datetime:
        if self.moved_on and now >= self.moved_on:
            return self.deadline + timedelta(days=7)
        return self.deadline


def make_calls(days: int, seed: int = 7) -> list[SimCall]:
    rng = random.Random(seed)
    calls = []
    for n in range(8):  # already open when the service starts
        calls.append(
            SimCall(
                n,
                ("insertion", "mentoring")[n % 2],
                START - timedelta(days=3),
                START + timedelta(days=rng.randint(5, 35), hours=12),
                None,
            )
        )
    for n in range(8, 8 + 2 * days):  # about two new calls a day
        appears = START + timedelta(days=rng.uniform(0.5, days - 1))
        deadline = (appears + timedelta(days=rng.randint(6, 40))).replace(hour=12, minute=0)
        moved = appears + timedelta(days=rng.randint(1, 5)) if rng.random() < 0.25 else None
        calls.append(SimCall(n, rng.choice(list(TOPICS)), appears, deadline, moved))
    return calls


def feed_xml(calls: list[SimCall], now: datetime) -> str:
    items = []
    for call in calls:
        deadline = call.deadline_at(now)
        if call.appears > now or deadline < now:
            continue  # not published yet, or closed: gone from the feed
        title, text = TOPICS[call.topic]
        when = f"{deadline.day} {MONTHS[deadline.month - 1]} {deadline.year} à 12h00"
        body = f"<p>{text}</p><p>Les candidatures sont à envoyer au plus tard le {when}.</p>"
        items.append(
            f"<item><title>{escape(title.format(n=call.n))}</title>"
            f"<link>https://{HOST}/appel-{call.n}/</link><guid>https://{HOST}/?p={call.n}</guid>"
            f"<pubDate>{call.appears.strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate>"
            f"<description>{escape(text)}</description>"
            f"<content:encoded><![CDATA[{body}]]></content:encoded></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Simulated funder</title><link>https://{HOST}/</link>{''.join(items)}"
        "</channel></rss>"
    )


class CountingSink:
    def __init__(self) -> None:
        self.messages: list[tuple[str, str, datetime]] = []
        self.clock: FixedClock | None = None
        sink = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                message = email.message_from_bytes(
                    envelope.original_content, policy=email.policy.default
                )
                now = sink.clock.now() if sink.clock else START
                sink.messages.append((str(message["To"]), str(message["Subject"]), now))
                return "250 OK"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=free_port())


def write_config(folder: Path, smtp_port: int) -> None:
    def channel(member: str) -> list[dict]:
        to = f"{member}@asbl.example"
        url = f"mailto://127.0.0.1:{smtp_port}?from=veille@localhost&to={to}"
        return [{"name": "email", "url": url}]

    members = []
    for i, (cadence, topics) in enumerate(
        [("instant", ["insertion"])] * 3
        + [("instant", ["mentoring"])] * 3
        + [("daily", ["insertion", "mentoring"])] * 2
        + [("weekly", ["insertion", "mentoring"])]
    ):
        members.append(
            {
                "id": f"m{i}",
                "name": f"ASBL {i}",
                "channels": channel(f"m{i}"),
                "subscriptions": [
                    {
                        "name": "s",
                        "channels": ["email"],
                        "cadence": cadence,
                        "filters": {"topics": topics},
                    }
                ],
            }
        )
    source = {
        "name": "simulated",
        "title": "Simulated funder",
        "funder": "Simulated funder",
        "type": "feed",
        "languages": ["fr"],
        "start_urls": [f"https://{HOST}/feed/"],
        "schedule": "0 6,14 * * *",
        "regions": ["Bruxelles"],
    }
    (folder / "members.yaml").write_text(yaml.safe_dump({"members": members}), encoding="utf-8")
    (folder / "sources.yaml").write_text(yaml.safe_dump({"sources": [source]}), encoding="utf-8")
    (folder / "veille.yaml").write_text(
        yaml.safe_dump(
            {
                "bot": {"contact": "admin@example.org"},
                "data_dir": str(folder / "data"),
                "schedule": {"crawl_jitter": 0, "crawl_timeout": 120},
            }
        ),
        encoding="utf-8",
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=30)
    days = parser.parse_args().days
    work = Path(tempfile.mkdtemp(prefix="veille-month-"))
    site = work / "recordings" / HOST
    site.mkdir(parents=True)
    (site / "robots.txt").write_text("User-agent: *\nAllow: /\n")
    (site / "feed.xml").write_text("")
    (site / "manifest.yaml").write_text(
        yaml.safe_dump(
            {
                "routes": [
                    {"path": "/robots.txt", "file": "robots.txt", "content_type": "text/plain"},
                    {"path": "/feed/", "file": "feed.xml", "content_type": "application/rss+xml"},
                ]
            }
        )
    )
    calls = make_calls(days)
    sink = CountingSink()
    sink.controller.start()
    config_dir = work / "config"
    config_dir.mkdir()
    write_config(config_dir, sink.controller.port)
    config = load_config(config_dir)
    clock = FixedClock(START)
    sink.clock = clock
    started, memory, jobs_run = time.monotonic(), [], Counter()
    with ReplayServer(work / "recordings") as replay:
        ctx = ServiceContext(
            config=config,
            data_dir=work / "data",
            config_dir=config_dir,
            replay_base=replay.base_url,
            pass_clock_to_crawls=True,
            deliverer=Deliverer(throttle=False),
        )
        service = Service(ctx, clock)
        end = START + timedelta(days=days)
        day = -1
        while clock.now() < end:
            (site / "feed.xml").write_text(feed_xml(calls, clock.now()), encoding="utf-8")
            for job_id in service.run_due():
                jobs_run[job_id.split(":")[0]] += 1
            if (clock.now() - START).days != day:
                day = (clock.now() - START).days
                memory.append((day, rss_mb()))
            following = min(
                spec.next_after(clock.now())
                for spec in service.jobs.values()
                if spec.id != "deliver"
            )
            clock.set(min(following, clock.now() + timedelta(hours=6)))  # retries every 6 h
    sink.controller.stop()
    report(
        calls,
        config,
        database_path(work / "data"),
        sink.messages,
        memory,
        jobs_run,
        days,
        time.monotonic() - started,
    )


def report(calls, config, database, messages, memory, jobs_run, days, seconds) -> None:
    import json
    import sqlite3

    with sqlite3.connect(database) as db:  # the classifier's topics decide who follows a call
        stored = db.execute("select title, topics, first_seen from calls").fetchall()
    first_crawl = min(first_seen for _, _, first_seen in stored)
    instant = [m for m in config.members if m.subscriptions[0].cadence == "instant"]
    expected, at_first = Counter(), Counter()
    for member in instant:
        topics = set(member.subscriptions[0].filters.topics)
        for title, call_topics, first_seen in stored:
            if topics & set(json.loads(call_topics)):
                key = (f"{member.id}@asbl.example", title)
                (expected if first_seen > first_crawl else at_first)[key] = 1
    per_key = Counter((to, subject) for to, subject, _ in messages)
    # "Nouvel appel à projets : TITLE" (the heading names the call's kind)
    alerts = Counter(
        {
            (to, subject.split(" : ", 1)[1]): n
            for (to, subject), n in per_key.items()
            if subject.startswith(("Nouvel ", "Nouveau ")) and " : " in subject
        }
    )
    welcomes = Counter({k: n for k, n in per_key.items() if " à suivre" in k[1]})
    digests_per_day = Counter(
        (to, at.date()) for to, subject, at in messages if "résumé du jour" in subject
    )
    weekly = [m for m in messages if "résumé de la semaine" in m[1]]
    reminders = Counter(m[:2] for m in messages if m[1].startswith("Rappel"))
    later = Counter({k: n for k, n in alerts.items() if k not in at_first})
    print(
        f"simulated days: {days}; calls: {len(calls)} "
        f"({sum(c.moved_on is not None for c in calls)} with a moved deadline); "
        f"wall time {seconds:.0f} s"
    )
    print(f"jobs run: {dict(jobs_run)}")
    print(
        f"instant alerts after the first crawl: expected {len(expected)}, "
        f"delivered {len(set(later) & set(expected))}, missed {len(set(expected) - set(later))}, "
        f"unexpected {len(set(later) - set(expected))}, "
        f"duplicated {sum(n - 1 for n in alerts.values() if n > 1)}"
    )
    print(
        f"calls open at the first crawl: {len(at_first)} member-call pairs; sent one by one: "
        f"{len(set(alerts) & set(at_first))}; welcome summaries: {sum(welcomes.values())}"
    )
    print(
        f"daily digests: {sum(digests_per_day.values())} "
        f"(member-days with two: {sum(n > 1 for n in digests_per_day.values())}); "
        f"weekly: {len(weekly)}; reminders: "
        f"{sum(reminders.values())} (duplicated {sum(n - 1 for n in reminders.values() if n > 1)})"
    )
    print("resident memory (MB) by day: " + ", ".join(f"d{d}:{mb:.0f}" for d, mb in memory))


if __name__ == "__main__":
    main()
