"""Quality of the classifier and of the deadline extractor on every labelled set, one by one.

Runs the contract commands (`veille classify`, `veille dates`: JSON Lines in and out) as
subprocesses, as any user would; `--in-process` calls the domain functions directly.

    python bench/quality.py [--set NAME]... [--calls PATH] [--deadlines PATH]
                            [--kept-aside] [--in-process] [--quiet]

Without `--set`, every set is measured and printed separately: the shared development sets
(`dev`, beside the repository in shared/eval/), the independent check sets written before
any tuning on them (`generalisation`, `generalisation2`) and the blind sets of issue 14
(`blind3`: calls in FR/NL and in EN/DE, deadline snippets; labels fixed before the code ever
ran on them). `--kept-aside` also measures the part kept aside until the end
(tests/data/kept_aside/, every `*_calls*` and `*_deadlines*` file there): only the
lead runs it.

Calls: precision/recall/F1 of `relevant` (overall, per language, with and without the items
flagged ambiguous), topic accuracy, what the "to check" band costs (calls shown that the
classifier does not flag) and saves (relevant calls among them), and the ids that are wrong;
at the end, one table of every set and language (items not flagged ambiguous).
Deadlines, per language:
exact-date accuracy, date-and-time accuracy, false deadlines (a date where none is
expected), the kind of each answer (deadline, recurring, permanent, none) against the
expected kind where the set has one, and the ids that are wrong. A call the extractor
answers "closed" (its only deadline has passed, or it says so; `"deadline": null`, the day
under `"closed_on"`) counts as the writers' "none": they expect no deadline for it.
Grouping: pair precision and recall on the labelled page pairs (bench/pair_quality.py), per
kind of pair.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
LANGUAGES = ("fr", "nl", "en", "de")
sys.path.insert(0, str(REPO))


def shared_eval() -> Path:
    """shared/eval/ beside the clone (CI, /work/main) or beside the worktrees' folder."""
    for base in (REPO.parent, REPO.parent.parent):
        if (base / "shared" / "eval").is_dir():
            return base / "shared" / "eval"
    return REPO.parent / "shared" / "eval"


@dataclass(frozen=True)
class LabelledSet:
    name: str
    calls: Path | None
    deadlines: Path | None
    # calls sets measured one by one under this set's name (one file per pair of languages)
    more_calls: tuple[Path, ...] = ()

    def calls_files(self) -> list[Path]:
        return [p for p in (self.calls, *self.more_calls) if p is not None]


