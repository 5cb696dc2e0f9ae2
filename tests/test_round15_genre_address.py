"""Round 15: the page's address and the title's shape as evidence for the second opinion."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from veille.config import default_classifier
from veille.contract import classify_answer
from veille.domain.call import BRUSSELS
from veille.domain.classify import Classifier
from veille.domain.logistic import predict, prune, sigmoid, train
from veille.domain.normalize import normalize
from veille.domain.raw_call import RawCall
from veille.domain.second_opinion import (
    RulesReading,
    SecondOpinion,
    SecondOpinionError,
    extra_features,
    load,
    parse,
    rule_features,
    shape_features,
    shipped,
    url_features,
    word_features,
)

CALL = (
    "Appel à projets : accompagnement des demandeurs d'emploi",
    "Appel à projets pour l'insertion socioprofessionnelle des demandeurs d'emploi. "
    "Date limite de dépôt des candidatures : 30 juin.",
)
NEWS_URL = "https://www.example.be/actualites/appel-a-projets-insertion-2026"
CALL_URL = "https://www.example.be/appels-a-projets/insertion-2026"
READING = RulesReading({"call": 6.0, "insertion": 8.0}, 3.0, 3.0, True, True, False)


def address_layer(weight: float = -40.0, decides: bool = True) -> SecondOpinion:
    """A made-up layer that has learned one thing: news paths are no calls."""
    weights = {"bias": 2.0, "u:actualites": weight}
    return SecondOpinion("test", weights, 0.5, 0.5, decides, ("url",))


def test_the_address_is_split_into_folded_path_words_without_numbers() -> None:
    found = url_features("https://www.cpas.be/Actualités/appel-à-partenaires_2026/index.html")
    assert {"u:actualites", "u:appel", "u:partenaires", "u:index", "u:html"} <= set(found)
    assert not any(any(c.isdigit() for c in f) for f in found)
    assert not any(f.startswith("h:") for f in found)  # the site only when asked for
    assert "h:cpas.be" in url_features("https://www.cpas.be/x", host=True)
    folders = url_features(NEWS_URL, last=False)
    assert "u:actualites" in folders and "u:insertion" not in folders


def test_no_address_no_feature() -> None:
    assert url_features(None) == {} and url_features("") == {}
    assert extra_features(("url", "url+host", "url folders"), CALL[0], None) == {}


def test_the_title_shape() -> None:
    found = shape_features("Lauréats de l'appel : qui a gagné ?")
    assert {"t0:laureats", "t0:laureats de", "t0:?", "t0::"} <= set(found)
    assert any(f.startswith("t0:len ") for f in found)


def test_a_news_path_lowers_the_probability() -> None:
    layer = address_layer()
    on_news = layer.read(READING, *CALL, "fr", url=NEWS_URL)
    on_call = layer.read(READING, *CALL, "fr", url=CALL_URL)
    assert on_news.probability < 0.5 < on_call.probability
    assert on_news.turns and not on_call.turns
    assert "/actualites/" in on_news.words  # the reasons name the address's word


def test_no_address_is_read_as_before() -> None:
    layer = address_layer()
    without = SecondOpinion("test", dict(layer.weights), 0.5, 0.5, True)
    assert (
        layer.read(READING, *CALL, "fr").probability
        == without.read(READING, *CALL, "fr", url=NEWS_URL).probability
    )


def test_the_classifier_passes_the_address_to_the_layer() -> None:
    clf = Classifier(default_classifier().vocabulary, address_layer())
    assert clf.classify(*CALL, lang="fr").relevant
    assert clf.classify(*CALL, lang="fr", url=CALL_URL).relevant
    dropped = clf.classify(*CALL, lang="fr", url=NEWS_URL)
    assert not dropped.relevant and dropped.uncertain  # a drop stays "to check"


def test_veille_classify_reads_the_url_field() -> None:
    answer = classify_answer(Classifier(default_classifier().vocabulary, address_layer()))
    record = {"id": "1", "title": CALL[0], "summary": CALL[1], "lang": "fr"}
    assert answer(record)["relevant"]
    assert not answer({**record, "url": NEWS_URL})["relevant"]


def test_a_layer_without_families_ignores_the_address() -> None:
    layer = SecondOpinion("test", {"bias": 2.0, "u:actualites": -40.0}, 0.5, 0.5, True)
    assert not layer.read(READING, *CALL, "fr", url=NEWS_URL).turns


def base_file() -> dict[str, object]:
    return {
        "format": 1,
        "version": "t",
        "weights": {"bias": 0.1},
        "show_above": 0.4,
        "doubt_below": 0.5,
        "training_sets": {},
    }


def test_a_file_with_unknown_families_is_refused(tmp_path: Path) -> None:
    assert parse({**base_file(), "families": ["url"]}).families == ("url",)
    assert parse(base_file()).families == ()
    for bad in (["url", "colour"], "url", [3]):
        with pytest.raises(SecondOpinionError, match="families"):
            parse({**base_file(), "families": bad})
    path = tmp_path / "layer.json"
    path.write_text(json.dumps({**base_file(), "families": ["smell"]}), encoding="utf-8")
    assert load(path) is None  # the rules decide alone


def test_the_layer_and_the_trainer_share_one_sigmoid() -> None:
    layer = address_layer()
    words, _ = word_features(*CALL, "fr")
    features = {**rule_features(READING), **words, **extra_features(("url",), CALL[0], NEWS_URL)}
    assert layer.read(READING, *CALL, "fr", url=NEWS_URL).probability == predict(
        dict(layer.weights), features
    )
    assert sigmoid(1e6) == sigmoid(30.0) and sigmoid(-1e6) == sigmoid(-30.0)


def test_pruning_drops_small_word_weights_keeps_the_rules() -> None:
    kept = prune({"bias": 0.001, "rules:call": 0.002, "t:x": 0.005, "t:y": -0.5}, 0.01)
    assert kept == {"bias": 0.001, "rules:call": 0.002, "t:y": -0.5}


def test_the_shipped_layer_computes_its_families() -> None:
    layer = shipped()
    assert layer is not None
    if any(f.startswith("url") for f in layer.families):
        assert any(w.startswith("u:") for w in layer.weights)

        def p(url: str) -> float:
            return layer.read(READING, *CALL, "fr", url=url).probability

        call = p("https://www.example.org/calls/insertion")
        # learned from the released sets: news, jobs and events paths say another genre
        for other in ("news/2026/01/14", "jobs", "events"):
            assert p(f"https://www.example.org/{other}/insertion") < call, other


def test_a_path_filed_by_date_is_a_feature_its_numbers_are_not() -> None:
    found = url_features("https://www.example.com/society/2026/jan/14/mentoring-care-leavers")
    assert "u:(dated)" in found
    assert "u:(dated)" not in url_features("https://www.example.com/calls/mentoring-2026")


def test_a_family_may_have_its_own_penalty() -> None:
    examples = [({"bias": 1.0, "u:news": 1.0, "t:x": 1.0}, False)] * 3 + [
        ({"bias": 1.0, "t:x": 1.0}, True)
    ] * 3
    same = train(examples, epochs=5, l2=0.5, orders=1)
    freer = train(examples, epochs=5, l2=0.5, orders=1, l2_by_prefix={"u:": 0.0})
    assert freer["u:news"] < same["u:news"] < 0  # less shrunk towards zero


def test_the_crawl_reads_the_calls_address() -> None:
    clf = Classifier(default_classifier().vocabulary, address_layer())
    now = datetime(2026, 3, 1, tzinfo=BRUSSELS)

    def crawled(url: str) -> bool:
        raw = RawCall(source="test", url=url, title=CALL[0], summary=CALL[1], lang="fr")
        return normalize(raw, clf, now).relevant

    assert crawled(CALL_URL) and not crawled(NEWS_URL)
