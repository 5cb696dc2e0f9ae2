from dataclasses import replace
from datetime import datetime

from veille.config import default_classifier
from veille.domain.call import BRUSSELS
from veille.domain.normalize import normalize
from veille.domain.raw_call import RawCall

NOW = datetime(2026, 11, 27, 14, 0, tzinfo=BRUSSELS)
CLASSIFIER = default_classifier()


def raw(**fields):
    return RawCall(**{"source": "test", "url": "https://example.org/call", "lang": "fr", **fields})


def test_structured_deadline_wins_over_the_wording():
    call = normalize(
        raw(
            title="Appel", deadline="2027-03-11T17:00:00+01:00", text="Date limite : 1er mars 2027."
        ),
        CLASSIFIER,
        NOW,
    )
    assert call.deadline == datetime(2027, 3, 11, 17, 0, tzinfo=BRUSSELS)
    assert call.status == "open"


def test_deadline_earlier_today_is_closed():
    call = normalize(
        raw(title="Appel", text="Au plus tard le 27 novembre 2026 à 12h00."), CLASSIFIER, NOW
    )
    assert (call.deadline.hour, call.status) == (12, "closed")


def test_facts_extracted_from_the_wording():
    call = normalize(
        raw(
            title="Appel à projets insertion des jeunes NEET",
            published="2026-11-02",
            text="Les ASBL peuvent introduire un projet. Budget : 250.000 €. "
            "Dépôt jusqu'au 15 janvier à 12h00.",
        ),
        CLASSIFIER,
        NOW,
    )
    assert call.deadline == datetime(2027, 1, 15, 12, 0, tzinfo=BRUSSELS)  # year from publication
    assert (call.budget_amount, call.budget_currency) == (250000.0, "EUR")
    assert call.eligible  # associations
    assert call.relevant and call.topics == ["insertion"]


def test_rolling_call_is_permanent():
    call = normalize(
        raw(title="Appel permanent à projets d'insertion", text="Appel permanent."), CLASSIFIER, NOW
    )
    assert (call.deadline, call.status) == (None, "permanent")


def test_a_grants_api_record_is_a_call_without_call_wording():
    record = raw(
        title="Social innovation for the labour-market integration of people far from work",
        lang="en",
        text="Projects test approaches to the labour-market integration of long-term "
        "unemployed people.",
    )
    assert not normalize(record, CLASSIFIER, NOW).is_call
    found = normalize(replace(record, known_call=True), CLASSIFIER, NOW)
    assert found.is_call and found.relevant
    assert "a call: the source publishes only calls" in found.reasons


def test_a_date_only_deadline_lasts_the_whole_day():
    """Regression: "2026-11-27" was read as 00:00 and the call closed on its last morning."""
    call = normalize(raw(title="Appel", deadline="2026-11-27"), CLASSIFIER, NOW)
    assert call.deadline == datetime(2026, 11, 27, 23, 59, tzinfo=BRUSSELS)
    assert call.status == "open"
