"""One machine at scale: 100,000 calls and 1,000 members (printed figures, nothing asserted).

    .venv/bin/python bench/scale.py [--calls 100000] [--members 1000] [--seconds 8]

1. Storage rate: generated calls (FR/NL/EN titles, summaries and texts of a few hundred to a
   few thousand characters, deadlines spread over a year, ~3 % published again by another
   source) stored one by one through `CallStore.upsert_call`, as the crawl pipeline does; then a
   re-crawl of 10,000 of them unchanged and 1,000 changed.
2. Database size on disk (file + WAL, before and after a checkpoint), bytes per call.
3. Daily and weekly digests for 1,000 members with varied keyword filters, through
   `plan_digests` (rendered and queued in the outbox; nothing is delivered); rendering is timed
   apart by wrapping `render_digest`.
4. Web p95 of the home page and a filtered search on the same database, with bench/web_load.py's
   server child and load loop (uvicorn pinned to one core, 127.0.0.1 only).

Everything lives in a temp folder, removed at the end.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import web_load

import veille.alerts.digests as digests
from veille.config.loader import load_config
from veille.domain.call import BRUSSELS, Call
from veille.domain.call_fingerprint import fingerprint
from veille.local_mailbox import free_port
from veille.storage import CallStore, Outbox, database_path, open_database
from veille.storage.read_model import open_clause

# The web app's clock (web_load.NOW) on the same day; digests go out at 07:30.
NOW = web_load.NOW.replace(hour=7, minute=30)
HISTORY = timedelta(days=365)  # the calls were first seen over the past year

SOURCES = {
    "fr": ["cocof", "actiris-fr", "forem", "wallonie", "fwb", "bruxelles-economie", "ccf-news"],
    "nl": ["vlaanderen", "vgc", "actiris-nl", "vdab"],
    "en": ["eu-sedia", "eu-news", "kbs-frb"],
}
FUNDERS = {
    "fr": ["COCOF", "Actiris", "Forem", "Wallonie", "Fédération Wallonie-Bruxelles", "FSE+"],
    "nl": ["VGC", "Vlaamse overheid", "Actiris", "VDAB", "ESF Vlaanderen"],
    "en": ["European Commission", "ESF+", "King Baudouin Foundation", "Erasmus+"],
}
REGIONS = ["Bruxelles", "Wallonie", "Vlaanderen", "EU", "Ostbelgien"]

# Per language: call words, themes (the topical ones first), publics, places and sentences.
LANG: dict[str, dict[str, list[str]]] = {
    "fr": {
        "kind": ["Appel à projets", "Appel à manifestation d'intérêt", "Appel à candidatures"],
        "theme": [
            "insertion socioprofessionnelle",
            "mentorat vers l'emploi",
            "accompagnement des demandeurs d'emploi",
            "formation qualifiante",
            "parrainage des jeunes",
            "économie sociale",
            "transition énergétique",
            "cohésion sociale",
            "culture et participation",
            "rénovation urbaine",
            "alimentation durable",
            "numérique inclusif",
            "santé mentale",
            "mobilité douce",
            "lutte contre la pauvreté",
            "égalité des chances",
        ],
        "public": [
            "des jeunes NEET",
            "des femmes éloignées de l'emploi",
            "des personnes migrantes",
            "des chercheurs d'emploi de longue durée",
            "des seniors",
            "des familles monoparentales",
            "des personnes en situation de handicap",
            "des élèves en décrochage",
        ],
        "place": ["à Bruxelles", "en Wallonie", "à Liège", "à Charleroi", "à Namur", "à Mons"],
        "sentence": [
            "Le {funder} lance un {kind_l} consacré à {theme} au bénéfice {public} {place}.",
            "Les projets soutenus renforcent {theme} et visent l'autonomie {public}.",
            "Peuvent introduire un dossier les ASBL, les OISP, les CPAS et les "
            "pouvoirs locaux actifs {place}.",
            "Le budget disponible s'élève à {amount} euros pour une durée de {months} mois.",
            "Le dossier de candidature comprend une note d'intention, un budget "
            "prévisionnel et les statuts de l'association.",
            "Les candidatures sont à introduire via le formulaire en ligne au plus "
            "tard le {deadline_text}.",
            "Une séance d'information aura lieu en ligne ; l'inscription est obligatoire.",
            "Les projets sont évalués sur leur pertinence, leur faisabilité et leur ancrage local.",
            "Une attention particulière est portée aux partenariats entre associations "
            "et employeurs {place}.",
            "Le subside couvre les frais de personnel, de fonctionnement et "
            "d'accompagnement {public}.",
            "Les résultats seront communiqués aux porteurs de projets dans les trois "
            "mois suivant la clôture.",
            "Pour toute question, contactez l'administration par courriel.",
        ],
    },
    "nl": {
        "kind": ["Projectoproep", "Oproep tot kandidaatstelling", "Subsidieoproep"],
        "theme": [
            "socio-professionele inschakeling",
            "mentoring naar werk",
            "begeleiding van werkzoekenden",
            "opleiding en tewerkstelling",
            "coaching van jongeren",
            "sociale economie",
            "energietransitie",
            "sociale cohesie",
            "cultuurparticipatie",
            "stadsvernieuwing",
            "duurzame voeding",
            "digitale inclusie",
            "geestelijke gezondheid",
            "armoedebestrijding",
        ],
        "public": [
            "van jongeren zonder werk",
            "van vrouwen ver van de arbeidsmarkt",
            "van nieuwkomers",
            "van langdurig werkzoekenden",
            "van ouderen",
            "van mensen met een beperking",
        ],
        "place": ["in Brussel", "in Vlaanderen", "in Antwerpen", "in Gent", "in Leuven"],
        "sentence": [
            "De {funder} lanceert een {kind_l} rond {theme} ten behoeve {public} {place}.",
            "De projecten versterken {theme} en de zelfstandigheid {public}.",
            "Vzw's, OCMW's en lokale besturen {place} kunnen een aanvraag indienen.",
            "Het beschikbare budget bedraagt {amount} euro voor {months} maanden.",
            "Het aanvraagdossier bevat een projectnota, een begroting en de statuten.",
            "Aanvragen worden ingediend via het online formulier uiterlijk op {deadline_text}.",
            "Er is een online infosessie; inschrijven is verplicht.",
            "Projecten worden beoordeeld op relevantie, haalbaarheid en lokale verankering.",
            "Samenwerking tussen organisaties en werkgevers {place} wordt aangemoedigd.",
            "De subsidie dekt personeels-, werkings- en begeleidingskosten.",
            "De resultaten worden binnen drie maanden na de sluiting meegedeeld.",
        ],
    },
    "en": {
        "kind": ["Call for proposals", "Call for expression of interest", "Open call"],
        "theme": [
            "labour market integration",
            "mentoring towards employment",
            "support for jobseekers",
            "vocational training",
            "youth employment",
            "social economy",
            "energy transition",
            "social cohesion",
            "cultural participation",
            "urban regeneration",
            "digital inclusion",
            "mental health",
            "fighting poverty",
        ],
        "public": [
            "of young people not in employment, education or training",
            "of women far from the labour market",
            "of migrants and refugees",
            "of long-term unemployed people",
            "of older workers",
            "of persons with disabilities",
        ],
        "place": ["in Belgium", "in the Brussels region", "across the EU", "in Flanders"],
        "sentence": [
            "The {funder} opens a {kind_l} on {theme} for the benefit {public} {place}.",
            "Funded projects strengthen {theme} and the autonomy {public}.",
            "Non-profit organisations, public employment services and local authorities "
            "{place} are eligible.",
            "The available budget is EUR {amount} for a duration of {months} months.",
            "Applications include a project description, a budget and the statutes.",
            "Proposals must be submitted through the Funding & Tenders portal by {deadline_text}.",
            "An online information session will be held; registration is required.",
            "Proposals are evaluated on relevance, impact and quality of implementation.",
            "Partnerships between civil society organisations and employers {place} are "
            "encouraged.",
            "The grant covers staff, operating and support costs.",
            "Applicants will be informed of the outcome within three months of the deadline.",
        ],
    },
}
# What makes one title differ from another on the same theme.
FOCUS = {
    "fr": [
        "soutien",
        "initiatives",
        "locales",
        "quartiers",
        "ateliers",
        "innovation",
        "tremplin",
        "passerelle",
        "diversité",
        "citoyenneté",
        "réseau",
        "solidarité",
        "coopératives",
        "artisanat",
        "numérique",
        "clubs",
        "entreprises",
        "stages",
        "orientation",
        "langues",
        "alphabétisation",
        "logement",
        "crèches",
        "sport",
        "jardins",
        "patrimoine",
        "médias",
        "musique",
        "théâtre",
        "écoles",
        "bibliothèques",
        "recherche",
        "volontariat",
        "seniors",
        "migrations",
        "prévention",
        "médiation",
        "festivals",
    ],
    "nl": [
        "steun",
        "initiatieven",
        "buurten",
        "ateliers",
        "innovatie",
        "springplank",
        "brug",
        "diversiteit",
        "burgerschap",
        "netwerk",
        "solidariteit",
        "coöperaties",
        "ambacht",
        "clubs",
        "bedrijven",
        "stages",
        "oriëntatie",
        "taal",
        "geletterdheid",
        "wonen",
        "kinderopvang",
        "sport",
        "tuinen",
        "erfgoed",
        "media",
        "muziek",
        "theater",
        "scholen",
        "bibliotheken",
        "onderzoek",
        "vrijwilligers",
        "preventie",
        "festivals",
    ],
    "en": [
        "support",
        "local",
        "initiatives",
        "neighbourhoods",
        "workshops",
        "innovation",
        "springboard",
        "bridges",
        "diversity",
        "citizenship",
        "networks",
        "solidarity",
        "cooperatives",
        "crafts",
        "clubs",
        "companies",
        "traineeships",
        "guidance",
        "languages",
        "literacy",
        "housing",
        "childcare",
        "sport",
        "gardens",
        "heritage",
        "media",
        "music",
        "theatre",
        "schools",
        "libraries",
        "research",
        "volunteering",
        "prevention",
        "festivals",
    ],
}
BATCH = 1_000  # upserts per transaction while building the database
TAIL = 2_000  # the last calls are stored one commit each, as the crawl pipeline does
TOPICAL_THEMES = 5  # the first five themes of each language are about insertion or mentoring
PROGRAMMES = ["ESF", "CERV", "ERASMUS", "EMPL", "AMIF"]


def sentence(rng: random.Random, lang: str, slots: dict[str, str]) -> str:
    words = LANG[lang]
    return rng.choice(words["sentence"]).format(
        theme=rng.choice(words["theme"]) if rng.random() < 0.3 else slots["theme"],
        public=slots["public"],
        place=slots["place"],
        funder=slots["funder"],
        kind_l=slots["kind"].lower(),
        amount=f"{rng.randint(2, 400) * 5000:,}".replace(",", "."),
        months=rng.choice(("12", "18", "24", "36")),
        deadline_text=slots["deadline_text"],
    )


def make_call(rng: random.Random, n: int, crawled: datetime) -> Call:
    """One generated call, first crawled at `crawled`, closing 10 to 150 days later."""
    lang = rng.choices(("fr", "nl", "en"), (5, 3, 2))[0]
    words = LANG[lang]
    relevant = rng.random() < 0.15
    topical = words["theme"][:TOPICAL_THEMES]
    theme = rng.choice(topical) if relevant or rng.random() < 0.05 else rng.choice(words["theme"])
    deadline = crawled + timedelta(days=rng.randint(10, 150))
    deadline = deadline.replace(
        hour=rng.choice((12, 23)), minute=0 if rng.random() < 0.5 else 59, second=0, microsecond=0
    )
    permanent = rng.random() < 0.02
    slots = {
        "theme": theme,
        "public": rng.choice(words["public"]),
        "place": rng.choice(words["place"]),
        "funder": rng.choice(FUNDERS[lang]),
        "kind": rng.choice(words["kind"]),
        "deadline_text": deadline.strftime("%d/%m/%Y à %H:%M"),
    }
    identifier = ""
    if lang == "en" and rng.random() < 0.5:
        identifier = f"{rng.choice(PROGRAMMES)}-2027-{rng.choice(('SOC', 'INNOV', 'YOUTH'))}-{n}"
    edition = rng.choice(("", "", f"{deadline.year}", f"n°{n % 900 + 100}"))
    focus = " ".join(rng.sample(FOCUS[lang], rng.randint(2, 3)))
    extra = rng.choice(("", slots["public"], slots["place"]))
    title = " ".join(w for w in (slots["kind"], edition, focus, theme, extra) if w)
    if identifier:
        title = f"{identifier} {title}"
    summary = " ".join(sentence(rng, lang, slots) for _ in range(rng.randint(2, 5)))
    text = " ".join(sentence(rng, lang, slots) for _ in range(rng.randint(8, 40)))
    source = rng.choice(SOURCES[lang])
    return Call(
        source=source,
        source_id=identifier or f"{source}/{n}",
        url=f"https://{source}.example.org/appels/{n}",
        title=title,
        summary=summary,
        text=text,
        lang=lang,
        funder=slots["funder"],
        deadline=None if permanent else deadline,
        deadline_text=None if permanent else slots["deadline_text"],
        status="permanent" if permanent else "open",
        budget_amount=rng.choice((None, None, 50000.0, 150000.0, 1_000_000.0)),
        regions=[rng.choice(REGIONS)],
        relevant=relevant,
        is_call=True,
        topics=rng.sample(["insertion", "mentoring"], rng.randint(1, 2)) if relevant else [],
        score=round(rng.random(), 3),
    )


def duplicate(rng: random.Random, call: Call, n: int) -> Call:
    """The same call as published by another source: the same page, or a rewrite of it."""
    other = rng.choice([s for s in SOURCES[call.lang or "fr"] if s != call.source])
    way = rng.choice(("same page", "similar title", "same page"))
    url = call.url if way == "same page" else f"https://{other}.example.org/news/{n}"
    title = call.title if way == "same page" else f"{call.title} (rappel)"
    source_id = call.source_id if call.source_id[0].isupper() else f"{other}/{n}"
    return replace(call, source=other, source_id=source_id, url=url, title=title)


def generate(count: int, seed: int = 7) -> list[tuple[Call, datetime, bool]]:
    """(call, crawl time, is a planted duplicate), in crawl order."""
    rng = random.Random(seed)

    def seen_at(n: int) -> datetime:  # crawls spread evenly over the past year
        return NOW - HISTORY + HISTORY * (n / count)

    calls: list[tuple[Call, datetime, bool]] = []
    pending: list[tuple[int, Call]] = []  # duplicates waiting for their later crawl
    n = 0
    while len(calls) < count:
        while pending and pending[0][0] <= n:
            calls.append((pending.pop(0)[1], seen_at(n), True))
        call = make_call(rng, n, seen_at(n))
        calls.append((call, seen_at(n), False))
        if rng.random() < 0.03:  # found again by another source a few hours to days later
            pending.append((n + rng.randint(1, 300), duplicate(rng, call, n)))
            pending.sort(key=lambda item: item[0])
        n += 1
    return [(read_as_crawled(call, seen), seen, dup) for call, seen, dup in calls[:count]]


def read_as_crawled(call: Call, seen: datetime) -> Call:
    """The call with the fingerprint the crawl's normalize gives it (there, from the page's
    one date reading), so that storage is timed as the crawl uses it."""
    day = call.published or seen.astimezone(BRUSSELS).date()
    paths = (call.url, call.source_id)
    print_ = fingerprint(call.title, call.text, paths, call.summary, reference=day)
    return replace(call, fingerprint=print_)


@contextmanager
def timed_calls(module: Any, name: str, spent: list[float]) -> Iterator[None]:
    """Wrap `module.name` so that the time spent in it is added to spent[0]."""
    original = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            spent[0] += time.perf_counter() - started

    setattr(module, name, wrapper)
    try:
        yield
    finally:
        setattr(module, name, original)


@dataclass
class Figures:
    rows: list[tuple[str, str]]

    def add(self, name: str, value: str) -> None:
        self.rows.append((name, value))
        print(f"  {name}: {value}", flush=True)


def store_calls(database: Path, count: int, figures: Figures) -> list[Call]:
    print(f"\n1. storage: {count:,} calls through CallStore.upsert_call", flush=True)
    started = time.perf_counter()
    generated = generate(count)
    chars = [len(c.title) + len(c.summary) + len(c.text) for c, _, _ in generated]
    planted = sum(1 for _, _, dup in generated if dup)
    print(
        f"  generated in {time.perf_counter() - started:.1f} s; text per call: median "
        f"{statistics.median(chars):,.0f} chars (min {min(chars):,}, max {max(chars):,}); "
        f"{planted:,} planted duplicates",
        flush=True,
    )
    db = open_database(database)
    store = CallStore(db)
    grouped = 0
    # The crawl pipeline commits each call (one WAL fsync each). To keep this bench within a
    # few minutes, all but the last TAIL calls are stored in transactions of BATCH upserts
    # (each upsert is then a savepoint); the last TAIL, at full database size, one commit each.
    tail = min(TAIL, count // 2)
    started = time.perf_counter()
    for first in range(0, count - tail, BATCH):
        db.conn.execute("BEGIN IMMEDIATE")
        for call, crawled, _ in generated[first : min(first + BATCH, count - tail)]:
            grouped += store.upsert_call(call, crawled).group_id is not None
        db.conn.commit()
        done = min(first + BATCH, count - tail)
        if done % (BATCH * 20) == 0:
            rate = done / (time.perf_counter() - started)
            print(f"  {done:>8,} stored, {rate:6.0f} calls/s so far", flush=True)
    spent = time.perf_counter() - started
    figures.add(
        "storage, new calls",
        f"{(count - tail) / spent:,.0f} calls/s in transactions of {BATCH:,} "
        f"({count - tail:,} calls, {spent:.0f} s)",
    )
    started = time.perf_counter()
    for call, crawled, _ in generated[count - tail :]:
        grouped += store.upsert_call(call, crawled).group_id is not None
    spent = time.perf_counter() - started
    figures.add(
        "storage, new calls",
        f"{tail / spent:,.0f} calls/s one commit each, as a crawl does (last {tail:,} calls)",
    )
    figures.add(
        "dedup", f"{grouped:,} joined a known call's group ({planted:,} planted duplicates)"
    )

    rng = random.Random(11)
    originals = [c for c, _, dup in generated if not dup]
    sample = rng.sample(originals, min(10_000, len(originals)))
    started = time.perf_counter()
    unchanged = sum(store.upsert_call(c, NOW).outcome == "unchanged" for c in sample)
    spent = time.perf_counter() - started
    figures.add(
        "re-crawl, unchanged",
        f"{len(sample) / spent:,.0f} calls/s ({len(sample):,} calls, {unchanged:,} unchanged)",
    )
    changed_calls = []
    for call in sample[:1000]:
        if call.deadline and rng.random() < 0.5:
            changed_calls.append(replace(call, deadline=call.deadline + timedelta(days=14)))
        else:
            edited = replace(call, summary=call.summary + " Mise à jour.")
            changed_calls.append(read_as_crawled(edited, NOW))  # the crawl reads it again
    started = time.perf_counter()
    changed = sum(store.upsert_call(c, NOW).outcome == "changed" for c in changed_calls)
    spent = time.perf_counter() - started
    figures.add(
        "re-crawl, changed",
        f"{len(changed_calls) / spent:,.0f} calls/s ({len(changed_calls):,} calls, "
        f"{changed:,} changed)",
    )
    open_count = store.count(f"{open_clause('calls')} and group_id = id", [NOW.isoformat()])
    print(f"  open at {NOW:%Y-%m-%d}: {open_count:,} calls", flush=True)
    db.close()
    return originals


def database_size(database: Path, count: int, figures: Figures) -> None:
    print("\n2. database size", flush=True)
    wal = database.with_name(database.name + "-wal")

    def sizes() -> tuple[int, int]:
        return database.stat().st_size, wal.stat().st_size if wal.exists() else 0

    main, log = sizes()
    print(f"  before checkpoint: file {main / 1e6:.1f} MB + WAL {log / 1e6:.1f} MB", flush=True)
    db = open_database(database)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    tables = {
        name: db.execute(f"select count(*) from [{name}]").fetchone()[0]
        for name in ("calls", "call_keys", "call_changes")
    }
    db.close()
    main, log = sizes()
    figures.add(
        "database size",
        f"{(main + log) / 1e6:,.0f} MB after checkpoint (WAL {log / 1e6:.1f} MB), "
        f"{(main + log) / count:,.0f} bytes per call",
    )
    print(f"  rows: {', '.join(f'{k} {v:,}' for k, v in tables.items())}", flush=True)


def members_yaml(count: int, seed: int = 5) -> dict[str, Any]:
    """Members with one daily or weekly subscription (a quarter also an instant one)."""
    rng = random.Random(seed)
    terms = {
        "fr": ["insertion", "mentorat", "jeunes", "NEET", "formation", '"économie sociale"'],
        "nl": ["inschakeling", "mentoring", "jongeren", "werkzoekenden", '"sociale economie"'],
        "en": ["integration", "mentoring", "youth", "jobseekers", '"social economy"'],
    }
    members = []
    for i in range(count):
        lang = rng.choices(("fr", "nl", "en"), (5, 3, 2))[0]
        filters: dict[str, Any] = {}
        if rng.random() < 0.4:
            filters["topics"] = rng.sample(["insertion", "mentoring"], rng.randint(1, 2))
        if rng.random() < 0.7:
            filters["include"] = rng.sample(terms[lang], rng.randint(1, 3))
        if rng.random() < 0.2:
            filters["exclude"] = [rng.choice(["énergie", "culture", "santé", "mobilité"])]
        if rng.random() < 0.3:
            filters["regions"] = rng.sample(REGIONS, rng.randint(1, 2))
        if rng.random() < 0.3:
            filters["languages"] = [lang] if rng.random() < 0.7 else ["fr", "nl"]
        if rng.random() < 0.2:
            filters["min_days_left"] = rng.choice((7, 10, 21))
        if rng.random() < 0.2:
            filters["relevant_only"] = False
        subscriptions = [
            {
                "name": "digest",
                "channels": ["email"],
                "cadence": "daily" if rng.random() < 0.6 else "weekly",
                "language": lang,
                "filters": filters,
            }
        ]
        if rng.random() < 0.25:
            subscriptions.append(
                {"name": "alerts", "channels": ["email"], "language": lang, "filters": filters}
            )
        members.append(
            {
                "id": f"member-{i}",
                "name": f"ASBL {i}",
                "channels": [{"name": "email", "url": f"mailto://127.0.0.1:1?to=m{i}@example.org"}],
                "subscriptions": subscriptions,
            }
        )
    return {"coalition": "Coalition", "members": members}


def write_config(folder: Path, members: int) -> Path:
    config = folder / "config"
    config.mkdir()
    (config / "veille.yaml").write_text(
        yaml.safe_dump({"bot": {"contact": "bench@example.org"}, "data_dir": str(folder / "data")})
    )
    (config / "sources.yaml").write_text("sources: []\n")
    (config / "members.yaml").write_text(yaml.safe_dump(members_yaml(members), allow_unicode=True))
    return config


def plan_all(config_folder: Path, database: Path, figures: Figures) -> None:
    config = load_config(config_folder)
    cadences = [sub.cadence for member in config.members for sub in member.subscriptions]
    planned = sum(c in ("daily", "weekly") for c in cadences)
    print(
        f"\n3. digests: {len(config.members):,} members, {planned:,} digest subscriptions "
        f"({cadences.count('daily')} daily, {cadences.count('weekly')} weekly; "
        f"{cadences.count('instant')} instant ones not planned here)",
        flush=True,
    )
    db = open_database(database)
    store, outbox = CallStore(db), Outbox(db)
    total = 0.0
    rendering, reading, queueing = [0.0], [0.0], [0.0]
    queued = 0
    with (
        timed_calls(digests, "render_digest", rendering),
        timed_calls(digests.DigestMaterial, "read", reading),
        timed_calls(outbox, "add_digest", queueing),
    ):
        for cadence in ("daily", "weekly"):
            started = time.perf_counter()
            added = digests.plan_digests(config, store, outbox, NOW, cadence)
            spent = time.perf_counter() - started
            total += spent
            queued += added
            print(f"  {cadence}: {added:,} digests queued in {spent:.1f} s", flush=True)
    sizes = [len(row[0]) for row in db.execute("select body_html from outbox").fetchall()]
    db.close()
    filtering = total - rendering[0] - reading[0] - queueing[0]
    figures.add(
        f"digests, {planned:,} subscriptions",
        f"{total:.1f} s, {total / planned * 1000:.1f} ms per member "
        f"({queued:,} non-empty, median {statistics.median(sizes or [0]) / 1024:.0f} KB)",
    )
    figures.add(
        "  of which",
        f"read {reading[0]:.1f} s, sections+filters {filtering:.1f} s, "
        f"render {rendering[0]:.1f} s ({rendering[0] / max(queued, 1) * 1000:.1f} ms per "
        f"message), outbox {queueing[0]:.1f} s",
    )


def web_p95(folder: Path, seconds: float, figures: Figures) -> None:
    print("\n4. web: uvicorn, 1 worker pinned to core 0; 1 keep-alive connection", flush=True)
    port = free_port()
    child = subprocess.Popen([sys.executable, web_load.__file__, "--serve", str(folder), str(port)])
    try:
        web_load.wait(port)
        for name, path in web_load.QUERIES.items():
            web_load.load(port, path, 1.0)  # warm the page cache and the facets
            times, count, spent = web_load.load(port, path, seconds)
            p95 = statistics.quantiles(times, n=20)[-1]
            figures.add(
                f"web {name}",
                f"p95 {p95:.0f} ms (median {statistics.median(times):.0f}, "
                f"max {max(times):.0f}; {count / spent:.0f} req/s)",
            )
    finally:
        child.terminate()
        child.wait(10)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--calls", type=int, default=100_000)
    parser.add_argument("--members", type=int, default=1_000)
    parser.add_argument("--seconds", type=float, default=8.0, help="web load per page")
    parser.add_argument("--keep", action="store_true", help="keep the temp folder")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="veille-scale-"))
    database = database_path(folder / "data")
    figures = Figures([])
    started = time.perf_counter()
    try:
        store_calls(database, args.calls, figures)
        database_size(database, args.calls, figures)
        plan_all(write_config(folder, args.members), database, figures)
        web_p95(folder, args.seconds, figures)
    finally:
        if args.keep:
            print(f"\nkept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"\nSummary ({args.calls:,} calls, {args.members:,} members, {os.cpu_count()} cores)")
    width = max(len(name) for name, _ in figures.rows)
    for name, value in figures.rows:
        print(f"  {name:<{width}}  {value}")
    print(f"  {'bench run time':<{width}}  {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
