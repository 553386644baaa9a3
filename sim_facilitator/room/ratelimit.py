"""A token bucket per client address: floods get 429, everyone else is untouched."""

from __future__ import annotations

import time
from collections.abc import Callable


class RateLimiter:
    """``burst`` requests at once, refilled at ``per_second``; one bucket per key.

    Buckets are kept in a dict; when it grows past ``max_keys`` (a flood from
    many spoofed addresses on a LAN), buckets that have refilled completely are
    dropped first — they hold no information.
    """

    def __init__(
        self,
        per_second: float = 5.0,
        burst: float = 30.0,
        max_keys: int = 10_000,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.per_second = per_second
        self.burst = burst
        self.max_keys = max_keys
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens, time)

    def take(self, key: str, cost: float = 1.0) -> float:
        """0.0 when allowed (a token is spent), else seconds to wait before retrying."""
        now = self._clock()
        tokens, then = self._buckets.get(key, (self.burst, now))
        tokens = min(self.burst, tokens + (now - then) * self.per_second)
        if tokens < cost:
            self._buckets[key] = (tokens, now)
            return (cost - tokens) / self.per_second
        self._buckets[key] = (tokens - cost, now)
        if len(self._buckets) > self.max_keys:
            self._prune(now)
        return 0.0

    def give_back(self, key: str, cost: float = 1.0) -> None:
        """Return a token taken for something that did not happen after all."""
        found = self._buckets.get(key)
        if found is not None:
            tokens, then = found
            self._buckets[key] = (min(self.burst, tokens + cost), then)

    def _prune(self, now: float) -> None:
        full = [
            k
            for k, (tokens, then) in self._buckets.items()
            if tokens + (now - then) * self.per_second >= self.burst
        ]
        for key in full:
            del self._buckets[key]
        while len(self._buckets) > self.max_keys:  # still too many: forget the oldest
            del self._buckets[next(iter(self._buckets))]
