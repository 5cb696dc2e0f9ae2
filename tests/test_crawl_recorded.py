"""The three first sources, crawled from recordings over HTTP through the real pipeline."""

from veille.storage import CallStore, open_database
from veille.storage.crawl_runs import CrawlRuns


def stored(data_dir) -> dict[str, dict]:
    store = CallStore(open_database(data_dir / "veille.db"))
    return {row["url"]: row for row in store.db["calls"].rows}


def runs(data_dir) -> list[dict]:
    return CrawlRuns(open_database(data_dir / "veille.db")).recent()


def test_sedia_api_calls(crawl):
    calls = stored(crawl("eu-funding-tenders"))
    topic = "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/"

    assert sorted(calls) == sorted(
        topic + ident
        for ident in (
            "ESF-2027-SOCINNOV-LABOUR-EXAMPLE",
            "CERV-2027-CHILD-EXAMPLE",
            "ERASMUS-EDU-2027-PEX-EXAMPLE",
            "HORIZON-CL5-2024-D2-01-03",
        )
    )
    esf = calls[topic + "ESF-2027-SOCINNOV-LABOUR-EXAMPLE"]
    assert esf["deadline"] == "2027-03-11T17:00:00+01:00"
    assert esf["status"] == "open"
    assert esf["relevant"] == 1
    assert calls[topic + "HORIZON-CL5-2024-D2-01-03"]["status"] == "closed"
    assert calls[topic + "ERASMUS-EDU-2027-PEX-EXAMPLE"]["status"] == "forthcoming"


def test_wordpress_feed_calls(crawl):
    calls = stored(crawl("cocof"))

    isp = calls[
        "https://ccf.brussels/appel-a-projets-insertion-socioprofessionnelle-des-jeunes-2027-exemple/"
    ]
    assert isp["deadline"] == "2027-01-15T12:00:00+01:00"
    assert isp["relevant"] == 1
    assert isp["attachments"] == (
        '["https://ccf.brussels/wp-content/uploads/2026/11/'
        'reglement-appel-isp-jeunes-2027-exemple.pdf", '
        '"https://ccf.brussels/wp-content/uploads/2026/11/formulaire-candidature-exemple.docx"]'
    )
    mentoring = calls["https://ccf.brussels/appel-a-projets-parrainage-tutorat-exemple/"]
    assert mentoring["deadline"] == "2027-02-26T23:59:00+01:00"
    assert "mentoring" in mentoring["topics"]
    assert calls["https://ccf.brussels/communique-plan-hiver-exemple/"]["relevant"] == 0
    assert (
        calls["https://ccf.brussels/appel-a-projets-culture-patrimoine-2027-exemple/"]["relevant"]
        == 0
    )


def test_listing_and_detail_pages(crawl, replay):
    calls = stored(crawl("bruxelles-economie-emploi"))
    base = "https://economie-emploi.brussels/appel-projets-"

    assert sorted(calls) == [
        base + "commerce-local-2026",
        base + "diversite-entreprises-2027",
        base + "economie-sociale-insertion-2027",
        base + "mentorat-chercheurs-emploi",
    ]
    insertion = calls[base + "economie-sociale-insertion-2027"]
    assert insertion["title"] == "Appel à projets « Économie sociale d'insertion » 2027 (EXEMPLE)"
    assert insertion["deadline"] == "2027-01-29T12:00:00+01:00"  # not the info session date
    assert insertion["status"] == "open"
    assert "Mentions légales" not in insertion["text"]  # footer and navigation left out
    assert calls[base + "commerce-local-2026"]["status"] == "closed"
    assert calls[base + "mentorat-chercheurs-emploi"]["deadline"] == "2027-02-12T23:59:00+01:00"
    # robots.txt forbids query strings on this site: the pager link was never requested
    assert not any("?" in path for _, path in replay.requests if "economie-emploi" in path)
    assert ("GET", "/economie-emploi.brussels/robots.txt") in replay.requests


def test_recrawl_adds_no_duplicate_and_records_health(crawl, tmp_path):
    data_dir = crawl("cocof", "bruxelles-economie-emploi")
    crawl("cocof", "bruxelles-economie-emploi", data_dir=data_dir)

    assert len(stored(data_dir)) == 8
    latest = {run["source"]: run for run in reversed(runs(data_dir))}
    assert latest["cocof"]["outcome"] == "ok"
    assert latest["cocof"]["items"] == 4
    assert latest["cocof"]["new_calls"] == 0  # the second crawl found nothing new
    assert latest["bruxelles-economie-emploi"]["items"] == 4
