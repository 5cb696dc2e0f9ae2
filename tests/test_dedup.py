"""One record per call across sources and languages, from realistic pairs."""

from datetime import datetime

from veille.domain.call import BRUSSELS, Call
from veille.storage import CallStore, open_database

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=BRUSSELS)


def deadline(day: str, hour: int = 23, minute: int = 59) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, minute=minute, tzinfo=BRUSSELS)


def store_all(*calls: Call) -> tuple[CallStore, list]:
    store = CallStore(open_database(":memory:"))
    return store, [store.upsert_call(call, NOW) for call in calls]


def relevant(**fields) -> Call:
    return Call(**{"relevant": True, "topics": ["insertion"], "status": "open", **fields})


def test_eu_topic_relayed_in_a_federation_news_in_french():
    api = relevant(
        source="eu-funding-tenders",
        source_id="ESF-2027-SOCINNOV-LABOUR",
        lang="en",
        url="https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/ESF-2027-SOCINNOV-LABOUR",
        title="Social innovation for the labour-market integration of people far from work",
        funder="European Commission",
        deadline=deadline("2027-03-11", 17, 0),
    )
    news = relevant(
        source="fse-be",
        source_id="https://fse.be/actualites/appel-innovation-sociale",
        lang="fr",
        url="https://fse.be/actualites/appel-innovation-sociale",
        title="Innovation sociale : un appel européen pour l'insertion des publics éloignés",
        text="La Commission ouvre l'appel ESF-2027-SOCINNOV-LABOUR jusqu'au 11 mars 2027.",
        funder="Agence FSE",
        deadline=deadline("2027-03-11", 17, 0),
    )
    store, (first, second) = store_all(api, news)

    assert second.group_id == first.call_id
    assert second.group_reason == "same identifier ESF-2027-SOCINNOV-LABOUR"
    assert [call.id for call in store.open_calls(NOW)] == [first.call_id]
    members = store.db.query(
        "select url from calls where group_id = ? order by first_seen", [first.call_id]
    )
    assert [row["url"] for row in members] == [api.url, news.url]


def test_french_and_dutch_pages_of_a_brussels_call():
    fr = relevant(
        source="actiris-fr",
        source_id="fr#coaching-artistes",
        lang="fr",
        url="https://www.actiris.brussels/fr/partenaires/repondre-a-un-appel-a-projets/",
        title="Appel à projets Coaching des artistes 2025-2028",
        funder="Actiris",
        deadline=deadline("2027-02-15"),
        budget_amount=900000.0,
    )
    nl = relevant(
        source="actiris-nl",
        source_id="nl#coaching-kunstenaars",
        lang="nl",
        url="https://www.actiris.brussels/nl/partners/reageren-op-een-projectoproep/",
        title="Projectoproep Coaching van kunstenaars 2025-2028",
        funder="Actiris",
        deadline=deadline("2027-02-15"),
        budget_amount=900000.0,
    )
    store, (first, second) = store_all(fr, nl)

    assert second.group_id == first.call_id
    assert (
        second.group_reason == "same funder, deadline and numbers in the title, in another language"
    )
    assert len(store.open_calls(NOW)) == 1


def test_same_call_on_the_agency_site_and_on_wallonie_be():
    agency = relevant(
        source="fse-be",
        source_id="a",
        lang="fr",
        url="https://fse.be/appel-complementaire-2027",
        title="FSE+ : appel à projets complémentaire 2027 - Priorité 1 Mesure 2",
        funder="Agence FSE",
        deadline=deadline("2027-08-25", 12, 0),
    )
    region = relevant(
        source="wallonie",
        source_id="b",
        lang="fr",
        url="https://www.wallonie.be/fr/demarches/appel-projets-complementaire-fse-2027",
        title="Appel à projets complémentaire FSE+ 2027 (Priorité 1, Mesure 2)",
        funder="Wallonie",
        deadline=deadline("2027-08-25", 12, 0),
    )
    _, (first, second) = store_all(agency, region)

    assert second.group_id == first.call_id
    assert second.group_reason.startswith("same deadline and similar titles")


