"""Tables of the coalition's work on calls: marks with reasons, their history, notes with
their history, outcomes as reported, each with its author, date and visibility.

Applied after the web app's set, whose `marks` (one mark and one overwritten note per
member and call) and `outcomes` (one per member and call) tables it migrates: a deployed
database keeps its marks (each note becomes its mark's comment) and outcomes, as shared
records of unknown author.
"""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("coalition")


@migrations()
def m001_marks_notes_outcomes_with_history(db: Database) -> None:
    db.table("mark_history").create(
        {
            "id": int,
            "call_id": str,
            "member": str,
            "mark": str,  # null: the mark was removed
            "reason": str,
            "comment": str,
            "visibility": str,
            "author": str,
            "at": str,
        },
        pk="id",
    )
    db.table("mark_history").create_index(["call_id", "member"])
    db.table("mark_history").create_index(["at"])
    db.table("notes").create(
        {
            "id": int,
            "call_id": str,
            "member": str,
            "text": str,
            "visibility": str,
            "author": str,
            "at": str,
        },
        pk="id",
    )
    db.table("notes").create_index(["call_id", "visibility", "member"])
    db.table("notes").create_index(["at"])
    db.table("outcome_history").create(
        {
            "id": int,
            "call_id": str,
            "member": str,
            "outcome": str,
            "amount": float,
            "note": str,
            "visibility": str,
            "author": str,
            "at": str,
        },
        pk="id",
    )
    db.table("outcome_history").create_index(["call_id", "member"])
    db.table("outcome_history").create_index(["at"])

    # What was there: each mark (its note is the comment beside it, as it was shown)
    # becomes its first history entry, each outcome its first report; all were shared.
    db.execute(
        "insert into mark_history (call_id, member, mark, reason, comment, visibility, "
        "author, at) select call_id, member, mark, null, coalesce(note, ''), 'shared', '', "
        "updated from marks"
    )
    db.execute(
        "insert into outcome_history (call_id, member, outcome, amount, note, visibility, "
        "author, at) select call_id, member, outcome, amount, coalesce(note, ''), 'shared', '', "
        "updated from outcomes"
    )
    marks = db.table("marks")
    marks.add_column("reason", str)
    marks.add_column("visibility", str, not_null_default="shared")
    marks.add_column("author", str, not_null_default="")
    marks.transform(rename={"note": "comment"})
    db.execute("update marks set comment = '' where comment is null")
    db.table("outcomes").drop()
