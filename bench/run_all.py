"""`make bench`: run every bench/*.py script in turn, each within a time budget, and print it.

python bench/run_all.py [--budget 1200] [NAME...]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def main() -> int:
    parser = argparse.ArgumentParser()
    # bench/scale.py (100,000 calls, 1,000 members) alone takes about 10 minutes on 2 cores
    parser.add_argument("--budget", type=float, default=1200, help="seconds per script")
    parser.add_argument("names", nargs="*", help="only these scripts (default: all)")
    args = parser.parse_args()
    scripts = [p for p in sorted(BENCH.glob("*.py")) if p.name != Path(__file__).name]
    if args.names:
        scripts = [p for p in scripts if p.stem in args.names]
    failed = []
    for script in scripts:
        print(f"\n=== {script.name} ===", flush=True)
        started = time.monotonic()
        try:
            code = subprocess.run([sys.executable, str(script)], timeout=args.budget).returncode
        except subprocess.TimeoutExpired:
            code = "timeout"
        print(f"--- {script.name}: {time.monotonic() - started:.0f} s, exit {code}", flush=True)
        if code != 0:
            failed.append(script.name)
    print(
        f"\n{len(scripts) - len(failed)}/{len(scripts)} benchmarks ran"
        + (f"; failed: {', '.join(failed)}" if failed else "")
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
