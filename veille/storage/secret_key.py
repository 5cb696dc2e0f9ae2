"""The key that signs links (feed and calendar URLs, the links that manage a subscription).

It is a file next to the database and not a database row: a copy of the database shared for
debugging, or a backup restored elsewhere, must not carry the key that signs those links.
The environment variable named by `web.secret_key_env` wins when it is set.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from pathlib import Path

from sqlite_utils import Database

SECRET_KEY_FILE = "secret_key"
_memory_key = secrets.token_hex(32)  # an in-memory database (tests): one key per process


def stored_secret_key(folder: Path) -> str:
    """The key in `folder/secret_key` (mode 0600, next to the database), created on first use."""
    path = folder / SECRET_KEY_FILE
    try:
        existing = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        existing = ""
    if existing:
        return existing
    folder.mkdir(parents=True, exist_ok=True)
    # Written to a private temporary file, then linked into place: the link fails if another
    # process created the key meanwhile, and that key is used instead (never half a file).
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".secret_key-")
    try:
        os.fchmod(handle, 0o600)
        with os.fdopen(handle, "w", encoding="ascii") as out:
            out.write(secrets.token_hex(32) + "\n")
        with contextlib.suppress(FileExistsError):
            os.link(temporary, path)
    finally:
        os.unlink(temporary)
    return path.read_text(encoding="ascii").strip()


def signing_key(db: Database, env_name: str) -> str:
    """The key for the database `db` serves: the environment's, else the one beside its file."""
    from_env = os.environ.get(env_name)
    if from_env:
        return from_env
    row = next(iter(db.query("pragma database_list")), None)
    if row is None or not row["file"]:
        return _memory_key
    return stored_secret_key(Path(row["file"]).parent)
