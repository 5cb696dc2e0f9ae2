"""The observatory: its figures equal the database's counts (one per call, whatever its
pages), its CSV opens in a spreadsheet with Belgian settings, and the calls' export too."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

import pytest
from starlette.testclient import TestClient

from veille.domain.call import BRUSSELS, Call
from veille.domain.facts import extract_cofinancing, extract_duration_months, says_results_based
from veille.domain.observatory import ObservedCall, durations, median_window, window_days
from veille.storage import CallStore, open_database

SEEN = datetime(2026, 3, 2, 9, 0, tzinfo=BRUSSELS)


def with_facts(**fields) -> Call:
    """A call with the facts normalize() extracts from its text."""
    text, title = fields.get("text", ""), fields["title"]
    share = extract_cofinancing(text)
    return Call(
        duration_months=extract_duration_months(text, title),
        results_based=says_results_based(text),
        cofinancing=share is not None,
        own_share=share.own_share if share else None,
        **fields,
    )


def observatory_calls() -> list[tuple[Call, datetime]]:
    """Calls over three quarters; one is published twice (FR and NL: one group)."""
    calls = []
    for n, (funder, published, days, budget, text) in enumerate(
        [
            ("Bruxelles Économie et Emploi", date(2026, 1, 12), 30, 80000.0,
             "Les projets durent 24 mois. Un cofinancement de 20 % est exigé."),
            ("Bruxelles Économie et Emploi", date(2026, 2, 3), 45, None,
             "Paiement aux résultats : 500 euros par mise à l'emploi."),
            ("Actiris", date(2026, 4, 20), 60, 1800000.0, "Projets de trois ans."),
            ("Actiris", date(2026, 5, 5), 21, None, "Programme de mentorat."),
            ("Le Forem", date(2026, 8, 1), 90, 250000.0, "Eigen inbreng verplicht."),
        ]
    ):  # fmt: skip
        calls.append(
            (
                with_facts(
                    source=f"source-{n}",
                    source_id=f"call-{n}",
                    url=f"https://funder{n}.example/call",
                    title=f"Appel à projets numéro {n + 1} pour l'insertion",
                    summary="Un appel pour l'insertion socioprofessionnelle.",
                    text=text,
                    lang="fr",
                    funder=funder,
                    published=published,
                    deadline=datetime.combine(
                        published + timedelta(days=days), datetime.min.time(), BRUSSELS
                    ).replace(hour=12),
                    budget_amount=budget,
                    budget_currency="EUR" if budget else None,
                    relevant=True,
                    is_call=True,
                    topics=["mentoring"] if "mentorat" in text else ["insertion"],
                    status="open",
                ),
                SEEN,
            )
        )
    # The first call's Dutch page, linked as its translation: the same call, counted once.
    first = calls[0][0]
    calls.append(
        (
            with_facts(
                source="source-0",
                source_id="call-0-nl",
                url="https://funder0.example/oproep",
                alternates=[first.url],
                title="Projectoproep nummer 1 voor inschakeling",
                summary="Een oproep voor inschakeling.",
                text="De projecten lopen 24 maanden.",
                lang="nl",
                funder="Brussel Economie en Werk",
                published=first.published,
                deadline=first.deadline,
                budget_amount=80000.0,
                budget_currency="EUR",
                relevant=True,
                is_call=True,
                topics=["insertion"],
                status="open",
            ),
            SEEN,
        )
    )
    # Not relevant: counted only with ?scope=all.
    calls.append(
        (
            Call(
                source="culture",
                source_id="culture",
                url="https://culture.example/",
                title="Appel Culture et patrimoine",
                lang="fr",
                funder="Culture",
                published=date(2026, 2, 1),
                relevant=False,
                status="open",
            ),
            SEEN,
        )
    )
    return calls


@pytest.fixture
def client(web_site):
    db = open_database(web_site.db_path)
    db.execute("delete from calls")  # the observatory's own calls only
    store = CallStore(db)
    for call, seen in observatory_calls():
        store.upsert_call(call, seen)
    db.close()
    with TestClient(web_site.app()) as client:
        yield client


def figure(client, name: str, **params: str) -> list[dict[str, str]]:
    answer = client.get(f"/observatory/{name}.csv", params=params)
    assert answer.status_code == 200
    return list(csv.DictReader(io.StringIO(answer.text)))


def database_groups(web_site, relevant_only: bool = True) -> list[dict]:
    """The calls as groups, straight from SQL: what the figures must count."""
    db = open_database(web_site.db_path)
    rows = [dict(row) for row in db.query("select * from calls")]
    db.close()
    groups: dict[str, list[dict]] = {}
    for row in rows:
        groups.setdefault(row["group_id"], []).append(row)
    return [
        members
        for members in groups.values()
        if not relevant_only or any(m["relevant"] for m in members)
    ]


def quarter_of(members: list[dict]) -> str:
    day = min(date.fromisoformat(m["published"]) for m in members)
    return f"{day.year} Q{(day.month - 1) // 3 + 1}"


def test_each_figure_equals_the_databases_counts(client, web_site):
    groups = database_groups(web_site)
    assert len(groups) == 5  # six relevant pages, one call on two pages

    per_quarter = {row["quarter"]: int(row["calls"]) for row in figure(client, "calls-per-quarter")}
    expected: dict[str, int] = {}
    for members in groups:
        expected[quarter_of(members)] = expected.get(quarter_of(members), 0) + 1
    assert per_quarter == expected == {"2026 Q1": 2, "2026 Q2": 2, "2026 Q3": 1}

    per_funder = {row["funder"]: int(row["calls"]) for row in figure(client, "calls-per-funder")}
    assert per_funder == {"Bruxelles Économie et Emploi": 2, "Actiris": 2, "Le Forem": 1}

    budgets = {row["quarter"]: float(row["eur"]) for row in figure(client, "budgets-per-quarter")}
    assert budgets == {"2026 Q1": 80000.0, "2026 Q2": 1800000.0, "2026 Q3": 250000.0}

    mentoring = {row["quarter"]: row["share"] for row in figure(client, "mentoring-share")}
    assert mentoring == {"2026 Q1": "0", "2026 Q2": "0.5", "2026 Q3": "0"}

    results = {row["quarter"]: row["share"] for row in figure(client, "results-based-share")}
    assert results == {"2026 Q1": "0.5", "2026 Q2": "0", "2026 Q3": "0"}
    cofinancing = {row["quarter"]: row["share"] for row in figure(client, "cofinancing-share")}
    assert cofinancing == {"2026 Q1": "0.5", "2026 Q2": "0", "2026 Q3": "1"}

    window = {row["quarter"]: int(row["days"]) for row in figure(client, "median-window")}
    assert window == {"2026 Q1": 38, "2026 Q2": 40, "2026 Q3": 90}  # medians of 30/45, 60/21

    lengths = {row["months"]: int(row["calls"]) for row in figure(client, "durations")}
    assert lengths == {"≤ 12": 0, "13–24": 1, "25–36": 1, "> 36": 0}


def test_every_call_counts_with_scope_all(client, web_site):
    everything = figure(client, "calls-per-quarter", scope="all")
    assert sum(int(row["calls"]) for row in everything) == len(database_groups(web_site, False))


def test_the_page_says_what_each_figure_counts(client):
    page = client.get("/observatory?lang=fr").text
    assert page.count('<svg class="chart"') == 8
    assert "Chaque chiffre compte les 5 appels pertinents" in page
    assert "Calculé sur 3 des 5 appels comptés." in page  # budgets: three calls state one
    assert "2026 Q2: 1\u202f800\u202f000\xa0€" in page  # the chart's text alternative
    nl = client.get("/observatory?lang=nl").text
    assert "Oproepen per kwartaal" in nl and "Berekend op 5 van de 5 getelde oproepen." in nl


def test_the_csv_for_excel_opens_with_belgian_settings(client):
    answer = client.get("/observatory/calls-per-funder.csv?excel=1")
    body = answer.content.decode("utf-8")

    assert body.startswith("\ufeff")  # the BOM: Excel reads UTF-8, accents intact
    rows = list(csv.reader(io.StringIO(body.removeprefix("\ufeff")), delimiter=";"))
    assert rows[0] == ["funder", "calls", "calls"]
    assert ["Bruxelles Économie et Emploi", "2", "2"] in rows
    shares = list(
        csv.reader(
            io.StringIO(
                client.get("/observatory/mentoring-share.csv?excel=1").text.lstrip("\ufeff")
            ),
            delimiter=";",
        )
    )
    assert ["2026 Q2", "0,5", "2"] in shares  # a decimal comma, as Belgian Excel reads it


def test_the_calls_export_for_excel_keeps_accents_and_uses_semicolons(client):
    body = client.get("/export.csv?excel=1&status=all").content.decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(body.removeprefix("\ufeff")), delimiter=";"))
    funders = {row["funder"] for row in rows}
    assert "Bruxelles Économie et Emploi" in funders
    assert all(row["page"].startswith("http://testserver/calls/") for row in rows)
    budgets = {row["budget_amount"] for row in rows}
    assert "1800000" in budgets
    plain = client.get("/export.csv?status=all").text
    assert not plain.startswith("\ufeff") and plain.splitlines()[0].startswith("title,deadline")


def test_a_window_without_deadline_or_found_after_it_is_not_counted():
    calls = [
        ObservedCall("A", date(2026, 1, 1), date(2026, 1, 31), None, False, False, False, 6),
        ObservedCall("A", date(2026, 2, 1), None, None, False, False, False, None),
        ObservedCall("A", date(2026, 2, 10), date(2026, 2, 1), None, False, False, False, 48),
    ]
    assert [window_days(call) for call in calls] == [30, None, None]
    assert [(row.label, row.value, row.count) for row in median_window(calls).rows] == [
        ("2026 Q1", 30, 1)
    ]
    assert [(row.label, row.value) for row in durations(calls).rows] == [
        ("≤ 12", 1), ("13–24", 0), ("25–36", 0), ("> 36", 1)
    ]  # fmt: skip


def test_normalize_extracts_the_facts_the_observatory_counts():
    from veille.config import default_classifier
    from veille.domain.normalize import normalize
    from veille.domain.raw_call import RawCall

    raw = RawCall(
        source="s",
        source_id="1",
        url="https://s.example/1",
        title="Appel à projets « Emploi des jeunes » 2027-2029",
        summary="Financement axé sur les résultats.",
        text="Les projets durent 24 mois. Un apport propre de 10 % est demandé.",
        lang="fr",
    )
    call = normalize(raw, default_classifier(), SEEN)

    assert (call.duration_months, call.results_based, call.cofinancing, call.own_share) == (
        24,
        True,
        True,
        0.1,
    )
