"""One record per call across sources and languages, from realistic pairs."""

import importlib.util
import json
from datetime import datetime
from pathlib import Path

from veille.domain.call import BRUSSELS, Call
from veille.storage import CallStore, open_database

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=BRUSSELS)
BENCH = Path(__file__).resolve().parent.parent / "bench"


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
    assert second.group_reason == "identifier:ESF-2027-SOCINNOV-LABOUR"
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
    assert second.group_reason == "facts"
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
    assert second.group_reason == "similar_titles:1.00"


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


def test_lots_of_one_tender_stay_apart_though_they_share_its_reference():
    lots = [
        relevant(
            source="ted",
            source_id=f"notice-{lot}",
            lang="fr",
            url=f"https://ted.europa.eu/fr/notice/-/detail/7000{lot}-2027",
            title=f"Belgique – Accompagnement de demandeurs d'emploi – Lot {lot} : {place}",
            text="Référence : FOREM/2027/MP/007. Date limite : 02/03/2027, 10:00.",
            funder="Le Forem",
            deadline=deadline("2027-03-02", 10, 0),
            budget_amount=amount,
        )
        for lot, place, amount in ((1, "Liège", 900000.0), (2, "Namur", 600000.0))
    ]
    _, results = store_all(*lots)

    assert [r.group_id for r in results] == [None, None]


def test_another_edition_of_a_call_stays_apart():
    editions = [
        relevant(
            source="actiris",
            source_id=f"fr#{period}",
            lang="fr",
            url=f"https://www.actiris.brussels/fr/archives/{period}",
            title=f"Appel à projets « Jobcoaching des jeunes » {period}",
            funder="Actiris",
            deadline=deadline(day),
        )
        for period, day in (("2024-2026", "2027-02-15"), ("2027-2029", "2027-02-15"))
    ]
    _, results = store_all(*editions)

    assert [r.group_id for r in results] == [None, None]


def test_a_results_page_and_an_info_session_are_not_the_call():
    call = relevant(
        source="europawse",
        source_id="oproep-92",
        lang="nl",
        url="https://www.europawse.be/oproepen/oproep-92",
        title="Oproep 92 – Jobcoaching voor laaggeschoolde werkzoekenden",
        funder="Europa WSE",
        deadline=deadline("2027-03-01", 12, 0),
        budget_amount=2000000.0,
    )
    session = relevant(
        source="europawse",
        source_id="infosessie-92",
        lang="nl",
        url="https://www.europawse.be/nieuws/infosessie-oproep-92",
        title="Infosessie oproep 92: jobcoaching voor laaggeschoolde werkzoekenden",
        funder="Europa WSE",
        deadline=deadline("2027-03-01", 12, 0),
    )
    results_page = relevant(
        source="vleva",
        source_id="resultaten-92",
        lang="nl",
        url="https://www.vleva.eu/resultaten-oproep-92",
        title="Resultaten oproep 92: 14 projecten goedgekeurd",
        funder="Europa WSE",
        deadline=deadline("2027-03-01", 12, 0),
        budget_amount=2000000.0,
    )
    _, results = store_all(call, session, results_page)

    assert [r.group_id for r in results] == [None, None, None]


def test_two_calls_on_one_bilingual_listing_stay_apart_by_their_references():
    """Each language page holds several calls and names the other page as its translation:
    the references (AP 1 and AP 3 of one scheme) tell the calls apart."""
    fr = relevant(
        source="actiris",
        source_id="fr#neet",
        lang="fr",
        url="https://www.actiris.brussels/fr/partenaires/repondre-a-un-appel-a-projets/",
        alternates=["https://www.actiris.brussels/nl/partners/reageren-op-een-projectoproep/"],
        title="Appel à projets « Jeunes NEET » 2027-2029",
        text="Référence : AP 1/2027-NEET. Au plus tard le 30 avril 2027.",
        funder="Actiris",
        deadline=deadline("2027-04-30"),
    )
    nl = relevant(
        source="actiris",
        source_id="nl#nieuwkomers",
        lang="nl",
        url="https://www.actiris.brussels/nl/partners/reageren-op-een-projectoproep/",
        alternates=["https://www.actiris.brussels/fr/partenaires/repondre-a-un-appel-a-projets/"],
        title="Projectoproep « Nieuwkomers naar werk » 2027-2029",
        text="Referentie: AP 3/2027-PA. Uiterlijk op 30 april 2027.",
        funder="Actiris",
        deadline=deadline("2027-04-30"),
    )
    _, results = store_all(fr, nl)

    assert [r.group_id for r in results] == [None, None]


