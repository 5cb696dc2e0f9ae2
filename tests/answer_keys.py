"""Blind test sites and their answer keys: crawl a site from its source block, score it.

Each folder of `tests/sites/<set>/<host>/` is a recorded site (`manifest.yaml`, served by
the replay server) with an `answer_key.yaml` written with the site, before Veille was run on
it: the source block a newcomer would write (start URL + link pattern only), the calls a
member must get (url, title, lang, deadline, time, opens, status) and the noise pages.

Used by `bench/unseen_sites.py` (figures) and `tests/test_unseen_sites.py` (whole values).

What counts as **noise stored**: a noise URL stored as a call with `relevant = 1`. That is
what a member would see: the digest's lists (open, forthcoming and closed views), its feeds,
and every subscription with the default `relevant_only: true`. A noise page stored but not
relevant is counted apart ("noise kept"): only a member who turned `relevant_only` off, or a
search, would meet it.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import yaml

from veille.crawler.launch import crawl_in_child
from veille.crawler.urls import normalize_url
from veille.domain.call import BRUSSELS
from veille.storage import open_database
from veille.storage.crawl_runs import CrawlRuns
from veille.storage.db import database_path

SITES = Path(__file__).resolve().parent / "sites"
DEV = SITES / "dev"
HOLDOUT = SITES / "holdout"  # kept aside: measured by the lead only, at the end


@dataclass(frozen=True)
class ExpectedCall:
    url: str
    title: str
    lang: str | None
    deadline: date | None
    time: str | None  # "HH:MM" when the page states a time, else None
    opens: date | None
    status: str


@dataclass
class AnswerKey:
    folder: Path
    source: dict[str, Any]
    recorded_on: date
    calls: list[ExpectedCall]
    noise: list[str]

    @property
    def host(self) -> str:
        return self.folder.name

    @property
    def now(self) -> datetime:
        """The crawl's clock: the recording day, 09:00 in Brussels (as the recorded sources)."""
        return datetime.combine(self.recorded_on, time(9, 0), tzinfo=BRUSSELS)


def _day(value: Any) -> date | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def load_key(folder: Path) -> AnswerKey:
    raw = yaml.safe_load((folder / "answer_key.yaml").read_text(encoding="utf-8"))
    calls = [
        ExpectedCall(
            url=call["url"],
            title=call["title"],
            lang=call.get("lang"),
            deadline=_day(call.get("deadline")),
            time=str(call["time"]) if call.get("time") else None,
            opens=_day(call.get("opens")),
            status=call["status"],
        )
        for call in raw["calls"]
    ]
    return AnswerKey(
        folder=folder,
        source=raw["source"],
        recorded_on=_day(raw["recorded_on"]) or date.today(),
        calls=calls,
        noise=[entry["url"] for entry in raw.get("noise") or []],
    )


def site_folders(root: Path) -> list[Path]:
    return sorted(p.parent for p in root.glob("*/answer_key.yaml"))


@dataclass
class CrawlResult:
    ok: bool
    stderr: str
    rows: list[dict[str, Any]]
    runs: list[dict[str, Any]]


