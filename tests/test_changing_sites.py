"""Sites that change over time, crawled through the real pipeline: each crawl's outcome is
what the site's manifest says it must be (tests/changing_sites/, written before the code).

One test per site, each its own rule: old Last-Modified dates (every listing still asked),
ETag only, no validator at all, Cache-Control's max-age capped at the crawl interval, a 503
on a page in the cache, calls removed or answering 404, a redesign that must not close
calls, a feed's roll-off that is not a removal, an extended deadline among cosmetic edits,
an API's complete and truncated result sets, an API's status.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.changing import HOSTS, JSON_FIELDS, SITES, write_config
from tests.factories import RECORDED_NOW
from veille.crawler.launch import crawl_in_child
from veille.domain.health import source_health
from veille.replay_server import Answer, ReplayServer
from veille.storage import open_database
from veille.storage.crawl_runs import CrawlRuns


@pytest.fixture(scope="module")
def changing_sites():
    with ReplayServer(SITES) as server:
        yield server


def crawl_at(server: ReplayServer, config: Path, data: Path, name: str, now: datetime) -> None:
    outcome = crawl_in_child(
        data,
        [name],
        config_dir=config,
        replay_base=server.base_url,
        now=now.isoformat(),
        timeout=120,
    )
    assert outcome.ok, outcome.stderr


def hours(moment: str | None, start: datetime = RECORDED_NOW) -> float | None:
    if moment is None:
        return None
    delta = datetime.fromisoformat(moment) - start
    return round(delta.total_seconds() / 3600, 2)


def decoded(field: str, value: Any) -> Any:
    return json.loads(value) if field in JSON_FIELDS and isinstance(value, str) else value


class Observed:
    """What one crawl of a scenario did, read from the site's log and the database."""

    def __init__(self, origin: str, name: str, data: Path, answers: list[Answer], now: datetime):
        self.origin, self.name, self.now = origin, name, now
        db = open_database(data / "veille.db")
        self.runs = CrawlRuns(db).recent(name, limit=20)
        self.run = self.runs[0]
        self.calls = {row["url"]: row for row in db["calls"].rows_where("source = ?", [name])}
        self.changes: dict[str, list[dict[str, Any]]] = {}
        for row in db.query(
            "select calls.url, call_changes.* from call_changes join calls "
            "on calls.id = call_changes.call_id where calls.source = ? order by call_changes.id",
            [name],
        ):
            self.changes.setdefault(row["url"], []).append(row)
        db.close()
        self.answers = [a for a in answers if not a.path.split("?")[0].endswith("/robots.txt")]

    def url(self, key: str) -> str:
        return self.origin + key if key.startswith("/") else key

    def path(self, answer: Answer) -> str:
        return "/" + answer.path.lstrip("/").split("/", 1)[1]

    def view(self, key: str, expected: Any) -> Any:
        """The observed value of one expectation, in the expectation's shape."""
        if key == "outcome":
            return self.run["outcome"]
        if key in ("new_calls", "changed_calls"):
            return self.run[key]
        if key == "errors":
            joined = " | ".join(self.run["errors"])
            return [text for text in expected if text in joined] if expected else self.run["errors"]
        if key == "health":
            alert = source_health(self.name, self.runs)
            return alert.problem if alert else None
        if key == "answers":
            found: dict[str, list[int]] = {}
            for answer in self.answers:
                found.setdefault(self.path(answer), []).append(answer.status)
            return found
        if key == "conditional":
            return {
                self.path(a): [
                    name
                    for name, value in (
                        ("etag", a.if_none_match),
                        ("last_modified", a.if_modified_since),
                    )
                    if value
                ]
                for a in self.answers
                if a.conditional
            }
        if key == "calls":
            return {url: row["status"] for url, row in self.calls.items()}
        if key == "withdrawn":
            return {
                url: {"reason": row["withdrawn_reason"], "last_seen": hours(row["last_seen"])}
                for url, row in self.calls.items()
                if row["status"] == "withdrawn"
            }
        if key == "facts":
            return {
                self.url(call): {
                    field: decoded(field, self.calls[self.url(call)][field]) for field in fields
                }
                for call, fields in expected.items()
            }
        if key == "changes":
            stamp = self.now.isoformat()
            return {
                url: [
                    [c["field"], decoded(c["field"], c["old"]), decoded(c["field"], c["new"])]
                    for c in changes
                    if c["changed_at"] == stamp
                ]
                for url, changes in self.changes.items()
                if any(c["changed_at"] == stamp for c in changes)
            }
        if key == "history":
            return {
                self.url(call): [
                    [hours(c["changed_at"]), c["field"], c["old"], c["new"]]
                    for c in self.changes.get(self.url(call), [])
                ]
                for call in expected
            }
        raise AssertionError(f"unknown expectation {key!r}")


