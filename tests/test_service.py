"""`veille run` in a child process: --once against the recorded sources, and SIGTERM."""

import signal
import sqlite3
import subprocess
import time
import urllib.request

import pytest
import yaml

from tests.factories import Member, channel, member, subscription, two_sources, veille_run_argv


def first_answer(url: str, limit: float = 15) -> int:
    """The status of the first answer from a server that may still be starting."""
    deadline = time.monotonic() + limit
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as page:
                return page.status
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def demo_asbl(smtp_url: str) -> Member:
    """ASBL Démo, alerted at once of calls about insertion or mentoring."""
    return member(
        "demo-asbl",
        "ASBL Démo",
        channels=[channel(smtp_url)],
        subscriptions=[
            subscription("alertes", cadence="instant", topics=["insertion", "mentoring"])
        ],
    )


def test_run_once_crawls_alerts_and_a_second_run_sends_nothing(
    replay, smtp, service_config, tmp_path
):
    config = service_config([demo_asbl(smtp.apprise_url())], sources=two_sources())
    data = tmp_path / "data"
    first = subprocess.run(
        veille_run_argv(config, data, replay.base_url, "--once"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert first.returncode == 0, first.stderr
    second = subprocess.run(
        veille_run_argv(config, data, replay.base_url, "--once"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert second.returncode == 0, second.stderr

    subjects = [m["Subject"] for m in smtp.messages()]
    # the relevant open calls of the first crawls, in one summary, once (not one mail each)
    assert subjects == ["Veille : 4 appels à suivre"]
    db = sqlite3.connect(data / "veille.db")
    jobs = dict(db.execute("select job_id, outcome from job_runs"))
    assert {job: outcome for job, outcome in jobs.items() if not job.startswith("crawl:")} == {
        "digest:daily": "queued 0",
        "digest:weekly": "queued 0",
        "reminders": "queued 0",
        "deliver": "sent 0, retrying 0, failed 0",
    }
    assert jobs["crawl:cocof"] == jobs["crawl:bruxelles-economie-emploi"] == "ok"
    assert "job crawl:cocof" not in second.stderr  # same fixed clock: nothing was due again


def test_sigterm_lets_the_running_job_finish(replay, smtp, service_config, tmp_path):
    config = service_config([demo_asbl(smtp.apprise_url())], sources=two_sources())
    data = tmp_path / "data"
    process = subprocess.Popen(
        veille_run_argv(config, data, replay.base_url), stderr=subprocess.PIPE, text=True
    )
    lines = []
    for line in process.stderr:  # the log says when a crawl is running
        lines.append(line)
        if "service started" in line:
            break
    time.sleep(0.5)  # a crawl (≈1 s child process) is under way
    listen = yaml.safe_load((config / "veille.yaml").read_text())["web"]["listen"]
    assert first_answer(f"http://{listen}/") == 200  # the service serves the digest too
    started = time.monotonic()
    process.send_signal(signal.SIGTERM)
    rest = process.stderr.read()
    assert process.wait(60) == 0, rest
    assert "stopped" in rest
    with pytest.raises(OSError):  # the site stopped with the service
        urllib.request.urlopen(f"http://{listen}/", timeout=5)
    db = sqlite3.connect(data / "veille.db")
    outcomes = dict(db.execute("select job_id, outcome from job_runs"))
    assert outcomes.get("crawl:cocof") == "ok"  # the running crawl finished and was recorded
    assert time.monotonic() - started < 60
