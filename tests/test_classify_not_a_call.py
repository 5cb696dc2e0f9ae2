"""What is not a call though it is full of the subject's words (issue 14, round 4), and the
field's words that make a call relevant: each general cause on sentences of our own, in
French, Dutch, English and German.

Not a call: a job offer (its duties, "is recruiting", "join our team"), a parliamentary
question, a fund's priorities for a future programming period, a prize's winners, an
evaluation's findings, an invitation to a citizen ("become a sponsor"). Not the subject: a
research and innovation action, the mentoring of small businesses, an artist's residency, a
printing tender. Relevant: civic integration combined with work, work assistance, a lasting job.
"""

from __future__ import annotations

import pytest

NOT_A_CALL = [
    # job offers of an employment service or an integration charity
    (
        "fr",
        "Conseiller en insertion – Mission locale de Lille",
        "Pour renforcer notre équipe, nous cherchons un conseiller qui accompagnera des jeunes "
        "demandeurs d'emploi. Vos missions : suivi individuel, ateliers CV. Candidatures "
        "jusqu'au 3 mars 2026.",
    ),
    (
        "nl",
        "Trajectbegeleider werkzoekenden – Antwerpen",
        "Ter versterking van ons team zoeken we een trajectbegeleider voor langdurig "
        "werkzoekenden. Jouw taken: intakes, jobcoaching en contact met werkgevers. Reageer "
        "vóór 3 maart 2026.",
    ),
    (
        "en",
        "Employment Coach (Youth Guarantee) – Cork",
        "The council is recruiting an employment coach to support young jobseekers into work. "
        "Duties include caseload management and employer engagement. Applications close on "
        "3 March 2026.",
    ),
    (
        "de",
        "Jobcoach für Langzeitarbeitslose – Graz",
        "Zur Verstärkung unseres Teams suchen wir einen Jobcoach für die Begleitung "
        "langzeitarbeitsloser Menschen. Ihre Aufgaben: Beratung und Vermittlung. Bewerbung bis "
        "3. März 2026.",
    ),
    (
        "fr",
        "Chargé de projets insertion (H/F) – temps plein",
        "L'asbl accompagne des demandeurs d'emploi vers la formation. Barème CP 329.02, entrée "
        "en fonction immédiate. Envoyez votre candidature avant le 3 mars 2026.",
    ),
    (
        "en",
        "Employability Officer – Leeds",
        "Full-time post supporting unemployed adults into work. Salary scale 5. Send your CV "
        "by 3 March 2026.",
    ),
    # parliamentary questions about an employment measure
    (
        "fr",
        "Interpellation sur les aides à l'emploi des jeunes",
        "Le député demande au ministre combien de jeunes demandeurs d'emploi ont bénéficié "
        "des aides à l'embauche et combien d'appels à projets ont été lancés.",
    ),
    (
        "nl",
        "Vraag om uitleg over activering van leefloners",
        "Het parlementslid vraagt hoeveel leefloners via een activeringstraject aan het werk "
        "gingen en of er een nieuwe projectoproep komt.",
    ),
    (
        "en",
        "Oral question on employment support for young people",
        "A member asked the minister how many young jobseekers received employment support and "
        "whether funding for the scheme will continue.",
    ),
    (
        "de",
        "Mündliche Frage zur Förderung von Langzeitarbeitslosen",
        "Ein Abgeordneter fragt den Minister, wie viele langzeitarbeitslose Menschen mit "
        "Förderung eine Stelle gefunden haben.",
    ),
    # a fund's priorities for a future programming period
    (
        "fr",
        "Le gouvernement fixe ses priorités pour la prochaine programmation FSE+",
        "L'insertion des demandeurs d'emploi et l'accompagnement des jeunes restent au cœur "
        "du programme. Les appels à projets ne sont pas attendus avant 2028.",
    ),
    (
        "nl",
        "Regering legt prioriteiten vast voor de volgende programmaperiode van het ESF",
        "De activering van werkzoekenden en de begeleiding van jongeren staan centraal. De "
        "eerste oproepen worden niet vóór 2028 verwacht.",
    ),
    (
        "en",
        "Government outlines priorities for the next programming period of the ESF+",
        "Employment support for jobseekers and mentoring of young people remain central. "
        "The first calls for proposals are not expected before 2028.",
    ),
    (
        "de",
        "Landesregierung legt Schwerpunkte für die künftige ESF-Förderung fest",
        "Die Integration von Arbeitslosen und die Begleitung junger Menschen stehen im "
        "Mittelpunkt. Ein erster Projektaufruf wird nicht vor 2028 erwartet.",
    ),
    # a prize's winners
    (
        "fr",
        "Prix de l'insertion : trois projets récompensés",
        "La remise des prix a eu lieu au Parlement : trois projets d'insertion de jeunes "
        "demandeurs d'emploi ont été récompensés.",
    ),
    (
        "nl",
        "Prijs voor jobcoaching: drie projecten bekroond",
        "Tijdens de prijsuitreiking werden drie projecten voor werkzoekende jongeren bekroond.",
    ),
    (
        "en",
        "Youth Employment Award: three projects honoured",
        "At the award ceremony, three projects that help young jobseekers into work were "
        "honoured with a grant.",
    ),
    (
        "de",
        "Preis für Berufsorientierung: drei Projekte ausgezeichnet",
        "Die Gewinner des Wettbewerbs wurden geehrt: drei Projekte für Jugendliche beim "
        "Übergang in den Beruf erhalten je 2.000 Euro Förderung.",
    ),
    # an evaluation's findings
    (
        "fr",
        "Le mentorat aide les jeunes à trouver un emploi, selon une étude",
        "Selon l'évaluation, 60 % des jeunes accompagnés par un mentor bénévole ont trouvé un "
        "emploi; l'association cherche des financements.",
    ),
    (
        "nl",
        "Mentoring helpt nieuwkomers aan werk, blijkt uit de evaluatie",
        "Uit de evaluatie blijkt dat 60 % van de deelnemers met een vrijwillige mentor binnen "
        "het jaar werk vond; de organisatie zoekt financiering.",
    ),
    (
        "en",
        "Mentoring helps young refugees into work, study finds",
        "An evaluation found that 60% of participants paired with a volunteer mentor were in "
        "work within a year; the charity is seeking funding.",
    ),
    (
        "de",
        "Mentoring bringt Geflüchtete in Arbeit, zeigt die Evaluation",
        "Laut einer Studie fanden 60 % der Teilnehmenden mit ehrenamtlichem Mentor binnen "
        "eines Jahres Arbeit; der Verein sucht Förderung.",
    ),
    # an invitation to a citizen, not to an organisation
    (
        "fr",
        "Devenez parrain d'un arbre de votre quartier",
        "La commune invite les habitants à parrainer un jeune arbre et à l'arroser l'été. "
        "Inscriptions avant le 30 avril.",
    ),
    (
        "nl",
        "Word peter: een jonge boom in je straat",
        "De stad nodigt inwoners uit om peter of meter te worden van een jonge boom. "
        "Aanmelden kan tot 30 april.",
    ),
    (
        "en",
        "Sponsor a tree in your street",
        "Become a sponsor: residents who adopt a tree water it in dry summers. Register by "
        "30 April.",
    ),
    (
        "de",
        "Werden Sie Pate eines Stadtbaums",
        "Übernehmen Sie die Patenschaft für einen jungen Baum und gießen Sie ihn im Sommer. "
        "Anmeldung bis 30. April.",
    ),
]


