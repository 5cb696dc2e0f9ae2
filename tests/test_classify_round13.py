"""Round 13 of issue 14, on sentences of our own in French, Dutch, English and German.

A call's results ("17 projets retenus", "Ministerin übergibt Förderbescheide") and a page
inviting a person (to be mentored, to volunteer, to be an expert) are no calls for projects,
even when the title names a call; the cleaning of premises is what a tender buys, not its
subject; a call on a news page ("News: applications open…") is a call; an example
("bijvoorbeeld") illustrates the purpose; a request for an approval that funds insertion
bodies ("demande d'agrément") is a call.
"""

from __future__ import annotations

import pytest

from veille.domain.genre import read_genre
from veille.domain.place import side_place

NOT_CALLS = [
    # a call's results, even when the title names the call
    (
        "fr",
        "Appel Emploi des jeunes : 17 projets retenus pour l'accompagnement des chercheurs "
        "d'emploi",
        "Le jury a retenu 17 projets qui accompagnent les jeunes chercheurs d'emploi vers un "
        "stage ou un emploi. Les projets démarrent en janvier.",
    ),
    (
        "nl",
        "31 projecten goedgekeurd in de oproep rond begeleiding van werkzoekenden",
        "De minister keurde 31 projecten goed die werkzoekenden begeleiden naar werk. De "
        "promotoren worden deze week verwittigd.",
    ),
    (
        "en",
        "Employment inclusion call: 9 projects selected to support jobseekers",
        "Nine projects will receive funding to help long-term unemployed people into work "
        "through job coaching and work placements.",
    ),
    (
        "de",
        "Staatssekretär übergibt Förderbescheide an neun Beschäftigungsprojekte",
        "Neun Projekte zur Integration langzeitarbeitsloser Menschen erhalten Förderung aus "
        "dem Aufruf des vergangenen Jahres.",
    ),
    # an invitation to a person
    (
        "nl",
        "Buddywerking zoekt vrijwillige mentoren voor jonge werkzoekenden",
        "Wil je een jonge werkzoekende helpen bij het zoeken naar werk? Meld je aan voor 15 april.",
    ),
    (
        "en",
        "Find a mentor – apply today",
        "Are you 18 to 25 and looking for work? Sign up and we will pair you with a volunteer "
        "mentor who helps you find a job. Apply today.",
    ),
    (
        "de",
        "Aufruf: unabhängige Sachverständige für die Bewertung von ESF-Projekten",
        "Fachleute mit Erfahrung in Arbeitsmarktpolitik und Integration können sich als "
        "Gutachter registrieren und Projektanträge bewerten. Registrierung bis 30. Juni.",
    ),
    # the cleaning of premises is what a tender buys
    (
        "fr",
        "CPAS de Namur – Marché de services : nettoyage des locaux du service insertion",
        "Le CPAS lance un marché pour le nettoyage des locaux de son service d'insertion "
        "socioprofessionnelle. Les offres doivent parvenir avant le 12 mars.",
    ),
    (
        "nl",
        "Schoonmaakdiensten voor de kantoren van de werkwinkels",
        "Aanbesteding schoonmaakdiensten voor twaalf werkwinkels van de VDAB. Inschrijven tot "
        "3 maart.",
    ),
]

CALLS = [
    # a call on a news page
    (
        "en",
        "News: applications open for the Back to Work Partnership Fund",
        "Community organisations that help long-term unemployed people into work through job "
        "coaching and work placements can apply for up to €30,000. Closing date: 20 May.",
    ),
    (
        "de",
        "Aktuelles: Jobcenter sucht Träger für die Begleitung von Langzeitarbeitslosen",
        "Das Jobcenter sucht Träger, die langzeitarbeitslose Menschen auf dem Weg in "
        "Beschäftigung begleiten. Anträge bis 30. April.",
    ),
    # an example illustrates the purpose
    (
        "nl",
        "Oproep: werkgevers die mensen met een afstand tot de arbeidsmarkt aanwerven",
        "De stichting zoekt werkgevers die mensen met een afstand tot de arbeidsmarkt "
        "aanwerven, bijvoorbeeld via jobcoaching of een aangepaste werkplek. Aanmelden kan "
        "tot 1 oktober.",
    ),
    # a request for the approval that funds insertion bodies
    (
        "fr",
        "Agrément de nouveaux centres d'insertion socioprofessionnelle",
        "Les ASBL qui organisent des formations pour demandeurs d'emploi peu qualifiés peuvent "
        "introduire une demande d'agrément comme centre d'insertion socioprofessionnelle. "
        "Date limite : 15 septembre.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), NOT_CALLS)
def test_results_invitations_to_persons_and_cleaning_tenders_are_not_flagged(
    clf, lang, title, summary
):
    result = clf.classify(title, summary, lang=lang)
    assert not result.relevant, result.reasons


@pytest.mark.parametrize(("lang", "title", "summary"), CALLS)
def test_news_frames_examples_and_approval_schemes_are_flagged(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert result.relevant, result.reasons


def test_a_results_page_turned_by_its_genre_stays_to_check(clf):
    result = clf.classify(*NOT_CALLS[1][1:], lang="nl")
    assert not result.relevant
    assert result.uncertain
    assert any("a call's results" in reason for reason in result.reasons)


def test_the_news_frame_is_named_in_the_reasons(clf):
    result = clf.classify(*CALLS[0][1:], lang="en")
    assert "a call on a news page: 'applications open'" in result.reasons


def test_results_and_persons_outweigh_the_call_shape():
    results = read_genre("Oproep Sociale economie: 12 projecten geselecteerd", "")
    assert results.genre == "results"
    person = read_genre("Call for proposals", "Independent experts can register as evaluators.")
    assert person.genre == "person"
    assert read_genre("Appel à projets 2026", "Les ASBL peuvent introduire un projet.").genre == (
        "call"
    )


def test_an_example_is_not_on_the_side():
    sentence = "Le projet aide les jeunes, par exemple par du coaching vers l'emploi."
    assert side_place(sentence, sentence.index("coaching")) is None
    listed = "Le projet aide les jeunes, notamment par du coaching vers l'emploi."
    assert side_place(listed, listed.index("coaching")) is not None
