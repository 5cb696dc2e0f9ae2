"""What Veille says, in French, Dutch and English: catalogues, dates in words, names of values.

`veille.i18n.catalogues` reads the gettext catalogues (see its docstring for how to write a
message), `veille.i18n.dates` says dates, `veille.i18n.names` names the values of the closed
lists (kinds, statuses, marks…).
"""

from veille.i18n.catalogues import Words, translate, words
from veille.i18n.dates import belgian_date, date_in_words, stored_moment_in_words

__all__ = [
    "Words",
    "belgian_date",
    "date_in_words",
    "stored_moment_in_words",
    "translate",
    "words",
]
