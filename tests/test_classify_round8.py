"""Round 8 of issue 14: recall through the field's concepts, on sentences of our own, in
French, Dutch, English and German.

A call may say its subject with no core term at all: it names one of the PUBLICS of
insertion (the long-term unemployed, people on social assistance, newcomers, young people
leaving care, people with a disability, former prisoners, the homeless, women returning to
work, older job seekers...) and, in the same sentence, a SERVICE of insertion or the work it
leads to (placement, work experience, job coaching, training towards a job, job creation,
job retention, matching with employers, self-employment). That pair is evidence of the
field, and the verdict says which pair it was. A public with a service of another field
(housing for the homeless, culture for refugees, health care for people with a disability)
is not. Self-employment is a way into work for the field's publics: "founders" or
"entrepreneurs" is no sign of another field when the public is one of these.
"""

from __future__ import annotations

import pytest

PUBLIC_AND_SERVICE = [
    (
        "fr",
        "Appel à projets 2027 : quartiers solidaires",
        "La commune soutient les associations qui accompagnent des personnes peu qualifiées "
        "vers un premier contrat de travail. Dépôt des dossiers avant le 12 mars 2027.",
    ),
    (
        "fr",
        "Appel à candidatures – nouveaux départs",
        "Le fonds finance des stages en entreprise pour des personnes sortant de détention. "
        "Les candidatures sont ouvertes jusqu'au 30 avril 2027.",
    ),
    (
        "fr",
        "Appel à projets « Cap 50 »",
        "Sont soutenus les projets de placement de travailleurs âgés sans travail auprès "
        "d'employeurs locaux. Date limite : 4 juin 2027.",
    ),
    (
        "nl",
        "Projectoproep Nieuwe Start 2027",
        "De provincie subsidieert projecten die nieuwkomers via werkervaring en jobcoaching "
        "naar een vaste job leiden. Aanvragen indienen tot 15 maart 2027.",
    ),
    (
        "nl",
        "Oproep: Samen sterk 2027",
        "Het OCMW zoekt partners die leefloongerechtigden begeleiden naar betaald werk bij "
        "lokale bedrijven. Kandidaturen tot 1 februari 2027.",
    ),
    (
        "nl",
        "Projectoproep voor jongeren uit de jeugdhulp",
        "Organisaties kunnen een voorstel indienen om jongeren die de jeugdhulp verlaten te "
        "helpen bij het vinden van een opleiding of werk. Indienen vóór 10 mei 2027.",
    ),
    (
        "en",
        "Open call: Fresh Start Fund 2027",
        "Charities can apply for grants to offer paid work placements to people leaving "
        "prison. Applications close on 3 March 2027.",
    ),
    (
        "en",
        "Call for proposals: Steps Forward",
        "Funding is available for projects matching disabled people with employers and "
        "supporting them once in post. The deadline is 20 May 2027.",
    ),
    (
        "en",
        "Grants round 2027: rough sleepers",
        "Homelessness charities may bid to add employment advisers who help rough sleepers "
        "into paid jobs. Closing date 14 April 2027.",
    ),
    (
        "de",
        "Förderaufruf: Neue Wege 2027",
        "Gefördert werden Projekte, die Bürgergeld-Beziehende durch Coaching in "
        "sozialversicherungspflichtige Beschäftigung bringen. Anträge bis 31. März 2027.",
    ),
    (
        "de",
        "Projektaufruf Chancen 2027",
        "Träger können Projekte einreichen, in denen Geflüchtete eine Qualifizierung für "
        "den Arbeitsmarkt und ein Praktikum im Betrieb erhalten. Frist: 15. Mai 2027.",
    ),
    (
        "de",
        "Interessenbekundungsverfahren: Brücken bauen",
        "Gesucht werden Träger, die Menschen mit Behinderung bei der Vermittlung in "
        "Betriebe des allgemeinen Arbeitsmarkts begleiten. Einreichung bis 28. Februar 2027.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), PUBLIC_AND_SERVICE)
def test_a_public_near_a_service_of_insertion_is_the_field(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert result.relevant, result.reasons
    assert "insertion" in result.topics, result.reasons
    assert any("a public of the field with" in reason for reason in result.reasons), result.reasons


PUBLIC_WITH_ANOTHER_SERVICE = [
    (
        "fr",
        "Appel à projets : logement des sans-abri",
        "La Région finance des allocations de logement et l'accompagnement des personnes "
        "sans abri vers un logement durable. Dépôt avant le 10 mars 2027.",
    ),
    (
        "fr",
        "Appel à projets culturels pour les réfugiés",
        "Les centres culturels peuvent proposer des ateliers de théâtre et de musique pour "
        "des réfugiés. Date limite : 5 mai 2027.",
    ),
    (
        "nl",
        "Oproep: zorg voor personen met een handicap",
        "Voorzieningen kunnen subsidie aanvragen voor aangepaste woonzorg en vrije tijd voor "
        "personen met een handicap. Indienen tot 1 april 2027.",
    ),
    (
        "en",
        "Call for proposals: winter shelter for rough sleepers",
        "Councils can apply for funding for emergency beds and housing allowances for "
        "homeless people. The deadline is 1 October 2027.",
    ),
    (
        "de",
        "Förderaufruf: Kultur für Geflüchtete",
        "Gefördert werden Theater- und Musikprojekte mit Geflüchteten in Stadtteilen. "
        "Anträge bis 30. Juni 2027.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), PUBLIC_WITH_ANOTHER_SERVICE)
def test_a_public_with_a_service_of_another_field_is_not_insertion(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert not result.relevant, result.reasons


ENTREPRENEURSHIP_OF_THE_PUBLIC = [
    (
        "fr",
        "Appel à projets : entreprendre après l'exil",
        "Sont soutenues les associations qui accompagnent des réfugiés dans la création de "
        "leur entreprise. Dépôt avant le 15 avril 2027.",
    ),
    (
        "nl",
        "Projectoproep: ondernemen als nieuwkomer",
        "Organisaties kunnen subsidie aanvragen om nieuwkomers te begeleiden naar "
        "ondernemerschap en een eigen zaak. Indienen tot 20 maart 2027.",
    ),
    (
        "en",
        "Open call: mentoring for migrant women founders",
        "Grants for charities mentoring migrant women founders who are unemployed on the "
        "way to self-employment. Applications close on 2 June 2027.",
    ),
    (
        "de",
        "Förderaufruf: Gründerinnen mit Migrationshintergrund",
        "Gefördert werden Träger, die arbeitslose Frauen mit Migrationshintergrund auf dem "
        "Weg in die Selbstständigkeit begleiten. Skizzen bis 31. Mai 2027.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), ENTREPRENEURSHIP_OF_THE_PUBLIC)
def test_self_employment_of_the_fields_public_is_the_field(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert result.relevant, result.reasons


ENTREPRENEURS_AS_SUCH = [
    (
        "en",
        "Mentoring grants for women entrepreneurs 2027",
        "Funding for programmes pairing women entrepreneurs with experienced business "
        "leaders to grow their companies. Apply by 1 March 2027.",
    ),
    (
        "de",
        "Accelerator-Programm für Gründerinnen",
        "Start-ups mit Gründerinnen im Team erhalten Coaching und Zugang zu Investoren. "
        "Bewerbung bis 15. April 2027.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), ENTREPRENEURS_AS_SUCH)
def test_entrepreneurs_without_a_public_of_the_field_stay_outside(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert not result.relevant, result.reasons


NEWS_GUIDES_AND_OTHER_PUBLICS = [
    # news of results: the places or projects chosen are known
    (
        "fr",
        "Emploi des jeunes : les dix communes lauréates sont connues",
        "Le ministre de l'Emploi a désigné les communes qui accueilleront le dispositif "
        "pour les demandeurs d'emploi. Un appel suivra peut-être.",
    ),
    (
        "nl",
        "De tien projecten voor werkzoekenden zijn bekend",
        "De minister maakte bekend welke projecten jongeren naar werk zullen begeleiden.",
    ),
    # an award won
    (
        "en",
        "Job coaching charity has won the community award",
        "The charity, which helps unemployed young people into work, has won the regional "
        "award for its volunteer mentors.",
    ),
    (
        "de",
        "Beschäftigungsprojekt hat gewonnen: Preis für Coaching von Arbeitslosen",
        "Das Projekt begleitet Langzeitarbeitslose in Arbeit und hat den Landespreis gewonnen.",
    ),
    # a practical guide, a page presenting a programme
    (
        "fr",
        "Guide pratique : monter un projet d'insertion pour un appel FSE+",
        "Ce guide aide les opérateurs d'insertion à préparer leur candidature : budget, "
        "indicateurs, justification des dépenses.",
    ),
    (
        "en",
        "Youth employment fund: this page explains the priorities",
        "This page explains the fund's priorities for jobseekers and NEETs and how the "
        "budget is shared between regions; calls are announced elsewhere.",
    ),
    # mentoring or an open procedure for people outside the field
    (
        "nl",
        "Mentorprogramma voor jonge journalisten 2027",
        "Journalisten met minder dan drie jaar ervaring krijgen een mentor uit de redactie. "
        "Inschrijven tot 1 maart 2027.",
    ),
    (
        "en",
        "Mentoring scheme for doctoral students: apply as a mentee",
        "Doctoral students can apply until 10 January 2027 for a year of mentoring by senior "
        "academics.",
    ),
    (
        "de",
        "Wissenschaftliche Evaluation des Programms für Arbeitsuchende – Ausschreibung",
        "Gesucht werden Forschungseinrichtungen für eine wissenschaftliche Evaluation. "
        "Angebote bis 15. Februar 2027.",
    ),
    (
        "fr",
        "Appel à candidatures : architectes pour la rénovation d'un centre d'insertion",
        "Les bureaux d'architecture peuvent poser leur candidature avant le 3 avril 2027 ; "
        "un accompagnement du maître d'ouvrage est prévu.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), NEWS_GUIDES_AND_OTHER_PUBLICS)
def test_news_guides_and_calls_for_other_publics_are_not_flagged(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert not result.relevant, result.reasons
