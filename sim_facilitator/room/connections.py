"""Open TCP connections, capped per address and in total, checked at accept.

Every socket the server accepts is a file descriptor. Without a cap one
address opening a thousand idle connections exhausts the process's
descriptors: ``accept`` fails with ``EMFILE`` and real phones time out (and
the laptop's own UI may fail to open a file). Each connection is counted when
accepted, and one over the cap (or from an address refused for a while, after
a flood of 429s) is closed at once, before aiohttp parses a byte of it.

At start the soft ``RLIMIT_NOFILE`` is raised to the hard limit where the
platform has ``resource``, and the total cap is kept well below what is left.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Any

from aiohttp import web

log = logging.getLogger(__name__)
FD_RESERVE = 256  # descriptors left to the database, the UI and the listening sockets


def raise_file_limit() -> int | None:
    """Raise the soft limit of open files to the hard one; the soft limit after, or None."""
    try:
        import resource
    except ImportError:  # Windows: no per-process descriptor limit to raise
        return None
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
        wanted = hard if hard != resource.RLIM_INFINITY else max(soft, 65536)
        if soft != resource.RLIM_INFINITY and soft < wanted:
            try:
                resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
            except (ValueError, OSError):  # e.g. macOS refuses above OPEN_MAX
                resource.setrlimit(resource.RLIMIT_NOFILE, (min(wanted, 10240), hard))
            soft = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    except (ValueError, OSError):
        return None
    return None if soft == resource.RLIM_INFINITY else int(soft)


def total_cap(wanted: int, file_limit: int | None) -> int:
    """The total cap, kept clear of the descriptor limit."""
    if file_limit is None:
        return wanted
    return min(wanted, max(16, (file_limit - FD_RESERVE) // 2))


class ConnectionGuard:
    """Counts open connections per address; refuses over the caps or while refused."""

    def __init__(
        self, per_address: int, total: int, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.per_address = per_address
        self.total = total
        self._clock = clock
        self.open: dict[str, int] = {}
        self.count = 0
        self.refused = 0  # connections closed at accept since the start
        self._blocked: dict[str, float] = {}  # address -> refused until

    def admit(self, address: str) -> bool:
        until = self._blocked.get(address)
        if until is not None:
            if self._clock() < until:
                self.refused += 1
                return False
            del self._blocked[address]
        if self.count >= self.total or self.open.get(address, 0) >= self.per_address:
            self.refused += 1
            return False
        self.open[address] = self.open.get(address, 0) + 1
        self.count += 1
        return True

    def release(self, address: str) -> None:
        left = self.open.get(address, 0) - 1
        if left > 0:
            self.open[address] = left
        else:
            self.open.pop(address, None)
        self.count = max(0, self.count - 1)

    def block(self, address: str, seconds: float) -> None:
        """Refuse this address's new connections for a while (a flood)."""
        now = self._clock()
        self._blocked[address] = now + seconds
        if len(self._blocked) > 10_000:
            for key, until in list(self._blocked.items()):
                if until <= now:
                    del self._blocked[key]

    def blocked(self, address: str) -> bool:
        until = self._blocked.get(address)
        return until is not None and self._clock() < until


class _Guarded(asyncio.Protocol):
    """Admits a connection or closes it, then hands everything to aiohttp's handler."""

    def __init__(self, guard: ConnectionGuard, factory: Callable[[], asyncio.Protocol]) -> None:
        self._guard = guard
        self._factory = factory
        self._inner: asyncio.Protocol | None = None
        self._address: str | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        peer: Any = transport.get_extra_info("peername")
        address = str(peer[0]) if isinstance(peer, tuple) and peer else "?"
        if not self._guard.admit(address):
            if isinstance(transport, asyncio.Transport):
                transport.abort()  # the descriptor is released at once
            else:
                transport.close()
            return
        self._address = address
        self._inner = self._factory()
        self._inner.connection_made(transport)

    def connection_lost(self, exc: Exception | None) -> None:
        if self._address is not None:
            self._guard.release(self._address)
            self._address = None
        if self._inner is not None:
            self._inner.connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._inner is not None:
            self._inner.data_received(data)

    def eof_received(self) -> bool | None:
        return self._inner.eof_received() if self._inner is not None else None

    def pause_writing(self) -> None:
        if self._inner is not None:
            self._inner.pause_writing()

    def resume_writing(self) -> None:
        if self._inner is not None:
            self._inner.resume_writing()


class GuardedSite(web.TCPSite):
    """``web.TCPSite`` whose accepted connections go through a ``ConnectionGuard``."""

    def __init__(
        self, runner: web.BaseRunner, host: str, port: int, guard: ConnectionGuard
    ) -> None:
        super().__init__(runner, host, port)
        self._guard = guard

    async def start(self) -> None:
        await web.BaseSite.start(self)  # registers the site with the runner
        loop = asyncio.get_running_loop()
        server = self._runner.server
        assert server is not None
        guard = self._guard
        self._server = await loop.create_server(
            lambda: _Guarded(guard, server), self._host, self._port, backlog=self._backlog
        )
        sockets = self._server.sockets
        self._bound_port = sockets[0].getsockname()[1] if sockets else self._port