EVAL = shared_eval()
SETS = {
    "dev": LabelledSet("dev", EVAL / "calls_dev.jsonl", EVAL / "deadlines_dev.jsonl"),
    "generalisation": LabelledSet(
        "generalisation",
        DATA / "generalisation_calls.jsonl",
        DATA / "generalisation_deadlines.jsonl",
    ),
    "generalisation2": LabelledSet(
        "generalisation2",
        DATA / "generalisation2_calls.jsonl",
        DATA / "generalisation2_deadlines.jsonl",
    ),
    "blind3": LabelledSet(
        "blind3",
        DATA / "blind3_calls_frnl.jsonl",
        DATA / "blind3_deadlines.jsonl",
        (DATA / "blind3_calls_ende.jsonl",),
    ),
    # kept aside until measured once at the end of issue 14's first and second rounds; since
    # then development material like the others (their first figures are in docs/quality.md)
    "blind4": LabelledSet("blind4", DATA / "blind4_calls.jsonl", DATA / "blind4_deadlines.jsonl"),
    "blind5": LabelledSet("blind5", DATA / "blind5_calls.jsonl", None),
    # kept aside until measured at the end of issue 14's third round (twice: before and after it)
    "blind6": LabelledSet("blind6", DATA / "blind6_calls.jsonl", None),
    # blind7 (240 calls; 120 + 48 deadline snippets), measured before and after round 4
    "blind7": LabelledSet(
        "blind7",
        DATA / "blind7_calls_frnl.jsonl",
        DATA / "blind7_deadlines.jsonl",
        (DATA / "blind7_calls_ende.jsonl",),
    ),
    # blind8 (240 calls, 160 deadline snippets), kept aside until measured once after round 5
    "blind8": LabelledSet(
        "blind8",
        DATA / "blind8_calls_frnl.jsonl",
        DATA / "blind8_deadlines.jsonl",
        (DATA / "blind8_calls_ende.jsonl",),
    ),
    # blind9 (240 calls, 160 deadline snippets), measured before and after round 6
    "blind9": LabelledSet(
        "blind9",
        DATA / "blind9_calls_frnl.jsonl",
        DATA / "blind9_deadlines.jsonl",
        (DATA / "blind9_calls_ende.jsonl",),
    ),
    # blind10 (240 calls, 160 deadline snippets), measured before and after round 7
    "blind10": LabelledSet(
        "blind10",
        DATA / "blind10_calls_frnl.jsonl",
        DATA / "blind10_deadlines.jsonl",
        (DATA / "blind10_calls_ende.jsonl",),
    ),
    # blind11 (240 calls, 160 deadline snippets), measured before and after round 8
    "blind11": LabelledSet(
        "blind11",
        DATA / "blind11_calls_frnl.jsonl",
        DATA / "blind11_deadlines.jsonl",
        (DATA / "blind11_calls_ende.jsonl",),
    ),
    # blind12 (240 calls, 160 deadline snippets), measured before and after round 9
    "blind12": LabelledSet(
        "blind12",
        DATA / "blind12_calls_frnl.jsonl",
        DATA / "blind12_deadlines.jsonl",
        (DATA / "blind12_calls_ende.jsonl",),
    ),
    # blind13 (240 calls, 160 deadline snippets), measured before and after round 9
    "blind13": LabelledSet(
        "blind13",
        DATA / "blind13_calls_frnl.jsonl",
        DATA / "blind13_deadlines.jsonl",
        (DATA / "blind13_calls_ende.jsonl",),
    ),
    # blind14 (240 calls, 160 deadline snippets), measured on round 9 and after round 10
    "blind14": LabelledSet(
        "blind14",
        DATA / "blind14_calls_frnl.jsonl",
        DATA / "blind14_deadlines.jsonl",
        (DATA / "blind14_calls_ende.jsonl",),
    ),
    # blind15 (240 calls, 160 deadline snippets), measured before and after round 10
    "blind15": LabelledSet(
        "blind15",
        DATA / "blind15_calls_frnl.jsonl",
        DATA / "blind15_deadlines.jsonl",
        (DATA / "blind15_calls_ende.jsonl",),
    ),
    # blind16 (240 calls, 160 deadline snippets), measured before and after round 11
    "blind16": LabelledSet(
        "blind16",
        DATA / "blind16_calls_frnl.jsonl",
        DATA / "blind16_deadlines.jsonl",
        (DATA / "blind16_calls_ende.jsonl",),
    ),
    # blind17 (240 calls, 160 deadline snippets), measured on round 11 and after round 12
    "blind17": LabelledSet(
        "blind17",
        DATA / "blind17_calls_frnl.jsonl",
        DATA / "blind17_deadlines.jsonl",
        (DATA / "blind17_calls_ende.jsonl",),
    ),
    # blind18 (240 calls, 160 deadline snippets), measured before and after round 12
    "blind18": LabelledSet(
        "blind18",
        DATA / "blind18_calls_frnl.jsonl",
        DATA / "blind18_deadlines.jsonl",
        (DATA / "blind18_calls_ende.jsonl",),
    ),
    # blind19 (240 calls, 160 deadline snippets), measured before and after round 13
    "blind19": LabelledSet(
        "blind19",
        DATA / "blind19_calls_frnl.jsonl",
        DATA / "blind19_deadlines.jsonl",
        (DATA / "blind19_calls_ende.jsonl",),
    ),
    # blind20 (240 calls, 160 deadline snippets), kept aside during round 13, measured once
    # after round 14 (the second opinion), then released
    "blind20": LabelledSet(
        "blind20",
        DATA / "blind20_calls_frnl.jsonl",
        DATA / "blind20_deadlines.jsonl",
        (DATA / "blind20_calls_ende.jsonl",),
    ),
    # blind21 (240 calls, 160 deadline snippets), kept aside during round 14, measured once
    # after round 15 (the second opinion 15.1, dates of round 15), then released
    "blind21": LabelledSet(
        "blind21",
        DATA / "blind21_calls_frnl.jsonl",
        DATA / "blind21_deadlines.jsonl",
        (DATA / "blind21_calls_ende.jsonl",),
    ),
    # blind22 (240 calls, 160 deadline snippets), kept aside during round 15, measured four
    # times (figures only), then released at the start of round 16
    "blind22": LabelledSet(
        "blind22",
        DATA / "blind22_calls_frnl.jsonl",
        DATA / "blind22_deadlines.jsonl",
        (DATA / "blind22_calls_ende.jsonl",),
    ),
    # blind23 (240 calls, 160 deadline snippets), written at the end of stop 25, kept aside
    # during round 16, measured once before it and once after it, then released
    "blind23": LabelledSet(
        "blind23",
        DATA / "blind23_calls_frnl.jsonl",
        DATA / "blind23_deadlines.jsonl",
        (DATA / "blind23_calls_ende.jsonl",),
    ),
    # train24 (240 calls), written blind like the blind sets but to train the second opinion:
    # read once by the rules of the day (docs/quality.md), then released at once
    "train24": LabelledSet(
        "train24",
        DATA / "train24_calls_frnl.jsonl",
        None,
        (DATA / "train24_calls_ende.jsonl",),
    ),
    "train25": LabelledSet(
        "train25",
        DATA / "train25_calls_frnl.jsonl",
        None,
        (DATA / "train25_calls_ende.jsonl",),
    ),
    # train26 favours short texts (a feed's or a listing's one or two lines) and newspapers
    "train26": LabelledSet(
        "train26",
        DATA / "train26_calls_frnl.jsonl",
        None,
        (DATA / "train26_calls_ende.jsonl",),
    ),
    # train27 and train28 (stop 26): long pages and short feed lines mixed
    "train27": LabelledSet(
        "train27",
        DATA / "train27_calls_frnl.jsonl",
        None,
        (DATA / "train27_calls_ende.jsonl",),
    ),
    "train28": LabelledSet(
        "train28",
        DATA / "train28_calls_frnl.jsonl",
        None,
        (DATA / "train28_calls_ende.jsonl",),
    ),
    # train29 favours pages hard to tell apart: calls beside news, tenders, job offers,
    # events, FAQs and calls to persons on the same sites
    "train29": LabelledSet(
        "train29",
        DATA / "train29_calls_frnl.jsonl",
        None,
        (DATA / "train29_calls_ende.jsonl",),
    ),
    # 120 English snippets in the forms of EU portals, UK, Irish and Maltese pages, written
    # blind by a helper for round 15's dates (docs/quality.md); the round was fixed on them
    "forms15_en": LabelledSet("forms15_en", None, DATA / "forms15_deadlines_en.jsonl"),
    # 120 deadline snippets (30 per language: closed calls, monthly cut-offs, days named
    # relative to a dated text, one time for a list), a development set written blind by a
    # helper for round 16's dates (docs/quality.md); the round was fixed on them
    "dev16": LabelledSet("dev16", None, DATA / "dev16_deadlines.jsonl"),
}


