"""Render the digest page of open relevant calls, sorted by deadline."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from veille.alerts.render import TEMPLATES as MESSAGE_TEMPLATES
from veille.alerts.render import call_view
from veille.i18n import belgian_date
from veille.storage import CallStore
from veille.templating import environment

TEMPLATES = Path(__file__).resolve().parent / "templates"
_env = environment(TEMPLATES, MESSAGE_TEMPLATES)  # shares the deadline snippet


def render_digest_page(store: CallStore, now: datetime, lang: str = "fr") -> str:
    calls = [call_view(call, now) for call in store.open_calls(now, relevant_only=True)]
    return _env.get_template("index.html").render(
        calls=calls, lang=lang, generated=belgian_date(now, lang)
    )


def write_digest_page(store: CallStore, folder: Path, now: datetime, lang: str = "fr") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "index.html"
    path.write_text(render_digest_page(store, now, lang), encoding="utf-8")
    return path
