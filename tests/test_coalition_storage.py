"""Marks with reasons and their history, notes with theirs, outcomes; who sees what; and the
migration that keeps a deployed database's marks."""

import importlib
from datetime import datetime, timedelta

import pytest

from veille.domain.call import BRUSSELS, Call
from veille.storage import CallStore, open_database
from veille.storage.db import MIGRATION_SETS
from veille.storage.marks import Marks
from veille.storage.notes import Notes

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=BRUSSELS)


@pytest.fixture
def db():
    database = open_database(":memory:")
    store = CallStore(database)
    for n in (1, 2):
        store.upsert_call(
            Call(source="cocof", source_id=f"c{n}", url=f"https://x/{n}", title=f"Appel {n}"),
            NOW - timedelta(days=3),
        )
    return database


def call_id(n: int) -> str:
    return Call(source="cocof", source_id=f"c{n}", url="", title="").id


def test_a_mark_keeps_its_reason_author_and_date_and_every_change(db):
    marks = Marks(db)
    target = call_id(1)
    marks.set_mark(target, "asbl-a", "interested", NOW, author="alice@a.example")
    marks.set_mark(
        target,
        "asbl-a",
        "not_for_us",
        NOW + timedelta(days=1),
        author="ann@a.example",
        reason="no_cofinancing",
        comment="20 % de cofinancement",
    )
    [now] = marks.marks_for([target], "asbl-b")[target]
    assert (now.mark, now.reason, now.comment, now.author, now.updated) == (
        "not_for_us",
        "no_cofinancing",
        "20 % de cofinancement",
        "ann@a.example",
        NOW + timedelta(days=1),
    )
    history = [(c.mark, c.reason, c.author, c.at) for c in marks.history(target, "asbl-b")]
    assert history == [
        ("not_for_us", "no_cofinancing", "ann@a.example", NOW + timedelta(days=1)),
        ("interested", None, "alice@a.example", NOW),
    ]
    # a reason belongs to "not for us" only; a comment to any mark
    later = NOW + timedelta(days=2)
    marks.set_mark(target, "asbl-a", "applying", later, reason="no_capacity", comment="avec ASBL B")
    [now] = marks.marks_for([target], "asbl-a")[target]
    assert (now.reason, now.comment) == (None, "avec ASBL B")
    assert marks.remove_mark(target, "asbl-a", later, author="alice@a.example")
    assert marks.marks_for([target], "asbl-a")[target] == []
    assert marks.history(target, "asbl-a")[0].mark is None
    with pytest.raises(ValueError):
        marks.set_mark(target, "asbl-a", "maybe", NOW)


def test_a_private_mark_is_its_members_alone_and_hides_what_it_said_before(db):
    marks = Marks(db)
    target = call_id(1)
    marks.set_mark(target, "asbl-a", "interested", NOW - timedelta(days=2))
    marks.set_outcome(target, "asbl-a", "submitted", NOW - timedelta(days=1))
    marks.set_mark(target, "asbl-b", "following", NOW)
    marks.set_mark(target, "asbl-a", "applying", NOW, visibility="private")

    def seen_by(viewer):
        return {
            "marks": [m.member for m in marks.marks_for([target], viewer)[target]],
            "history": [c.member for c in marks.history(target, viewer)],
            "outcomes": [o.member for o in marks.outcomes_for(target, viewer)],
        }

    assert seen_by("asbl-b") == {"marks": ["asbl-b"], "history": ["asbl-b"], "outcomes": []}
    assert seen_by("") == seen_by("asbl-b")  # the coalition's room
    assert seen_by("asbl-a") == {
        "marks": ["asbl-a", "asbl-b"],
        "history": ["asbl-a", "asbl-b", "asbl-a"],
        "outcomes": ["asbl-a"],
    }
    # outcomes reported later are as private as the mark, unless said otherwise
    assert marks.set_outcome(target, "asbl-a", "won", NOW).visibility == "private"
    assert marks.followers(shared_only=True) == {target: {"asbl-b"}}
    assert marks.followers(shared_only=False) == {target: {"asbl-a", "asbl-b"}}
    shared = marks.changes_between(NOW - timedelta(days=7), NOW)
    assert [c.member for c in shared] == ["asbl-b"]
    assert marks.outcomes_between(NOW - timedelta(days=7), NOW) == []


