"""`veille doctor` against a real local SMTP server and real databases."""

import sqlite3
import subprocess
from pathlib import Path

from tests.factories import VEILLE, channel, member, two_sources
from veille.local_mailbox import free_port
from veille.storage import open_database


def doctor(config: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [VEILLE, "doctor", "--config", str(config), *extra],
        capture_output=True,
        text=True,
        timeout=60,
    )


def lines(out: str) -> dict[str, str]:
    """check name -> status."""
    return {line[6:].split("  ")[0]: line[:4].strip() for line in out.splitlines()}


def test_a_healthy_install_passes_and_the_test_message_arrives(service_config, smtp, tmp_path):
    config = service_config(
        [member("asbl-a", "ASBL A", channels=[channel(smtp.apprise_url("doctor@asbl-a.example"))])],
        sources=[],
    )
    open_database(tmp_path / "data" / "veille.db").close()

    done = doctor(config, "--send-test")

    assert done.returncode == 0, done.stdout + done.stderr
    assert lines(done.stdout) == {  # in the administrators' language (admin_language: fr)
        "configuration": "OK",
        "intégrité de la base": "OK",
        "migrations de la base": "OK",
        "journal de la base": "OK",
        "canal asbl-a/email": "OK",
        "envois": "OK",
        "second avis": "OK",
        "espace disque": "OK",
    }
    [message] = smtp.messages()
    assert (message["To"], message["Subject"]) == (
        "doctor@asbl-a.example",
        "Veille : message de test",
    )
    assert message["Auto-Submitted"] == "auto-generated"  # no vacation responder answers it


def test_an_unreachable_channel_and_a_corrupt_database_fail(service_config, tmp_path):
    dead = f"mailto://bot:hunter2secret@127.0.0.1:{free_port()}?to=a@b.example"
    config = service_config([member("asbl-a", "ASBL A", channels=[channel(dead)])], sources=[])
    database = tmp_path / "data" / "veille.db"
    open_database(database).close()
    size = database.stat().st_size
    with open(database, "r+b") as broken:  # scribble over every page but the header's
        broken.seek(4096)
        broken.write(b"\xff" * (size - 4096))

    done = doctor(config, "--send-test")

    assert done.returncode == 1
    checks = lines(done.stdout)
    assert checks["canal asbl-a/email"] == "FAIL"
    assert checks.get("intégrité de la base", checks.get("base de données")) == "FAIL"
    assert "hunter2secret" not in done.stdout + done.stderr


def test_a_bad_configuration_is_one_located_failure(service_config, tmp_path):
    config = service_config(
        [member("asbl-a", "ASBL A", channels=[channel("mailto://127.0.0.1?to=a@b.example")])],
        sources=[],
    )
    (config / "veille.yaml").write_text(
        (config / "veille.yaml").read_text() + "colour: blue\n", encoding="utf-8"
    )
    done = doctor(config)
    assert done.returncode == 1
    assert done.stdout.startswith("FAIL  configuration")
    assert "veille.yaml:" in done.stdout and "colour: unknown key" in done.stdout


def test_sources_report_their_last_run_and_no_database_is_a_warning(service_config, tmp_path):
    config = service_config([], sources=two_sources())
    assert lines(doctor(config).stdout)["base de données"] == "WARN"
    database = tmp_path / "data" / "veille.db"
    open_database(database).close()
    with sqlite3.connect(database) as db:
        db.execute(
            "insert into crawl_runs (source, started, finished, outcome, items, errors, "
            "responses) values ('cocof', '2999-01-01T06:00:00+01:00', "
            "'2999-01-01T06:01:00+01:00', 'failed', 0, '[\"HTTP 503\"]', '{}')"
        )
    checks = lines(doctor(config).stdout)
    assert checks["source cocof"] == "FAIL"
    assert checks["source bruxelles-economie-emploi"] == "WARN"  # never crawled
    assert "dernier passage mardi 1 janvier 2999 à 06:00 : failed, 0 élément" in (
        doctor(config).stdout
    )


def test_an_unusable_second_opinion_is_a_warning_with_its_cause(tmp_path):
    from veille.doctor import _second_opinion
    from veille.i18n import words

    broken = tmp_path / "second_opinion.json"
    broken.write_text('{"format": 1, "version": "x"}', encoding="utf-8")
    check = _second_opinion(words("fr"), broken)
    assert check.status == "WARN"
    assert "les règles décident seules" in check.detail and "'weights' is missing" in check.detail
    assert _second_opinion(words("fr"), tmp_path / "absent.json").status == "WARN"
