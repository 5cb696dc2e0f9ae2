"""A month of sites that change the way real ones do, run through the service, against the truth.

    python bench/changing_month.py [--days 30] [--seed 11]

Four made-up sites are served on 127.0.0.1 (veille/replay_server.py) and rewritten before
each of the service's jobs, from a scripted truth:

- a feed carrying its 10 latest items (both validators): calls roll off it while open;
- a listing with a page per call (ETag only), down for two days (503 on every path);
- a sitemap with a page per call (no validator at all), one page answering 503 for 3 days;
- a tender search API (both validators), a complete result set;
- calls appear at random hours (about one a day per site; a few already open at the start,
  their pages one to two years old), deadlines are extended, documents added, calls
  withdrawn (no longer listed, or still linked with a page answering 404; never on the
  feed), some come back; closed calls leave the listings after their deadline.

Members: "instant" takes every call at once; "suiveur" marks every call Veille finds as
followed (as a member would on the site) and has a daily digest; "hebdo" a weekly digest.
Crawls run in child processes on each source's schedule (every 12 h), messages go by SMTP
to a local server that keeps their sim time. Printed: calls appeared vs alerted, the delay
from appearance (or from the site's return) to the alert against the crawl interval,
changes vs change alerts (and their delay), withdrawals vs calls marked withdrawn, false
withdrawals, duplicates, admin alerts, and requests and bytes per site per day.
Goals: 0 missed calls or changes, 0 false withdrawals, 0 duplicates, every new call alerted
within one crawl interval.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

import yaml
from aiosmtpd.controller import Controller

from veille.alerts.deliver import Deliverer
from veille.alerts.render import change_subject
from veille.config.loader import load_config
from veille.domain.call import BRUSSELS
from veille.domain.changes import ChangeAlert
from veille.domain.vocabulary import ChangeKind
from veille.i18n import translate, words
from veille.i18n.names import new_call_heading
from veille.local_mailbox import free_port
from veille.replay_server import ReplayServer
from veille.scheduler.clock import FixedClock
from veille.scheduler.service import Service
from veille.scheduler.work import ServiceContext
from veille.storage import open_database
from veille.storage.marks import Marks

START = datetime(2026, 11, 2, 0, 0, tzinfo=BRUSSELS)  # a Monday
INTERVAL = timedelta(hours=12)
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
TOPICS = (
    (
        "Appel à projets insertion socioprofessionnelle des jeunes NEET",
        "l'insertion socioprofessionnelle des jeunes NEET vers la formation et l'emploi",
    ),
    (
        "Appel à projets mentorat vers l'emploi",
        "des projets de mentorat qui accompagnent des chercheurs d'emploi vers l'emploi",
    ),
    (
        "Appel à projets jobcoaching des chercheurs d'emploi",
        "le jobcoaching et l'accompagnement socioprofessionnel de chercheurs d'emploi",
    ),
)
PLACES = [
    "Anderlecht",
    "Auderghem",
    "Berchem",
    "Etterbeek",
    "Evere",
    "Forest",
    "Ganshoren",
    "Ixelles",
    "Jette",
    "Koekelberg",
    "Molenbeek",
    "Saint-Gilles",
    "Saint-Josse",
    "Schaerbeek",
    "Uccle",
    "Watermael",
    "Woluwe",
    "Liège",
    "Namur",
    "Charleroi",
    "Mons",
    "Tournai",
    "Verviers",
    "Seraing",
    "Wavre",
    "Nivelles",
    "Arlon",
    "Bastogne",
    "Dinant",
    "Huy",
    "Ottignies",
    "Mouscron",
    "Gembloux",
    "Waterloo",
    "Braine",
    "Ath",
    "Soignies",
    "Binche",
    "Herstal",
    "Spa",
    "Marche",
    "Ciney",
    "Eupen",
    "Malmedy",
    "Durbuy",
    "Hannut",
    "Jodoigne",
    "Tubize",
    "Fleurus",
    "Andenne",
]
ACTIONS = (
    "Jobcoaching",
    "Mentorat",
    "Parrainage",
    "Formation qualifiante",
    "Orientation",
    "Tutorat",
    "Stages en entreprise",
    "Ateliers d'emploi",
    "Accompagnement socioprofessionnel",
    "Remise à l'emploi",
    "Insertion par le travail",
    "Préformation",
)
AUDIENCES = (
    "des jeunes NEET",
    "des femmes",
    "des seniors",
    "des primo-arrivants",
    "des personnes handicapées",
    "des chômeurs de longue durée",
    "des étudiants",
    "des réfugiés",
    "des parents isolés",
    "des artistes",
    "des travailleurs peu qualifiés",
    "des sortants de prison",
)
FEED, LISTING, SITEMAP, API = "fil.example", "liste.example", "plan.example", "api.marches.example"
SITES = (FEED, LISTING, SITEMAP, API)
FEED_SIZE = 10
DOWN = (START + timedelta(days=10, hours=6), START + timedelta(days=12, hours=6))  # LISTING
FLAKY_PAGE = (START + timedelta(days=15), START + timedelta(days=18))  # one SITEMAP page


# --- the truth --------------------------------------------------------------------------


@dataclass
class SimCall:
    n: int
    site: str
    appears: datetime
    deadline: datetime
    extended: tuple[datetime, timedelta] | None = None  # when, by how much
    document: datetime | None = None  # when an annex is added
    withdrawn: datetime | None = None
    page_404: bool = False  # withdrawn: still linked, its page answers 404
    back: datetime | None = None  # listed again
    flaky: bool = False  # its page answers 503 for three days

    @property
    def title(self) -> str:
        """Distinct words for distinct calls (two calls share an action or an audience, never
        both), so that no two of them read as the same call on two sites."""
        action, audience = ACTIONS[self.n % 12], AUDIENCES[(self.n // 12) % 12]
        return f"{action} {audience} à {self.place} (EXEMPLE)"

    @property
    def place(self) -> str:
        return PLACES[(self.n // 7) % len(PLACES)]

    @property
    def path(self) -> str:
        return f"/appels/appel-{self.n}"

    def deadline_at(self, now: datetime) -> datetime:
        if self.extended and now >= self.extended[0]:
            return self.deadline + self.extended[1]
        return self.deadline

    def is_withdrawn(self, now: datetime) -> bool:
        return bool(
            self.withdrawn and now >= self.withdrawn and not (self.back and now >= self.back)
        )

    def published(self, now: datetime) -> bool:
        """Listed by its source: appeared, not closed, not withdrawn."""
        return self.appears <= now <= self.deadline_at(now) and not self.is_withdrawn(now)

    def documents(self, now: datetime) -> list[str]:
        docs = [f"/documents/reglement-{self.n}.pdf"]
        return docs + (
            [f"/documents/annexe-{self.n}.pdf"] if self.document and now >= self.document else []
        )


def make_calls(days: int, rng: random.Random) -> list[SimCall]:
    calls: list[SimCall] = []
    for site in SITES:
        for _ in range(4):  # open when the service starts, published one month to two years ago
            appears = START - timedelta(days=rng.uniform(30, 700))
            deadline = (START + timedelta(days=rng.uniform(8, 40))).replace(hour=12, minute=0)
            calls.append(SimCall(len(calls) + 1, site, appears, deadline))
        for _ in range(days):  # about one a day, at any hour
            appears = START + timedelta(days=rng.uniform(0.3, days - 1.5))
            deadline = (appears + timedelta(days=rng.uniform(10, 40))).replace(hour=12, minute=0)
            calls.append(SimCall(len(calls) + 1, site, appears, deadline))
    for call in calls:
        start = max(call.appears, START)
        if rng.random() < 0.3:
            call.extended = (
                start + timedelta(days=rng.uniform(1, 5)),
                timedelta(days=rng.randint(7, 14)),
            )
        if call.site != API and rng.random() < 0.2:
            call.document = start + timedelta(days=rng.uniform(1, 5))
        if call.site != FEED and rng.random() < 0.12:
            when = start + timedelta(days=rng.uniform(1.5, 4))
            # A withdrawal shows only to complete crawls: none while its site is down or partial
            # (it would be seen when crawls are complete again, if it lasted that long).
            blind = {LISTING: DOWN, SITEMAP: FLAKY_PAGE}.get(call.site)
            in_blind = blind is not None and blind[0] - timedelta(days=4) < when < blind[1]
            if when < call.deadline - timedelta(days=6) and not in_blind:
                call.withdrawn = when
                call.page_404 = call.site == LISTING and rng.random() < 0.5
                if rng.random() < 0.3:
                    call.back = when + timedelta(days=rng.uniform(3, 4))
    for call in calls:  # events are the truth only if they happen while the call is open
        if call.extended and call.extended[0] >= call.deadline - timedelta(days=1):
            call.extended = None
        # a funder does not edit a call it took off its site (until it lists it again)
        if call.extended and call.is_withdrawn(call.extended[0]):
            call.extended = None
        if call.document and call.is_withdrawn(call.document):
            call.document = None
        if call.document and call.document >= call.deadline_at(call.document) - timedelta(days=1):
            call.document = None
        if call.site == FEED:  # a feed's change is seen only while the item is in the feed
            if call.extended and call not in feed_items(calls, call.extended[0]):
                call.extended = None
            if call.document and call not in feed_items(calls, call.document):
                call.document = None
    return calls


def mark_flaky(calls: list[SimCall]) -> None:
    """The first call of the sitemap site published when its page starts failing."""
    flaky = next((c for c in calls if c.site == SITEMAP and c.published(FLAKY_PAGE[0])), None)
    if flaky is not None:
        flaky.flaky = True


def feed_items(calls: list[SimCall], now: datetime) -> list[SimCall]:
    published = [c for c in calls if c.site == FEED and c.published(now)]
    return sorted(published, key=lambda c: c.appears, reverse=True)[:FEED_SIZE]


# --- the sites --------------------------------------------------------------------------


def day_words(moment: datetime) -> str:
    return f"{moment.day} {MONTHS.split()[moment.month - 1]} {moment.year}"


def prose(call: SimCall, now: datetime) -> str:
    deadline = call.deadline_at(now)
    return (
        f"EXEMPLE. Le Service de l'emploi lance un appel à projets pour {TOPICS[call.n % 3][1]}, "
        f"à {call.place} (référence AAP-{call.n:03d}). "
        f"Bénéficiaires : ASBL. Les candidatures sont à envoyer au plus tard le "
        f"{day_words(deadline)} à 12h00."
    )


def call_page(call: SimCall, now: datetime, host: str) -> str:
    docs = "".join(
        f'<p><a href="https://{host}{doc}">{doc.rsplit("/", 1)[1]}</a></p>'
        for doc in call.documents(now)
    )
    return (
        f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{escape(call.title)}'
        f'</title></head><body><nav><a href="/">Accueil</a></nav><main><article>'
        f"<h1>{escape(call.title)}</h1><p>{escape(prose(call, now))}</p>{docs}</article></main>"
        "<footer>Contact</footer></body></html>"
    )


def listing_page(calls: list[SimCall], now: datetime) -> str:
    linked = [
        c
        for c in calls
        if c.site == LISTING
        and (c.published(now) or (c.page_404 and c.is_withdrawn(now) and now <= c.deadline_at(now)))
    ]
    items = "".join(
        f'<li><a href="{c.path}">{escape(c.title)}</a></li>'
        for c in sorted(linked, key=lambda c: (c.deadline_at(now), c.n))
    )
    return (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Appels</title></head>'
        f"<body><main><h1>Appels à projets</h1><ul>{items}</ul></main></body></html>"
    )


def sitemap(calls: list[SimCall], now: datetime) -> str:
    urls = "".join(
        f"<url><loc>https://{SITEMAP}{c.path}</loc></url>"
        for c in sorted(calls, key=lambda c: c.n)
        if c.site == SITEMAP and c.published(now)
    )
    return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


def feed(calls: list[SimCall], now: datetime) -> str:
    items = []
    for call in feed_items(calls, now):
        docs = "".join(f'<a href="https://{FEED}{d}">{d}</a>' for d in call.documents(now))
        items.append(
            f"<item><title>{escape(call.title)}</title><link>https://{FEED}{call.path}/</link>"
            f"<guid>https://{FEED}/?p={call.n}</guid>"
            f"<pubDate>{call.appears.strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate>"
            f"<description>{escape(prose(call, now))}</description>"
            f"<content:encoded><![CDATA[<p>{prose(call, now)}</p><p>{docs}</p>]]>"
            "</content:encoded></item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>Fil</title><link>https://{FEED}/</link>{''.join(items)}</channel></rss>"
    )


def api_answer(calls: list[SimCall], now: datetime) -> str:
    notices = [
        {
            "publication-number": f"{900000 + c.n}-2026",
            "notice-type": "cn-social",
            "notice-title": {"fra": c.title},
            "buyer-name": {"fra": ["Service public de l'emploi (EXEMPLE)"]},
            "classification-cpv": ["85312000"],
            "publication-date": c.appears.strftime("%Y-%m-%d+01:00"),
            "deadline-receipt-tender-date-lot": [c.deadline_at(now).strftime("%Y-%m-%d+01:00")],
            "description-proc": {"fra": [prose(c, now)]},
            "links": {
                "html": {"FRA": f"https://ted.europa.eu/fr/notice/-/detail/{900000 + c.n}-2026"}
            },
        }
        for c in sorted(calls, key=lambda c: c.n)
        if c.site == API and c.published(now)
    ]
    return json.dumps({"notices": notices, "totalNoticeCount": len(notices)}, ensure_ascii=False)


class Sites:
    """The four sites on disk, rewritten for a moment; a page changed gets that moment as
    its Last-Modified, an unchanged one keeps its own (pages already there are old)."""

    def __init__(self, folder: Path, calls: list[SimCall]):
        self.folder, self.calls = folder, calls
        pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
        manifests = {
            FEED: ([("/feed/", "feed.xml", "application/rss+xml")], ["etag", "last_modified"]),
            LISTING: ([("/appels", "appels.html", "text/html; charset=utf-8")], ["etag"]),
            SITEMAP: ([("/sitemap.xml", "sitemap.xml", "application/xml")], []),
            API: ([], ["etag", "last_modified"]),
        }
        for host, (routes, validators) in manifests.items():
            site = folder / host
            (site / "documents").mkdir(parents=True, exist_ok=True)
            entries = [{"path": p, "file": f, "content_type": t} for p, f, t in routes]
            for call in (c for c in calls if c.site == host):
                entries.append(
                    {
                        "path": call.path,
                        "file": f"appel-{call.n}.html",
                        "content_type": "text/html; charset=utf-8",
                    }
                )
                for doc in (f"reglement-{call.n}.pdf", f"annexe-{call.n}.pdf"):
                    (site / "documents" / doc).write_bytes(pdf)
                    entries.append(
                        {
                            "path": f"/documents/{doc}",
                            "file": f"documents/{doc}",
                            "content_type": "application/pdf",
                        }
                    )
            if host == API:
                entries.append(
                    {
                        "method": "POST",
                        "path": "/v3/notices/search",
                        "file": "search.json",
                        "content_type": "application/json",
                    }
                )
            (site / "manifest.yaml").write_text(
                yaml.safe_dump({"validators": validators, "routes": entries}), encoding="utf-8"
            )

    def write(self, now: datetime, server: ReplayServer) -> None:
        files = {
            (FEED, "feed.xml"): feed(self.calls, now),
            (LISTING, "appels.html"): listing_page(self.calls, now),
            (SITEMAP, "sitemap.xml"): sitemap(self.calls, now),
            (API, "search.json"): api_answer(self.calls, now),
        }
        failures: dict[str, dict[str | None, int]] = {host: {} for host in SITES}
        for call in self.calls:
            if call.site in (LISTING, SITEMAP) and call.appears <= now:
                files[(call.site, f"appel-{call.n}.html")] = call_page(call, now, call.site)
            if call.appears > now or (call.page_404 and call.is_withdrawn(now)):
                failures[call.site][call.path] = 404
        if DOWN[0] <= now < DOWN[1]:
            failures[LISTING][None] = 503
        if FLAKY_PAGE[0] <= now < FLAKY_PAGE[1]:
            for call in self.calls:
                if call.flaky:
                    failures[SITEMAP][call.path] = 503
        for (host, name), text in files.items():
            path = self.folder / host / name
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                path.write_text(text, encoding="utf-8")
                first = next(
                    (c for c in self.calls if name == f"appel-{c.n}.html" and c.site == host), None
                )
                stamp = min(now, first.appears) if first and first.appears < START else now
                os.utime(path, (stamp.timestamp(), stamp.timestamp()))
        for host, failing in failures.items():
            server.set_failures(host, failing)


# --- the service around them --------------------------------------------------------------


class Mailbox:
    def __init__(self, clock: FixedClock):
        self.messages: list[tuple[str, str, datetime]] = []
        sink = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):
                message = email.message_from_bytes(
                    envelope.original_content, policy=email.policy.default
                )
                sink.messages.append(
                    (str(message["To"]).split("@")[0], str(message["Subject"]), clock.now())
                )
                return "250 OK"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=free_port())


def write_config(folder: Path, data: Path, smtp_port: int) -> None:
    def mail(who: str) -> dict:
        return {
            "name": "email",
            "url": f"mailto://127.0.0.1:{smtp_port}?from=veille@localhost&to={who}@asbl.example",
        }

    everything = {"relevant_only": False}
    members = [
        {
            "id": "instant",
            "name": "ASBL Instant",
            "channels": [mail("instant")],
            "subscriptions": [{"name": "s", "channels": ["email"], "filters": everything}],
        },
        {
            "id": "suiveur",
            "name": "ASBL Suiveur",
            "channels": [mail("suiveur")],
            "subscriptions": [
                {"name": "s", "channels": ["email"], "cadence": "daily", "filters": everything}
            ],
        },
        {
            "id": "hebdo",
            "name": "ASBL Hebdo",
            "channels": [mail("hebdo")],
            "subscriptions": [
                {"name": "s", "channels": ["email"], "cadence": "weekly", "filters": everything}
            ],
        },
    ]
    common = {"funder": "Service public (EXEMPLE)", "languages": ["fr"], "regions": ["Bruxelles"]}
    sources = [
        {
            "name": "fil",
            "title": "Fil",
            "type": "feed",
            "start_urls": [f"https://{FEED}/feed/"],
            "schedule": "0 7,19 * * *",
            **common,
        },
        {
            "name": "liste",
            "title": "Liste",
            "type": "listing",
            "start_urls": [f"https://{LISTING}/appels"],
            "link_pattern": f"^https://{LISTING}/appels/appel-[0-9]+$",
            "schedule": "10 7,19 * * *",
            **common,
        },
        {
            "name": "plan",
            "title": "Plan",
            "type": "sitemap",
            "start_urls": [f"https://{SITEMAP}/sitemap.xml"],
            "link_pattern": "/appels/appel-[0-9]+$",
            "schedule": "20 7,19 * * *",
            **common,
        },
        {
            "name": "marches",
            "title": "Marchés",
            "type": "json_api",
            "kind": "tender",
            "start_urls": [f"https://{API}/v3/notices/search"],
            "schedule": "30 7,19 * * *",
            "options": {"api": "ted", "query": "buyer-country=BEL", "limit": 100, "max_pages": 2},
            **common,
        },
    ]
    (folder / "members.yaml").write_text(yaml.safe_dump({"members": members}), encoding="utf-8")
    (folder / "sources.yaml").write_text(yaml.safe_dump({"sources": sources}), encoding="utf-8")
    (folder / "veille.yaml").write_text(
        yaml.safe_dump(
            {
                "bot": {"contact": "admin@example.org"},
                "data_dir": str(data),
                "admin_channels": [mail("admin")],
                "schedule": {"crawl_jitter": 0, "crawl_timeout": 120},
            }
        ),
        encoding="utf-8",
    )


def follow_everything(data: Path, now: datetime) -> None:
    """The follower marks every call Veille found, as a member would on the call's page."""
    db = open_database(data / "veille.db")
    try:
        marked = set(Marks(db).followers(shared_only=False))
        for (group,) in db.execute("select distinct group_id from calls").fetchall():
            if group not in marked:
                Marks(db).set_mark(group, "suiveur", "following", now)
    finally:
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    calls = make_calls(args.days, rng)
    mark_flaky(calls)
    work = Path(tempfile.mkdtemp(prefix="veille-changing-month-"))
    print(f"sites, configuration and database in {work}")
    sites = Sites(work / "sites", calls)
    clock = FixedClock(START)
    mailbox = Mailbox(clock)
    mailbox.controller.start()
    config_dir, data = work / "config", work / "data"
    config_dir.mkdir()
    write_config(config_dir, data, mailbox.controller.port)
    config = load_config(config_dir)
    traffic: Counter[tuple[str, int, str]] = Counter()  # (host, day, requests|bytes)
    listing_asks: Counter[str] = Counter()
    crawls: Counter[str] = Counter()
    started = time.monotonic()
    end = START + timedelta(days=args.days)
    with ReplayServer(work / "sites") as replay:
        ctx = ServiceContext(
            config=config,
            data_dir=data,
            config_dir=config_dir,
            replay_base=replay.base_url,
            pass_clock_to_crawls=True,
            deliverer=Deliverer(throttle=False),
        )
        service = Service(ctx, clock)
        while clock.now() < end:
            sites.write(clock.now(), replay)
            before = len(replay.answers)
            ran = service.run_due()
            day = (clock.now() - START).days
            for answer in replay.answers[before:]:
                traffic[(answer.host, day, "requests")] += 1
                traffic[(answer.host, day, "bytes")] += answer.bytes
                if answer.path.split("?")[0] in (
                    f"/{FEED}/feed/",
                    f"/{LISTING}/appels",
                    f"/{SITEMAP}/sitemap.xml",
                    f"/{API}/v3/notices/search",
                ):
                    listing_asks[answer.host] += 1
            crawls.update(job.split(":")[1] for job in ran if job.startswith("crawl:"))
            if any(job.startswith("crawl:") for job in ran):
                follow_everything(data, clock.now())
            following = min(
                spec.next_after(clock.now())
                for spec in service.jobs.values()
                if spec.id != "deliver"
            )
            clock.set(min(following, clock.now() + timedelta(hours=6)))
    mailbox.controller.stop()
    report(
        calls,
        data,
        mailbox.messages,
        traffic,
        listing_asks,
        crawls,
        args.days,
        time.monotonic() - started,
    )


