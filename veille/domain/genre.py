"""What kind of page is this, from its shape: a call, or news, a report, guidance, a training?

Vocabulary weighs words; the genre reads how the page is written. A news headline puts an
actor before a verb of reporting ("EU launches €40M fund…", "Lotto-Stiftung fördert zwölf
Projekte"), a report looks back ("Lessons from three years of…"), guidance speaks to bodies
already funded ("delivery guidance for lead bodies"), a training invites professionals to
register ("Formation : …", "Inscription obligatoire"). A call instructs organisations to
apply, submit or introduce something: that shape outweighs the others, except in the title.

>>> reading = read_genre("EU launches €40M fund for jobs", "The EU has announced a programme.")
>>> print(reading.reason())
genre: news (title: an actor and a reporting verb ('launches'); summary: reported ('has announced'))
>>> read_genre("Appel à projets 2026", "Les associations peuvent introduire un projet.").genre
'call'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from veille.domain.text import fold_with_map

Genre = Literal[
    "call",
    "news",
    "press",
    "results",
    "person",
    "study",
    "faq",
    "event",
    "report",
    "guidance",
    "training",
    "scholarship",
    "consultation",
    "unknown",
]

# A title that reports: words before a verb of launching, funding or awarding ("X launches",
# "X lance", "X lanceert", "X kent … toe", "X fördert"). The verb is not the title's first
# word: an actor comes first, as in a headline.
_TITLE_REPORTING = re.compile(
    r"^\S.{1,60}?\s(launches|launched|unveils|announces|awards|selects|"
    r"lance|annonce|devoile|selectionne|octroie|"
    r"lanceert|kondigt|selecteert|kent|"
    r"startet|fordert|vergibt|kundigt|wahlt)\s"
)
# a figure of results in a title ("zwölf Projekte", "€40M", "12 projects")
_TITLE_FIGURE = re.compile(
    r"(?:€\s?\d|\d+\s?(?:m|mn|million|millions|miljoen|millionen|k)\b|"
    r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|dix|douze|twee|drie|vier|vijf|zes|tien|"
    r"twaalf|two|three|four|five|six|ten|twelve|zwei|drei|vier|funf|sechs|zehn|zwolf)\s+\S+)"
)
# round 13: a results headline, a number of projects and what was done to them ("23 projecten
# goedgekeurd", "25 Projekte ausgewählt", "14 projects selected"), or grant decisions handed
# over ("Ministerin übergibt Förderbescheide"): the call is over, whatever call noun follows
_NUMBER = (
    r"(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|twee|drie|vier|"
    r"vijf|zes|zeven|acht|negen|tien|twaalf|two|three|four|five|seven|eight|nine|ten|twelve|"
    r"zwei|drei|funf|sechs|sieben|neun|zehn|zwolf)"
)
_TITLE_RESULTS = re.compile(
    rf"\b{_NUMBER}\s+(?:\S+\s+){{0,2}}?"
    r"(?:projets?|projecten|projects?|projekte|\w+projekte|initiatives?|initiatieven|"
    r"initiativen|organisations?|organisaties|associations?|laureats?|winners|vorhaben)\s+"
    r"(?:\S+\s+){0,2}?"
    r"(?:selectionnes?|retenus?|soutenus?|laureats?|finances|approuves?|recompenses?|"
    r"geselecteerd|goedgekeurd|gekozen|bekroond|selected|approved|awarded|funded|chosen|"
    r"ausgewahlt|bewilligt|gefordert|ausgezeichnet|pramiert)\b|"
    r"\b(?:ubergibt|ubergeben|uberreicht)\s+(?:\S+\s+){0,2}?(?:forder|zuwendungs)?bescheide|"
    r"\b(?:hands? over|presents?) (?:\S+\s+)?grant (?:decisions|letters)|"
    r"\bremet (?:\S+\s+)?(?:arretes|conventions) de subvention|"
    r"\breikt (?:\S+\s+)?subsidiebesluiten uit"
)
# round 13: a page inviting a person, to be mentored, to volunteer or to be an expert ("Get a
# mentor", "zoekt vrijwillige mentoren", "register as an evaluator"): no call for projects
_PERSON_INVITED = re.compile(
    r"\b(?:get a mentor|find a mentor|trouve[zr]? (?:un|ton|votre) mentor|"
    r"vind (?:een|je) mentor|finde (?:einen|deinen) mentor|"
    r"(?:zoekt|zoeken) (?:\S+ )?(?:vrijwilligers|vrijwillige|mentoren|buddys?)|"
    r"(?:cherche|recherche|cherchons|recherchons) (?:des |\S+ )?(?:benevoles|mentors|parrains)|"
    r"(?:looking for|seeks?|seeking) (?:\S+ )?(?:volunteers|volunteer mentors|mentors)|"
    r"volunteers wanted|(?:sucht|suchen) (?:\S+ )?(?:ehrenamtliche|paten|mentor)|"
    r"registr\w* (?:als|as an?|comme) (?:\S+ )?"
    r"(?:beoordelaar|expert|evaluator|deskundige|gutachter|evaluateur)\w*|"
    r"(?:experts? (?:independants?|externes)|(?:independent|external) (?:experts?|evaluators?)|"
    r"(?:onafhankelijke|externe) (?:deskundigen|experten|beoordelaars)|"
    r"(?:unabhangige|externe) (?:sachverstandige|gutachter\w*|experten)))\b"
)
# round 16: a press article about a call, not the call: a speaker quoted by the journalist
# ("a-t-elle déclaré", "zegt de schepen", "sagte er", "said the minister") or the reactions
# it reports (the opposition, unions, employers' federations); on the released sets 20 pages
# carry one and 1 of them is a call, so the cue outweighs a call noun and an instruction
_SUMMARY_PRESS = re.compile(
    r"(?:"
    # a speaker quoted: the verb of saying after the quote or before the speaker
    r"\ba-t-(?:il|elle) (?:declare|precise|ajoute|explique|souligne|indique|affirme)|"
    r"\b(?:a|ont) (?:declare|precise|ajoute|explique|souligne) (?:l'|le |la |les )?"
    r"(?:ministre|echevin\w*|bourgmestre|president\w*|directeur|directrice|porte-parole)|"
    r", (?:precise|explique|ajoute|souligne|declare|indique) (?:l'|le |la )"
    r"(?:ministre|echevin\w*|bourgmestre|president\w*|directeur|directrice|porte-parole)|"
    r"\b(?:zegt|zei|verklaart|aldus) (?:de|het) (?:minister|schepen|burgemeester|bevoegde|"
    r"voorzitter|directeur|woordvoerder)\w*|"
    r"\b(?:sagte|sagt|erklarte|betonte) (?:er|sie|die|der) ?(?:minister\w*|burgermeister\w*|"
    r"sprecher\w*|leiter\w*)?|"
    r"\b(?:said|says) (?:the )?(?:minister|councillor|mayor|chair|director|spokes\w+)|"
    # reactions reported: the opposition, unions, sector federations
    r"\b(?:l'opposition|les syndicats|la federation|les federations) (?:denonce|critique|"
    r"salue|saluent|denoncent|critiquent|regrette|regrettent|craint|craignent|s'inquiete)|"
    r"\b(?:de oppositie|vakbonden|de vakbonden|werkgeversorganisaties|de sector) (?:vreest|"
    r"vrezen|reageert|reageren|bekritiseert|bekritiseren|is kritisch|zijn kritisch)|"
    r"\b(?:die opposition|gewerkschaften|die gewerkschaften) (?:kritisiert\w*|begrusst\w*|"
    r"warnt|warnen|bemangel\w*)|\bkritik kam von|"
    r"\b(?:the opposition|unions|charities|campaigners) (?:criticised|criticized|warned|"
    r"welcomed|warn|welcome|say|said)"
    r")"
)
# round 16: a tender that buys a study, an evaluation or research on the field: the call is to
# consultancies and universities, not to the field's operators (on the released sets read, 29
# titles, none relevant); "recherche d'emploi" is job search, not research
_TITLE_TENDER = re.compile(
    r"\b(?:appel d'offres|marche public|call for tenders?|invitation to tender|tender|"
    r"procurement|framework contract|aanbesteding|overheidsopdracht|studieopdracht|"
    r"ausschreibung|forschungsausschreibung|vergabe|auftrag|[a-z]+/\d{4}/op/\d+)\b"
)
_TITLE_STUDY = re.compile(
    r"\b(?:etudes? (?:sur|de|d')|evaluation|study|studies|research|studie|studieopdracht|"
    r"onderzoek|evaluatie|evaluierung|forschungs\w*|wirkungsanalyse)\b"
)
# round 16: a page of questions and answers about a call ("FAQ – Appel à projets …",
# "Veelgestelde vragen – oproep …"): the call is elsewhere (on the released sets read, 13
# titles, none relevant, 4 of them flagged as the call because the title named it)
_TITLE_FAQ = re.compile(
    r"^(?:faq|f\.a\.q\.|veelgestelde vragen|vragen en antwoorden|frequently asked questions|"
    r"questions (?:frequentes|frequemment posees)|questions[- ]reponses|"
    r"haufig gestellte fragen|haufige fragen)\b"
)
# round 16: a title naming an event (an information session on a call, a job fair, a study
# day): one registers to attend, a call is not applied to there (on the released sets read,
# 41 titles, none relevant; the title's training shape needs "Formation :" at its start)
_TITLE_EVENT = re.compile(
    r"\b(?:seances? d'information|salon (?:de l'emploi|du mentorat)|job ?days?|"
    r"infosessies?|jobbeurs|jobdag|job-speeddates|"
    r"information sessions?|info sessions?|jobs? fairs?|careers? fairs?|"
    r"infotage?|fachtage?|ehrenamtsborse)\b"
)
# a title that looks back: lessons, results, an evaluation, a report
_TITLE_REPORT = re.compile(
    r"^(?:lessons|lessons learned|evaluation|evaluating|final report|results of|impact of|"
    r"lecons|enseignements|bilan|evaluation|rapport final|resultats de|"
    r"lessen|evaluatie|eindrapport|resultaten van|"
    r"lehren|bilanz|abschlussbericht|ergebnisse|"
    # (stop 26) a report by its kind: "Rapport d'évaluation des mesures …", "Learning
    # report: five years of …", "Jaarverslag 2025", "Evaluationsbericht …"
    r"rapport d'evaluation|rapport annuel|rapport d'activites|learning report|annual report|"
    r"evaluation report|evaluatierapport|jaarverslag|jahresbericht|evaluationsbericht)\b"
)
# (stop 26) an opinion piece: "Opinie: projectoproepen zetten …", "Carte blanche : …"
_TITLE_OPINION = re.compile(
    r"^(?:opinie|opinion|tribune|carte blanche|column|op-ed|kommentar|meinung|gastbeitrag|"
    r"standpunt|point de vue)\s*[:–—|-]\s"
)
# (stop 26) grants to persons, by their name: scholarships and fellowships ("Bourses du
# Fonds …", "Studiebeurzen …", "Churchill Fellowships 2026", "Stipendien für …"); a medium
# cue, so that a call for associations that also names one still weighs as a call
_TITLE_SCHOLARSHIP = re.compile(
    r"\b(?:bourses? d'etudes?|bourses? (?:du|de la|des) fonds|studiebeurs|studiebeurzen|"
    r"scholarships?|fellowships?|stipendium|stipendien|stipendienprogramm)\b"
)
# (stop 26) a consultation: evidence and views are asked for, not projects
_TITLE_CONSULTATION = re.compile(
    r"\b(?:call for evidence|public consultation|consultation publique|appel a contributions|"
    r"openbare raadpleging|publieke consultatie|offentliche konsultation)\b"
)
# guidance for bodies already funded (not for applicants: that is part of a call)
_TITLE_GUIDANCE = re.compile(
    r"\b(?:delivery guidance|guidance for (?:lead|funded|grant)|guidance for delivery|"
    r"faq for (?:grantees|beneficiaries)|guide (?:de mise en oeuvre|des beneficiaires)|"
    r"vade-?mecum (?:des|pour les) beneficiaires|handleiding voor (?:begunstigden|promotoren)|"
    r"leitfaden fur (?:zuwendungsempfanger|projekttrager))\b"
)
# a title that names a training or an event for professionals: "Formation : …"
_TITLE_TRAINING = re.compile(
    r"^(?:formation|webinaire|seminaire|atelier|journee d'etude|colloque|"
    r"training|webinar|seminar|workshop|conference|"
    r"opleiding|vorming|studiedag|infosessie|"
    r"schulung|fortbildung|weiterbildung|fachtag|tagung)\s*[:–—|-]\s"
)
# a summary that reports or looks back ("has announced", "were handed over", "closed in")
_SUMMARY_REPORTED = re.compile(
    r"\b(?:has announced|have published|presented (?:its|their) (?:final )?results|"
    r"(?:project|programme) closed|according to|were handed over|"
    r"a annonce|ont ete remis|a presente ses resultats|selon (?:le|la|les)|"
    r"heeft aangekondigd|werden uitgereikt|volgens (?:de|het)|"
    r"hat angekundigt|wurden (?:in \S+ )?ubergeben|laut (?:der|dem|den))\b"
)
# a summary of guidance or of a training: what it sets out, who registers
_SUMMARY_GUIDANCE = re.compile(
    r"\b(?:this guidance|it replaces the version|applies from|"
    r"ce guide|cette note|deze handleiding|dieser leitfaden)\b"
)
_SUMMARY_TRAINING = re.compile(
    r"\b(?:organise une formation|inscription obligatoire|les participants apprennent|"
    r"organises a training|registration is required|participants (?:will )?learn|"
    r"organiseert een opleiding|inschrijven verplicht|"
    r"veranstaltet eine schulung|anmeldung erforderlich)\b"
)
# the call's shape: a call noun in the title, an instruction to apply or submit
_CALL_TITLE = re.compile(
    r"\b(?:appel a (?:projets|candidatures|propositions|manifestation)|appel d'offres|"
    r"call for (?:proposals|projects|applications|tenders|expressions)|"
    r"(?:project)?oproep|projectaanvragen|"
    r"(?:forder|projekt)?aufruf|ausschreibung|interessenbekundung)\b"
)
_CALL_INSTRUCTION = re.compile(
    r"\b(?:can apply|may apply|apply (?:by|before|until|online)|submit (?:a|their|your)|"
    r"applications (?:must|close|are open|open)|"
    r"peuvent (?:introduire|deposer|soumettre|poser leur candidature)|"
    r"candidatures? (?:jusqu|avant|sur|a introduire|a deposer)|introduire (?:un|leur|votre)|"
    r"kunnen (?:een )?\S*\s?(?:indienen|aanvragen)|dien (?:je|uw) \S+ in|"
    r"aanvragen (?:indienen|kunnen|tot)|"
    r"konnen (?:einen )?\S*\s?(?:einreichen|beantragen|sich bewerben)|antrage bis|"
    r"bewerbungen bis|einreichung bis)\b"
)


@dataclass(frozen=True)
class GenreCue:
    """One shape read: its genre, its field, what it is, where (offsets of the field)."""

    genre: Genre
    field: Literal["title", "summary"]
    what: str
    start: int
    end: int

    def __str__(self) -> str:
        return f"{self.field}: {self.what}"


@dataclass(frozen=True)
class GenreReading:
    """The page's genre and the shape that says so (`cues`), beside the call's shape read."""

    genre: Genre
    cues: tuple[GenreCue, ...] = ()
    call_shape: tuple[str, ...] = ()

    def reason(self) -> str:
        """The administrators' trace: which genre, and why."""
        why = "; ".join((*map(str, self.cues), *(f"call shape: {c}" for c in self.call_shape)))
        return f"genre: {self.genre}" + (f" ({why})" if why else "")


