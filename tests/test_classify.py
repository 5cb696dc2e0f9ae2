"""Behaviour of the classifier on realistic phrasings in French, Dutch, English and German."""

from __future__ import annotations

import json

import pytest
import yaml

from veille.config import default_classifier
from veille.config.loader import DEFAULTS
from veille.config.schema import TopicsFile
from veille.domain.classify import Classifier

try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - hypothesis is a test extra
    given = None


@pytest.fixture(scope="module")
def clf() -> Classifier:
    return default_classifier()


# (lang, title, summary, expected topics) for calls that matter.
RELEVANT = [
    (
        "fr",
        "Appel à projets 2026 : insertion socioprofessionnelle des demandeurs d'emploi",
        "Le Forem lance un appel à projets pour des actions de formation et d'accompagnement "
        "des demandeuses et demandeurs d'emploi éloignés du marché du travail.",
        ["insertion"],
    ),
    (
        "fr",
        "AMI – Mentorat de jeunes NEET",
        "Appel à manifestation d'intérêt pour des programmes de mentorat où un bénévole "
        "accompagne un jeune vers l'emploi. Date limite : 15 mars 2026.",
        ["insertion", "mentoring"],
    ),
    (
        "fr",
        "Parrainage : appel à candidatures 2025",
        "Les associations peuvent candidater pour organiser des binômes parrain-filleul "
        "favorisant l'insertion professionnelle des jeunes des quartiers prioritaires.",
        ["insertion", "mentoring"],
    ),
    (
        "nl",
        "Oproep: trajecten naar werk voor langdurig werkzoekenden",
        "Met deze ESF-oproep ondersteunen we partnerschappen die kwetsbare werkzoekenden "
        "begeleiden naar duurzame tewerkstelling. Indienen kan tot en met 30 april 2026.",
        ["insertion"],
    ),
    (
        "nl",
        "Projectoproep buddywerking voor nieuwkomers op zoek naar werk",
        "Organisaties kunnen een projectvoorstel indienen voor buddyprojecten waarin "
        "vrijwilligers nieuwkomers ondersteunen bij hun zoektocht naar werk.",
        ["insertion", "mentoring"],
    ),
    (
        "nl",
        "Subsidieoproep maatwerkbedrijven 2025",
        "De Vlaamse overheid lanceert een subsidieoproep voor maatwerkbedrijven die mensen "
        "met een grote afstand tot de arbeidsmarkt tewerkstellen.",
        ["insertion"],
    ),
    (
        "en",
        "Call for proposals: youth employment and the Youth Guarantee",
        "The call funds projects that help young people not in employment, education or "
        "training into work. The deadline for applications is 4 June 2025.",
        ["insertion"],
    ),
    (
        "en",
        "Grants available for mentoring schemes",
        "Community organisations can apply for grants of up to £20,000 to run mentoring "
        "programmes pairing volunteers with young people at risk.",
        ["mentoring"],
    ),
    (
        "de",
        "Förderaufruf: Integration von Langzeitarbeitslosen in den Arbeitsmarkt",
        "Gefördert werden Projekte, die langzeitarbeitslose Menschen und Geflüchtete in "
        "Ausbildung und Arbeit begleiten. Einreichungsfrist ist der 30.06.2025.",
        ["insertion"],
    ),
    (
        "de",
        "Ausschreibung Mentoring-Programme für Jugendliche",
        "Die Stiftung fördert Patenschaften, in denen ehrenamtliche Mentorinnen und Mentoren "
        "Jugendliche beim Übergang Schule-Beruf begleiten. Anträge können bis zum 1. März "
        "2026 eingereicht werden.",
        ["insertion", "mentoring"],
    ),
]

# Pages that are not calls about insertion/mentoring: news, questions, other subjects, traps.
NOT_RELEVANT = [
    (
        "fr",
        "Question écrite sur l'appel à projets insertion du Forem",
        "Le député interroge la ministre sur les résultats de l'appel à projets ISP de 2024.",
    ),
    (
        "fr",
        "Les lauréats de l'appel à projets mentorat sont connus",
        "Article : douze projets retenus accompagneront des jeunes vers l'emploi.",
    ),
    (
        "fr",
        "Tarifs publicitaires 2024",
        "Grille tarifaire : prix d'une insertion publicitaire "
        "pleine page, première insertion et insertions répétées.",
    ),
    (
        "fr",
        "Appel à projets patrimoine et culture 2025",
        "Le ministère de la Culture soutient "
        "des projets artistiques dans les musées ; date limite le 3 mars 2025.",
    ),
    (
        "fr",
        "Offre d'emploi : chargé de projet insertion (CDI)",
        "L'ASBL recrute un chargé de projet pour son service d'insertion socioprofessionnelle.",
    ),
    (
        "nl",
        "Werkbeurzen voor onderzoeksjournalistiek",
        "Het fonds kent werkbeurzen toe aan journalisten. Deadline 17 november 2025.",
    ),
    (
        "nl",
        "Minister stelt jaarverslag sociale economie voor",
        "Nieuwsbericht over de cijfers "
        "van de maatwerkbedrijven in 2024; het gaat niet om een oproep.",
    ),
    (
        "nl",
        "Oproep energie-innovatie in de industrie",
        "Subsidieoproep voor klimaatvriendelijke productieprocessen in bedrijven.",
    ),
    (
        "en",
        "Horizon Europe call on robotics and artificial intelligence",
        "Research and innovation actions on robotics; deadline 12 February 2026.",
    ),
    (
        "en",
        "Youth workers mobility: job shadowing",
        "Grants for youth workers to do job shadowing abroad and exchange practices.",
    ),
    (
        "de",
        "Stellenausschreibung: Sozialpädagoge (m/w/d) im Jobcenter",
        "Wir suchen zum nächstmöglichen Zeitpunkt eine Fachkraft für die Beratung Arbeitsloser.",
    ),
    (
        "de",
        "Förderaufruf Klimaschutz in Kommunen",
        "Gefördert werden Projekte zur "
        "Energieeinsparung und zum Klimaschutz in kommunalen Gebäuden.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary", "topics"), RELEVANT)
