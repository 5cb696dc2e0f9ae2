"""The rules' verdicts on each blind set as they were before anyone saw it (learned-layer trial).

    python bench/unseen_verdicts.py [--out /tmp/veille-unseen]

For each blind set, the code and vocabulary of the commit before the set was released
(`git archive`, only veille/ and config/) classify the set's calls; the verdicts (relevant,
reasons) are written to OUT/<set>.jsonl: `bench/learned_layer.py --blind blind12 --unseen OUT`
trains a layer on the rules' errors on pages they had not been tuned on (on the sets they
were tuned on, the rules are right 99% of the time and a layer learns only to copy them).
The trial's figures and why the layer was not kept: docs/quality.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
# set -> the commit that released it (its data came in then; its parent had not seen it)
RELEASED = {
    "blind4": "0e232e8",
    "blind5": "0e232e8",
    "blind6": "4eb95b7",
    "blind7": "16ed106",
    "blind8": "42a408b",
    "blind9": "23dac2f",
    "blind10": "3e8c21b",
    "blind11": "c6432d3",
    "blind12": "ca04415",
    "blind13": "592db89",
    "blind14": "40d22f8",
    "blind15": "40d22f8",
    "blind16": "21a388a",
    "blind17": "b44cf62",
    "blind18": "b44cf62",
    "blind19": "531453d",
    # released after round 14; its parent here is the rules of round 13 (99bbeb2), which
    # read it kept aside and never saw its errors: the rules that had not seen it
    "blind20": "28b90a9",
    # released after round 15; its parent is the merge of round 15, whose rules read it kept
    # aside and never saw its errors
    "blind21": "13319f3",
    # released at the start of round 16; its parent is the code that read it kept aside
    # (round 15 as shipped), which never saw its errors
    "blind22": "e49dbe3",
    # released after round 16; its parent is the merge of round 16, which read it kept aside
    "blind23": "4b82fd2",
    # written blind to train, released at once: its parent's rules never saw it
    "train24": "91ad8b9",
    "train25": "3aa3678",
    "train26": "3aa3678",
    "train27": "1e29d24",
    "train28": "1e29d24",
    "train29": "efd06b3",
}

CHILD = r"""
import json, sys
old, out = sys.argv[1], sys.argv[2]
import __editable___veille_0_1_0_finder as finder  # the editable install maps to its clone
clone = finder.MAPPING["veille"].rsplit("/", 1)[0]
for name, path in list(finder.MAPPING.items()):
    finder.MAPPING[name] = old + path[len(clone):]
sys.path.insert(0, old)
from veille.config.loader import default_classifier
import veille.domain.classify as classify
assert classify.__file__.startswith(old), classify.__file__
# the learned layer reads the rules' evidence and the two tests: `_evidence` and `_doubts`
# (same signatures in every commit RELEASED names) are wrapped to record them; the evidence
# kept is the one the tests were read from (`_turned_by_genre` recomputes it afterwards)
seen = {}
doubts, evidence = classify.Classifier._doubts, classify.Classifier._evidence
def spy_doubts(self, tests, relevant, reachable):
    seen["tests"] = {t.test: [t.value, t.needed] for t in tests}
    seen["evidence"] = dict(seen["last"])
    return doubts(self, tests, relevant, reachable)
def spy_evidence(self, found):
    seen["last"] = evidence(self, found)
    return seen["last"]
classify.Classifier._doubts, classify.Classifier._evidence = spy_doubts, spy_evidence
clf = default_classifier()
# the rules alone: a commit that ships the learned layer would record its turns as theirs
if hasattr(clf, "second_opinion"):
    clf.second_opinion = None
with open(out, "w", encoding="utf-8") as sink:
    for line in sys.stdin:
        row = json.loads(line)
        seen.clear()
        v = clf.classify(row["title"], row.get("summary") or "", "", row.get("lang"))
        sink.write(json.dumps({"id": row["id"], "relevant": v.relevant, "is_call": v.is_call,
                               "uncertain": bool(getattr(v, "uncertain", False)),
                               "evidence": seen["evidence"], "tests": seen["tests"],
                               "reasons": v.reasons}, ensure_ascii=False) + "\n")
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/veille-unseen"))
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, commit in RELEASED.items():
        files = sorted(DATA.glob(f"{name}_calls*.jsonl"))
        lines = "".join(path.read_text(encoding="utf-8") for path in files)
        with tempfile.TemporaryDirectory() as folder:
            archive = Path(folder) / "code.tar"
            subprocess.run(
                [
                    "git",
                    "-C",
                    str(REPO),
                    "archive",
                    "-o",
                    str(archive),
                    f"{commit}^",
                    "veille",
                    "config",
                ],
                check=True,
            )
            with tarfile.open(archive) as tar:
                tar.extractall(folder, filter="data")
            subprocess.run(
                [sys.executable, "-c", CHILD, folder, str(args.out / f"{name}.jsonl")],
                input=lines,
                text=True,
                check=True,
            )
        print(f"{name}: {len(lines.splitlines())} calls on {commit}^'s rules", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
