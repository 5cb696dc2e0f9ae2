"""Round 5 of issue 14: the general causes behind blind7's errors, on sentences of our own,
in French, Dutch, English and German.

Not a call: a call for speakers or experts, a public consultation, the results of a call,
news about a fund (money received, an interim review, a call expected next year), a website
tender. Not the subject: an evaluation bought from a research firm, a job evaluation, the
training of firefighters. Relevant: school-to-work transition, work after prison, a
foundation's funding priority, a call for not-for-profit organisations ("not" joined by a
hyphen negates nothing).
"""

from __future__ import annotations

import pytest

NOT_A_CALL = [
    (
        "fr",
        "Forum de l'insertion 2026 : appel à intervenants",
        "Les CPAS et les missions locales peuvent proposer un atelier sur l'accompagnement des "
        "demandeurs d'emploi. Propositions avant le 12 février 2026.",
    ),
    (
        "nl",
        "Congres werk en inclusie: oproep voor sprekers",
        "Organisaties die werkzoekenden begeleiden naar werk kunnen een workshop voorstellen. "
        "Voorstellen tot 12 februari 2026.",
    ),
    (
        "de",
        "Fachtag Arbeitsmarktintegration: Call for Papers",
        "Träger der Beschäftigungsförderung für Langzeitarbeitslose können Beiträge einreichen. "
        "Einsendeschluss: 12. Februar 2026.",
    ),
    (
        "en",
        "Have your say on the future of youth employment support",
        "The ministry launches a public consultation on support for unemployed young people. "
        "Responses are welcome until 12 February 2026.",
    ),
    (
        "nl",
        "Resultaten van de oproep trajectbegeleiding werkzoekenden",
        "De minister maakt de projecten bekend die begeleiding naar werk voor langdurig "
        "werkzoekenden aanbieden.",
    ),
    (
        "de",
        "Jobcenter erhält 3 Millionen Euro für Langzeitarbeitslose",
        "Bei einer Zwischenbilanz lobte die Ministerin die Projekte für Langzeitarbeitslose. "
        "Ein neuer Aufruf soll im kommenden Jahr folgen.",
    ),
    (
        "fr",
        "Marché public : nouveau site internet de la Mission locale",
        "La Mission locale pour l'emploi des jeunes lance un marché de services pour la "
        "conception de son nouveau site internet. Remise des offres le 3 mars 2026.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), NOT_A_CALL)
def test_pages_about_calls_or_the_field_that_are_not_calls(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert not result.relevant, result.reasons
    assert any(m.topic == "not_call" for m in result.matches), result.reasons


OTHER_SUBJECT = [
    (
        "nl",
        "Overheidsopdracht: impactevaluatie van de activeringstrajecten",
        "De VDAB zoekt een onderzoeksbureau voor de impactevaluatie van de trajecten naar werk. "
        "Offertes tot 4 maart 2026.",
    ),
    (
        "en",
        "Request for quotation: job evaluation of council roles",
        "The council invites HR consultancies to carry out a job evaluation and propose a new "
        "pay structure. Quotations by 4 March 2026.",
    ),
    (
        "de",
        "Förderung der Ausbildung bei der Freiwilligen Feuerwehr 2026",
        "Gemeinden erhalten Zuschüsse für die Ausbildung von Feuerwehrleuten im Atemschutz. "
        "Anträge bis 30. Juni 2026.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), OTHER_SUBJECT)
def test_calls_whose_subject_is_another_field(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert not result.relevant, result.reasons


RELEVANT = [
    (
        "nl",
        "Oproep transitiecoaching 2026",
        "De stad subsidieert organisaties die jongeren van school naar werk begeleiden en samen "
        "een stageplaats zoeken. Aanvragen tot 6 maart 2026.",
    ),
    (
        "de",
        "Perspektive nach der Haft",
        "Das Land fördert Projekte freier Träger, die Haftentlassene beim Übergang in Arbeit "
        "begleiten. Anträge sind bis zum 30. April 2026 einzureichen.",
    ),
    (
        "de",
        "Förderschwerpunkt Arbeitsintegration",
        "Die Stiftung unterstützt gemeinnützige Organisationen, die Stellensuchende mit "
        "Jobcoaching in den ersten Arbeitsmarkt begleiten.",
    ),
    (
        "en",
        "Call for proposals: pathways into work for refugees",
        "The agency invites not-for-profit organisations to submit proposals for projects that "
        "help refugees find a job. Proposals by 30 April 2026.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), RELEVANT)
def test_calls_said_with_the_fields_words_are_relevant(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert result.relevant, result.reasons


def test_a_hyphenated_not_negates_no_call_cue(clf):
    result = clf.classify(
        "Call for proposals: employment support",
        "We invite not-for-profit organisations to submit proposals that help jobseekers "
        "find work. Deadline: 30 April 2026.",
        lang="en",
    )
    assert not any(m.term.startswith("not:") for m in result.matches), result.reasons
    assert result.is_call and result.relevant, result.reasons
