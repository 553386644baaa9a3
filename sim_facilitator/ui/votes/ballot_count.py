"""The number of ballots received in the open round, in print large enough for the room.

Only a count: who voted and how are never on the projector. Hidden when no
round is open (a closed round shows its results instead).
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from sim_facilitator.ui.common.retranslating import Retranslating

ACCENT = "#ffc400"  # the projector's highlight: 13:1 on black


class BallotCount(Retranslating, QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ballots = 0
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.setFont(font)
        self.setStyleSheet(f"color: {ACCENT};")
        self.hide()

    def show_count(self, ballots: int, is_open: bool) -> None:
        self.ballots = ballots
        self.retranslate_ui()
        self.setVisible(is_open)

    def retranslate_ui(self) -> None:
        # %Ln: the figure in the locale's digits ("12" / "١٢").
        self.setText(self.tr("%Ln ballot(s) received", "", self.ballots))
