"""Throughput of the domain code on one core: calls classified and deadlines found per second.

    python bench/throughput_domain.py [--seconds 3] [--weights PATH] [--rules-alone]

Uses the dev evaluation items (titles, summaries, snippets) when present, else built-in
samples, and also a long page body to show the cost of full texts. Peak memory is
measured with tracemalloc on a separate pass (tracing slows the code down).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from veille.config import default_classifier  # noqa: E402
from veille.domain.dates import extract_deadline  # noqa: E402

sys.path.insert(0, str(REPO / "bench"))
from quality import shared_eval  # noqa: E402

EVAL = shared_eval()

FALLBACK_CALLS = [
    {
        "title": "Appel à projets : insertion socioprofessionnelle des demandeurs d'emploi",
        "summary": "Le Forem lance un appel à projets. Date limite : 25 août 2023 à 12h00.",
        "lang": "fr",
    },
    {
        "title": "Oproep mentoring naar werk",
        "summary": "Indienen kan tot en met 30 april 2026 om 12 uur.",
        "lang": "nl",
    },
]


def load(name: str) -> list[dict]:
    path = EVAL / name
    if not path.exists():
        return []
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def rate(work: Callable[[], int], seconds: float) -> float:
    """Items per CPU second (one core, whatever else the machine runs), running `work`
    (which returns how many items it did) repeatedly."""
    done = 0
    start = time.process_time()
    while time.process_time() - start < seconds:
        done += work()
    return done / (time.process_time() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--weights", type=Path, help="another second opinion's weights file")
    parser.add_argument("--rules-alone", action="store_true", help="no second opinion")
    args = parser.parse_args(argv)

    calls = load("calls_dev.jsonl") or FALLBACK_CALLS
    snippets = load("deadlines_dev.jsonl") or [
        {"text": c["summary"], "reference_date": None, "lang": c["lang"]} for c in calls
    ]
    clf = default_classifier()
    if args.weights or args.rules_alone:  # side by side with another layer, or none
        from veille.domain.classify import Classifier
        from veille.domain.second_opinion import load as load_layer

        layer = None if args.rules_alone else load_layer(args.weights)
        clf = Classifier(clf.vocabulary, layer)
        print(f"second opinion: {args.weights if layer else 'none (the rules alone)'}")
    body = " ".join(c["summary"] for c in calls)[:20_000]  # a long page body (~20k chars)

    def classify_all() -> int:
        for c in calls:
            clf.classify(c["title"], c["summary"], lang=c["lang"], url=c.get("url"))
        return len(calls)

    def classify_long() -> int:
        clf.classify(calls[0]["title"], calls[0]["summary"], body, lang=None)
        return 1

    refs = [
        dt.date.fromisoformat(s["reference_date"]) if s.get("reference_date") else None
        for s in snippets
    ]

    def dates_all() -> int:
        for s, ref in zip(snippets, refs, strict=True):
            extract_deadline(s["text"], ref, s.get("lang"))
        return len(snippets)

    classify_all()  # warm the vocabulary and caches
    print(f"classify (title+summary): {rate(classify_all, args.seconds):,.0f} calls/s")
    print(
        f"classify (with a {len(body):,}-char page text): "
        f"{rate(classify_long, args.seconds):,.0f} calls/s"
    )
    print(f"extract_deadline (snippets): {rate(dates_all, args.seconds):,.0f} snippets/s")
    blind = REPO / "tests" / "data" / "blind3_deadlines.jsonl"
    if blind.exists():
        with open(blind, encoding="utf-8") as handle:
            others = [json.loads(line) for line in handle if line.strip()]
        other_refs = [dt.date.fromisoformat(s["reference_date"]) for s in others]

        def blind_all() -> int:
            for s, ref in zip(others, other_refs, strict=True):
                extract_deadline(s["text"], ref, s.get("lang"))
            return len(others)

        rate_blind = rate(blind_all, args.seconds)
        print(f"extract_deadline (blind3 snippets): {rate_blind:,.0f} snippets/s")

    tracemalloc.start()
    classify_all()
    classify_long()
    dates_all()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory traced during a pass: {peak / 1e6:.1f} MB")
    try:
        import resource

        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"process max RSS: {rss:.0f} MB")
    except ImportError:  # pragma: no cover - not on Windows
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
