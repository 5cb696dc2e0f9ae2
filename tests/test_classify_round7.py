"""Round 7 of issue 14: the two structural families of wrong flags seen on every blind set,
on sentences of our own, in French, Dutch, English and German, in varied word orders.

(a) The page is no open invitation to organisations to apply: news reporting funding (a
pilot's results, projects that got support, a Commission proposal, what changes after 2027,
calls still in preparation), guides on writing a proposal, job vacancies (even for a job
coach), calls for members of an advisory council. (b) An open call whose beneficiaries are
outside the field: mentoring of researchers, executives or start-up founders, women
entrepreneurs, loans to social enterprises, strategic litigation, an app built for an
employment service. Relevant still: a vaguely titled call whose summary funds trajectories
for job seekers, tandem projects for newcomers, volunteer mentors for young people, and a call
to organisations to become a sponsor of an employment scheme (told from a citizen's).
"""

from __future__ import annotations

import pytest

NOT_AN_OPEN_CALL = [
    # a pilot's results, an evaluation
    (
        "fr",
        "Le projet pilote montre que le mentorat aide les demandeurs d'emploi",
        "Deux ans après son lancement, 60 % des participants ont trouvé un emploi. "
        "L'association espère un nouveau financement pour étendre le dispositif.",
    ),
    (
        "en",
        "Evaluation of the pilot: job coaching for young people pays off",
        "An independent team followed 300 young jobseekers; those coached found work sooner. "
        "The council hopes to fund a second phase.",
    ),
    (
        "de",
        "Ergebnisse des Pilotprojekts: Coaching bringt Langzeitarbeitslose in Arbeit",
        "Die Hälfte der Teilnehmenden fand innerhalb eines Jahres eine Stelle. Eine "
        "Fortsetzung der Förderung wird geprüft.",
    ),
    # projects that got support
    (
        "nl",
        "Acht projecten krijgen steun om werkzoekenden naar werk te begeleiden",
        "De minister maakte de geselecteerde projecten bekend; samen krijgen ze 3 miljoen euro.",
    ),
    (
        "nl",
        "Vijf Gentse projecten krijgen Europese steun voor jongeren zonder werk",
        "De projecten werden geselecteerd in de ESF-oproep en begeleiden de komende drie jaar "
        "jongeren naar werk.",
    ),
    (
        "en",
        "Twelve projects got support to help refugees into jobs",
        "The fund announced the projects that got support this year to help refugees into work.",
    ),
    # the next budget, a Commission proposal, what changes after 2027
    (
        "fr",
        "FSE+ : ce qui change après 2027 pour les opérateurs d'insertion",
        "La proposition de la Commission fondrait le fonds social dans des plans nationaux. "
        "Les opérateurs d'insertion s'inquiètent pour leurs projets.",
    ),
    (
        "nl",
        "Wat verandert er na 2027 voor ESF-promotoren?",
        "Het voorstel van de Commissie voor de volgende begroting zou het ESF+ opnemen in "
        "nationale plannen; promotoren van trajecten voor werkzoekenden maken zich zorgen.",
    ),
    (
        "de",
        "Kommission schlägt vor: ESF Plus in nationale Pläne",
        "Nach 2027 sollen die Mittel für Beschäftigungsprojekte mit Arbeitsuchenden in "
        "nationale Partnerschaftspläne fließen. Träger befürchten Kürzungen.",
    ),
    # calls still in preparation
    (
        "en",
        "Two new calls in preparation for young people not in employment",
        "The managing authority announced two calls on NEETs for next spring; the call "
        "documents and deadlines will follow. Sign up to the newsletter.",
    ),
    (
        "en",
        "Youth employment: new ESF+ calls for NEETs are being prepared",
        "The managing authority says the calls for organisations working with young people "
        "out of work will open in spring; the deadlines will be published then.",
    ),
    (
        "de",
        "Neue ESF-Aufrufe in Vorbereitung: Jugendliche in Ausbildung bringen",
        "Die Aufrufe in Vorbereitung richten sich an Träger der Jugendberufshilfe; "
        "Fristen werden später veröffentlicht.",
    ),
    (
        "fr",
        "Insertion des jeunes NEET : deux appels en préparation",
        "Les fiches d'appel et les dates de dépôt seront publiées au printemps. Les "
        "promoteurs intéressés peuvent s'inscrire à la lettre d'information.",
    ),
    # guides on writing a proposal
    (
        "fr",
        "Comment rédiger un bon projet d'insertion socioprofessionnelle",
        "Nos conseils pour rédiger votre dossier : public cible, indicateurs, budget, avec des "
        "exemples d'appels à projets pour demandeurs d'emploi.",
    ),
    (
        "en",
        "How to write a winning bid for an employment support grant",
        "This handbook walks charities through each section of a proposal for projects with "
        "jobseekers: need, outcomes, budget.",
    ),
    (
        "de",
        "Leitfaden: einen Förderantrag für Beschäftigungsprojekte schreiben",
        "Der Leitfaden zeigt Trägern Schritt für Schritt, wie sie Anträge schreiben, mit "
        "Beispielen für Projekte mit Langzeitarbeitslosen.",
    ),
    # a job vacancy, even for a job coach
    (
        "nl",
        "Vacature: jobcoach voor werkzoekenden (m/v/x)",
        "Wij zoeken een jobcoach die werkzoekenden begeleidt naar werk. Voltijds contract van "
        "onbepaalde duur. Solliciteer voor 15 januari.",
    ),
    (
        "de",
        "Jobcoach (m/w/d) für unser Integrationsprojekt gesucht",
        "Zum nächstmöglichen Zeitpunkt suchen wir einen Jobcoach, der Arbeitsuchende "
        "begleitet. Bewerbungen bis 31. Januar 2026.",
    ),
    # members of an advisory council
    (
        "en",
        "Call for new members of the advisory board on employment and skills",
        "The city is looking for new members to advise on its jobs and skills policy; "
        "employers, unions and jobseekers may apply by 30 January 2026.",
    ),
    (
        "fr",
        "Appel à candidatures : nouveaux membres du conseil consultatif de l'emploi",
        "La commune cherche des candidats membres pour son conseil consultatif de l'emploi et "
        "de l'insertion. Candidatures jusqu'au 15 décembre 2025.",
    ),
    (
        "de",
        "Neue Mitglieder für den Beirat Arbeit und Integration gesucht",
        "Vertreterinnen und Vertreter von Trägern, Arbeitgebern und Arbeitsuchenden können "
        "sich bis zum 20. Januar 2026 bewerben.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), NOT_AN_OPEN_CALL)
def test_pages_that_are_no_open_call_to_organisations(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert not result.relevant, result.reasons
    assert any("not-a-call evidence" in reason for reason in result.reasons), result.reasons


OUTSIDE_THE_FIELD = [
    (
        "fr",
        "Programme de mentorat pour postdoctorantes : candidatures 2026",
        "Les postdoctorantes de l'université peuvent poser leur candidature pour un an de "
        "mentorat par une professeure. Date limite : 15 février 2026.",
    ),
    (
        "en",
        "Apply now: mentoring for early-career researchers",
        "Postdocs can apply to be matched with a senior academic mentor for a year. "
        "Applications close on 10 March 2026.",
    ),
    (
        "nl",
        "Mentorprogramma voor jonge onderzoekers en postdocs",
        "Postdocs kunnen zich kandidaat stellen voor een jaar mentoring door een professor. "
        "Kandidaturen tot 1 maart 2026.",
    ),
    (
        "de",
        "Cross-Mentoring für Führungskräfte: jetzt bewerben",
        "Weibliche Führungskräfte aus Unternehmen werden von erfahrenen Managerinnen begleitet. "
        "Bewerbung bis 28. Februar 2026.",
    ),
    (
        "en",
        "Mentoring for start-up founders: accelerator programme opens applications",
        "Founders of early-stage start-ups are paired with investors for six months of "
        "mentoring and receive seed funding. Apply by 1 April 2026.",
    ),
    (
        "nl",
        "Oproep: acceleratorprogramma voor cleantech-start-ups",
        "Jonge bedrijven in schone technologie krijgen een jaar lang coaching door ervaren "
        "ondernemers en investeerders. Kandidaturen tot 15 maart 2026.",
    ),
    (
        "fr",
        "Appel à projets entrepreneuriat féminin 2026",
        "La région soutient les associations qui accompagnent les femmes entrepreneures, dont "
        "des demandeuses d'emploi, dans la création de leur propre entreprise.",
    ),
    (
        "de",
        "Förderaufruf: Gründerinnen und Unternehmerinnen stärken",
        "Gefördert werden Beratungsangebote für Gründerinnen, auch für arbeitsuchende Frauen, "
        "auf dem Weg in die Selbständigkeit. Anträge bis 30. April 2026.",
    ),
    (
        "nl",
        "Leningen voor sociale ondernemingen vanaf 50.000 euro",
        "Het fonds verstrekt achtergestelde leningen aan sociale ondernemingen en "
        "maatwerkbedrijven met een sterk verdienmodel. Aanvragen kan doorlopend.",
    ),
    (
        "fr",
        "Prêts et quasi-fonds propres pour les entreprises sociales",
        "Le fonds accorde des prêts aux entreprises d'économie sociale, y compris d'insertion, "
        "qui ont un modèle économique solide. Demandes toute l'année.",
    ),
    (
        "de",
        "Darlehen für Sozialunternehmen und Inklusionsbetriebe",
        "Die Förderbank vergibt zinsgünstige Darlehen an Inklusionsbetriebe mit tragfähigem "
        "Geschäftsmodell. Anträge sind laufend möglich.",
    ),
    (
        "fr",
        "Appel à propositions : contentieux stratégique pour les droits des personnes handicapées",
        "Subventions aux organisations qui soutiennent des avocats dans des contentieux "
        "stratégiques, notamment sur l'accès à l'emploi. Dépôt avant le 30 septembre 2026.",
    ),
    (
        "nl",
        "Oproep: strategisch procederen over discriminatie van werkzoekenden",
        "Subsidie voor organisaties die met advocaten strategisch procederen over "
        "discriminatie op de arbeidsmarkt. Indienen tot 1 oktober 2026.",
    ),
    (
        "en",
        "Tender: mobile app development for the public employment service",
        "The employment service buys the design and maintenance of a mobile app with which "
        "jobseekers read vacancies and book appointments. Tenders by 20 November 2025.",
    ),
    (
        "de",
        "Ausschreibung: Entwicklung einer mobilen App für Arbeitsuchende des Jobcenters",
        "Das Jobcenter vergibt die App-Entwicklung und Wartung einer mobilen App für "
        "Arbeitsuchende. Angebote bis 12. Dezember 2025.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), OUTSIDE_THE_FIELD)
def test_open_calls_whose_beneficiaries_are_outside_the_field(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert not result.relevant, result.reasons
    assert any(reason.startswith("other subjects") for reason in result.reasons), result.reasons


RELEVANT = [
    # a vague title, a summary that funds trajectories for job seekers
    (
        "nl",
        "Oproep 'Samen sterk' 2026",
        "De stad subsidieert organisaties die trajecten voor werkzoekenden uitwerken, van "
        "oriëntatie tot een job. Indienen tot 15 maart 2026.",
    ),
    (
        "nl",
        "Oproep 'Op weg' 2026",
        "Vzw's die kwetsbare jongeren koppelen aan een vrijwillige mentor kunnen tot "
        "20.000 euro steun krijgen. De mentor begeleidt de jongere een jaar lang. "
        "Kandidaturen tot 30 april 2026.",
    ),
    # tandems for newcomers
    (
        "de",
        "Gut ankommen: Aufruf für Tandemprojekte 2026",
        "Gesucht werden Vereine, die Zugewanderte mit Berufstätigen zu Tandems zusammenbringen, "
        "damit ihnen der Einstieg in den Beruf gelingt. Bewerbung bis 6. März 2026.",
    ),
    (
        "de",
        "Aufruf 2026: Tandemprojekte für neu zugewanderte Fachkräfte",
        "Die Stiftung fördert Tandemprojekte, in denen Ehrenamtliche Menschen auf dem Weg in "
        "Arbeit begleiten. Anträge bis 1. Februar 2026.",
    ),
    # volunteer mentors, in every language
    (
        "fr",
        "Appel à projets « Ensemble » 2026",
        "Soutien aux associations qui proposent à des jeunes en recherche d'emploi un mentor "
        "bénévole pendant un an. Le mentor accompagne le jeune dans ses démarches. Dépôt "
        "jusqu'au 15 avril 2026.",
    ),
    (
        "en",
        "Open call 2026: Side by side",
        "Grants for charities that match unemployed young people with a volunteer mentor for a "
        "year. Apply by 31 March 2026.",
    ),
    # a call that points to its own guide stays a call
    (
        "nl",
        "Projectoproep trajectbegeleiding van langdurig werkzoekenden 2026",
        "Promotoren dienen hun voorstel in via het portaal; lees vooraf de handleiding bij de "
        "oproep. Indienen tot 12 mei 2026.",
    ),
    # job seekers are no researchers: "chercheurs d'emploi"
    (
        "fr",
        "Appel à projets : mentorat de jeunes chercheurs d'emploi",
        "Les associations peuvent proposer des projets de mentorat pour jeunes chercheurs "
        "d'emploi. Dépôt des candidatures au plus tard le 15 janvier 2027.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), RELEVANT)
def test_calls_of_the_field_stay_relevant(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert result.relevant, result.reasons


ORGANISATIONS_INVITED = [
    (
        "en",
        "Work placement scheme 2026",
        "Employers and charities can become a sponsor of the scheme and offer long-term "
        "unemployed people a six-month placement. Apply by 30 April 2026.",
    ),
    (
        "en",
        "Job placements for young people: sponsors wanted",
        "Are you an employer? Become a sponsor and host a young jobseeker for six months. "
        "Apply by 15 May 2026.",
    ),
    (
        "fr",
        "Parrainage vers l'emploi : appel aux entreprises",
        "Vous êtes une entreprise ? Devenez parrain d'un jeune demandeur d'emploi et accueillez-le "
        "en stage. Inscription jusqu'au 31 mars 2026.",
    ),
    (
        "fr",
        "Appel 2026 : parrainage de demandeurs d'emploi",
        "Les entreprises et les associations peuvent devenir parrain : devenez parrain en tant "
        "qu'entreprise d'un demandeur d'emploi. Candidatures jusqu'au 30 avril 2026.",
    ),
    (
        "nl",
        "Oproep aan werkgevers: peterschap voor werkzoekenden",
        "Als bedrijf of vzw: word peter! Bied een werkzoekende een werkplek aan. "
        "Aanmelden tot 15 april 2026.",
    ),
    (
        "de",
        "Patenschaften für Arbeitsuchende 2026",
        "Sie sind Arbeitgeber? Werden Sie Pate einer arbeitsuchenden Person und bieten Sie ein "
        "Praktikum an. Anmeldung bis 1. März 2026.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), ORGANISATIONS_INVITED)
def test_organisations_invited_into_a_scheme_are_not_citizens(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert result.relevant, result.reasons
    assert any("an invitation to organisations" in reason for reason in result.reasons), (
        result.reasons
    )


CITIZENS_INVITED = [
    (
        "en",
        "Become a mentor",
        "Become a volunteer in one of our partner associations and mentor a young jobseeker "
        "one hour a week.",
    ),
    (
        "fr",
        "Devenez marraine",
        "Devenez marraine d'une demandeuse d'emploi : une heure par semaine.",
    ),
    (
        "nl",
        "Word buddy",
        "Word buddy van een nieuwkomer die werk zoekt. Meld je aan als vrijwilliger.",
    ),
    (
        "de",
        "Ehrenamt: Werden Sie Mentorin",
        "Werden Sie Mentorin bei einem unserer Vereine und begleiten Sie Arbeitsuchende.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), CITIZENS_INVITED)
def test_a_citizen_invited_to_volunteer_is_still_one(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert not result.relevant, result.reasons
    assert any(m.topic == "not_call" for m in result.matches), result.reasons
    assert not any("an invitation to organisations" in reason for reason in result.reasons)
