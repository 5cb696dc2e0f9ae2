"""Dates in words, as a person writes them in each language, in Europe/Brussels time.

No ISO timestamp reaches a reader: emails, Matrix messages, pages and change histories all
say "vendredi 22 janvier 2027 à 12:00", and the day alone when no time is known.
"""

from __future__ import annotations

from datetime import date, datetime, time

from babel.dates import format_date, format_time

from veille.domain.call import BRUSSELS
from veille.i18n.catalogues import words


def date_in_words(day: date, at: time | None, lang: str) -> str:
    """A day (and its time, when one is known) in `lang`, with Babel's Belgian locales.

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


def belgian_date(moment: datetime | None, lang: str, with_time: bool = True) -> str:
    """`moment` in Europe/Brussels, in words; the day alone when `with_time` is False (a
    deadline stated without a time is never given an invented one). "" for no moment.

    >>> belgian_date(datetime.fromisoformat("2027-07-01T22:30:00+00:00"), "fr")
    'vendredi 2 juillet 2027 à 00:30'
    """
    if moment is None:
        return ""
    local = moment.astimezone(BRUSSELS)
    return date_in_words(local.date(), local.time() if with_time else None, lang)


def stored_moment_in_words(value: str | None, lang: str) -> str:
    """An ISO moment as storage keeps it ("2027-01-02T07:30:00+01:00"), in words; "-" if none.

    A date alone ("2027-01-02") is said as a day.

    >>> stored_moment_in_words("2027-01-02", "nl"), stored_moment_in_words(None, "nl")
    ('zaterdag 2 januari 2027', '-')
    """
    if not value:
        return "-"
    if len(value) == 10:
        return date_in_words(date.fromisoformat(value), None, lang)
    return belgian_date(datetime.fromisoformat(value), lang)
