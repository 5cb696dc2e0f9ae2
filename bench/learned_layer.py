"""A learned layer on top of the rules, measured leave-one-set-out (issue 14, rounds 4-5).

    python bench/learned_layer.py [--topics PATH] [--epochs 40] [--only blind7]

A logistic regression, trained here in plain Python (no dependency), over

- the rules' evidence: each group's evidence, the subject's and the call's margins to their
  lines, the rules' verdict;
- word unigrams and bigrams of the title and of the summary (folded, lightly stemmed);
- character 4-grams of the title and summary (the "+ chars" variants).

- the rules' matched terms by group and field (the kind of page as the rules' cues say it);
- and variants trained and acting only near the decision line (elsewhere the rules decide).

Every labelled calls set (or those named by `--only`) is left out in turn, both parts of a
set together: the layer is trained on all the others (items not flagged ambiguous) and
tested on the one left out, per language, side by side with the rules alone. The rules
were written while looking at every labelled set (blind7 since round 5), so the rules'
column is optimistic everywhere. `--topics` runs the same experiment with another
checkout's vocabulary (e.g. `git archive main | tar -x -C /tmp/main`): the rules of before a
set was released, with the layer trained on the other sets, give an honest figure on it.

Nothing is shipped from here: the figures are recorded in docs/quality.md.
"""

from __future__ import annotations

