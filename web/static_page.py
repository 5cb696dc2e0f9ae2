"""The static digest page (`veille digest`, the demo): open relevant calls by deadline."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from veille.i18n import belgian_date
from veille.presentation import present
from veille.storage import CallStore
from veille.templating import environment

TEMPLATES = Path(__file__).resolve().parent / "templates"
_env = environment(TEMPLATES)


def render_digest_page(store: CallStore, now: datetime, lang: str = "fr") -> str:
    calls = [present(call, now, lang) for call in store.open_calls(now, relevant_only=True)]
    return _env.get_template("index.html").render(
        calls=calls, lang=lang, generated=belgian_date(now, lang)
    )


def write_digest_page(store: CallStore, folder: Path, now: datetime, lang: str = "fr") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "index.html"
    path.write_text(render_digest_page(store, now, lang), encoding="utf-8")
    return path
