"""Builders of what the tests are made of: a member of members.yaml, its channels and
subscriptions, calls, a configuration folder on disk, the `veille` command line, and the
moments the tests run at. Each lives here once, so a test spells only what is particular to it
(`member("asbl-a", "ASBL A", channels=[channel(url)])`), and no test module imports another.

Entries are the plain dicts a person writes in YAML; the loader (`load_config`) validates them,
so a builder never decides what is valid.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, NotRequired, TypedDict

import yaml

from veille.config.loader import DEFAULTS
from veille.domain.call import BRUSSELS, Call

# ------------------------------------------------------------------ moments ----
# The day the recordings were made: replayed crawls run as of that day.
RECORDED_NOW = datetime(2026, 11, 27, 9, 0, tzinfo=BRUSSELS)
# The same moment, as `veille run --now` reads it.
RECORDED_NOW_TEXT = "2026-11-27T09:00:00+0100"
# The web app's clock in the web tests (the calls of `web_calls()` are dated from it).
WEB_NOW = datetime(2026, 11, 27, 9, 0, tzinfo=BRUSSELS)
# A Monday morning, when the delivery tests plan their digests.
MONDAY = datetime(2026, 11, 23, 7, 30, tzinfo=BRUSSELS)
# When the delivery tests' members subscribed: a week before MONDAY.
SUBSCRIBED = MONDAY - timedelta(days=7)

# The `veille` command of the environment running the tests.
VEILLE = str(Path(sys.executable).parent / "veille")


# ------------------------------------------------------- members.yaml entries ----
class Channel(TypedDict):
    name: str
    url: str


class Subscription(TypedDict):
    name: str
    channels: list[str]
    cadence: NotRequired[str]
    language: NotRequired[str]
    filters: NotRequired[dict[str, Any]]


class Member(TypedDict):
    id: str
    name: str
    people: NotRequired[list[str]]
    channels: NotRequired[list[Channel]]
    subscriptions: NotRequired[list[Subscription]]
    profile: NotRequired[dict[str, Any]]
    activity: NotRequired[dict[str, Any]]


def channel(url: str, name: str = "email") -> Channel:
    """A member's channel: a name its subscriptions refer to, and an apprise URL."""
    return {"name": name, "url": url}


def subscription(
    name: str,
    *,
    channels: Sequence[str] = ("email",),
    cadence: str | None = None,
    language: str | None = None,
    **filters: Any,
) -> Subscription:
    """A subscription; what is not given is left out (the loader's defaults apply).

    `filters` are the subscription's filters (`topics=["insertion"]`, `include=[...]`).
    """
    entry: Subscription = {"name": name, "channels": list(channels)}
    if cadence is not None:
        entry["cadence"] = cadence
    if language is not None:
        entry["language"] = language
    if filters:
        entry["filters"] = dict(filters)
    return entry


def member(
    member_id: str,
    name: str,
    *,
    people: Sequence[str] | None = None,
    channels: Sequence[Channel] = (),
    subscriptions: Sequence[Subscription] = (),
    **fields: Any,
) -> Member:
    """A member entry, its keys in the order a person writes them; empty lists are left out.

    `fields` are further keys as written in members.yaml (`profile`, `activity`...).
    """
    entry: dict[str, Any] = {"id": member_id, "name": name}
    if people is not None:
        entry["people"] = list(people)
    if channels:
        entry["channels"] = list(channels)
    if subscriptions:
        entry["subscriptions"] = list(subscriptions)
    return {**entry, **fields}  # type: ignore[typeddict-item]


def duo(
    url: str,
    cadence: str = "daily",
    language: str | None = "fr",
    *,
    via: str = "email",
    subscription_name: str = "resume",
    **filters: Any,
) -> Member:
    """ASBL Duo, subscribed on one channel to calls about insertion (`filters` add to, or
    replace, `topics`): the member the delivery tests send to."""
    return member(
        "asbl-duo",
        "ASBL Duo",
        channels=[channel(url, via)],
        subscriptions=[
            subscription(
                subscription_name,
                channels=[via],
                cadence=cadence,
                language=language,
                **{"topics": ["insertion"], **filters},
            )
        ],
    )


def duo_on_matrix(url: str, cadence: str = "instant") -> Member:
    """ASBL Duo hearing of insertion calls in its Matrix room (`url`: a matrix:// URL)."""
    return duo(url, cadence, language=None, via="matrix", subscription_name="alertes")


