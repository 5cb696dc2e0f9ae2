"""Round 10 of issue 14, on sentences of our own in French, Dutch, English and German.

Recall: a public of the field said in the field's own words (people on social assistance,
far from work, after prison or homelessness, with a disability, leaving care) with a
service said in the field's words (work-learning places, a job coach, open employment,
training, guidance) is insertion; the same publics paired with a volunteer, a duo or a
buddy are mentoring. Precision: what is asked of whom. News announcing calls to come, a
job offer, a tender buying supplies or works, a job fair's call to exhibitors and a
research network are not calls of the field; a real call that also mentions a budget, a
public contract, news or an event stays one.
"""

from __future__ import annotations

import pytest

FIELD_WORDS = [
    (
        "fr",
        "Appel à projets « Cap vers le travail » 2027",
        "La Province soutient les ASBL qui accompagnent des personnes éloignées de l'emploi "
        "avec un opérateur d'insertion jusqu'à un travail rémunéré. Dossiers pour le "
        "12 avril 2027.",
    ),
    (
        "nl",
        "Subsidie werkplekken voor mensen in de bijstand 2027",
        "De gemeente steunt organisaties die leerwerkplekken aanbieden aan inwoners met een "
        "bijstandsuitkering, met begeleiding door een werkbegeleider. Aanvragen kunnen tot "
        "1 april 2027 worden ingediend.",
    ),
    (
        "en",
        "Second Chances Fund 2027 – apply now",
        "We fund charities that help people after prison or addiction move into paid "
        "employment, with one-to-one support and work trials. Apply by 30 April 2027.",
    ),
    (
        "de",
        "Förderaufruf 2027: Arbeitsplätze mit Jobcoach",
        "Gefördert werden Betriebe, die Arbeitsplätze für Menschen mit Beeinträchtigung "
        "schaffen und einen Jobcoach einsetzen. Anträge bis 31. März 2027.",
    ),
    (
        "en",
        "Transitions Fund 2027 – call for applications",
        "The fund invites scheme sponsors to help participants who are long-term jobless "
        "progress to open employment. Closing date 15 March 2027.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), FIELD_WORDS)
def test_a_public_and_a_service_in_the_fields_words_are_insertion(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert result.relevant, result.reasons
    assert "insertion" in result.topics, result.reasons
    assert any("a public of the field with" in reason for reason in result.reasons)


COMPANIONS = [
    (
        "fr",
        "Appel à projets « Un adulte pour avancer »",
        "La fondation soutient des projets qui mettent en binôme des jeunes sortant de l'aide "
        "à la jeunesse avec un bénévole. Date limite : 3 mars 2027.",
    ),
    (
        "nl",
        "Projectoproep duo's voor nieuwkomers 2027",
        "We steunen organisaties die nieuwkomers koppelen aan een vrijwilliger als buddy "
        "gedurende een jaar. Indienen tot 20 maart 2027.",
    ),
    (
        "en",
        "Side by Side grants 2027",
        "Grants for charities pairing care leavers with a trained volunteer befriender for "
        "twelve months. Applications close on 14 March 2027.",
    ),
    (
        "de",
        "Projektaufruf Tandems für Geflüchtete 2027",
        "Gefördert werden Vereine, die Geflüchtete mit Ehrenamtlichen im Tandem begleiten. "
        "Anträge bis 28. Februar 2027.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), COMPANIONS)
def test_a_public_paired_with_a_volunteer_is_mentoring(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert result.relevant, result.reasons
    assert "mentoring" in result.topics, result.reasons


NOT_ASKED = [
    # news: a government plans, calls will come later
    (
        "nl",
        "Vlaamse regering maakt 25 miljoen vrij voor werkzoekenden",
        "De minister wil volgend jaar meer inzetten op de begeleiding van langdurig "
        "werkzoekenden naar werk. De oproepen zullen in het voorjaar worden gelanceerd.",
    ),
    (
        "de",
        "Land plant mehr Geld für Langzeitarbeitslose",
        "Das Ministerium kündigt an, die Programme zur Vermittlung von Langzeitarbeitslosen "
        "auszubauen. Neue Förderaufrufe sollen im Herbst veröffentlicht werden.",
    ),
    (
        "fr",
        "La Région prévoit 20 millions pour l'insertion des demandeurs d'emploi",
        "Le gouvernement veut renforcer l'accompagnement des demandeurs d'emploi vers "
        "l'emploi. De nouveaux appels à projets seront lancés l'an prochain.",
    ),
    (
        "en",
        "Government plans new funding for jobseekers",
        "Ministers want to expand employment support for long-term unemployed people. "
        "A new funding round will be launched next spring.",
    ),
    # a job offer: a person applies for a post
    (
        "nl",
        "Trajectbegeleider werk (halftijds)",
        "Voor ons project met werkzoekenden zoeken we een trajectbegeleider. Je begeleidt "
        "nieuwkomers naar werk. Stuur je cv en motivatiebrief voor 15 maart 2027.",
    ),
    (
        "fr",
        "Conseiller en insertion socioprofessionnelle – CDI temps plein",
        "Nous recherchons un conseiller pour accompagner des demandeurs d'emploi vers "
        "l'emploi. Envoyez votre CV et votre lettre de motivation avant le 10 mars 2027.",
    ),
    (
        "de",
        "Jobcoach für unser Arbeitsmarktprojekt (25 Wochenstunden)",
        "Für unser Projekt suchen wir eine Fachkraft, die arbeitsuchende Jugendliche bei der "
        "Vermittlung in Betriebe unterstützt. Bewerbungen bis 12. März 2027.",
    ),
    (
        "en",
        "Employment Adviser (full-time, permanent)",
        "We are looking for an adviser to support unemployed people into work. Salary "
        "£28,000 per annum. Send your CV by 9 March 2027.",
    ),
    # a tender buying supplies or works
    (
        "nl",
        "Overheidsopdracht voor de levering van werkkledij",
        "Het OCMW zoekt een leverancier van werkkledij voor de werknemers van het "
        "maatwerkbedrijf en de trajecten voor werkzoekenden. Offertes tot 20 maart 2027.",
    ),
    (
        "fr",
        "Marché public de fournitures – mobilier pour le centre de formation",
        "Le CPAS lance un marché de fourniture de mobilier pour le centre de formation des "
        "demandeurs d'emploi. Offres pour le 12 mars 2027.",
    ),
    # a job fair's call to employers and exhibitors
    (
        "nl",
        "Jobbeurs 2027: reserveer een stand als werkgever",
        "Werkgevers met vacatures kunnen een standplaats reserveren op onze jobbeurs voor "
        "werkzoekenden. Inschrijven als standhouder tot 1 maart 2027.",
    ),
    (
        "en",
        "Jobs fair 2027 – book a stand",
        "Employers can book an exhibitor stand at our jobs fair for jobseekers. Bookings "
        "close on 1 March 2027.",
    ),
    # a research network or a call for papers
    (
        "en",
        "Research network on unemployment and precarious work",
        "The council will fund a research network on how unemployment shapes life chances. "
        "Applicants must be eligible research organisations. Closing date 1 March 2027.",
    ),
    (
        "nl",
        "Onderzoeksnetwerk arbeidsmarkt en armoede – oproep",
        "Het fonds financiert een onderzoeksnetwerk van universiteiten naar werkloosheid en "
        "de arbeidsmarkt. Indienen door onderzoeksinstellingen tot 1 maart 2027.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), NOT_ASKED)
def test_what_asks_nobody_or_asks_a_person_or_buys_goods_is_no_call(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert not result.relevant, result.reasons
    assert any(
        "not-a-call evidence" in reason or "other subjects" in reason for reason in result.reasons
    ), result.reasons


STILL_CALLS = [
    (
        "fr",
        "Appel à projets 2027 : accompagnement des demandeurs d'emploi",
        "Le gouvernement wallon prévoit un budget de 5 millions d'euros pour cet appel. Les "
        "ASBL qui accompagnent des demandeurs d'emploi vers l'emploi peuvent introduire un "
        "projet jusqu'au 15 mars 2027. Ce marché public n'est pas concerné.",
    ),
    (
        "nl",
        "Nieuws: projectoproep jobcoaching voor werkzoekenden 2027 is open",
        "Vanaf vandaag kunnen organisaties een project indienen voor de begeleiding van "
        "werkzoekenden naar werk. Indienen kan tot 20 maart 2027.",
    ),
    (
        "nl",
        "Oproep voor projecten: buddy's voor nieuwkomers",
        "De stad zoekt organisaties die nieuwkomers koppelen aan een buddy op weg naar werk. "
        "Dien je project in tot 10 april 2027. De resultaten worden in juni bekendgemaakt.",
    ),
    (
        "en",
        "Employment support grants 2027 – now open",
        "The council has set aside £2m for this round. Charities supporting long-term "
        "unemployed people into work can apply until 31 March 2027.",
    ),
    (
        "de",
        "Förderaufruf 2027: Vermittlung von Langzeitarbeitslosen",
        "Das Land stellt 3 Millionen Euro bereit. Träger, die Langzeitarbeitslose in "
        "Betriebe vermitteln, können bis 31. März 2027 Anträge stellen.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), STILL_CALLS)
def test_a_call_that_mentions_a_budget_news_or_a_contract_stays_a_call(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert result.relevant, result.reasons
