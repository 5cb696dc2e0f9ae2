"""Tables of the digest web app: people, sign-in, sessions, marks, outcomes, visits."""

from __future__ import annotations

from sqlite_utils import Database, Migrations

migrations = Migrations("web")


@migrations()
def m001_web(db: Database) -> None:
    # People are synced from members.yaml (members' `people` emails); role: member | admin.
    db.table("people").create({"email": str, "member": str, "name": str, "role": str}, pk="email")
    # Only a hash of each secret token is stored: a leaked database signs nobody in.
    db.table("signin_tokens").create(
        {"token_hash": str, "email": str, "created": str, "expires": str, "used": str},
        pk="token_hash",
    )
    db.table("signin_attempts").create({"id": int, "key": str, "at": str}, pk="id")
    db.table("signin_attempts").create_index(["key", "at"])
    db.table("sessions").create(
        {"id_hash": str, "email": str, "created": str, "expires": str}, pk="id_hash"
    )
    # What a member says about a call (veille.domain.vocabulary.MARKS); reminders read it.
    db.table("marks").create(
        {"call_id": str, "member": str, "mark": str, "note": str, "updated": str},
        pk=("call_id", "member"),
    )
    db.table("marks").create_index(["member"])
    db.table("outcomes").create(
        {
            "call_id": str,
            "member": str,
            "outcome": str,
            "amount": float,
            "note": str,
            "updated": str,
        },
        pk=("call_id", "member"),
    )
    db.table("visits").create({"email": str, "last_seen": str, "previous_seen": str}, pk="email")
    # The home page lists relevant calls by deadline; this keeps it fast at 100,000 calls.
    db.execute("create index if not exists calls_relevant_deadline on calls(relevant, deadline)")
    db.execute("create index if not exists calls_first_seen on calls(first_seen)")


@migrations()
def m002_list_index(db: Database) -> None:
    # With the status in the index, counting a view's open calls reads the index only.
    db.execute("drop index if exists calls_relevant_deadline")
    db.execute("create index calls_relevant_deadline on calls(relevant, deadline, status)")


@migrations()
def m003_groups(db: Database) -> None:
    # Lists show one entry per group of duplicates: with group_id in the index, the home
    # page finds the groups of the open relevant calls from the index alone.
    db.execute("drop index if exists calls_relevant_deadline")
    db.execute(
        "create index calls_relevant_deadline on calls(relevant, deadline, status, group_id)"
    )
    # The duplicates alone (few): counting a view's groups corrects for them only.
    db.execute("create index calls_duplicates on calls(group_id) where group_id != id")
    # Marks and outcomes belong to the group: move those made on a duplicate to its group's
    # representative (when a member marked both, the representative's stays).
    for table in ("marks", "outcomes"):
        db.execute(
            f"update or ignore {table} set call_id = (select calls.group_id from calls "
            f"where calls.id = {table}.call_id) where call_id in (select id from calls "
            "where group_id is not null and group_id != id)"
        )
        db.execute(
            f"delete from {table} where call_id in "
            "(select id from calls where group_id is not null and group_id != id)"
        )
