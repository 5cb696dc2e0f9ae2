"""Grouping quality on labelled page pairs: is this pair one call, or two?

Each pair (tests/data/blind3_pairs.jsonl: the same call on two sites or in two languages,
or two calls that look alike) is stored through the real storage path, as a crawl stores
pages: a fresh in-memory database, the first page, then the second; the pair is grouped
when the second page joins the first one's group. Both orders are tried: grouping must not
depend on which page was found first.

    python bench/pair_quality.py [--pairs PATH] [--kept-aside]

Prints pair precision and recall (overall and per kind: fr-nl, en-fr, same-lang...) and
the ids of the pairs grouped wrongly, with the reason stored.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from veille.domain.call import BRUSSELS, Call  # noqa: E402
from veille.domain.normalize import END_OF_DAY  # noqa: E402
from veille.storage import CallStore, open_database  # noqa: E402

DATA = REPO / "tests" / "data"
PAIRS = DATA / "blind3_pairs.jsonl"
# Kept aside until the end of issue 16: measured only with --kept-aside, by the lead.
KEPT_ASIDE_PAIRS = DATA / "kept_aside" / "blind3_pairs.jsonl"
NOW = datetime(2026, 11, 27, 9, 0, tzinfo=BRUSSELS)


def page_call(page: dict[str, Any]) -> Call:
    """A labelled page as the crawl would store it (a date alone closes at the day's end)."""
    deadline = None
    if page.get("deadline"):
        moment = datetime.fromisoformat(page["deadline"])
        if "T" not in page["deadline"]:
            moment = datetime.combine(moment.date(), END_OF_DAY)
        deadline = moment if moment.tzinfo else moment.replace(tzinfo=BRUSSELS)
    return Call(
        source=page["source"],
        # one page may hold several calls: its items differ by their heading
        source_id=f"{page['url']}#{page['title']}",
        url=page["url"],
        title=page["title"],
        summary=page.get("summary") or "",
        text=page.get("text") or "",
        lang=page.get("lang"),
        funder=page.get("funder"),
        deadline=deadline,
        budget_amount=page.get("budget_amount"),
        budget_currency="EUR" if page.get("budget_amount") else None,
        attachments=list(page.get("attachments") or []),
        alternates=list(page.get("alternates") or []),
    )


def grouped(first: dict[str, Any], second: dict[str, Any]) -> tuple[bool, str | None]:
    """Whether the second page joins the first one's group, and the reason stored."""
    store = CallStore(open_database(":memory:"))
    try:
        one = store.upsert_call(page_call(first), NOW)
        two = store.upsert_call(page_call(second), NOW)
    finally:
        store.db.close()
    return two.group_id == one.call_id, two.group_reason


def prf(rows: list[tuple[bool, bool]]) -> tuple[float, float, int]:
    tp = sum(1 for expected, got in rows if expected and got)
    fp = sum(1 for expected, got in rows if got and not expected)
    fn = sum(1 for expected, got in rows if expected and not got)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, len(rows)


def report(path: Path) -> tuple[float, float]:
    """Print the figures for one labelled file; returns (precision, recall)."""
    pairs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    results: list[tuple[bool, bool]] = []
    by_kind: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    wrong: list[str] = []
    order_dependent: list[str] = []
    for pair in pairs:
        got, reason = grouped(pair["a"], pair["b"])
        reverse, _ = grouped(pair["b"], pair["a"])
        results.append((bool(pair["same"]), got))
        by_kind[pair["kind"]].append((bool(pair["same"]), got))
        if got != reverse:
            order_dependent.append(pair["id"])
        if got != bool(pair["same"]):
            kind = "FN" if pair["same"] else "FP"
            note = pair["note"][:80]
            wrong.append(f"    {kind} {pair['id']} [{pair['kind']}] {reason or ''} {note}")
    precision, recall, n = prf(results)
    positives = sum(1 for expected, _ in results if expected)
    print(f"== pairs: {path.relative_to(REPO) if path.is_relative_to(REPO) else path} ==")
    print(f"  pair precision={precision:.3f} recall={recall:.3f} "
          f"(n={n}: {positives} same call, {n - positives} different)")  # fmt: skip
    for kind in sorted(by_kind):
        p, r, count = prf(by_kind[kind])
        print(f"    {kind:<10} P={p:.3f} R={r:.3f} (n={count})")
    if order_dependent:
        print(f"  depends on which page came first: {', '.join(order_dependent)}")
    if wrong:
        print("  grouped wrongly:")
        print("\n".join(wrong))
    return precision, recall


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, help="labelled pairs JSONL (default: blind3)")
    parser.add_argument(
        "--kept-aside", action="store_true", help="also the kept-aside pairs (the lead, at the end)"
    )
    args = parser.parse_args(argv)
    report(args.pairs or PAIRS)
    if args.kept_aside:
        report(KEPT_ASIDE_PAIRS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
