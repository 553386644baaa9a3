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

* parent → child: ``("poke",)``, ``("moderated", bool)``, ``("call", n, name,
  args)`` for the live-sync desk, ``("stop",)``;
* child → parent: ``("started", RoomInfo)`` or ``("failed", Failure)`` once,
  then ``("change", kind, phones, wrong_codes)`` for every notice of the
  server, ``("reply", n, ok, value)`` for every call.

The child stops when told, and also when the pipe breaks (the window crashed
or was killed): no room outlives its app. The process is started with
``spawn`` on every system (no ``fork`` of a process that runs Qt threads).
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import multiprocessing
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from sim_facilitator.engine.errors import DomainError, NotFoundError, ValidationError
from sim_facilitator.room.addresses import listen_addresses
from sim_facilitator.room.server import Limits, RoomInfo, RoomServer, new_room_code
from sim_facilitator.sync.pairing import PendingPairing

log = logging.getLogger(__name__)

CALL_TIMEOUT_S = 5.0  # a live-sync desk call; the child answers in microseconds


class RoomUnavailable(RuntimeError):
    """The room's process did not answer (it stopped, or it is stuck)."""


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
        if isinstance(error, DomainError):
            kind = type(error).__name__
            if not isinstance(error, ValidationError | NotFoundError):
                kind = "DomainError"
            return cls(kind, error.message, error.template, dict(error.params))
        if isinstance(error, OSError):
            return cls("OSError", error.strerror or str(error), errno=error.errno)
        if isinstance(error, TimeoutError):
            return cls("TimeoutError", str(error))
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
        if self.kind == "KeyError":
            return KeyError(self.message)
        return RuntimeError(f"{self.kind}: {self.message}")


# -- the child ----------------------------------------------------------------------------
def serve(conn: Connection, settings: Settings) -> None:
    """The child process: run the room until told to stop or the parent is gone."""
    sending = threading.Lock()

    def send(message: tuple[Any, ...]) -> bool:
        with sending:
            try:
                conn.send(message)
                return True
            except (OSError, EOFError, ValueError):  # the parent is gone
                return False

    server: RoomServer | None = None

    def on_change(kind: str) -> None:  # on the server's threads
        if server is not None:
            send(("change", kind, server.connected_phones, server.wrong_codes))

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
        _obey(conn, server, send)
    finally:
        server.stop()


def _obey(conn: Connection, server: RoomServer, send: Callable[[tuple[Any, ...]], bool]) -> None:
    """Carry out the parent's messages until ``stop`` or a broken pipe."""
    while True:
        try:
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
        elif action == "call":
            number, name, args = message[1], message[2], message[3]
            try:
                value = _desk_call(server, name, args)
            except Exception as error:  # the parent raises it again
                send(("reply", number, False, Failure.of(error)))
            else:
                send(("reply", number, True, value))


_DESK_CALLS = frozenset({"pairing_code", "renew_code", "waiting_pairings", "confirm", "reject"})


def _desk_call(server: RoomServer, name: str, args: tuple[Any, ...]) -> Any:
    if name == "connected":
        return server.sync.connected(*args)
    if name not in _DESK_CALLS:
        raise ValueError(f"unknown call {name!r}")
    return getattr(server.sync, name)(*args)


# -- the parent ---------------------------------------------------------------------------
class RemoteSync:
    """The room's live-sync desk as the window uses it (``RoomSync``'s public methods)."""

    def __init__(self, room: RoomProcess) -> None:
        self._room = room

    def pairing_code(self) -> tuple[str, float]:
        code, expires = self._room.call("pairing_code")
        return str(code), float(expires)

    def renew_code(self) -> str:
        return str(self._room.call("renew_code"))

    def waiting_pairings(self) -> list[PendingPairing]:
        return list(self._room.call("waiting_pairings"))

    def confirm(self, pairing_id: str) -> None:
        self._room.call("confirm", pairing_id)

    def reject(self, pairing_id: str) -> None:
        self._room.call("reject", pairing_id)

    def connected(self, within_s: float = 10.0) -> list[Any]:
        return list(self._room.call("connected", within_s))


