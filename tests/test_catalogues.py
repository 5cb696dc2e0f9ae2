"""The catalogues: every message translated in fr, nl and en, with the CLDR plural rules.

`make messages` (tools/messages.py) extracts the messages; these tests extract them the same
way and compare with what veille/locales/*/LC_MESSAGES/messages.po hold.
"""

from __future__ import annotations

import re
import sys
from datetime import date, datetime, time
from pathlib import Path

import pytest
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po

from veille.domain import vocabulary
from veille.domain.call import BRUSSELS, TRACKED_FIELDS
from veille.domain.facts import extract_applicants
from veille.i18n import belgian_date, date_in_words, names, words
from veille.i18n.catalogues import catalogue_path
from veille.templating import environment

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import messages  # noqa: E402  (tools/messages.py: the extraction `make messages` runs)

LANGUAGES = ("fr", "nl", "en")
# "jour(s)", "nouveau(x)", "clôture(nt)", "intéressé(e)s", "oproep(en)": a plural or gender
# left to the reader instead of written out by the plural rules.
PARENTHESISED = re.compile(r"\w\((?:s|x|e|es|en|n|nt|ne|le)\)", re.IGNORECASE)


def catalogue(lang):
    with catalogue_path(lang).open("rb") as po:
        return read_po(po, locale=lang)


@pytest.fixture(scope="module")
def extracted():
    return messages.extract()


def key(message):
    return (message.context, message.id if isinstance(message.id, str) else message.id[0])


def test_extraction_finds_the_messages(extracted):
    ids = {key(m) for m in extracted if m.id}
    assert (None, "%(count)s day left") in ids
    assert ("a date and its time", "%(date)s at %(time)s") in ids


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_message_is_translated(extracted, lang):
    held = catalogue(lang)
    problems = []
    for message in extracted:
        if not message.id:
            continue
        found = held.get(message.id, context=message.context)
        where = ", ".join(f"{file}:{line}" for file, line in message.locations)
        if found is None:
            problems.append(f"{where}: {message.id!r} is not in {lang} (run make messages)")
        elif found.fuzzy:
            problems.append(f"{where}: {message.id!r} is fuzzy in {lang} (check its words)")
        elif isinstance(found.id, tuple) != isinstance(message.id, tuple):
            problems.append(f"{where}: {message.id!r} changed plural-ness (run make messages)")
        else:
            forms = found.string if isinstance(found.string, tuple) else (found.string,)
            expected = held.num_plurals if isinstance(found.id, tuple) else 1
            if len(forms) != expected or not all(forms):
                problems.append(f"{where}: {message.id!r} lacks words in {lang}: {forms!r}")
    assert problems == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_holds_no_stale_message(extracted, lang):
    wanted = {key(m) for m in extracted if m.id}
    stale = [key(m) for m in catalogue(lang) if m.id and key(m) not in wanted]
    assert stale == [], "run make messages"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_match_the_english(lang):
    """Babel's own checks: the same %(names)s as the message, a plural form for each rule."""
    errors = [
        f"{message.id!r}: {'; '.join(map(str, problems))}"
        for message, problems in catalogue(lang).check()
    ]
    assert errors == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_parenthesised_plurals(lang):
    found = []
    for message in catalogue(lang):
        for text in message.string if isinstance(message.string, tuple) else (message.string,):
            if text and PARENTHESISED.search(text):
                found.append(text)
    assert found == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_rules_are_cldr(lang):
    """The Plural-Forms header is the one Babel derives from CLDR for the language."""
    held = catalogue(lang)
    cldr = get_plural(lang)
    assert (held.num_plurals, held.plural_expr) == (cldr.num_plurals, cldr.plural_expr)


PLURALS = [
    # (language, number, singular, plural, expected)
    ("fr", 0, "%(count)s day left", "%(count)s days left", "0 jour restant"),
    ("fr", 1, "%(count)s day left", "%(count)s days left", "1 jour restant"),
    ("fr", 2, "%(count)s day left", "%(count)s days left", "2 jours restants"),
    ("fr", 46, "%(count)s day left", "%(count)s days left", "46 jours restants"),
    ("fr", 1_000_000, "%(count)s day left", "%(count)s days left", "1000000 de jours restants"),
    ("nl", 0, "%(count)s day left", "%(count)s days left", "nog 0 dagen"),
    ("nl", 1, "%(count)s day left", "%(count)s days left", "nog 1 dag"),
    ("nl", 46, "%(count)s day left", "%(count)s days left", "nog 46 dagen"),
    ("en", 0, "%(count)s day left", "%(count)s days left", "0 days left"),
    ("en", 1, "%(count)s day left", "%(count)s days left", "1 day left"),
    ("en", 46, "%(count)s day left", "%(count)s days left", "46 days left"),
    ("fr", 1, "%(count)s new call", "%(count)s new calls", "1 nouvel appel"),
    ("fr", 12, "%(count)s new call", "%(count)s new calls", "12 nouveaux appels"),
    ("nl", 1, "%(count)s new call", "%(count)s new calls", "1 nieuwe oproep"),
    ("nl", 12, "%(count)s new call", "%(count)s new calls", "12 nieuwe oproepen"),
    ("en", 1, "%(count)s new call", "%(count)s new calls", "1 new call"),
    ("en", 12, "%(count)s new call", "%(count)s new calls", "12 new calls"),
    ("fr", 1, "%(count)s call closing soon", "%(count)s calls closing soon",
     "1 appel clôture bientôt"),
    ("fr", 3, "%(count)s call closing soon", "%(count)s calls closing soon",
     "3 appels clôturent bientôt"),
    ("nl", 1, "%(count)s call closing soon", "%(count)s calls closing soon",
     "1 oproep sluit binnenkort"),
    ("nl", 3, "%(count)s call closing soon", "%(count)s calls closing soon",
     "3 oproepen sluiten binnenkort"),
    ("fr", 1, "%(count)s call changed", "%(count)s calls changed", "1 appel modifié"),
    ("fr", 5, "%(count)s call changed", "%(count)s calls changed", "5 appels modifiés"),
    ("nl", 5, "%(count)s call changed", "%(count)s calls changed", "5 oproepen gewijzigd"),
    ("en", 1, "%(count)s call changed", "%(count)s calls changed", "1 call changed"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "n", "singular", "plural", "expected"), PLURALS)