# ------------------------------------------------------------------- calls ----
def isp_call(n: int, deadline: datetime | None, title: str = "") -> Call:
    """The n-th open COCOF call about insertion, relevant, in French."""
    return Call(
        source="cocof",
        source_id=f"call-{n}",
        url=f"https://ccf.brussels/appel-{n}/",
        title=title or f"Appel à projets insertion n°{n}",
        funder="COCOF",
        lang="fr",
        deadline=deadline,
        status="open",
        relevant=True,
        is_call=True,
        topics=["insertion"],
    )


def web_calls() -> list[Call]:
    """Calls covering every case a page shows: urgent, new, permanent, closed, hostile.

    The `web_site` fixture stores them three days before WEB_NOW.
    """
    text = "Ce programme de mentorat accompagne les jeunes NEET vers l'emploi."
    start = text.index("mentorat")
    return [
        Call(
            source="cocof",
            source_id="urgent",
            url="https://ccf.brussels/aap-isp/",
            title="Appel à projets insertion socioprofessionnelle 2027",
            summary="Pour les OISP bruxellois: formation des demandeurs d'emploi.",
            funder="COCOF",
            deadline=WEB_NOW + timedelta(days=5, hours=3),
            status="open",
            relevant=True,
            is_call=True,
            topics=["insertion"],
            regions=["Bruxelles"],
            lang="fr",
            attachments=["https://ccf.brussels/reglement.pdf"],
        ),
        Call(
            source="eu-funding-tenders",
            source_id="mentoring",
            url="https://ec.europa.eu/x",
            title="Mentoring programmes for young people",
            summary="ESF+ call on mentoring.",
            text=text,
            funder="European Commission",
            deadline=WEB_NOW + timedelta(days=20),
            status="open",
            relevant=True,
            is_call=True,
            topics=["mentoring"],
            regions=["EU"],
            lang="en",
            budget_amount=250000.0,
            duration_months=24,
            results_based=True,
            cofinancing=True,
            own_share=0.2,
            budget_currency="EUR",
            matches=[
                {
                    "term": "mentorat",
                    "topic": "mentoring",
                    "field": "text",
                    "start": start,
                    "end": start + len("mentorat"),
                }
            ],
        ),
        Call(
            source="cocof",
            source_id="permanent",
            url="https://ccf.brussels/permanent/",
            title="Appel permanent tutorat",
            funder="COCOF",
            status="permanent",
            relevant=True,
            topics=["mentoring"],
            regions=["Bruxelles"],
            lang="fr",
        ),
        Call(
            source="cocof",
            source_id="closed",
            url="https://ccf.brussels/old/",
            title="Ancien appel insertion clôturé",
            funder="COCOF",
            deadline=WEB_NOW - timedelta(days=10),
            status="closed",
            relevant=True,
            topics=["insertion"],
            lang="fr",
        ),
        Call(
            source="cocof",
            source_id="later",
            url="https://ccf.brussels/later/",
            title="Appel à venir: jobcoaching",
            funder="COCOF",
            status="forthcoming",
            deadline=WEB_NOW + timedelta(days=80),
            relevant=True,
            topics=["insertion"],
            lang="nl",
            regions=["Vlaanderen"],
        ),
        Call(
            source="cocof",
            source_id="culture",
            url="https://ccf.brussels/culture/",
            title="Appel culture et patrimoine",
            funder="COCOF",
            status="open",
            deadline=WEB_NOW + timedelta(days=9),
            relevant=False,
            lang="fr",
        ),
        Call(
            source="cocof",
            source_id="hostile",
            url="javascript:alert(1)",
            title="<script>alert('x')</script> Appel mentorat hostile",
            summary="<img src=x onerror=alert(1)>",
            funder="<b>Evil</b>",
            deadline=WEB_NOW + timedelta(days=40),
            status="open",
            relevant=True,
            topics=["mentoring"],
            lang="fr",
        ),
    ]


def web_call_id(source_id: str) -> str:
    """The stored id of the call of `web_calls()` with this source id ("urgent"...)."""
    return next(c.id for c in web_calls() if c.source_id == source_id)


