"""Each JSON API's record-to-call function (plain JSON in, RawCall out) and the paging they share.

The records are shaped like the APIs' answers (the recordings in recordings/ have the same
shapes); the paging tests feed fake answers to the spiders, without a crawl.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from scrapy.http import Request, TextResponse
from scrapy.utils.test import get_crawler

from veille.config import load_config
from veille.crawler.spiders import spider_for
from veille.crawler.spiders.bosa import publication_call, wanted
from veille.crawler.spiders.json_api import PagedJsonApiSpider
from veille.crawler.spiders.sedia import result_call
from veille.crawler.spiders.swiftype import result_url
from veille.crawler.spiders.ted import notice_call
from veille.domain.raw_call import RawCall

CONFIG = load_config(check_secrets=False)
TED, BOSA, SEDIA, KBS = (
    CONFIG.source(name) for name in ("ted", "bosa-eprocurement", "eu-funding-tenders", "kbs-frb")
)


def test_a_ted_notice_is_a_call_in_the_sources_first_language():
    notice = {
        "publication-number": "712345-2026",
        "notice-title": {"eng": "Belgium – Coaching (EXAMPLE)", "nld": "België – Coaching"},
        "buyer-name": {"nld": ["Actiris"]},
        "classification-cpv": ["85312000", "79611000"],
        "publication-date": ["2026-11-18+01:00"],
        "deadline-receipt-tender-date-lot": ["2027-01-22+01:00", "2027-01-20+01:00"],
        "description-proc": {"nld": ["Begeleiding van werkzoekenden."]},
        "links": {"html": {"ENG": "https://ted.europa.eu/en/n/712345", "NLD": "https://nl/n"}},
    }

    assert notice_call(notice, TED) == RawCall(
        source="ted",
        url="https://nl/n",  # the first of the source's languages (fr, nl, en) it has
        source_id="712345-2026",
        title="België – Coaching",
        summary="Actiris",
        text="Begeleiding van werkzoekenden.\nCPV: 85312000, 79611000",
        lang="nl",
        funder=TED.funder,
        kind="tender",
        regions=("BE",),
        known_call=True,
        published="2026-11-18",
        deadline="2027-01-20",  # the earliest lot, a date alone (it counts until its end)
    )
    assert notice_call({"notice-title": {"fra": "Sans numéro"}}, TED) is None


def test_a_bosa_publication_is_a_call_kept_by_its_cpv_or_its_buyer():
    publication = {
        "publicationWorkspaceId": "7c1d2e3f-0001",
        "referenceNumber": "EX-2026-0001",
        "dossier": {
            "titles": [
                {"language": "NL", "text": "Begeleiding"},
                {"language": "FR", "text": "Accompagnement"},
            ],
            "descriptions": [{"language": "FR", "text": "Marché en 2 lots."}],
            "referenceNumber": "EX/2026/001",
        },
        "organisation": {"organisationNames": [{"language": "FR", "text": "Le Forem"}]},
        "cpvMainCode": {"code": "85312000"},
        "publicationDate": "2026-11-20",
        "vaultSubmissionDeadline": "2027-01-12T11:00:00",
        "tedPublished": False,
        "lots": [{"title": "Lot 1"}, {"title": "Lot 2"}],
    }

    assert publication_call(publication, BOSA) == RawCall(
        source="bosa-eprocurement",
        url="https://www.publicprocurement.be/publication-workspaces/7c1d2e3f-0001/general",
        source_id="7c1d2e3f-0001",
        title="Accompagnement",
        summary="Le Forem",
        text="Marché en 2 lots.\nLot 1\nLot 2\nCPV: 85312000",
        lang="fr",
        funder=BOSA.funder,
        kind="tender",
        regions=("BE",),
        known_call=True,
        published="2026-11-20",
        deadline="2027-01-12T11:00:00",
    )
    options = BOSA.options  # CPV prefixes 7961, 7963, 804, 805, 8531, 8532; buyers forem|…
    other_buyer = {"organisation": {"organisationNames": [{"text": "Commune X"}]}}
    assert wanted(publication, options)
    assert not wanted({**publication, "tedPublished": True}, options)  # TED has it
    assert not wanted({**publication, **other_buyer, "cpvMainCode": {"code": "45000000"}}, options)
    assert wanted({**publication, "cpvMainCode": {"code": "45000000"}}, options)  # the buyer
    with pytest.raises(ValueError, match="publicationWorkspaceId"):
        publication_call({**publication, "publicationWorkspaceId": None}, BOSA)


def sedia_result(**metadata: Any) -> dict[str, Any]:
    return {
        "reference": "47100001ESF",
        "content": "Content title",
        "summary": None,
        "metadata": {
            "type": ["1"],
            "identifier": ["ESF-2027-LABOUR"],
            "title": ["Labour-market integration (EXAMPLE)"],
            "callTitle": ["ESF+ call 2027"],
            "callccm2Id": ["47100000"],
            "es_SortDate": ["2026-11-03T00:00:00.000+0100"],
            "startDate": ["2026-11-03T00:00:00.000+0100"],
            "deadlineDate": ["2027-09-01T17:00:00.000+0200", "2026-11-20T17:00:00.000+0100"],
            "descriptionByte": ["<p>Projects <strong>test</strong> approaches.</p>"],
            "keywords": ['["Social inclusion", "Employment"]', "Mentoring"],
            **metadata,
        },
    }


def test_a_sedia_result_is_a_call_with_its_next_deadline():
    assert result_call(sedia_result(), SEDIA, "2026-11-27") == RawCall(
        source="eu-funding-tenders",
        url="https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/"
        "topic-details/ESF-2027-LABOUR",
        source_id="ESF-2027-LABOUR",
        title="Labour-market integration (EXAMPLE)",
        summary="ESF+ call 2027",
        text="Projects test approaches.\n\nSocial inclusion, Employment, Mentoring",
        lang="en",
        funder=SEDIA.funder,
        kind="call_for_projects",
        regions=("EU",),
        known_call=True,
        published="2026-11-03T00:00:00+01:00",
        opens="2026-11-03T00:00:00+01:00",
        deadline="2027-09-01T17:00:00+02:00",  # the one of 20/11 has passed
    )
    cascade = result_call(sedia_result(type=["8"]), SEDIA, "2026-11-27")
    assert cascade is not None and cascade.url.endswith("/competitive-calls-cs/47100000")
    tender = result_call(sedia_result(type=["0"]), SEDIA, "2026-11-27")
    assert tender is not None and tender.kind == "tender"
    assert result_call(sedia_result(type=["6"]), SEDIA, "2026-11-27") is None  # a news record
    assert result_call({"metadata": {"type": ["1"]}}, SEDIA, "2026-11-27") is None  # no id


def test_a_swiftype_result_leads_to_a_call_page_when_its_url_matches():
    pattern = re.compile(KBS.link_pattern or ".")

    assert [
        result_url(record, pattern)
        for record in (
            {"url": "https://kbs-frb.be/fr/appel-mentorat-2027", "type": "call"},
            {"url": "https://kbs-frb.be/fr/news/x/y"},
            {"url": 7},
            {"title": "no url"},
        )
    ] == ["https://kbs-frb.be/fr/appel-mentorat-2027", None, None, None]


# --- paging ---------------------------------------------------------------------------


def spider(source) -> PagedJsonApiSpider:
    crawler = get_crawler(spider_for(source), {"VEILLE_NOW": "2026-11-27T09:00:00+01:00"})
    found = crawler.spidercls.from_crawler(crawler, source=source)
    assert isinstance(found, PagedJsonApiSpider)
    return found


def answer(url: str, body: dict[str, Any]) -> TextResponse:
    return TextResponse(url=url, body=json.dumps(body).encode(), request=Request(url))


def next_pages(outputs: list[Any]) -> list[Request]:
    return [output for output in outputs if isinstance(output, Request)]


def ted_page(count: int, total: int) -> dict[str, Any]:
    notices = [
        {"publication-number": f"{n}-2026", "notice-title": {"fra": f"Avis {n}"}}
        for n in range(count)
    ]
    return {"notices": notices, "totalNoticeCount": total}


def test_paging_follows_the_total_and_stops_at_the_last_page():
    ted = spider(TED)  # 100 notices a page
    url = TED.start_urls[0]

    first = list(ted.parse_page(answer(url, ted_page(100, 250)), 1))
    last = list(ted.parse_page(answer(url, ted_page(50, 250)), 3))

    assert len([item for item in first if isinstance(item, RawCall)]) == 100
    [request] = next_pages(first)
    assert json.loads(request.body)["page"] == 2 and request.cb_kwargs == {"page": 2}
    assert next_pages(last) == []
    assert next_pages(list(ted.parse_page(answer(url, ted_page(0, 250)), 1))) == []  # empty


def test_paging_stops_at_max_pages_whatever_the_total_says():
    """Regression: the SEDIA spider had no page cap; a query whose filters the API dropped
    (millions of results) would have been read to its end."""
    sedia = spider(SEDIA)
    url = SEDIA.start_urls[0]
    page = {"results": [sedia_result()], "totalResults": 5_000_000}

    assert sedia.max_pages == 10
    assert next_pages(list(sedia.parse_page(answer(url, page), 9)))[0].cb_kwargs == {"page": 10}
    assert next_pages(list(sedia.parse_page(answer(url, page), 10))) == []
    ted = spider(TED)
    huge = ted_page(100, 1_000_000)
    assert next_pages(list(ted.parse_page(answer(TED.start_urls[0], huge), 5))) == []  # its cap


def test_a_total_that_is_not_a_number_ends_the_paging_with_an_error(caplog):
    bosa = spider(BOSA)
    page = {"publications": [{"publicationWorkspaceId": "x"}], "totalCount": "many"}

    outputs = list(bosa.parse_page(answer(BOSA.start_urls[0], page), 1))

    assert next_pages(outputs) == []
    assert "totalCount is not a number: 'many'" in caplog.text


def test_a_sedia_topic_listed_twice_on_a_page_is_one_call():
    sedia = spider(SEDIA)
    page = {"results": [sedia_result(), sedia_result(), "not a record"], "totalResults": 3}

    outputs = list(sedia.parse_page(answer(SEDIA.start_urls[0], page), 1))

    assert [item.source_id for item in outputs] == ["ESF-2027-LABOUR"]


def test_swiftype_pages_come_from_its_page_count():
    kbs = spider(KBS)
    kbs.engine_key = "engine-key-123"
    records = {"page": [{"url": f"https://kbs-frb.be/fr/appel-{n}"} for n in range(3)]}
    url = KBS.options.search_url

    outputs = list(
        kbs.parse_page(answer(url, {"records": records, "info": {"page": {"num_pages": 2}}}), 1)
    )

    calls = [request.url for request in outputs if request.callback == kbs.parse_call]
    [more] = [request for request in outputs if request.callback == kbs.parse_page]
    assert calls == [f"https://kbs-frb.be/fr/appel-{n}" for n in range(3)]
    assert json.loads(more.body) == {
        "engine_key": "engine-key-123",
        "q": "",
        "page": 2,
        "per_page": 50,
        "filters": {"page": {"type": ["call"]}},
    }