# the same results in other word orders: the verb first, or an evaluation that "shows"
NOT_A_CALL += [
    (
        "fr",
        "La Région récompense trois projets d'insertion des jeunes",
        "Montre une évaluation : les jeunes accompagnés trouvent plus vite un emploi.",
    ),
    (
        "nl",
        "Stad bekroont drie projecten voor werkzoekende jongeren",
        "Uit een evaluatie blijkt dat de jongeren sneller werk vinden.",
    ),
    (
        "en",
        "Council honours three projects for young jobseekers",
        "An evaluation shows that participants found work sooner.",
    ),
    (
        "de",
        "Land zeichnet drei Projekte für junge Arbeitslose aus",
        "Eine Evaluation zeigt: die Teilnehmenden finden schneller Arbeit.",
    ),
]


# an employer hiring a person, an answer to a parliamentary question
NOT_A_CALL += [
    (
        "fr",
        "Le CPAS engage un conseiller emploi (CDD 12 mois)",
        "Vous accompagnez des bénéficiaires du revenu d'intégration vers l'emploi. Date "
        "limite de candidature : 10 mars 2026.",
    ),
    (
        "nl",
        "OCMW zoekt een jobcoach voor de dienst activering",
        "Je begeleidt leefloners naar werk. Solliciteer vóór 10 maart 2026.",
    ),
    (
        "en",
        "Youth charity is hiring: employment mentor",
        "In this role you will support young people not in employment. Apply by 10 March 2026.",
    ),
    (
        "de",
        "Jobcenter sucht einen Jobcoach für junge Arbeitslose",
        "Sie begleiten junge Menschen in Arbeit. Bewerbung bis 10. März 2026.",
    ),
    (
        "nl",
        "Antwoord van de minister op de vraag over de oproepen voor werkzoekenden",
        "De minister antwoordt hoeveel projecten voor langdurig werkzoekenden steun kregen.",
    ),
    (
        "en",
        "Written answer: youth employment fund",
        "The minister replied that the youth employment call funded forty projects.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), NOT_A_CALL)
def test_pages_about_the_subject_that_are_not_calls(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert not result.relevant, result.reasons
    assert not result.is_call, result.reasons
    assert any(m.topic == "not_call" for m in result.matches), result.reasons


OTHER_SUBJECT = [
    (
        "en",
        "HORIZON-CL2-2027: Platform work and the labour market inclusion of young people",
        "Research and innovation actions should analyse how platform work changes "
        "employment and skills of young people. Deadline: 16 September 2027.",
    ),
    (
        "fr",
        "Actions de recherche et d'innovation : emploi des jeunes et plateformes",
        "Les actions de recherche et d'innovation analyseront l'insertion professionnelle "
        "des jeunes. Date limite : 16 septembre 2027.",
    ),
    (
        "en",
        "Supplier development: mentors for small businesses",
        "Large prime contractors mentor small businesses so that they can compete for defence "
        "contracts. Applications by 30 April 2027.",
    ),
    (
        "de",
        "Mentoring für kleine Unternehmen: Bewerbung 2027",
        "Erfahrene Unternehmer begleiten kleine Unternehmen und KMU beim Markteintritt. "
        "Bewerbungsfrist: 30. April 2027.",
    ),
    (
        "fr",
        "Appel à candidatures – résidence « Insertion »",
        "Le centre d'art invite des artistes plasticiens à réfléchir à l'insertion d'œuvres "
        "dans l'espace public. Dossiers avant le 28 février 2027.",
    ),
    (
        "nl",
        "Oproep: kunstenaarsresidentie rond werk",
        "Het kunstencentrum zoekt kunstenaars voor een residentie over werk en arbeid. "
        "Kandidaturen tot 28 februari 2027.",
    ),
    (
        "fr",
        "Marché public – mise sous pli des courriers aux demandeurs d'emploi",
        "Procédure ouverte pour la mise sous pli et l'envoi des courriers aux demandeurs "
        "d'emploi. Offres à remettre pour le 18 novembre.",
    ),
    (
        "en",
        "Tender: printing and mailing of letters to jobseekers",
        "Open procedure for the printing and mailing of letters to jobseekers and benefit "
        "claimants. Tenders by 18 November.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), OTHER_SUBJECT)
def test_calls_whose_subject_is_another_field(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert not result.relevant, result.reasons
    assert any(m.topic == "off_topic" for m in result.matches)


RELEVANT = [
    (
        "nl",
        "Projectoproep inburgering en werk 2027",
        "Organisaties bieden inburgeraars een traject waarin Nederlandse les en werkervaring "
        "bij een werkgever samengaan, met begeleiding naar een vaste job. Indienen tot 1 april.",
    ),
    (
        "de",
        "Förderaufruf Arbeitsassistenz 2027",
        "Gefördert werden Träger, die Menschen mit Behinderung bei der Arbeitsplatzsuche und "
        "beim Arbeitsplatzerhalt begleiten. Anträge bis 31. Mai.",
    ),
    (
        "en",
        "Call for proposals: job retention for disabled workers",
        "Funding for organisations that offer work assistance and job retention support to "
        "disabled people. Apply by 31 May.",
    ),
    (
        "fr",
        "Appel à projets : maintien dans l'emploi des personnes handicapées",
        "Des actions d'accompagnement vers un emploi stable et de maintien dans l'emploi. "
        "Dépôt des candidatures jusqu'au 31 mai.",
    ),
    # near the new cues, still calls: a jury that will award, a deadline "expected" by
    (
        "de",
        "Ausschreibung: Preis für Projekte zur beruflichen Integration 2027",
        "Es werden drei Projekte ausgezeichnet, die langzeitarbeitslose Menschen in Arbeit "
        "begleiten. Bewerbungen bis 30. Juni.",
    ),
    (
        "fr",
        "Appel à projets : insertion des jeunes",
        "Accompagnement vers l'emploi des jeunes demandeurs d'emploi. Les dossiers sont "
        "attendus pour le 30 juin 2027.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), RELEVANT)
def test_calls_said_with_the_fields_words_stay_relevant(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert result.relevant, result.reasons
    assert result.topics == ["insertion"]


def test_the_why_names_the_cue_that_made_a_page_no_call(clf):
    result = clf.classify(
        "Employment Adviser – Intreo",
        "The department is recruiting employment advisers for young jobseekers.",
        lang="en",
    )
    assert not result.relevant
    assert any("'is recruiting' (summary)" in reason for reason in result.reasons)
