"""A connection dropped without an answer: recovered by a retry it is no failure of the crawl;
dropped on every try it is one, with its cause named."""

from __future__ import annotations

import pytest
import yaml

from tests.factories import COMMUNE, RECORDED_NOW, config_folder
from veille.crawler.launch import crawl_in_child
from veille.storage import CallStore, open_database
from veille.storage.crawl_runs import CrawlRuns

HOST = "www.ixelles.be"
LISTING = "/site/fr/appels-a-projets"


@pytest.fixture
def crawl_ixelles(replay_with_test_sites, tmp_path):
    """Crawl the recorded commune, its listing's connection dropped `drops` times first."""
    config = config_folder(
        tmp_path / "config", sources=yaml.safe_load(COMMUNE)["sources"], write_veille_yaml=False
    )
    server = replay_with_test_sites

    def crawl(drops: int) -> tuple[dict, int]:
        server.drop(HOST, LISTING, drops)
        data_dir = tmp_path / f"data-{drops}"
        outcome = crawl_in_child(
            data_dir,
            [],
            config_dir=config,
            replay_base=server.base_url,
            now=RECORDED_NOW.isoformat(),
            timeout=90,
        )
        assert outcome.ok, outcome.stderr
        store = CallStore(open_database(data_dir / "veille.db"))
        (run,) = CrawlRuns(store.db).recent(limit=10)
        return run, store.db["calls"].count

    yield crawl
    server.heal(HOST)


def test_a_connection_dropped_once_is_retried_and_the_crawl_is_clean(crawl_ixelles):
    clean, calls_clean = crawl_ixelles(drops=0)
    run, calls = crawl_ixelles(drops=1)
    assert (run["outcome"], run["errors"]) == (clean["outcome"], clean["errors"]) == ("ok", [])
    assert calls == calls_clean > 0


def test_a_connection_dropped_on_every_try_fails_the_crawl_and_says_why(crawl_ixelles):
    run, calls = crawl_ixelles(drops=10)
    assert run["outcome"] == "failed"
    assert calls == 0
    assert any("DownloadFailedError" in error for error in run["errors"]), run["errors"]