import argparse
import itertools
import math
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
LANGUAGES = ("fr", "nl", "en", "de")
Features = dict[str, float]
EVIDENCE = [
    (label, re.compile(rf"{prefix} ([-\d.]+)"))
    for label, prefix in (
        ("insertion", "insertion evidence"),
        ("mentoring", "mentoring evidence"),
        ("call", "call evidence"),
        ("not_call", "not-a-call evidence"),
        ("off_topic", "other subjects"),
    )
]
MARGINS = re.compile(r"margin ([-\d.]+), needs [\d.]+\); subject \w+ ([-\d.]+)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topics", type=Path, help="another topics.yaml (e.g. main's)")
    parser.add_argument("--epochs", type=int, default=40)
    parser.add_argument("--apart", help="also pool every set but this one (e.g. blind6)")
    parser.add_argument("--only", help="leave out only the sets whose name contains this")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(REPO / "bench"))
    from quality import SETS, read_jsonl

    from veille.config import default_classifier
    from veille.domain.text import fold, light_stem, tokenize

    if args.topics:
        import yaml

        from veille.config.schema import TopicsFile
        from veille.domain.classify import Classifier

        raw = yaml.safe_load(args.topics.read_text(encoding="utf-8"))
        clf = Classifier(TopicsFile.validate_python(raw))
    else:
        clf = default_classifier()
    print(f"vocabulary: {args.topics or 'config/defaults/topics.yaml'}")
    groups: dict[str, list[dict[str, Any]]] = {}
    for name, labelled in SETS.items():
        for path in labelled.calls_files():
            label = name if len(labelled.calls_files()) == 1 else f"{name} {path.stem[-4:]}"
            rows = [r for r in read_jsonl(path) if not r.get("ambiguous")]
            groups[label] = rows

    def rule_features(row: dict[str, Any]) -> tuple[Features, bool]:
        """The rules' evidence, read from the verdict's reasons (as a person reads them)."""
        verdict = clf.classify(row["title"], row.get("summary") or "", "", row.get("lang"))
        found: Features = {"bias": 1.0, "rules:relevant": float(verdict.relevant)}
        found["rules:call"] = float(verdict.is_call)
        for reason in verdict.reasons:
            for label, pattern in EVIDENCE:
                hit = pattern.match(reason)
                if hit:
                    found[f"rules:{label}"] = float(hit.group(1)) / 5.0
        margins = MARGINS.search(" ".join(verdict.reasons))
        distance = 0.0
        if margins:
            call_margin = float(margins.group(1)) - 1.0
            subject_margin = float(margins.group(2)) - 2.0
            found["rules:call margin"] = call_margin / 5.0
            found["rules:subject margin"] = subject_margin / 5.0
            # how far the verdict is from the line: the closest test passed when relevant,
            # the farthest missed otherwise
            if verdict.relevant:
                distance = min(call_margin, subject_margin)
            else:
                distance = max(-min(call_margin, 0.0), -min(subject_margin, 0.0))
        if verdict.uncertain:
            distance = 0.0
        near[row["id"]] = distance
        terms[row["id"]] = {f"term:{m.topic}:{m.field}:{m.term}": 1.0 for m in verdict.matches}
        return found, verdict.relevant

    def word_features(row: dict[str, Any]) -> Features:
        lang = row.get("lang") or "fr"
        found: Features = {}
        for field_name, value in (("t", row["title"]), ("s", row.get("summary") or "")):
            words = [light_stem(fold(t.text), lang) for t in tokenize(value) if len(t.text) > 2]
            for word in words:
                found[f"{field_name}:{word}"] = 1.0
            for first, second in itertools.pairwise(words):
                found[f"{field_name}:{first} {second}"] = 1.0
        return found

    def char_features(row: dict[str, Any]) -> Features:
        text = fold(f"{row['title']} {row.get('summary') or ''}")
        return {f"c:{text[i : i + 4]}": 1.0 for i in range(len(text) - 3)}

    near: dict[str, float] = {}
    terms: dict[str, Features] = {}
    cache: dict[str, tuple[Features, bool, Features, Features]] = {}
    started = time.process_time()
    for rows in groups.values():
        for row in rows:
            rules, verdict = rule_features(row)
            cache[row["id"]] = (rules, verdict, word_features(row), char_features(row))
    elapsed = time.process_time() - started
    count = len(cache)
    print(f"{count} items; rules + features: {count / elapsed:,.0f} items/s (CPU)")

    def evidence(i: str) -> Features:
        return cache[i][0]

    def with_words(i: str) -> Features:
        return {**cache[i][0], **cache[i][2]}

    def with_chars(i: str) -> Features:
        return {**cache[i][0], **cache[i][2], **cache[i][3]}

    def no_rules(i: str) -> Features:
        return {"bias": 1.0, **cache[i][2], **cache[i][3]}

    def with_terms(i: str) -> Features:
        """The rules' evidence and each vocabulary term that fired, by group and field: the
        kind of page (job advert, results, tender...) as the rules' own cues say it."""
        return {**cache[i][0], **terms[i]}

    def with_terms_words(i: str) -> Features:
        return {**cache[i][0], **terms[i], **cache[i][2]}

    # (features, L2 penalty of the n-gram weights): the rules' own evidence is barely penalised
    variants: dict[str, tuple[Callable[[str], Features], float]] = {
        "rules' evidence": (evidence, 1e-3),
        "evidence + words, L2 0.001": (with_words, 1e-3),
        "evidence + words, L2 0.01": (with_words, 1e-2),
        "evidence + words, L2 0.05": (with_words, 5e-2),
        "evidence + words + chars, L2 0.01": (with_chars, 1e-2),
        "words + chars (no rules), L2 0.001": (no_rules, 1e-3),
        "evidence + terms, L2 0.01": (with_terms, 1e-2),
        "evidence + terms + words, L2 0.01": (with_terms_words, 1e-2),
    }
    # a layer trained and acting only near the line (distance <= band): elsewhere the rules
    banded: dict[str, tuple[Callable[[str], Features], float, float]] = {
        "near the line (1.0): evidence + words": (with_words, 1e-2, 1.0),
        "near the line (2.0): evidence + words": (with_words, 1e-2, 2.0),
        "near the line (2.0): evidence + terms": (with_terms, 1e-2, 2.0),
        "near the line (2.0): evidence + terms + words": (with_terms_words, 1e-2, 2.0),
        "near the line (3.0): evidence + terms + words": (with_terms_words, 1e-2, 3.0),
    }
    table: dict[str, dict[str, list[tuple[bool, bool]]]] = {"rules alone": {}}
    for name in [*variants, *banded]:
        table[name] = {}
    left_outs = [g for g in groups if not args.only or args.only in g]
    for left_out in left_outs:
        test_rows = groups[left_out]
        # both parts of a set (blind7 frnl / ende: one author) are left out together
        family = left_out.split()[0]
        train_rows = [r for g, rows in groups.items() if g.split()[0] != family for r in rows]
        table["rules alone"][left_out] = [(r["relevant"], cache[r["id"]][1]) for r in test_rows]
        for name, (featurise, l2) in variants.items():
            weights = train(
                [(featurise(r["id"]), bool(r["relevant"])) for r in train_rows],
                args.epochs,
                min_count=2,
                l2=l2,
            )
            table[name][left_out] = [
                (bool(r["relevant"]), predict(weights, featurise(r["id"])) >= 0.5)
                for r in test_rows
            ]
            for r, (_e, p) in zip(test_rows, table[name][left_out], strict=True):
                table[name].setdefault(f"{left_out}|{r['lang']}", []).append((r["relevant"], p))
        for name, (featurise, l2, band) in banded.items():
            weights = train(
                [
                    (featurise(r["id"]), bool(r["relevant"]))
                    for r in train_rows
                    if near[r["id"]] <= band
                ],
                args.epochs,
                min_count=2,
                l2=l2,
            )
            table[name][left_out] = [
                (
                    bool(r["relevant"]),
                    predict(weights, featurise(r["id"])) >= 0.5
                    if near[r["id"]] <= band
                    else cache[r["id"]][1],
                )
                for r in test_rows
            ]
            for r, (_e, p) in zip(test_rows, table[name][left_out], strict=True):
                table[name].setdefault(f"{left_out}|{r['lang']}", []).append((r["relevant"], p))
        for r in test_rows:
            table["rules alone"].setdefault(f"{left_out}|{r['lang']}", []).append(
                (r["relevant"], cache[r["id"]][1])
            )
    report(table, left_outs, args.apart)
    # the heaviest weights of the richest layer trained on every set: what it would show
    everything = [r for rows in groups.values() for r in rows]
    weights = train(
        [(with_words(r["id"]), bool(r["relevant"])) for r in everything],
        args.epochs,
        min_count=2,
        l2=1e-2,
    )
    heaviest = sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:15]
    print("heaviest weights (evidence + words, L2 0.01, trained on every set):")
    for feature, weight in heaviest:
        print(f"  {weight:+.2f}  {feature}")
    return 0