def print_trained_on() -> None:
    """Which sets the learned second opinion was trained on: their figures measure its
    memory, not the classifier (docs/quality.md, round 14)."""
    weights = REPO / "config" / "defaults" / "second_opinion.json"
    try:
        names = sorted(json.loads(weights.read_text(encoding="utf-8"))["training_sets"])
    except (OSError, ValueError, KeyError):
        return
    ordered = sorted(names, key=lambda n: (len(n), n))
    print(
        f"  the second opinion was trained on {', '.join(ordered)}: their figures measure its"
        " memory; the sets it never saw (dev, generalisation, blind3, kept aside) measure it"
    )


def kept_aside(folder: Path = DATA / "kept_aside") -> list[LabelledSet]:
    """Kept aside until the end of issue 14: measured only with --kept-aside, by the lead.

    Every calls and deadlines file in tests/data/kept_aside/ (the blind3 part, then each new
    set), each apart.
    """
    calls = sorted(folder.glob("*_calls*.jsonl"))
    deadlines = sorted(folder.glob("*_deadlines*.jsonl"))
    sets = [LabelledSet("kept-aside", path, None) for path in calls]
    sets += [LabelledSet("kept-aside", None, path) for path in deadlines]
    return sets or [LabelledSet("kept-aside", folder / "blind3_calls.jsonl", None)]


