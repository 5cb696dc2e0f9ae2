"""What a spider yields is a RawCall, checked by one Validate step before it is stored."""

from __future__ import annotations

import pytest
from scrapy.exceptions import DropItem

from tests.factories import RECORDED_NOW, config_folder
from veille.crawler.launch import crawl_in_child
from veille.crawler.pipelines import Validate
from veille.domain.raw_call import RawCall, problems
from veille.storage import CallStore, open_database
from veille.storage.crawl_runs import CrawlRuns

GOOD = RawCall(source="ted", url="https://ted.europa.eu/fr/notice/-/detail/1-2026", title="Avis")


def test_a_well_formed_call_has_no_problem_and_passes_unchanged():
    assert problems(GOOD) == []
    assert Validate().process_item(GOOD) is GOOD


def test_every_wrong_field_is_named():
    odd = RawCall(
        source="",
        url="/relative/page",
        title=None,  # type: ignore[arg-type]
        lang=3,  # type: ignore[arg-type]
        known_call="yes",  # type: ignore[arg-type]
        attachments=["https://x.example/a.pdf"],  # type: ignore[arg-type]
        regions=("BE", 5),  # type: ignore[arg-type]
    )

    assert problems(odd) == [
        "no source name",
        "url is not an http(s) address",
        "title should be text, not NoneType",
        "lang should be text or nothing, not int",
        "regions should be a list of text, not tuple",
        "known_call should be true or false, not str",
        "attachments should be a list of text, not list",
    ]
    assert problems({"url": "https://x.example/"}) == ["a dict is not a RawCall"]


def test_a_malformed_item_is_dropped_with_its_reason_at_error_level():
    with pytest.raises(DropItem) as dropped:
        Validate().process_item(RawCall(source="ted", url=7))  # type: ignore[arg-type]

    assert str(dropped.value) == "malformed call from 7: url is not an http(s) address"
    assert dropped.value.log_level == "ERROR"


def test_a_malformed_record_is_reported_and_the_crawl_goes_on(replay_with_test_sites, tmp_path):
    source = {
        "name": "ted-malformed",
        "title": "TED (a notice whose address is a number)",
        "funder": "Test",
        "type": "json_api",
        "kind": "tender",
        "languages": ["fr"],
        "start_urls": ["https://faults.example/ted-malformed"],
        "regions": ["BE"],
        "options": {"api": "ted", "query": "buyer-country=BEL"},
    }
    config = config_folder(tmp_path / "config", sources=[source], write_veille_yaml=False)

    outcome = crawl_in_child(
        tmp_path / "data",
        ["ted-malformed"],
        config_dir=config,
        replay_base=replay_with_test_sites.base_url,
        now=RECORDED_NOW.isoformat(),
        timeout=60,
    )

    assert outcome.ok, outcome.stderr
    store = CallStore(open_database(tmp_path / "data" / "veille.db"))
    assert [row["url"] for row in store.db["calls"].rows] == [
        "https://ted.europa.eu/fr/notice/-/detail/700001-2026"
    ]
    [run] = CrawlRuns(store.db).recent("ted-malformed")
    assert (run["outcome"], run["items"]) == ("partial", 1)
    [error] = run["errors"]
    assert error.startswith(
        "ERROR: Dropped: malformed call from 700002: url is not an http(s) address"
    )
