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
