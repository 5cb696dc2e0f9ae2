"""Broken sources give a health record with an error; the others in the crawl still work."""

from __future__ import annotations

import pytest
import yaml

from tests.factories import COMMUNE, RECORDED_NOW, config_folder
from veille.crawler.launch import crawl_in_child
from veille.domain.health import unhealthy_sources
from veille.storage import CallStore, open_database
from veille.storage.crawl_runs import CrawlRuns

FAULTS = {  # source name -> (type, path on faults.example)
    "no-structure": ("listing", "/no-structure"),
    "empty-feed": ("feed", "/empty-feed"),
    "gone": ("listing", "/gone"),
    "server-error": ("listing", "/server-error"),
    "too-slow": ("listing", "/slow"),
    "redirect-loop": ("listing", "/loop-a"),
    "huge-page": ("listing", "/huge"),
    "wrong-charset": ("listing", "/latin1-listing"),
}


def fault_source(name: str, kind: str, path: str) -> dict:
    source = {
        "name": name,
        "title": name,
        "funder": "Test",
        "type": kind,
        "languages": ["fr"],
        "start_urls": [f"https://faults.example{path}"],
        "regions": ["BE"],
        "options": {"timeout": 1},
    }
    if kind == "listing":
        source["link_pattern"] = "/appel-"
    return source


@pytest.fixture(scope="module")
def faulty_crawl(replay_with_test_sites, tmp_path_factory):
    root = tmp_path_factory.mktemp("faults")
    sources = yaml.safe_load(COMMUNE)["sources"] + [
        fault_source(name, kind, path) for name, (kind, path) in FAULTS.items()
    ]
    config_folder(root / "config", sources=sources, write_veille_yaml=False)
    data_dir = root / "data"

    def crawl() -> CallStore:
        outcome = crawl_in_child(
            data_dir,
            [],
            config_dir=root / "config",
            replay_base=replay_with_test_sites.base_url,
            now=RECORDED_NOW.isoformat(),
            timeout=90,
        )
        assert outcome.ok, outcome.stderr
        return CallStore(open_database(data_dir / "veille.db"))

    return crawl


def test_each_fault_is_recorded_and_other_sources_still_work(faulty_crawl):
    store = faulty_crawl()
    runs = {run["source"]: run for run in CrawlRuns(store.db).recent(limit=50)}
    outcomes = {name: runs[name]["outcome"] for name in runs}
    errors = {name: " | ".join(runs[name]["errors"]) for name in runs}

    assert outcomes == {
        "ixelles": "ok",
        "wrong-charset": "partial",
        **{name: "failed" for name in FAULTS if name != "wrong-charset"},
    }
    assert "no link matching the pattern" in errors["no-structure"]
    assert "has no entry" in errors["empty-feed"]
    assert "HTTP 404" in errors["gone"]
    assert "HTTP 500" in errors["server-error"]
    assert "TimeoutError" in errors["too-slow"]
    assert "max redirections" in errors["redirect-loop"].lower()
    assert "max size" in errors["huge-page"].lower()
    assert "declares charset" in errors["wrong-charset"]
    calls = {row["source"]: row for row in store.db["calls"].rows}
    # the mis-declared page is repaired, not stored as "Ã©"
    assert (
        calls["wrong-charset"]["title"] == "Appel à projets « Insertion des jeunes » 2027 (EXEMPLE)"
    )
    assert calls["wrong-charset"]["deadline"] == "2027-02-05T12:00:00+01:00"
    assert store.count("source = ?", ["ixelles"]) == 2


def test_health_alert_fires_after_repeated_failures(faulty_crawl):
    # Crawl until every source has three runs in a row, whether or not the module's first
    # test already crawled once (so the test also passes when selected alone).
    by_source: dict[str, list[dict]] = {}
    for _ in range(3):
        store = faulty_crawl()
        by_source = {}
        for run in CrawlRuns(store.db).recent(limit=200):
            by_source.setdefault(run["source"], []).append(run)
        if min(len(runs) for runs in by_source.values()) >= 3:
            break

    alerts = {alert.source: alert for alert in unhealthy_sources(by_source)}

    assert set(alerts) == {name for name in FAULTS if name != "wrong-charset"}
    assert alerts["gone"].problem == "failing"
    assert (
        "failed its last 3 crawls" in alerts["gone"].message
        and "HTTP 404" in alerts["gone"].message
    )