def test_different_calls_closing_the_same_day_stay_apart():
    store, results = store_all(
        relevant(
            source="cocof",
            source_id="1",
            lang="fr",
            url="https://ccf.brussels/a/",
            title="Appel à projets Insertion des jeunes 2027",
            funder="COCOF",
            deadline=deadline("2027-01-31"),
        ),
        relevant(
            source="bee",
            source_id="2",
            lang="fr",
            url="https://economie-emploi.brussels/b",
            title="Appel à projets Économie sociale et commerce de proximité",
            funder="BEE",
            deadline=deadline("2027-01-31"),
        ),
        relevant(
            source="actiris-nl",
            source_id="3",
            lang="nl",
            url="https://www.actiris.brussels/nl/x",
            title="Projectoproep taalcheques",
            funder="COCOF",
            deadline=deadline("2027-01-31"),
            budget_amount=1.0,
        ),
    )

    assert [r.group_id for r in results] == [None, None, None]
    assert len(store.open_calls(NOW)) == 3


def test_one_source_listing_two_calls_on_one_page_keeps_both():
    page = "https://www.actiris.brussels/fr/partenaires/repondre-a-un-appel-a-projets/"
    _, results = store_all(
        relevant(
            source="actiris-fr",
            source_id="fr#a",
            lang="fr",
            url=page,
            title="Appel à projets Jeunes NEET",
            deadline=deadline("2027-02-15"),
        ),
        relevant(
            source="actiris-fr",
            source_id="fr#b",
            lang="fr",
            url=page,
            title="Appel à projets Jeunes NEET bis",
            deadline=deadline("2027-02-15"),
        ),
    )

    assert [r.group_id for r in results] == [None, None]


def test_a_group_is_relevant_and_open_when_any_of_its_pages_is():
    """Regression: a relevant page was hidden behind its group's non-relevant first page."""
    english = Call(
        source="eu-funding-tenders",
        source_id="ESF-2027-SOCINNOV-LABOUR",
        lang="en",
        url="https://ec.europa.eu/topic/ESF-2027-SOCINNOV-LABOUR",
        title="ESF-2027-SOCINNOV-LABOUR",
        deadline=deadline("2027-03-11", 17, 0),
        status="open",
        relevant=False,
    )
    french = relevant(
        source="fse-be",
        source_id="fse-news",
        lang="fr",
        url="https://fse.be/actualites/appel",
        title="Appel européen pour l'insertion des publics éloignés",
        text="Appel ESF-2027-SOCINNOV-LABOUR.",
        deadline=deadline("2027-03-11", 17, 0),
    )
    store, (first, second) = store_all(english, french)

    [call] = store.open_calls(NOW)

    assert second.group_id == first.call_id
    assert (call.id, call.page_id) == (first.call_id, second.call_id)
    assert call.title == french.title and call.relevant


def test_an_extension_on_another_source_keeps_the_group_open():
    closed = relevant(
        source="cocof",
        source_id="a",
        lang="fr",
        url="https://ccf.brussels/aap-isp/",
        title="Appel à projets insertion des jeunes 2027",
        funder="COCOF",
        deadline=deadline("2026-11-20"),
        status="closed",
    )
    extended = relevant(
        source="bee",
        source_id="b",
        lang="fr",
        url="https://economie-emploi.brussels/aap-isp",
        title="Appel à projets insertion des jeunes 2027 (prolongé)",
        funder="COCOF",
        deadline=deadline("2027-01-15"),
        alternates=["https://ccf.brussels/aap-isp/"],
    )
    store, (first, _) = store_all(closed, extended)

    [call] = store.open_calls(NOW)

    assert call.id == first.call_id
    assert call.deadline is not None and call.deadline.isoformat().startswith("2027-01-15")


def test_similar_calls_for_different_publics_stay_apart():
    store, results = store_all(
        relevant(
            source="cocof",
            source_id="1",
            lang="fr",
            url="https://ccf.brussels/jeunes/",
            title="Appel à projets Insertion des jeunes 2027",
            deadline=deadline("2027-01-31"),
        ),
        relevant(
            source="bee",
            source_id="2",
            lang="fr",
            url="https://economie-emploi.brussels/f",
            title="Appel à projets Insertion des femmes 2027",
            deadline=deadline("2027-01-31"),
        ),
    )
    assert [r.group_id for r in results] == [None, None]
    assert len(store.open_calls(NOW)) == 2


def test_a_lone_year_is_no_evidence_across_languages():
    _, results = store_all(
        relevant(
            source="actiris-fr",
            source_id="a",
            lang="fr",
            url="https://a.example/fr",
            title="Appel à projets Chèques langues 2027",
            funder="Actiris",
            deadline=deadline("2027-02-15"),
        ),
        relevant(
            source="actiris-nl",
            source_id="b",
            lang="nl",
            url="https://a.example/nl",
            title="Projectoproep Kinderopvang 2027",
            funder="Actiris",
            deadline=deadline("2027-02-15"),
        ),
    )
    assert [r.group_id for r in results] == [None, None]
