"""The service's clock, passed in: the real one in production, a settable one in tests."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta
from typing import Protocol

from veille.domain.call import BRUSSELS


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(BRUSSELS)


class FixedClock:
    """A clock that only moves when told to (tests, replays, simulations)."""

    def __init__(self, start: datetime):
        self._now = start
        self._lock = threading.Lock()

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def advance(self, delta: timedelta) -> datetime:
        with self._lock:
            self._now += delta
            return self._now

    def set(self, moment: datetime) -> None:
        with self._lock:
            self._now = moment