# The profiles of the `web_site` fixture's members, as members.yaml writes them: ASBL A and
# ASBL B work in Brussels, ASBL C in Wallonia.
WEB_SITE_PROFILES: dict[str, dict[str, Any]] = {
    "asbl-a": {
        "regions": ["brussels"],
        "publics": ["jobseekers", "newcomers"],
        "activities": ["training", "job_coaching"],
        "languages": ["fr"],
        "legal_form": "asbl",
        "needs": ["volunteer_mentors"],
    },
    "asbl-b": {
        "regions": ["brussels"],
        "publics": ["young_people", "neet"],
        "activities": ["mentoring"],
        "languages": ["fr", "nl", "en"],
        "legal_form": "asbl",
        "offers": ["volunteer_mentors", "employer_network"],
    },
    "asbl-c": {
        "regions": ["wallonia"],
        "publics": ["seniors"],
        "activities": ["ageing"],
        "legal_form": "asbl",
    },
}


# ------------------------------------------------------------------ sources ----
def recorded_sources(*names: str) -> list[dict[str, Any]]:
    """The default sources of these names (in the defaults' order), whose sites are recorded."""
    every = yaml.safe_load((DEFAULTS / "sources.yaml").read_text(encoding="utf-8"))["sources"]
    return [source for source in every if source["name"] in names]


def two_sources() -> list[dict[str, Any]]:
    """Two recorded sources keep a test quick (each crawl is a child process)."""
    return recorded_sources("cocof", "bruxelles-economie-emploi")


# A Belgian commune's listing, declared by configuration alone (tests/recordings/ has its site).
COMMUNE = """\
sources:
  - name: ixelles
    title: Commune d'Ixelles - appels à projets
    funder: Commune d'Ixelles
    type: listing
    languages: [fr]
    start_urls: [https://www.ixelles.be/site/fr/appels-a-projets]
    link_pattern: "/site/fr/appels-a-projets/[^/?#]+$"
    regions: [Bruxelles]
"""


# ---------------------------------------------------- configuration folders ----
def config_folder(
    folder: Path,
    *,
    members: Sequence[Member] | None = None,
    sources: Sequence[dict[str, Any]] | None = None,
    data_dir: Path | None = None,
    coalition: str | None = None,
    members_comment: str | None = None,
    write_veille_yaml: bool = True,
    **settings: Any,
) -> Path:
    """Write a configuration folder and return it.

    veille.yaml holds the bot's contact, `data_dir` and `settings` (with `write_veille_yaml`
    false there is none: the defaults apply); members.yaml (when `members` is given) the
    coalition's name, if any, and the members, under a `# comment` line if one is given;
    sources.yaml (when `sources` is given) replaces the default sources.
    """
    folder.mkdir(parents=True, exist_ok=True)
    if write_veille_yaml:
        veille = {
            "bot": {"contact": "admin@example.org"},
            **({"data_dir": str(data_dir)} if data_dir is not None else {}),
            **settings,
        }
        (folder / "veille.yaml").write_text(yaml.safe_dump(veille), encoding="utf-8")
    if members is not None:
        listed = {**({"coalition": coalition} if coalition else {}), "members": list(members)}
        heading = f"# {members_comment}\n" if members_comment else ""
        text = heading + yaml.safe_dump(listed, sort_keys=False)
        (folder / "members.yaml").write_text(text, encoding="utf-8")
    if sources is not None:
        text = yaml.safe_dump({"sources": list(sources)})
        (folder / "sources.yaml").write_text(text, encoding="utf-8")
    return folder


# ------------------------------------------------------------ command lines ----
def veille_run_argv(
    config: Path, data: Path, replay: str, *extra: str, now: str = RECORDED_NOW_TEXT
) -> list[str]:
    """`veille run` on a configuration and data folder, crawling the replay server as of `now`."""
    return [
        VEILLE,
        "run",
        "--config",
        str(config),
        "--data-dir",
        str(data),
        "--replay",
        replay,
        "--now",
        now,
        *extra,
    ]


# ------------------------------------------------------------ the service ----
def subscribe(config: Any, store: Any, outbox: Any, at: datetime = SUBSCRIBED) -> None:
    """The service's first run for these subscriptions (and the coalition room): they start
    then (a digest counts from its subscription's start, never from before it)."""
    from veille.alerts.digests import plan_digests
    from veille.alerts.plan import plan_instant_alerts

    plan_instant_alerts(config, store, outbox, at)
    for cadence in ("daily", "weekly"):
        plan_digests(config, store, outbox, at, cadence)
