"""The facilitator's question when a note-taker's laptop typed the pairing code.

It shows the laptop's name and fingerprint next to this laptop's own: the
note-taker's screen shows the same two, and the facilitator confirms only when
they match. Refuse is the default button (Enter, Escape and closing the window
refuse): a pairing is trusted for good, as an accepted bundle is.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.sync.pairing import PendingPairing
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.room.sync_texts import (
    SideLabel,
    fingerprint_label,
    isolated,
    isolated_name,
)


class PairingDialog(Retranslating, QDialog):
    decided = Signal(str, bool)  # (pairing id, confirmed)

    def __init__(
        self, pairing: PendingPairing, own_fingerprint: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.pairing_id = pairing.pairing_id
        self.label = pairing.label
        self._decided = False
        self.setModal(False)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        font = self.intro.font()
        font.setBold(True)
        self.intro.setFont(font)
        self.name_label = SideLabel(self)
        self.name_label.setTextFormat(Qt.TextFormat.PlainText)
        self.their_title = QLabel(self)
        self.their_fingerprint = fingerprint_label(self)
        self.their_fingerprint.setText(isolated(pairing.fingerprint))
        self.own_title = QLabel(self)
        self.own_fingerprint = fingerprint_label(self)
        self.own_fingerprint.setText(isolated(own_fingerprint))
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.name_title = QLabel(self)
        # In the order of the note-taker's screen: the room's laptop, then theirs.
        form.addRow(self.own_title, self.own_fingerprint)
        form.addRow(self.name_title, self.name_label)
        form.addRow(self.their_title, self.their_fingerprint)
        self.buttons = QDialogButtonBox(self)
        self.confirm_button = QPushButton(self)
        self.refuse_button = QPushButton(self)
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.refuse_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.confirm_button.setAutoDefault(False)
        self.refuse_button.setAutoDefault(True)
        self.refuse_button.setDefault(True)
        self.confirm_button.clicked.connect(self.confirm)
        self.refuse_button.clicked.connect(self.refuse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.advice)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.refuse_button.setFocus()

    def confirm(self) -> None:
        self._decide(True)
        self.accept()

    def refuse(self) -> None:
        self._decide(False)
        super().reject()

    def reject(self) -> None:  # Escape or the window's close button
        self.refuse()

    def _decide(self, confirmed: bool) -> None:
        if not self._decided:
            self._decided = True
            self.decided.emit(self.pairing_id, confirmed)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Pair a note-taker's laptop?"))
        self.intro.setText(
            self.tr("A laptop typed the pairing code and asks to sync with this one.")
        )
        self.name_title.setText(self.tr("Its name:"))
        self.name_label.setText(isolated_name(self.label) or self.tr("(no name given)"))
        self.their_title.setText(self.tr("Its fingerprint:"))
        self.own_title.setText(self.tr("This laptop's fingerprint:"))
        self.advice.setText(
            self.tr(
                "Confirm only if the note-taker's screen shows the same two fingerprints."
                " Once paired, the two laptops trust each other's changes for good."
            )
        )
        self.confirm_button.setText(self.tr("&Confirm"))
        self.refuse_button.setText(self.tr("&Refuse"))
