"""SQLite storage: the only place that imports sqlite-utils."""

from veille.storage.db import CallStore, UpsertResult, open_database

__all__ = ["CallStore", "UpsertResult", "open_database"]

from veille.storage.outbox import Outbox, OutboxEntry

__all__ += ["Outbox", "OutboxEntry"]