def test_a_relay_in_another_language_on_another_site_joins_the_call():
    official = relevant(
        source="kbs-frb",
        source_id="fr-buddy",
        lang="fr",
        url="https://kbs-frb.be/fr/appel-duos-emploi-2027",
        title="Appel à projets « Duos pour l'emploi »",
        summary="La Fondation soutient des duos entre un bénévole et un chercheur d'emploi.",
        text="Soutien de 5.000 à 20.000 euros par projet. Séance en ligne le 12 mars 2027. "
        "Date limite : 20 avril 2027 à 14h00.",
        funder="Fondation Roi Baudouin",
        deadline=deadline("2027-04-20", 14, 0),
        budget_amount=20000.0,
    )
    relay = relevant(
        source="sociaal-net",
        source_id="relay-duos",
        lang="nl",
        url="https://sociaal.net/nieuws/koning-boudewijnstichting-zoekt-duos-voor-werk",
        title="Koning Boudewijnstichting zoekt duo's voor werk",
        summary="Projecten met een vrijwilliger en een werkzoekende krijgen steun.",
        text="Tussen 5.000 en 20.000 euro per project. Online infosessie op 12 maart 2027. "
        "Indienen tot 20 april 2027 om 14 uur.",
        funder="Koning Boudewijnstichting",
        deadline=deadline("2027-04-20", 14, 0),
        budget_amount=20000.0,
    )
    _, (first, second) = store_all(official, relay)

    assert second.group_id == first.call_id
    assert second.group_reason == "facts"


def test_a_page_announcing_an_extension_joins_the_call_it_extends():
    first_page = relevant(
        source="aviq",
        source_id="aap-emploi-2027",
        lang="fr",
        url="https://www.aviq.be/fr/appels/emploi-2027",
        title="Appel à projets 2027 : maintien dans l'emploi des travailleurs malades",
        text="Budget global de 900.000 euros, jusqu'à 60.000 euros par projet. "
        "Date limite : 12 mars 2027.",
        funder="AViQ",
        deadline=deadline("2027-03-12"),
        budget_amount=900000.0,
    )
    extension = relevant(
        source="aviq",
        source_id="prolongation-emploi-2027",
        lang="fr",
        url="https://www.aviq.be/fr/actualites/prolongation-emploi-2027",
        title="Prolongation : appel à projets « Maintien dans l'emploi des travailleurs malades »",
        summary="La date limite est prolongée jusqu'au 26 mars 2027.",
        text="Budget global de 900.000 euros, jusqu'à 60.000 euros par projet.",
        funder="AViQ",
        deadline=deadline("2027-03-26"),
        budget_amount=900000.0,
    )
    _, (first, second) = store_all(first_page, extension)

    assert second.group_id == first.call_id
    assert second.group_reason == "extension"


def test_the_same_title_from_two_funders_stays_apart():
    calls = [
        relevant(
            source=source,
            source_id="x",
            lang="fr",
            url=f"https://www.{source}.fr/aap-iae-2027",
            title="Appel à projets 2027 – Insertion par l'activité économique",
            funder=funder,
            deadline=deadline("2027-01-29", 12, 0),
        )
        for source, funder in (
            ("lenord", "Département du Nord"),
            ("aisne", "Département de l'Aisne"),
        )
    ]
    _, results = store_all(*calls)

    assert [r.group_id for r in results] == [None, None]


