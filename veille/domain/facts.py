"""Facts about a call besides its deadline: budget, who may apply, whom it is for, where, status.

>>> extract_budget("Le budget total de l'appel s'élève à 2 millions d'euros.")
Budget(amount=2000000.0, currency='EUR', raw="2 millions d'euros", start=37, end=55)
>>> extract_applicants("Les ASBL et les CPAS peuvent introduire un dossier.")
['nonprofit', 'public_body']
>>> extract_publics("Un accompagnement des jeunes NEET et des primo-arrivants.")
['young_people', 'neet', 'newcomers']
>>> extract_regions("pour les associations bruxelloises"), region_codes(["BE"])
(['brussels'], ['brussels', 'wallonia', 'flanders', 'german_speaking'])
>>> compute_status(None, "doorlopende oproep", today=datetime.date(2025, 1, 1))
'permanent'
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from dataclasses import dataclass

from veille.domain.dates import read_dates
from veille.domain.text import fold, fold_with_map
from veille.domain.vocabulary import (
    PUBLICS,
    REGIONS,
    Applicant,
    Public,
    Region,
    Status,
    area_of,
    regions_of_area,
)

_CURRENCIES = {
    "€": "EUR",
    "eur": "EUR",
    "euro": "EUR",
    "euros": "EUR",
    "£": "GBP",
    "gbp": "GBP",
    "pound": "GBP",
    "pounds": "GBP",
    "$": "USD",
    "usd": "USD",
    "chf": "CHF",
}
_SCALES = {
    "k": 1e3,
    "mille": 1e3,
    "duizend": 1e3,
    "tausend": 1e3,
    "thousand": 1e3,
    "m": 1e6,
    "mio": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "miljoen": 1e6,
    "miljoenen": 1e6,
    "millionen": 1e6,
    "milliard": 1e9,
    "milliards": 1e9,
    "miljard": 1e9,
    "billion": 1e9,
    "milliarde": 1e9,
    "milliarden": 1e9,
}
_NUMBER = r"\d{1,3}(?:[ .,\u00a0\u202f']\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE = r"k|mio|mille|duizend|tausend|thousand|millions?|miljoen(?:en)?|millionen|million"
_SCALE += r"|milliards?|miljard|billion|milliarden?|m\b"
_CURRENCY = r"€|eur(?:os?)?\b|£|gbp|pounds?|\$|usd|chf"
_AMOUNT = re.compile(
    rf"(?P<pre>{_CURRENCY})\s*(?P<n1>{_NUMBER})\s*(?P<s1>{_SCALE})?"
    rf"|(?P<n2>{_NUMBER})\s*(?P<s2>{_SCALE})?\.?\s*(?:d'|d’|de\s+|of\s+)?(?P<post>{_CURRENCY})"
)
_BUDGET_CUE = re.compile(
    r"budget|enveloppe|dotation|montant|bedrag|subsidie|middelen|fördersumme|fordersumme"
    r"|funding|grant|total|jusqu'a|tot|up to|bis zu|maximum|maximaal|maximal|max\b"
)


@dataclass(frozen=True)
class Budget:
    amount: float
    currency: str
    raw: str
    start: int
    end: int


def _parse_number(text: str) -> float:
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("'", "")
    # "1.600.000", "1 600 000", "1,600,000" are thousands; "2,5" and "2.5" are decimals
    if re.fullmatch(r"\d{1,3}(?:[ .,]\d{3})+", text):
        return float(re.sub(r"[ .,]", "", text))
    if re.fullmatch(r"\d{1,3}(?:[ .,]\d{3})+[.,]\d{1,2}", text):
        return float(re.sub(r"[ .,]", "", text[:-3]) + "." + text[-2:].lstrip(".,"))
    return float(text.replace(" ", "").replace(",", "."))


def find_amounts(text: str) -> list[Budget]:
    """Every amount of money in `text` ("2 millions d'euros", "EUR 1 600 000", "£5,000")."""
    folded, where = fold_with_map(text)
    found = []
    for match in _AMOUNT.finditer(folded):
        number = match["n1"] or match["n2"]
        scale = (match["s1"] or match["s2"] or "").strip()
        currency = _CURRENCIES.get((match["pre"] or match["post"]).strip(), "EUR")
        try:
            amount = _parse_number(number) * _SCALES.get(scale, 1.0)
        except ValueError:
            continue
        start, end = where[match.start()], where[match.end()]
        raw = text[start:end]
        start += len(raw) - len(raw.lstrip())
        end -= len(raw) - len(raw.rstrip())
        found.append(Budget(amount, currency, text[start:end], start, end))
    return found


def extract_budget(text: str) -> Budget | None:
    """The call's budget: the amount nearest a budget cue, else the largest amount."""
    amounts = find_amounts(text)
    if not amounts:
        return None
    folded, _ = fold_with_map(text)

    def cue_distance(budget: Budget) -> int:
        before = folded[max(0, budget.start - 60) : budget.start]
        matches = list(_BUDGET_CUE.finditer(before))
        return len(before) - matches[-1].end() if matches else 1000

    return min(amounts, key=lambda b: (cue_distance(b) >= 1000, -b.amount))


