"""The learned second opinion (round 14), measured leave-one-set-out on the rules' unseen errors.

    python bench/unseen_verdicts.py --out /tmp/veille-unseen
    python bench/second_opinion_loso.py --unseen /tmp/veille-unseen [--jobs 2] [--quick]

Each blind set blind4-19 is read by the rules of before its release (bench/unseen_verdicts.py);
a layer (veille/domain/second_opinion.py, trainer veille/domain/logistic.py) is trained on every
set but one (both halves of a set together) and read on the one left out. Variants: features
{evidence; + word uni/bigrams; + character 4-grams} (numbers and years dropped), direction
{both ways; promote only; demote only}, scope {everywhere; near the line}, L2 {0.01, 0.05};
weights averaged over 5 orders of the examples.

The guard: the sets with no verdict of before their release (dev = real pages,
generalisation, generalisation2, blind3), read by the current rules and a layer trained on
blind4-19: its changes, right and wrong; and the same with those sets added to training
(5-fold on them).

SELECTION, fixed before the figures: a variant may decide (change flags) only if its pooled
leave-one-set-out F1 beats the rules' by >= 0.02, its recall is >= 0.95, and on the guard
sets it makes at most one wrong change more than right ones. Otherwise the layer is a second
opinion inside the "to check" band: the "both ways, everywhere" variant and the threshold
(p >= t shows an unflagged page) recovering the most misses, leave-one-set-out pooled, with at
most BAND_COST extra pages not labelled relevant per 100 read; ties: the cheaper.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from multiprocessing import Pool
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from veille.domain.logistic import predict, prune, train  # noqa: E402
from veille.domain.second_opinion import (  # noqa: E402
    RulesReading,
    char_features,
    rule_features,
    shape_features,
    url_features,
    word_features,
)

LANGUAGES = ("fr", "nl", "en", "de")
GUARD = ("dev", "generalisation", "generalisation2", "blind3")
NEAR = 2.0  # "near the line": the verdict's closest test within 2 points of its threshold
BAND_COST = 2.0  # at most this many extra not-relevant pages shown per 100 read
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
FEATURES = ("evidence", "evidence + words", "evidence + words + chars")
DIRECTIONS = ("both ways", "promote only", "demote only")
SCOPES = ("everywhere", "near")
L2S = (0.01, 0.05)
Variant = tuple[str, str, str, float]

# id -> (row, reading, rule features, word features, char features, distance to the line)
ITEMS: dict[str, dict[str, Any]] = {}
EPOCHS = 10
ORDERS = 5
MIN_COUNT = 2  # features seen in fewer training examples are dropped
PRUNE = 0.0  # weights with |w| below this are dropped after training (a smaller file)
ADDRESS_L2 = 0.0  # the address's and the title shape's own penalty (0: the variant's L2)
EXTRA_PREFIXES = ("u:", "h:", "t0:")


def reading_of(verdict: dict[str, Any]) -> RulesReading:
    tests = verdict["tests"]
    subject = tests["subject"][0] - tests["subject"][1]
    call = tests["call"][0] - tests["call"][1] if "call" in tests else 0.0
    return RulesReading(
        verdict["evidence"], subject, call, verdict["relevant"], verdict["is_call"],
        verdict["uncertain"],
    )  # fmt: skip


def distance(r: RulesReading) -> float:
    if r.uncertain:
        return 0.0
    if r.relevant:
        return min(r.call_gap, r.subject_gap)
    return max(-min(r.call_gap, 0.0), -min(r.subject_gap, 0.0))


def add_item(family: str, row: dict[str, Any], r: RulesReading) -> None:
    title, summary = row["title"], row.get("summary") or ""
    words, _ = word_features(title, summary, row["lang"])
    ITEMS[row["id"]] = {
        "family": family, "row": row, "reading": r, "rules": rule_features(r),
        "words": words, "chars": char_features(title, summary), "near": distance(r),
        "url": url_features(row.get("url")), "url+host": url_features(row.get("url"), True),
        "url folders": url_features(row.get("url"), last=False),
        "shape": shape_features(title),
    }  # fmt: skip


def current_readings(rows: list[dict[str, Any]]) -> list[RulesReading]:
    """The current rules alone (no layer), their tests and evidence recorded."""
    from veille.config import default_classifier
    from veille.domain.classify import Classifier

    clf = Classifier(default_classifier().vocabulary)
    seen: dict[str, Any] = {}
    doubts, evidence = Classifier._doubts, Classifier._evidence

    def spy_doubts(self: Any, tests: Any, relevant: bool, reachable: bool) -> Any:
        seen["tests"] = {t.test: [t.value, t.needed] for t in tests}
        seen["evidence"] = dict(seen["last"])
        return doubts(self, tests, relevant, reachable)

    def spy_evidence(self: Any, found: Any) -> Any:
        seen["last"] = evidence(self, found)
        return seen["last"]

    Classifier._doubts, Classifier._evidence = spy_doubts, spy_evidence  # type: ignore[method-assign]
    out = []
    try:
        for row in rows:
            v = clf.classify(row["title"], row.get("summary") or "", "", row.get("lang"))
            out.append(reading_of({**seen, "relevant": v.relevant, "is_call": v.is_call,
                                   "uncertain": v.uncertain}))  # fmt: skip
    finally:
        Classifier._doubts, Classifier._evidence = doubts, evidence  # type: ignore[method-assign]
    return out


def load(unseen: Path) -> tuple[list[str], list[str]]:
    from quality import SETS, read_jsonl

    blind, guard = [], []
    for name, labelled in SETS.items():
        rows = [r for path in labelled.calls_files() for r in read_jsonl(path)]
        verdicts_file = unseen / f"{name}.jsonl"
        if verdicts_file.exists():
            verdicts = {v["id"]: v for v in read_jsonl(verdicts_file)}
            for row in rows:
                add_item(name, row, reading_of(verdicts[row["id"]]))
            blind.append(name)
        elif name in GUARD:
            for row, r in zip(rows, current_readings(rows), strict=True):
                add_item(name, row, r)
            guard.append(name)
    return blind, guard


def featurise(item: dict[str, Any], features: str) -> dict[str, float]:
    """The union of the families named ("evidence + words + url"; "evidence": the rules')."""
    found: dict[str, float] = {}
    for family in features.split(" + "):
        found.update(item["rules" if family == "evidence" else family])
    return found


def acts_on(item: dict[str, Any], variant: Variant) -> bool:
    _features, direction, scope, _l2 = variant
    flagged = item["reading"].relevant
    if (direction == "promote only" and flagged) or (direction == "demote only" and not flagged):
        return False
    return scope == "everywhere" or item["near"] <= NEAR


def fit(variant: Variant, train_ids: Iterable[str]) -> dict[str, float]:
    examples = [
        (featurise(ITEMS[i], variant[0]), bool(ITEMS[i]["row"]["relevant"]))
        for i in train_ids
        if not ITEMS[i]["row"].get("ambiguous") and acts_on(ITEMS[i], variant)
    ]
    by_prefix = dict.fromkeys(EXTRA_PREFIXES, ADDRESS_L2) if ADDRESS_L2 else None
    weights = train(
        examples,
        epochs=EPOCHS,
        l2=variant[3],
        orders=ORDERS,
        min_count=MIN_COUNT,
        l2_by_prefix=by_prefix,
    )
    return prune(weights, PRUNE)


def task(args: tuple[Variant, list[str], list[str]]) -> dict[str, float]:
    """p for each test item the variant acts on (the others keep the rules' verdict)."""
    variant, train_ids, test_ids = args
    weights = fit(variant, train_ids)
    return {
        i: predict(weights, featurise(ITEMS[i], variant[0]))
        for i in test_ids
        if acts_on(ITEMS[i], variant)
    }


def decision(i: str, probabilities: dict[str, float]) -> bool:
    return probabilities[i] >= 0.5 if i in probabilities else ITEMS[i]["reading"].relevant


def prf(pairs: list[tuple[bool, bool]]) -> tuple[float, float, float, int]:
    tp = sum(e and p for e, p in pairs)
    fp = sum(p and not e for e, p in pairs)
    fn = sum(e and not p for e, p in pairs)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, len(pairs)


def figure(ids: list[str], probabilities: dict[str, float]) -> str:
    ids = [i for i in ids if not ITEMS[i]["row"].get("ambiguous")]

    def pairs(part: list[str]) -> list[tuple[bool, bool]]:
        return [(bool(ITEMS[i]["row"]["relevant"]), decision(i, probabilities)) for i in part]

    both = pairs(ids)
    p, r, f, n = prf(both)
    tp, fp = sum(e and d for e, d in both), sum(d and not e for e, d in both)
    fn = sum(e and not d for e, d in both)
    langs = f"{tp}/{fp}/{fn} " + " ".join(
        f"{lang} {prf(pairs([i for i in ids if ITEMS[i]['row']['lang'] == lang]))[2]:.3f}"
        for lang in LANGUAGES
    )
    return f"{p:.3f}/{r:.3f}/{f:.3f} (n={n})  {langs}"


def changes(ids: list[str], probabilities: dict[str, float]) -> tuple[int, int]:
    right = wrong = 0
    for i in ids:
        item = ITEMS[i]
        if item["row"].get("ambiguous"):
            continue
        new = decision(i, probabilities)
        if new != item["reading"].relevant:
            right += new == bool(item["row"]["relevant"])
            wrong += new != bool(item["row"]["relevant"])
    return right, wrong


def band(ids: list[str], probabilities: dict[str, float], threshold: float) -> tuple[int, ...]:
    """(pages, misses, misses the rules' band shows, misses the layer adds, the rules' band's
    cost, the layer's extra cost, flags marked, of them wrong) over all items."""
    pages = misses = shown_rules = shown_layer = cost_rules = cost_layer = marks = marks_wrong = 0
    for i in ids:
        item = ITEMS[i]
        row, r = item["row"], item["reading"]
        relevant, ambiguous = bool(row["relevant"]), bool(row.get("ambiguous"))
        pages += 1
        p = probabilities.get(i)
        if r.relevant:
            if p is not None and p < 0.5 and not r.uncertain:
                marks += 1
                marks_wrong += not relevant
            continue
        miss = relevant and not ambiguous
        misses += miss
        if r.uncertain:
            shown_rules += miss
            cost_rules += not relevant
        elif p is not None and p >= threshold:
            shown_layer += miss
            cost_layer += not relevant
    return pages, misses, shown_rules, shown_layer, cost_rules, cost_layer, marks, marks_wrong


def band_text(counts: tuple[int, ...]) -> str:
    """band()'s counts as one line: misses / rules' band shows / layer adds; costs; per 100."""
    pages, misses, shown_rules, shown_layer, cost_rules, cost_layer, marks, marks_wrong = counts
    return (f"{misses} / {shown_rules} / +{shown_layer}; {cost_rules} / +{cost_layer}; "
            f"{100.0 * cost_layer / pages:.2f}/100; marks {marks} ({marks_wrong})")  # fmt: skip


def band_deciding(
    ids: list[str], probabilities: dict[str, float], threshold: float, keep_dropped: bool = True
) -> str:
    """The band when the layer decides: its decisions' misses, shown "to check" when the
    rules' band holds them, the layer dropped a rules' flag (`keep_dropped`), or p >=
    threshold."""
    pages = misses = shown = cost = marks = marks_wrong = 0
    for i in ids:
        item = ITEMS[i]
        row, r = item["row"], item["reading"]
        relevant, ambiguous = bool(row["relevant"]), bool(row.get("ambiguous"))
        pages += 1
        p = probabilities.get(i)
        flagged = decision(i, probabilities)
        if flagged:
            if r.uncertain or not r.relevant:  # promoted by the layer: marked
                marks += 1
                marks_wrong += not relevant
            continue
        miss = relevant and not ambiguous
        misses += miss
        if r.uncertain or (r.relevant and keep_dropped) or (p is not None and p >= threshold):
            shown += miss
            cost += not relevant
    return (f"misses {misses}, shown {shown}, cost {cost} ({100.0 * cost / pages:.2f}/100), "
            f"marks {marks} ({marks_wrong} wrong)")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    global EPOCHS, ORDERS, MIN_COUNT, PRUNE, ADDRESS_L2
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unseen", type=Path, default=Path("/tmp/veille-unseen"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--epochs", type=int, default=EPOCHS)
    parser.add_argument("--orders", type=int, default=ORDERS)
    parser.add_argument("--features", default=",".join(FEATURES), help="comma-separated")
    parser.add_argument("--directions", default=",".join(DIRECTIONS), help="comma-separated")
    parser.add_argument("--scopes", default=",".join(SCOPES), help="comma-separated")
    parser.add_argument("--l2s", default=",".join(map(str, L2S)), help="comma-separated")
    parser.add_argument("--min-count", type=int, default=MIN_COUNT)
    parser.add_argument("--prune", type=float, default=PRUNE, help="drop |w| below this")
    parser.add_argument("--address-l2", type=float, default=ADDRESS_L2, help="u:, h:, t0:")
    parser.add_argument("--with-guard", action="store_true", help="also train on the guard sets")
    parser.add_argument("--cache", type=Path, help="keep (or reuse) the probabilities here")
    parser.add_argument(
        "--dump", type=Path, help="write the first variant's LOSO misses and false flags here"
    )
    args = parser.parse_args(argv)
    EPOCHS, ORDERS, MIN_COUNT, PRUNE = args.epochs, args.orders, args.min_count, args.prune
    ADDRESS_L2 = args.address_l2
    blind, guard = load(args.unseen)
    print(f"blind sets (pre-release verdicts): {', '.join(blind)}; guard: {', '.join(guard)}")
    by_family = {f: [i for i, it in ITEMS.items() if it["family"] == f] for f in blind + guard}
    blind_ids = [i for f in blind for i in by_family[f]]
    guard_ids = [i for f in guard for i in by_family[f]]
    variants: list[Variant] = [
        (features, direction, scope, l2)
        for features in args.features.split(",")
        for direction in args.directions.split(",")
        for scope in args.scopes.split(",")
        for l2 in map(float, args.l2s.split(","))
    ]
    tasks = [
        (v, [i for f in blind if f != held for i in by_family[f]], by_family[held])
        for v in variants
        for held in blind
    ]
    tasks += [(v, blind_ids, guard_ids) for v in variants]  # the guard, trained on blind4-19
    name = "_".join(f.replace(" ", "") for f in args.features.split(","))
    settings = f"_{args.directions}_{args.scopes}_{args.l2s}_m{MIN_COUNT}_p{PRUNE}_a{ADDRESS_L2}"
    name += settings.replace(" ", "")
    cache = args.cache / f"{name}.json" if args.cache else None
    if cache and cache.exists():  # the probabilities of an earlier run, same code
        results = json.loads(cache.read_text(encoding="utf-8"))
    else:
        with Pool(args.jobs) as pool:
            results = pool.map(task, tasks, chunksize=1)
        if cache:
            cache.parent.mkdir(parents=True, exist_ok=True)
            cache.write_text(json.dumps(results), encoding="utf-8")
    loso: dict[Variant, dict[str, float]] = {v: {} for v in variants}
    on_guard: dict[Variant, dict[str, float]] = {}
    for (v, _train, test), result in zip(tasks, results, strict=True):
        if test is guard_ids:
            on_guard[v] = result
        else:
            loso[v].update(result)

    rules_f1 = prf([(bool(ITEMS[i]["row"]["relevant"]), ITEMS[i]["reading"].relevant)
                    for i in blind_ids if not ITEMS[i]["row"].get("ambiguous")])[2]  # fmt: skip
    print(f"== leave-one-set-out over {len(blind)} sets, pooled P/R/F1 and F1 per language ==")
    print(f"  {'rules alone':<58} {figure(blind_ids, {})}")
    allowed = []
    for v in variants:
        right, wrong = changes(guard_ids, on_guard[v])
        _p, r, f, _n = prf([(bool(ITEMS[i]["row"]["relevant"]), decision(i, loso[v]))
                           for i in blind_ids if not ITEMS[i]["row"].get("ambiguous")])  # fmt: skip
        ok = f - rules_f1 >= 0.02 and r >= 0.95 and wrong <= right + 1
        if ok:
            allowed.append((f, v))
        name = f"{v[0]}, {v[1]}, {v[2]}, L2 {v[3]}"
        print(f"  {name:<58} {figure(blind_ids, loso[v])}  guard {right} right / {wrong} wrong"
              + ("  MAY DECIDE" if ok else ""), flush=True)  # fmt: skip
    print("== the guard, per set (trained on every blind set): rules alone -> with the layer ==")
    for v in variants:
        if v[1] != "both ways" or v[2] != "everywhere":
            continue
        for f in guard:
            right, wrong = changes(by_family[f], on_guard[v])
            print(f"  {v[0]}, L2 {v[3]} {f:<16} {figure(by_family[f], {})} -> "
                  f"{figure(by_family[f], on_guard[v])}: {right} right, {wrong} wrong")  # fmt: skip
    if allowed:
        best = max(allowed)[1]
        print(f"SELECTION: {best} may decide")
        print(f"  rules alone, their band: LOSO {band_deciding(blind_ids, {}, 2.0)}; "
              f"guard {band_deciding(guard_ids, {}, 2.0)}")  # fmt: skip
        for keep in (True, False):
            for t in THRESHOLDS:
                print(f"  deciding, {'its drops shown' if keep else 'its drops hidden'}, band "
                      f"p>={t}: LOSO {band_deciding(blind_ids, loso[best], t, keep)}; "
                      f"guard {band_deciding(guard_ids, on_guard[best], t, keep)}")  # fmt: skip
    else:
        print("SELECTION: no variant may decide; the layer is a second opinion in the band")
    # the band: both ways, everywhere (p for every page), the threshold by LOSO
    band_choices = []
    print("== the band, leave-one-set-out pooled: misses / rules' band shows / layer adds; "
          "cost rules / layer extra; extra per 100; flags marked (wrong) ==")  # fmt: skip
    for v in variants:
        if v[1] != "both ways" or v[2] != "everywhere":
            continue
        for t in THRESHOLDS:
            counts = band(blind_ids, loso[v], t)
            print(f"  {v[0]:<26} L2 {v[3]} p>={t}: {band_text(counts)}   guard: "
                  f"{band_text(band(guard_ids, on_guard[v], t))}")  # fmt: skip
            if 100.0 * counts[5] / counts[0] <= BAND_COST:
                band_choices.append((counts[3], -counts[5], t, v))
    if band_choices:
        sl, cost, t, v = max(band_choices)
        print(f"BAND CHOICE: {v[0]}, L2 {v[3]}, show p >= {t}: {sl} misses added, {-cost} cost")
    if args.dump:
        dump(args.dump, blind_ids, loso[variants[0]])
    if args.with_guard:
        with_guard(variants, blind, guard, by_family, args.jobs)
    return 0


