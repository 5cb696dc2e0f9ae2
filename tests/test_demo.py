"""`veille demo` end to end, as a newcomer runs it."""

import email
import email.policy
import subprocess
import sys
from pathlib import Path


def test_demo_runs_the_whole_path(tmp_path):
    data_dir = tmp_path / "demo"
    veille = Path(sys.executable).parent / "veille"

    done = subprocess.run(
        [str(veille), "demo", "--data-dir", str(data_dir)],
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "eu-funding-tenders" in out and "cocof" in out and "bruxelles-economie-emploi" in out
    assert "jugés pertinents et ouverts" in out  # in the demo admins' language
    mails = [
        email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        for path in sorted((data_dir / "mailbox").glob("*.eml"))
    ]
    # What a real first start does: ONE summary, then one alert per call found later.
    # 22: since round 10 of issue 14, culture.be's "Cohésion sociale et emploi culturel"
    # (cultural projects for the insertion of young people far from work) is "to check".
    subjects = sorted(mail["Subject"] for mail in mails)
    assert subjects == [
        "Nouvel appel à projets : Appel à projets « Job coaching en entreprise sociale » 2027 "
        "(EXEMPLE)",
        "Nouvel appel à projets : Appel à projets « Mentorat vers l'emploi des femmes » 2027 "
        "(EXEMPLE)",
        "Veille : 22 appels à suivre",
    ], subjects
    summary = next(m for m in mails if m["Subject"].startswith("Veille :"))
    text = summary.get_body(("plain",)).get_content()
    assert "Appel à projets Mentorat vers l'emploi (EXEMPLE)" in text
    assert "Mentorat vers l'emploi des femmes" not in text  # not yet published then
    assert "un seul récapitulatif des 22 appels ouverts" in out
    assert "Le lendemain, la COCOF publie 2 nouveaux appels : une alerte pour chacun" in out
    assert "3 messages délivrés en tout" in out
    assert all(m["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click" for m in mails)
    page = (data_dir / "digest" / "index.html").read_text(encoding="utf-8")
    assert "Appel à projets Mentorat vers l&#39;emploi (EXEMPLE)" in page
    assert "Culture et patrimoine" not in page  # not relevant, not on the digest
    assert str(data_dir / "veille.db") in out
    assert_the_actiris_call_is_one_card(data_dir)


def assert_the_actiris_call_is_one_card(data_dir: Path) -> None:
    """The demo's Actiris call, on its FR and NL pages, is one group: one card on the
    digest page and on the site, one alert (issue 16)."""
    from starlette.testclient import TestClient

    from veille.config import load_config
    from veille.config.loader import DEMO
    from veille.storage import open_database
    from veille.web.app import create_app

    db = open_database(data_dir / "veille.db")
    pages = [dict(row) for row in db.query("select * from calls where source = 'actiris'")]
    db.close()
    mentoring = [p for p in pages if "NEET" in p["title"] and p["deadline"][:10] == "2027-01-31"]
    assert {p["lang"] for p in mentoring} == {"fr", "nl"}
    assert len({p["group_id"] for p in mentoring}) == 1, [p["group_reason"] for p in mentoring]

    titles = (
        "Mentoring naar werk voor NEET-jongeren",
        "Mentorat vers l&#39;emploi des jeunes NEET",
    )
    page = (data_dir / "digest" / "index.html").read_text(encoding="utf-8")
    assert sum(page.count(title) for title in titles) == 1
    app = create_app(load_config(DEMO, check_secrets=False), data_dir / "veille.db", secret="t")
    with TestClient(app) as client:
        home = client.get("/?status=all").text
    assert home.count('href="/calls/' + mentoring[0]["group_id"] + '"') == 1
    assert sum(home.count(title) for title in titles) == 1


def test_demo_refuses_to_erase_a_folder_it_did_not_make(tmp_path):
    """Regression: `veille demo --data-dir data` erased the default production data folder."""
    precious = tmp_path / "data"
    precious.mkdir()
    (precious / "veille.db").write_bytes(b"the coalition's calls")
    veille = Path(sys.executable).parent / "veille"

    done = subprocess.run(
        [str(veille), "demo", "--data-dir", str(precious)],
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert done.returncode == 2
    assert "was not made by `veille demo`" in done.stderr
    assert (precious / "veille.db").read_bytes() == b"the coalition's calls"