# --- what happened, against the truth ---------------------------------------------------------


def visible(call: SimCall, moment: datetime) -> datetime:
    """When something done at `moment` could be seen: at once, or when its site (or its
    page) answered again."""
    if call.site == LISTING and DOWN[0] - INTERVAL <= moment < DOWN[1]:
        return max(moment, DOWN[1])  # the site was down at the next crawl, or when it was made
    if call.flaky and FLAKY_PAGE[0] <= moment < FLAKY_PAGE[1]:
        return FLAKY_PAGE[1]
    return moment


CHANGES = ("deadline", "documents", "withdrawn", "reopened")


def new_call_subject(call: SimCall) -> str:
    """The subject of the instant alert about `call`, as the catalogues word it."""
    kind = "tender" if call.site == API else "call_for_projects"
    return words("fr").pgettext(
        "instant alert subject", "%(heading)s: %(title)s",
        heading=new_call_heading(kind, "fr"), title=call.title,
    )  # fmt: skip


def change_alert_subject(kind: ChangeKind, title: str) -> str:
    """The subject of a change alert (one document added at a time, in this simulation)."""
    return change_subject(ChangeAlert(kind, None, None, ("annexe",)), title, "fr")


def unmarked(subject: str) -> str:
    """A subject without the "to check" mark of calls the classifier is unsure of."""
    mark = f"[{translate('fr', 'To check')}] "
    return subject.removeprefix(mark)


