"""The room server in a child process of the app: phones cost the window nothing.

The window's thread and a server thread in one process share one interpreter
lock: every SQLite call of the window gives the lock up and may wait for the
server's Python work (aiohttp, JSON for 200 live streams) to hand it back. A
child process has an interpreter of its own; the only thing it shares with
the window is the database file (WAL, short ``BEGIN IMMEDIATE`` writes), as
any second laptop connection does.

``RoomProcess`` has the public face of ``RoomServer`` that the window uses
(``start``, ``stop``, ``running``, ``connected_phones``, ``moderated``,
``set_moderated``, ``wrong_codes``, ``poke``, ``sync``), so the window does not
know where the server runs. One pipe carries everything, both ways:

* parent → child: ``("poke",)``, ``("moderated", bool)``, ``("desk", name,
  args)`` for the live-sync desk (renew the code, confirm or reject a
  pairing), ``("stop",)``;
* child → parent: ``("started", RoomInfo)`` or ``("failed", Failure)`` once,
  then ``("change", kind, phones, wrong_codes)`` for every notice of the
  server, ``("desk", DeskState)`` whenever the desk may have changed and every
  second, and ``("crashed", traceback)`` if the child fails.

The window never waits for the child: what it reads (phones, wrong codes, the
pairing code, the paired laptops, the pairings waiting) is the last state the
child pushed, and what it asks is sent without waiting for an answer, so a
child that is busy with 200 phones, or stuck, costs the window nothing.

The child stops when told, when its server stops, and when the pipe breaks
(the window crashed or was killed): no room outlives its app. The process is
started with ``spawn`` on every system (no ``fork`` of a process that runs Qt
threads); a frozen app calls ``multiprocessing.freeze_support()`` first.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import signal
import threading
import time
import traceback
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from sim_facilitator.engine.errors import DomainError, NotFoundError, ValidationError
from sim_facilitator.room.addresses import listen_addresses
from sim_facilitator.room.server import Limits, RoomInfo, RoomServer, new_room_code
from sim_facilitator.room.sync_http import Peer
from sim_facilitator.sync.pairing import PendingPairing

log = logging.getLogger(__name__)

DESK_EVERY_S = 1.0  # the desk's state is pushed at least this often (its countdown)
STOP_WAIT_S = 2.0  # then the child is killed: closing the room must not hang the window


class RoomUnavailable(RuntimeError):
    """The room's process is not there to ask (it stopped)."""


@dataclass(frozen=True)
class DeskState:
    """The live-sync desk as the child last saw it (``RoomSync``'s public reads)."""

    code: str = ""
    expires_in: float = 0.0
    waiting: tuple[PendingPairing, ...] = ()
    peers: tuple[Peer, ...] = ()
    paired: tuple[dict[str, Any], ...] = ()  # pairings completed since the room opened
    at: float = 0.0  # time.time() when read, so a countdown stays right between pushes


@dataclass(frozen=True)
class Settings:
    """What the child needs to make the same ``RoomServer`` the parent would."""

    db_path: str
    workshop_id: str
    host: str | None
    port: int
    moderated: bool
    limits: Limits
    code: str
    auto_confirm_pairing: bool


@dataclass(frozen=True)
class Failure:
    """An exception from the child, rebuilt in the parent as the same kind of error.

    A ``DomainError`` keeps its template and parameters (the window translates
    them); an ``OSError`` its errno and text; anything else its class name."""

    kind: str
    message: str
    template: str = ""
    params: dict[str, Any] = field(default_factory=dict)
    errno: int | None = None

    @classmethod
    def of(cls, error: BaseException) -> Failure:
        if isinstance(error, TimeoutError):  # an OSError too: keep its own kind
            return cls("TimeoutError", str(error))
        if isinstance(error, DomainError):
            kind = type(error).__name__
            if not isinstance(error, ValidationError | NotFoundError):
                kind = "DomainError"
            return cls(kind, error.message, error.template, dict(error.params))
        if isinstance(error, OSError):
            return cls("OSError", error.strerror or str(error), errno=error.errno)
        return cls(type(error).__name__, str(error))

    def error(self) -> BaseException:
        if self.template:
            kinds: dict[str, type[DomainError]] = {
                "ValidationError": ValidationError,
                "NotFoundError": NotFoundError,
            }
            return kinds.get(self.kind, DomainError)(self.template, **self.params)
        if self.kind == "OSError":
            return OSError(self.errno or 0, self.message)
        if self.kind == "TimeoutError":
            return TimeoutError(self.message)
        return RuntimeError(f"{self.kind}: {self.message}")


