"""Numbers, amounts, shares and language names as each interface language writes them.

>>> money_in_words(1800000, "nl"), share_in_words(0.25, "fr"), language_name("nl", "fr")
('€\\xa01.800.000', '25\\xa0%', 'néerlandais')
"""

from __future__ import annotations

from babel import Locale
from babel.numbers import format_currency, format_decimal, format_percent

from veille.i18n.catalogues import words


def number_in_words(value: float, lang: str) -> str:
    """
    >>> number_in_words(1800000, "fr"), number_in_words(1800000, "en")
    ('1\\u202f800\\u202f000', '1,800,000')
    """
    return format_decimal(value, locale=words(lang).locale)


def money_in_words(amount: float, lang: str, currency: str = "EUR") -> str:
    """An amount in whole units, as the language writes money.

    >>> money_in_words(1800000, "fr")
    '1\\u202f800\\u202f000\\xa0€'
    """
    locale = words(lang).locale
    pattern = str(locale.currency_formats["standard"].pattern).replace(".00", "")
    return format_currency(
        round(amount), currency, format=pattern, locale=locale, currency_digits=False
    )


def share_in_words(share: float, lang: str) -> str:
    """
    >>> share_in_words(0.255, "en")
    '26%'
    """
    return format_percent(share, locale=words(lang).locale)


def language_name(code: str, lang: str) -> str:
    """A language's name in `lang`: "néerlandais", "Frans", "German".

    >>> language_name("fr", "nl"), language_name("de", "en")
    ('Frans', 'German')
    """
    return str(Locale.parse(code).get_language_name(words(lang).locale))
