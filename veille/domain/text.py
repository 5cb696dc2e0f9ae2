"""Text normalisation for matching: accent folding, tokens with offsets, light stemming.

Everything here keeps a way back to the original string, so that a match can be shown
to a reader with the exact characters that triggered it.

>>> fold("Insertion socio-professionnelle à Liège")
'insertion socio-professionnelle a liege'
>>> [t.norm for t in tokenize("L'emploi des jeunes")]
['l', 'emploi', 'des', 'jeunes']
>>> [light_stem(w, lang) for w, lang in [("éloignées", "fr"), ("Arbeitslosen", "de")]]
['eloign', 'arbeitslos']
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from typing import NamedTuple

LANGS = ("fr", "nl", "en", "de")

# Characters whose folded form is not what NFKD + dropping marks gives.
_SPECIAL_FOLDS = {
    "ß": "ss",
    "œ": "oe",
    "æ": "ae",
    "ø": "o",
    "đ": "d",
    "ł": "l",
    "ı": "i",
    "’": "'",  # typographic apostrophes: "jusqu’au" == "jusqu'au"
    "‘": "'",
    "ʼ": "'",
}


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    lower = char.lower()
    if lower in _SPECIAL_FOLDS:
        return _SPECIAL_FOLDS[lower]
    if lower.isascii():
        return lower
    decomposed = unicodedata.normalize("NFKD", lower)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class _FoldTable(dict[int, str]):
    """str.translate table filled on demand, so folding runs in C once a char is known."""

    def __missing__(self, code: int) -> str:
        folded = _fold_char(chr(code))
        self[code] = folded
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case and strip accents ("É" -> "e", "ß" -> "ss")."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Fold `text` and return, for each folded character, its index in `text`.

    The map has one extra entry (len(text)) so that an end offset maps too.

    >>> folded, where = fold_with_map("Straße 3")
    >>> folded, where[folded.index("3")]
    ('strasse 3', 7)
    """
    if text.isascii():
        return text.lower(), list(range(len(text) + 1))
    folded = text.translate(_FOLD_TABLE)
    if len(folded) == len(text):  # the usual case: accents only, one char for one
        return folded, list(range(len(text) + 1))
    parts: list[str] = []
    where: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        parts.append(folded)
        where.extend([index] * len(folded))
    where.append(len(text))
    return "".join(parts), where


class Token(NamedTuple):  # a tuple: made for every word of every page, at a tuple's cost
    text: str  # as written
    norm: str  # folded
    start: int  # offsets in the original string
    end: int
    sentence: int  # index of the sentence/clause the token belongs to
    hyphen_next: bool  # joined to the next token by a hyphen ("socio-professionnelle")


_WORD = re.compile(r"[^\W_]+")
# Words, and the characters that close a clause: multi-word terms do not cross those.
# A dash between spaces separates the parts of a title ("Appel à projets – Actions ...").
_WORD_OR_BREAK = re.compile(r"([^\W_]+)|[.!?;:|•\n()\[\]«»\"“”]|\s[–—]\s")
_HYPHENS = frozenset("-‐‑–")


def tokenize(text: str) -> list[Token]:
    """Split into word tokens with offsets, clause numbers and hyphen links."""
    tokens: list[Token] = []
    sentence = 0
    pending_break = False
    length = len(text)
    for match in _WORD_OR_BREAK.finditer(text):
        word = match.group(1)
        if word is None:
            pending_break = True
            continue
        if pending_break and tokens:
            sentence += 1
        pending_break = False
        end = match.end()
        hyphen = end + 1 < length and text[end] in _HYPHENS and (text[end + 1].isalnum())
        norm = word.lower() if word.isascii() else word.translate(_FOLD_TABLE)  # fold(word)
        tokens.append(Token(word, norm, match.start(), end, sentence, hyphen))
    return tokens


def _collapse_vowels(stem: str) -> str:
    # Dutch spelling doubles vowels in closed syllables only: kwetsbaar/kwetsbare.
    return re.sub(r"([aeou])\1", r"\1", stem)


# feminine -> masculine endings, so "animatrice" meets "animateur"
_FR_ENDINGS = (("euse", "eur"), ("rice", "eur"), ("elle", "el"), ("enne", "en"), ("ive", "if"))