class RoomProcess:
    """Serve one workshop from a child process; the same API as ``RoomServer``.

    ``on_change(kind)`` is called on a reader thread of this process (as
    ``RoomServer`` calls it on its own thread), plus ``"ended"`` once if the
    child stops without being asked (it crashed or was killed)."""

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
        self._moderated = moderated
        self._phones = 0
        self._wrong_codes = 0
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None
        self._reader: threading.Thread | None = None
        self._sending = threading.Lock()
        self._stopping = False
        self._numbers = itertools.count(1)
        self._replies: dict[int, tuple[threading.Event, list[Any]]] = {}
        self._replies_lock = threading.Lock()
        self.sync = RemoteSync(self)

    # -- life -------------------------------------------------------------------------
    def start(self, timeout: float = 20.0) -> RoomInfo:
        """Start the child; returns once it listens on every address (or raises why not)."""
        if self._process is not None:
            raise RuntimeError("the room process was already started")
        context = multiprocessing.get_context("spawn")
        parent_end, child_end = context.Pipe()
        process = context.Process(
            target=serve, args=(child_end, self._settings), name="sim-facilitator-room"
        )
        process.daemon = True  # never outlives the app, even if the app forgets to stop it
        self._process, self._conn = process, parent_end
        process.start()
        child_end.close()
        try:
            if not parent_end.poll(timeout):
                raise TimeoutError("the room server did not start in time")
            message = parent_end.recv()
        except (EOFError, OSError) as error:
            self.stop()
            raise RuntimeError("the room's process stopped while starting") from error
        except TimeoutError:
            self.stop()
            raise
        if message[0] != "started":
            self.stop()
            raise message[1].error()
        self.info = message[1]
        self._reader = threading.Thread(target=self._read, name="room-reader", daemon=True)
        self._reader.start()
        return message[1]  # type: ignore[no-any-return]

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the child (every socket closed once this returns); harmless twice."""
        self._stopping = True
        process, conn = self._process, self._conn
        if process is None or conn is None:
            return
        self._send(("stop",))
        process.join(timeout)
        if process.is_alive():  # stuck: the room must close all the same
            process.kill()
            process.join(timeout)
        with contextlib.suppress(OSError):
            conn.close()
        reader = self._reader
        if reader is not None and reader is not threading.current_thread():
            reader.join(timeout)
        self._fail_waiting_calls()

    @property
    def running(self) -> bool:
        process = self._process
        return (
            self.info is not None
            and process is not None
            and process.is_alive()
            and not self._stopping
        )

    @property
    def pid(self) -> int | None:
        return self._process.pid if self._process is not None else None

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
        self._send(("moderated", moderated))

    def poke(self) -> None:
        self._send(("poke",))

    def call(self, name: str, *args: Any) -> Any:
        """Call the live-sync desk in the child and wait for its answer."""
        number = next(self._numbers)
        done = threading.Event()
        answer: list[Any] = []
        with self._replies_lock:
            self._replies[number] = (done, answer)
        try:
            if not self._send(("call", number, name, args)) or not done.wait(CALL_TIMEOUT_S):
                raise RoomUnavailable("the room did not answer")
        finally:
            with self._replies_lock:
                self._replies.pop(number, None)
        if not answer:
            raise RoomUnavailable("the room stopped")
        ok, value = answer
        if not ok:
            raise value.error()
        return value

    # -- the pipe -----------------------------------------------------------------------
    def _send(self, message: tuple[Any, ...]) -> bool:
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
        """The reader thread: notices and replies from the child, until the pipe ends."""
        conn = self._conn
        assert conn is not None
        while True:
            try:
                message = conn.recv()
            except (EOFError, OSError, ValueError):
                break
            if message[0] == "change":
                _kind, kind, phones, wrong_codes = message
                self._phones, self._wrong_codes = int(phones), int(wrong_codes)
                self._notify(str(kind))
            elif message[0] == "reply":
                with self._replies_lock:
                    waiting = self._replies.get(message[1])
                if waiting is not None:
                    waiting[1].extend(message[2:])
                    waiting[0].set()
        self._fail_waiting_calls()
        if not self._stopping:
            log.error("the room's process stopped unexpectedly")
            self._notify("ended")

    def _fail_waiting_calls(self) -> None:
        with self._replies_lock:
            for done, _answer in self._replies.values():
                done.set()

    def _notify(self, kind: str) -> None:
        if self.on_change is None:
            return
        try:
            self.on_change(kind)
        except Exception:  # a broken listener must not stop the notices
            log.exception("room on_change listener failed")
