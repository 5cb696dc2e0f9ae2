"""Layers point one way: domain ← storage ← crawler/alerts ← web/scheduler ← cli.

A module imports modules of its own package or of the layers before its own, never of a
later layer nor of another package of its own layer (the crawler knows nothing of the
alerts, the scheduler nothing of the web app: the command line puts them together).
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Top-level folders that are sub-packages of `veille` (pyproject.toml's package-dir).
MAPPED_FOLDERS = ("crawler", "scheduler", "alerts", "config", "web")

LAYERS = (
    ("veille.domain",),  # the Call record and its rules, plain Python
    # storage, and what the layers above read or run: configuration, catalogues, log
    # format, the local servers of the demo (recorded sites, a mailbox)
    (
        "veille.storage",
        "veille.config",
        "veille.i18n",
        "veille.logs",
        "veille.replay_server",
        "veille.local_mailbox",
    ),
    ("veille.templating", "veille.presentation"),  # what a person reads of a call
    ("veille.coalition_words",),  # ... and of the coalition's work on it
    ("veille.crawler", "veille.alerts"),
    ("veille.web", "veille.scheduler"),
    ("veille.demo", "veille.doctor", "veille.contract"),  # what some commands do
    ("veille.cli",),
)
PACKAGES = {package: rank for rank, layer in enumerate(LAYERS) for package in layer}


def module_name(path: Path) -> str:
    relative = path.relative_to(ROOT).with_suffix("")
    parts = list(relative.parts)
    if parts[0] in MAPPED_FOLDERS:
        parts.insert(0, "veille")
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def package_of(module: str) -> str:
    """The layered package `module` belongs to (the longest one that prefixes it)."""
    found = [p for p in PACKAGES if module == p or module.startswith(p + ".")]
    assert found, f"{module} belongs to no layer: add its package to LAYERS"
    return max(found, key=len)


def veille_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):  # imports inside functions count too
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return {name for name in names if name.startswith("veille.")}


def code_files() -> list[Path]:
    files = sorted((ROOT / "veille").rglob("*.py"))
    for folder in MAPPED_FOLDERS:
        assert (ROOT / folder).is_dir(), f"{folder}/ is gone: update MAPPED_FOLDERS"
        files += sorted((ROOT / folder).rglob("*.py"))
    return [path for path in files if module_name(path) != "veille"]


@pytest.mark.parametrize("path", code_files(), ids=lambda path: module_name(path))
def test_imports_point_to_earlier_layers(path):
    own = package_of(module_name(path))
    wrong = sorted(
        target
        for target in veille_imports(path)
        if package_of(target) != own and PACKAGES[package_of(target)] >= PACKAGES[own]
    )
    assert wrong == []


def test_every_layered_package_exists():
    modules = {package_of(module_name(path)) for path in code_files()}
    assert modules == set(PACKAGES)


# ------------------------------------------------------------------- tests ----
# A test module uses the builders of tests/factories.py, the fixtures of conftest.py (and the
# plugins it loads) and helper modules; never another test module (nor conftest by name), whose
# tests would otherwise be collected, and whose fixtures run, twice.
TEST_FILES = sorted((ROOT / "tests").glob("*.py"))


def local_imports(path: Path) -> set[str]:
    """The modules of tests/ that `path` imports, by their name in tests/ ("test_web_app")."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
            if node.module == "tests":
                names |= {f"tests.{alias.name}" for alias in node.names}
    local = {path.stem for path in TEST_FILES}
    return {name.removeprefix("tests.").split(".")[0] for name in names} & local


@pytest.mark.parametrize("path", TEST_FILES, ids=lambda path: path.name)
def test_no_test_module_imports_another(path):
    wrong = sorted(
        name for name in local_imports(path) if name.startswith("test_") or name == "conftest"
    )
    assert wrong == []
