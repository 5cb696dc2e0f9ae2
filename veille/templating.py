"""Jinja2 environments for emails, Matrix messages and pages. Always auto-escaped.

Templates translate with Jinja2's i18n extension, in the language of the template's own
`lang` variable (every render passes one): `{{ _("Deadline") }}`, `{% trans %}…{% endtrans %}`
with `{% pluralize %}` for plural forms, `pgettext`, `npgettext`. See veille.i18n.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context, select_autoescape
from jinja2.runtime import Context

from veille.i18n import Words, belgian_date, moment_in_words, translate, words


def safe_url(url: str | None) -> str:
    """Only http(s) links reach a reader; anything else (javascript:, data:) becomes '#'."""
    if url and urlsplit(url).scheme in ("http", "https"):
        return url
    return "#"


def _words(context: Context) -> Words:
    lang = context.get("lang")
    if lang is None:
        raise LookupError(f"template {context.name} is rendered without a `lang` to translate to")
    return words(lang)


# The i18n extension formats the message with the template's values (escaping them) and sets
# `num`; these give it the raw translation, in the template's language.
@pass_context
def _gettext(context: Context, message: str) -> str:
    return _words(context).translations.gettext(message)


@pass_context
def _ngettext(context: Context, singular: str, plural: str, n: int) -> str:
    return _words(context).translations.ngettext(singular, plural, n)


@pass_context
def _pgettext(context: Context, message_context: str, message: str) -> str:
    return str(_words(context).translations.pgettext(message_context, message))


@pass_context
def _npgettext(context: Context, message_context: str, singular: str, plural: str, n: int) -> str:
    return str(_words(context).translations.npgettext(message_context, singular, plural, n))


@pass_context
def _moment_in_words(context: Context, moment: datetime | None, with_time: bool = True) -> str:
    return moment_in_words(moment, _words(context).lang, with_time)


def environment(*folders: Path) -> Environment:
    env = Environment(
        loader=FileSystemLoader([str(folder) for folder in folders]),
        autoescape=select_autoescape(["html", "xml"], default_for_string=True, default=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        extensions=["jinja2.ext.i18n"],
    )
    env.install_gettext_callables(  # type: ignore[attr-defined]
        _gettext, _ngettext, newstyle=True, pgettext=_pgettext, npgettext=_npgettext
    )
    env.policies["ext.i18n.trimmed"] = True  # {% trans %} blocks: one line per message
    env.filters["safe_url"] = safe_url
    env.filters["belgian_date"] = belgian_date
    env.filters["in_words"] = _moment_in_words
    env.globals["t"] = translate
    return env
