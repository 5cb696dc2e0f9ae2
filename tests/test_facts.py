"""Budget, eligible applicants and status of a call."""

from __future__ import annotations

import datetime as dt

import pytest

from veille.domain.facts import compute_status, extract_applicants, extract_budget, find_amounts

try:
    from hypothesis import given, settings
    from hypothesis import strategies as st
except ImportError:  # pragma: no cover - hypothesis is a test extra
    given = None


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("Le budget total de l'appel est de 2 millions d'euros.", 2_000_000, "EUR"),
        ("The total budget available under this call is EUR 1 600 000.", 1_600_000, "EUR"),
        ("Het budget bedraagt 1,2 miljoen euro.", 1_200_000, "EUR"),
        ("Lokale besturen kunnen tot 170.625 euro krijgen.", 170_625, "EUR"),
        ("Fördersumme: bis zu 2,5 Mio. €", 2_500_000, "EUR"),
        ("Grants of £5,000 to £20,000 are available.", 20_000, "GBP"),
        ("Subvention maximale : 40 000 € par projet.", 40_000, "EUR"),
        ("Une enveloppe de 16 M€ est prévue.", 16_000_000, "EUR"),
    ],
)
def test_budget(text, amount, currency):
    budget = extract_budget(text)
    assert budget is not None
    assert (budget.amount, budget.currency) == (amount, currency)
    assert text[budget.start : budget.end] == budget.raw


def test_no_budget():
    assert extract_budget("Appel à projets pour l'insertion des jeunes, édition 2025.") is None
    assert find_amounts("Le 12 mars 2025 à 12h00") == []


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Les ASBL actives en ISP peuvent introduire un dossier.", ["nonprofit"]),
        ("Alleen lokale besturen en OCMW's kunnen een aanvraag indienen.", ["public_body"]),
        ("Open to charities and voluntary organisations.", ["nonprofit"]),
        ("Antragsberechtigt sind gemeinnützige Träger und Kommunen.", ["nonprofit", "public_body"]),
        ("Les entreprises d'insertion et les CISP sont éligibles.", ["company", "social_economy"]),
        (
            "Partnerschappen van vzw's en opleidingsverstrekkers.",
            ["nonprofit", "training_operator", "partnership"],
        ),
    ],
)
def test_applicants(text, kinds):
    assert extract_applicants(text) == kinds


TODAY = dt.date(2025, 6, 1)


@pytest.mark.parametrize(
    ("deadline", "text", "opening", "status"),
    [
        (dt.date(2025, 5, 1), "", None, "closed"),
        (dt.date(2025, 7, 1), "", None, "open"),
        (dt.date(2025, 9, 1), "", dt.date(2025, 7, 1), "forthcoming"),
        (None, "Date limite : 30 juin 2025.", None, "open"),
        (None, "Deadline: 3 March 2025.", None, "closed"),
        (None, "Dit is een doorlopende oproep.", None, "permanent"),
        (None, "Cet appel est clôturé.", None, "closed"),
        (None, "Un nouvel appel sera lancé prochainement.", None, "forthcoming"),
        (None, "Appel à projets mentorat.", None, "unknown"),
    ],
)
def test_status(deadline, text, opening, status):
    assert compute_status(deadline, text, today=TODAY, opening=opening) == status


if given is not None:

    @settings(deadline=None)
    @given(st.text(max_size=300))
    def test_arbitrary_text_never_crashes(text):
        extract_budget(text)
        extract_applicants(text)
        assert compute_status(None, text, today=TODAY) in {
            "forthcoming",
            "open",
            "closed",
            "permanent",
            "unknown",
        }


# --- what the observatory counts ---------------------------------------------------------

from veille.domain.facts import (  # noqa: E402
    extract_cofinancing,
    extract_duration_months,
    says_results_based,
)


@pytest.mark.parametrize(
    ("text", "title", "months"),
    [
        ("Les projets durent 24 mois maximum.", "", 24),
        ("Le soutien est accordé pour une durée maximale de deux ans.", "", 24),
        ("Projecten lopen drie jaar; de looptijd is maximaal 36 maanden.", "", 36),
        ("Projects last up to 18 months.", "", 18),
        ("Laufzeit: bis zu 36 Monate.", "", 36),
        ("Die Projekte dauern zwei Jahre.", "", 24),
        ("", "Appel à projets « Jeunes NEET » 2027-2029", 36),  # the period of the title
        ("Pour les jeunes de 18 à 29 ans.", "", None),  # an age is no duration
        ("Ouvert aux 50 ans et plus.", "Appel à projets 2027", None),
    ],
)
def test_project_duration(text, title, months):
    assert extract_duration_months(text, title) == months


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un financement axé sur les résultats : une part est versée à l'emploi obtenu.", True),
        ("Paiement aux résultats : 500 euros par mise à l'emploi durable.", True),
        ("De subsidie werkt met resultaatsfinanciering per duurzame uitstroom.", True),
        ("Funding follows a payment by results model.", True),
        ("Eine ergebnisorientierte Finanzierung ist vorgesehen.", True),
        ("Les résultats de l'appel seront publiés en mai.", False),
        ("De resultaten van de vorige oproep staan online.", False),
    ],
)
def test_results_based_funding(text, expected):
    assert says_results_based(text) is expected


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Un cofinancement de 20 % est exigé du porteur.", 0.2),
        ("Le taux de cofinancement FEDER est de 60 % maximum.", 0.4),
        ("ERDF co-financing rate is up to 80%.", 0.2),
        ("De EFRO-cofinanciering bedraagt maximaal 60 %.", 0.4),
        ("Der Eigenanteil beträgt 10 Prozent.", 0.1),
        ("Een eigen inbreng van 25% is verplicht.", 0.25),
        ("Applicants must secure match funding.", None),
        ("Le projet est cofinancé par le FSE+.", "none"),
        ("ESF+ co-finances 50%, the Flemish co-financing fund another 50%.", "none"),
        ("Appel à projets pour l'insertion des jeunes.", "none"),
    ],
)
def test_cofinancing_required_and_the_applicants_share(text, share):
    found = extract_cofinancing(text)
    if share == "none":
        assert found is None
    elif share == "required":
        assert found is not None
    else:
        assert found is not None and found.own_share == share
