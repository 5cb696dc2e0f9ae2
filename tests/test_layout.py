"""Each framework is imported from one place only; the domain imports none."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CODE_FOLDERS = ("veille", "crawler", "scheduler", "alerts", "config", "web")

# framework -> the folders (relative to the repo) allowed to import it
ALLOWED = {
    "scrapy": ("crawler/",),
    "twisted": ("crawler/",),
    "apprise": ("alerts/deliver.py",),
    "babel": ("veille/i18n/",),
    "sqlite_utils": ("veille/storage/",),
    "apscheduler": ("scheduler/",),
    "starlette": ("web/",),
    "uvicorn": ("web/",),
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def python_files():
    for folder in CODE_FOLDERS:
        yield from sorted((ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("framework", sorted(ALLOWED))
def test_framework_imported_from_one_place(framework):
    offenders = [
        str(path.relative_to(ROOT))
        for path in python_files()
        if framework in imported_modules(path)
        and not str(path.relative_to(ROOT)).startswith(ALLOWED[framework])
    ]
    assert offenders == []


def test_domain_imports_no_framework():
    frameworks = set(ALLOWED) | {"jinja2", "click", "pydantic", "bs4", "feedparser"}
    for path in sorted((ROOT / "veille" / "domain").glob("*.py")):
        assert imported_modules(path) & frameworks == set(), path.name
