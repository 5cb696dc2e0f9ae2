"""The sites that change (tests/changing_sites/): where they are and the configuration folder
that reads one of them, shared by the tests that crawl them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

SITES = Path(__file__).resolve().parent / "changing_sites"
JSON_FIELDS = ("eligible", "attachments", "regions", "topics")
HOSTS = sorted(
    path.parent.name
    for path in SITES.glob("*/manifest.yaml")
    if "scenario" in yaml.safe_load(path.read_text(encoding="utf-8"))
)


def source_name(host: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", host.removeprefix("www.").removesuffix(".example"))


def write_config(folder: Path, host: str, source: dict[str, Any]) -> str:
    """A configuration folder holding the scenario's one source; returns its name."""
    name = source_name(host)
    entry = {
        "name": name,
        "title": host,
        "funder": f"{host} (EXEMPLE)",
        "languages": ["fr"],
        "regions": ["Bruxelles"],
        "schedule": "0 9 * * *",
        **source,
    }
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "sources.yaml").write_text(yaml.safe_dump({"sources": [entry]}), encoding="utf-8")
    return name