# Who may apply: category -> cue patterns (folded text).
_APPLICANTS: dict[Applicant, str] = {
    "nonprofit": (
        r"\basbl\b|\bvzw\b|\baisbl\b|association|vereniging|verein|non-?profit|not-for-profit"
        r"|charit|voluntary organi|third[- ]sector|gemeinnutzig|organisations? sans but lucratif"
        r"|middenveld|stichting|fondation|structures? d'interet general|\bngo\b|\bong\b"
    ),
    "public_body": (
        r"\bcpas\b|\bocmw\b|pouvoirs? locaux|communes?\b|gemeenten?\b|lokale besturen"
        r"|local authorit|municipalit|public bod|collectivites|pouvoirs? publics|kommunen"
        r"|offentliche trager|administrations? publiques?|overheden|public authorit"
    ),
    "company": (
        r"entreprises?\b|\bpme\b|\btpe\b|ondernemingen|bedrijven|kmo|companies|\bsmes?\b"
        r"|unternehmen|business(?:es)?\b"
    ),
    "social_economy": (
        r"economie sociale|sociale economie|social econom|entreprises? d'insertion"
        r"|maatwerkbedrij|sozialunternehm|social enterprise|\bsiae\b|\beft\b|\bcisp\b|\boisp\b"
    ),
    "training_operator": (
        r"operateurs? de formation|centres? de formation|opleidingsverstrekker|training provider"
        r"|bildungstrager|onderwijsinstelling|ecoles?\b|schools?\b|universit|hogeschol"
    ),
    "partnership": (r"partenariat|partnerschap|partnership|consorti|verbund|kooperationsverb"),
    "individual": (r"\bparticuliers?\b|individuals|natuurlijke personen|privatpersonen"),
}
_APPLICANT_RES = {name: re.compile(pattern) for name, pattern in _APPLICANTS.items()}


def extract_applicants(text: str) -> list[Applicant]:
    """Kinds of organisations the text names as possible applicants, in a fixed order."""
    folded, _ = fold_with_map(text)
    return [name for name, pattern in _APPLICANT_RES.items() if pattern.search(folded)]


