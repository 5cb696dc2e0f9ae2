"""Search across languages and inflections: the cases of issue 16 in the four languages.

A query word that names a concept (config/defaults/concepts.yaml) finds its forms in French,
Dutch, English and German; plurals and accents do not matter; what was found is highlighted.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from veille.config import load_config
from veille.domain.call import BRUSSELS, Call
from veille.storage import CallStore, open_database
from veille.storage.call_queries import CallQueries, CallQuery
from veille.web.views import highlight_terms, parse_query

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=BRUSSELS)
CALLS = {
    "fr-mentorat": ("fr", "Appel à projets « Mentorat vers l'emploi des jeunes »",
                    "Des duos de mentorat pour des demandeurs d'emploi éloignés du travail."),
    "nl-mentoring": ("nl", "Projectoproep Mentoring naar werk 2027",
                     "Vrijwillige mentors begeleiden werkzoekenden naar een job."),
    "en-mentoring": ("en", "Call for proposals: mentoring schemes for jobseekers",
                     "Grants for mentoring programmes that bring unemployed people into work."),
    "de-mentoring": ("de", "Projektaufruf: Mentoring für junge Arbeitsuchende",
                     "Ehrenamtliche Mentoren begleiten Arbeitsuchende in Ausbildung."),
    "fr-culture": ("fr", "Appel à projets Culture et patrimoine 2027",
                   "Soutien aux festivals et aux musées."),
    "nl-neet": ("nl", "Oproep NEET-jongeren terug naar opleiding",
                "Outreach naar jongeren zonder werk of opleiding."),
}  # fmt: skip


@pytest.fixture(scope="module")
def queries():
    db = open_database(":memory:")
    store = CallStore(db)
    for number, (name, (lang, title, summary)) in enumerate(CALLS.items()):
        store.upsert_call(
            Call(
                source=f"source-{lang}",
                source_id=name,
                url=f"https://{name}.example/",
                title=title,
                summary=summary,
                lang=lang,
                relevant=True,
                status="open",
                # a deadline each (no two alike, so that no two pages are grouped)
                deadline=NOW + timedelta(days=20 + number * 7),
            ),
            NOW,
        )
    return CallQueries(db)


CONCEPTS = load_config().concepts


def found(queries: CallQueries, q: str) -> set[str]:
    query = CallQuery(q=q, search=parse_query({"q": q}, CONCEPTS).search)
    calls, _ = queries.find_calls(query, NOW, limit=50)
    return {call.url.removeprefix("https://").split(".")[0] for call in calls}


MENTORING = {"fr-mentorat", "nl-mentoring", "en-mentoring", "de-mentoring"}


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        # French words find the Dutch, English and German calls of the concept...
        ("mentorat", MENTORING),
        ("mentorats", MENTORING),  # a plural folds
        ("MENTORAT", MENTORING),  # case does not matter
        ("demandeurs d'emploi", MENTORING),  # a concept of several words
        # ...and each language finds the others
        ("mentoring", MENTORING),
        ("werkzoekenden", MENTORING),
        ("jobseekers", MENTORING),
        ("Arbeitsuchende", MENTORING),
        ("Arbeitssuchenden", MENTORING),  # another spelling and its inflection
        # accents fold, and a word of one call is found in that call only
        ("eloignes", {"fr-mentorat"}),
        ("patrimoine", {"fr-culture"}),
        ("jeunes NEET", {"nl-neet"}),
        ("mentorat culture", set()),  # every part of a query must be found
    ],
)
def test_a_query_crosses_languages_and_inflections(queries, q, expected):
    assert found(queries, q) == expected


@pytest.mark.parametrize(
    ("q", "title", "marked"),
    [
        ("mentorat", "Projectoproep Mentoring naar werk 2027", ["Mentoring"]),
        ("werkzoekenden", "Call for proposals: mentoring schemes for jobseekers", ["jobseekers"]),
        ("mentoring", "Appel à projets « Mentorat vers l'emploi »", ["Mentorat"]),
        ("demandeurs d'emploi", "Des demandeuses d’emploi", ["demandeuses d’emploi"]),
        ("Arbeitsuchende", "Begleitung für Arbeitsuchende", ["Arbeitsuchende"]),
    ],
)
def test_what_the_search_found_is_highlighted_in_any_language(q, title, marked):
    html = str(highlight_terms(title, parse_query({"q": q}, CONCEPTS).search))

    assert [part.split("</mark>")[0] for part in html.split("<mark>")[1:]] == marked
