"""The open room of one workshop: starts and stops the phones' web server for the window.

The server runs in a child process (``room/process.RoomProcess``), so the
phones' traffic never competes with the window for the interpreter.
``RoomProcess.start()`` takes about a second (a fresh interpreter imports the
server) and can fail (a port refused, a database that cannot be opened); it
therefore runs on a short-lived starter thread, and the outcome arrives as
``opened(info)`` or ``failed(message)`` (a translated sentence) on the UI
thread. ``close()`` stops the server at once and waits for it, so once it
returns no socket of the room is open: the window calls it when the room, the
workshop or the app is closed. Should the server's process die on its own, the
session closes and says so with ``ended``.

Change notices from the server (``RoomBridge``) are gathered for
``COALESCE_MS`` and given as ``changed(kind)`` once per kind: 200 ballots
within a few seconds redraw the projector a few times a second, not 200 times.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.room.process import RoomProcess
from sim_facilitator.room.server import RoomInfo
from sim_facilitator.ui.common.error_message import error_text
from sim_facilitator.ui.room.room_bridge import RoomBridge

COALESCE_MS = 100  # well inside the one second an idea may take to reach the screens


def database_file(store: Store) -> Path | None:
    """The file the store writes to (the server opens its own connection to it)."""
    row = store.db.conn.execute("PRAGMA database_list").fetchone()
    return Path(row[2]) if row and row[2] else None


def failure_text(error: BaseException) -> str:
    """Why the room did not open, in the user's language."""
    if isinstance(error, DomainError):
        return error_text(error)
    if isinstance(error, TimeoutError):
        return QCoreApplication.translate(
            "RoomSession", "The room did not start in time. Close other programs and try again."
        )
    if isinstance(error, OSError):
        return QCoreApplication.translate(
            "RoomSession",
            "The room could not listen on the network ({reason}). "
            "Another program may use the port, or the system refused it.",
        ).format(reason=error.strerror or type(error).__name__)
    return QCoreApplication.translate(
        "RoomSession", "The room could not be opened ({reason})."
    ).format(reason=type(error).__name__)