# Whom a call is for: public -> cue patterns (folded text), in French, Dutch, English, German.
_PUBLICS: dict[Public, str] = {
    "young_people": (
        r"\bjeunes?\b(?! (?:entreprises?|pousses?)\b)|jongeren|young (?:people|adults)"
        r"|\byouths?\b|jugendliche|junge menschen"
        r"|junge erwachsene|jeunes adultes|adolescents?"
    ),
    "neet": (
        r"\bneets?\b|ni a l'emploi,? ni|ni emploi,? ni|not in (?:education|employment)"
        r"|niet aan het werk,? niet op school|noch in ausbildung"
    ),
    "jobseekers": (
        r"demandeu(?:r|se)s? d'emploi|chercheu(?:r|se)s? d'emploi|chomeu(?:r|se)s?|sans emploi"
        r"|werkzoekende|werklozen?|werkloze|job ?seekers?|unemployed|arbeitssuchende|arbeitslose"
    ),
    "long_term_jobseekers": (
        r"(?:demandeu(?:r|se)s? d'emploi|chomeu(?:r|se)s?|chomage) de (?:tres )?longue duree"
        r"|eloigne(?:e)?s? (?:du marche )?de l'emploi|langdurig werk(?:zoekend|lo)"
        r"|long[- ]term unemploy|langzeitarbeitslos|afstand tot de arbeidsmarkt"
    ),
    "newcomers": (
        r"primo-?arrivant|nouveaux? arrivants?|nouvelles? arrivantes?|refugie"
        r"|demandeu(?:r|se)s? d'asile|\bmigrant|parcours d'integration"
        r"|nieuwkomer|vluchteling|asielzoeker|inburgering"
        r"|newcomers?|refugees?|asylum seeker|third[- ]country nationals|gefluchtete|fluchtling"
        r"|zugewander"
    ),
    "people_with_disabilities": (
        r"handicap|personen met een beperking|arbeidsbeperking|disabilit|disabled"
        r"|behinderung|behinderte"
    ),
    "seniors": (
        r"\bseniors?\b|\baines\b|personnes? agees|ouderen|senioren|older (?:people|persons|workers)"
        r"|\belderly\b|vieillissement|vergrijzing|ageing|aging|altere menschen"
        r"|(?:plus|\+) de (?:50|55|60|65) ans|\b(?:50|55)\+"
    ),
    "women": (
        r"\bfemmes\b|\bvrouwen\b|\bwomen\b|\bfrauen\b|egalite (?:des genres|femmes|hommes)"
        r"|gender equality|gendergelijkheid"
    ),
    "low_qualified": (
        r"peu (?:ou pas )?qualifie|faiblement qualifie|infra-?qualifie|sans diplome|laaggeschoold"
        r"|kortgeschoold|low[- ](?:skilled|qualified)|geringqualifiziert|ohne abschluss"
    ),
    "social_assistance": (
        r"revenu d'integration|aide sociale|\barticle 60|leefloon|\bartikel 60|social assistance"
        r"|precarite|pauvrete|armoede|\bpoverty\b|sans-abri|daklo|homeless|\barmut\b"
    ),
    "detainees": (
        r"detenu|\bprisons?\b|justiciable|gedetineerd|gevangen|detainee|prisoner"
        r"|haftentlassen|strafgefangen"
    ),
}
_PUBLIC_RES = {name: re.compile(pattern) for name, pattern in _PUBLICS.items()}
assert tuple(_PUBLICS) == PUBLICS, "every public has cues, in the vocabulary's order"


# Whom a call is for and where are said in its first pages (its title and summary come
# first): reading no further keeps a long attachment from costing more than it tells.
TARGET_TEXT_LIMIT = 20_000


def extract_publics(text: str) -> list[Public]:
    """The publics the text says the call is for (in its first TARGET_TEXT_LIMIT
    characters), in the vocabulary's order."""
    folded = fold(text[:TARGET_TEXT_LIMIT])
    return [name for name, pattern in _PUBLIC_RES.items() if pattern.search(folded)]


# Regions a text names as the call's area (folded text). A town's name alone is not one:
# "1000 Bruxelles" in an address says nothing of whom the call is for.
_REGIONS_NAMED: dict[Region, str] = {
    "brussels": (
        r"bruxelles-capitale|region bruxelloise|bruxellois|brussels hoofdstedelijk"
        r"|brussels(?:e)? gewest|brussels[- ]capital|\bbrusselse\b|brusseler"
    ),
    "wallonia": r"wallonie|wallon(?:ne)?s?\b|waals(?:e)? gewest|wallonia|walloon|wallonien",
    "flanders": r"vlaanderen|\bvlaamse?\b|vlaams gewest|\bflandres?\b|flamand|flanders|flemish",
    "german_speaking": (
        r"communaute germanophone|ostbelgien|deutschsprachige gemeinschaft"
        r"|duitstalige gemeenschap|german-speaking community"
    ),
}
_REGION_RES = {name: re.compile(pattern) for name, pattern in _REGIONS_NAMED.items()}


