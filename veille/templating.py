"""Jinja2 environments for emails, Matrix messages and pages. Always auto-escaped.

Templates translate with Jinja2's i18n extension, in the language of the template's own
`lang` variable (every render passes one): `{{ _("Deadline") }}`, `{% trans %}…{% endtrans %}`
with `{% pluralize %}` for plural forms, `pgettext`, `npgettext`; values of the closed lists
are named by `kind_name(value)`, `status_name(value)`… (veille.i18n.names), dates by the
`in_words` filter; `label("Deadline")` is a message followed by its language's colon
("Date limite :", "Deadline:"). See veille.i18n.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context, select_autoescape
from jinja2.runtime import Context

from veille.i18n import Words, belgian_date, date_in_words, stored_moment_in_words, words
from veille.i18n import names as value_names
from veille.i18n.amounts import language_name


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
def _label(context: Context, message: str) -> str:
    """`{{ label("Deadline") }}`: the message and a colon as its language writes it
    ("Date limite :", "Deadline:")."""
    language = _words(context)
    text = language.translations.gettext(message)
    return language.pgettext("a label before its value", "%(label)s:", label=text)


@pass_context
def _in_words(
    context: Context, moment: datetime | date | str | None, with_time: bool = True
) -> str:
    """`{{ call.first_seen | in_words }}`: a moment (or a day, or a moment as storage writes it,
    "2026-11-27T09:00:00+01:00") in words, in the template's language; "" for none."""
    lang = _words(context).lang
    if isinstance(moment, str):
        return (
            stored_moment_in_words(moment, lang)
            if with_time
            else stored_moment_in_words(moment[:10], lang)
        )
    if isinstance(moment, datetime) or moment is None:
        return belgian_date(moment, lang, with_time)
    return date_in_words(moment, None, lang)


def _in_template_language(name: Callable[..., str]) -> Callable[..., str]:
    @pass_context
    def named(context: Context, value: Any) -> str:
        return name(value, _words(context).lang)

    return named


NAMES: dict[str, Callable[..., str]] = {
    "kind_name": value_names.kind_name,
    "status_name": value_names.status_name,
    "topic_name": value_names.topic_name,
    "mark_name": value_names.mark_name,
    "outcome_name": value_names.outcome_name,
    "applicant_name": value_names.applicant_name,
    "view_status_name": value_names.view_status_name,
    "window_name": value_names.window_name,
    "urgency_name": value_names.urgency_name,
    "section_name": value_names.section_name,
    "field_name": value_names.field_name,
    "cadence_name": value_names.cadence_name,
    "delivery_status_name": value_names.delivery_status_name,
    "failure_cause_name": value_names.failure_cause_name,
    "region_name": value_names.region_name,
    "language_name": language_name,
}


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
    env.filters["in_words"] = _in_words
    env.globals["label"] = _label
    for name, function in NAMES.items():
        env.globals[name] = _in_template_language(function)
    return env
