"""Round 12 of issue 14, on sentences of our own in French, Dutch, English and German.

The page's genre, read from its shape: a headline where an actor launches or funds a number
of things, a report that looks back, guidance for bodies already funded and a training for
professionals are no calls, whatever their subject; a real call whose title names the call,
or whose summary tells organisations to apply, stays one. The subject's place: insertion
named only as a bonus criterion or after "among others" counts less than in the purpose;
a document type that is one item of a list ("training or job offers") is not the page's.
"""

from __future__ import annotations

import pytest

from veille.domain.genre import read_genre
from veille.domain.place import listed, side_place

NOT_CALLS = [
    # news: an actor, a verb of launching or funding, a figure
    (
        "en",
        "Region launches £12M fund for jobseekers with disabilities",
        "The regional government has announced a fund to support employment of people with "
        "disabilities. Delivery partners will be chosen later in the year.",
    ),
    (
        "de",
        "Bürgerstiftung fördert acht Projekte für Langzeitarbeitslose",
        "Die Bürgerstiftung unterstützt in diesem Jahr acht Projekte mit 60.000 Euro für die "
        "berufliche Integration von Langzeitarbeitslosen. Die Schecks wurden in Köln übergeben.",
    ),
    # a report that looks back
    (
        "en",
        "Lessons learned from five years of job coaching for young refugees",
        "The consortium presented its final results: 400 young refugees received job coaching "
        "and work placements. The project closed in June.",
    ),
    (
        "fr",
        "Bilan de trois ans d'accompagnement vers l'emploi des jeunes",
        "Le consortium a présenté ses résultats : 300 jeunes demandeurs d'emploi ont suivi un "
        "parcours d'insertion avec stage en entreprise. Des subventions ont financé le projet.",
    ),
    # guidance for bodies already funded
    (
        "en",
        "Youth Guarantee: delivery guidance for lead partners",
        "This guidance sets out how funded partners deliver employment support to young "
        "people, including eligibility of participants. Partners apply it from May.",
    ),
    # a training for professionals
    (
        "fr",
        "Formation : accompagner les demandeurs d'emploi vers la formation qualifiante",
        "Le centre organise une formation de deux jours pour les conseillers emploi. "
        "Inscription obligatoire avant le 12 mai 2026.",
    ),
    (
        "nl",
        "Opleiding: jobcoaching voor begeleiders van werkzoekenden",
        "Het centrum organiseert een opleiding voor trajectbegeleiders over jobcoaching en "
        "activering. Inschrijven verplicht, uiterlijk op 12 mei 2026.",
    ),
    # insertion only as a bonus criterion or one example: the call is about something else
    (
        "fr",
        "Appel à projets « Jardins partagés » 2026",
        "La Province soutient les communes qui aménagent des jardins partagés et des vergers. "
        "Les projets qui favorisent l'emploi des jeunes obtiennent un bonus. Subvention "
        "maximale de 10 000 euros, candidatures jusqu'au 30 juin 2026.",
    ),
]

STILL_CALLS = [
    # a call whose title names it, even with a reporting verb
    (
        "fr",
        "La Région lance 3 appels à projets pour l'insertion socioprofessionnelle",
        "Les associations peuvent introduire un projet d'insertion des demandeurs d'emploi "
        "jusqu'au 15 mars 2026.",
    ),
    # an instruction to apply outweighs a news-like title
    (
        "de",
        "Land fördert 20 Projekte zur Integration in Arbeit",
        "Träger können einen Antrag auf Förderung von Projekten zur beruflichen Integration "
        "von Geflüchteten einreichen. Anträge bis 31. März 2026.",
    ),
    # insertion in the purpose sentence, with an enumeration after it
    (
        "nl",
        "Projectoproep activering 2026",
        "De oproep heeft als doel de toeleiding naar werk van langdurig werklozen, onder meer "
        "via jobcoaching. Organisaties kunnen een project indienen tot 1 april 2026.",
    ),
    # a call whose summary lists job offers among the services it funds
    (
        "en",
        "Reaching jobseekers far from work: local activation services",
        "Funding for partnerships that offer outreach, individual guidance and referral to "
        "training or job offers for long-term unemployed people. Deadline: 16 April 2026.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), NOT_CALLS)
def test_news_reports_guidance_trainings_and_side_criteria_are_not_flagged(
    clf, lang, title, summary
):
    result = clf.classify(title, summary, lang=lang)
    assert not result.relevant, result.reasons


@pytest.mark.parametrize(("lang", "title", "summary"), STILL_CALLS)
def test_a_call_shape_or_a_purpose_keeps_the_call_flagged(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert result.relevant, result.reasons


def test_the_genre_and_why_are_in_the_reasons(clf):
    result = clf.classify(
        "Stadt startet 5 neue Projekte für Arbeitsuchende",
        "Die Stadt hat angekündigt, fünf Projekte für Arbeitsuchende zu finanzieren.",
        lang="de",
    )
    assert not result.relevant
    assert any(r.startswith("genre: news (title: an actor and a reporting") for r in result.reasons)


def test_a_side_criterion_is_named_in_the_reasons(clf):
    result = clf.classify(
        "Call for proposals: community gardens 2026",
        "The city funds community gardens. Projects that create jobs for young people get a "
        "bonus. Applications close on 30 June 2026.",
        lang="en",
    )
    assert any(r.startswith("on the side, counts less:") for r in result.reasons), result.reasons


def test_genre_reading_is_typed_and_the_title_names_the_call():
    assert read_genre("Oproep: projecten voor werkzoekenden", "").genre == "call"
    assert read_genre("Webinar: jobcoaching in practice", "Registration is required.").genre == (
        "training"
    )
    assert read_genre("Évaluation du dispositif d'insertion", "").genre == "report"


def test_place_helpers():
    assert side_place("The call aims at mentoring, among others for young people.", 20) is None
    assert side_place("Funded are, among others, mentoring schemes.", 30) is not None
    assert listed("stages et offres d'emploi", 10)


def test_a_page_only_the_genre_turned_away_stays_to_check(clf):
    # news of a fund its public will apply to: without the genre reading it was 2.0 short of
    # a call, within the band; the news headline puts it 4.0 short, yet it stays in sight
    result = clf.classify(
        "Le ministre annonce un fonds de 3 millions pour le parrainage des jeunes vers l'emploi",
        "Les associations qui accompagnent des jeunes demandeurs d'emploi avec un parrain "
        "bénévole pourront déposer leur candidature.",
        lang="fr",
    )
    assert (result.relevant, result.uncertain) == (False, True)
    assert any(r.startswith("genre: news") for r in result.reasons)
    assert [d.test for d in result.doubts] == ["call"]


def test_news_with_no_call_cue_without_its_genre_is_not_shown(clf):
    # a results headline: nobody is asked anything, with or without the genre reading
    result = clf.classify(
        "Land fördert zwölf Projekte zur Integration Langzeitarbeitsloser in Arbeit",
        "Die Projekte begleiten langzeitarbeitslose Menschen in Beschäftigung.",
        lang="de",
    )
    assert (result.relevant, result.uncertain) == (False, False)


def test_a_genre_cue_points_at_the_words_as_written():
    # "ß" folds to two letters: the cue's offsets are those of the title as written
    title = "Großstadt Köln: Stiftung fördert zwölf Projekte für Arbeitsuchende"
    [cue] = read_genre(title, "").cues
    assert title[cue.start : cue.end] == "fördert"