def extract_regions(text: str) -> list[Region]:
    """The Belgian regions the text names (in its first TARGET_TEXT_LIMIT characters), in
    the vocabulary's order."""
    folded = fold(text[:TARGET_TEXT_LIMIT])
    return [name for name, pattern in _REGION_RES.items() if pattern.search(folded)]


def region_codes(names: Iterable[str]) -> list[Region]:
    """The regions that area names cover ("Bruxelles", "BE", "EU"); unknown names, none."""
    found: set[Region] = set()
    for name in names:
        if (area := area_of(name)) is not None:
            found.update(regions_of_area(area))
    return [region for region in REGIONS if region in found]


def call_regions(areas: Iterable[str], named: Iterable[Region]) -> list[Region]:
    """Where a call is open: its source's areas, narrowed to the regions its text names.

    >>> call_regions(["BE"], ["brussels"]), call_regions(["Bruxelles"], ["wallonia"])
    (['brussels'], ['brussels'])
    """
    scope = region_codes(areas)
    named_set = set(named)
    if not scope:
        return [region for region in REGIONS if region in named_set]
    narrowed = [region for region in scope if region in named_set]
    return narrowed or scope


_CLOSED = re.compile(
    r"\bcloture\b|\bclosed\b|gesloten|abgeschlossen|geen aanvragen meer|no longer accept"
    r"|n'est plus possible|plus de candidatures|afgelopen|beendet"
)
_FORTHCOMING = re.compile(
    r"\bprochainement\b|\bbientot\b|binnenkort|coming soon|forthcoming|demnachst"
    r"|sera lance|wordt gelanceerd|will open|will be launched|wird veroffentlicht"
)


def compute_status(
    deadline: datetime.date | None,
    text: str = "",
    *,
    today: datetime.date,
    opening: datetime.date | None = None,
    permanent: bool = False,
    look_in_text: bool = True,
) -> Status:
    """forthcoming / open / closed / permanent / unknown, from dates first, then wording.

    If `look_in_text`, a deadline or opening date not given is looked for in `text` (with
    `today` as reference date); callers that already read the dates pass `look_in_text=False`.
    """
    folded, _ = fold_with_map(text or "")
    if text and look_in_text and (deadline is None or opening is None):
        reading = read_dates(text, today)
        if deadline is None and not permanent and reading.deadline is not None:
            deadline, permanent = reading.deadline.date, reading.deadline.permanent
        opening = opening if opening is not None else reading.opening
    if deadline is not None:
        if deadline < today:
            return "closed"
        if opening is not None and opening > today:
            return "forthcoming"
        return "open"
    if permanent:
        return "permanent"
    if _CLOSED.search(folded):
        return "closed"
    if (opening is not None and opening > today) or _FORTHCOMING.search(folded):
        return "forthcoming"
    return "unknown"


# --- what the observatory counts: project duration, results-based funding, co-financing ---