Shapes = tuple[tuple[Genre, re.Pattern[str], str], ...]  # (genre, pattern, what it is)
_TITLE_SHAPES: Shapes = (
    ("report", _TITLE_REPORT, "looks back"),
    ("news", _TITLE_OPINION, "an opinion piece"),
    ("scholarship", _TITLE_SCHOLARSHIP, "a grant to persons"),
    ("consultation", _TITLE_CONSULTATION, "a consultation"),
    ("guidance", _TITLE_GUIDANCE, "guidance for funded bodies"),
    ("training", _TITLE_TRAINING, "a training or an event"),
)
_SUMMARY_SHAPES: Shapes = (
    ("news", _SUMMARY_REPORTED, "reported"),
    ("guidance", _SUMMARY_GUIDANCE, "guidance"),
    ("training", _SUMMARY_TRAINING, "a training"),
)


def _title_cues(title: str) -> list[GenreCue]:
    cues: list[GenreCue] = []
    reporting = _TITLE_REPORTING.match(title)
    if reporting and _TITLE_FIGURE.search(title[reporting.end(1) :]):
        verb = reporting.group(1)
        what = f"an actor and a reporting verb ('{verb}')"
        cues.append(GenreCue("news", "title", what, *reporting.span(1)))
    for genre, pattern, what in _TITLE_SHAPES:
        found = pattern.search(title)
        if found:
            said = f"{what} ('{found.group(0).strip(' :–—|-')}')"
            cues.append(GenreCue(genre, "title", said, *found.span()))
    return cues


