"""A call page's publication date is its own, never a sidebar's or a future one."""

from __future__ import annotations

from datetime import date, datetime

from veille.config.loader import default_classifier
from veille.crawler.extract import read_page
from veille.domain.call import BRUSSELS
from veille.domain.normalize import normalize
from veille.domain.raw_call import RawCall

BODY = "<p>Appel à projets pour l'insertion des jeunes. Dépôt jusqu'au 15 mars 2027.</p>" * 3
SIDEBAR = (
    "<aside><h2>Agenda</h2><ul>"
    '<li><time datetime="2027-05-10">10 mai</time> Salon de l\'emploi</li>'
    '<li><time datetime="2027-06-02">2 juin</time> Job day</li></ul></aside>'
)


def page(article: str, after: str = SIDEBAR) -> str:
    return f"<html><body><main><article>{article}</article></main>{after}</body></html>"


def test_a_sidebar_event_is_not_the_publication_date() -> None:
    read = read_page(page(f"<h1>Appel insertion</h1>{BODY}"), "https://commune.example/appel")
    assert read.published is None


def test_the_article_own_time_is_its_publication_date() -> None:
    own = '<header><time datetime="2026-11-20">20 novembre 2026</time></header>'
    read = read_page(page(f"{own}<h1>Appel insertion</h1>{BODY}"), "https://commune.example/a")
    assert read.published == "2026-11-20"


def test_a_time_marked_as_published_wins_over_an_earlier_one() -> None:
    article = (
        '<p>Séance d\'info le <time datetime="2027-01-12">12 janvier</time>.</p>'
        '<p>Publié le <time itemprop="datePublished" datetime="2026-11-18">18/11</time></p>'
        f"{BODY}"
    )
    read = read_page(page(article), "https://commune.example/b")
    assert read.published == "2026-11-18"


def call_published(published: str) -> date | None:
    raw = RawCall(
        source="commune",
        url="https://commune.example/c",
        title="Appel insertion",
        text="Date limite : 15 mars 2027.",
        lang="fr",
        published=published,
    )
    now = datetime(2026, 12, 3, 9, tzinfo=BRUSSELS)
    return normalize(raw, default_classifier(), now).published


def test_a_publication_after_the_day_read_is_not_stored() -> None:
    assert call_published("2027-05-10") is None
    assert call_published("2026-11-20") == date(2026, 11, 20)