_NUMBER_WORDS = {
    "un": 1, "une": 1, "een": 1, "one": 1, "ein": 1, "eine": 1, "einen": 1,
    "deux": 2, "twee": 2, "two": 2, "zwei": 2,
    "trois": 3, "drie": 3, "three": 3, "drei": 3,
    "quatre": 4, "vier": 4, "four": 4,
    "cinq": 5, "vijf": 5, "five": 5, "funf": 5,
    "six": 6, "zes": 6, "sechs": 6,
    "douze": 12, "twaalf": 12, "twelve": 12, "zwolf": 12,
    "dix-huit": 18, "achttien": 18, "eighteen": 18, "achtzehn": 18,
    "vingt-quatre": 24, "vierentwintig": 24, "twenty-four": 24, "vierundzwanzig": 24,
    "trente-six": 36, "zesendertig": 36, "thirty-six": 36, "sechsunddreissig": 36,
}  # fmt: skip
_COUNT = r"\d{1,2}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_MONTHS_UNIT = r"mois|maanden|maand|months?|monate[n]?|monat"
_YEARS_UNIT = r"ans|annees|annee|an|jaren|jaar|years?|jahre[n]?|jahr"
# A duration said of the project, the agreement or the funding (not an age: "50 ans").
_DURATION = re.compile(
    r"(?:dur[ée]e|duree|pendant|durent|dure|courent?|couvre|looptijd|duur|lopen|loopt"
    r"|last(?:s|ing)?|duration|period of|for a period|laufzeit|dauer|dauern|laufen"
    r"|projets? d[e']|projects? of|projecten van|projekte von|convention d[e']"
    r"|(?:up to|maximum|maximale?|maximaal|maximal|jusqu'a|tot|bis zu)\b)"
    rf"[^.;\n\d]{{0,40}}?\b(?P<n>{_COUNT})\s*(?P<unit>{_MONTHS_UNIT}|{_YEARS_UNIT})\b"
)
_PERIOD_IN_TITLE = re.compile(r"\b((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d|\d\d)\b")


def extract_duration_months(text: str, title: str = "") -> int | None:
    """How long the funded projects last, in months: as the text states it, else the
    period the title names ("2027-2029": three years).

    >>> extract_duration_months("Les projets durent 24 mois maximum.")
    24
    >>> extract_duration_months("Projecten lopen drie jaar. Jongeren van 16 tot 30 jaar.")
    36
    >>> extract_duration_months("Pour les jeunes de moins de 30 ans.") is None
    True
    >>> extract_duration_months("", title="Appel à projets « NEET » 2027-2029")
    36
    """
    folded, _ = fold_with_map(text)
    durations = []
    for match in _DURATION.finditer(folded):
        count = match["n"]
        number = int(count) if count.isdigit() else _NUMBER_WORDS[count]
        months = number if re.fullmatch(_MONTHS_UNIT, match["unit"]) else number * 12
        if 1 <= months <= 120:
            durations.append(months)
    if durations:
        return max(durations)  # "up to 36 months"; a first phase of 12 is part of it
    period = _PERIOD_IN_TITLE.search(title)
    if period:
        start, end = int(period[1]), int(period[2])
        end = end if end >= 100 else start // 100 * 100 + end
        if 0 < end - start <= 9:
            return (end - start + 1) * 12
    return None


# Funding paid for results reached (not for costs incurred), in four languages (folded).
_RESULTS_BASED = re.compile(
    r"financement (?:(?:axe|base|lie|conditionne|fonde|oriente) )?"
    r"(?:sur|aux|au|a l'atteinte des) (?:les )?resultats?"
    r"|paiement (?:aux|au|sur les) resultats?|remuneration (?:aux|au) resultats?"
    r"|subvention (?:aux|au) resultats?|contrat a impact social|\bcis\b"
    r"|resultaatsfinanciering|resultaatgerichte financiering|financiering (?:op basis van|volgens)"
    r" (?:de )?resultaten|betaling (?:op basis van|naar) resultaten|outputfinanciering"
    r"|payment by results|results[- ]based (?:funding|financing|payment)|outcome[- ]based"
    r"|pay(?:ment)?[- ]for[- ](?:success|results|outcomes)|social impact bond"
    r"|ergebnisorientierte (?:finanzierung|forderung|verguetung)|erfolgsabhangige"
    r"|ergebnisabhangige"
)
# The applicant's own share of the cost, named as such.
_OWN_SHARE = re.compile(
    r"fonds propres|part propre|autofinancement|apport propre|contribution propre"
    r"|eigen inbreng|eigen bijdrage|eigen middelen|eigenanteil|eigenmittel|eigenbeteiligung"
    r"|own contribution|own resources|match[- ]funding"
)
# Co-financing named, and said to be required.
_COFINANCING = re.compile(r"co-?financ|cofinanci|co-?funding|kofinanzier")
_REQUIRED = re.compile(
    r"exige|requis|obligatoire|doit|doivent|verplicht|vereist|moet|required|must|mandatory"
    r"|erforderlich|muss|mussen|vorausgesetzt"
)
# A funder's rate ("le taux de cofinancement FEDER", "ERDF co-financing rate"): the part the
# funder pays, the applicant finding the rest.
_FUNDER_RATE = re.compile(r"taux|\brate\b|bedraagt|feder|erdf|efro|\bfse|\besf|europ|\beu\b|efre")
_RATE = re.compile(r"(?P<n>\d{1,3}(?:[.,]\d+)?)\s*(?:%|pour ?cent|procent|percent|prozent)")


