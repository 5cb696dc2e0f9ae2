"""Quality of the classifier and of the deadline extractor on the labelled dev sets.

Runs the contract commands (`veille classify`, `veille dates`: JSON Lines in and out) as
subprocesses, as any user would; `--in-process` calls the domain functions directly.

    python bench/quality.py [--set dev|generalisation] [--calls PATH] [--deadlines PATH]
                            [--in-process] [--kept-aside]

`--set dev` (default) reads the shared dev sets; `--set generalisation` reads the
independent check set in tests/data/ (written without looking at the classifier's
behaviour on it, see docs/quality.md). `--calls`/`--deadlines` override either path.

Prints precision/recall/F1 of `relevant` (overall, per language, with and without the
items flagged ambiguous), topic accuracy, deadline accuracy, and the ids that are wrong;
then grouping's pair precision and recall (bench/pair_quality.py), with `--kept-aside`
also on the kept-aside pairs (only the lead runs it, at the end).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
# The shared eval folder sits beside the repository (or beside the worktrees' folder).
EVAL = next(
    (up / "shared" / "eval" for up in REPO.parents[:2] if (up / "shared" / "eval").is_dir()),
    REPO.parent / "shared" / "eval",
)
SETS = {
    "dev": (EVAL / "calls_dev.jsonl", EVAL / "deadlines_dev.jsonl"),
    "generalisation": (
        REPO / "tests" / "data" / "generalisation_calls.jsonl",
        REPO / "tests" / "data" / "generalisation_deadlines.jsonl",
    ),
}
sys.path.insert(0, str(REPO))

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


def in_process_classify(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    from veille.config import default_classifier

    classifier = default_classifier()
    answers = {}
    for r in records:
        verdict = classifier.classify(
            r.get("title") or "", r.get("summary") or "", r.get("text") or "", r.get("lang")
        )
        answers[r["id"]] = {"id": r["id"], **verdict.to_dict()}
    return answers


def in_process_dates(records: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    from veille.domain.dates import extract_deadline

    answers = {}
    for r in records:
        ref = r.get("reference_date")
        found = extract_deadline(
            r.get("text") or "", dt.date.fromisoformat(ref) if ref else None, r.get("lang")
        )
        answers[r["id"]] = {
            "id": r["id"],
            "deadline": found.date.isoformat() if found and found.date else None,
            "time": found.time.strftime("%H:%M") if found and found.time else None,
        }
    return answers


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


def report_calls(rows: list[dict[str, Any]], answers: dict[str, dict[str, Any]]) -> None:
    print("== calls: relevant ==")
    for label, keep in (
        ("all items", lambda r: True),
        ("without ambiguous", lambda r: not r.get("ambiguous")),
    ):
        subset = [r for r in rows if keep(r)]
        pairs = [(bool(r["relevant"]), bool(answers[r["id"]]["relevant"])) for r in subset]
        print(line(label, pairs))
        for lang in ("fr", "nl", "en", "de"):
            lang_pairs = [
                (bool(r["relevant"]), bool(answers[r["id"]]["relevant"]))
                for r in subset
                if r["lang"] == lang
            ]
            print(line(f"  {lang}", lang_pairs))
    relevant = [r for r in rows if r["relevant"] and answers[r["id"]]["relevant"]]
    same = sum(1 for r in relevant if sorted(r["topics"]) == sorted(answers[r["id"]]["topics"]))
    print(
        f"  topic accuracy (relevant, found): {same}/{len(relevant)} = "
        f"{same / len(relevant) if relevant else 0:.3f}"
    )
    wrong = [r for r in rows if bool(r["relevant"]) != bool(answers[r["id"]]["relevant"])]
    print("  misclassified:")
    for r in wrong:
        kind = "FN" if r["relevant"] else "FP"
        flag = " (ambiguous)" if r.get("ambiguous") else ""
        print(f"    {kind} {r['id']} [{r['lang']}]{flag} {r['title'][:70]}")
    topic_wrong = [r for r in relevant if sorted(r["topics"]) != sorted(answers[r["id"]]["topics"])]
    for r in topic_wrong:
        print(f"    TOPIC {r['id']} expected {r['topics']} got {answers[r['id']]['topics']}")


def report_deadlines(
    title: str,
    rows: list[dict[str, Any]],
    answers: dict[str, dict[str, Any]],
    expected_date: str,
    expected_time: str | None,
) -> None:
    print(f"== {title} ==")
    dates_ok = times_ok = null_rows = false_deadlines = 0
    wrong = []
    for r in rows:
        got = answers[r["id"]]
        date_ok = got.get("deadline") == r.get(expected_date)
        dates_ok += date_ok
        if expected_time:
            time_ok = date_ok and got.get("time") == r[expected_time]
            times_ok += time_ok
        else:
            time_ok = date_ok
        if r.get(expected_date) is None:
            null_rows += 1
            false_deadlines += got.get("deadline") is not None
        if not time_ok:
            wrong.append((r, got))
    n = len(rows)
    print(f"  exact-date accuracy: {dates_ok}/{n} = {dates_ok / n:.3f}")
    if expected_time:
        print(f"  exact-time accuracy (date and time): {times_ok}/{n} = {times_ok / n:.3f}")
    rate = false_deadlines / null_rows if null_rows else 0.0
    print(f"  false deadlines on null-expected: {false_deadlines}/{null_rows} = {rate:.3f}")
    for r, got in wrong:
        expected = r.get(expected_date), r.get(expected_time) if expected_time else None
        print(f"    {r['id']} expected {expected} got ({got.get('deadline')}, {got.get('time')})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="dev", help="labelled set to use")
    parser.add_argument("--calls", type=Path, help="calls JSONL (overrides --set)")
    parser.add_argument("--deadlines", type=Path, help="deadline snippets JSONL (overrides --set)")
    parser.add_argument("--in-process", action="store_true", help="call the functions directly")
    parser.add_argument(
        "--kept-aside", action="store_true", help="also the kept-aside pairs (the lead, at the end)"
    )
    args = parser.parse_args(argv)
    calls_path = args.calls or SETS[args.set][0]
    deadlines_path = args.deadlines or SETS[args.set][1]

    command = None if args.in_process else veille_command()
    if command is None:
        if not args.in_process:
            print("no `veille` command found: calling the functions in-process", file=sys.stderr)
        classify: Answer = in_process_classify
        dates: Answer = in_process_dates
        print("mode: in-process")
    else:
        classify, dates = run_command(command, "classify"), run_command(command, "dates")
        print(f"mode: subprocess ({command})")

    print(f"calls: {calls_path}\ndeadlines: {deadlines_path}")
    calls = read_jsonl(calls_path)
    report_calls(calls, classify(calls))

    deadlines = read_jsonl(deadlines_path)
    report_deadlines(
        "deadlines (snippets)", deadlines, dates(deadlines), "expected_deadline", "expected_time"
    )

    # Second check: the calls' summaries, whose publication date is unknown.
    summaries = [
        {"id": r["id"], "text": r["summary"], "lang": r["lang"], "reference_date": None}
        for r in calls
    ]
    report_deadlines(
        "deadlines (call summaries, no reference date)",
        calls,
        dates(summaries),
        "deadline",
        None,
    )

    # Grouping: the same call on two sites or in two languages, or two calls alike.
    import pair_quality  # bench/, beside this file

    pair_quality.main(["--kept-aside"] if args.kept_aside else [])
    return 0


if __name__ == "__main__":
    sys.exit(main())