def test_calls_stored_before_fingerprints_are_read_once_then_compared():
    store = CallStore(open_database(":memory:"))
    known = relevant(
        source="eu",
        source_id="topic",
        lang="en",
        url="https://ec.europa.eu/topic/ESF-2027-WISE",
        title="Work integration social enterprises",
        text="Topic ESF-2027-WISE, deadline 1 June 2027.",
        deadline=deadline("2027-06-01", 17, 0),
    )
    store.upsert_call(known, NOW)
    store.db.execute("update calls set fingerprint = null")  # as a database of before

    relay = relevant(
        source="wbi",
        source_id="relay",
        lang="fr",
        url="https://www.wbi.be/fr/appels/wise",
        title="Entreprises sociales d'insertion : appel européen",
        text="Référence ESF-2027-WISE.",
        deadline=deadline("2027-06-01", 17, 0),
    )
    result = store.upsert_call(relay, NOW)

    assert result.group_id == known.id
    assert result.group_reason == "identifier:ESF-2027-WISE"
    [stored] = store.db.execute("select fingerprint from calls where id = ?", [known.id])
    assert "ESF-2027-WISE" in stored[0]


def test_the_blind_pairs_are_grouped_with_high_precision_and_recall():
    """tests/data/blind3_pairs.jsonl (written blind, never edited) through the storage path."""
    spec = importlib.util.spec_from_file_location("pair_quality", BENCH / "pair_quality.py")
    assert spec and spec.loader
    pair_quality = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pair_quality)
    pairs = [json.loads(line) for line in pair_quality.PAIRS.read_text().splitlines() if line]
    results = [(pair["same"], pair_quality.grouped(pair["a"], pair["b"])[0]) for pair in pairs]

    precision, recall, count = pair_quality.prf(results)

    assert count >= 120
    assert precision >= 0.95 and recall >= 0.95, (precision, recall)


def test_a_crawled_calls_fingerprint_is_the_one_storage_would_read():
    """normalize reads a page's dates once and gives storage the fingerprint made from that
    reading; it must be the fingerprint storage reads itself for a call that comes without
    one (older rows, calls built elsewhere), or pages would group differently by path."""
    from dataclasses import replace

    from veille.config import default_classifier
    from veille.domain.normalize import normalize
    from veille.domain.raw_call import RawCall
    from veille.storage.db import row_fingerprint

    pages = [
        RawCall(  # dates without a year, a deadline label apart, an amount, a call number
            source="actiris",
            url="https://www.actiris.brussels/fr/appel-84",
            title="Appel n° 84 : trajets vers l'emploi",
            deadline_text="Date limite : 3 mars, 12h",
            summary="Budget de 1.200.000 euros. Séance d'information le 20 janvier.",
            text="Les projets débutent le 1er septembre 2027 et durent 24 mois (ESF-2027-TRAJ).",
        ),
        RawCall(  # no summary: the text follows the title at once
            source="vdab",
            url="https://www.vdab.be/oproep/2027-17",
            title="Oproep 17 – begeleiding van werkzoekenden",
            published="2026-10-02",
            text="Indienen tot 15 januari. Info: 30 november 2026. " + "Meer tekst. " * 400,
        ),
        RawCall(source="x", url="https://x.example/a", title="", text="Clôture le 5 mai 2027."),
    ]
    for raw in pages:
        call = normalize(raw, default_classifier(), NOW)
        assert call.fingerprint is not None
        read = row_fingerprint(replace(call, fingerprint=None).to_row(), NOW.date())
        assert call.fingerprint == read, raw.url
    # a date without a year counts from the day the page was read, as its deadline does
    assert "d:2027-01-20" in normalize(pages[0], default_classifier(), NOW).fingerprint.numbers