# -- the child ----------------------------------------------------------------------------
def serve(conn: Connection, settings: Settings) -> None:
    """The child process: run the room until told to stop, its server stops, or the
    parent is gone."""
    # Ctrl+C in the terminal that started the app is the app's to handle: the room
    # stops when the app tells it (or when the app is gone).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sending = threading.Lock()
    started = threading.Event()

    def send(message: tuple[Any, ...]) -> bool:
        with sending:
            try:
                conn.send(message)
                return True
            except Exception:  # the parent is gone (or a value would not pickle)
                return False

    server: RoomServer | None = None

    def on_change(kind: str) -> None:  # on the server's threads
        # Notices before "started" would reach a parent still waiting for it; the
        # parent reads the whole state once the room is open anyway.
        if server is not None and started.is_set():
            send(("change", kind, server.connected_phones, server.wrong_codes))
            if kind in ("pairing", "paired", "sync"):
                send(("desk", _desk_state(server)))

    try:
        server = RoomServer(
            settings.db_path,
            settings.workshop_id,
            settings.host,
            settings.port,
            moderated=settings.moderated,
            on_change=on_change,
            limits=settings.limits,
            code=settings.code,
            auto_confirm_pairing=settings.auto_confirm_pairing,
        )
        info = server.start()
    except BaseException as error:  # told to the parent, which says it in the user's words
        send(("failed", Failure.of(error)))
        return
    try:
        if not send(("started", info)):
            return
        started.set()
        send(("desk", _desk_state(server)))
        _obey(conn, server, send)
    except BaseException:
        send(("crashed", traceback.format_exc()))
        raise
    finally:
        server.stop()


def _desk_state(server: RoomServer) -> DeskState:
    sync = server.sync
    code, expires = sync.pairing_code()
    return DeskState(
        code,
        expires,
        tuple(sync.waiting_pairings()),
        tuple(sync.connected(within_s=3600.0)),
        tuple(sync.paired),
        time.time(),
    )


def _obey(conn: Connection, server: RoomServer, send: Callable[[tuple[Any, ...]], bool]) -> None:
    """Carry out the parent's messages until ``stop``, a broken pipe or a stopped server."""
    while server.running:
        try:
            if not conn.poll(DESK_EVERY_S):
                send(("desk", _desk_state(server)))  # the countdown, laptops that left
                continue
            message = conn.recv()
        except (EOFError, OSError):  # the app is gone: the room closes with it
            return
        action = message[0]
        if action == "stop":
            return
        if action == "poke":
            server.poke()
        elif action == "moderated":
            server.set_moderated(bool(message[1]))
        elif action == "desk":
            name, args = message[1], message[2]
            if name in _DESK_ACTIONS:
                # A pairing that expired meanwhile has nothing left to decide.
                with contextlib.suppress(DomainError, KeyError):
                    getattr(server.sync, name)(*args)
            send(("desk", _desk_state(server)))


_DESK_ACTIONS = frozenset({"renew_code", "confirm", "reject"})


# -- the parent ---------------------------------------------------------------------------
class RemoteSync:
    """The room's live-sync desk as the window uses it (``RoomSync``'s public methods),
    answered from the state the child last pushed; actions are sent, not awaited."""

    def __init__(self, room: RoomProcess) -> None:
        self._room = weakref.ref(room)  # no cycle: a closed room is freed at once

    def _state(self) -> DeskState:
        room = self._room()
        if room is None or not room.running:
            raise RoomUnavailable("the room is closed")
        return room.desk

    def pairing_code(self) -> tuple[str, float]:
        state = self._state()
        return state.code, max(0.0, state.expires_in - (time.time() - state.at))

    def renew_code(self) -> None:
        self._act("renew_code")

    def waiting_pairings(self) -> list[PendingPairing]:
        return list(self._state().waiting)

    def confirm(self, pairing_id: str) -> None:
        self._act("confirm", pairing_id)

    def reject(self, pairing_id: str) -> None:
        self._act("reject", pairing_id)

    def connected(self, within_s: float = 10.0) -> list[Peer]:
        now = time.time()
        return [p for p in self._state().peers if now - p.last_sync <= within_s]

    @property
    def paired(self) -> list[dict[str, Any]]:
        """Pairings completed since the room opened (device id, fingerprint)."""
        return list(self._state().paired)

    def _act(self, name: str, *args: Any) -> None:
        room = self._room()
        if room is None or not room.running:
            raise RoomUnavailable("the room is closed")
        room.send(("desk", name, args))


