"""`veille sources try URL` on sites never seen: the block it proposes, pasted into a
configuration, crawls every call of the site; a page without calls is said so plainly."""

from __future__ import annotations

import subprocess

import pytest
import yaml

from tests.answer_keys import DEV, crawl_site, load_key, site_folders
from tests.factories import VEILLE
from veille.crawler.urls import normalize_url
from veille.replay_server import ReplayServer

SITES = site_folders(DEV)


@pytest.fixture(scope="module")
def dev_sites():
    with ReplayServer([DEV]) as server:
        yield server


def sources_try(server: ReplayServer, urls: list[str], now: str) -> subprocess.CompletedProcess:
    command = [VEILLE, "sources", "try", *urls, "--replay", server.base_url, "--now", now]
    return subprocess.run(command, capture_output=True, text=True, timeout=300)


def pasted_block(output: str) -> dict:
    """The sources.yaml block that ends the output, as a user would copy it."""
    block = output[output.index("\nsources:") :]
    return yaml.safe_load(block)["sources"][0]


@pytest.mark.parametrize("folder", SITES, ids=[folder.name for folder in SITES])
def test_proposed_block_crawls_every_call(folder, dev_sites):
    key = load_key(folder)
    done = sources_try(dev_sites, key.source["start_urls"], key.now.isoformat())
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Link patterns (which links are calls)" in done.stdout
    block = pasted_block(done.stdout)
    assert block["start_urls"] == key.source["start_urls"]
    assert block["type"] == "listing"

    key.source = block  # the proposed block, pasted as is
    result = crawl_site(key, dev_sites.base_url)
    assert result.ok, result.stderr
    stored = {normalize_url(row["url"]) for row in result.rows}
    assert sorted(c.url for c in key.calls if normalize_url(c.url) not in stored) == []


def test_a_page_without_calls_is_said_so(dev_sites):
    faq = "https://www.fontaine-sur-ourthe.be/vie-associative/faq-subsides/"
    done = sources_try(dev_sites, [faq], "2026-11-27T09:00:00+01:00")
    assert done.returncode == 1
    assert "No recognisable calls" in done.stdout
