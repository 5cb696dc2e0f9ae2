"""SQLite storage: the only place that imports sqlite-utils."""

from veille.storage.db import CallStore, UpsertResult, database_path, open_database
from veille.storage.outbox import Outbox, OutboxEntry

__all__ = ["CallStore", "Outbox", "OutboxEntry", "UpsertResult", "database_path", "open_database"]