class RoomProcess:
    """Serve one workshop from a child process; the same API as ``RoomServer``.

    ``on_change(kind)`` is called on a reader thread of this process (as
    ``RoomServer`` calls it on its own thread), plus ``"desk"`` when the
    live-sync desk's state arrives and ``"ended"`` once if the child stops
    without being asked (it crashed, was killed, or its server stopped)."""

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
        listen_addresses(host)  # a public or unknown --host is refused here, at once
        self.workshop_id = workshop_id
        self.on_change = on_change
        self.info: RoomInfo | None = None
        self._settings = Settings(
            str(db_path),
            workshop_id,
            host,
            port,
            moderated,
            limits or Limits(),
            code or new_room_code(),
            auto_confirm_pairing,
        )
        self.code = self._settings.code
        self.desk = DeskState()
        self._moderated = moderated
        self._phones = 0
        self._wrong_codes = 0
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None
        self._reader: threading.Thread | None = None
        self._sending = threading.Lock()
        self._stopping = False
        self._ended = False
        self._pid: int | None = None
        self.sync = RemoteSync(self)

    # -- life -------------------------------------------------------------------------
    def start(self, timeout: float = 20.0) -> RoomInfo:
        """Start the child; returns once it listens on every address (or raises why not).

        Blocks (a fresh interpreter imports the server): call it off the UI thread.
        ``abort()`` from another thread makes it return at once with an error."""
        if self._process is not None:
            raise RuntimeError("the room process was already started")
        context = multiprocessing.get_context("spawn")
        parent_end, child_end = context.Pipe()
        process = context.Process(
            target=serve, args=(child_end, self._settings), name="sim-facilitator-room"
        )
        process.daemon = True  # never outlives the app, even if the app forgets to stop it
        self._process, self._conn = process, parent_end
        if self._stopping:  # aborted before it began
            raise RoomUnavailable("the room was closed while it was opening")
        process.start()
        self._pid = process.pid
        child_end.close()
        try:
            message = self._first_answer(parent_end, timeout)
        except BaseException:
            self.stop()
            raise
        if message[0] != "started":
            self.stop()
            failure = message[1]
            raise failure.error() if isinstance(failure, Failure) else RuntimeError(failure)
        self.info = message[1]
        self._reader = threading.Thread(target=self._read, name="room-reader", daemon=True)
        self._reader.start()
        return message[1]  # type: ignore[no-any-return]

    def _first_answer(self, conn: Connection, timeout: float) -> tuple[Any, ...]:
        """``("started", info)`` or ``("failed", why)``: the child's first word."""
        deadline = time.monotonic() + timeout
        while True:
            if self._stopping:
                raise RoomUnavailable("the room was closed while it was opening")
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("the room server did not start in time")
            try:
                if not conn.poll(min(left, 0.1)):
                    continue
                message = conn.recv()
            except (EOFError, OSError) as error:
                raise RoomUnavailable("the room's process stopped while starting") from error
            if message[0] in ("started", "failed"):
                return message  # type: ignore[no-any-return]

    def abort(self) -> None:
        """Stop without waiting (any thread): a room closed while it was still opening."""
        self._stopping = True
        process = self._process
        if process is not None and process.pid is not None:
            with contextlib.suppress(OSError, ValueError, AttributeError):
                process.kill()

    def stop(self, timeout: float = STOP_WAIT_S) -> None:
        """Stop the child (every socket closed once this returns); harmless twice."""
        self._stopping = True
        process, conn = self._process, self._conn
        if process is None or conn is None:
            return
        self.send(("stop",))
        with contextlib.suppress(ValueError, AssertionError):  # never started or closed
            process.join(timeout)
            if process.is_alive():  # stuck: the room must close all the same
                process.kill()
                process.join(timeout)
        reader = self._reader
        if reader is not None and reader is not threading.current_thread():
            reader.join(timeout)  # the child is gone: the reader has read the end
        with contextlib.suppress(OSError):
            conn.close()
        with contextlib.suppress(ValueError):  # still running (could not be killed)
            process.close()
        self._process = None

    @property
    def running(self) -> bool:
        process = self._process
        if self.info is None or process is None or self._stopping or self._ended:
            return False
        with contextlib.suppress(ValueError):
            return process.is_alive()
        return False

    @property
    def pid(self) -> int | None:
        return self._pid

    # -- what the window reads and asks ---------------------------------------------------
    @property
    def connected_phones(self) -> int:
        return self._phones

    @property
    def wrong_codes(self) -> int:
        return self._wrong_codes

    @property
    def moderated(self) -> bool:
        return self._moderated

    def set_moderated(self, moderated: bool) -> None:
        self._moderated = moderated
        self.send(("moderated", moderated))

    def poke(self) -> None:
        self.send(("poke",))

    # -- the pipe -----------------------------------------------------------------------
    def send(self, message: tuple[Any, ...]) -> bool:
        """Send to the child without waiting for it (a pipe write of a few bytes)."""
        conn = self._conn
        if conn is None:
            return False
        with self._sending:
            try:
                conn.send(message)
                return True
            except (OSError, EOFError, ValueError):  # the child is gone
                return False

    def _read(self) -> None:
        """The reader thread: notices and the desk's state, until the pipe ends."""
        conn = self._conn
        assert conn is not None
        try:
            while True:
                try:
                    message = conn.recv()
                except (EOFError, OSError, ValueError):
                    break
                self._take(message)
        except Exception:  # a message this version cannot read: the room is unusable
            log.exception("room: a message from the room's process could not be read")
        finally:
            self._ended = True
            if not self._stopping:
                log.error("the room's process stopped unexpectedly")
                self._notify("ended")

    def _take(self, message: tuple[Any, ...]) -> None:
        kind = message[0]
        if kind == "change":
            _kind, change, phones, wrong_codes = message
            self._phones, self._wrong_codes = int(phones), int(wrong_codes)
            self._notify(str(change))
        elif kind == "desk":
            self.desk = message[1]
            self._notify("desk")
        elif kind == "crashed":
            log.error("the room's process failed:\n%s", message[1])

    def _notify(self, kind: str) -> None:
        if self.on_change is None:
            return
        try:
            self.on_change(kind)
        except Exception:  # a broken listener must not stop the notices
            log.exception("room on_change listener failed")
