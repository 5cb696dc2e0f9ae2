"""Fuzzing run: the property tests with many random inputs (not the suite's repeatable few).

Run: python bench/fuzz.py [EXAMPLES]   (default 5000 inputs per property; prints counts)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROPERTY_TESTS = [
    "tests/test_hostile_input.py",
    "tests/test_classify.py",
    "tests/test_dates.py",
    "tests/test_facts.py",
]


def main() -> int:
    examples = sys.argv[1] if len(sys.argv) > 1 else "5000"
    env = {**os.environ, "VEILLE_HYPOTHESIS_PROFILE": "fuzz", "VEILLE_FUZZ_EXAMPLES": examples}
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-s",
        "-p",
        "no:cacheprovider",
        "-k",
        "never or survive or property or report_inputs",
        *PROPERTY_TESTS,
    ]
    return subprocess.call(command, cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main())
