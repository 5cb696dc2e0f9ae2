"""What the "to check" band recovers of the misses on pages the rules were not tuned on.

    python bench/band_unseen.py [--sets blind4,blind5] [--rows]

Each blind set is read by the rules of the commit before its release (the RELEASED map of
bench/unseen_verdicts.py): a child process runs that old classifier with its `_doubts`
and `_evidence` wrapped, so every page's tests (subject and call evidence against their
lines), call cues and verdict are known. Each band variant below (a wider `uncertain_below`,
per-test distances, "a strong subject not read as a call but with a call cue", ...) is then
computed from those readings, as the old band was: no variant changes a verdict, it only
shows more unflagged pages "to check". Per set, language and pooled: the misses (labelled
relevant, not ambiguous, not flagged), the misses the variant shows, and its cost (pages not
labelled relevant that it shows), and the extra cost per 100 pages read over the band of the
time. The choice rule is written before the figures (CHOICE) and checked leave-one-set-out.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from unseen_verdicts import DATA, RELEASED, REPO

LANGUAGES = ("fr", "nl", "en", "de")
# the choice rule, fixed before any variant was measured: the variant that recovers the
# most misses pooled over the sets, among those showing at most this many extra pages not
# labelled relevant per 100 pages read (over the band of the time); ties: the cheaper one
MAX_EXTRA_PER_100 = 3.0

# The old classifier, its band's inputs recorded: `_doubts(tests, relevant, reachable)` and
# `_evidence` exist with these signatures in every commit RELEASED names.
CHILD = r"""
import json, sys
old = sys.argv[1]
import __editable___veille_0_1_0_finder as finder  # the editable install maps to its clone
clone = finder.MAPPING["veille"].rsplit("/", 1)[0]
for name, path in list(finder.MAPPING.items()):
    finder.MAPPING[name] = old + path[len(clone):]
sys.path.insert(0, old)
from veille.config.loader import default_classifier
import veille.domain.classify as classify
assert classify.__file__.startswith(old), classify.__file__
seen = {}
doubts, evidence = classify.Classifier._doubts, classify.Classifier._evidence
def spy_doubts(self, tests, relevant, reachable):
    seen["tests"] = [{"test": t.test, "name": t.name, "value": t.value, "needed": t.needed}
                     for t in tests]
    seen["reachable"] = reachable
    return doubts(self, tests, relevant, reachable)
def spy_evidence(self, found):
    seen["evidence"] = evidence(self, found)
    return seen["evidence"]
classify.Classifier._doubts, classify.Classifier._evidence = spy_doubts, spy_evidence
clf = default_classifier()
for line in sys.stdin:
    row = json.loads(line)
    seen.clear()
    v = clf.classify(row["title"], row.get("summary") or "", "", row.get("lang"))
    matches = [[m.term, m.topic, m.field] for m in v.matches]
    print(json.dumps({"id": row["id"], "flagged": v.relevant, "is_call": v.is_call,
                      "uncertain": bool(getattr(v, "uncertain", False)), "matches": matches,
                      **seen}, ensure_ascii=False))
"""


@dataclass(frozen=True)
class Reading:
    """One page of a blind set, its label and the old rules' reading of it."""

    set_name: str
    lang: str
    relevant: bool
    ambiguous: bool
    flagged: bool
    reachable: bool
    subject_gap: float  # subject evidence minus its line (negative: missed)
    call_gap: float  # call margin minus its line
    cues: frozenset[str]  # the call cues found: "deadline", "title", "summary"

    @property
    def miss(self) -> bool:
        return self.relevant and not self.ambiguous and not self.flagged


Variant = Callable[[Reading], bool]  # does the band show this unflagged page?


def band(below_subject: float, below_call: float) -> Variant:
    """The band of `_doubts`: every missed test within its distance, and some call cue."""

    def shows(r: Reading) -> bool:
        return r.reachable and r.subject_gap >= -below_subject and r.call_gap >= -below_call

    return shows


