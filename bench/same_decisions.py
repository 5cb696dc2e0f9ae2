"""Does this tree's classifier decide exactly as another revision's does, on every labelled item?

    python bench/same_decisions.py [--against main]

For a change meant to make the classifier faster, not different. Every labelled item of
tests/data/ (its top-level files; what is kept aside is never read) and of shared/eval/ is
classified by the code of `--against` (exported with `git archive` into a temporary folder)
and by this tree's, each in its own process; then every verdict, topic, score, "to check"
doubt, reason and match (term, group, field and span) is compared. Call records are read as
the contract reads them (title, summary, language) and again with the language detected;
deadline snippets as a page text. Exit status 1, with the first differences, when any
answer differs; 0 when all are identical.
"""

from __future__ import annotations

import argparse
import inspect
import json
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))
from quality import shared_eval  # noqa: E402

DATA = REPO / "tests" / "data"


def labelled_files() -> list[Path]:
    """The labelled sets: tests/data/*.jsonl (not its subfolders) and shared/eval/*.jsonl."""
    files = sorted(DATA.glob("*.jsonl")) + sorted(shared_eval().glob("*.jsonl"))
    return [path for path in files if "kept_aside" not in path.parts]


def cases() -> Iterator[tuple[str, dict[str, Any]]]:
    """(key, classify's arguments) for every labelled call and deadline snippet."""
    for path in labelled_files():
        with open(path, encoding="utf-8") as handle:
            records = [json.loads(line) for line in handle if line.strip()]
        for record in records:
            key = f"{path.name}:{record.get('id')}"
            if "title" in record:
                title, summary = record["title"], record.get("summary", "")
                url = record.get("url")  # read by a revision whose classify takes it
                yield (
                    key,
                    {"title": title, "summary": summary, "lang": record.get("lang"), "url": url},
                )
                yield (
                    key + ":detected",
                    {"title": title, "summary": summary, "lang": None, "url": url},
                )
            elif "text" in record:
                yield key, {"title": "", "text": record["text"], "lang": record.get("lang")}


def dump(root: Path, out: Path) -> None:
    """Classify every case with the code under `root`; write {key: answer} as JSON."""
    sys.path.insert(0, str(root))
    redirect_editable_install(root)
    import veille
    from veille.config import default_classifier

    loaded = Path(veille.__file__).resolve().parent.parent
    if loaded != root.resolve():
        raise SystemExit(f"loaded veille from {loaded}, not {root}")
    clf = default_classifier()
    takes_url = "url" in inspect.signature(clf.classify).parameters  # since round 15
    answers = {
        key: clf.classify(**(a if takes_url else without_url(a))).to_dict() for key, a in cases()
    }
    out.write_text(json.dumps(answers, ensure_ascii=False), encoding="utf-8")


def without_url(arguments: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in arguments.items() if k != "url"}


def redirect_editable_install(root: Path) -> None:
    """Map the editable install's packages (veille, config, ...) to `root`'s: `config` is a
    namespace folder in an exported tree, so the install's own would win and read this
    tree's topics.yaml with the other revision's code (a new setting would not load)."""
    try:
        import __editable___veille_0_1_0_finder as finder  # type: ignore[import-not-found]
    except ImportError:
        return
    clone = finder.MAPPING["veille"].rsplit("/", 1)[0]
    for name, path in list(finder.MAPPING.items()):
        finder.MAPPING[name] = str(root) + path[len(clone) :]


def export(revision: str, into: Path) -> Path:
    """The files of `revision` (a commit or branch of this repository) under `into`."""
    archive = into / "tree.tar"
    subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", "-o", str(archive), revision],
        check=True,
    )
    tree = into / "tree"
    with tarfile.open(archive) as tar:
        tar.extractall(tree, filter="data")
    return tree


def answers_of(root: Path, out: Path) -> dict[str, Any]:
    subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--dump", str(out), "--root", str(root)],
        check=True,
    )
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def differences(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """One line per case whose answer differs, naming the first differing part."""
    lines = []
    for key in sorted(set(before) | set(after)):
        old, new = before.get(key), after.get(key)
        if old == new:
            continue
        if old is None or new is None:
            lines.append(f"{key}: only in {'this tree' if old is None else 'the other'}")
            continue
        part = next(name for name in old if old[name] != new.get(name))
        was, now = old[part], new[part]
        if isinstance(was, list) and isinstance(now, list):  # the first differing element
            at = next((i for i, (a, b) in enumerate(zip(was, now, strict=False)) if a != b), None)
            at = min(len(was), len(now)) if at is None else at
            was, now = was[at : at + 1], now[at : at + 1]
            part = f"{part}[{at}] (of {len(old[part])} -> {len(new[part])})"
        lines.append(f"{key}: {part}: {was!r} -> {now!r}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="main", help="a revision (default: main)")
    parser.add_argument("--dump", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, default=REPO, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.dump:
        dump(args.root, args.dump)
        return 0
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        before = answers_of(export(args.against, folder), folder / "before.json")
        after = answers_of(REPO, folder / "after.json")
    found = differences(before, after)
    matches = sum(len(answer["matches"]) for answer in after.values())
    print(
        f"{len(after)} answers ({matches} matches) from {len(labelled_files())} labelled files: "
        f"{len(found)} differ from {args.against}'s"
    )
    for line in found[:40]:
        print("  " + line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
