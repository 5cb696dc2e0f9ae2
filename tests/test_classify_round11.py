"""Round 11 of issue 14, on sentences of our own in French, Dutch, English and German.

Precision, by family: news in a headline's words (a minister says or publishes a strategy,
groups share a sum, a pilot reports its results, bodies win the award), a call to persons
(mentees, volunteers sought, a premium a jobseeker claims), a tender that buys something
other than a service to people (an evaluation, a communication campaign, a software
platform, running a shelter) and research topics or town twinning are not calls of the
field. Recall: a public of the field said in other words (migrants' "history", people on
the integration income, vulnerable people) beside the work offered is insertion, also when
founding a business or another sector is named beside it. A real call that also cites a
minister, a result of last year's round, a premium paid to participants or a publication
on TED stays flagged.
"""

from __future__ import annotations

import pytest

NOT_CALLS = [
    # news in a headline's words: a minister says, publishes a strategy
    (
        "en",
        "More money for youth employment schemes, minister says",
        "The government says it will add £8 million to its youth jobs programme next year, "
        "with more places on employability courses. Details for providers are expected later.",
    ),
    (
        "en",
        "Minister publishes national employment strategy 2027-2031",
        "The Minister for Work has published the new national employment strategy. It "
        "promises more support for long-term unemployed people and young jobseekers.",
    ),
    (
        "fr",
        "Plus de moyens pour l'emploi des jeunes, annonce la ministre",
        "Selon la ministre, 10 millions supplémentaires iront à l'accompagnement des jeunes "
        "demandeurs d'emploi. Les modalités pour les opérateurs suivront au printemps.",
    ),
    (
        "nl",
        "Meer middelen voor jongeren naar werk, zegt minister",
        "Volgens de minister gaat er volgend jaar 10 miljoen extra naar de begeleiding van "
        "jonge werkzoekenden naar werk. De modaliteiten voor organisaties volgen later.",
    ),
    # results: groups share a sum, bodies win the award
    (
        "en",
        "Jobs Fund 2026: 22 charities share £1.2 million",
        "The foundation has announced the 22 organisations that will receive grants under "
        "this year's Jobs Fund for long-term unemployed people.",
    ),
    (
        "de",
        "Arbeitsmarktprogramm: 9 Träger erhalten den Zuschlag",
        "Das Ministerium hat die Projekte des letzten Aufrufs ausgewählt. Gefördert werden "
        "Angebote für Langzeitarbeitslose und junge Menschen ohne Ausbildung.",
    ),
    (
        "nl",
        "Twaalf projecten voor werkzoekenden krijgen subsidie",
        "De provincie heeft de geselecteerde projecten bekendgemaakt. Twaalf organisaties "
        "krijgen subsidie om langdurig werkzoekenden naar werk te begeleiden.",
    ),
    # a pilot reported
    (
        "en",
        "Volunteers pair up with young jobseekers in city pilot",
        "A pilot in two districts has paired 40 young jobseekers with volunteers. The "
        "organisers say most participants found a job or training within a year.",
    ),
    # a call to persons: mentees, volunteers sought, a premium a jobseeker claims
    (
        "en",
        "Graduate mentoring scheme: call for mentees 2027",
        "Our mentoring scheme pairs graduates with an experienced member. Members can apply "
        "to be a mentee online. Applications close on 10 January 2027.",
    ),
    (
        "nl",
        "Buddy's gezocht!",
        "Heb je een paar uur per week? Wij zoeken vrijwilligers die als buddy een nieuwkomer "
        "op weg naar werk helpen. Meld je aan voor 1 maart 2027.",
    ),
    (
        "de",
        "Fahrtkostenzuschuss für Arbeitsuchende",
        "Arbeitsuchende, die eine Stelle in einer anderen Stadt annehmen, können beim "
        "Jobcenter eine Erstattung ihrer Fahrtkosten beantragen. Der Antrag ist innerhalb "
        "von zwei Monaten einzureichen.",
    ),
    (
        "fr",
        "Prime à l'emploi pour les demandeurs d'emploi",
        "Les demandeurs d'emploi qui acceptent un emploi loin de chez eux peuvent demander le "
        "remboursement de leurs frais de déplacement. La demande est à introduire dans les "
        "deux mois.",
    ),
    # tenders buying something other than a service to people
    (
        "en",
        "Belgium – Brussels: Evaluation services – Ex-post evaluation of youth employment measures",
        "Contract notice. The contractor will carry out an ex-post evaluation of support to "
        "young people not in employment. Time limit for receipt of tenders: 12/01/2027.",
    ),
    (
        "fr",
        "Marché public de services : campagne de communication sur l'emploi des jeunes",
        "L'office cherche une agence de communication pour une campagne destinée aux "
        "employeurs sur les aides à l'embauche. Remise des offres le 12 janvier 2027.",
    ),
    (
        "en",
        "Mentoring Software Platform",
        "The council is seeking a supplier of a software platform to manage its mentoring "
        "programmes for jobseekers. Tender responses are due by 10 January 2027.",
    ),
    (
        "de",
        "Betrieb einer Asylunterkunft in Musterstadt",
        "Die Gemeinde vergibt den Betrieb einer Kollektivunterkunft für Geflüchtete, "
        "einschließlich Betreuung und Beschäftigungsprogramm. Angebote bis 15. Januar 2027.",
    ),
    # research topics and town twinning
    (
        "en",
        "Labour market transitions and inequality",
        "Research and innovation action. Proposals should analyse how digital work affects "
        "job quality and transitions between jobs. Multidisciplinary consortia with social "
        "sciences and humanities expertise are expected. Deadline: 10 March 2027.",
    ),
    (
        "fr",
        "Jumelage de villes 2027",
        "Le programme finance des rencontres entre citoyens de villes jumelées. Les projets "
        "peuvent aborder l'emploi local. Clôture le 10 mars 2027.",
    ),
    (
        "de",
        "Städtepartnerschaften 2027",
        "Gefördert werden Begegnungen von Bürgerinnen und Bürgern aus Partnerstädten, auch zu "
        "Themen wie Beschäftigung junger Menschen. Anträge bis 10. März 2027.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), NOT_CALLS)
def test_news_calls_to_persons_tenders_of_other_things_and_research_are_no_calls(
    clf, lang, title, summary
):
    result = clf.classify(title, summary, lang=lang)
    assert not result.relevant, result.reasons
    assert any(
        "not-a-call evidence" in reason or "other subjects" in reason for reason in result.reasons
    ), result.reasons


RECALLED = [
    (
        "de",
        "Trägersuche: Mentoring für Gründerinnen mit Migrationsgeschichte",
        "Das Land sucht einen Träger, der Frauen mit Migrationsgeschichte begleitet, die "
        "sich selbstständig machen wollen; erfahrene Unternehmerinnen sind ihre Mentorinnen. "
        "Konzepte bis zum 12. März 2027.",
    ),
    (
        "fr",
        "Appel à projets – Mentorat pour entrepreneuses issues de l'immigration",
        "La Région finance des associations qui accompagnent des femmes issues de "
        "l'immigration qui créent leur entreprise, en binôme avec des entrepreneuses. Date "
        "limite : 3 mars 2027.",
    ),
    (
        "de",
        "Partnersuche 2027",
        "Das ÖSHZ sucht Betriebe, die Bezieher des Eingliederungseinkommens in begleiteten "
        "Arbeitspraktika aufnehmen. Interessierte melden sich bis zum 30. Januar 2027.",
    ),
    (
        "nl",
        "Projectoproep 'Zorg en werk samen' 2027",
        "De provincie steunt samenwerkingen tussen welzijnsorganisaties en jobcoaches die "
        "kwetsbare mensen stap voor stap naar werk begeleiden. Indienen tot 31 maart 2027.",
    ),
    # a sector named beside the work offered does not outweigh the public and its work
    (
        "nl",
        "Oproep opleidingen knelpuntberoepen in de zorg",
        "We zoeken partners die opleidingstrajecten organiseren voor werkzoekenden die "
        "zorgkundige of medewerker in de kinderopvang willen worden. Indienen tot 1 maart 2027.",
    ),
    (
        "en",
        "Closer to Work Fund 2027: call for applications",
        "We invite charities to support economically inactive people with long-term health "
        "conditions who want to move closer to work. Apply by 20 March 2027.",
    ),
    (
        "fr",
        "Appel à projets : des métiers du soin pour les demandeurs d'emploi",
        "La Région soutient les opérateurs qui proposent une formation qualifiante aux "
        "demandeurs d'emploi vers les métiers des soins de santé. Date limite : 2 mars 2027.",
    ),
    (
        "de",
        "Förderaufruf: Ausbildung in der Pflege für Arbeitslose",
        "Gefördert werden Träger, die Arbeitslose in eine Ausbildung in der Pflege und "
        "Gesundheit begleiten. Anträge bis 31. März 2027.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), RECALLED)
def test_a_public_in_other_words_beside_work_is_still_the_field(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert result.relevant, result.reasons
    assert any("a public of the field with" in reason for reason in result.reasons)


STILL_CALLS = [
    # a real call that also cites a minister
    (
        "en",
        "Youth Employment Fund 2027 – call for proposals",
        "The minister says the fund will help young people into work. Organisations can "
        "apply for grants to deliver work placements for young jobseekers. Apply by "
        "12 March 2027.",
    ),
    (
        "nl",
        "Projectoproep jongeren naar werk 2027",
        "Volgens de minister moeten meer jongeren aan de slag. Organisaties kunnen een "
        "project indienen om werkzoekende jongeren naar werk te begeleiden. Indienen tot "
        "12 maart 2027.",
    ),
    # a result of last year's round cited in a new call
    (
        "de",
        "Förderaufruf 2027: Wege in Arbeit",
        "Im letzten Aufruf erhielten zwölf Träger den Zuschlag. Jetzt können Träger erneut "
        "Projekte für Langzeitarbeitslose einreichen. Anträge bis 31. März 2027.",
    ),
    (
        "fr",
        "Appel à projets 2027 – Insertion des jeunes",
        "L'an dernier, 18 projets ont été soutenus. Les associations peuvent introduire un "
        "projet d'accompagnement des jeunes demandeurs d'emploi vers l'emploi avant le "
        "15 mars 2027.",
    ),
    # a premium paid to participants
    (
        "nl",
        "Oproep leerwerkplekken 2027",
        "Werkgevers die een leerwerkplek aanbieden aan werkzoekenden krijgen een premie; de "
        "deelnemers ontvangen een vergoeding. Aanvragen tot 1 april 2027.",
    ),
    # a subsidy published on TED
    (
        "en",
        "Ireland – Dublin: Employment services for long-term unemployed people",
        "Contract notice. The department invites tenders from organisations to deliver "
        "employment support to long-term unemployed jobseekers. Tenders by 10 February 2027.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), STILL_CALLS)
def test_a_real_call_citing_news_results_premiums_or_ted_stays_flagged(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert result.relevant, result.reasons


OTHER_FIELDS = [
    # a sector's own service for a public, with no work offered: still another subject
    (
        "fr",
        "Appel à projets : logement pour les personnes sans abri",
        "La Région soutient des projets de logement et de soins de santé pour les personnes "
        "sans abri. Date limite : 2 mars 2027.",
    ),
    (
        "en",
        "Housing First Fund 2027",
        "Grants for housing and mental health support for homeless people in the city. "
        "Apply by 20 March 2027.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), OTHER_FIELDS)
def test_another_fields_service_for_a_public_without_work_stays_another_subject(
    clf, lang, title, summary
):
    result = clf.classify(title, summary, lang=lang)
    assert not result.relevant, result.reasons