def strong_subject_not_call(margin: float, cues: frozenset[str]) -> Variant:
    """A subject at least `margin` over its line, the call test missed by any distance,
    and one of `cues` ("deadline", "title", "summary") among the call evidence."""

    def shows(r: Reading) -> bool:
        return r.subject_gap >= margin and r.call_gap < 0 and bool(r.cues & cues)

    return shows


def either(*variants: Variant) -> Variant:
    return lambda r: any(v(r) for v in variants)


def variants() -> dict[str, Variant]:
    """The band of the time, and the wider bands measured against it."""
    found: dict[str, Variant] = {"band of the time (1.0)": band(1.0, 1.0)}
    for below in (1.5, 2.0, 3.0, 5.0):
        found[f"uncertain_below {below}"] = band(below, below)
    for subject, call in (
        (1.0, 2.0),
        (1.0, 3.0),
        (1.0, 5.0),
        (2.0, 1.0),
        (3.0, 1.0),
        (1.25, 1.0),
        (1.5, 1.0),
        (1.5, 2.0),
        (1.5, 3.0),
        (1.5, 5.0),
        (1.25, 3.0),
        (1.75, 3.0),
        (2.0, 3.0),
    ):
        found[f"per test: subject {subject}, call {call}"] = band(subject, call)
    cue_sets = {
        "any cue": frozenset({"deadline", "title", "summary"}),
        "deadline or title cue": frozenset({"deadline", "title"}),
        "deadline cue": frozenset({"deadline"}),
        "title cue": frozenset({"title"}),
    }
    for margin in (0.0, 1.0, 2.0, 3.0):
        for cue_name, cues in cue_sets.items():
            found[f"band + subject >= line+{margin}, call missed, {cue_name}"] = either(
                band(1.0, 1.0), strong_subject_not_call(margin, cues)
            )
    for subject in (2.0, 3.0):
        found[f"band + call passed, subject within {subject}"] = either(
            band(1.0, 1.0), band(subject, 0.0)
        )
    return found


def read_set(name: str, commit: str) -> list[Reading]:
    """The set's pages read by the rules of `commit`'s parent."""
    files = sorted(DATA.glob(f"{name}_calls*.jsonl"))
    rows = [json.loads(line) for path in files for line in path.read_text("utf-8").splitlines()]
    rows = [r for r in rows if r]
    with tempfile.TemporaryDirectory() as folder:
        archive = Path(folder) / "code.tar"
        git = ["git", "-C", str(REPO), "archive", "-o", str(archive), f"{commit}^"]
        subprocess.run([*git, "veille", "config"], check=True)
        with tarfile.open(archive) as tar:
            tar.extractall(folder, filter="data")
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        out = subprocess.run(
            [sys.executable, "-c", CHILD, folder],
            input=lines,
            text=True,
            capture_output=True,
            check=True,
        ).stdout
    answers = {a["id"]: a for a in map(json.loads, out.splitlines())}
    return [reading(name, row, answers[row["id"]]) for row in rows]


def reading(set_name: str, row: dict[str, Any], answer: dict[str, Any]) -> Reading:
    tests = {t["test"]: t["value"] - t["needed"] for t in answer["tests"]}
    cues = set()
    for term, topic, field_name in answer["matches"]:
        if topic != "call":
            continue
        if term == "submission deadline":
            cues.add("deadline")
        elif field_name in ("title", "summary"):
            cues.add(field_name)
    return Reading(
        set_name,
        row["lang"],
        bool(row["relevant"]),
        bool(row.get("ambiguous")),
        bool(answer["flagged"]),
        bool(answer["reachable"]),
        tests["subject"],
        tests.get("call", 0.0),
        frozenset(cues),
    )


@dataclass(frozen=True)
class Tally:
    pages: int
    misses: int
    recovered: int
    cost: int  # unflagged pages not labelled relevant that the band shows


def tally(readings: Iterable[Reading], shows: Variant) -> Tally:
    rows = list(readings)
    shown = [r for r in rows if not r.flagged and shows(r)]
    return Tally(
        len(rows),
        sum(r.miss for r in rows),
        sum(r.miss for r in shown),
        sum(not r.relevant for r in shown),
    )


