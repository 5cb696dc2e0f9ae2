"""The coalition's lists and reasons in words, in French, Dutch and English."""

import pytest

from veille.coalition_words import fits_in_words, reason_words, value_label
from veille.coalition_words.labels import LISTS
from veille.domain.fit import CallFacts, Profile, member_fit

LANGUAGES = ("fr", "nl", "en")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("kind", sorted(LISTS))
def test_every_value_of_every_list_has_words(kind, lang):
    values, _ = LISTS[kind]
    found = [value_label(kind, value, lang) for value in values]
    assert all(found) and len(set(found)) == len(found)  # one distinct label per value


def test_labels_differ_between_languages():
    assert [value_label("region", "flanders", lang) for lang in LANGUAGES] == [
        "Flandre",
        "Vlaanderen",
        "Flanders",
    ]
    assert [value_label("mark", "partner", lang) for lang in LANGUAGES] == [
        "Nous cherchons un partenaire",
        "Wij zoeken een partner",
        "We are looking for a partner",
    ]


PROFILE = Profile(
    regions=("brussels",),
    communes=("Schaerbeek",),
    publics=("neet",),
    activities=("mentoring",),
    languages=("fr",),
    legal_form="asbl",
    offers=("volunteer_mentors", "premises"),
)
FACTS = CallFacts(
    regions=("brussels", "flanders"),
    publics=("young_people",),
    languages=("nl",),
    applicants=("nonprofit",),
    topics=("mentoring",),
    text="jongeren uit schaerbeek",
)


@pytest.mark.parametrize(
    ("lang", "sentences"),
    [
        (
            "fr",
            [
                "✓ Travaille à Bruxelles, où l’appel est ouvert.",
                "✓ Qui peut déposer : associations (ASBL) (dont : associations (ASBL)).",
                "✓ Pour : jeunes (travaille avec : NEET (ni à l’emploi ni en formation)).",
                "✗ Langue : NL seulement (parle : FR).",
                "✓ Thème : mentorat (activités : mentorat).",
                "✓ L’appel cite Schaerbeek, où il travaille.",
            ],
        ),
        (
            "nl",
            [
                "✓ Werkt in Brussel, waar de oproep openstaat.",
                "✓ Wie mag indienen: verenigingen (vzw) (waaronder: verenigingen (vzw)).",
                "✓ Voor: jongeren (werkt met: NEET-jongeren (geen werk, geen opleiding)).",
                "✗ Taal: alleen NL (spreekt: FR).",
                "✓ Thema: mentoring (activiteiten: mentoring).",
                "✓ De oproep noemt Schaerbeek, waar het werkt.",
            ],
        ),
        (
            "en",
            [
                "✓ Works in Brussels, where the call is open.",
                "✓ Who may apply: non-profit organisations (including non-profit organisations).",
                "✓ For young people (works with NEETs (neither in employment nor in training)).",
                "✗ Language: NL only (speaks FR).",
                "✓ Topic: mentoring (activities: mentoring).",
                "✓ The call names Schaerbeek, where it works.",
            ],
        ),
    ],
)
def test_why_a_member_fits_in_words(lang, sentences):
    fit = member_fit("asbl-a", PROFILE, FACTS)
    [words] = fits_in_words(
        [fit], {"asbl-a": "ASBL A"}, lang, offers={"asbl-a": PROFILE.offers}, needs=("premises",)
    )
    assert fit.level == "fits_partly"
    assert [("✓ " if r.matches else "✗ ") + r.text for r in words.reasons] == sentences
    assert words.brings == value_label("offer", "premises", lang)
    assert words.level_words == value_label("fit", "fits_partly", lang)


def test_a_call_open_everywhere_in_words():
    fit = member_fit(
        "m", PROFILE, CallFacts(regions=("brussels", "wallonia", "flanders", "german_speaking"))
    )
    assert reason_words(fit.reasons[0], "fr").text == (
        "Travaille à Bruxelles ; l’appel est ouvert partout en Belgique."
    )