def hours(delta: timedelta) -> float:
    return delta.total_seconds() / 3600


def spread(values: list[float]) -> str:
    if not values:
        return "none"
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"median {statistics.median(ordered):.1f} h, p95 {p95:.1f} h, max {ordered[-1]:.1f} h"


@dataclass
class Truth:
    kind: str  # subject prefix of the alert it should make
    call: SimCall
    at: datetime
    alerted: list[datetime] = field(default_factory=list)


def report(calls, data, messages, traffic, listing_asks, crawls, days, seconds) -> None:
    db = open_database(data / "veille.db")
    rows = {row["title"]: row for row in db["calls"].rows}
    db.close()
    by_title = {call.title: call for call in calls}
    first_crawl = START
    # the words of the alerts, from the catalogues (the members read French)
    new_subject = {c.title: new_call_subject(c) for c in calls}
    change_subjects = {
        (kind, c.title): change_alert_subject(kind, c.title) for c in calls for kind in CHANGES
    }
    alert_subjects = set(new_subject.values()) | set(change_subjects.values())
    # a reminder's or a digest's subject may come back (another deadline, another day)
    subjects = Counter((to, s) for to, s, _ in messages if unmarked(s) in alert_subjects)
    duplicates = sum(n - 1 for n in subjects.values() if n > 1)
    reminders = sum(1 for _, s, _ in messages if s.startswith("Rappel"))
    digests = sum(1 for _, s, _ in messages if s.startswith("Veille, résumé"))

    # new calls: each found after the first crawl is one instant alert (the last interval's
    # calls and a day's changes are not due yet when the simulation stops)
    end = START + timedelta(days=days)
    fresh = [c for c in calls if first_crawl < c.appears <= end - INTERVAL]
    received: dict[str, datetime] = {}
    for to, subject, at in messages:
        if to == "instant":
            received.setdefault(unmarked(subject), at)
    new_alerts = {
        title: received[subject] for title, subject in new_subject.items() if subject in received
    }
    delays, missed_new, late = [], [], []
    for call in fresh:
        at = new_alerts.get(call.title)
        if at is None:
            missed_new.append(call)
            continue
        visible_from = visible(call, call.appears)
        delays.append(hours(at - visible_from))
        if at - visible_from > INTERVAL:
            late.append(call)

    # changes of followed calls: each one alert to the follower
    truths: list[Truth] = []  # every change after Veille first saw the call
    for call in calls:
        seen = rows.get(call.title)
        if seen is None:
            continue
        first_seen = datetime.fromisoformat(seen["first_seen"])
        for kind, moment in (
            ("deadline", call.extended[0] if call.extended else None),
            ("documents", call.document),
            ("withdrawn", call.withdrawn),
            ("reopened", call.back),
        ):
            if moment and first_seen < moment:
                truths.append(Truth(kind, call, moment))
    unexplained = 0  # change alerts about no change of the truth
    changes_sent = set(change_subjects.values())
    for to, subject, at in messages:
        if to != "suiveur" or subject not in changes_sent:
            continue
        matching = [t for t in truths if subject == change_subjects[(t.kind, t.call.title)]]
        for truth in matching:
            truth.alerted.append(at)
        unexplained += not matching
    due = [t for t in truths if t.at <= end - timedelta(days=1)]  # a day to be seen
    missed_changes = [t for t in due if not t.alerted]
    change_delays = [hours(t.alerted[0] - visible(t.call, t.at)) for t in due if t.alerted]

    withdrawn = {c.title for c in calls if c.withdrawn and c.title in rows}
    still = {
        c.title
        for c in calls
        if c.title in rows and c.is_withdrawn(end) and c.withdrawn <= end - timedelta(days=1)
    }
    stored = {title for title, row in rows.items() if row["status"] == "withdrawn"}
    false_withdrawals = stored - withdrawn
    admin = Counter(s for to, s, _ in messages if to == "admin")
    kinds = Counter(t.kind for t in due)
    lines = [
        f"simulated days: {days}; calls: {len(calls)} on 4 sites; crawl interval 12 h; "
        f"wall time {seconds:.0f} s",
        f"crawls per source: {dict(crawls)}; listing, feed, sitemap and API requests: "
        f"{dict(listing_asks)}",
        f"new calls after the first crawl: {len(fresh)}, alerted {len(fresh) - len(missed_new)}, "
        f"missed {len(missed_new)}; delay to the alert (from appearance, or from the site's "
        f"return for calls published while it failed): {spread(delays)}; later than one "
        f"crawl interval: {len(late)}",
        f"changes of followed calls: {len(due)} ({dict(kinds)}), change alerts to the follower "
        f"{sum(len(t.alerted) for t in due)}, missed {len(missed_changes)}, about no change "
        f"{unexplained}; delay {spread(change_delays)}",
        f"withdrawals: {len(withdrawn)} calls withdrawn on their sites, {len(still)} still "
        f"withdrawn at the end, marked withdrawn at the end {len(stored & still)} "
        f"(missed {len(still - stored)}); false withdrawals {len(false_withdrawals)}; "
        f"duplicated alerts {duplicates}",
        f"admin alerts: {dict(admin)}; reminders {reminders}; digests {digests}",
    ]
    for host in SITES:
        requests = [traffic[(host, d, "requests")] for d in range(days)]
        sent = [traffic[(host, d, "bytes")] / 1024 for d in range(days)]
        lines.append(
            f"{host:22} requests/day median {statistics.median(requests):.0f} "
            f"(max {max(requests)}), bytes/day median {statistics.median(sent):.1f} KB "
            f"(max {max(sent):.1f} KB)"
        )
    lines += [
        f"  missed new call: {c.title} ({c.site}, {c.appears:%d/%m %H:%M})" for c in missed_new
    ]
    lines += [
        f"  missed change: {t.kind} of {t.call.title} ({t.call.site}, {t.at:%d/%m %H:%M})"
        for t in missed_changes
    ]
    lines += [f"  false withdrawal: {t} ({by_title[t].site})" for t in sorted(false_withdrawals)]
    lines += [f"  withdrawal not seen: {t} ({by_title[t].site})" for t in sorted(still - stored)]
    print("\n".join(lines))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
