"""Bad input on a listing read without selectors: thousands of links, a pager that loops,
a 50 MB page, a title of 5,000 characters, a broken <dt> structure, JSON-LD that is not
JSON. Each is bounded and reported in the source's health; no crash, no call lost beside.

The site is written here, into a temporary folder served by the replay server.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.factories import RECORDED_NOW, config_folder
from veille.crawler.launch import crawl_in_child
from veille.crawler.listing_page import MAX_CALLS
from veille.replay_server import ReplayServer
from veille.storage import open_database
from veille.storage.crawl_runs import CrawlRuns
from veille.storage.db import database_path

HOST = "www.bad-input.example"
SITE = f"https://{HOST}"
MANY = MAX_CALLS + 100  # call links on one listing page, among thousands of other links


def page(title: str, body: str, head: str = "") -> str:
    return (
        f'<!doctype html><html lang="fr"><head><title>{title[:80]} – Bad Input</title>{head}'
        f"</head><body><header><h1>Bad Input asbl</h1></header><main>{body}</main></body></html>"
    )


def listing(links: list[str], next_url: str | None) -> str:
    items = "".join(f'<li><h2><a href="{url}">{text}</a></h2></li>' for url, text in links)
    pager = f'<nav class="pager"><a href="{next_url}">Suivant ›</a></nav>' if next_url else ""
    return page("Appels", f"<h1>Appels à projets</h1><ul>{items}</ul>{pager}")


def call(title: str, extra: str = "", head: str = "") -> str:
    body = (
        f"<article><h1>{title}</h1><p>Appel à projets pour l'insertion socioprofessionnelle "
        f"des demandeurs d'emploi.</p>{extra}</article>"
    )
    return page(title, body, head)


GOOD = {  # path -> (title, the page's extra content, head)
    "/appels/bon-1": ("Appel à projets « Bon 1 » 2027", "<p>Date limite : 15 janvier 2027</p>"),
    "/appels/bon-2": ("Appel à projets « Bon 2 » 2027", "<p>Date limite : 16 janvier 2027</p>"),
    "/appels/bon-3": ("Appel à projets « Bon 3 » 2027", "<p>Date limite : 17 janvier 2027</p>"),
    "/appels/dl-casse": (
        "Appel à projets « Définitions cassées » 2027",
        "<dl><dd>une valeur sans libellé</dd><dt>Date limite<dd>18 janvier 2027</dl>"
        "<dt>Libellé perdu</dt><dd>valeur perdue</dd><dl><dt></dt><dt>Seul</dt></dl>",
    ),
    "/appels/json-ld-casse": (
        "Appel à projets « JSON-LD cassé » 2027",
        "<p>Date limite : 19 janvier 2027</p>",
    ),
}
LONG_TITLE = "Appel à projets " + "très " * 1000 + "long"


@pytest.fixture(scope="module")
def bad_site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("bad-input")
    folder = root / HOST
    folder.mkdir()
    files: dict[str, str] = {
        "robots.txt": "User-agent: *\nDisallow:\n",
        "page-1.html": listing(
            [(f"{SITE}{path}", title) for path, (title, _) in list(GOOD.items())[:1]]
            + [(f"{SITE}/appels/{name}", name) for name in ("titre-long", "dl-casse")]
            + [(f"{SITE}/appels/{name}", name) for name in ("json-ld-casse", "enorme")],
            f"{SITE}/appels/?page=2",
        ),
        "page-2.html": listing([(f"{SITE}/appels/bon-2", "Bon 2")], f"{SITE}/appels/?page=3"),
        # page 3 leads back to page 1 under another address: the pager loops
        "page-3.html": listing([(f"{SITE}/appels/bon-3", "Bon 3")], f"{SITE}/appels/?page=1"),
        "long.html": call(LONG_TITLE, "<p>Date limite : 20 janvier 2027</p>"),
        "huge.html": call("Énorme", "<p>" + "x" * 1000 + "</p>"),
        "small.html": call("Appel à projets « Un parmi beaucoup » 2027"),
    }
    for path, (title, extra) in GOOD.items():
        broken = '<script type="application/ld+json">{"@type": "Event", name: </script>'
        files[path.rsplit("/", 1)[1] + ".html"] = call(
            title, extra, broken if "json-ld" in path else ""
        )
    others = "".join(f'<a href="/ailleurs/{n}">lien {n}</a> ' for n in range(5000))
    many = "".join(f'<a href="/mille/appel-{n}">Appel {n}</a> ' for n in range(MANY))
    files["many.html"] = page("Beaucoup", f"<h1>Appels</h1><p>{others}</p><p>{many}</p>")
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    routes = [
        {"path": "/robots.txt", "file": "robots.txt", "content_type": "text/plain"},
        # a route without a query answers any query: the pages with one come first
        {"path": "/appels/", "query": {"page": "1"}, "file": "page-1.html"},
        {"path": "/appels/", "query": {"page": "2"}, "file": "page-2.html"},
        {"path": "/appels/", "query": {"page": "3"}, "file": "page-3.html"},
        {"path": "/appels/", "file": "page-1.html"},
        {"path": "/appels/titre-long", "file": "long.html"},
        {"path": "/appels/enorme", "file": "huge.html", "repeat_mb": 50},
        {"path": "/mille/", "file": "many.html"},
        *({"path": path, "file": path.rsplit("/", 1)[1] + ".html"} for path in GOOD),
        *({"path": f"/mille/appel-{n}", "file": "small.html"} for n in range(MANY)),
    ]
    for route in routes:
        route.setdefault("content_type", "text/html; charset=utf-8")
    manifest = {"origin": SITE, "recorded_on": "2026-11-27", "routes": routes}
    (folder / "manifest.yaml").write_text(yaml.safe_dump(manifest), encoding="utf-8")
    return root


def source(name: str, path: str, pattern: str, **options) -> dict:
    return {
        "name": name,
        "title": name,
        "funder": "Bad Input asbl",
        "type": "listing",
        "languages": ["fr"],
        "start_urls": [f"{SITE}{path}"],
        "link_pattern": pattern,
        **({"options": options} if options else {}),
    }


@pytest.fixture(scope="module")
def crawled(bad_site, tmp_path_factory):
    root = tmp_path_factory.mktemp("bad-input-crawl")
    sources = [
        source("bad-input", "/appels/", "/appels/[^/?#]+$"),
        source("many-links", "/mille/", "/mille/appel-\\d+$"),
        source("few-pages", "/appels/", "/appels/[^/?#]+$", max_listing_pages=2),
    ]
    config_folder(root / "config", sources=sources, write_veille_yaml=False)
    with ReplayServer([bad_site]) as server:
        outcome = crawl_in_child(
            root / "data",
            [],
            config_dir=root / "config",
            replay_base=server.base_url,
            now=RECORDED_NOW.isoformat(),
            timeout=240,
        )
        requested = [path for _, path in server.requests]
    db = open_database(database_path(root / "data"))
    rows = list(db.table("calls").rows)
    runs = {run["source"]: run for run in CrawlRuns(db).recent(limit=10)}
    db.close()
    return outcome, rows, runs, requested


def test_bad_input_is_bounded_and_the_other_calls_are_stored(crawled):
    outcome, rows, runs, requested = crawled
    assert outcome.ok, outcome.stderr
    calls = {
        row["url"]: (row["title"], (row["deadline"] or "")[:10])
        for row in rows
        if row["source"] == "bad-input"
    }
    assert calls == {
        f"{SITE}/appels/bon-1": ("Appel à projets « Bon 1 » 2027", "2027-01-15"),
        f"{SITE}/appels/bon-2": ("Appel à projets « Bon 2 » 2027", "2027-01-16"),
        f"{SITE}/appels/bon-3": ("Appel à projets « Bon 3 » 2027", "2027-01-17"),
        f"{SITE}/appels/dl-casse": ("Appel à projets « Définitions cassées » 2027", "2027-01-18"),
        f"{SITE}/appels/json-ld-casse": ("Appel à projets « JSON-LD cassé » 2027", "2027-01-19"),
        f"{SITE}/appels/titre-long": (LONG_TITLE[:297].rsplit(" ", 1)[0] + "…", "2027-01-20"),
    }
    errors = " | ".join(runs["bad-input"]["errors"])
    assert runs["bad-input"]["outcome"] == "partial"
    assert f"a title of {len(LONG_TITLE)} characters was cut to 300" in errors
    assert "a JSON-LD block is not JSON" in errors
    assert f"cannot read {SITE}/appels/enorme" in errors  # over the 20 MB limit
    # the pager that loops (page 3 leads to page 1 under another address): read once
    listings = [path for path in requested if path.startswith(f"/{HOST}/appels/?")]
    assert sorted(set(listings)) == [f"/{HOST}/appels/?page={n}" for n in (1, 2, 3)]
    assert listings.count(f"/{HOST}/appels/?page=1") == 1


def test_thousands_of_links_are_read_up_to_a_bound(crawled):
    _, rows, runs, _ = crawled
    assert sum(1 for row in rows if row["source"] == "many-links") == MAX_CALLS
    assert runs["many-links"]["outcome"] == "partial"
    assert any(f"only the first {MAX_CALLS} were read" in e for e in runs["many-links"]["errors"])


def test_a_listing_longer_than_its_page_limit_says_so(crawled):
    _, rows, runs, _ = crawled
    assert any("more than 2 pages" in error for error in runs["few-pages"]["errors"])
    stored = {row["url"] for row in rows if row["source"] == "few-pages"}
    assert f"{SITE}/appels/bon-2" in stored and f"{SITE}/appels/bon-3" not in stored
