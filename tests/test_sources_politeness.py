"""Crawl-delay is read from robots.txt; health decisions from crawl_runs history."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from scrapy import Request
from scrapy.http import Response
from scrapy.utils.test import get_crawler

from veille.crawler.politeness import CrawlDelayMiddleware
from veille.crawler.urls import normalize_url
from veille.domain.health import unhealthy_sources
from veille.replay_server import RECORDINGS

KBS_ROBOTS = (RECORDINGS / "kbs-frb.be" / "robots.txt").read_bytes()


def middleware(apply: bool) -> CrawlDelayMiddleware:
    crawler = get_crawler(
        settings_dict={"ROBOTSTXT_USER_AGENT": "VeilleBot", "VEILLE_APPLY_CRAWL_DELAY": apply}
    )
    crawler.stats = SimpleNamespace(
        values={}, set_value=lambda k, v: crawler.stats.values.update({k: v})
    )
    slot = SimpleNamespace(delay=0.0)
    crawler.engine = SimpleNamespace(
        downloader=SimpleNamespace(
            get_slot_key=lambda request: "kbs-frb.be",
            per_slot_settings={},
            slots={"kbs-frb.be": slot},
        )
    )
    return CrawlDelayMiddleware(crawler)


def robots_response() -> tuple[Request, Response]:
    request = Request("https://kbs-frb.be/robots.txt")
    return request, Response(request.url, body=KBS_ROBOTS, request=request)


def test_crawl_delay_is_read_and_applied_to_the_site_slot():
    mw = middleware(apply=True)
    mw.process_response(*robots_response())
    page = Request("https://kbs-frb.be/fr/appel")
    mw.process_response(page, Response(page.url, request=page))

    assert mw.delays == {"kbs-frb.be": 10.0}
    assert mw.crawler.stats.values == {"veille/crawl_delay/kbs-frb.be": 10.0}
    downloader = mw.crawler.engine.downloader
    assert downloader.slots["kbs-frb.be"].delay == 10.0
    assert downloader.per_slot_settings == {"kbs-frb.be": {"delay": 10.0}}


def test_replay_reads_the_crawl_delay_without_waiting():
    mw = middleware(apply=False)
    mw.process_response(*robots_response())

    assert mw.delays == {"kbs-frb.be": 10.0}
    assert mw.crawler.engine.downloader.slots["kbs-frb.be"].delay == 0.0


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://www.culture.be/detail/?tx_ttnews%5Btt_news%5D=1601&tx_ttnews%5BbackPid%5D=12&cHash=a1",
            "https://www.culture.be/detail/?tx_ttnews%5Btt_news%5D=1601",
        ),
        (
            "HTTPS://Equal.Brussels/fr/appel/?utm_source=mail&utm_medium=x#haut",
            "https://equal.brussels/fr/appel/",
        ),
        ("https://fse.be", "https://fse.be/"),
        ("https://x.be/p?id=3&fbclid=abc", "https://x.be/p?id=3"),
    ],
)
def test_url_normalisation(url, expected):
    assert normalize_url(url) == expected


def run(outcome: str, items: int, started: str, errors: list[str] | None = None) -> dict:
    return {"outcome": outcome, "items": items, "started": started, "errors": errors or []}


OK = run("ok", 4, "2026-11-20T06:00")
FAILED = run("failed", 0, "2026-11-27T06:00", ["HTTP 500"])
EMPTY = run("empty", 0, "2026-11-27T06:00")


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        ([], None),
        ([OK, OK], None),
        ([EMPTY], None),  # never yielded: nothing to compare with
        ([EMPTY, EMPTY], None),
        ([EMPTY, OK], "stopped_yielding"),
        ([FAILED, OK], None),  # one failure of a source that worked: not yet (N=3 in a row)
        ([FAILED, FAILED, FAILED, OK], "failing"),
        ([FAILED, FAILED], None),  # two failures: not yet N=3 in a row
        ([FAILED, FAILED, FAILED], "failing"),
        ([OK, FAILED, FAILED, FAILED], None),  # recovered
        ([run("partial", 2, "2026-11-27"), OK], None),
    ],
)
def test_health_decisions(history, expected):
    alerts = unhealthy_sources({"actiris": history})
    assert [alert.problem for alert in alerts] == ([expected] if expected else [])


def test_health_message_names_source_and_problem():
    [alert] = unhealthy_sources({"actiris": [EMPTY, OK], "cocof": [OK]})
    assert alert.source == "actiris"
    assert alert.message == (
        "Source actiris yielded no call in its last crawl (2026-11-27T06:00, outcome empty) "
        "although it yielded 4 on 2026-11-20: no error message"
    )


def test_sources_check_stops_after_one_call(replay):
    from veille.crawler.check import check_sources

    lines = check_sources(["bruxelles-economie-emploi", "forem"], replay_base=replay.base_url)

    # the crawl stops once a call is found (calls already in flight still arrive)
    parsed = [line.split()[:3] for line in lines]
    assert [(name, outcome) for name, outcome, _ in parsed] == [
        ("bruxelles-economie-emploi", "ok"),
        ("forem", "ok"),
    ]
    assert all(int(count) >= 1 for _, _, count in parsed)
