"""Members stop, pause and resume what they receive, through the real HTTP endpoints of the
site and a real SMTP server; the service follows at once.

Figures: each test counts the messages expected and received after each step.
"""

import http.cookiejar
import re
import urllib.parse
import urllib.request
from datetime import date, datetime, time, timedelta

import pytest
import yaml

from tests.factories import MONDAY, SUBSCRIBED, isp_call
from veille.alerts.deliver import Deliverer
from veille.alerts.plan import plan_instant_alerts
from veille.config.loader import load_config
from veille.domain.call import BRUSSELS
from veille.local_mailbox import free_port
from veille.scheduler.work import ServiceContext, deliver
from veille.web.app import BackgroundWebServer


class Running:
    """The service's context and the site, on the same configuration folder and database."""

    def __init__(self, folder, data):
        self.folder = folder
        self.ctx = ServiceContext(
            config=load_config(folder),
            data_dir=data,
            config_dir=folder,
            deliverer=Deliverer(throttle=False),
        )
        self.ctx.refresh_config()
        self.site = BackgroundWebServer(self.ctx.config, self.ctx.database, Deliverer())
        self.count = 0

    def found(self, n: int, at) -> None:
        """A crawl at `at` finds a new call; the service plans and delivers, as after a crawl
        (its configuration re-read first, as before every job)."""
        self.ctx.refresh_config()
        store, outbox = self.ctx.stores()
        # a deadline day of its own: calls closing the same day with alike titles would be
        # one call published twice (veille.domain.dedup)
        deadline = at + timedelta(days=40 + n)
        store.upsert_call(isp_call(n, deadline, title=f"Appel insertion {n}"), at)
        plan_instant_alerts(self.ctx.config, store, outbox, at)
        store.db.close()
        deliver(self.ctx, at)

    def tick(self, at) -> None:
        """A minute of the service: its delivery job (which also notes pauses and resumes)."""
        self.ctx.refresh_config()
        deliver(self.ctx, at)

    def subscriptions(self) -> list[dict]:
        members = yaml.safe_load((self.folder / "members.yaml").read_text(encoding="utf-8"))
        return members["members"][0].get("subscriptions", [])


@pytest.fixture
def running(service_config, smtp, tmp_path):
    port = free_port()
    member = {
        "id": "asbl-duo",
        "name": "ASBL Duo",
        "channels": [{"name": "email", "url": smtp.apprise_url("duo@asbl.example")}],
        "subscriptions": [
            {"name": "alertes", "channels": ["email"], "filters": {"topics": ["insertion"]}}
        ],
    }
    folder = service_config(
        [member],
        sources=[],
        digest_url=f"http://127.0.0.1:{port}/",
        web={"listen": f"127.0.0.1:{port}"},
    )
    service = Running(folder, tmp_path / "data")
    store, outbox = service.ctx.stores()
    plan_instant_alerts(service.ctx.config, store, outbox, SUBSCRIBED)  # it started then
    store.db.close()
    service.site.start()
    wait_for(f"http://127.0.0.1:{port}/")
    yield service
    service.site.stop()


def wait_for(url: str) -> None:
    import time as clock

    for _ in range(100):
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except OSError:
            clock.sleep(0.1)
    raise AssertionError(f"{url} never answered")


def test_every_email_says_how_to_stop_it_and_one_click_stops_the_next(running, smtp):
    running.found(1, MONDAY)
    [mail] = smtp.messages()

    unsubscribe = mail["List-Unsubscribe"].strip("<>")
    manage = unsubscribe.removesuffix("/unsubscribe")
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert mail["List-Id"] == "Veille <asbl-duo.127.0.0.1>"
    assert mail["Auto-Submitted"] == "auto-generated"
    text = " ".join(mail.get_body(("plain",)).get_content().split())
    assert f"Mettre en pause, modifier ou arrêter ces alertes : {manage}" in text
    assert "Nouvel appel à projets" in mail["Subject"]

    # A mail client's "Unsubscribe" button: a POST without any cookie (RFC 8058).
    request = urllib.request.Request(unsubscribe, data=b"List-Unsubscribe=One-Click", method="POST")
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert answer.status == 200
        assert "vous ne recevrez plus rien de cet abonnement" in answer.read().decode()
    assert running.subscriptions() == []

    running.found(2, MONDAY + timedelta(hours=2))
    assert len(smtp.messages()) == 1, "after unsubscribing: 0 expected"
    # A GET of the link (a link checker) changes nothing and shows a button.
    with urllib.request.urlopen(unsubscribe, timeout=10) as page:
        assert "Cet abonnement n'existe plus" in page.read().decode()
        assert page.headers["Cache-Control"] == "private, no-store"  # the token is personal


