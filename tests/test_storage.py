from datetime import datetime, timedelta

from veille.domain.call import BRUSSELS, Call
from veille.storage import CallStore, open_database
from veille.storage.call_queries import CallQueries, CallQuery

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=BRUSSELS)


def make_call(**changes) -> Call:
    fields = dict(
        source="cocof",
        source_id="https://ccf.brussels/?p=1",
        url="https://ccf.brussels/appel-isp/",
        title="Appel à projets insertion",
        summary="Pour les ASBL",
        deadline=datetime(2027, 1, 15, 12, 0, tzinfo=BRUSSELS),
        status="open",
        relevant=True,
        topics=["insertion"],
    )
    return Call(**{**fields, **changes})


def test_recrawl_updates_in_place_and_records_changes():
    store = CallStore(open_database(":memory:"))
    first = store.upsert_call(make_call(), NOW)
    again = store.upsert_call(make_call(), NOW + timedelta(hours=6))
    extended = store.upsert_call(
        make_call(deadline=datetime(2027, 1, 29, 12, 0, tzinfo=BRUSSELS)), NOW + timedelta(days=1)
    )

    assert (first.outcome, again.outcome, extended.outcome) == ("new", "unchanged", "changed")
    assert store.count() == 1
    assert extended.changes == [
        {
            "field": "deadline",
            "old": "2027-01-15T12:00:00+01:00",
            "new": "2027-01-29T12:00:00+01:00",
        }
    ]
    row = store.get_row(first.call_id)
    assert row["first_seen"] == NOW.isoformat()
    assert row["last_changed"] == (NOW + timedelta(days=1)).isoformat()
    assert [c["field"] for c in store.changes(first.call_id)] == ["deadline"]


def test_open_calls_sorted_by_deadline_and_closed_left_out():
    store = CallStore(open_database(":memory:"))
    store.upsert_call(
        make_call(source_id="late", deadline=datetime(2027, 3, 1, tzinfo=BRUSSELS)), NOW
    )
    store.upsert_call(
        make_call(source_id="soon", deadline=datetime(2026, 12, 5, tzinfo=BRUSSELS)), NOW
    )
    store.upsert_call(
        make_call(
            source_id="past", deadline=datetime(2026, 10, 1, tzinfo=BRUSSELS), status="closed"
        ),
        NOW,
    )
    store.upsert_call(make_call(source_id="rolling", deadline=None, status="permanent"), NOW)
    store.upsert_call(make_call(source_id="noise", relevant=False), NOW)

    open_ids = [call.source_id for call in store.open_calls(NOW)]

    assert open_ids == ["soon", "late", "rolling"]


def test_full_text_search_ignores_accents():
    store = CallStore(open_database(":memory:"))
    store.upsert_call(make_call(title="Économie sociale d'insertion"), NOW)
    found, _ = CallQueries(store.db).find_calls(CallQuery(q="economie", status="all"), NOW)

    assert [call.title for call in found] == ["Économie sociale d'insertion"]


def test_migrations_apply_once(tmp_path):
    path = tmp_path / "veille.db"
    CallStore(open_database(path)).upsert_call(make_call(), NOW)

    reopened = CallStore(open_database(path))  # must not re-create tables or lose rows

    assert reopened.count() == 1


def test_a_database_deployed_with_the_coalitions_migrations_takes_the_later_ones(tmp_path):
    """A deployed database has applied up to m008 (issue 13's publics and named regions):
    the fingerprints and the observatory's facts (issue 16) come after it, read from the
    calls it already holds; nothing already applied is run again."""
    from sqlite_utils import Database

    from veille.storage.migrations import migrations

    path = tmp_path / "veille.db"
    deployed = Database(path)
    migrations.apply(deployed, stop_before="m009_call_fingerprints")
    deployed["calls"].insert(
        {
            "id": "c1",
            "source": "s",
            "url": "u",
            "title": "Jeunes NEET",
            "text": "Les projets durent 24 mois. Un cofinancement de 20 % est exigé du porteur.",
            "status": "open",
            "first_seen": "2026-10-01T10:00:00+02:00",
        }
    )
    applied_before = [m.name for m in migrations.applied(deployed)]
    deployed.close()

    db = open_database(path)
    applied = [m.name for m in migrations.applied(db)]
    assert applied_before[-1] == "m008_publics_and_named_regions"
    assert applied == [*applied_before, "m009_call_fingerprints", "m010_observatory_facts"]
    row = db.execute(
        "select duration_months, cofinancing, own_share, fingerprint from calls"
    ).fetchone()
    assert row == (24, 1, 0.2, None)  # a fingerprint is read when dedup first needs it


def test_calls_stored_before_deadline_kinds_get_one_from_what_they_have():
    """Migration 006 on a database of before it: a deadline at 23:59 was filled in for a
    date given alone, so it is taken as a date; other times were stated."""
    from sqlite_utils import Database

    from veille.storage.migrations import migrations

    db = Database(memory=True)
    migrations.apply(db, stop_before="m006_deadline_kind")
    base = {"source": "cocof", "url": "https://ccf.brussels/", "title": "Appel"}
    db["calls"].insert_all(
        [
            {**base, "id": "timed", "deadline": "2027-01-15T12:00:00+01:00", "status": "open"},
            {**base, "id": "day", "deadline": "2027-01-15T23:59:00+01:00", "status": "open"},
            {**base, "id": "rolling", "deadline": None, "status": "permanent"},
            {**base, "id": "unknown", "deadline": None, "status": "unknown"},
        ]
    )
    migrations.apply(db)
    rows = db.execute("select id, deadline_kind, deadline_has_time from calls order by id")
    assert rows.fetchall() == [
        ("day", "deadline", 0),
        ("rolling", "permanent", 0),
        ("timed", "deadline", 1),
        ("unknown", "none", 0),
    ]