Answer = Callable[[list[dict[str, Any]]], dict[str, dict[str, Any]]]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def veille_command() -> str | None:
    local = REPO / ".venv" / "bin" / "veille"
    if local.exists():
        return str(local)
    return shutil.which("veille")


def run_command(command: str, subcommand: str) -> Answer:
    def answer(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
        payload = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        done = subprocess.run(
            [command, subcommand],
            input=payload,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if done.stderr.strip():
            print(f"[{subcommand} stderr] {done.stderr.strip()[:500]}", file=sys.stderr)
        if done.returncode != 0:
            raise RuntimeError(f"veille {subcommand} exited with {done.returncode}")
        results = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
        return {str(r["id"]): r for r in results}

    return answer


def code_measured() -> Path:
    """The checkout whose code this process imports (and so measures), or REPO if mixed.

    An editable install maps `veille.config` (the vocabulary, topics.yaml) to its own
    checkout even when `veille` itself comes from sys.path: both must be REPO's.
    """
    import veille
    import veille.config

    roots = {
        Path(veille.__file__).resolve().parent.parent,
        Path(veille.config.__file__).resolve().parent.parent,
    }
    return roots.pop() if len(roots) == 1 else Path("(mixed: " + ", ".join(map(str, roots)) + ")")


RULES_ALONE = False  # --rules-alone: without the learned layer (it remembers its training sets)


def in_process_classify(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    from veille.config import default_classifier
    from veille.contract import classify_answer
    from veille.domain.classify import Classifier

    clf = default_classifier()
    if RULES_ALONE:
        clf = Classifier(clf.vocabulary)
    answer = classify_answer(clf)
    return {str(r["id"]): answer(r) for r in records}


def in_process_dates(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    from veille.contract import dates_answer

    return {str(r["id"]): dates_answer(r) for r in records}


# --- calls -------------------------------------------------------------------------------


def prf(pairs: list[tuple[bool, bool]]) -> tuple[float, float, float, int]:
    """Precision, recall, F1 and count from (expected, predicted) pairs."""
    tp = sum(1 for e, p in pairs if e and p)
    fp = sum(1 for e, p in pairs if p and not e)
    fn = sum(1 for e, p in pairs if e and not p)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, len(pairs)


def line(label: str, pairs: list[tuple[bool, bool]]) -> str:
    p, r, f, n = prf(pairs)
    return f"  {label:<28} P={p:.3f} R={r:.3f} F1={f:.3f} (n={n})"


@dataclass
class CallsFigures:
    """One calls set's figures per language, for the closing table."""

    name: str
    cells: dict[str, tuple[float, float, float, int]]
    band_shown: int
    band_recovered: int


def report_calls(
    title: str, rows: list[dict[str, Any]], answers: dict[str, dict[str, Any]], quiet: bool
) -> CallsFigures:
    print(f"== {title} ==")
    cells: dict[str, tuple[float, float, float, int]] = {}
    for label, keep in (
        ("all items", lambda r: True),
        ("without ambiguous", lambda r: not r.get("ambiguous")),
    ):
        subset = [r for r in rows if keep(r)]
        pairs = [(bool(r["relevant"]), bool(answers[r["id"]]["relevant"])) for r in subset]
        print(line(label, pairs))
        if label == "without ambiguous":
            cells["all"] = prf(pairs)
        for lang in LANGUAGES:
            lang_pairs = [
                (bool(r["relevant"]), bool(answers[r["id"]]["relevant"]))
                for r in subset
                if r["lang"] == lang
            ]
            if lang_pairs:
                print(line(f"  {lang}", lang_pairs))
                if label == "without ambiguous":
                    cells[lang] = prf(lang_pairs)
    relevant = [r for r in rows if r["relevant"] and answers[r["id"]]["relevant"]]
    same = sum(1 for r in relevant if sorted(r["topics"]) == sorted(answers[r["id"]]["topics"]))
    print(
        f"  topic accuracy (relevant, found): {same}/{len(relevant)} = "
        f"{same / len(relevant) if relevant else 0:.3f}"
    )
    shown, recovered = report_band(rows, answers)
    figures = CallsFigures(title.split(" (")[0].removeprefix("calls: "), cells, shown, recovered)
    if quiet:
        return figures
    wrong = [r for r in rows if bool(r["relevant"]) != bool(answers[r["id"]]["relevant"])]
    print("  misclassified:")
    for r in wrong:
        kind = "FN" if r["relevant"] else "FP"
        flag = " (ambiguous)" if r.get("ambiguous") else ""
        check = " [to check]" if answers[r["id"]].get("uncertain") else ""
        print(f"    {kind} {r['id']} [{r['lang']}]{flag}{check} {r['title'][:70]}")
    topic_wrong = [r for r in relevant if sorted(r["topics"]) != sorted(answers[r["id"]]["topics"])]
    for r in topic_wrong:
        print(f"    TOPIC {r['id']} expected {r['topics']} got {answers[r['id']]['topics']}")
    return figures


def report_band(rows: list[dict[str, Any]], answers: dict[str, dict[str, Any]]) -> tuple[int, int]:
    """What the "to check" band costs (calls shown although not flagged) and saves."""
    unflagged = [r for r in rows if not answers[r["id"]]["relevant"]]
    shown = [r for r in unflagged if answers[r["id"]].get("uncertain")]
    recovered = [r for r in shown if r["relevant"]]
    missed = [r for r in unflagged if r["relevant"]]
    flagged = [r for r in rows if answers[r["id"]]["relevant"]]
    marked = [r for r in flagged if answers[r["id"]].get("uncertain")]
    wrong_marked = [r for r in marked if not r["relevant"]]
    wrong_flags = [r for r in flagged if not r["relevant"]]

    def by_layer(part: list[dict[str, Any]]) -> list[dict[str, Any]]:
        # the learned second opinion's entries (round 14): a doubt of the test "words"
        return [r for r in part if any(d["test"] == "words" for d in answers[r["id"]]["doubts"])]

    print(
        f"  to check: {len(shown)} calls shown beside the {len(flagged)} flagged "
        f"({len(shown) - len(recovered)} not relevant), recovering {len(recovered)} of the "
        f"{len(missed)} relevant calls missed; {len(marked)} flagged calls marked uncertain, "
        f"{len(wrong_marked)} of the {len(wrong_flags)} wrong flags among them; the second "
        f"opinion shows {len(by_layer(shown))} ({len(by_layer(recovered))} relevant) and marks "
        f"{len(by_layer(marked))} ({len(by_layer(wrong_marked))} wrong flags)"
    )
    return len(shown), len(recovered)


def report_summary(figures: list[CallsFigures]) -> None:
    """One line per calls set: P/R/F1 per language without ambiguous items, and the band."""
    print("== calls, every set (without ambiguous items): precision/recall/F1 (n) ==")
    header = "".join(f"{lang:>22}" for lang in ("all", *LANGUAGES))
    print(f"  {'set':<24}{header}   to-check band (all items)")
    for fig in figures:
        cells = []
        for lang in ("all", *LANGUAGES):
            if lang in fig.cells:
                p, r, f, n = fig.cells[lang]
                cells.append(f"{p:.2f}/{r:.2f}/{f:.2f} ({n:>3})".rjust(22))
            else:
                cells.append(f"{'-':>22}")
        band = f"   +{fig.band_shown} shown, {fig.band_recovered} recovered"
        print(f"  {fig.name:<24}" + "".join(cells) + band + f"   {calls_targets(fig)}")
    print(
        f"  targets (issue 14): precision ≥ {TARGET_PRECISION:.2f} and recall ≥ "
        f"{TARGET_RECALL:.2f} on all, F1 ≥ {TARGET_LANGUAGE_F1:.2f} in each language"
    )


TARGET_PRECISION, TARGET_RECALL, TARGET_LANGUAGE_F1 = 0.90, 0.95, 0.90
TARGET_EXACT_DATE, TARGET_FALSE_DEADLINES = 0.97, 0.03


def calls_targets(fig: CallsFigures) -> str:
    """
    >>> fig = CallsFigures("x", {"all": (0.86, 0.97, 0.91, 146), "en": (0.79, 1.0, 0.88, 36)}, 0, 0)
    >>> calls_targets(fig)
    'targets missed: precision 0.86, en F1 0.88'
    """
    missed = []
    precision, recall, _, _ = fig.cells["all"]
    if precision < TARGET_PRECISION:
        missed.append(f"precision {precision:.2f}")
    if recall < TARGET_RECALL:
        missed.append(f"recall {recall:.2f}")
    for lang in LANGUAGES:
        if lang in fig.cells and fig.cells[lang][2] < TARGET_LANGUAGE_F1:
            missed.append(f"{lang} F1 {fig.cells[lang][2]:.2f}")
    return "targets missed: " + ", ".join(missed) if missed else "targets met"


def deadline_targets(tallies: dict[str, Tally]) -> str:
    """
    >>> deadline_targets({"all": Tally(n=10, dates=10, nulls=2), "de": Tally(n=4, dates=3)})
    'targets missed: de exact 0.750'
    """
    missed = []
    for lang, tally in tallies.items():
        if lang != "all" and tally.n and tally.dates / tally.n < TARGET_EXACT_DATE:
            missed.append(f"{lang} exact {tally.dates / tally.n:.3f}")
    overall = tallies["all"]
    if overall.nulls and overall.false_deadlines / overall.nulls > TARGET_FALSE_DEADLINES:
        missed.append(f"false deadlines {overall.false_deadlines}/{overall.nulls}")
    return "targets missed: " + ", ".join(missed) if missed else "targets met"


# --- deadlines ---------------------------------------------------------------------------


def answered_kind(got: dict[str, Any]) -> str:
    """The kind the contract answered (older answers without `kind` are read from the rest);
    "closed" is the writers' "none" (no deadline ahead)."""
    if got.get("kind"):
        return "none" if got["kind"] == "closed" else str(got["kind"])
    if got.get("deadline"):
        return "deadline"
    return "permanent" if got.get("permanent") else "none"


def as_labelled(expected: dict[str, Any], got: dict[str, Any], date_key: str) -> dict[str, Any]:
    """The answer as the label's convention states it. Older sets label a closed call with
    the past day it closed, as its deadline (blind4's "Applications closed on 31 January
    2025" read on 10 February); newer ones expect none. A "closed" answer gives that day
    under `closed_on`: against a label of that same past day, it is that deadline."""
    closed_on = got.get("closed_on")
    if got.get("kind") == "closed" and closed_on and closed_on == expected.get(date_key):
        return {**got, "deadline": closed_on, "kind": "deadline"}
    return got


@dataclass
class Tally:
    """Counts over a group of snippets (one language, or all)."""

    n: int = 0
    dates: int = 0
    times: int = 0
    nulls: int = 0  # snippets whose expected deadline is null
    false_deadlines: int = 0  # of those, how many got a date
    kinds_labelled: int = 0
    kinds: int = 0

    def add(self, expected: dict[str, Any], got: dict[str, Any], keys: tuple[str, str]) -> bool:
        date_key, time_key = keys
        got = as_labelled(expected, got, date_key)
        self.n += 1
        date_ok = got.get("deadline") == expected.get(date_key)
        time_ok = date_ok and (not time_key or got.get("time") == expected.get(time_key))
        self.dates += date_ok
        self.times += time_ok
        if expected.get(date_key) is None:
            self.nulls += 1
            self.false_deadlines += got.get("deadline") is not None
        kind_ok = True
        if expected.get("expected_kind"):
            self.kinds_labelled += 1
            kind_ok = answered_kind(got) == expected["expected_kind"]
            self.kinds += kind_ok
        return time_ok and kind_ok

    def row(self, label: str, with_time: bool) -> str:
        def share(part: int, whole: int) -> str:
            return f"{part:>3}/{whole:<3} {part / whole:.3f}" if whole else f"{'-':>13}"

        cells = [f"  {label:<4}", f"{self.n:>4}", share(self.dates, self.n)]
        cells.append(share(self.times, self.n) if with_time else f"{'-':>13}")
        cells.append(share(self.false_deadlines, self.nulls))
        cells.append(share(self.kinds, self.kinds_labelled))
        return "  ".join(cells)


def report_deadlines(
    title: str,
    rows: list[dict[str, Any]],
    answers: dict[str, dict[str, Any]],
    keys: tuple[str, str],
    quiet: bool,
) -> None:
    print(f"== {title} ==")
    tallies = {"all": Tally(), **{lang: Tally() for lang in LANGUAGES}}
    confusion: Counter[tuple[str, str]] = Counter()
    wrong = []
    for r in rows:
        got = answers[r["id"]]
        ok = tallies["all"].add(r, got, keys)
        if r.get("lang") in tallies:
            tallies[r["lang"]].add(r, got, keys)
        if r.get("expected_kind"):
            confusion[(r["expected_kind"], answered_kind(as_labelled(r, got, keys[0])))] += 1
        if not ok:
            wrong.append((r, got))
    with_time = bool(keys[1])
    print("  lang     n     exact date     date+time  false deadlines           kind")
    for label, tally in tallies.items():
        if tally.n:
            print(tally.row(label, with_time))
    print(
        f"  {deadline_targets(tallies)} (exact date ≥ {TARGET_EXACT_DATE:.2f} in each language, "
        f"false deadlines ≤ {TARGET_FALSE_DEADLINES:.0%} of the snippets without one)"
    )
    if confusion:
        cells = ", ".join(
            f"{expected}→{got} {count}" for (expected, got), count in sorted(confusion.items())
        )
        print(f"  kinds (expected→answered): {cells}")
    if quiet:
        return
    for r, got in wrong:
        expected = (r.get(keys[0]), r.get(keys[1]) if keys[1] else None)
        kind = f" [{r['expected_kind']}→{answered_kind(got)}]" if r.get("expected_kind") else ""
        print(
            f"    {r['id']} expected {expected} got ({got.get('deadline')}, {got.get('time')})"
            f"{kind}"
        )


def summaries_as_snippets(calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The calls' summaries, whose publication date is unknown (no reference date)."""
    return [
        {"id": r["id"], "text": r["summary"], "lang": r["lang"], "reference_date": None}
        for r in calls
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--set", action="append", choices=sorted(SETS), help="only this set (repeatable)"
    )
    parser.add_argument("--calls", type=Path, help="measure this calls JSONL instead")
    parser.add_argument("--deadlines", type=Path, help="measure this deadline JSONL instead")
    parser.add_argument(
        "--kept-aside", action="store_true", help="also the kept-aside set (the lead, at the end)"
    )
    parser.add_argument("--in-process", action="store_true", help="call the functions directly")
    parser.add_argument("--quiet", action="store_true", help="figures only, not the wrong ids")
    parser.add_argument(
        "--rules-alone", action="store_true", help="in-process, without the learned layer"
    )
    args = parser.parse_args(argv)
    global RULES_ALONE
    RULES_ALONE = args.rules_alone
    if args.rules_alone:
        args.in_process = True

    if args.calls or args.deadlines:
        chosen = [LabelledSet("given", args.calls, args.deadlines)]
    else:
        chosen = [SETS[name] for name in (args.set or SETS)]
    if args.kept_aside:
        chosen.extend(kept_aside())

    command = None if args.in_process else veille_command()
    if command is None:
        if not args.in_process:
            print("no `veille` command found: calling the functions in-process", file=sys.stderr)
        classify: Answer = in_process_classify
        dates: Answer = in_process_dates
        measured = code_measured()
        print(f"mode: in-process (the code of {measured})")
        if measured != REPO:
            # a worktree run with another checkout's .venv imports that checkout's veille
            # (its editable install wins over sys.path): say so, or the figures mislead
            print(
                f"warning: the figures are of the code in {measured}, not of this checkout"
                f" ({REPO}); run this checkout's own .venv/bin/python to measure it"
            )
    else:
        classify, dates = run_command(command, "classify"), run_command(command, "dates")
        print(f"mode: subprocess ({command})")

    figures: list[CallsFigures] = []
    for labelled in chosen:
        for path in labelled.calls_files():
            if not path.exists():
                print(f"== calls: {labelled.name}: {path} is missing ==")
            else:
                calls = read_jsonl(path)
                part = path.stem.removeprefix(f"{labelled.name}_calls_")
                name = f"{labelled.name} {part}".strip()
                if path.stem in ("calls_dev", f"{labelled.name}_calls", "blind3_calls"):
                    name = labelled.name
                figures.append(
                    report_calls(
                        f"calls: {name} ({path}, {len(calls)} items)",
                        calls,
                        classify(calls),
                        args.quiet,
                    )
                )
                report_deadlines(
                    f"deadlines: {labelled.name} call summaries, no reference date",
                    calls,
                    dates(summaries_as_snippets(calls)),
                    ("deadline", ""),
                    args.quiet,
                )
        if labelled.deadlines is not None:
            if not labelled.deadlines.exists():
                print(f"== deadlines: {labelled.name}: {labelled.deadlines} is missing ==")
                continue
            snippets = read_jsonl(labelled.deadlines)
            report_deadlines(
                f"deadlines: {labelled.name} ({labelled.deadlines}, {len(snippets)} snippets)",
                snippets,
                dates(snippets),
                ("expected_deadline", "expected_time"),
                args.quiet,
            )
    if figures:
        report_summary(figures)
        if not args.kept_aside:
            print(f"  {'kept-aside':<24}not measured: only the lead runs it, with --kept-aside")
        print_trained_on()

    # Grouping: the same call on two sites or in two languages, or two calls alike
    # (blind3 pairs; with --kept-aside also the pairs kept aside).
    import pair_quality  # bench/, beside this file

    pair_quality.main(["--kept-aside"] if args.kept_aside else [])
    return 0


if __name__ == "__main__":
    sys.exit(main())
