"""A learned layer on top of the rules, measured leave-one-set-out (issue 14, rounds 4-5, 10).

    python bench/learned_layer.py [--topics PATH] [--epochs 40] [--only blind7]
    python bench/unseen_verdicts.py --out /tmp/veille-unseen   # the learned-layer trial, then:
    python bench/learned_layer.py --blind blind12 --also blind11 --epochs 20 \
        --unseen /tmp/veille-unseen

The learned-layer trial (`--blind`): the set named is kept out of training and of the choice; twelve
variants (evidence / + words / + chars; flipping both ways or only demoting; everywhere or
near the line) are measured leave-one-set-out on the others, the best pooled F1 (recall >=
0.95) is chosen, and only then read on the blind set. With `--unseen`, each set is read by
the rules of before its release (bench/unseen_verdicts.py), and the sets without such
verdicts (dev, generalisation) show the layer's effect on pages it never saw, over the
current rules.

A logistic regression, trained by the shipped trainer (veille/domain/logistic.py), over

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
import re
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
# the one trainer, the shipped second opinion's (one order of the examples: these trials'
# figures were measured so)
from veille.domain.logistic import predict, train  # noqa: E402

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
MARGINS = re.compile(
    r"margin ([-\d.]+), needs ([\d.]+)\); subject \w+ ([-\d.]+) \(needs ([\d.]+)\)"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topics", type=Path, help="another topics.yaml (e.g. main's)")
    parser.add_argument("--epochs", type=int, default=40)
    parser.add_argument("--apart", help="also pool every set but this one (e.g. blind6)")
    parser.add_argument("--only", help="leave out only the sets whose name contains this")
    parser.add_argument(
        "--blind",
        help="learned-layer trial: keep this set (e.g. blind12) out of everything, choose by "
        "leave-one-set-out on the others, then read the chosen variant's figure on it once",
    )
    parser.add_argument(
        "--unseen",
        type=Path,
        help="with --blind: the rules' verdicts of before each set was released (written by "
        "bench/unseen_verdicts.py): only those sets, each read by the rules that had not seen it",
    )
    parser.add_argument("--also", help="with --blind: the chosen variant with this set left out")
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
    stored: dict[str, Any] = {}
    real: dict[str, list[dict[str, Any]]] = {}
    if args.unseen:
        # the sets with no verdict of before their release (dev: real pages; generalisation):
        # read by the current rules, never trained on, the layer's effect on them is shown
        real = {
            g: rows
            for g, rows in groups.items()
            if not (args.unseen / f"{g.split()[0]}.jsonl").exists()
        }
        groups = {
            g: rows
            for g, rows in groups.items()
            if (args.unseen / f"{g.split()[0]}.jsonl").exists()
        }
        for path in args.unseen.glob("*.jsonl"):
            for item in read_jsonl(path):
                item["matches"] = [
                    SimpleNamespace(topic=t, field=f, term=m) for t, f, m in item.get("matches", [])
                ]
                item["uncertain"] = False
                stored[item["id"]] = SimpleNamespace(**item)
        print(f"the rules' verdicts of before each set was released: {args.unseen}")

    def rule_features(row: dict[str, Any]) -> tuple[Features, bool]:
        """The rules' evidence, read from the verdict's reasons (as a person reads them)."""
        verdict = stored.get(row["id"]) or clf.classify(
            row["title"], row.get("summary") or "", "", row.get("lang")
        )
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
            call_margin = float(margins.group(1)) - float(margins.group(2))
            subject_margin = float(margins.group(3)) - float(margins.group(4))
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
    for rows in [*groups.values(), *real.values()]:
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

    if args.blind:
        feature_sets: dict[str, Callable[[str], Features]] = {
            "evidence": evidence,
            "evidence + words": with_words,
            "evidence + words + chars": with_chars,
        }
        return honest(groups, cache, near, feature_sets, args.blind, args.also, args.epochs, real)

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
                epochs=args.epochs,
                min_count=2,
                orders=1,
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
                epochs=args.epochs,
                min_count=2,
                orders=1,
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
        epochs=args.epochs,
        min_count=2,
        orders=1,
        l2=1e-2,
    )
    heaviest = sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:15]
    print("heaviest weights (evidence + words, L2 0.01, trained on every set):")
    for feature, weight in heaviest:
        print(f"  {weight:+.2f}  {feature}")
    return 0


Variant = tuple[str, str, str]  # (features, "both ways" | "demote only", "everywhere" | "near")
BAND = 2.0  # "near the line": the verdict's closest test within 2 points of its threshold


def honest(
    groups: dict[str, list[dict[str, Any]]],
    cache: dict[str, tuple[Features, bool, Features, Features]],
    near: dict[str, float],
    feature_sets: dict[str, Callable[[str], Features]],
    blind: str,
    also: str | None,
    epochs: int,
    real: dict[str, list[dict[str, Any]]],
) -> int:
    """Learned-layer trial: `blind` is kept out of training and of the choice; each variant is
    measured leave-one-set-out on the other sets, the best pooled F1 (recall >= 0.95) is chosen, and
    only then is that one variant read on `blind` (trained on every other set)."""
    families: dict[str, list[dict[str, Any]]] = {}
    for label, rows in groups.items():
        families.setdefault(label.split()[0], []).extend(rows)
    others = [f for f in families if f != blind]
    variants: list[Variant] = [
        (features, direction, scope)
        for features in feature_sets
        for direction in ("both ways", "demote only")
        for scope in ("everywhere", "near")
    ]

    def fit_and_apply(
        variant: Variant, train_rows: list[dict[str, Any]], test_rows: list[dict[str, Any]]
    ) -> list[tuple[bool, bool]]:
        features, direction, scope = variant
        featurise = feature_sets[features]

        def acts_on(row: dict[str, Any]) -> bool:
            if direction == "demote only" and not cache[row["id"]][1]:
                return False
            return scope == "everywhere" or near[row["id"]] <= BAND

        weights = train(
            [(featurise(r["id"]), bool(r["relevant"])) for r in train_rows if acts_on(r)],
            epochs=epochs,
            min_count=2,
            orders=1,
            l2=1e-2,
        )
        return [
            (
                bool(r["relevant"]),
                predict(weights, featurise(r["id"])) >= 0.5 if acts_on(r) else cache[r["id"]][1],
            )
            for r in test_rows
        ]

    print(f"leave-one-set-out on the sets but {blind} ({', '.join(others)}), P/R/F1 pooled")
    rules_pairs = [(bool(r["relevant"]), cache[r["id"]][1]) for f in others for r in families[f]]
    p, r, f1, n = prf(rules_pairs)
    print(f"  {'rules alone':<48} {p:.3f}/{r:.3f}/{f1:.3f} (n={n})")
    scores: dict[Variant, tuple[float, float, float, int]] = {}
    for variant in variants:
        pooled: list[tuple[bool, bool]] = []
        for left_out in others:
            train_rows = [r for f in others if f != left_out for r in families[f]]
            pooled += fit_and_apply(variant, train_rows, families[left_out])
        scores[variant] = prf(pooled)
        p, r, f1, n = scores[variant]
        print(f"  {', '.join(variant):<48} {p:.3f}/{r:.3f}/{f1:.3f} (n={n})", flush=True)
    eligible = [v for v in variants if scores[v][1] >= 0.95] or variants
    chosen = max(eligible, key=lambda v: scores[v][2])
    print(f"chosen by leave-one-set-out (not by {blind}): {', '.join(chosen)}")

    def read_once(test_family: str, test_rows: list[dict[str, Any]], without: str) -> None:
        train_rows = [r for f in families if f != without for r in families[f]]
        layered = fit_and_apply(chosen, train_rows, test_rows)
        rules = [(bool(r["relevant"]), cache[r["id"]][1]) for r in test_rows]
        for name, pairs in (("rules alone", rules), ("rules + layer", layered)):
            p, r, f1, n = prf(pairs)
            by_lang = {
                lang: [pr for pr, row in zip(pairs, test_rows, strict=True) if row["lang"] == lang]
                for lang in LANGUAGES
            }
            langs = " ".join(f"{lang} {prf(by_lang[lang])[2]:.2f}" for lang in LANGUAGES)
            print(f"  {test_family} {name:<14} {p:.3f}/{r:.3f}/{f1:.3f} (n={n})  {langs}")
        changed = [
            (row["id"], rule[1], mine[1], row["relevant"])
            for row, rule, mine in zip(test_rows, rules, layered, strict=True)
            if rule[1] != mine[1]
        ]
        print(
            f"  changed {len(changed)}: "
            + ", ".join(
                f"{i} {'flag' if new else 'drop'} ({'right' if new == truth else 'wrong'})"
                for i, _old, new, truth in changed
            )
        )

    print(f"{blind} (honest: no rule written since it was measured), trained on every other set:")
    read_once(blind, families[blind], blind)
    if also:
        print(f"{also} left out, trained on the rest:")
        read_once(also, families[also], also)
    if real:
        print(f"the same layer (trained without {blind}) over the current rules, on sets it never")
        print("saw and the rules were written on (dev: real pages):")
        for name, rows in real.items():
            read_once(name, rows, blind)
    return 0


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