def extra_per_100(readings: list[Reading], shows: Variant, base: Variant) -> float:
    extra = tally(readings, shows).cost - tally(readings, base).cost
    return 100.0 * extra / max(len(readings), 1)


def choose(readings: list[Reading], found: dict[str, Variant]) -> str:
    """CHOICE: the most misses recovered within MAX_EXTRA_PER_100; ties: the cheaper."""
    base = found["band of the time (1.0)"]
    allowed = [n for n, v in found.items() if extra_per_100(readings, v, base) <= MAX_EXTRA_PER_100]
    return max(
        allowed,
        key=lambda n: (tally(readings, found[n]).recovered, -tally(readings, found[n]).cost),
    )


def print_table(readings: list[Reading], found: dict[str, Variant]) -> None:
    base = found["band of the time (1.0)"]
    print(f"  {'variant':<66} {'misses':>6} {'shown':>6} {'cost':>5} {'extra/100':>9}")
    for name, shows in found.items():
        t = tally(readings, shows)
        extra = extra_per_100(readings, shows, base)
        print(f"  {name:<66} {t.misses:>6} {t.recovered:>6} {t.cost:>5} {extra:>9.2f}")


def print_per_set(readings: list[Reading], name: str, shows: Variant) -> None:
    print(f"== {name}: per set and language (misses / recovered / cost) ==")
    sets = list(dict.fromkeys(r.set_name for r in readings))
    print(f"  {'set':<10}" + "".join(f"{lang:>12}" for lang in (*LANGUAGES, "all")))
    for set_name in [*sets, "pooled"]:
        rows = [r for r in readings if set_name in ("pooled", r.set_name)]
        cells = []
        for lang in (*LANGUAGES, "all"):
            part = [r for r in rows if lang in ("all", r.lang)]
            t = tally(part, shows)
            cells.append(f"{t.misses}/{t.recovered}/{t.cost}".rjust(12) if part else f"{'-':>12}")
        print(f"  {set_name:<10}" + "".join(cells))


def leave_one_out(readings: list[Reading], found: dict[str, Variant]) -> None:
    """Choose on every set but one, read the choice on the one left out."""
    print("== leave one set out: chosen on the others, read on the one left out ==")
    base = found["band of the time (1.0)"]
    sets = list(dict.fromkeys(r.set_name for r in readings))
    shares, extras = [], []
    for held in sets:
        chosen = choose([r for r in readings if r.set_name != held], found)
        part = [r for r in readings if r.set_name == held]
        t, b = tally(part, found[chosen]), tally(part, base)
        extra = extra_per_100(part, found[chosen], base)
        shares.append(t.recovered / t.misses if t.misses else None)
        extras.append(extra)
        print(
            f"  {held:<8} {chosen:<62} recovered {t.recovered}/{t.misses} "
            f"(band of the time {b.recovered}), extra cost {extra:.2f}/100"
        )
    known = [s for s in shares if s is not None]
    print(
        f"  mean: recovered share {sum(known) / len(known):.2f} of the misses "
        f"(sets with a miss), extra cost {sum(extras) / len(extras):.2f} per 100 pages"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default=",".join(RELEASED), help="comma-separated")
    parser.add_argument("--rows", action="store_true", help="list the misses and their gaps")
    args = parser.parse_args(argv)
    readings: list[Reading] = []
    for name in args.sets.split(","):
        readings.extend(read_set(name, RELEASED[name]))
    found = variants()
    print(f"== variants, pooled over {len(readings)} pages of {args.sets} ==")
    print_table(readings, found)
    chosen = choose(readings, found)
    print(f"  CHOICE (most recovered, at most {MAX_EXTRA_PER_100} extra per 100): {chosen}")
    print_per_set(readings, "band of the time", found["band of the time (1.0)"])
    print_per_set(readings, chosen, found[chosen])
    leave_one_out(readings, found)
    if args.rows:
        print("== misses: set, language, subject gap, call gap, cues ==")
        for r in readings:
            if r.miss:
                print(
                    f"  {r.set_name:<8} {r.lang} subject {r.subject_gap:+.2f} "
                    f"call {r.call_gap:+.2f} cues {sorted(r.cues)}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
