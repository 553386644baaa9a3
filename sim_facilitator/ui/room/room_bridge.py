"""Carries the room server's change notices from its own thread to the Qt thread.

``RoomServer`` calls ``on_change(kind)`` on the server's event-loop thread,
where no widget may be touched. Emitting a signal is thread-safe; the
receivers connect with ``Qt.QueuedConnection``, so Qt delivers the call on
the thread the receiver lives in (the UI thread).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class RoomBridge(QObject):
    changed = Signal(str)  # "state", "idea", "ballot" or "phones" (room/server.py)

    def on_change(self, kind: str) -> None:
        """Given to ``RoomServer(on_change=…)``: called on the server's thread; returns at once."""
        self.changed.emit(kind)
