"""Calls read during a crawl, held until the crawl has read every page of their source.

Held on disk (a temporary file, gone when the crawl ends, even killed): a crawl of thousands
of pages keeps only an index in memory. One call per address: when a call is read under two
URLs, the preferred copy is kept whatever order the copies arrive in.

>>> held = PendingCalls()
>>> held.offer("https://a.example/x", (1, "https://a.example/y"), "copy from y")
(True, None)
>>> held.offer("https://a.example/x", (0, "https://a.example/x"), "copy from x")
(True, 'copy from y')
>>> held.offer("https://a.example/x", (1, "https://a.example/z"), "copy from z")
(False, None)
>>> list(held.release())
['copy from x']
>>> len(held)
0
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterator
from typing import Any, Generic, TypeVar

T = TypeVar("T")
# The request whose callback decides the held calls, once the spider is idle: nothing leaves
# the machine, and the health record does not count it (DECISIONS: how many were made).
DECIDE_URL = "data:,"
DECISIONS = "veille/pages/decisions"


class PendingCalls(Generic[T]):
    def __init__(self) -> None:
        # open for the crawl's whole life, closed by `close`
        self._file = tempfile.TemporaryFile(prefix="veille-pending-")  # noqa: SIM115
        # address -> (preference, offset, size); the smallest preference wins
        self._index: dict[str, tuple[Any, int, int]] = {}

    def __len__(self) -> int:
        return len(self._index)

    def offer(self, address: str, preference: Any, value: T) -> tuple[bool, T | None]:
        """Hold `value` unless a preferred copy of the same address is held: (whether it is
        held, the copy it replaced)."""
        known = self._index.get(address)
        if known is not None and known[0] <= preference:
            return False, None
        replaced = self._load(known[1], known[2]) if known is not None else None
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        offset = self._file.seek(0, 2)
        self._file.write(data)
        self._index[address] = (preference, offset, len(data))
        return True, replaced

    def release(self) -> Iterator[T]:
        """Every held call, in the order of their addresses; the store is empty after."""
        entries = sorted(self._index.items())
        self._index = {}
        for _, (_, offset, size) in entries:
            yield self._load(offset, size)
        if not self._index:
            self._file.seek(0)
            self._file.truncate()

    def close(self) -> None:
        self._file.close()

    def _load(self, offset: int, size: int) -> T:
        self._file.seek(offset)
        # our own bytes, written by this process in this crawl
        value: T = pickle.loads(self._file.read(size))
        return value
