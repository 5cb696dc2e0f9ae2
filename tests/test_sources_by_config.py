"""A Belgian commune's call page is added by configuration alone, then crawled."""

from __future__ import annotations

from tests.factories import COMMUNE, RECORDED_NOW
from veille.crawler.launch import crawl_in_child
from veille.storage import CallStore, open_database
from veille.storage.crawl_runs import CrawlRuns


def test_commune_listing_added_by_configuration(replay_with_test_sites, tmp_path):
    config = tmp_path / "config"
    config.mkdir()
    (config / "sources.yaml").write_text(COMMUNE, encoding="utf-8")

    outcome = crawl_in_child(
        tmp_path / "data",
        ["ixelles"],
        config_dir=config,
        replay_base=replay_with_test_sites.base_url,
        now=RECORDED_NOW.isoformat(),
        timeout=60,
    )

    assert outcome.ok, outcome.stderr
    store = CallStore(open_database(tmp_path / "data" / "veille.db"))
    calls = {row["url"]: row for row in store.db["calls"].rows}
    base = "https://www.ixelles.be/site/fr/appels-a-projets/"
    assert {url: (row["title"], row["deadline"], row["status"]) for url, row in calls.items()} == {
        base + "cohesion-sociale-emploi-2027": (
            "Appel à projets « Cohésion sociale et emploi » 2027 (EXEMPLE)",
            "2027-01-22T12:00:00+01:00",
            "open",
        ),
        base + "fete-de-quartier-2026": (
            "Appel à projets « Fête de quartier » 2026 (EXEMPLE)",
            "2026-05-15T23:59:00+02:00",
            "closed",
        ),
    }
    assert calls[base + "cohesion-sociale-emploi-2027"]["relevant"] == 1
    assert CrawlRuns(store.db).recent("ixelles")[0]["outcome"] == "ok"
