"""Calls P/R/F1 pooled over several labelled sets (items not ambiguous), per language.

    python bench/pooled_sets.py --set blind4 --set blind6 [--rules-alone] [--errors]
    python bench/pooled_sets.py --file tests/data/kept_aside/blind23_calls_frnl.jsonl --file …

bench/quality.py prints each set apart; a round that keeps some released sets aside as its
own held-out part (docs/quality.md, "Round 16") needs them pooled, with the learned layer
and without it (`--rules-alone`: the layer was trained on the released sets, so with it their
figures measure its memory as well as the rules).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import quality


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", action="append", default=[], choices=sorted(quality.SETS))
    parser.add_argument(
        "--file", action="append", default=[], type=Path, help="a calls file (kept aside too)"
    )
    parser.add_argument("--rules-alone", action="store_true", help="without the learned layer")
    parser.add_argument("--errors", action="store_true", help="also list the wrong ids")
    args = parser.parse_args(argv)
    quality.RULES_ALONE = args.rules_alone
    pairs: dict[str, list[tuple[bool, bool]]] = {lang: [] for lang in quality.LANGUAGES}
    groups = [list(quality.SETS[name].calls_files()) for name in args.set]
    groups += [[path] for path in args.file]
    if not groups:
        parser.error("name at least one --set or --file")
    for files in groups:
        rows = [r for p in files for r in quality.read_jsonl(p)]
        answers = quality.in_process_classify(rows)
        for row in rows:
            if row.get("ambiguous"):
                continue
            expected, got = bool(row["relevant"]), bool(answers[str(row["id"])]["relevant"])
            pairs[row["lang"]].append((expected, got))
            if args.errors and expected != got:
                print(f"  {'FN' if expected else 'FP'} {row['id']}  {row['title'][:90]}")
    everything = [pair for lang in quality.LANGUAGES for pair in pairs[lang]]
    p, r, f, n = quality.prf(everything)
    tp = sum(e and g for e, g in everything)
    fp = sum(g and not e for e, g in everything)
    fn = sum(e and not g for e, g in everything)
    langs = " ".join(f"{lang} {quality.prf(pairs[lang])[2]:.3f}" for lang in quality.LANGUAGES)
    mode = "rules alone" if args.rules_alone else "with the layer"
    print(f"{mode}: {p:.3f}/{r:.3f}/{f:.3f} (n={n}) TP{tp} FP{fp} FN{fn}  {langs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
