"""The sign, at the end of the menu bar, that the room is open: its code and the phones in it.

Shown only while the room is open, so nobody forgets a server running; a
click brings the join screen back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton, QWidget

from sim_facilitator.ui.common.retranslating import Retranslating

LRI, PDI = "\u2066", "\u2069"


class RoomStatus(Retranslating, QToolButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = ""
        self.phones = 0
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setAutoRaise(True)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.hide()
        self.retranslate_ui()

    def show_open(self, code: str, phones: int) -> None:
        self.code, self.phones = code, phones
        self.retranslate_ui()
        self.show()

    def show_closed(self) -> None:
        self.code, self.phones = "", 0
        self.hide()

    def retranslate_ui(self) -> None:
        text = self.tr("Room open · %1 · %n phone(s)", "", self.phones).replace(
            "%1", f"{LRI}{self.code}{PDI}"
        )
        self.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(self.tr("Show the join screen"))
