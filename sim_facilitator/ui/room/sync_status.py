"""The sign, at the end of the menu bar, of a laptop that syncs with a room.

"Connected · last synced N s ago" (with a word when a photo's picture was refused:
ideas still flow, the reason is in the tooltip), "Offline — working on this laptop,
will catch up" or "Refused: …" (the reason translated), shown only while the laptop
is in a room; its menu offers "Sync now" and "Leave the room".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from sim_facilitator.engine.clock import wall_ms
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.room.sync_texts import report_error_text

if TYPE_CHECKING:  # the main window builds this sign at start: the client comes later
    from sim_facilitator.room.sync_client import SyncReport

CONNECTED, OFFLINE, REFUSED = "connected", "offline", "refused"  # SyncReport.status

MAX_TEXT_PX = 420


class SyncStatus(Retranslating, QToolButton):
    leave_requested = Signal()
    sync_now_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = "stopped"
        self.last_sync_ms: int | None = None
        self.error = ""
        self.picture_error = ""  # ops still flow; a photo's picture did not
        self.joined = False
        self.setAutoRaise(True)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.sync_now_action = QAction(self)
        self.sync_now_action.triggered.connect(self.sync_now_requested)
        self.leave_action = QAction(self)
        self.leave_action.triggered.connect(self.leave_requested)
        self.menu_.addActions([self.sync_now_action, self.leave_action])
        self.setMenu(self.menu_)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.retranslate_ui)
        self.hide()
        self.retranslate_ui()

    def show_report(self, report: SyncReport, joined: bool) -> None:
        self.status, self.error = report.status, report.error
        self.picture_error = report.picture_error
        self.last_sync_ms = report.last_sync_ms
        self.joined = joined
        if joined:
            self._tick.start()
            self.show()
        else:
            self._tick.stop()
            self.hide()
        self.retranslate_ui()

    def seconds_since_sync(self) -> int | None:
        last = self.last_sync_ms
        return None if last is None else max(0, (wall_ms() - last) // 1000)

    def full_text(self) -> str:
        if self.status == CONNECTED:
            seconds = self.seconds_since_sync() or 0
            text = self.tr("Connected · last synced %n s ago", "", seconds)
            if self.picture_error:
                text += " · " + self.tr("a photo's picture was refused")
            return text
        if self.status == OFFLINE:
            return self.tr("Offline — working on this laptop, will catch up")
        if self.status == REFUSED:
            return self.tr("Refused: %1").replace("%1", report_error_text(self.error))
        return self.tr("Connecting to the room…")

    def retranslate_ui(self) -> None:
        text = self.full_text()
        metrics = self.fontMetrics()
        self.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, MAX_TEXT_PX))
        self.setAccessibleName(text)
        details = [text]
        seconds = self.seconds_since_sync()
        if self.status != CONNECTED and seconds is not None:
            details.append(self.tr("Last synced %n s ago", "", seconds))
        if self.status == OFFLINE and self.error:
            details.append(report_error_text(self.error))
        if self.picture_error:
            details.append(report_error_text(self.picture_error))
        self.setToolTip("\n".join(details))
        self.sync_now_action.setText(self.tr("Sync &now"))
        self.leave_action.setText(self.tr("&Leave the room"))
