"""A call's title and summary do not depend on the order its source's pages come back in.

The site (tests/recordings/www.villeneuve.example) names each call only in its `<title>`,
after a suffix every page shares; every page shows the commune's name as its `h1`, the same
sidebar heading and the same meta description. Only the other pages of the site tell these
apart from a call's own words, so a page read before the others used to be titled
"Commune de Villeneuve" and summarised by the site's description: which pages, depended on
network timing. Each crawl here runs in a child process against the recorded pages, served
with per-page delays that set the order they arrive in.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
import yaml

from tests.factories import RECORDED_NOW, config_folder
from veille.crawler.launch import crawl_in_child
from veille.replay_server import ReplayServer

SITE = Path(__file__).resolve().parent / "recordings" / "www.villeneuve.example"
HOST = SITE.name
BASE = f"https://{HOST}/appels/"
SOURCE = {
    "name": "villeneuve",
    "title": "Commune de Villeneuve - appels à projets",
    "funder": "Commune de Villeneuve",
    "type": "listing",
    "languages": ["fr"],
    "start_urls": [f"https://{HOST}/appels"],
    "link_pattern": r"/appels/[a-z-]+-20\d\d$",
    "regions": ["Wallonie"],
}
CALLS = [  # in the listing's order
    "insertion-jeunes-2027",
    "mentorat-emploi-2027",
    "economie-sociale-2027",
    "competences-numeriques-2027",
    "cohesion-sociale-emploi-2027",
]
TITLES = {
    BASE + "insertion-jeunes-2027": "Appel à projets « Insertion des jeunes » 2027 (EXEMPLE)",
    BASE + "mentorat-emploi-2027": "Appel à projets « Mentorat vers l'emploi » 2027 (EXEMPLE)",
    BASE + "economie-sociale-2027": (
        "Appel à candidatures « Économie sociale de quartier » 2027 (EXEMPLE)"
    ),
    BASE + "competences-numeriques-2027": (
        "Appel à projets « Compétences numériques » 2027 (EXEMPLE)"
    ),
    BASE + "cohesion-sociale-emploi-2027": (
        "Appel à projets « Cohésion sociale et emploi » 2027 (EXEMPLE)"
    ),
}
# every page is revalidated at each crawl: unchanged pages answer 304, changed ones 200
REVALIDATE = {"Cache-Control": "max-age=0"}


def site_copy(
    folder: Path, order: list[str], edits: dict[str, tuple[str, str]] | None = None
) -> Path:
    """The site, its call pages answering in `order` (a quarter of a second apart), with
    `edits` (file -> (old, new) text) made to its pages."""
    root = folder / "recordings"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(SITE, root / HOST)
    manifest_path = root / HOST / "manifest.yaml"
    manifest = yaml.safe_load(manifest_path.read_text(encoding="utf-8"))
    for route in manifest["routes"]:
        name = route["path"].rpartition("/")[2]
        if name in order:
            route["delay"] = 0.25 * order.index(name)
    manifest_path.write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")
    for name, (old, new) in (edits or {}).items():
        page = root / HOST / name
        text = page.read_text(encoding="utf-8")
        assert old in text, (name, old)
        page.write_text(text.replace(old, new), encoding="utf-8")
    return root


def crawl(recordings: Path, work: Path, **options) -> dict[str, dict]:
    """Crawl the source into `work`'s database; its calls by URL, every column."""
    source = {**SOURCE, **options}
    config = config_folder(work / "config", sources=[source], write_veille_yaml=False)
    with ReplayServer(recordings, extra_headers=REVALIDATE) as server:
        outcome = crawl_in_child(
            work / "data",
            ["villeneuve"],
            config_dir=config,
            replay_base=server.base_url,
            now=RECORDED_NOW.isoformat(),
            timeout=120,
        )
    assert outcome.ok, outcome.stderr
    return rows(work, "select * from calls")


def rows(work: Path, sql: str) -> dict[str, dict] | list[tuple]:
    with sqlite3.connect(work / "data" / "veille.db") as db:
        db.row_factory = sqlite3.Row
        found = [dict(row) for row in db.execute(sql)]
    if sql.startswith("select * from calls"):
        return {row["url"]: row for row in found}
    return [tuple(row.values()) for row in found]


def changes(work: Path) -> list[tuple]:
    return rows(
        work,
        "select calls.url, field, old, new from call_changes join calls on calls.id = call_id"
        " order by calls.url, field",
    )


def test_the_same_pages_in_another_order_give_the_same_calls(tmp_path):
    first = crawl(site_copy(tmp_path / "a", CALLS), tmp_path / "a")
    reverse = crawl(site_copy(tmp_path / "b", CALLS[::-1]), tmp_path / "b")

    assert first == reverse  # every column of every call
    assert {url: row["title"] for url, row in first.items()} == TITLES
    # the description every page repeats is the site's, never a call's summary
    assert {row["summary"] for row in first.values()} == {""}
    # attachments are still read, after the decision
    insertion = first[BASE + "insertion-jeunes-2027"]
    assert "Le jury se réunit en avril 2027." in insertion["text"]