def says_results_based(text: str) -> bool:
    """Whether the call pays for results reached (payment by results, impact contracts).

    >>> says_results_based("Un financement axé sur les résultats est prévu.")
    True
    >>> says_results_based("Les résultats de l'appel seront publiés en mai.")
    False
    """
    folded, _ = fold_with_map(text)
    return bool(_RESULTS_BASED.search(folded))


@dataclass(frozen=True)
class Cofinancing:
    """The call leaves part of the cost to the applicant; `own_share`: that part (0.2 = 20 %),
    when the text says it (an own contribution, or a funding rate under 100 %)."""

    own_share: float | None


def extract_cofinancing(text: str) -> Cofinancing | None:
    """Whether the call requires co-financing, and how much the applicant brings.

    An own contribution ("Eigenanteil 10 %", "eigen inbreng"), a co-financing rate under
    100 % ("le taux de cofinancement FEDER est de 60 %": the applicant finds 40 %) or
    co-financing said to be required count; a call "cofinancé par le FSE+" says where its
    money comes from, not what it asks.

    >>> extract_cofinancing("Der Eigenanteil beträgt 10 Prozent.")
    Cofinancing(own_share=0.1)
    >>> extract_cofinancing("Le taux de cofinancement FEDER est de 60 % maximum.")
    Cofinancing(own_share=0.4)
    >>> extract_cofinancing("Een cofinanciering is verplicht.")
    Cofinancing(own_share=None)
    >>> extract_cofinancing("Le projet est cofinancé par le FSE+.") is None
    True
    >>> extract_cofinancing("Le FSE+ cofinance 50 %, le fonds flamand les autres 50 %.") is None
    True
    """
    folded, _ = fold_with_map(text)
    for sentence in re.split(r"(?<=[.;!?])\s+|\n", folded):
        own = _OWN_SHARE.search(sentence)
        if own:
            return Cofinancing(_nearest_rate(sentence, own.start()))
        cue = _COFINANCING.search(sentence)
        if cue is None:
            continue
        rates = [float(m["n"].replace(",", ".")) for m in _RATE.finditer(sentence, cue.start())]
        rates = [rate for rate in rates if 0 < rate <= 100]
        if rates and _REQUIRED.search(sentence) and not _FUNDER_RATE.search(sentence):
            return Cofinancing(rates[0] / 100)  # "un cofinancement de 20 % est exigé"
        if rates and sum(rates) < 100:
            return Cofinancing(round(1 - sum(rates) / 100, 4))
        if not rates and _REQUIRED.search(sentence):
            return Cofinancing(None)
    return None


def _nearest_rate(sentence: str, at: int) -> float | None:
    rates = [(abs(m.start() - at), m["n"]) for m in _RATE.finditer(sentence)]
    rates = [(distance, n) for distance, n in rates if 0 < float(n.replace(",", ".")) <= 100]
    return float(min(rates)[1].replace(",", ".")) / 100 if rates else None