def test_plural_forms(lang, n, singular, plural, expected):
    assert words(lang).ngettext(singular, plural, n) == expected


@pytest.mark.parametrize(("lang", "n", "singular", "plural", "expected"), PLURALS)
def test_plural_forms_in_templates(lang, n, singular, plural, expected):
    """Jinja2's {% trans count=n %}…{% pluralize %} gives the same words as ngettext."""
    one, many = (text.replace("%(count)s", "{{ count }}") for text in (singular, plural))
    template = environment().from_string(
        f"{{% trans count=n %}}{one}{{% pluralize %}}{many}{{% endtrans %}}"
    )
    assert template.render(lang=lang, n=n) == expected


def test_templates_escape_values_in_translations():
    template = environment().from_string("{{ _('%(date)s at %(time)s', date=d, time='<b>') }}")
    assert template.render(lang="en", d="a & b") == "a &amp; b at &lt;b&gt;"


def test_a_template_without_lang_says_so():
    with pytest.raises(LookupError, match="without a `lang`"):
        environment().from_string("{{ _('%(count)s day left', count=1) }}").render()


def test_an_unknown_language_is_an_error():
    with pytest.raises(ValueError, match="no catalogue for language 'de'"):
        words("de")


DATES = [
    ("fr", time(12, 0), "vendredi 22 janvier 2027 à 12:00"),
    ("nl", time(12, 0), "vrijdag 22 januari 2027 om 12.00 uur"),
    ("en", time(12, 0), "Friday 22 January 2027 at 12:00"),
    ("fr", time(9, 5), "vendredi 22 janvier 2027 à 09:05"),
    ("nl", time(9, 5), "vrijdag 22 januari 2027 om 9.05 uur"),
    ("en", time(9, 5), "Friday 22 January 2027 at 09:05"),
    ("fr", None, "vendredi 22 janvier 2027"),
    ("nl", None, "vrijdag 22 januari 2027"),
    ("en", None, "Friday 22 January 2027"),
]


@pytest.mark.parametrize(("lang", "at", "expected"), DATES)
def test_dates_in_words(lang, at, expected):
    assert date_in_words(date(2027, 1, 22), at, lang) == expected


def test_moments_are_told_in_brussels_time():
    utc = datetime.fromisoformat("2027-07-01T22:30:00+00:00")  # 00:30 the next day in Brussels
    assert belgian_date(utc, "fr") == "vendredi 2 juillet 2027 à 00:30"
    assert belgian_date(utc, "en", with_time=False) == "Friday 2 July 2027"
    assert belgian_date(datetime(2027, 1, 22, 12, tzinfo=BRUSSELS), "nl") == (
        "vrijdag 22 januari 2027 om 12.00 uur"
    )


# Every value of every closed list has its words in each language, and no two values of one
# list share them (a menu with two "Open" would be no menu).
NAMED_LISTS = [
    (names.kind_name, vocabulary.KINDS),
    (names.new_call_heading, vocabulary.KINDS),
    (names.status_name, vocabulary.STATUSES),
    (names.topic_name, vocabulary.TOPICS),
    (names.mark_name, vocabulary.MARKS),
    (names.outcome_name, vocabulary.APPLICATION_OUTCOMES),
    (names.view_status_name, vocabulary.VIEW_STATUSES),
    (names.window_name, (None, *vocabulary.WINDOW_DAYS)),
    (names.urgency_name, ("week", "month")),
    (names.section_name, ("new", "closing", "changed")),
    (names.problem_name, ("failing", "stopped_yielding", "killed", "crashed")),
    (names.field_name, TRACKED_FIELDS),
]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("name", "values"), NAMED_LISTS, ids=lambda x: getattr(x, "__name__", ""))
def test_every_value_has_its_own_words(name, values, lang):
    said = [name(value, lang) for value in values]
    assert all(said) and len(set(said)) == len(said), said


def test_every_kind_of_applicant_has_words():
    text = (
        "ouvert aux associations, ASBL, pouvoirs publics, entreprises, économie sociale, "
        "opérateurs de formation, partenariats et particuliers"
    )
    found = extract_applicants(text)
    assert len(found) == 7
    for lang in LANGUAGES:
        assert len({names.applicant_name(kind, lang) for kind in found}) == 7


@pytest.mark.parametrize(
    ("kind", "fr", "nl", "en"),
    [
        ("call_for_projects", "Nouvel appel à projets", "Nieuwe projectoproep",
         "New call for projects"),
        ("call_for_interest", "Nouvel appel à manifestation d'intérêt",
         "Nieuwe oproep tot kandidaatstelling", "New call for expressions of interest"),
        ("tender", "Nouveau marché public", "Nieuwe overheidsopdracht", "New public tender"),
        ("subsidy", "Nouveau subside", "Nieuwe subsidie", "New grant"),
        ("prize", "Nouveau prix", "Nieuwe prijs", "New prize"),
    ],
)  # fmt: skip
def test_alerts_are_headed_by_kind(kind, fr, nl, en):
    assert [names.new_call_heading(kind, lang) for lang in LANGUAGES] == [fr, nl, en]
