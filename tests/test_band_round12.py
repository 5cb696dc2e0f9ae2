"""Round 12 of the "to check" band: each test has its own distance to its line (subject 1.5,
call 3.0), chosen on the blind sets read by the rules of before their release
(bench/band_unseen.py). A call whose subject is said in few of the field's words, and an
announced fund with a strong subject read as news, are shown "to check"; a call with no
subject word and a winners' page stay dropped. No flagged/not-flagged decision changes.
"""

import pytest

from veille.config import default_classifier
from veille.domain.classify import Classifier
from veille.presentation import doubt_words

# the rules' band alone: the learned second opinion (round 14) may turn these sentences
CLASSIFIER = Classifier(default_classifier().vocabulary)

# (language, title, summary): calls the band of before dropped, 1.0-1.5 short on the subject
# or 1.0-3.0 short on the call test
NEWLY_SHOWN = [
    (
        "fr",
        "Le ministre annonce un fonds de 3 millions pour le parrainage des jeunes vers l'emploi",
        "Les associations qui accompagnent des jeunes demandeurs d'emploi avec un parrain "
        "bénévole pourront déposer leur candidature.",
    ),
    (
        "nl",
        "Vlaamse regering trekt 3 miljoen uit voor mentoring van werkzoekende jongeren",
        "Organisaties die jonge werkzoekenden met een vrijwillige mentor naar werk begeleiden, "
        "kunnen later dit jaar een aanvraag indienen.",
    ),
    (
        "en",
        "Community Outreach Grant 2026 for young people",
        "Charities can apply for grants to reach young people aged 16 to 24 who use no service, "
        "build trust through youth work and connect them with education, training or "
        "employment support. Applications close on 31 March 2026.",
    ),
    (
        "en",
        "Minister announces €3m fund for mentoring young jobseekers",
        "Community organisations pairing young jobseekers with a volunteer mentor can apply.",
    ),
    (
        "de",
        "Projektaufruf 2026: Ankommen in der Gemeinde",
        "Gefördert werden Projekte für neue Einwohner: Sprachkurs, Begegnung sowie Zugang zu "
        "Ausbildung und Arbeit. Einreichung bis zum 31. März 2026.",
    ),
]

# far from the line: no subject word at all, or a winners' page (a strong not-a-call cue)
STILL_DROPPED = [
    (
        "fr",
        "Appel à projets 2026 – Rénovation des salles de sport communales",
        "Les communes peuvent introduire un dossier jusqu'au 15 mars 2026.",
    ),
    (
        "nl",
        "Laureaten van de projectoproep Mentoring naar werk 2025",
        "Twaalf organisaties werden geselecteerd om jonge werkzoekenden met een vrijwillige "
        "mentor naar werk te begeleiden.",
    ),
    (
        "en",
        "Winners of the 2025 mentoring into work grants announced",
        "Twelve organisations were selected to pair young jobseekers with volunteer mentors.",
    ),
    (
        "de",
        "Preisträger des Förderaufrufs Mentoring in Arbeit 2025",
        "Zwölf Vereine wurden ausgewählt, junge Arbeitsuchende mit ehrenamtlichen Mentoren "
        "zu begleiten.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), NEWLY_SHOWN)
def test_a_call_further_from_the_line_is_shown_to_check(lang: str, title: str, summary: str):
    result = CLASSIFIER.classify(title, summary, lang=lang)
    assert (result.relevant, result.uncertain) == (False, True)
    # beyond the band of before (1.0 on every test): this page would have been dropped
    assert max(d.needed - d.value for d in result.doubts) > 1.0
    assert result.reasons[-1].startswith("to check: ")


@pytest.mark.parametrize(("lang", "title", "summary"), STILL_DROPPED)
def test_a_page_far_from_the_line_is_still_dropped(lang: str, title: str, summary: str):
    result = CLASSIFIER.classify(title, summary, lang=lang)
    assert (result.relevant, result.uncertain, result.doubts) == (False, False, [])


def test_the_call_test_reaches_further_than_the_subject_test():
    # a strong subject 1.5 short of a call is shown; a call whose subject is 1.5 short is
    # shown too, but not one 1.75 short of it
    news = CLASSIFIER.classify(*NEWLY_SHOWN[3][1:], lang="en")
    [doubt] = news.doubts
    assert (doubt.test, doubt.value, doubt.needed) == ("call", -0.5, 1.0)
    far = CLASSIFIER.classify(
        "Appel à projets 2026 – Accueil des nouveaux habitants",
        "Activités de loisirs et de découverte de la commune, avec une aide vers la formation. "
        "Dossiers à introduire avant le 31 mars 2026.",
        lang="fr",
    )
    assert not far.relevant
    assert all(d.needed - d.value <= 1.5 for d in far.doubts if d.test == "subject")


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fr", "peu d'indices qu'il s'agit d'un appel (-0.5 pour 1.0 requis)"),
        ("nl", "weinig aanwijzingen dat het een oproep is (-0.5, 1.0 nodig)"),
        ("en", "little evidence that it is a call (-0.5, 1.0 needed)"),
    ],
)
def test_members_read_why_in_their_language(lang: str, words: str):
    news = CLASSIFIER.classify(*NEWLY_SHOWN[3][1:], lang="en")
    [doubt] = news.doubts
    record = {"test": doubt.test, "name": doubt.name, "value": doubt.value, "needed": doubt.needed}
    assert doubt_words(record, lang) == words