def expected_view(origin: str, key: str, expected: Any) -> Any:
    """The expectation with its call keys as full URLs (a path is on the site's origin)."""
    if key in ("calls", "withdrawn", "changes", "facts", "history"):
        return {(origin + k if k.startswith("/") else k): v for k, v in expected.items()}
    return expected


@pytest.mark.parametrize("host", HOSTS)
def test_site_over_time(host, changing_sites, tmp_path):
    site = changing_sites.sites[host]
    scenario = site.manifest["scenario"]
    origin = site.manifest["origin"]
    name = write_config(tmp_path / "config", host, scenario["source"])
    try:
        for number, step in enumerate(scenario["steps"], 1):
            changing_sites.set_state(host, step["state"])
            since = len(changing_sites.answers)
            now = RECORDED_NOW + timedelta(hours=step["at"])
            crawl_at(changing_sites, tmp_path / "config", tmp_path / "data", name, now)
            seen = Observed(
                origin, name, tmp_path / "data", changing_sites.answers_for(host, since), now
            )
            expect = {key: value for key, value in step["expect"].items() if key != "web"}
            observed = {key: seen.view(key, value) for key, value in expect.items()}
            wanted = {key: expected_view(origin, key, value) for key, value in expect.items()}
            assert observed == wanted, f"step {number} ({step['state']}, +{step['at']} h)"
    finally:
        changing_sites.set_state(host, None)


def test_withdrawn_calls_leave_lists_feeds_and_api_and_are_cancelled_in_the_calendar(
    changing_sites, tmp_path
):
    """What readers see after the removals site's crawl whose manifest says `web`."""
    import feedparser
    import icalendar
    from starlette.testclient import TestClient

    from veille.config import load_config
    from veille.web.app import create_app

    host = "www.retraits.example"
    site = changing_sites.sites[host]
    scenario, origin = site.manifest["scenario"], site.manifest["origin"]
    config = tmp_path / "config"
    name = write_config(config, host, scenario["source"])
    (config / "veille.yaml").write_text(
        yaml.safe_dump(
            {
                "bot": {"contact": "admin@example.org"},
                "data_dir": str(tmp_path / "data"),
                "digest_url": "http://testserver/",
            }
        ),
        encoding="utf-8",
    )
    try:
        for step in scenario["steps"]:
            changing_sites.set_state(host, step["state"])
            now = RECORDED_NOW + timedelta(hours=step["at"])
            crawl_at(changing_sites, config, tmp_path / "data", name, now)
            if "web" in step["expect"]:
                break
    finally:
        changing_sites.set_state(host, None)
    wanted = step["expect"]["web"]
    db = open_database(tmp_path / "data" / "veille.db")
    ids = {row["url"]: row["id"] for row in db["calls"].rows}
    db.close()
    page = {call_id: url for url, call_id in ids.items()}  # id -> the call's address
    app = create_app(
        load_config(config),
        tmp_path / "data" / "veille.db",
        clock=lambda: now,
        secret="test-secret",
    )
    with TestClient(app) as client:
        api = client.get("/api/v1/calls").json()["calls"]
        listed_withdrawn = client.get("/api/v1/calls?status=withdrawn").json()["calls"]
        feed = feedparser.parse(client.get("/feeds/calls.atom").content)
        calendar = icalendar.Calendar.from_ical(client.get("/calendar.ics").content)
        pages = {
            path: client.get(f"/calls/{ids[origin + path]}").text for path in wanted["page_says"]
        }
        home = client.get("/").text

    def paths(urls):
        return sorted(url.removeprefix(origin) for url in urls)

    events = {str(e["url"]).rsplit("/", 1)[1]: str(e["status"]) for e in calendar.walk("VEVENT")}
    observed = {
        "open": paths(call["url"] for call in api),
        "feed": paths(page[entry.link.rsplit("/", 1)[1]] for entry in feed.entries),
        "calendar_cancelled": paths(page[i] for i, s in events.items() if s == "CANCELLED"),
        "calendar_confirmed": paths(page[i] for i, s in events.items() if s == "CONFIRMED"),
        "page_says": {
            path: [text for text in texts if text in pages[path]]
            for path, texts in wanted["page_says"].items()
        },
    }
    assert observed == {key: sorted(v) if isinstance(v, list) else v for key, v in wanted.items()}
    assert paths(call["url"] for call in listed_withdrawn) == sorted(wanted["calendar_cancelled"])
    assert all(origin + path not in home for path in wanted["calendar_cancelled"])
