"""bench/quality.py finds every kept-aside file without anyone naming them (tested on a
folder made here: the real kept-aside part is measured by the lead only)."""

import importlib.util
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "bench" / "quality.py"


def quality_module():
    spec = importlib.util.spec_from_file_location("quality", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("quality", module)  # its dataclasses look their module up
    spec.loader.exec_module(sys.modules["quality"])
    module = sys.modules["quality"]
    return module


def test_every_kept_aside_file_is_measured_apart(tmp_path):
    for name in ("blind3_calls_frnl.jsonl", "blind3_calls_ende.jsonl", "blind3_deadlines.jsonl"):
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "blind3_pairs.jsonl").write_text("", encoding="utf-8")  # not a calls set

    sets = quality_module().kept_aside(tmp_path)

    assert [(s.name, s.calls, s.deadlines) for s in sets] == [
        ("kept-aside", tmp_path / "blind3_calls_ende.jsonl", None),
        ("kept-aside", tmp_path / "blind3_calls_frnl.jsonl", None),
        ("kept-aside", None, tmp_path / "blind3_deadlines.jsonl"),
    ]


def test_a_missing_kept_aside_part_is_said_not_skipped(tmp_path):
    [placeholder] = quality_module().kept_aside(tmp_path / "absent")
    assert placeholder.calls is not None and not placeholder.calls.exists()


def test_the_second_opinion_never_learned_a_kept_aside_set(capsys):
    """The layer's training sets are released ones; a kept-aside set in them would make its
    one honest figure a measure of the layer's memory."""
    import json

    quality = quality_module()
    weights = Path(__file__).resolve().parents[1] / "config" / "defaults" / "second_opinion.json"
    trained = set(json.loads(weights.read_text(encoding="utf-8"))["training_sets"])
    kept = {
        path.name.split("_")[0]
        for path in (Path(__file__).resolve().parent / "data" / "kept_aside").glob("*.jsonl")
    }
    assert trained and trained <= set(quality.SETS)
    assert not trained & kept
    quality.print_trained_on()
    said = capsys.readouterr().out
    assert all(f" {name}," in said or f" {name}:" in said for name in trained)


def test_a_closed_answer_meets_either_labelling_of_a_closed_call():
    quality = quality_module()
    closed = {"deadline": None, "time": None, "kind": "closed", "closed_on": "2025-01-31"}
    # older sets: the past day it closed, as its deadline
    older = {"expected_deadline": "2025-01-31", "expected_kind": "deadline"}
    # newer sets: no deadline ahead
    newer = {"expected_deadline": None, "expected_kind": "none"}
    keys = ("expected_deadline", "")
    for label in (older, newer):
        tally = quality.Tally()
        assert tally.add(label, closed, keys)
        assert tally.false_deadlines == 0
    # another past day is no match: the answer is not bent to the label
    other = {"expected_deadline": "2025-01-15", "expected_kind": "deadline"}
    assert not quality.Tally().add(other, closed, keys)
