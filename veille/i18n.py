"""Messages in French, Dutch and English, from the gettext catalogues in veille/locales/.

Messages are written in English in the code and templates; `make messages` extracts them
(pybabel) into `veille/locales/{fr,nl,en}/LC_MESSAGES/messages.po`, where each gets its
translation, with every plural form the language's CLDR rules have (Babel writes the
`Plural-Forms` header). The `.po` files are read at run time: nothing compiled is kept.

In Python, take the words of one language and ask them:

>>> words("fr").ngettext("%(count)s day left", "%(count)s days left", 46)
'46 jours restants'
>>> words("nl").pgettext("a date and its time", "%(date)s at %(time)s", date="maandag", time="9u")
'maandag om 9u'

The number of `ngettext` is `%(count)s`; other values are named (`%(title)s`) and given as
keyword arguments. Values are inserted with `%` on the catalogue text only, so crawled text
passed as a value can never act as a format string (a literal percent sign is `%%`).

In templates, Jinja2's i18n extension (veille.templating) reads the template's `lang`:
`{{ _("Deadline") }}`, `{% trans count=n %}{{ count }} day left{% pluralize %}…{% endtrans %}`,
`{{ pgettext("call kind", "Tender") }}`. Messages are English; `translate(lang, message)`
is the shortcut for `words(lang).gettext(message)`.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import cache
from pathlib import Path

import yaml
from babel import Locale
from babel.dates import format_date, format_time
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from veille.domain.call import BRUSSELS
from veille.domain.vocabulary import INTERFACE_LANGUAGES, InterfaceLanguage

LOCALES = Path(__file__).resolve().parent / "locales"
DOMAIN = "messages"

# The Babel (CLDR) locale each interface language writes dates with: Belgian French and
# Dutch; English as written in Ireland ("Friday 22 January 2027", day before month).
DATE_LOCALES: dict[InterfaceLanguage, str] = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_IE"}


def catalogue_path(lang: InterfaceLanguage) -> Path:
    return LOCALES / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@dataclass(frozen=True)
class Words:
    """The catalogue of one language; every method fills the message's %(values)s in."""

    lang: InterfaceLanguage
    translations: Translations

    @property
    def locale(self) -> Locale:
        return Locale.parse(DATE_LOCALES[self.lang])

    def gettext(self, message: str, **values: object) -> str:
        return _filled(self.translations.gettext(message), values)

    def ngettext(self, singular: str, plural: str, n: int, **values: object) -> str:
        """The form of the message the language's plural rules choose for `n` (its %(count)s)."""
        values.setdefault("count", n)
        return _filled(self.translations.ngettext(singular, plural, n), values)

    def pgettext(self, context: str, message: str, **values: object) -> str:
        """A message whose English is ambiguous, told apart by `context` ("call kind")."""
        return _filled(str(self.translations.pgettext(context, message)), values)

    def npgettext(self, context: str, singular: str, plural: str, n: int, **values: object) -> str:
        values.setdefault("count", n)
        return _filled(str(self.translations.npgettext(context, singular, plural, n)), values)


def _filled(text: str, values: dict[str, object]) -> str:
    # Always a format string, as in templates (Jinja's newstyle gettext): "%%" is a percent sign.
    return text % values


@cache
def words(lang: str) -> Words:
    """The words of `lang` (one of INTERFACE_LANGUAGES; anything else is a programming error)."""
    if lang not in INTERFACE_LANGUAGES:
        raise ValueError(f"no catalogue for language {lang!r} (known: {INTERFACE_LANGUAGES})")
    return Words(lang, load_translations(lang))


def load_translations(lang: InterfaceLanguage) -> Translations:
    """The .po file compiled in memory; fuzzy entries are left out (they await a translator)."""
    with catalogue_path(lang).open("rb") as po:
        catalog = read_po(po, locale=lang, domain=DOMAIN)
    compiled = io.BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    return Translations(compiled, domain=DOMAIN)


def translate(lang: str, message: str, **values: object) -> str:
    """`message` (English) in `lang`, with its %(values)s filled in."""
    if _LEGACY_KEY.match(message) and message in legacy_catalogue(lang):
        return _legacy_translate(lang, message, **values)
    return words(lang).gettext(message, **values)


# --- dates in words ------------------------------------------------------------------------


def date_in_words(day: date, at: time | None, lang: str) -> str:
    """A day (and its time, when one is known) as a person writes it, in `lang`.

    >>> date_in_words(date(2027, 1, 22), time(12, 0), "fr")
    'vendredi 22 janvier 2027 à 12:00'
    >>> date_in_words(date(2027, 1, 22), time(9, 30), "nl")
    'vrijdag 22 januari 2027 om 9.30 uur'
    >>> date_in_words(date(2027, 1, 22), None, "en")
    'Friday 22 January 2027'
    """
    language = words(lang)
    day_words = format_date(day, "full", locale=language.locale)
    if at is None:
        return day_words
    # The time's pattern is the catalogue's: Dutch writes "9.30 uur", French and English "09:30".
    pattern = language.pgettext("CLDR time pattern", "HH:mm")
    time_words = format_time(at, pattern, locale=language.locale)
    return language.pgettext(
        "a date and its time", "%(date)s at %(time)s", date=day_words, time=time_words
    )


def moment_in_words(moment: datetime | None, lang: str, with_time: bool = True) -> str:
    """`moment` in Europe/Brussels, in words; the day alone when `with_time` is False."""
    if moment is None:
        return ""
    local = moment.astimezone(BRUSSELS)
    return date_in_words(local.date(), local.time() if with_time else None, lang)


def belgian_date(moment: datetime | None, lang: str = "fr", with_time: bool = True) -> str:
    """Belgian form in Europe/Brussels: 25/08/2026 à 12h00 (12u00 in Dutch, 12:00 in English);
    the date alone when no time was stated (`with_time` False), never an invented 23h59."""
    if moment is None:
        return ""
    local = moment.astimezone(BRUSSELS)
    if not with_time:
        return local.strftime("%d/%m/%Y")
    separator = {"fr": "h", "nl": "u"}.get(lang, ":")
    hour = f"{local.hour}{separator}{local.minute:02d}"
    return f"{local.strftime('%d/%m/%Y')} {translate(lang, 'at')} {hour}"


# --- the YAML key catalogues, until every message is in the gettext catalogues --------------

_LEGACY_KEY = re.compile(r"^[a-z0-9_]+$")


@cache
def legacy_catalogue(lang: str) -> dict[str, str]:
    lang = lang if lang in INTERFACE_LANGUAGES else "fr"
    messages: dict[str, str] = yaml.safe_load((LOCALES / f"{lang}.yaml").read_text("utf-8"))
    return messages


def _legacy_translate(lang: str, key: str, **values: object) -> str:
    text = legacy_catalogue(lang).get(key) or legacy_catalogue("fr").get(key) or key
    return text.format(**values) if values else text
