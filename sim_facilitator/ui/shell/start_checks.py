"""The full integrity check and the backup at open, off the UI thread.

``PRAGMA integrity_check`` reads every page of the file (0.2 s for 60 MB, more
on a slow disk) and the backup copies it: the main window does not wait for
either. Until the check has passed, the Store's connection is read-only
(``PRAGMA query_only``), so a damaged file is still never written to. The check
usually ends long before a person can type anything; a write that comes earlier
waits for it (``hold_writes``: the gate every write transaction calls while set)
instead of failing. A damaged file ends the event
loop with ``DAMAGED_EXIT_CODE`` and ``run_app`` takes the usual recovery path.
A damaged file is not backed up (that would rotate a good backup out).
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from sim_facilitator.engine.backup import DAMAGED_DATABASE, backup_file, integrity_problem
from sim_facilitator.engine.database import Database
from sim_facilitator.engine.errors import DomainError

DAMAGED_EXIT_CODE = 76  # run_app: close the store, then show the recovery dialogs


def set_read_only(conn: sqlite3.Connection, read_only: bool) -> None:
    conn.execute(f"PRAGMA query_only = {'ON' if read_only else 'OFF'}")


class StartChecks(QObject):
    """Runs the check then the backup on a thread; reports on the UI thread."""

    _checked = Signal(object)  # None when sound, else the reason (from the worker thread)

    def __init__(
        self,
        db_path: Path,
        on_sound: Callable[[], None],
        on_damaged: Callable[[str], None],
    ) -> None:
        super().__init__()
        self.db_path = db_path
        self._on_sound = on_sound
        self._on_damaged = on_damaged
        # Emitted from the worker, delivered here: this object lives on the UI thread.
        self._checked.connect(self._deliver)
        self._thread = threading.Thread(target=self._run, name="checks-on-open")
        self._finished = False
        self._ready = threading.Event()
        self._problem: str | None = None

    def start(self) -> None:
        # A timer that fires after the loop ended starts nothing; a write that
        # came first (result) may have started the thread already.
        if not self._finished and self._thread.ident is None:
            self._thread.start()

    def result(self) -> str | None:
        """The check's verdict, waiting for it (and starting it if it has not started)."""
        if self._thread.ident is None:
            self._thread.start()
        self._ready.wait()
        return self._problem

    def finish(self) -> None:
        """Wait for the thread; a result not yet delivered is dropped (the loop has ended)."""
        self._finished = True
        if self._thread.ident is not None:
            self._thread.join()

    def _run(self) -> None:
        problem = integrity_problem(self.db_path)
        self._problem = problem
        self._ready.set()
        self._checked.emit(problem)
        if problem is None:
            backup_file(self.db_path, "open")

    @Slot(object)
    def _deliver(self, problem: str | None) -> None:
        if self._finished:
            return
        if problem is None:
            self._on_sound()
        else:
            self._on_damaged(problem)


def open_for_writing(db: Database) -> None:
    """The file is known to be sound: writes go straight through from now on."""
    set_read_only(db.conn, False)
    db.before_write = None


def hold_writes(checks: StartChecks, db: Database, on_damaged: Callable[[str], None]) -> None:
    """Read-only until ``checks`` has judged the file; a write meanwhile waits for the verdict.

    Sound, the write goes through (and every later one); damaged, it is refused
    with the plain reason and ``on_damaged`` sends the app to its recovery dialogs.
    """

    def gate() -> None:
        problem = checks.result()
        if problem is None:
            open_for_writing(db)
            return
        on_damaged(problem)
        raise DomainError(DAMAGED_DATABASE, name=checks.db_path.name, reason=problem)

    set_read_only(db.conn, True)
    db.before_write = gate
