"""Run slow work (PDF layout and writing, imports) on a pool thread, with progress and cancel.

The work is a plain function ``work(progress, cancel)`` from ``domain/`` or
``export/``: ``progress(done, total)`` reports, ``cancel()`` returns True once
the user asked to stop. Results come back to the UI thread as signals.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
T = TypeVar("T")


def on_own_connection(
    db_file: str, fallback: Store, work: Callable[[Store, Progress, Cancel], T]
) -> Callable[[Progress, Cancel], T]:
    """``work`` run with a database connection of its own, opened and closed on the pool
    thread (a SQLite connection belongs to the thread that made it); an in-memory
    database (no file) can only use ``fallback``."""

    def run(progress: Progress, cancel: Cancel) -> T:
        store = Store(connect(db_file)) if db_file else fallback
        try:
            return work(store, progress, cancel)
        finally:
            if store is not fallback:
                store.db.conn.close()

    return run


class JobSignals(QObject):
    progress = Signal(int, int)
    done = Signal(object)  # the work's result
    failed = Signal(object)  # DomainError or another Exception: shown as a message
    cancelled = Signal()


class BackgroundJob(QRunnable):
    def __init__(
        self,
        work: Callable[[Progress, Cancel], Any],
        cancelled_errors: tuple[type[BaseException], ...] = (),
    ) -> None:
        super().__init__()
        self.work = work
        self.cancelled_errors = cancelled_errors
        self.stop = threading.Event()
        self.signals = JobSignals()
        self.setAutoDelete(False)  # the dialog keeps it until it reports back

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit, self.stop.is_set)
        except self.cancelled_errors:
            self.signals.cancelled.emit()
        except Exception as exc:  # reported to the user as a message, never a crash
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class JobProgressDialog(QProgressDialog):
    """A window-modal progress dialog that follows a job and whose Cancel stops it.

    Shown only if the work lasts more than 0.3 s. The progress connection is to
    this object's own slot, so it ends when the dialog is deleted (``finish``).
    """

    def __init__(self, job: BackgroundJob, label: str, cancel_text: str, parent: QWidget) -> None:
        super().__init__(label, cancel_text, 0, 0, parent)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(300)
        self.canceled.connect(job.stop.set)
        job.signals.progress.connect(self.follow)

    @Slot(int, int)
    def follow(self, done: int, total: int) -> None:
        self.setMaximum(max(total, 1))
        self.setValue(done)

    def finish(self) -> None:
        self.reset()
        self.deleteLater()
