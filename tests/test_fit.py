"""Which members fit a call, and why: the call's facts against each member's profile."""

from datetime import datetime

import pytest

from veille.domain.call import BRUSSELS
from veille.domain.facts import call_regions, extract_publics, extract_regions, region_codes
from veille.domain.fit import CallFacts, Profile, facts_of, fits, fits_of, member_fit
from veille.domain.stored_call import StoredCall
from veille.domain.vocabulary import PUBLICS

SEEN = datetime(2026, 11, 27, 9, 0, tzinfo=BRUSSELS)

BRUSSELS_NEET = Profile(
    regions=("brussels",),
    communes=("Schaerbeek", "Saint-Josse-ten-Noode"),
    publics=("neet", "newcomers"),
    activities=("mentoring", "job_coaching"),
    languages=("fr", "nl"),
    legal_form="asbl",
    offers=("volunteer_mentors",),
)
WALLONIA_SENIORS = Profile(
    regions=("wallonia",),
    publics=("seniors",),
    activities=("health", "ageing"),
    languages=("fr",),
    legal_form="asbl",
)
CPAS = Profile(regions=("brussels",), legal_form="public_body", languages=("fr",))


@pytest.mark.parametrize(
    ("text", "publics"),
    [
        ("Un accompagnement des jeunes NEET vers l'emploi", ["young_people", "neet"]),
        ("demandeurs d'emploi de longue durée", ["jobseekers", "long_term_jobseekers"]),
        ("Oproep voor anderstalige nieuwkomers en vluchtelingen", ["newcomers"]),
        ("personen met een handicap en ouderen", ["people_with_disabilities", "seniors"]),
        ("Mentoring for young people not in education, employment", ["young_people", "neet"]),
        ("bénéficiaires du revenu d'intégration (article 60)", ["social_assistance"]),
        ("réinsertion des détenus et ex-détenus", ["detainees"]),
        ("femmes peu qualifiées", ["women", "low_qualified"]),
        ("Appel aux jeunes entreprises innovantes", []),  # a young company is no public
        ("Appel à projets culture et patrimoine", []),
    ],
)
def test_publics_a_call_is_for(text, publics):
    assert extract_publics(text) == publics


def test_every_public_has_cues_in_the_vocabulary_order():
    found = extract_publics(
        "jeunes NEET ni à l'emploi ni en formation, demandeurs d'emploi de longue durée, "
        "primo-arrivants, personnes handicapées, seniors, femmes, peu qualifiés, CPAS: revenu "
        "d'intégration, détenus"
    )
    assert tuple(found) == PUBLICS


@pytest.mark.parametrize(
    ("text", "regions"),
    [
        ("pour les associations bruxelloises", ["brussels"]),
        ("in het Brussels Hoofdstedelijk Gewest en Vlaanderen", ["brussels", "flanders"]),
        ("active en Wallonie", ["wallonia"]),
        ("Ostbelgien / Communauté germanophone", ["german_speaking"]),
        ("Rue Royale 1, 1000 Bruxelles", []),  # an address names no area
    ],
)
def test_regions_a_call_names(text, regions):
    assert extract_regions(text) == regions


def test_where_a_call_is_open():
    assert region_codes(["Bruxelles", "unknown"]) == ["brussels"]
    assert region_codes(["EU"]) == ["brussels", "wallonia", "flanders", "german_speaking"]
    # A national call that names Brussels is for Brussels; a Brussels call naming
    # Wallonia in passing stays a Brussels call; a source without an area takes the text's.
    assert call_regions(["BE"], ["brussels"]) == ["brussels"]
    assert call_regions(["Bruxelles"], ["wallonia"]) == ["brussels"]
    assert call_regions([], ["flanders"]) == ["flanders"]
    assert call_regions([], []) == []


def explained(profile, facts):
    found = member_fit("m", profile, facts)
    return found.level, [(r.criterion, r.matches, r.call_says, r.member_has) for r in found.reasons]


def test_a_member_that_matches_every_known_fact_fits():
    facts = CallFacts(
        regions=("brussels",),
        publics=("young_people",),
        languages=("fr",),
        applicants=("nonprofit", "partnership"),
        topics=("mentoring",),
        text="un appel pour les jeunes de schaerbeek",
    )
    assert explained(BRUSSELS_NEET, facts) == (
        "fits",
        [
            ("region", True, ("brussels",), ("brussels",)),
            ("eligibility", True, ("nonprofit",), ("nonprofit",)),
            ("public", True, ("young_people",), ("neet",)),
            ("language", True, ("fr",), ("fr",)),
            ("activity", True, ("mentoring",), ("mentoring",)),
            ("commune", True, ("Schaerbeek",), ("Schaerbeek",)),
        ],
    )


