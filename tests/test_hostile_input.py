"""Arbitrary, hostile input: no crash and no hang in the parsers and extractors.

Each property runs a fixed number of generated inputs (printed at the end); the long
fuzzing run is `python bench/fuzz.py`.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scrapy.http import HtmlResponse, Request, TextResponse, XmlResponse

from veille.config.loader import default_classifier, load_config
from veille.crawler.extract import extract_page, html_to_text, read_page, settle_title
from veille.crawler.site_memory import MAX_HEADINGS_PER_PAGE, PageTraits, SiteMemory
from veille.crawler.spiders import spider_for
from veille.domain.call import BRUSSELS
from veille.domain.dates import extract_deadline, find_dates
from veille.domain.normalize import normalize
from veille.domain.raw_call import RawCall

TRIED: Counter[str] = Counter()
SETTINGS = settings(deadline=2000, suppress_health_check=[HealthCheck.too_slow])
CLASSIFIER = default_classifier()
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=BRUSSELS)

tags = st.sampled_from(["p", "div", "h1", "h2", "h3", "a", "main", "script", "table", "li", "br"])
words = st.text(min_size=0, max_size=40)
html_fragments = st.recursive(
    words.map(lambda text: text.replace("<", "&lt;")),
    lambda inner: st.tuples(tags, st.lists(inner, max_size=4)).map(
        lambda pair: f"<{pair[0]} href='{pair[0]}.pdf'>{''.join(pair[1])}</{pair[0]}>"
    ),
    max_leaves=30,
)
hostile_html = st.one_of(
    html_fragments,
    st.text(max_size=2000),
    st.binary(max_size=2000).map(lambda raw: raw.decode("latin-1")),
)
date_like = st.one_of(
    st.text(max_size=300),
    st.lists(
        st.sampled_from(
            [
                "date limite",
                "au plus tard le",
                "uiterlijk",
                "deadline",
                "bis zum",
                "31",
                "12h00",
                "février",
                "septembre",
                "2027",
                "/",
                ".",
                "midi",
                "minuit",
                "du",
                "au",
                "vom",
                "bis",
                "appel permanent",
                "om 10u00",
                "5pm",
                "29.02.24",
                "1er",
                "lundi",
                "0",
                "99",
                "\n",
            ]
        ),
        max_size=30,
    ).map(" ".join),
)


@SETTINGS
@given(html=hostile_html)
def test_page_extraction_never_crashes(html):
    TRIED["extract_page"] += 1
    page = extract_page(html, "https://www.commune.example/appels/1")
    assert isinstance(page.text, str) and isinstance(page.title, str)
    assert all(url.startswith(("http://", "https://")) for url in page.links)
    assert isinstance(html_to_text(html), str)


@SETTINGS
@given(text=date_like, reference=st.dates(date(1990, 1, 1), date(2100, 12, 31)))
def test_date_extraction_never_crashes(text, reference):
    TRIED["dates"] += 1
    found = extract_deadline(text, reference, None)
    assert found is None or found.date is None or 1900 < found.date.year < 2200
    find_dates(text, reference, None)


@SETTINGS
@given(
    title=st.text(max_size=200),
    text=st.text(max_size=2000),
    lang=st.sampled_from([None, "fr", "nl", "en", "de", "xx"]),
)
def test_classification_and_normalisation_never_crash(title, text, lang):
    TRIED["normalize"] += 1
    call = normalize(
        RawCall(source="fuzz", url="https://example.org/x", title=title, text=text, lang=lang),
        CLASSIFIER,
        NOW,
    )
    assert 0.0 <= call.score <= 1.0
    for match in call.matches:
        field = {"title": call.title, "summary": call.summary, "text": call.text}[match["field"]]
        assert 0 <= match["start"] <= match["end"] <= len(field)


def test_a_page_of_thousands_of_headings_is_held_small():
    """A call page waits, read, until its source's other pages are read: a page of 2,000
    headings keeps its best hundred candidates and teaches the site a hundred headings."""
    headings = "".join(f"<div><h2>Rubrique {n}</h2></div>" for n in range(2_000))
    text = "Appel à projets pour l'insertion socioprofessionnelle des demandeurs d'emploi."
    html = (
        f"<html><body>{headings}<main><h1>Appel à projets X</h1><p>{text}</p></main></body></html>"
    )
    page = read_page(html, "https://www.commune.example/appels/x")
    assert page.title_evidence is not None
    assert len(page.title_evidence.candidates) == 100
    assert len(page.headings) == MAX_HEADINGS_PER_PAGE
    traits = PageTraits.of(page.headings, page.head_title, page.site_name)
    assert len(traits.marks()) == MAX_HEADINGS_PER_PAGE
    assert settle_title(page, SiteMemory().about(traits)).title == "Appel à projets X"


SOURCES = load_config().sources
RESPONSES = {
    "feed": XmlResponse,
    "sitemap": XmlResponse,
    "listing": HtmlResponse,
    "sections": HtmlResponse,
}  # API sources get a plain TextResponse


@pytest.mark.parametrize("source", SOURCES, ids=[source.name for source in SOURCES])
def test_spiders_survive_arbitrary_bodies(source):
    """Garbage in: an error logged for the health record, never an exception."""
    spider = spider_for(source)(source=source)
    url = source.start_urls[0]
    response_class = RESPONSES.get(source.type, TextResponse)

    @SETTINGS
    @given(
        body=st.one_of(
            st.binary(max_size=3000),
            st.text(max_size=3000).map(str.encode),
            st.just(b""),
            st.just(b"[1, 2]"),
            st.just(json.dumps({"results": [{"metadata": {"title": 3}}], "notices": [7]}).encode()),
        )
    )
    def check(body):
        TRIED[f"spider:{source.type}"] += 1
        response = response_class(url=url, body=body, request=Request(url))
        outputs = list(spider.parse(response) or [])
        assert all(isinstance(output, (RawCall, Request)) for output in outputs)

    check()


def test_zz_report_inputs_tried():
    print("\nhostile inputs tried:", dict(TRIED), "total", sum(TRIED.values()))
    assert sum(TRIED.values()) >= 3 * settings().max_examples
