"""Sites Veille has never seen (tests/sites/dev, and tests/sites/holdout once its figure was
measured): each crawled from its start URL and link pattern alone, as a newcomer declares it,
gives exactly the calls of its answer key.

The answer keys were written with the sites, before Veille was run on them; they are never
edited to fit. Whole values: every call's title, language, deadline (date, and time when
the page gives one), opening date and status; no noise page stored as a relevant call.
"""

from __future__ import annotations

import pytest

from tests.answer_keys import (
    DEV,
    HOLDOUT,
    crawl_site,
    expected_view,
    load_key,
    site_folders,
    stored_view,
)
from veille.crawler.urls import normalize_url
from veille.replay_server import ReplayServer

SITES = site_folders(DEV) + site_folders(HOLDOUT)


@pytest.fixture(scope="module")
def dev_sites():
    with ReplayServer([DEV, HOLDOUT]) as server:
        yield server


@pytest.mark.parametrize("folder", SITES, ids=[folder.name for folder in SITES])
def test_unseen_site_gives_its_answer_key(folder, dev_sites):
    key = load_key(folder)
    asked_before = len(dev_sites.requests)
    result = crawl_site(key, dev_sites.base_url)
    assert result.ok, result.stderr
    stored = {normalize_url(row["url"]): row for row in result.rows}

    def view(url: str) -> dict | None:
        row = stored.get(normalize_url(url))
        if row is None:
            return None
        return stored_view(row)

    expected = {call.url: expected_view(call) for call in key.calls}
    assert {url: view(url) for url in expected} == expected
    noise = {url for url in key.noise if stored.get(normalize_url(url), {}).get("relevant")}
    assert noise == set()
    called = {normalize_url(url) for url in [c.url for c in key.calls] + key.noise}
    assert sorted(url for url in stored if url not in called) == []
    # every page or document the site did not answer (a link to a file it does not have) is
    # named in the crawl's health record, which says why the crawl is partial
    refused = {
        "/" + path.split("/", 2)[2]  # the site's own path: the replay server prefixes the host
        for method, path in dev_sites.requests[asked_before:]
        if dev_sites.find(method, path) is None and not path.endswith("/robots.txt")
    }
    [run] = result.runs
    assert [path for path in sorted(refused) if path not in " ".join(run["errors"])] == []
    assert run["outcome"] == ("partial" if refused else "ok")