def test_a_message_waiting_when_one_unsubscribes_is_not_sent(running, smtp):
    store, outbox = running.ctx.stores()
    store.upsert_call(isp_call(3, MONDAY + timedelta(days=40)), MONDAY)
    plan_instant_alerts(running.ctx.config, store, outbox, MONDAY)  # queued, not sent yet
    [row] = outbox.rows("pending")
    link = re.search(r'href="([^"]+/manage/[^"]+)"', row["body_html"]).group(1)

    urllib.request.urlopen(
        urllib.request.Request(link + "/unsubscribe", data=b"List-Unsubscribe=One-Click"),
        timeout=10,
    ).close()
    running.ctx.refresh_config()
    report = deliver(running.ctx, MONDAY + timedelta(minutes=1))

    assert (report.sent, report.cancelled) == (0, 1)
    assert smtp.messages() == []
    assert outbox.counts() == {"cancelled": 1}


class Browser:
    """A person following the link of a message: cookies kept, forms posted with their token."""

    def __init__(self):
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def get(self, url: str) -> str:
        with self.opener.open(url, timeout=10) as page:
            return page.read().decode()

    def submit(self, url: str, page: str, **fields: str) -> str:
        csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        body = urllib.parse.urlencode({"csrf": csrf, **fields}).encode()
        with self.opener.open(urllib.request.Request(url, data=body), timeout=10) as answer:
            return answer.read().decode()


def test_pause_stops_and_resume_restarts(running, smtp):
    running.found(1, MONDAY)
    [first] = smtp.messages()
    manage = first["List-Unsubscribe"].strip("<>").removesuffix("/unsubscribe")
    person = Browser()

    page = person.get(manage)
    paused = person.submit(manage, page, sub="alertes", action="pause", pause="indefinitely")
    assert "En pause : plus rien n'est envoyé" in paused
    assert running.subscriptions()[0]["paused"] is True
    running.found(2, MONDAY + timedelta(hours=1))
    running.found(3, MONDAY + timedelta(hours=2))
    assert len(smtp.messages()) == 1, "while paused: 0 expected"

    resumed = person.submit(manage, paused, sub="alertes", action="resume")
    assert "Reprise" in resumed and "paused" not in running.subscriptions()[0]
    running.tick(MONDAY + timedelta(hours=2, minutes=30))
    running.found(4, MONDAY + timedelta(hours=3))
    subjects = [m["Subject"] for m in smtp.messages()[1:]]
    # the two calls found during the pause in one summary, then the new one on its own
    assert subjects == [
        "Veille : 2 appels à suivre",
        "Nouvel appel à projets : Appel insertion 4",
    ], subjects


def test_a_pause_until_a_day_ends_by_itself(running, smtp):
    running.found(1, MONDAY)
    manage = smtp.messages()[0]["List-Unsubscribe"].strip("<>").removesuffix("/unsubscribe")
    person = Browser()
    page = person.get(manage)
    back = date.today() + timedelta(days=10)  # the site checks the day with the real clock
    person.submit(manage, page, sub="alertes", action="pause", pause="until", until=str(back))
    assert running.subscriptions()[0]["paused"] == back
    that_day = datetime.combine(back, time(0, 0), tzinfo=BRUSSELS)

    running.found(2, that_day - timedelta(hours=2))
    assert len(smtp.messages()) == 1, "the day before the end of the pause: 0 expected"
    running.tick(that_day + timedelta(minutes=1))
    running.found(3, that_day + timedelta(hours=1))
    subjects = [m["Subject"] for m in smtp.messages()[1:]]
    assert subjects == [
        "Veille : 1 appel à suivre",
        "Nouvel appel à projets : Appel insertion 3",
    ], subjects
