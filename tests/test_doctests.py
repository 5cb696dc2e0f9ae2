"""The examples in docstrings are true (they document behaviour, so they are tested).

Every module of the installed `veille` package is imported (an import error fails the
discovery, it is not skipped); each module with at least one example is one test. A module
that loses its last example simply leaves the list.
"""

import doctest
import importlib
import pkgutil
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent

FINDER = doctest.DocTestFinder()


def package_folders() -> dict[str, Path]:
    """Each package of the installed layout and the folder it is read from: `veille/`, and
    the top-level folders setuptools maps into it (pyproject.toml's package-dir: crawler/ is
    `veille.crawler`), which an editable install does not list in `veille.__path__`."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mapping = pyproject["tool"]["setuptools"]["package-dir"]
    return {name: ROOT / folder for name, folder in mapping.items()}


def every_module() -> list[ModuleType]:
    """Every module of the installed package, imported (an import error stops the run)."""
    names = set()
    for package, folder in package_folders().items():
        installed = importlib.import_module(package)
        assert Path(installed.__file__).parent == folder, f"{package} is not read from {folder}"
        names.add(package)
        walked = pkgutil.walk_packages([str(folder)], f"{package}.", onerror=fail)
        names |= {info.name for info in walked}
    return [importlib.import_module(name) for name in sorted(names)]


def fail(name: str) -> None:
    raise ImportError(f"{name} cannot be imported: its docstring examples cannot be checked")


def has_examples(module: ModuleType) -> bool:
    return any(test.examples for test in FINDER.find(module))


MODULES = [module.__name__ for module in every_module() if has_examples(module)]


def test_every_module_of_the_package_is_walked():
    """The walk misses no module: each .py file of the package folders is one module."""
    files = set()
    for package, folder in package_folders().items():
        for path in folder.rglob("*.py"):
            parts = list(path.relative_to(folder).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            files.add(".".join([package, *parts]))
    assert {module.__name__ for module in every_module()} == files


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
