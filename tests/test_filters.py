"""Keyword filters of a subscription, against stored calls."""

from dataclasses import replace
from datetime import datetime
from types import SimpleNamespace

import pytest

from veille.config.schema import KeywordFilter
from veille.domain.call import BRUSSELS
from veille.domain.filters import call_matches_filter
from veille.domain.stored_call import StoredCall

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=BRUSSELS)
CALL = StoredCall(
    id="cocof-1",
    page_id="cocof-1",
    group_id="cocof-1",
    url="https://ccf.brussels/appel/",
    first_seen=NOW,
    title="Appel à projets : mentorat des jeunes NEET",
    summary="Dépôt jusqu’au 15 janvier 2027. Économie sociale bienvenue.",
    text="",
    relevant=True,
    topics=["mentoring", "insertion"],
    lang="fr",
    source="cocof",
    kind="call_for_projects",
    regions=["Bruxelles"],
    deadline=datetime(2027, 1, 15, 12, 0, tzinfo=BRUSSELS),
)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ({}, True),
        ({"topics": ["mentoring"]}, True),
        ({"topics": ["insertion"], "languages": ["nl"]}, False),
        ({"include": ["mentor"]}, True),  # a term matches at word starts: mentor → mentorat
        ({"include": ["torat"]}, False),
        ({"include": ['"economie sociale"']}, True),  # phrases ignore accents and case
        ({"include": ["jusqu'au"]}, True),  # ’ and ' are the same apostrophe
        ({"exclude": ["neet"]}, False),
        ({"regions": ["bruxelles"]}, True),
        ({"regions": ["Wallonie"]}, False),
        ({"sources": ["actiris"]}, False),
        ({"kinds": ["tender"]}, False),
        ({"min_days_left": 49}, True),  # 27/11 → 15/01: 49 days
        ({"min_days_left": 50}, False),
    ],
)
def test_filter(spec, expected):
    assert call_matches_filter(CALL, KeywordFilter(**spec), NOW) is expected


def test_calls_the_classifier_did_not_flag_need_relevant_only_false():
    unflagged = replace(CALL, relevant=False, topics=[])
    assert not call_matches_filter(unflagged, KeywordFilter(include=["mentorat"]), NOW)
    spec = KeywordFilter(include=["mentorat"], relevant_only=False)
    assert call_matches_filter(unflagged, spec, NOW)
    assert not call_matches_filter(
        unflagged, SimpleNamespace(**{**spec.__dict__, "include": ["x"]}), NOW
    )


@pytest.mark.parametrize("region", ["Bruxelles", "Brussel", "Brussels", "brussels", "BRUXELLES"])
def test_a_region_is_found_in_any_language(region):
    """Regression: "Brussel" and "Brussels" matched nothing (only the French spelling did)."""
    assert call_matches_filter(CALL, KeywordFilter(regions=[region]), NOW)
    assert not call_matches_filter(CALL, KeywordFilter(regions=["Vlaanderen"]), NOW)


def test_a_source_writing_a_code_matches_a_member_writing_a_name():
    european = replace(CALL, regions=["EU"])
    assert call_matches_filter(european, KeywordFilter(regions=["Europe"]), NOW)


def test_an_unknown_region_is_refused_rather_than_matching_nothing():
    with pytest.raises(ValueError, match="unknown region 'Gand'"):
        KeywordFilter(regions=["Gand"])