class RoomSession(QObject):
    opened = Signal(object)  # RoomInfo: the room listens
    failed = Signal(str)  # a translated reason: the room did not open
    ended = Signal(str)  # a translated reason: the open room stopped by itself
    closed = Signal()
    # "state", "idea", "ballot", "phones", "codes", "pairing", "paired", "sync", "desk"
    changed = Signal(str)
    _started = Signal(object, object)  # (server, RoomInfo | BaseException), from the starter

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server: RoomProcess | None = None
        self.workshop_id: str | None = None
        self.info: RoomInfo | None = None
        self._starter: threading.Thread | None = None
        self.bridge = RoomBridge(self)
        self.bridge.changed.connect(self._note, Qt.ConnectionType.QueuedConnection)
        self._started.connect(self._on_started, Qt.ConnectionType.QueuedConnection)
        self._kinds: set[str] = set()
        # The port each workshop's room last listened on: reopened on the same one, so
        # note-takers' laptops (which keep the address) catch up by themselves.
        self.ports: dict[str, int] = {}
        self._fallback: tuple[Path, str, str | None, bool] | None = None
        self._coalesce = QTimer(self)
        self._coalesce.setSingleShot(True)
        self._coalesce.setInterval(COALESCE_MS)
        self._coalesce.timeout.connect(self._deliver)

    # -- state --------------------------------------------------------------
    @property
    def running(self) -> bool:
        """Listening for phones (not while starting, not after close)."""
        return self.info is not None and self.server is not None and self.server.running

    @property
    def starting(self) -> bool:
        return self.server is not None and self.info is None

    @property
    def connected_phones(self) -> int:
        return self.server.connected_phones if self.running and self.server else 0

    @property
    def wrong_codes(self) -> int:
        """Wrong voter codes phones sent since the room opened."""
        return self.server.wrong_codes if self.running and self.server else 0

    @property
    def moderated(self) -> bool:
        return bool(self.server and self.server.moderated)

    def set_moderated(self, moderated: bool) -> None:
        if self.server is not None:
            self.server.set_moderated(moderated)

    def poke(self) -> None:
        """The laptop changed something phones see: tell them now, not at the next poll."""
        if self.server is not None:
            self.server.poke()

    # -- opening and closing -------------------------------------------------
    def open(
        self,
        db_path: Path,
        workshop_id: str,
        host: str | None = None,
        moderated: bool = False,
        port: int | None = None,
    ) -> None:
        """Start the room for ``workshop_id``; ``opened`` or ``failed`` follows.

        ``port`` None: the port this workshop's room had before, else a free one."""
        self.close()
        if port is None:
            port = self.ports.get(workshop_id, 0)
        # A port taken meanwhile: open again on a free one rather than fail.
        self._fallback = (db_path, workshop_id, host, moderated) if port else None
        try:  # a refused --host is known at once, before any thread
            server = RoomProcess(
                db_path,
                workshop_id,
                host,
                port,
                moderated=moderated,
                on_change=self.bridge.on_change,
                auto_confirm_pairing=False,  # the facilitator confirms each laptop
            )
        except (DomainError, OSError) as error:
            self.failed.emit(failure_text(error))
            return
        self.server = server
        self.workshop_id = workshop_id
        self._starter = threading.Thread(
            target=self._start, args=(server,), name="room-starter", daemon=True
        )
        self._starter.start()

    def _start(self, server: RoomProcess) -> None:  # on the starter thread
        result: RoomInfo | BaseException
        try:
            result = server.start()
        except BaseException as error:  # reported on the UI thread
            result = error
        self._started.emit(server, result)

    def _on_started(self, server: RoomProcess, result: RoomInfo | BaseException) -> None:
        if server is not self.server:  # closed (or reopened) while it was starting
            server.stop()
            return
        if isinstance(result, OSError) and self._fallback is not None:
            db_path, workshop_id, host, moderated = self._fallback
            self.server, self.workshop_id = None, None
            self.open(db_path, workshop_id, host, moderated, port=0)
            return
        if isinstance(result, BaseException):
            self.server = None
            self.workshop_id = None
            self.failed.emit(failure_text(result))
            return
        self.info = result
        self.ports[server.workshop_id] = result.port
        self.opened.emit(result)

    def close(self) -> None:
        """Stop the room now (returns once every socket is closed); harmless when closed."""
        server, starter = self.server, self._starter
        was_open = server is not None
        self.server, self.info, self.workshop_id, self._starter = None, None, None, None
        self._kinds.clear()
        self._coalesce.stop()
        if server is not None:
            if starter is not None and starter.is_alive():
                # Still opening: kill the child now, and let the starter thread (whose
                # start() then returns at once) be done with it; the window never waits.
                server.abort()
            else:
                with contextlib.suppress(Exception):  # a server that failed to start
                    server.stop()
        if was_open:
            self.closed.emit()

    def wait_started(self, timeout: float = 10.0) -> None:
        """Block until the starter thread is done (for scripts and tests)."""
        starter = self._starter
        if starter is not None:
            starter.join(timeout)

    # -- change notices -------------------------------------------------------
    def _note(self, kind: str) -> None:
        if self.server is None:
            return  # a late notice from a room already closed
        if kind == "ended":  # the server's process died: nothing listens any more
            if self.server.running:
                return  # from a room closed earlier (the one open now is alive)
            self.close()
            self.ended.emit(
                QCoreApplication.translate(
                    "RoomSession", "The room stopped unexpectedly. Open it again to continue."
                )
            )
            return
        self._kinds.add(kind)
        if not self._coalesce.isActive():
            self._coalesce.start()

    def _deliver(self) -> None:
        kinds, self._kinds = sorted(self._kinds), set()
        for kind in kinds:
            self.changed.emit(kind)