def _stem_fr(word: str) -> str:
    if len(word) > 4 and word.endswith("aux"):
        word = word[:-3] + "al"
    elif len(word) > 3 and word[-1] in "sx":
        word = word[:-1]
    for old, new in _FR_ENDINGS:
        if len(word) > len(old) + 2 and word.endswith(old):
            return word[: -len(old)] + new
    while len(word) > 4 and word[-1] == "e":
        word = word[:-1]
    return word


def _stem_nl(word: str) -> str:
    for suffix in ("eren", "en", "e", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    if word.endswith("v"):
        word = word[:-1] + "f"
    elif word.endswith("z"):
        word = word[:-1] + "s"
    return _collapse_vowels(word)


def _stem_en(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _stem_de(word: str) -> str:
    for suffix in ("innen", "ern", "en", "er", "es", "em", "e", "n", "s"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


_STEMMERS = {"fr": _stem_fr, "nl": _stem_nl, "en": _stem_en, "de": _stem_de}


@lru_cache(maxsize=200_000)
def light_stem(word: str, lang: str) -> str:
    """Fold a word and strip its inflection (plural, gender, case) for `lang`.

    Deliberately light: it merges the forms of one word, not words of one family.
    Digits and short words are left alone.
    """
    folded = fold(word)
    if len(folded) <= 3 or folded.isdigit() or lang not in _STEMMERS:
        return folded
    return _STEMMERS[lang](folded)


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# A few very frequent words per language: enough to guess the language of a page and
# to let multi-word terms skip articles and prepositions ("emploi DES jeunes").
STOPWORDS: dict[str, frozenset[str]] = {
    "fr": _wordset(
        "le la les l un une des du de d au aux a et ou en dans pour par sur avec ce cet cette "
        "ces qui que qu est sont leur leurs son sa ses vers entre"
    ),
    "nl": _wordset(
        "de het een en van in op voor met aan te tot door naar bij om of die dat is zijn "
        "hun hun wordt worden als uit ook"
    ),
    "en": _wordset(
        "the a an and or of in on for to with by from at as is are be their its into "
        "that this which who"
    ),
    "de": _wordset(
        "der die das den dem des ein eine einen einem einer und oder in im am an auf fur "
        "mit von vom zu zum zur bei aus ist sind werden wird ihre ihr"
    ),
}
# Numbers written in words, from two up (a "#" in a vocabulary term is any number): "retient
# douze projets", "wählt zwölf Projekte aus". "One"/"un"/"een"/"ein" are left out: articles.
NUMBER_WORDS: frozenset[str] = _wordset(
    "deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize "
    "vingt trente quarante cinquante soixante cent "
    "twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien "
    "twintig dertig veertig vijftig zestig honderd "
    "two three four five six seven eight nine ten eleven twelve thirteen fifteen twenty "
    "thirty forty fifty sixty hundred dozen "
    "zwei drei vier funf sechs sieben acht neun zehn elf zwolf dreizehn funfzehn zwanzig "
    "dreissig vierzig funfzig sechzig hundert"
)


def after_commas(text: str, tokens: list[Token]) -> frozenset[int]:
    """The indexes of the tokens that follow a comma (an enumeration's items are not one
    phrase: a term's words do not reach across a comma).

    >>> sorted(after_commas("sensibilisation, formation des professionnels", tokenize(
    ...     "sensibilisation, formation des professionnels")))
    [1]
    """
    found: set[int] = set()
    at = text.find(",")
    if at < 0:
        return frozenset()
    starts = [token.start for token in tokens]
    while at >= 0:
        found.add(bisect_right(starts, at))
        at = text.find(",", at + 1)
    return frozenset(found)


_DETECTION_WORDS: dict[str, frozenset[str]] = {
    "fr": _wordset("le la les des du et est pour une dans sur avec qui aux"),
    "nl": _wordset("de het een en van voor met naar bij zijn wordt die ook niet"),
    "en": _wordset("the and of for with are is to from this that which"),
    "de": _wordset("der die das und fur mit von im sind werden ist zur zum nicht"),
}


def detect_language(text: str, default: str = "fr") -> str:
    """Guess fr/nl/en/de from frequent function words (cheap, good enough for pages).

    >>> detect_language("De oproep is gericht op werkzoekenden met een migratieachtergrond")
    'nl'
    """
    counts = dict.fromkeys(LANGS, 0)
    for match in _WORD.finditer(text[:3000]):
        word = fold(match.group())
        for lang in LANGS:
            if word in _DETECTION_WORDS[lang]:
                counts[lang] += 1
    best = max(LANGS, key=lambda lang: counts[lang])
    return best if counts[best] else default
