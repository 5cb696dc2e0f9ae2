"""The web app's people: who may sign in (from members.yaml), sign-in links, sessions, visits."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from typing import Any, Literal, TypedDict

from sqlite_utils import Database

from veille.storage.read_model import aware_moment

SIGNIN_TOKEN_LIFETIME = timedelta(minutes=30)
SESSION_LIFETIME = timedelta(days=30)
VISIT_GAP = timedelta(minutes=30)  # a new visit starts after this much silence

Role = Literal["member", "admin"]
TokenState = Literal["valid", "used", "expired", "unknown"]


class Person(TypedDict):
    """Someone who may sign in: a member's email address, with that member's id."""

    email: str
    member: str
    name: str
    role: Role


def digest_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _person(row: dict[str, Any]) -> Person:
    return Person(email=row["email"], member=row["member"], name=row["name"], role=row["role"])


class Accounts:
    def __init__(self, db: Database):
        self.db = db

    def sync_people(self, people: list[Person]) -> None:
        """Make the people table match the configuration (it is the source of truth)."""
        with self.db.conn:
            self.db.execute("delete from people")
            if people:
                rows = [dict(person) for person in people]
                self.db.table("people").insert_all(rows, pk="email", replace=True)

    def person(self, email: str) -> Person | None:
        rows = list(self.db.table("people").rows_where("email = ?", [email.strip().lower()]))
        return _person(rows[0]) if rows else None

    def people(self) -> list[Person]:
        return [
            _person(row) for row in self.db.table("people").rows_where(order_by="member, email")
        ]

    def count_attempts(self, key: str, since: datetime) -> int:
        return self.db.table("signin_attempts").count_where(
            "key = ? and at >= ?", [key, since.isoformat()]
        )

    def record_attempt(self, key: str, now: datetime) -> None:
        with self.db.conn:
            self.db.table("signin_attempts").insert({"key": key, "at": now.isoformat()})

    def create_signin_token(self, token: str, email: str, now: datetime) -> None:
        with self.db.conn:
            self.db.table("signin_tokens").insert(
                {
                    "token_hash": digest_secret(token),
                    "email": email,
                    "created": now.isoformat(),
                    "expires": (now + SIGNIN_TOKEN_LIFETIME).isoformat(),
                    "used": None,
                }
            )

    def signin_token_state(self, token: str, now: datetime) -> TokenState:
        """Whether the sign-in link is still good (nothing is consumed)."""
        rows = list(
            self.db.table("signin_tokens").rows_where("token_hash = ?", [digest_secret(token)])
        )
        if not rows:
            return "unknown"
        if rows[0]["used"]:
            return "used"
        return "expired" if rows[0]["expires"] < now.isoformat() else "valid"

    def use_signin_token(self, token: str, now: datetime) -> str | None:
        """The token's email if it was valid; marks it used in the same statement (single use)."""
        with self.db.conn:
            cursor = self.db.execute(
                "update signin_tokens set used = ? where token_hash = ? and used is null "
                "and expires >= ? returning email",
                [now.isoformat(), digest_secret(token), now.isoformat()],
            )
            row = cursor.fetchone()
        return row[0] if row else None

    def create_session(self, session_id: str, email: str, now: datetime) -> None:
        with self.db.conn:
            self.db.table("sessions").insert(
                {
                    "id_hash": digest_secret(session_id),
                    "email": email,
                    "created": now.isoformat(),
                    "expires": (now + SESSION_LIFETIME).isoformat(),
                }
            )

    def session_person(self, session_id: str, now: datetime) -> Person | None:
        row = self.db.execute(
            "select people.* from sessions join people on people.email = sessions.email "
            "where sessions.id_hash = ? and sessions.expires >= ?",
            [digest_secret(session_id), now.isoformat()],
        ).fetchone()
        if row is None:
            return None
        return _person(dict(zip(("email", "member", "name", "role"), row, strict=True)))

    def end_session(self, session_id: str) -> None:
        with self.db.conn:
            self.db.execute("delete from sessions where id_hash = ?", [digest_secret(session_id)])

    def record_visit(self, email: str, now: datetime) -> datetime | None:
        """Note a page view; return when the previous visit ended (for 'new since')."""
        rows = list(self.db.table("visits").rows_where("email = ?", [email]))
        stamp = now.isoformat()
        with self.db.conn:
            if not rows:
                self.db.table("visits").insert(
                    {"email": email, "last_seen": stamp, "previous_seen": None}
                )
                return None
            last, previous = rows[0]["last_seen"], rows[0]["previous_seen"]
            if datetime.fromisoformat(last) + VISIT_GAP < now:
                previous = last
            self.db.table("visits").update(email, {"last_seen": stamp, "previous_seen": previous})
        return aware_moment(previous)
