"""The gettext catalogues of veille/locales/, one per language, read at run time.

Messages are written in English in the code and templates; `make messages` extracts them
(pybabel) into `veille/locales/{fr,nl,en}/LC_MESSAGES/messages.po`, where each gets its
translation, with every plural form the language's CLDR rules have (Babel writes the
`Plural-Forms` header). The `.po` files are compiled in memory: nothing compiled is kept.

In Python, take the words of one language and ask them:

>>> words("fr").ngettext("%(count)s day left", "%(count)s days left", 46)
'46 jours restants'
>>> words("nl").pgettext("call kind", "Public tender")
'Overheidsopdracht'
>>> translate("fr", "Deadline")
'Date limite'

The number of `ngettext` is `%(count)s`; other values are named (`%(title)s`) and given as
keyword arguments. Values are inserted with `%` on the catalogue text only, so crawled text
passed as a value can never act as a format string (a literal percent sign is `%%`).

In templates, Jinja2's i18n extension (veille.templating) reads the template's `lang`:
`{{ _("Deadline") }}`, `{% trans count=n %}{{ count }} day left{% pluralize %}…{% endtrans %}`,
`{{ pgettext("call kind", "Public tender") }}`.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from babel import Locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

from veille.domain.vocabulary import INTERFACE_LANGUAGES, InterfaceLanguage, is_interface_language

LOCALES = Path(__file__).resolve().parent.parent / "locales"
DOMAIN = "messages"

# The Babel (CLDR) locale each interface language writes dates with: Belgian French and
# Dutch; English as written in Ireland ("Friday 22 January 2027", the day before the month).
CLDR_LOCALES: dict[InterfaceLanguage, str] = {"fr": "fr_BE", "nl": "nl_BE", "en": "en_IE"}


def catalogue_path(lang: InterfaceLanguage) -> Path:
    return LOCALES / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


@dataclass(frozen=True)
class Words:
    """The catalogue of one language; every method fills the message's %(values)s in."""

    lang: InterfaceLanguage
    translations: Translations

    @property
    def locale(self) -> Locale:
        return Locale.parse(CLDR_LOCALES[self.lang])

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
    if not is_interface_language(lang):
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
    return words(lang).gettext(message, **values)
