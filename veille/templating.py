"""Jinja2 environments for emails, Matrix messages and pages. Always auto-escaped."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from veille.i18n import belgian_date, translate


def safe_url(url: str | None) -> str:
    """Only http(s) links reach a reader; anything else (javascript:, data:) becomes '#'."""
    if url and urlsplit(url).scheme in ("http", "https"):
        return url
    return "#"


def environment(*folders: Path) -> Environment:
    env = Environment(
        loader=FileSystemLoader([str(folder) for folder in folders]),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True, default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_url"] = safe_url
    env.filters["belgian_date"] = belgian_date
    env.globals["t"] = translate
    return env