def test_notes_keep_every_version_and_a_private_note_stays_private(db):
    notes = Notes(db)
    target = call_id(1)
    notes.save(target, "asbl-a", "Contact: M. Dupont", NOW, author="alice@a.example")
    assert notes.save(target, "asbl-a", "Contact: M. Dupont ", NOW) is None  # unchanged
    notes.save(
        target, "asbl-b", "Contact: Mme Martin", NOW + timedelta(hours=1), author="bob@b.example"
    )
    notes.save(
        target,
        "asbl-a",
        "Nous visons le volet 2",
        NOW + timedelta(hours=2),
        author="alice@a.example",
        visibility="private",
    )
    shared, own = notes.current(target, "asbl-b")
    assert (shared.text, shared.author, own) == ("Contact: Mme Martin", "bob@b.example", None)
    assert notes.current(target, "asbl-a")[1].text == "Nous visons le volet 2"
    assert [(r.text, r.author) for r in notes.history(target, "asbl-b")] == [
        ("Contact: Mme Martin", "bob@b.example"),
        ("Contact: M. Dupont", "alice@a.example"),
    ]
    assert len(notes.history(target, "asbl-a")) == 3
    window = notes.changes_between(NOW - timedelta(days=1), NOW + timedelta(days=1))
    assert [r.text for r in window] == ["Contact: M. Dupont", "Contact: Mme Martin"]


def test_marks_and_notes_belong_to_the_group_of_duplicates(db):
    db.execute("update calls set group_id = ? where id = ?", [call_id(1), call_id(2)])
    Marks(db).set_mark(call_id(2), "asbl-a", "applying", NOW)
    Notes(db).save(call_id(2), "asbl-a", "Via the duplicate", NOW)
    assert [m.call_id for m in Marks(db).marks_for([call_id(1)], "x")[call_id(1)]] == [call_id(1)]
    assert Notes(db).current(call_id(1), "x")[0].text == "Via the duplicate"


def test_the_migration_keeps_a_deployed_databases_marks_notes_and_outcomes(tmp_path):
    """A database as the previous version left it: marks with one note each, outcomes."""
    from sqlite_utils import Database

    path = tmp_path / "veille.db"
    old = Database(path)
    before = MIGRATION_SETS[: MIGRATION_SETS.index("veille.storage.coalition_tables")]
    for module in before:
        importlib.import_module(module).migrations.apply(old)
    old["marks"].insert_all(
        [
            {
                "call_id": "c1",
                "member": "asbl-a",
                "mark": "applying",
                "note": "Avec B",
                "updated": "2026-10-01T10:00:00+02:00",
            },
            {
                "call_id": "c1",
                "member": "asbl-b",
                "mark": "partner",
                "note": None,
                "updated": "2026-10-02T10:00:00+02:00",
            },
        ]
    )
    old["outcomes"].insert(
        {
            "call_id": "c1",
            "member": "asbl-a",
            "outcome": "won",
            "amount": 12000.0,
            "note": "2e année",
            "updated": "2026-10-03T10:00:00+02:00",
        }
    )
    old.close()

    db = open_database(path)
    marks = Marks(db)
    current = [
        (m.member, m.mark, m.comment, m.visibility) for m in marks.marks_for(["c1"], "x")["c1"]
    ]
    assert current == [
        ("asbl-b", "partner", "", "shared"),
        ("asbl-a", "applying", "Avec B", "shared"),
    ]
    assert [(c.member, c.mark, c.comment) for c in marks.history("c1", "x")] == [
        ("asbl-b", "partner", ""),
        ("asbl-a", "applying", "Avec B"),
    ]
    [won] = marks.outcomes_for("c1", "x")
    assert (won.member, won.outcome, won.amount, won.note) == ("asbl-a", "won", 12000.0, "2e année")
    assert "outcomes" not in db.table_names() and "note" not in db["marks"].columns_dict
    # and the migrated tables take new records
    marks.set_mark("c1", "asbl-a", "not_for_us", NOW, reason="no_capacity", visibility="private")
    assert [m.member for m in marks.marks_for(["c1"], "asbl-b")["c1"]] == ["asbl-b"]
    db.close()
    assert [m.member for m in Marks(open_database(path)).marks_for(["c1"], "x")["c1"]] == ["asbl-b"]


def test_stored_calls_get_their_publics_and_named_regions_by_migration(tmp_path):
    from sqlite_utils import Database

    path = tmp_path / "veille.db"
    old = Database(path)
    from veille.storage import migrations as call_migrations

    call_migrations.migrations.apply(old, stop_before="m008_publics_and_named_regions")
    old["calls"].insert(
        {
            "id": "c1",
            "source": "s",
            "source_id": "1",
            "url": "u",
            "title": "Jeunes NEET",
            "summary": "",
            "text": "Pour les associations bruxelloises.",
            "status": "open",
            "first_seen": "2026-10-01T10:00:00+02:00",
            "regions": '["BE"]',
            "group_id": "c1",
        }
    )
    old.close()
    call = CallStore(open_database(path)).open_calls(NOW, relevant_only=False)[0]
    assert (call.publics, call.named_regions) == (["young_people", "neet"], ["brussels"])