def train(
    examples: list[tuple[Features, bool]], epochs: int, min_count: int = 1, l2: float = 1e-3
) -> Features:
    """Logistic regression by AdaGrad SGD; features seen fewer than `min_count` times are
    dropped; `l2` penalises the n-gram weights, the rules' evidence ("rules:") 1e-4."""
    seen = Counter(f for x, _y in examples for f in x)
    kept = [({f: v for f, v in x.items() if seen[f] >= min_count}, y) for x, y in examples]
    weights: Features = {}
    squares: Features = {}
    rng = random.Random(14)
    order = list(range(len(kept)))
    for _ in range(epochs):
        rng.shuffle(order)
        for index in order:
            x, y = kept[index]
            error = predict(weights, x) - (1.0 if y else 0.0)
            for feature, value in x.items():
                old = weights.get(feature, 0.0)
                penalty = 1e-4 if feature.startswith(("rules:", "bias")) else l2
                gradient = error * value + penalty * old
                squares[feature] = squares.get(feature, 0.0) + gradient * gradient
                weights[feature] = old - 0.5 * gradient / math.sqrt(squares[feature] + 1e-8)
    return weights


def predict(weights: Features, x: Features) -> float:
    z = sum(weights.get(f, 0.0) * v for f, v in x.items())
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def prf(pairs: Iterable[tuple[bool, bool]]) -> tuple[float, float, float, int]:
    pairs = list(pairs)
    tp = sum(1 for e, p in pairs if e and p)
    fp = sum(1 for e, p in pairs if p and not e)
    fn = sum(1 for e, p in pairs if e and not p)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, len(pairs)


def report(
    table: dict[str, dict[str, list[tuple[bool, bool]]]], sets: list[str], apart: str | None
) -> None:
    print("left-out set: P/R/F1 (items not flagged ambiguous); per language F1 fr/nl/en/de")
    for name, cells in table.items():
        print(f"== {name} ==")
        pooled: list[tuple[bool, bool]] = []
        for left_out in sets:
            pooled += cells[left_out]
            p, r, f, n = prf(cells[left_out])
            langs = " ".join(
                f"{prf(cells[key])[2]:.2f}" if (key := f"{left_out}|{lang}") in cells else "  - "
                for lang in LANGUAGES
            )
            print(f"  {left_out:<18} {p:.2f}/{r:.2f}/{f:.2f} (n={n:>3})   {langs}")
        p, r, f, n = prf(pooled)
        print(f"  {'pooled':<18} {p:.2f}/{r:.2f}/{f:.2f} (n={n:>3})")
        if apart:
            others = [pair for s in sets if s != apart for pair in cells[s]]
            p, r, f, n = prf(others)
            print(f"  {'but ' + apart:<18} {p:.2f}/{r:.2f}/{f:.2f} (n={n:>3})")


if __name__ == "__main__":
    raise SystemExit(main())
