"""The note-taker's laptop kept in step with the room: one ``SyncClient`` for the window.

The client runs on a thread of its own (room/sync_client.py) and reports with
``on_report`` on that thread; here the report is re-emitted as a queued signal
so ``reported(report)`` always arrives on the UI thread, where the status sign
and the views are updated. Reports of a client already stopped (a late
``stopped``) are dropped by generation.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from sim_facilitator.room.sync_client import STOPPED, SyncClient, SyncReport


class LiveSync(QObject):
    reported = Signal(object)  # SyncReport, on the UI thread
    _from_client = Signal(int, object)  # (generation, SyncReport), from the client's thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.client: SyncClient | None = None
        self.url = ""
        self.report = SyncReport(STOPPED)
        self._generation = 0
        self._from_client.connect(self._on_report, Qt.ConnectionType.QueuedConnection)

    @property
    def active(self) -> bool:
        return self.client is not None

    def start(self, db_path: Path, url: str) -> None:
        """Sync ``db_path`` with the room at ``url`` until ``stop()``."""
        self.stop()
        self._generation += 1
        generation = self._generation
        signal = self._from_client  # the client thread emits; Qt queues it to this thread

        def on_report(report: SyncReport) -> None:
            signal.emit(generation, report)

        self.client = SyncClient(db_path, url, on_report=on_report)
        self.url = url
        self.report = SyncReport(STOPPED)
        self.client.start()
        self.reported.emit(self.report)

    def stop(self) -> None:
        """Stop the client (returns once its thread ended); harmless when stopped."""
        client, self.client = self.client, None
        self._generation += 1
        if client is None:
            return
        client.stop()
        self.report = SyncReport(STOPPED)
        self.reported.emit(self.report)

    def sync_now(self) -> None:
        if self.client is not None:
            self.client.sync_now()

    def _on_report(self, generation: int, report: SyncReport) -> None:
        if generation != self._generation or self.client is None:
            return
        self.report = report
        self.reported.emit(report)