@pytest.mark.parametrize(
    ("profile", "facts", "level", "missed"),
    [
        # a hard fact that does not match rules the member out, whatever else matches
        (
            BRUSSELS_NEET,
            CallFacts(regions=("flanders",), publics=("neet",)),
            "does_not_fit",
            ["region"],
        ),
        (
            CPAS,
            CallFacts(regions=("brussels",), applicants=("nonprofit",)),
            "does_not_fit",
            ["eligibility"],
        ),
        # a soft one qualifies the fit
        (
            BRUSSELS_NEET,
            CallFacts(regions=("brussels",), languages=("en",)),
            "fits_partly",
            ["language"],
        ),
        (
            BRUSSELS_NEET,
            CallFacts(regions=("brussels",), publics=("seniors",)),
            "fits_partly",
            ["public"],
        ),
        # soft misses and no match
        (
            WALLONIA_SENIORS,
            CallFacts(publics=("neet",), topics=("mentoring",)),
            "does_not_fit",
            ["public", "activity"],
        ),
        # nothing both sides know
        (Profile(), CallFacts(regions=("brussels",), publics=("neet",)), "unknown", []),
        (BRUSSELS_NEET, CallFacts(), "unknown", []),
    ],
)
def test_levels(profile, facts, level, missed):
    found = member_fit("m", profile, facts)
    assert found.level == level
    assert [r.criterion for r in found.reasons if not r.matches] == missed


def test_a_call_open_everywhere_rules_no_region_out_and_says_nothing_of_one():
    everywhere = tuple(region_codes(["BE"]))
    alone = member_fit("m", WALLONIA_SENIORS, CallFacts(regions=everywhere))
    assert alone.level == "unknown"  # being in Belgium is no reason to do this call
    assert [(r.criterion, r.matches, r.decisive) for r in alone.reasons] == [
        ("region", True, False)
    ]
    for_seniors = CallFacts(regions=everywhere, publics=("seniors",))
    assert member_fit("m", WALLONIA_SENIORS, for_seniors).level == "fits"
    assert member_fit("m", BRUSSELS_NEET, for_seniors).level == "does_not_fit"


def test_a_partnership_is_no_criterion_and_a_de_facto_association_is_no_applicant():
    assert member_fit("m", CPAS, CallFacts(applicants=("partnership",))).reasons == ()
    informal = Profile(legal_form="de_facto_association", regions=("brussels",))
    found = member_fit("m", informal, CallFacts(regions=("brussels",), applicants=("nonprofit",)))
    assert found.level == "does_not_fit"


def test_a_commune_explains_but_does_not_decide():
    """Lists leave the text out: with or without it, the level is the same."""
    facts = CallFacts(publics=("seniors",), text="a schaerbeek")
    with_text = member_fit("m", BRUSSELS_NEET, facts)
    without = member_fit("m", BRUSSELS_NEET, CallFacts(publics=("seniors",)))
    assert with_text.level == without.level == "does_not_fit"
    assert [r.criterion for r in with_text.reasons] == ["public", "commune"]


def test_members_best_fitting_first():
    facts = CallFacts(regions=("brussels",), publics=("neet",), languages=("fr",))
    order = fits_of({"seniors": WALLONIA_SENIORS, "cpas": CPAS, "neet": BRUSSELS_NEET}, facts)
    assert [(f.member, f.level) for f in order] == [
        ("neet", "fits"),
        ("cpas", "fits"),
        ("seniors", "does_not_fit"),
    ]
    assert fits(BRUSSELS_NEET, facts) and not fits(WALLONIA_SENIORS, facts)


def test_facts_of_a_stored_call_with_the_languages_of_its_pages():
    call = StoredCall(
        id="g",
        page_id="g",
        group_id="g",
        source="cocof",
        url="https://ccf.brussels/x/",
        title="Mentorat",
        first_seen=SEEN,
        text="Pour les jeunes de Schaerbeek",
        lang="fr",
        regions=["BE"],
        named_regions=["brussels"],
        publics=["young_people"],
        eligible=["nonprofit"],
        topics=["mentoring"],
    )
    facts = facts_of(call, {"nl"})
    assert facts.regions == ("brussels",)
    assert facts.languages == ("fr", "nl")
    assert facts.publics == ("young_people",) and facts.applicants == ("nonprofit",)
    assert "schaerbeek" in facts.text
    dutch_only = Profile(languages=("nl",))
    [language] = member_fit("m", dutch_only, facts).reasons
    assert (language.criterion, language.matches) == ("language", True)


def test_conditions_met_are_no_reason_to_do_a_call():
    """Speaking its language and being allowed to apply do not make a member fit a call."""
    facts = CallFacts(publics=("seniors",), languages=("fr",), applicants=("nonprofit",))
    assert member_fit("m", BRUSSELS_NEET, facts).level == "does_not_fit"
    conditions_only = CallFacts(languages=("fr",), applicants=("nonprofit",))
    assert member_fit("m", BRUSSELS_NEET, conditions_only).level == "unknown"
