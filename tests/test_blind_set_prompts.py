"""The prompts of a set's writers (bench/blind_sets/make_prompts.py) leave no placeholder."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "bench" / "blind_sets" / "make_prompts.py"
spec = importlib.util.spec_from_file_location("make_prompts", SCRIPT)
assert spec and spec.loader
make_prompts = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_prompts)

LEFT = re.compile(r"NN|_HERE")


@pytest.mark.parametrize(("kind", "count"), [("blind", 4), ("train", 3)])
def test_every_placeholder_is_filled(tmp_path: Path, kind: str, count: int) -> None:
    paths = make_prompts.write_prompts(kind, 31, ["blind29", "train30"], tmp_path, "Short texts.")
    assert len(paths) == count
    for path in paths:
        text = path.read_text(encoding="utf-8")
        assert not LEFT.search(text), (path.name, LEFT.search(text))
        assert "/work/blind29/, /work/train30/" in text or "labels_common" not in path.name


def test_a_training_set_is_written_under_its_own_name(tmp_path: Path) -> None:
    paths = make_prompts.write_prompts("train", 31, [], tmp_path, "")
    calls = next(p for p in paths if p.name == "t31_calls_ende.md").read_text(encoding="utf-8")
    assert "/work/train31/train31_calls_ende.jsonl" in calls
    assert "t31en001" in calls and "k31" not in calls
    assert "Funding & Tenders" in calls  # an ampersand of a note stays itself
    assert str(tmp_path / "t31_labels_common.md") in calls
