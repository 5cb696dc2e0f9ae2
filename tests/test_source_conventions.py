"""Every declared source follows the conventions, checked by one parametrized test."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import pytest

from veille.config import load_config
from veille.config.schema import check_cron
from veille.domain.vocabulary import KINDS, LANGUAGES
from veille.replay_server import RECORDINGS, load_sites

SOURCES = load_config(check_secrets=False).sources
SITES = load_sites(RECORDINGS)


@pytest.mark.parametrize("source", SOURCES, ids=lambda source: source.name)
def test_source_conventions(source):
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", source.name)
    assert source.languages and set(source.languages) <= set(LANGUAGES)
    assert check_cron(source.schedule)
    assert source.kind in KINDS
    assert source.funder.strip() and source.regions
    for url in source.start_urls:
        host = urlsplit(url).netloc.lower()
        site = SITES.get(host)
        assert site is not None, f"no recording for {host}"
        assert str(site.manifest["recorded_on"]) == "2026-11-27"
        provenance = site.manifest.get("provenance") or {}
        assert provenance.get("seen", "").strip() and provenance.get("assumed", "").strip()
        path = urlsplit(url).path or "/"
        api = getattr(source.options, "api", None)
        method = "POST" if source.type in ("sedia", "json_api") and api != "swiftype" else "GET"
        assert any(route.path == path and route.method == method for route in site.routes), (
            f"{method} {path} is not recorded for {host}"
        )
    if source.type in ("listing", "sitemap") or getattr(source.options, "api", None) == "swiftype":
        assert source.link_pattern, "a page-following source needs a link_pattern"
