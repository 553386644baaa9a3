"""The room server: aiohttp on its own thread and event loop, with its own Store.

Why a thread with its own loop (and not qasync on the UI loop): a slow
handler, a flood or 200 live streams then cost the Qt UI thread nothing; the
only shared thing is the SQLite file (WAL: readers never block the writer,
each write is a short ``BEGIN IMMEDIATE`` transaction). The server's SQLite
calls run on one worker thread of their own (a single-thread executor), so
the event loop never waits on the database and the connection is only ever
used by one thread at a time.

Laptop-side changes (a round opened, results shown, an idea moderated) are
noticed through ``PRAGMA data_version`` on the server's connection, polled
every 200 ms, and pushed to phones as Server-Sent Events. The UI can call
``poke()`` after its own writes to skip the wait.

The UI hears of changes through ``on_change(kind)``, called on the server's
thread with ``"state"`` (what phones see changed), ``"idea"`` (an idea arrived
from a phone), ``"ballot"`` (a ballot arrived), ``"phones"`` (the count of
connected phones changed) or ``"codes"`` (a wrong voter code: ``wrong_codes``).
It must return quickly; a Qt caller emits a signal (queued connection) to
handle it on the UI thread.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import hmac
import json
import logging
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from aiohttp import web

from sim_facilitator.engine.database import Database
from sim_facilitator.engine.oplog import newest_hlc
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.room.addresses import listen_addresses
from sim_facilitator.room.ballots import Submissions
from sim_facilitator.room.connections import (
    ConnectionGuard,
    GuardedSite,
    raise_file_limit,
    total_cap,
)
from sim_facilitator.room.http import Stream, build_app
from sim_facilitator.room.ratelimit import RateLimiter
from sim_facilitator.room.state import phone_state
from sim_facilitator.room.static import load_static
from sim_facilitator.room.sync_http import RoomSync

log = logging.getLogger(__name__)
T = TypeVar("T")

CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L
CODE_LENGTH = 6
RECENT_POLL_S = 15.0  # a phone that polled this recently counts as connected


def _snapshot(store: Store, read: Callable[[], T]) -> T:
    """``read()`` inside one read transaction: one consistent view of the database."""
    conn = store.db.conn
    if conn.in_transaction:
        return read()
    conn.execute("BEGIN DEFERRED")
    try:
        return read()
    finally:
        conn.execute("COMMIT")


def new_room_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


@dataclass(frozen=True)
class Limits:
    """What one client may cost; the defaults are those of docs/room-protocol.md §7."""

    max_body: int = 8192
    rate_per_second: float = 5.0
    rate_burst: float = 30.0
    streams_per_client: int = 4
    max_streams: int = 400
    keepalive_s: float = 25.0
    poll_s: float = 0.2
    body_timeout_s: float = 10.0
    write_timeout_s: float = 10.0
    idle_connection_s: float = 15.0
    # Open TCP connections: per address (besides its live streams) and in all
    # (keep it above ``max_streams``); more are closed at accept.
    connections_per_address: int = 8
    max_connections: int = 600
    # A flood: after this many 429s in a row an address is cut off for a while.
    flood_429s: int = 20
    flood_block_s: float = 30.0
    # Ideas go into the permanent record: a budget of their own, per address and
    # per browser token (``idea_burst`` at once, then one every ``idea_every_s``),
    # and at most ``max_pending_ideas`` waiting for approval in a moderated room.
    idea_burst: float = 5.0
    idea_every_s: float = 10.0
    max_pending_ideas: int = 200
    # Wrong voter codes: per address (``code_failures`` within ``code_window_s``,
    # then refused for the rest of it), and for the whole room (more than
    # ``room_code_failures`` within ``room_code_window_s`` from all addresses
    # together: every code check refused for ``room_code_block_s``).
    code_failures: int = 10
    code_window_s: float = 600.0
    room_code_failures: int = 30
    room_code_window_s: float = 60.0
    room_code_block_s: float = 60.0
    # Laptops (``/sync/``): a wider budget of their own, since one catching up sends
    # many requests in a row.
    sync_rate_per_second: float = 50.0
    sync_rate_burst: float = 200.0


@dataclass(frozen=True)
class RoomInfo:
    """Where phones join: ``url`` is the one for the QR code (best private address)."""

    url: str
    urls: tuple[str, ...]
    code: str
    port: int
    addresses: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "code": self.code,
            "urls": list(self.urls),
            "port": self.port,
            "addresses": list(self.addresses),
        }


class RoomServer:
    """Serve one workshop to phones on the local network while the room is open.

    >>> server = RoomServer("workshop.db", workshop_id, host="127.0.0.1")
    >>> info = server.start()          # blocks until listening; raises if it cannot
    >>> info.url, info.code            # for the QR code and the projector
    >>> server.connected_phones        # how many phones are there now
    >>> server.stop()                  # closes every socket and joins the thread

    ``host=None`` listens on loopback and every private address of the machine
    (``addresses.listen_addresses``); a given ``host`` must be loopback or
    private. ``port=0`` picks a free port (the same on every address).
    ``moderated=True`` holds phone ideas for approval (``ideas.approve_idea``).
    """

    def __init__(
        self,
        db_path: str | Path,
        workshop_id: str,
        host: str | None = None,
        port: int = 0,
        *,
        moderated: bool = False,
        on_change: Callable[[str], None] | None = None,
        limits: Limits | None = None,
        code: str | None = None,
        auto_confirm_pairing: bool = False,
    ) -> None:
        self.db_path = Path(db_path)
        self.workshop_id = workshop_id
        self.addresses = listen_addresses(host)  # refuses a public --host at once
        self.port = port
        self.code = code or new_room_code()
        self.limits = limits or Limits()
        self.on_change = on_change
        self._moderated = moderated
        self.rate = RateLimiter(self.limits.rate_per_second, self.limits.rate_burst)
        idea_rate = 1.0 / self.limits.idea_every_s
        self.idea_rate_address = RateLimiter(idea_rate, self.limits.idea_burst)
        self.idea_rate_client = RateLimiter(idea_rate, self.limits.idea_burst)
        self.static = load_static()
        # Laptops of the room (live sync): pairing code, pairings, paired laptops.
        self.sync = RoomSync(self, auto_confirm_pairing)
        self.info: RoomInfo | None = None
        self.language: str | None = None  # the workshop's, for error messages
        # Live state, owned by the event loop thread.
        self.version = 0
        self.state_json = b"{}"
        self._last_state = b""
        self.streams: set[Stream] = set()
        self.stopping = False
        self._recent_polls: dict[str, float] = {}
        self.code_failures: dict[str, tuple[int, float]] = {}  # address -> (count, since)
        self._room_code_failures: deque[float] = deque()  # times of recent wrong codes
        self._codes_paused_until = 0.0
        self._wrong_codes = 0
        # Host names a phone may use (DNS rebinding): the bound addresses, localhost.
        self.host_names = frozenset([*(a.lower() for a in self.addresses), "localhost"])
        self.ballot_submissions: Submissions = {}  # used on the database thread only
        self.flooding: dict[str, int] = {}  # address -> 429s in a row
        self.connections = ConnectionGuard(
            self.limits.connections_per_address + self.limits.streams_per_client,
            self.limits.max_connections,
        )
        self._phones = 0
        self._dirty = True
        # Threads and loop.
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._ready = threading.Event()
        self._startup_error: BaseException | None = None
        self._executor: concurrent.futures.ThreadPoolExecutor | None = None
        self._store: Store | None = None
        self._runner: web.AppRunner | None = None
        self._wake: asyncio.Event | None = None
        self._watcher: asyncio.Task[None] | None = None
        self._seen_version: tuple[int, int] = (-1, -1)

    # -- public API (any thread) ------------------------------------------------
    def start(self, timeout: float = 10.0) -> RoomInfo:
        """Start serving; returns once every socket listens (or raises why not)."""
        if self._thread is not None:
            raise RuntimeError("the room server was already started")
        self._executor = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="room-db")
        self._thread = threading.Thread(target=self._run, name="room-server", daemon=True)
        self._thread.start()
        if not self._ready.wait(timeout):
            self.stop()
            raise TimeoutError("the room server did not start in time")
        if self._startup_error is not None:
            error = self._startup_error
            self.stop()
            raise error
        assert self.info is not None
        return self.info

    def stop(self, timeout: float = 10.0) -> None:
        """Stop: close every stream and socket, join the threads, close the database."""
        loop, thread = self._loop, self._thread
        if loop is not None and thread is not None and thread.is_alive():
            with contextlib.suppress(RuntimeError):  # the loop already closed
                loop.call_soon_threadsafe(lambda: loop.create_task(self._shutdown()))
            thread.join(timeout)
        if self._executor is not None:
            store = self._store
            if store is not None:
                with contextlib.suppress(Exception):
                    self._executor.submit(store.db.conn.close).result(timeout)
            self._executor.shutdown(wait=True)
            self._executor = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive() and not self.stopping

    @property
    def connected_phones(self) -> int:
        """Open live streams plus phones that polled in the last 15 s (a cheap estimate)."""
        return self._phones

    @property
    def moderated(self) -> bool:
        return self._moderated

    def set_moderated(self, moderated: bool) -> None:
        """Hold (or stop holding) new phone ideas for approval; phones are told."""
        self._moderated = moderated
        self.poke()

    @property
    def wrong_codes(self) -> int:
        """Wrong voter codes (``bad_voter_code``) received since the room opened, from
        every address: a number the facilitator may want to see (guessing)."""
        return self._wrong_codes

    def poke(self) -> None:
        """Look for changes now instead of at the next poll (thread-safe)."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._mark_dirty)

    # -- used by the handlers (event loop thread) ---------------------------------
    async def db(self, work: Callable[[Store], T]) -> T:
        """Run ``work(store)`` on the database thread."""
        assert self._executor is not None
        assert self._store is not None
        store = self._store
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, lambda: work(store))

    async def write(self, work: Callable[[Store], T]) -> T:
        """A write for a phone; the new state is pushed at once."""

        def guarded(store: Store) -> T:
            # The UI's Store writes to the same file with its own clock (and the
            # same device id): inside the write transaction (BEGIN IMMEDIATE, so no
            # other writer between), follow the newest stamp, so what is written
            # here is stamped after everything already stored, never beside it.
            with store.transaction():
                store.clock.observe(newest_hlc(store.db))
                return work(store)

        try:
            return await self.db(guarded)
        finally:
            self._mark_dirty()

    def room_code_ok(self, given: str | None) -> bool:
        given = (given or "").replace(" ", "").upper()
        return hmac.compare_digest(given.encode(), self.code.encode())

    def notify(self, kind: str) -> None:
        if self.on_change is None:
            return
        try:
            self.on_change(kind)
        except Exception:  # a broken listener must not break the room
            log.exception("room on_change listener failed")

    # -- wrong voter codes (event loop thread) --------------------------------------
    def code_check_wait(self, client: str) -> tuple[str, float]:
        """``("", 0)`` when ``client`` may present a voter code now, else why not
        (``"address"`` or ``"room"``) and the seconds to wait."""
        now = time.monotonic()
        if now < self._codes_paused_until:
            return "room", self._codes_paused_until - now
        count, since = self.code_failures.get(client, (0, 0.0))
        window = self.limits.code_window_s
        if count >= self.limits.code_failures and now - since < window:
            return "address", window - (now - since)
        return "", 0.0

    def code_failed(self, client: str) -> None:
        """Count a wrong voter code, for its address and for the whole room."""
        limits = self.limits
        now = time.monotonic()
        self._wrong_codes += 1
        count, since = self.code_failures.get(client, (0, now))
        if now - since >= limits.code_window_s:
            count, since = 0, now
        self.code_failures[client] = (count + 1, since)
        if len(self.code_failures) > 10_000:
            self._prune_code_failures(now)
        recent = self._room_code_failures
        recent.append(now)
        while recent and now - recent[0] >= limits.room_code_window_s:
            recent.popleft()
        if len(recent) > limits.room_code_failures:
            # Guessing from many addresses at once: pause every code check.
            self._codes_paused_until = now + limits.room_code_block_s
            recent.clear()
        self.notify("codes")

    def _prune_code_failures(self, now: float) -> None:
        """Forget addresses whose window is over (they hold no information any more)."""
        window = self.limits.code_window_s
        for client, (_count, since) in list(self.code_failures.items()):
            if now - since >= window:
                del self.code_failures[client]
        while len(self.code_failures) > 10_000:  # still too many: forget the oldest
            del self.code_failures[next(iter(self.code_failures))]

    def saw_poll(self, client: str) -> None:
        self._recent_polls[client] = time.monotonic()

    def state_event(self) -> bytes:
        return b"id: %d\nevent: state\ndata: %s\n\n" % (self.version, self.state_json)

    # -- thread and loop --------------------------------------------------------
    def _run(self) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        try:
            loop.run_until_complete(self._startup())
        except BaseException as exc:  # reported to start()
            self._startup_error = exc
            self._ready.set()
            with contextlib.suppress(Exception):
                loop.run_until_complete(self._close_runner())
            loop.close()
            return
        self._ready.set()
        try:
            loop.run_forever()
        finally:
            with contextlib.suppress(Exception):
                pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
                for task in pending:
                    task.cancel()
                loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
                loop.run_until_complete(loop.shutdown_asyncgens())
            loop.close()

    def _open_store(self) -> Store:
        db: Database = connect(self.db_path)
        store = Store(db)
        row = store.require("workshop", self.workshop_id)
        self.language = row.get("language")
        return store

    async def _startup(self) -> None:
        loop = asyncio.get_running_loop()
        assert self._executor is not None
        self._store = await loop.run_in_executor(self._executor, self._open_store)
        self._wake = asyncio.Event()
        await self._refresh()
        app = build_app(self)
        self._runner = web.AppRunner(
            app,
            access_log=None,  # no request log: nothing ties an address to a ballot
            handle_signals=False,
            keepalive_timeout=self.limits.idle_connection_s,
            shutdown_timeout=1.0,
        )
        await self._runner.setup()
        guard = self.connections
        guard.total = total_cap(guard.total, raise_file_limit())
        port = await self._listen()
        urls = tuple(f"http://{a}:{port}/?room={self.code}" for a in self.addresses)
        self.info = RoomInfo(urls[0], urls, self.code, port, tuple(self.addresses))
        self._watcher = loop.create_task(self._watch())

    async def _listen(self, attempts: int = 5) -> int:
        """Listen on every address on one port (with port 0: the first one's free port).

        aiohttp's event loop opens the listening sockets (this package never
        touches a socket itself, and never connects anywhere); each accepted
        connection passes the ``ConnectionGuard`` first (connections.py).
        """
        assert self._runner is not None
        last_error: OSError | None = None
        for _attempt in range(attempts if self.port == 0 else 1):
            port = self.port
            try:
                for address in self.addresses:
                    await GuardedSite(self._runner, address, port, self.connections).start()
                    if port == 0:
                        port = int(self._runner.addresses[0][1])
                return port
            except OSError as exc:  # that port is taken on another address: try again
                last_error = exc
                for site in list(self._runner.sites):
                    await site.stop()
        assert last_error is not None
        raise last_error

    @property
    def bound(self) -> list[tuple[str, int]]:
        """(address, port) of every listening socket (empty when stopped)."""
        runner = self._runner
        return [(str(a[0]), int(a[1])) for a in runner.addresses] if runner else []

    async def _shutdown(self) -> None:
        self.stopping = True
        for stream in list(self.streams):
            stream.wake.set()
        if self._watcher is not None:
            self._watcher.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._watcher
        await self._close_runner()
        asyncio.get_running_loop().stop()

    async def _close_runner(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # -- watching for changes -----------------------------------------------------
    def _mark_dirty(self) -> None:
        self._dirty = True
        if self._wake is not None:
            self._wake.set()

    @staticmethod
    def _db_version(store: Store) -> tuple[int, int]:
        conn = store.db.conn
        (data_version,) = conn.execute("PRAGMA data_version").fetchone()
        return conn.total_changes, int(data_version)

    async def _watch(self) -> None:
        assert self._wake is not None
        while not self.stopping:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.limits.poll_s)
            self._wake.clear()
            try:
                version = await self.db(self._db_version)
                if self._dirty or version != self._seen_version:
                    self._seen_version = version
                    self._dirty = False
                    await self._refresh()
            except Exception:  # e.g. the database is busy; try again at the next tick
                log.exception("room: refreshing the phones' state failed")
            self._count_phones()

    async def _refresh(self) -> None:
        workshop_id, moderated = self.workshop_id, self._moderated
        state = await self.db(
            lambda s: _snapshot(s, lambda: phone_state(s, workshop_id, moderated))
        )
        body = json.dumps(state, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
        encoded = body.encode("utf-8")
        if encoded == self._last_state:
            return
        self._last_state = encoded
        self.version += 1
        self.state_json = json.dumps(
            {**state, "version": self.version},
            ensure_ascii=False,
            separators=(",", ":"),
            sort_keys=True,
        ).encode("utf-8")
        for stream in list(self.streams):
            stream.wake.set()
        if self.version > 1:
            self.notify("state")

    def _count_phones(self) -> None:
        now = time.monotonic()
        self._prune_code_failures(now)
        for client, seen in list(self._recent_polls.items()):
            if now - seen > RECENT_POLL_S:
                del self._recent_polls[client]
        streaming = {s.client for s in self.streams}
        phones = len(self.streams) + len(set(self._recent_polls) - streaming)
        if phones != self._phones:
            self._phones = phones
            self.notify("phones")
