"""Round 9 of issue 14: precision through what is asked of whom, on sentences of our own,
in French, Dutch, English and German.

A page that asks its reader to come to an event ("register now", "jetzt anmelden",
"schrijf je nu in", "réservez votre place") invites a person to attend, not organisations
to submit a project: that invitation is not-a-call evidence, and the verdict names it. A
real call that also invites its applicants to an information session, or names the
organisations who may register, stays a call.
"""

from __future__ import annotations

import pytest

EVENTS = [
    (
        "fr",
        "Journée d'étude « Jeunes et emploi » – réservez votre place",
        "Chercheurs et praticiens de l'insertion des jeunes demandeurs d'emploi présentent "
        "leurs projets. Inscriptions jusqu'au 4 mars 2027, participation gratuite.",
    ),
    (
        "nl",
        "Studiedag werk en inburgering – schrijf je nu in",
        "Praktijkmensen uit de trajectbegeleiding van nieuwkomers naar werk delen hun "
        "ervaringen. Inschrijven tot 12 maart 2027.",
    ),
    (
        "en",
        "Employability conference 2027 – register now",
        "Practitioners supporting long-term unemployed people into work share what works. "
        "Registration closes on 3 March 2027.",
    ),
    (
        "de",
        "Fachforum Übergang Schule–Beruf – jetzt anmelden",
        "Das Forum stellt Projekte zur Vermittlung von Jugendlichen ohne Ausbildung in "
        "Betriebe vor. Anmeldung bis 5. März 2027.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), EVENTS)
def test_an_invitation_to_attend_an_event_is_not_a_call(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert not result.relevant, result.reasons
    assert any("not-a-call evidence" in reason for reason in result.reasons), result.reasons


CALLS_WITH_AN_EVENT = [
    (
        "fr",
        "Appel à projets 2027 : accompagnement vers l'emploi des demandeurs d'emploi",
        "Le Forem soutient les associations qui accompagnent des demandeurs d'emploi vers un "
        "premier emploi. Séance d'information le 10 février : réservez votre place. "
        "Dépôt des projets jusqu'au 15 mars 2027.",
    ),
    (
        "nl",
        "Projectoproep jobcoaching voor werkzoekenden 2027",
        "Organisaties die werkzoekenden naar werk begeleiden, dienen een project in. "
        "Infosessie op 3 februari: schrijf je nu in. Indienen tot 1 april 2027.",
    ),
    (
        "en",
        "Call for proposals: employment support for refugees 2027",
        "Charities supporting refugees into work may apply for grants of up to £50,000. "
        "Information webinar on 2 February: register now. Apply by 28 March 2027.",
    ),
    (
        "de",
        "Förderaufruf 2027: Mentoring für Arbeitsuchende",
        "Träger können jetzt anmelden, dass sie Arbeitsuchende mit Mentorinnen und Mentoren "
        "begleiten wollen. Anträge bis 30. April 2027.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary"), CALLS_WITH_AN_EVENT)
def test_a_call_that_also_invites_to_an_event_stays_a_call(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert result.relevant, result.reasons
