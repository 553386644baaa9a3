"""Hybrid logical clock, packed into one integer.

``hlc = wall_milliseconds << 16 | counter``. A new local stamp is strictly
greater than every stamp this database has produced or seen, so an edit is
always ordered after the edits it was made on top of, even when the laptop's
wall clock is wrong or goes backwards. Ties between devices are broken by the
device id, then the op id (see ``ops.winner_key``).
"""

from __future__ import annotations

import time
from collections.abc import Callable

COUNTER_BITS = 16
DAY_MS = 24 * 3600 * 1000


def wall_ms() -> int:
    return int(time.time() * 1000)


def pack(ms: int, counter: int = 0) -> int:
    return (ms << COUNTER_BITS) + counter


def wall_of(hlc: int) -> int:
    return hlc >> COUNTER_BITS


class HybridClock:
    def __init__(self, last: int = 0, now: Callable[[], int] = wall_ms) -> None:
        self.last = last
        self._now = now

    def tick(self) -> int:
        """A stamp for a local change: after everything seen, near the wall clock."""
        self.last = max(self.last + 1, pack(self._now()))
        return self.last

    def observe(self, remote: int) -> None:
        """Remember a stamp seen in an imported op so later local stamps follow it."""
        if remote > self.last:
            self.last = remote

    def is_far_future(self, hlc: int) -> bool:
        """More than a day ahead of this laptop's clock: a sign of a wrong clock."""
        return wall_of(hlc) > self._now() + DAY_MS
