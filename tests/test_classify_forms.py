"""The classifier's phrases in any form: a verb in any person or participle, a number in
digits or words, no term across a comma, a lead-in before a title's document type; and the
general causes they mend (results pages, staff training, the field's words for its publics),
on sentences of our own in French, Dutch, English and German."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from veille.config.schema import TopicsFile
from veille.domain.classify import Classifier, Vocabulary


def _results_vocabulary() -> Vocabulary:
    return Vocabulary(
        not_call={"strong": {"fr": ("{retenir} # projets",)}},
        verbs={"fr": {"retenir": ("retient", "retiennent", "retenu", "retenus")}},
    )


@pytest.mark.parametrize(
    "title",
    [
        "La Région retient 14 projets",
        "Les jurys retiennent douze projets",
        "Le comité a retenu vingt projets",
    ],
)
def test_a_verb_is_found_in_any_listed_form_and_a_number_in_words(title):
    found = Classifier(_results_vocabulary()).classify(title, lang="fr")
    assert [m.term for m in found.matches] == ["{retenir} # projets"]
    assert any("'retenir N projets' (title)" in reason for reason in found.reasons)


@pytest.mark.parametrize(
    "title",
    [
        "Le jury retiendra 14 projets",  # the future is not listed: a call says it
        "La Région retient des projets",  # no number
        "La Région retient un projet",  # "un" is an article, not a number
    ],
)
def test_forms_not_listed_and_words_that_are_not_numbers_do_not_match(title):
    assert Classifier(_results_vocabulary()).classify(title, lang="fr").matches == []


def test_a_term_naming_an_unlisted_verb_is_refused_with_its_name():
    with pytest.raises(ValidationError) as refused:
        TopicsFile.validate_python({"call": {"strong": {"nl": ["{indienen} een project"]}}})
    assert "{indienen} een project (nl)" in str(refused.value)


def test_the_built_in_vocabulary_lists_every_verb_it_names(clf):
    assert clf.vocabulary.verbs["fr"]["retenir"]


def test_a_term_does_not_reach_across_a_comma():
    vocabulary = Vocabulary(topics={"insertion": {"strong": {"fr": ("parcours emploi",)}}})
    classifier = Classifier(vocabulary)
    assert classifier.classify("Un parcours vers l'emploi", lang="fr").matches
    assert not classifier.classify("Un parcours culturel, un emploi", lang="fr").matches


RESULTS = [
    ("fr", "La Wallonie retient quinze projets pour l'insertion des demandeurs d'emploi"),
    ("fr", "Voici les lauréats de l'appel « Jeunes vers l'emploi »"),
    ("nl", "VDAB selecteerde 18 projecten voor de begeleiding van werkzoekenden naar werk"),
    ("nl", "Dit zijn de winnaars van de oproep rond duurzaam werk voor kwetsbare werkzoekenden"),
    ("en", "Twelve projects selected for the youth employment fund"),
    ("en", "These are the winners of the call for jobseeker mentoring schemes"),
    ("de", "Jury wählt 15 Projekte aus: Integration von Langzeitarbeitslosen"),
    ("de", "Das sind die Preisträger des Aufrufs für Arbeitsmarktintegration"),
]


@pytest.mark.parametrize(("lang", "title"), RESULTS)
def test_results_pages_are_not_calls_in_any_word_order(clf, lang, title):
    summary = {
        "fr": "Les projets recevront un financement du Fonds social européen.",
        "nl": "De projecten krijgen steun van het Europees Sociaal Fonds.",
        "en": "The projects receive funding from the European Social Fund.",
        "de": "Die Projekte erhalten eine Förderung aus dem ESF Plus.",
    }[lang]
    found = clf.classify(title, summary, lang=lang)
    assert not found.is_call, found.reasons
    assert not found.relevant


@pytest.mark.parametrize(
    ("lang", "title", "summary"),
    [
        (
            "fr",
            "Appel à projets : insertion socioprofessionnelle des demandeurs d'emploi",
            "Le jury sélectionnera dix projets. Les 10 projets sélectionnés recevront "
            "20.000 € chacun. Date limite : 30 juin 2026.",
        ),
        (
            "en",
            "Call for proposals: employment support for long-term unemployed people",
            "Twelve projects selected will receive up to EUR 50,000 each. Apply by 30 June 2026.",
        ),
        (
            "fr",
            "Appel à projets : accompagnement vers l'emploi des jeunes NEET",
            "Les opérateurs d'insertion proposent un parcours d'insertion; la formation du "
            "personnel d'accompagnement est éligible. Date limite : 30 juin 2026.",
        ),
    ],
)
def test_a_call_saying_what_its_selected_projects_get_or_its_staff_learn_is_a_call(
    clf, lang, title, summary
):
    found = clf.classify(title, summary, lang=lang)
    assert found.relevant, found.reasons


STAFF_TRAINING = [
    ("fr", "Appel à projets : formation des salariés des PME à la transition numérique"),
    ("nl", "Oproep: opleiding van werknemers in kmo's voor de digitale omslag"),
    ("en", "Call for proposals: upskilling of employees in SMEs for the digital transition"),
    ("de", "Förderaufruf: Weiterbildung von Beschäftigten in KMU für die digitale Wende"),
]


@pytest.mark.parametrize(("lang", "title"), STAFF_TRAINING)
def test_training_of_employed_staff_is_not_insertion(clf, lang, title):
    summary = {
        "fr": "Les projets de formation professionnelle sont éligibles jusqu'au 15 mai 2026.",
        "nl": "Beroepsopleiding en werkplekleren komen in aanmerking tot 15 mei 2026.",
        "en": "Vocational training projects are eligible; apply by 15 May 2026.",
        "de": "Gefördert wird die Qualifizierung; Anträge sind bis zum 15. Mai 2026 einzureichen.",
    }[lang]
    found = clf.classify(title, summary, lang=lang)
    assert found.is_call
    assert not found.relevant, found.reasons


FIELD_WORDS = [
    (
        "fr",
        "Appel à projets : vers l'autonomie des jeunes qui sortent de l'aide à la jeunesse",
        "Des projets aident les jeunes ayant quitté une institution à décrocher un premier "
        "emploi. Date limite : 20 avril 2026.",
    ),
    (
        "nl",
        "Projectoproep: jongeren die de jeugdhulp verlaten op weg helpen",
        "Projecten begeleiden hen tot ze een job vonden; doorstroom naar de reguliere "
        "arbeidsmarkt is het doel. Indienen kan tot 20 april 2026.",
    ),
    (
        "en",
        "Grant programme for young people leaving care",
        "Funding for projects that help care-experienced young people find employment and "
        "obtain stable employment. Applications close on 20 April 2026.",
    ),
    (
        "de",
        "Förderaufruf: Ausbildungscoaches für junge Menschen ohne Ausbildungsplatz",
        "Gefördert werden Träger, die Jugendliche bei der Ausbildungsplatzsuche begleiten. "
        "Anträge sind bis zum 20. April 2026 einzureichen.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), FIELD_WORDS)
def test_the_fields_words_for_its_publics_make_an_insertion_call(clf, lang, title, summary):
    found = clf.classify(title, summary, lang=lang)
    assert found.relevant, found.reasons
    assert "insertion" in found.topics


@pytest.mark.parametrize(
    ("lang", "title", "summary"),
    [
        (
            "de",
            "Baumpatenschaften 2026: Bürgerinnen und Bürger gießen Stadtbäume",
            "Paten pflegen die Baumscheibe. Anmeldung bis zum 30. Juni 2026.",
        ),
        (
            "en",
            "Writers' bursaries with mentoring for a first novel",
            "Ten writers receive a grant and are paired with a mentor. Apply by 30 June 2026.",
        ),
    ],
)
def test_mentoring_words_of_other_fields_are_not_mentoring_calls(clf, lang, title, summary):
    found = clf.classify(title, summary, lang=lang)
    assert not found.relevant, found.reasons
