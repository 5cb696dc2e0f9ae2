"""Messages in French, Dutch and English, from the catalogues in veille/locales/."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from pathlib import Path

import yaml

from veille.domain.call import BRUSSELS
from veille.domain.vocabulary import INTERFACE_LANGUAGES

LOCALES = Path(__file__).resolve().parent / "locales"


@cache
def catalogue(lang: str) -> dict[str, str]:
    lang = lang if lang in INTERFACE_LANGUAGES else "fr"
    messages: dict[str, str] = yaml.safe_load((LOCALES / f"{lang}.yaml").read_text("utf-8"))
    return messages


def translate(lang: str, key: str, **values: object) -> str:
    """The message `key` in `lang` (French when missing), with {names} filled in.

    Values are inserted with str.format on the catalogue text only, so crawled
    text passed as a value can never act as a format string.
    """
    text = catalogue(lang).get(key) or catalogue("fr").get(key) or key
    return text.format(**values) if values else text


def belgian_date(moment: datetime | None, lang: str = "fr") -> str:
    """Belgian form in Europe/Brussels: 25/08/2026 à 12h00 (12u00 in Dutch, 12:00 in English)."""
    if moment is None:
        return ""
    local = moment.astimezone(BRUSSELS)
    separator = {"fr": "h", "nl": "u"}.get(lang, ":")
    hour = f"{local.hour}{separator}{local.minute:02d}"
    return f"{local.strftime('%d/%m/%Y')} {translate(lang, 'at')} {hour}"
