"""Every new source crawled once, together, from its recording through the real pipeline."""

from __future__ import annotations

import pytest

from tests.factories import RECORDED_NOW
from veille.config.loader import DEMO
from veille.crawler.launch import crawl_in_child
from veille.storage import CallStore, open_database
from veille.storage.crawl_runs import CrawlRuns

SOURCES = [
    "ted",
    "bosa-eprocurement",
    "forem",
    "agence-fse",
    "europa-wse",
    "wallonie",
    "actiris",
    "equal-brussels",
    "hub-brussels",
    "culture-be",
    "fwb",
    "kbs-frb",
    "departement-wse",
]


@pytest.fixture(scope="module")
def crawled(replay, tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("sources")
    outcome = crawl_in_child(
        data_dir,
        SOURCES,
        config_dir=DEMO,
        replay_base=replay.base_url,
        now=RECORDED_NOW.isoformat(),
        timeout=120,
    )
    assert outcome.ok, outcome.stderr
    store = CallStore(open_database(data_dir / "veille.db"))
    calls: dict[str, dict[str, dict]] = {}
    for row in store.db["calls"].rows:
        calls.setdefault(row["source"], {})[row["url"]] = row
    runs = {run["source"]: run for run in CrawlRuns(store.db).recent(limit=100)}
    return calls, runs


def summary(rows: dict[str, dict]) -> dict[str, tuple]:
    return {url: (row["title"], row["deadline"], row["status"]) for url, row in rows.items()}


def test_every_source_ran_cleanly(crawled):
    _, runs = crawled
    # errors shown beside each outcome, so that a failure says its cause
    assert {name: (runs[name]["outcome"], runs[name]["errors"]) for name in SOURCES} == {
        name: ("ok", []) for name in SOURCES
    }


def test_ted_notices(crawled):
    notice = "https://ted.europa.eu/{}/notice/-/detail/{}"
    assert summary(crawled[0]["ted"]) == {
        notice.format("fr", "712345-2026"): (
            "Belgique – Services d'aide sociale sans hébergement – "
            "Accompagnement socioprofessionnel de chercheurs d'emploi "
            "éloignés de l'emploi (EXEMPLE)",
            "2027-01-20T23:59:00+01:00",
            "open",
        ),
        notice.format("nl", "698812-2026"): (
            "België – Beroepsopleidingsdiensten – Jobcoaching en opleiding voor langdurig"
            " werkzoekenden (VOORBEELD)",
            "2027-02-10T23:59:00+01:00",
            "open",
        ),
        notice.format("fr", "601122-2026"): (
            "Belgique – Services de formation du personnel – Formation bureautique des agents"
            " communaux (EXEMPLE)",
            "2026-10-05T23:59:00+02:00",
            "closed",
        ),
    }
    assert crawled[0]["ted"][notice.format("nl", "698812-2026")]["lang"] == "nl"
    # a tender source publishes only tenders: relevance then depends on the subject alone
    relevant = {url for url, row in crawled[0]["ted"].items() if row["relevant"]}
    assert relevant == {notice.format("fr", "712345-2026"), notice.format("nl", "698812-2026")}


def test_bosa_token_flow_and_filters(crawled, replay):
    workspace = "https://www.publicprocurement.be/publication-workspaces/7c1d2e3f-0000-4a6b-9d2e-EXAMPLE0000{}/general"
    # road works (CPV 45…) filtered out; the notice already published in TED skipped
    assert summary(crawled[0]["bosa-eprocurement"]) == {
        workspace.format(1): (
            "Accompagnement de jeunes NEET vers la formation et l'emploi (EXEMPLE)",
            "2027-01-12T11:00:00+01:00",
            "open",
        ),
        workspace.format(2): (
            "Jobcoaching voor werkzoekenden met een arbeidsbeperking (VOORBEELD)",
            "2027-02-03T10:00:00+01:00",
            "open",
        ),
    }
    paths = [path for _, path in replay.requests if "publicprocurement" in path]
    assert (
        paths.index("/www.publicprocurement.be/env.config.js")
        < paths.index(
            "/www.publicprocurement.be/auth/realms/supplier/protocol/openid-connect/token"
        )
        < paths.index("/www.publicprocurement.be/api/sea/search/publications")
    )


def test_forem_deadline_found_in_pdf_attachment(crawled):
    calls = crawled[0]["forem"]
    base = "https://www.leforem.be/partenaires/appels-a-projets/"
    isp = calls[base + "isp-extra-europeens-2027.html"]
    assert isp["deadline"] == "2027-02-26T12:00:00+01:00"  # only the PDF states it
    assert "Budget : 2.500.000 euros" in isp["text"]
    assert isp["relevant"] == 1
    assert calls[base + "appui-parcours-emploi-2024.html"]["status"] == "closed"


def test_agence_fse_feed(crawled):
    calls = crawled[0]["agence-fse"]
    call = calls["https://fse.be/actualites/appel-a-projets-fse-2027-priorite-1-mesure-2-exemple/"]
    assert (call["deadline"], call["status"], call["relevant"]) == (
        "2027-03-12T12:00:00+01:00",
        "open",
        1,
    )
    assert calls["https://fse.be/actualites/rapports-annuels-2026-exemple/"]["relevant"] == 0


def test_europa_wse_call_numbers_and_rolling_call(crawled):
    calls = crawled[0]["europa-wse"]
    base = "https://www.europawse.be/praktische-info/openstaande-oproepen/"
    mentoring = calls[base + "oproep-mentoring-werkzoekenden"]
    assert (mentoring["source_id"], mentoring["deadline"], mentoring["status"]) == (
        "oproep-712",
        "2027-03-15T23:59:00+01:00",
        "open",
    )
    assert "mentoring" in mentoring["topics"]
    rolling = calls[base + "oproep-lokale-partnerschappen"]
    assert (rolling["source_id"], rolling["deadline"], rolling["status"]) == (
        "oproep-64",
        None,
        "permanent",
    )


def test_wallonie_listing(crawled):
    demarches = "https://www.wallonie.be/fr/demarches/"
    assert {
        url.removeprefix(demarches): row["status"] for url, row in crawled[0]["wallonie"].items()
    } == {
        "territoires-zero-chomeur-de-longue-duree-appel-projets-2027": "open",
        "promotion-des-metiers-porteurs-demploi-sensibilisation-aux-steam-et-au-numerique-"
        "appel-projets-2024": "closed",
    }


def test_actiris_sections_in_two_languages(crawled, replay):
    fr = "https://www.actiris.brussels/fr/partenaires/repondre-a-un-appel-a-projets/#"
    nl = "https://www.actiris.brussels/nl/partners/reageren-op-een-projectoproep/#"
    assert summary(crawled[0]["actiris"]) == {
        fr + "appel-projets-mentorat-vers-l-emploi-des-jeunes-neet-2027-2029-exemple": (
            "Appel à projets « Mentorat vers l'emploi des jeunes NEET » 2027-2029 (EXEMPLE)",
            "2027-01-31T23:59:00+01:00",
            "open",
        ),
        fr + "appel-projets-ch-ques-langues-2025-2028-exemple": (
            "Appel à projets « Chèques langues » 2025-2028 (EXEMPLE)",
            "2025-09-30T12:00:00+02:00",
            "closed",
        ),
        nl + "projectoproep-mentoring-naar-werk-voor-neet-jongeren-2027-2029-voorbeeld": (
            "Projectoproep « Mentoring naar werk voor NEET-jongeren » 2027-2029 (VOORBEELD)",
            "2027-01-31T23:59:00+01:00",
            "open",
        ),
    }
    call = crawled[0]["actiris"][
        fr + "appel-projets-mentorat-vers-l-emploi-des-jeunes-neet-2027-2029-exemple"
    ]
    assert "Procédure de sélection" not in call["text"]
    assert call["attachments"] == (
        '["https://www.actiris.brussels/media/cahier-des-charges-mentorat-neet-2027.pdf", '
        '"https://www.actiris.brussels/media/formulaire-mentorat-neet-2027.docx"]'
    )
    # robots.txt forbids /media/: the annexes are listed but never downloaded
    assert not any(path.startswith("/www.actiris.brussels/media/") for _, path in replay.requests)


def test_equal_brussels_sitemap_keeps_french_calls(crawled):
    base = "https://equal.brussels/fr/appels-a-projet/"
    assert {url: row["status"] for url, row in crawled[0]["equal-brussels"].items()} == {
        base + "egalite-des-chances-emploi-2027/": "open",
        base + "lutte-contre-les-discriminations-2026/": "closed",
    }


def test_hub_brussels_sitemap_index(crawled):
    base = "https://info.hub.brussels/subsides/"
    assert {url: row["status"] for url, row in crawled[0]["hub-brussels"].items()} == {
        base + "prime-economie-sociale-insertion": "permanent",
        base + "prime-investissement-pme": "unknown",
    }


def test_culture_be_typo3_pagination_and_pdf_call(crawled, replay):
    calls = crawled[0]["culture-be"]
    detail = "https://www.culture.be/detail/?tx_ttnews%5Btt_news%5D={}&tx_ttnews%5BbackPid%5D=12&cHash={}"
    pdf = "https://www.culture.be/fileadmin/sites/culture/upload/reglement-appel-residences-artistes-2027.pdf"
    assert summary(calls) == {
        detail.format(1601, "a1b2c3d4"): (
            "Appel à projets « Cohésion sociale et emploi culturel » 2027 (EXEMPLE)",
            "2027-03-01T23:59:00+01:00",
            "open",
        ),
        detail.format(1598, "c3d4e5f6"): (
            "Appel à candidatures « Musiques classiques » 2027 (EXEMPLE)",
            "2027-01-31T23:59:00+01:00",
            "open",
        ),
        # only on page 2, reached by following the rendered pager link
        detail.format(1580, "e5f6a7b8"): (
            "Appel à projets « Éducation permanente » 2026 (EXEMPLE)",
            "2026-09-30T23:59:00+02:00",
            "closed",
        ),
        pdf: (
            "Résidences d'artistes en milieu associatif 2027 (EXEMPLE)",
            "2027-04-15T23:59:00+02:00",
            "open",
        ),
    }
    # page 2 links call 1601 with another backPid and cHash: fetched once only
    assert sum("tt_news%5D=1601" in path for _, path in replay.requests) == 1


def test_kbs_search_without_browser(crawled):
    calls = crawled[0]["kbs-frb"]
    assert {url: (row["deadline"], row["status"]) for url, row in calls.items()} == {
        "https://kbs-frb.be/fr/appel-mentorat-emploi-2027": ("2027-02-15T14:00:00+01:00", "open"),
        "https://kbs-frb.be/fr/fonds-solidarite-insertion-appel-permanent": (None, "permanent"),
        "https://kbs-frb.be/fr/appel-patrimoine-rural-2026": (
            "2026-10-01T23:59:00+02:00",
            "closed",
        ),
    }
    assert calls["https://kbs-frb.be/fr/appel-mentorat-emploi-2027"]["relevant"] == 1
    assert calls["https://kbs-frb.be/fr/appel-patrimoine-rural-2026"]["relevant"] == 0


def test_departement_wse_listing(crawled):
    base = "https://www.vlaanderen.be/departement-werk-en-sociale-economie/oproepen/"
    assert summary(crawled[0]["departement-wse"]) == {
        base + "proeftuinen-sociale-economie-en-werk-2027": (
            "Oproep proeftuinen sociale economie en werk 2027 (VOORBEELD)",
            "2027-01-20T12:00:00+01:00",
            "open",
        ),
        base + "lokale-diensteneconomie-2026": (
            "Oproep lokale diensteneconomie 2026 (VOORBEELD)",
            "2026-09-01T23:59:00+02:00",
            "closed",
        ),
    }


def test_fwb_portal_news_and_calls_mixed(crawled):
    calls = crawled[0]["fwb"]
    detail = "https://www.federation-wallonie-bruxelles.be/actualites-evenements-et-appels-a-projet/detail/"
    assert summary(calls) == {
        detail + "appel-a-projets-mentorat-promotion-sociale-2027": (
            "Appel à projets « Mentorat et tutorat en promotion sociale » 2027 (EXEMPLE)",
            "2027-03-05T12:00:00+01:00",  # not the information session
            "open",
        ),
        detail + "resultats-appel-culture-democratie-2026": (
            "Résultats de l'appel à projets « Culture et démocratie » 2026 (EXEMPLE)",
            None,
            "unknown",
        ),
        # only on page 2, reached by following the rendered pager link
        detail + "appel-a-projets-lecture-publique-2027": (
            "Appel à projets « Lecture publique et bibliothèques » 2027 (EXEMPLE)",
            "2027-01-31T23:59:00+01:00",
            "open",
        ),
    }
    relevant = {url for url, row in calls.items() if row["relevant"]}
    assert relevant == {detail + "appel-a-projets-mentorat-promotion-sociale-2027"}