def dump(path: Path, ids: list[str], probabilities: dict[str, float]) -> None:
    """The leave-one-set-out errors (items not ambiguous) as JSON Lines: the label against the
    final decision, the rules' verdict before the layer, p, and the page's words."""
    with path.open("w", encoding="utf-8") as sink:
        for i in ids:
            item = ITEMS[i]
            row, r = item["row"], item["reading"]
            final, relevant = decision(i, probabilities), bool(row["relevant"])
            if row.get("ambiguous") or final == relevant:
                continue
            sink.write(json.dumps({
                "id": i, "set": item["family"], "lang": row["lang"], "relevant": relevant,
                "final": final, "rules": r.relevant, "uncertain": r.uncertain,
                "p": probabilities.get(i), "evidence": dict(r.evidence),
                "title": row["title"], "summary": row.get("summary") or "",
                "url": row.get("url"),
            }, ensure_ascii=False) + "\n")  # fmt: skip


def with_guard(
    variants: list[Variant],
    blind: list[str],
    guard: list[str],
    by_family: dict[str, list[str]],
    jobs: int,
) -> None:
    """The guard sets (their current-rules readings) added to training, to teach the layer
    that on real-style pages the rules are right: 5-fold on them (folds by id), and
    leave-one-set-out on the blind sets with all of them in training."""
    guard_ids = sorted(i for f in guard for i in by_family[f])
    blind_ids = [i for f in blind for i in by_family[f]]
    folds = [guard_ids[k::5] for k in range(5)]
    chosen = [v for v in variants if v[1] == "both ways" and v[2] == "everywhere"]
    tasks = [(v, blind_ids + [i for i in guard_ids if i not in fold], fold)
             for v in chosen for fold in folds]  # fmt: skip
    tasks += [
        (v, guard_ids + [i for f in blind if f != held for i in by_family[f]], by_family[held])
        for v in chosen
        for held in blind
    ]
    with Pool(jobs) as pool:
        results = pool.map(task, tasks, chunksize=1)
    kfold: dict[Variant, dict[str, float]] = {v: {} for v in chosen}
    loso: dict[Variant, dict[str, float]] = {v: {} for v in chosen}
    for (v, _train, test), result in zip(tasks, results, strict=True):
        (kfold if test in folds else loso)[v].update(result)
    print("== the guard sets added to training: 5-fold on them; LOSO on the blind sets ==")
    for v in chosen:
        right, wrong = changes(guard_ids, kfold[v])
        print(f"  {v[0]}, L2 {v[3]}: guard (5-fold) {figure(guard_ids, kfold[v])}: "
              f"{right} right, {wrong} wrong; blind LOSO {figure(blind_ids, loso[v])}")  # fmt: skip
        for t in THRESHOLDS:
            print(f"    p>={t}: blind {band_text(band(blind_ids, loso[v], t))}   guard: "
                  f"{band_text(band(guard_ids, kfold[v], t))}")  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main())