def crawl_site(key: AnswerKey, replay_base: str, work: Path | None = None) -> CrawlResult:
    """Crawl the site through the real child-process crawl, from its source block alone."""
    with tempfile.TemporaryDirectory(prefix=f"unseen-{key.host}-") as scratch:
        folder = work or Path(scratch)
        config = folder / "config"
        config.mkdir(parents=True, exist_ok=True)
        block = {"sources": [key.source]}
        (config / "sources.yaml").write_text(
            yaml.safe_dump(block, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
        outcome = crawl_in_child(
            folder / "data",
            [key.source["name"]],
            config_dir=config,
            replay_base=replay_base,
            now=key.now.isoformat(),
            timeout=300,
        )
        database = database_path(folder / "data")
        if not database.exists():
            return CrawlResult(outcome.ok, outcome.stderr, [], [])
        db = open_database(database)
        try:
            rows = list(db.table("calls").rows)
            runs = CrawlRuns(db).recent(key.source["name"])
        finally:
            db.close()
    return CrawlResult(outcome.ok, outcome.stderr, rows, runs)


def stored_deadline(row: dict[str, Any]) -> tuple[date | None, str | None]:
    """(date, "HH:MM" or None) of a stored deadline, in Brussels time."""
    value = row.get("deadline")
    if not value:
        return None, None
    if len(value) == 10:  # a date alone: no time was stated
        return date.fromisoformat(value), None
    moment = datetime.fromisoformat(value).astimezone(BRUSSELS)
    if row.get("deadline_has_time") == 0:  # a date alone, kept at the end of its day
        return moment.date(), None
    return moment.date(), moment.strftime("%H:%M")


def stored_view(row: dict[str, Any]) -> dict[str, Any]:
    """A stored call in the answer key's terms (for whole-value comparisons)."""
    deadline, at = stored_deadline(row)
    opens = row.get("opens")
    return {
        "title": row["title"],
        "lang": row.get("lang"),
        "deadline": deadline,
        "time": at,
        "opens": date.fromisoformat(opens[:10]) if opens else None,
        "status": row["status"],
    }


def expected_view(call: ExpectedCall) -> dict[str, Any]:
    return {
        "title": call.title,
        "lang": call.lang,
        "deadline": call.deadline,
        "time": call.time,
        "opens": call.opens,
        "status": call.status,
    }


def deadline_exact(call: ExpectedCall, view: dict[str, Any]) -> bool:
    """The date, and the time when the page gives one (a missing time is not judged here)."""
    if view["deadline"] != call.deadline:
        return False
    return call.time is None or view["time"] == call.time


@dataclass
class SiteScore:
    host: str
    expected: int
    found: int = 0
    titles: int = 0
    deadlines: int = 0
    statuses: int = 0
    langs: int = 0
    opens: int = 0
    noise_total: int = 0
    noise_stored: int = 0  # noise a member would see (relevant = 1)
    noise_kept: int = 0  # noise stored but not relevant
    unexpected: int = 0  # stored URLs that are neither calls nor noise of the key (duplicates…)
    outcome: str = ""
    problems: list[str] = field(default_factory=list)


def score(key: AnswerKey, result: CrawlResult) -> SiteScore:
    by_url = {normalize_url(row["url"]): row for row in result.rows}
    found = SiteScore(key.host, len(key.calls), noise_total=len(key.noise))
    found.outcome = result.runs[0]["outcome"] if result.runs else "no crawl record"
    if not result.ok:
        found.problems.append(f"crawl failed: {result.stderr.strip()[-300:]}")
    for call in key.calls:
        row = by_url.get(normalize_url(call.url))
        if row is None:
            found.problems.append(f"missing   {call.url}")
            continue
        found.found += 1
        view = stored_view(row)
        checks = {
            "title": view["title"] == call.title,
            "deadline": deadline_exact(call, view),
            "status": view["status"] == call.status,
            "lang": view["lang"] == call.lang,
            "opens": view["opens"] == call.opens,
        }
        found.titles += checks["title"]
        found.deadlines += checks["deadline"]
        found.statuses += checks["status"]
        found.langs += checks["lang"]
        found.opens += checks["opens"]
        want = expected_view(call)
        for name, right in checks.items():
            if not right:
                keys = ("deadline", "time") if name == "deadline" else (name,)
                got = " ".join(str(view[k]) for k in keys)
                wanted = " ".join(str(want[k]) for k in keys)
                found.problems.append(f"{name:9} {call.url}\n    got  {got!r}\n    want {wanted!r}")
    for url in key.noise:
        row = by_url.get(normalize_url(url))
        if row is None:
            continue
        if row["relevant"]:
            found.noise_stored += 1
            found.problems.append(f"noise     {url} stored as a relevant call ({row['status']})")
        else:
            found.noise_kept += 1
    known = {normalize_url(u) for u in [c.url for c in key.calls] + key.noise}
    for url, row in by_url.items():
        if url not in known:
            found.unexpected += 1
            found.problems.append(f"unexpected {row['url']} ({row['title'][:60]!r})")
    return found
