"""Round 6 of issue 14: the general causes behind blind8's errors, on sentences of our own,
in French, Dutch, English and German.

Not a call: news about funding (a call closed and its applications counted, money confirmed
with bids expected later, the priorities of calls to come, budget cuts, an anniversary) and
the amendment of a funding guideline. Not the subject: energy investments in insertion
enterprises, a journalism scholarship with mentoring on the side, an independent evaluation
bought from consultancy firms. Relevant: guidance of young people without a basic
qualification, a call to associations ("Vereinigungen" is not cleaning) hosting people
towards a regular job, an organisation (not a citizen) invited to sponsor a scheme.
"""

from __future__ import annotations

import pytest

NOT_A_CALL = [
    (
        "en",
        "Jobs fund for young people received 85 applications when the call closed",
        "Some 85 charities bid for support for unemployed young people after the call closed "
        "in March. The panel will announce the projects in June.",
    ),
    (
        "nl",
        "Oproep activering: 64 aanvragen ontvangen",
        "Na het sluiten van de oproep voor de begeleiding van werkzoekenden naar werk telt de "
        "VDAB 64 aanvragen. De beslissing volgt in juni.",
    ),
    (
        "fr",
        "Appel insertion : le Forem a reçu 72 dossiers",
        "Après la clôture de l'appel pour l'accompagnement des demandeurs d'emploi, 72 projets "
        "attendent la décision du jury.",
    ),
    (
        "de",
        "Mittel für Langzeitarbeitslose: Jobcenter müssen Maßnahmen streichen",
        "Wegen Kürzungen beim Bund stehen Angebote für Langzeitarbeitslose vor dem Aus. Die "
        "Träger schlagen Alarm.",
    ),
    (
        "en",
        "Minister confirms £60m to help disabled people into work",
        "Local organisations will be able to bid for the funding; details are expected later "
        "this year. Charities welcomed the funding for jobseekers.",
    ),
    (
        "fr",
        "Budget de l'insertion : les coupes budgétaires inquiètent les CPAS",
        "Les CPAS craignent pour l'accompagnement des bénéficiaires du revenu d'intégration vers "
        "l'emploi. Un appel prévu en 2026 pourrait être reporté.",
    ),
    (
        "nl",
        "Buddywerking viert 10 jaar",
        "De vzw koppelde al 300 werkzoekenden aan een vrijwillige mentor. Ze doet een oproep "
        "aan kandidaat-mentoren voor het najaar.",
    ),
    (
        "fr",
        "Le parrainage vers l'emploi fête ses quinze ans",
        "L'association a accompagné 400 demandeurs d'emploi avec des parrains bénévoles et lance "
        "un appel aux candidats mentors.",
    ),
    (
        "de",
        "Änderung der Förderrichtlinie Arbeit und Qualifizierung",
        "Runderlass: Die Förderung von Beschäftigungsprojekten für Langzeitarbeitslose wird "
        "angepasst; die Zuwendungen werden vereinfacht.",
    ),
    (
        "nl",
        "Wijzigingsbesluit subsidies voor trajectbegeleiding van werkzoekenden",
        "Het besluit over de subsidie voor begeleiding naar werk wordt aangepast en treedt in "
        "werking op 1 januari 2027.",
    ),
    (
        "en",
        "Amendment to the guidelines of the employment support grant scheme",
        "The grant rates for projects helping long-term unemployed people into work change; the "
        "amendment comes into force on 1 March 2026.",
    ),
    (
        "de",
        "Ministerin stellt Prioritäten für die neuen ESF-Plus-Aufrufe vor",
        "Im Mittelpunkt stehen Langzeitarbeitslose und die Aktivierung von Arbeitsuchenden. Die "
        "Aufrufe werden im Frühjahr veröffentlicht; später im Jahr erwartet werden weitere.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), NOT_A_CALL)
def test_news_and_guidelines_about_funding_are_not_calls(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert not result.relevant, result.reasons


OTHER_SUBJECT = [
    (
        "nl",
        "Subsidie voor energiebesparende investeringen in sociale werkplaatsen",
        "Maatwerkbedrijven vragen steun aan voor zonnepanelen en een warmtepomp. Aanvragen tot "
        "30 september 2026.",
    ),
    (
        "fr",
        "Subvention pour des investissements économiseurs d'énergie dans les entreprises "
        "d'insertion",
        "Les entreprises d'insertion peuvent financer des panneaux solaires et des pompes à "
        "chaleur. Demandes jusqu'au 30 septembre 2026.",
    ),
    (
        "en",
        "Grants for energy-saving investments in social enterprises",
        "Work integration social enterprises can apply for solar panels, heat pumps and "
        "insulation. Applications by 30 September 2026.",
    ),
    (
        "de",
        "Förderung energetischer Investitionen in Inklusionsbetrieben",
        "Inklusionsbetriebe erhalten Zuschüsse für Photovoltaikanlagen und Wärmepumpen. "
        "Anträge bis zum 30. September 2026.",
    ),
    (
        "de",
        "Stipendien für Nachwuchsjournalisten 2026",
        "Die Stiftung vergibt Stipendien an junge Redakteure; dazu gehört ein Mentoring durch "
        "erfahrene Kolleginnen. Bewerbungsschluss ist der 15. März 2026.",
    ),
    (
        "nl",
        "Beurs voor jonge datajournalisten",
        "Vijf beurzen met begeleiding door een ervaren mentor voor jonge journalisten. "
        "Kandidaturen tot 15 maart 2026.",
    ),
    (
        "en",
        "Tender: independent evaluation of the youth employment programme",
        "The department invites consultancy firms to evaluate the programme for unemployed "
        "young people, including a counterfactual impact analysis. Tenders by 6 May 2026.",
    ),
    (
        "fr",
        "Marché : évaluation indépendante du dispositif d'insertion des jeunes",
        "Le service public de l'emploi recherche des bureaux de consultance pour une évaluation "
        "externe de l'accompagnement des jeunes demandeurs d'emploi. Offres avant le 6 mai 2026.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), OTHER_SUBJECT)
def test_calls_whose_subject_is_another_field(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert not result.relevant, result.reasons


RELEVANT = [
    (
        "nl",
        "Aanbesteding jongerencoaching 2027-2030",
        "De gemeente zoekt een aanbieder voor de begeleiding van jongeren zonder "
        "startkwalificatie. Inschrijven kan tot 1 december 2026.",
    ),
    (
        "de",
        "Aufruf: Einsatzstellen für Beschäftigungsmaßnahmen",
        "Die Stadt sucht Vereinigungen und Betriebe, die Personen im Bürgergeld beschäftigen, "
        "damit sie Berufserfahrung sammeln und eine reguläre Stelle finden. Meldungen bis zum "
        "15. Februar 2026.",
    ),
    (
        "en",
        "Call to partner organisations: work placements for jobseekers",
        "Community organisations can host long-term unemployed people so they gain work "
        "experience towards regular employment. Expressions of interest by 15 February 2026.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), RELEVANT)
def test_calls_said_with_the_fields_words_are_relevant(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert result.relevant, result.reasons


ORGANISATION_SPONSORS = [
    (
        "en",
        "Employment scheme: how organisations become a sponsor",
        "Community and voluntary organisations can become a sponsor of the scheme and employ "
        "long-term unemployed people on a placement. Apply to the department.",
        "become a sponsor",
    ),
    (
        "nl",
        "Werkervaringsproject: word als organisatie peter",
        "Word als organisatie peter van een werkzoekende en bied een stage aan. Meld je aan.",
        "word peter",
    ),
    (
        "de",
        "Patenschaften für Arbeitsuchende",
        "Werden Sie als Unternehmen Pate einer arbeitsuchenden Person. Melden Sie sich bis zum "
        "1. März 2026.",
        "werden sie pate",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary", "citizen_cue"), ORGANISATION_SPONSORS)
def test_an_organisation_invited_to_sponsor_is_not_a_citizen(
    clf, lang, title, summary, citizen_cue
):
    result = clf.classify(title, summary, lang=lang)
    assert not any(m.term == citizen_cue for m in result.matches), result.reasons


@pytest.mark.parametrize(
    ("lang", "title", "summary"),
    [
        ("en", "Become a sponsor", "Become a sponsor of a jobseeker: volunteers meet monthly."),
        ("de", "Werden Sie Pate", "Werden Sie Pate einer arbeitsuchenden Person."),
    ],
)
def test_a_citizen_invited_to_sponsor_is_still_one(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert any(m.topic == "not_call" for m in result.matches), result.reasons
    assert not result.relevant, result.reasons