def test_relevant_calls(clf, lang, title, summary, topics):
    result = clf.classify(title, summary, lang=lang)
    assert result.relevant, result.reasons
    assert result.is_call
    assert result.topics == topics, result.reasons
    assert result.score >= 0.5


@pytest.mark.parametrize(("lang", "title", "summary"), NOT_RELEVANT)
def test_not_relevant(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert not result.relevant, result.reasons
    assert result.topics == []
    assert result.score < 0.5


@pytest.mark.parametrize(
    ("lang", "title", "summary", "is_call"),
    [
        ("fr", "Appel à projets 2026", "Dépôt des dossiers jusqu'au 3 mai 2026.", True),
        ("fr", "Actualité", "Question écrite : ce n'est pas un appel à projets.", False),
        ("nl", "Projectoproep", "Indienen kan tot 3 mei.", True),
        ("nl", "Persbericht", "Er is momenteel geen oproep.", False),
        ("en", "Call for proposals", "Applications close on 3 May 2026.", True),
        ("de", "Aufruf zur Einreichung von Projektvorschlägen", "Frist: 03.05.2026", True),
        ("de", "Jahresbericht 2024", "Kein Aufruf, sondern ein Überblick.", False),
    ],
)
def test_is_call(clf, lang, title, summary, is_call):
    assert clf.classify(title, summary, lang=lang).is_call is is_call


def test_title_weighs_more_than_summary(clf):
    in_title = clf.classify("Appel à projets : insertion des chômeurs", "Un appel.", lang="fr")
    in_summary = clf.classify("Appel à projets", "Un appel ; insertion des chômeurs.", lang="fr")
    assert in_title.score > in_summary.score


def test_passing_mention_is_not_enough(clf):
    result = clf.classify(
        "Appel à projets sport et santé 2025",
        "Projets sportifs pour la santé des seniors, la cohésion sociale et, parmi d'autres "
        "thèmes, l'emploi.",
        lang="fr",
    )
    assert not result.relevant


def test_matches_point_into_the_original_text(clf):
    title = "APPEL À PROJETS : Insertion socio-professionnelle des Réfugiés"
    result = clf.classify(title, lang="fr")
    assert result.matches
    for match in result.matches:
        assert match.field == "title"
        assert 0 <= match.start < match.end <= len(title)
    spans = {title[m.start : m.end] for m in result.matches}
    assert "Insertion socio-professionnelle" in spans
    assert "APPEL À PROJETS" in spans


def test_inflected_and_accented_forms_match(clf):
    for text in ("demandeuses d'emploi", "DEMANDEURS D'EMPLOI", "demandeurs d’emploi"):
        result = clf.classify(text, lang="fr")
        assert any(m.term == "demandeur d'emploi" for m in result.matches), text


def test_acronyms_only_in_capitals(clf):
    assert any(m.term == "AMI" for m in clf.classify("Appel AMI 2025", lang="fr").matches)
    assert not any(m.term == "AMI" for m in clf.classify("Un ami m'a dit", lang="fr").matches)


def test_trap_suppresses_the_topic_word(clf):
    result = clf.classify("Compte rendu d'emploi de la subvention", lang="fr")
    assert not any(m.topic == "insertion" for m in result.matches)
    assert any(m.topic == "trap" for m in result.matches)


def test_language_is_guessed_when_missing(clf):
    result = clf.classify("Oproep voor projecten rond begeleiding van werkzoekenden naar werk")
    assert result.relevant
    assert result.reasons[0] == "language: nl"


def test_to_dict_is_json(clf):
    result = clf.classify("Appel à projets mentorat", "Date limite : 1er mars 2026.", lang="fr")
    data = json.loads(json.dumps(result.to_dict()))
    assert set(data) == {"relevant", "topics", "score", "is_call", "matches", "reasons"}
    assert set(data["matches"][0]) == {"term", "topic", "field", "start", "end"}


def test_custom_vocabulary_and_thresholds():
    vocabulary = yaml.safe_load((DEFAULTS / "topics.yaml").read_text(encoding="utf-8"))
    vocabulary["topics"]["mentoring"]["strong"]["fr"].append("compagnonnage")
    clf = Classifier(TopicsFile.validate_python(vocabulary))
    assert clf.classify("Appel à projets : compagnonnage", lang="fr").topics == ["mentoring"]
    strict = Classifier(
        TopicsFile.validate_python(
            {**vocabulary, "settings": {**vocabulary["settings"], "subject_threshold": 100}}
        )
    )
    assert not strict.classify("Appel à projets : mentorat des jeunes", lang="fr").relevant


def test_empty_input(clf):
    result = clf.classify("", "", "")
    assert not result.relevant and result.matches == []


if given is not None:

    @settings(deadline=None)
    @given(st.text(max_size=400), st.text(max_size=400), st.sampled_from([None, "fr", "nl"]))
    def test_arbitrary_text_never_crashes(title, summary, lang):
        result = default_classifier().classify(title, summary, lang=lang)
        assert 0.0 <= result.score <= 1.0
        assert result.relevant == (result.score >= 0.5)
        for match in result.matches:
            source = title if match.field == "title" else summary
            assert 0 <= match.start <= match.end <= len(source)


# Generalised rules found on the independent check set (tests/data/generalisation_*.jsonl),
# written here in other words.
GENERALISED_RELEVANT = [
    # Belgian and French names of the public: chercheurs d'emploi, RSA, CEJ, mission locale
    (
        "fr",
        "Appel à projets : ateliers de remobilisation pour chercheurs d'emploi",
        "Les ASBL bruxelloises peuvent introduire un projet avant le 30 juin.",
        ["insertion"],
    ),
    (
        "fr",
        "Appel à projets 2026 – Levée des freins périphériques des allocataires du RSA",
        "Le Département finance des actions de mise en situation professionnelle.",
        ["insertion"],
    ),
    (
        "nl",
        "Projectoproep: kwetsbare Brusselaars helpen om betaald werk te vinden",
        "Vzw's kunnen een voorstel indienen voor begeleiding op maat.",
        ["insertion"],
    ),
    (
        "de",
        "Förderaufruf: Beschäftigungsförderung für Menschen ohne Berufsabschluss",
        "Träger können bis zum 30. April eine Projektskizze einreichen.",
        ["insertion"],
    ),
    (
        "de",
        "Interessenbekundungsverfahren: Coaching für erwerbsfähige Leistungsberechtigte",
        "Gesucht werden Träger, die Menschen mit Vermittlungshemmnissen begleiten.",
        ["insertion"],
    ),
    (
        "en",
        "Grants for charities helping people who are out of work find a job",
        "Applications close on 1 May; charities can apply for up to £20,000.",
        ["insertion"],
    ),
]

GENERALISED_NOT_RELEVANT = [
    # job adverts marked by the gender marker or contract type, even for an insertion job
    (
        "fr",
        "Conseiller en insertion socioprofessionnelle (H/F)",
        "Poste à pourvoir immédiatement ; candidatures jusqu'au 10 juin.",
    ),
    (
        "nl",
        "Trajectbegeleider werkzoekenden (m/v/x)",
        "Contract van onbepaalde duur; stuur je cv en motivatie voor 1 juli.",
    ),
    (
        "de",
        "Jobcoach (m/w/d) gesucht",
        "Bewerbungen mit den üblichen Bewerbungsunterlagen bis zum 15. Mai.",
    ),
    # an employment service named as the buyer of an unrelated service
    (
        "fr",
        "Marché public : gardiennage des bureaux d'Actiris",
        "Les offres sont à remettre pour le 12 mars.",
    ),
    ("de", "Ausschreibung: Unterhaltsreinigung der Räume des Jobcenters", "Angebote bis 3. März."),
    # the results of a past call
    (
        "fr",
        "Mentorat : la préfecture publie la liste des associations financées",
        "À l'issue de l'appel à projets 2024, 30 structures sont soutenues.",
    ),
]


@pytest.mark.parametrize(("lang", "title", "summary", "topics"), GENERALISED_RELEVANT)
def test_generalised_relevant(clf, lang, title, summary, topics):
    result = clf.classify(title, summary, lang=lang)
    assert result.relevant, result.reasons
    assert result.topics == topics, result.reasons


@pytest.mark.parametrize(("lang", "title", "summary"), GENERALISED_NOT_RELEVANT)
def test_generalised_not_relevant(clf, lang, title, summary):
    result = clf.classify(title, summary, lang=lang)
    assert not result.relevant, result.reasons


def test_not_a_call_phrases_are_contiguous(clf):
    # "recherche des bénévoles" (a volunteer call) must not be read across other words
    result = clf.classify(
        "Appel à projets : duos pour l'emploi",
        "Un chercheur d'emploi en recherche de travail et un bénévole forment un duo.",
        lang="fr",
    )
    assert result.relevant, result.reasons
    assert not any(m.topic == "not_call" for m in result.matches)


def test_spaced_dash_ends_a_clause(clf):
    # "projet ... professionnel" across the two parts of a title is not "projet professionnel"
    result = clf.classify("Appel à projets de recherche – Parcours professionnels", lang="fr")
    assert not any(m.term == "projet professionnel" for m in result.matches)