def _summary_cues(summary: str) -> list[GenreCue]:
    cues: list[GenreCue] = []
    for genre, pattern, what in _SUMMARY_SHAPES:
        found = pattern.search(summary)
        if found:
            cues.append(GenreCue(genre, "summary", f"{what} ('{found.group(0)}')", *found.span()))
    return cues


def _call_shape(title: str, summary: str) -> tuple[str, ...]:
    shape = []
    if found := _CALL_TITLE.search(title):
        shape.append(f"title names a call ('{found.group(0)}')")
    if found := _CALL_INSTRUCTION.search(summary):
        shape.append(f"an instruction to apply ('{found.group(0)}')")
    return tuple(shape)


def _over_cues(title: str, summary: str) -> list[GenreCue]:
    """Round 13: shapes that outweigh a call noun or an instruction to apply: a results
    headline (the call is over) and an invitation to a person (the call is to citizens);
    round 16: a press article's quote or reaction (the page reports the call), a tender
    that buys a study (the call is to consultancies), a page of questions and answers and an
    event (an information session, a job fair)."""
    cues: list[GenreCue] = []
    if (tender := _TITLE_TENDER.search(title)) and (study := _TITLE_STUDY.search(title)):
        what = f"a tender for a study ('{tender.group(0)}', '{study.group(0)}')"
        cues.append(GenreCue("study", "title", what, *study.span()))
    if found := _TITLE_EVENT.search(title):
        what = f"an event ('{found.group(0)}')"
        cues.append(GenreCue("event", "title", what, *found.span()))
    if found := _TITLE_FAQ.search(title):
        what = f"questions and answers about a call ('{found.group(0)}')"
        cues.append(GenreCue("faq", "title", what, *found.span()))
    if found := _TITLE_RESULTS.search(title):
        what = f"a call's results ('{found.group(0)}')"
        cues.append(GenreCue("results", "title", what, *found.span()))
    fields: tuple[tuple[Literal["title", "summary"], str], ...] = (
        ("title", title),
        ("summary", summary),
    )
    for field_name, value in fields:
        if found := _PERSON_INVITED.search(value):
            what = f"an invitation to a person ('{found.group(0)}')"
            cues.append(GenreCue("person", field_name, what, *found.span()))
    for found in _SUMMARY_PRESS.finditer(summary):  # a quote and a reaction weigh more
        what = f"a press article: a quote or a reaction ('{found.group(0)}')"
        cues.append(GenreCue("press", "summary", what, *found.span()))
    return cues


def read_genre(title: str, summary: str = "") -> GenreReading:
    """The genre of a page from its title and summary (any of FR/NL/EN/DE).

    The title's genre decides unless the title names a call; the summary's genre counts
    only when no instruction to apply is read there. A call's results and an invitation to a
    person count whatever the call's shape (round 13).
    """
    (title, title_at), (summary, summary_at) = (
        fold_with_map(title or ""),
        fold_with_map((summary or "")[:3000]),
    )
    shape = _call_shape(title, summary)
    cues = [] if any(s.startswith("title") for s in shape) else _title_cues(title)
    if not shape:
        cues += _summary_cues(summary)
    elif cues:  # an instruction to apply outweighs the title's news, not its training
        cues = [cue for cue in cues if cue.genre != "news"]
    cues = _over_cues(title, summary) + cues
    # the cues' offsets in the fields as written ("ß" folds to two letters)
    where = {"title": title_at, "summary": summary_at}
    cues = [replace(c, start=where[c.field][c.start], end=where[c.field][c.end]) for c in cues]
    if cues:
        return GenreReading(cues[0].genre, tuple(cues), shape)
    return GenreReading("call" if shape else "unknown", (), shape)


__all__ = ["Genre", "GenreCue", "GenreReading", "read_genre"]
