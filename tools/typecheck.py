"""Type-check the `veille` package as it is installed: `python tools/typecheck.py [mypy args]`.

The top-level folders (crawler/, alerts/...) are sub-packages of `veille` through setuptools'
`package-dir` mapping, which mypy cannot read; so this builds the installed layout as a tree
of symlinks in `.typecheck/` and runs mypy there, with the settings of pyproject.toml.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TREE = ROOT / ".typecheck"


def build_tree() -> Path:
    mapping = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"][
        "setuptools"
    ]["package-dir"]
    shutil.rmtree(TREE, ignore_errors=True)
    package = TREE / "veille"
    package.mkdir(parents=True)
    mapped = {name.split(".", 1)[1]: folder for name, folder in mapping.items() if "." in name}
    for entry in (ROOT / mapping["veille"]).iterdir():
        if entry.name != "__pycache__" and entry.name not in mapped:
            (package / entry.name).symlink_to(entry)
    for name, folder in mapped.items():
        (package / name).symlink_to(ROOT / folder)
    return TREE


def main(argv: list[str]) -> int:
    tree = build_tree()
    command = [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml")]
    return subprocess.call([*command, *argv, "-p", "veille"], cwd=tree)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