def test_a_recrawl_where_some_pages_changed_keeps_the_others_titles(tmp_path):
    crawl(site_copy(tmp_path, CALLS), tmp_path)
    extended = {
        "mentorat-emploi-2027.html": ("le 31 janvier 2027", "le 14 février 2027"),
        "competences-numeriques-2027.html": ("le 12 avril 2027", "le 26 avril 2027"),
    }
    again = crawl(site_copy(tmp_path, CALLS[::-1], extended), tmp_path)

    assert {url: row["title"] for url, row in again.items()} == TITLES
    assert changes(tmp_path) == [
        (
            BASE + "competences-numeriques-2027",
            "deadline",
            "2027-04-12T23:59:00+02:00",
            "2027-04-26T23:59:00+02:00",
        ),
        (
            BASE + "mentorat-emploi-2027",
            "deadline",
            "2027-01-31T23:59:00+01:00",
            "2027-02-14T23:59:00+01:00",
        ),
    ]


def test_a_crawl_that_reads_few_pages_still_knows_the_site(tmp_path):
    before = crawl(site_copy(tmp_path, CALLS), tmp_path)
    # three calls are taken off the listing: the next crawl reads two call pages only
    shorter = {
        "appels.html": ('<p><a rel="next" href="/appels/page/2">Page suivante</a></p>', ""),
    }
    recordings = site_copy(tmp_path, CALLS, shorter)
    listing = recordings / HOST / "appels.html"
    text = listing.read_text(encoding="utf-8")
    start = text.index("<li><p>Appel à candidatures « Économie sociale")
    listing.write_text(text[:start] + text[text.index("</li>", start) + 5 :], encoding="utf-8")

    after = crawl(recordings, tmp_path)

    kept = [BASE + "insertion-jeunes-2027", BASE + "mentorat-emploi-2027"]
    assert {url: after[url]["title"] for url in kept} == {url: TITLES[url] for url in kept}
    assert {url: after[url]["content_hash"] for url in kept} == {
        url: before[url]["content_hash"] for url in kept
    }
    assert changes(tmp_path) == []


@pytest.mark.parametrize("limit", [1, 2])
def test_a_crawl_limited_to_n_calls_asks_for_n_call_pages(tmp_path, limit):
    """`veille sources check` and `veille sources try` stop after a few calls: the calls
    wait for the spider to be idle, so it must not ask for every page of the source."""
    config = config_folder(tmp_path / "config", sources=[SOURCE], write_veille_yaml=False)
    with ReplayServer(site_copy(tmp_path, CALLS)) as server:
        outcome = crawl_in_child(
            tmp_path / "data",
            ["villeneuve", "--max-items", str(limit)],
            config_dir=config,
            replay_base=server.base_url,
            now=RECORDED_NOW.isoformat(),
            timeout=120,
        )
        asked = [path for _, path in server.requests if path.rpartition("/")[2] in CALLS]
    assert outcome.ok, outcome.stderr
    assert len(asked) == limit
    assert len(rows(tmp_path, "select * from calls")) == limit


def test_a_crawl_near_its_time_limit_stores_the_calls_it_read(tmp_path):
    """A site too slow for the crawl's time limit loses the page it could not read, not the
    calls it read: at three quarters of the limit they are stored, before the crawl is
    killed (the service's `schedule.crawl_timeout`, `veille crawl --timeout`)."""
    recordings = site_copy(tmp_path, CALLS)
    manifest_path = recordings / HOST / "manifest.yaml"
    manifest = yaml.safe_load(manifest_path.read_text(encoding="utf-8"))
    for route in manifest["routes"]:
        if route["path"].endswith("/cohesion-sociale-emploi-2027"):
            route["delay"] = 120  # never read in time
    manifest_path.write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")
    config = config_folder(tmp_path / "config", sources=[SOURCE], write_veille_yaml=False)
    with ReplayServer(recordings) as server:
        outcome = crawl_in_child(
            tmp_path / "data",
            ["villeneuve"],
            config_dir=config,
            replay_base=server.base_url,
            now=RECORDED_NOW.isoformat(),
            timeout=30,
        )
    assert outcome.returncode is None  # killed at its time limit
    assert "the 4 calls read so far are stored now" in outcome.stderr
    stored = rows(tmp_path, "select * from calls")
    assert {url: row["title"] for url, row in stored.items()} == {
        url: title
        for url, title in TITLES.items()
        if not url.endswith("cohesion-sociale-emploi-2027")
    }
