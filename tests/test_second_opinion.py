"""Round 14: the learned second opinion, inside the "to check" band only."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from veille.config import default_classifier
from veille.domain.classify import Classifier
from veille.domain.logistic import predict, train
from veille.domain.second_opinion import (
    SecondOpinion,
    SecondOpinionError,
    load,
    parse,
    shipped,
    word_features,
)
from veille.presentation import doubt_words

NEWS = ("Rapport annuel du zorblaxe communal", "Le conseil présente son rapport annuel.")
CALL = (
    "Appel à projets : accompagnement des demandeurs d'emploi",
    "Appel à projets pour l'insertion socioprofessionnelle des demandeurs d'emploi. "
    "Date limite de dépôt des candidatures : 30 juin.",
)


def layer_for(word_weight: float, text: tuple[str, str], bias: float = 0.0) -> SecondOpinion:
    """A layer whose only strong weights are the words of `text` (a made-up one)."""
    words, _ = word_features(*text, "fr")
    weights = {
        "bias": bias,
        **{w: word_weight for w in words if "zorblax" in w or "demandeur" in w},
    }
    return SecondOpinion("test", weights, show_above=0.5, doubt_below=0.5)


def rules() -> Classifier:
    return Classifier(default_classifier().vocabulary)


def test_the_band_shows_a_page_only_the_layer_wants() -> None:
    alone = rules().classify(*NEWS, lang="fr")
    assert not alone.relevant and not alone.uncertain
    with_layer = Classifier(default_classifier().vocabulary, layer_for(40.0, NEWS))
    verdict = with_layer.classify(*NEWS, lang="fr")
    assert not verdict.relevant  # no flag changes
    assert verdict.uncertain
    assert [d.test for d in verdict.doubts] == ["words"]
    assert "zorblaxe" in verdict.doubts[0].name
    assert any(r.startswith("second opinion") and "zorblaxe" in r for r in verdict.reasons)


def test_a_flag_the_layer_doubts_is_marked_uncertain_not_dropped() -> None:
    alone = rules().classify(*CALL, lang="fr")
    assert alone.relevant and not alone.uncertain
    with_layer = Classifier(default_classifier().vocabulary, layer_for(-40.0, CALL))
    verdict = with_layer.classify(*CALL, lang="fr")
    assert verdict.relevant and verdict.uncertain
    assert verdict.doubts[0].test == "words" and not verdict.doubts[0].passed


def test_a_deciding_layer_turns_the_flag_and_marks_it_to_check() -> None:
    words, _ = word_features(*NEWS, "fr")
    weights = {w: 40.0 for w in words if "zorblax" in w}
    deciding = SecondOpinion("test", weights, 0.5, 0.5, decides=True)
    verdict = Classifier(default_classifier().vocabulary, deciding).classify(*NEWS, lang="fr")
    assert verdict.relevant and verdict.uncertain and verdict.topics
    assert verdict.score >= 0.5
    assert "turned by the second opinion" in verdict.reasons
    assert verdict.reasons[-2] == "relevant"
    dropping = SecondOpinion("test", layer_for(-40.0, CALL).weights, 0.5, 0.5, decides=True)
    verdict = Classifier(default_classifier().vocabulary, dropping).classify(*CALL, lang="fr")
    assert not verdict.relevant and not verdict.topics  # a clear flag, dropped
    assert "turned by the second opinion" in verdict.reasons
    # ... but not hidden: the rules flagged it, so it stays "to check" with the layer's words
    assert verdict.uncertain and verdict.doubts[0].test == "words"
    assert not verdict.doubts[0].passed


def test_a_deciding_layer_shows_a_likely_page_it_does_not_flag() -> None:
    words, _ = word_features(*NEWS, "fr")
    weights = {"bias": -0.2, **{w: 0.05 for w in words if "zorblax" in w}}
    deciding = SecondOpinion("test", weights, show_above=0.3, doubt_below=0.5, decides=True)
    verdict = Classifier(default_classifier().vocabulary, deciding).classify(*NEWS, lang="fr")
    assert not verdict.relevant and verdict.uncertain
    assert verdict.doubts[0].test == "words" and verdict.doubts[0].passed


def test_a_layer_that_agrees_changes_nothing() -> None:
    quiet = SecondOpinion("test", {"rules:relevant": 10.0, "bias": -5.0}, 0.5, 0.5)
    for text in (NEWS, CALL):
        a = rules().classify(*text, lang="fr")
        b = Classifier(default_classifier().vocabulary, quiet).classify(*text, lang="fr")
        assert (a.relevant, a.uncertain, a.doubts) == (b.relevant, b.uncertain, b.doubts)


def test_the_why_is_in_a_persons_words_in_each_language() -> None:
    doubt = {"test": "words", "name": "demandeurs, coaching", "value": 0.8, "needed": 0.5}
    assert doubt_words(doubt, "en") == "words often seen in relevant calls: demandeurs, coaching"
    assert "appels pertinents" in doubt_words(doubt, "fr")
    assert "relevante oproepen" in doubt_words(doubt, "nl")
    doubted = {**doubt, "value": 0.2}
    assert "not relevant" in doubt_words(doubted, "en")


def test_numbers_and_years_are_not_features() -> None:
    words, _ = word_features("Appel 2023 : douze projets", "Clôture le 15 mars 2026", "fr")
    assert not any(any(c.isdigit() for c in w) for w in words)
    assert not any("douze" in w for w in words)


def test_a_broken_weights_file_gives_a_clear_error_and_the_rules_alone(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    good = {"format": 1, "version": "x", "training_sets": {}, "show_above": 0.5,
            "doubt_below": 0.5, "weights": {"bias": 0.1}}  # fmt: skip
    assert parse(good).weights == {"bias": 0.1}
    for broken, said in (
        ({**good, "format": 9}, "format"),
        ({k: v for k, v in good.items() if k != "weights"}, "'weights' is missing"),
        ({**good, "weights": {"bias": "high"}}, "finite numbers"),
        ({**good, "show_above": 2}, "between 0 and 1"),
    ):
        with pytest.raises(SecondOpinionError, match=said):
            parse(broken)
    path = tmp_path / "second_opinion.json"
    path.write_text("{not json", encoding="utf-8")
    with caplog.at_level(logging.ERROR):
        assert load(path) is None
    assert "rules decide alone" in caplog.text
    path.write_text(json.dumps(good), encoding="utf-8")
    assert load(path) is not None


def test_the_shipped_file_is_valid_and_used_by_the_default_classifier() -> None:
    layer = shipped()
    assert layer is not None and layer.weights
    assert default_classifier().second_opinion is layer


def test_training_is_deterministic_and_learns() -> None:
    examples = [({"bias": 1.0, f"w:{i % 7}": 1.0, "w:good": float(i % 2)}, i % 2 == 1)
                for i in range(60)]  # fmt: skip
    first = train(examples, epochs=5, orders=3)
    assert first == train(examples, epochs=5, orders=3)
    assert predict(first, {"bias": 1.0, "w:good": 1.0}) > 0.5
    assert predict(first, {"bias": 1.0}) < 0.5


def test_members_verdicts_are_training_examples_read_by_the_current_rules(tmp_path: Path) -> None:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    from train_second_opinion import extra_examples

    path = tmp_path / "verdicts_labels.jsonl"
    items = [
        {"id": "c1", "lang": "fr", "title": CALL[0], "summary": CALL[1], "relevant": False},
        {"id": "c2", "lang": "fr", "title": NEWS[0], "summary": NEWS[1], "relevant": True},
    ]
    path.write_text("".join(json.dumps(i) + "\n" for i in items), encoding="utf-8")
    examples = extra_examples(path)
    # the member's label, whatever the rules said; the rules' reading as features
    assert [label for _x, label in examples] == [False, True]
    assert examples[0][0]["rules:relevant"] == 1.0 and examples[1][0]["rules:relevant"] == 0.0
    assert any(f.startswith("s:") for f in examples[0][0])
