"""The join screen: a window for the projector while the room is open.

Most of it is the ``JoinPanel`` (QR code, address, room code, phones
connected) in the projector's large type. Beside it, for the facilitator: the
address the phones should use when the laptop is on several networks, the
moderation switch, the note-takers' laptops (pairing code, laptops connected),
what to do when phones cannot connect, and "Close the room". Closing this
window only hides the screen; the room stays open until "Close the room" (here
or in the Session menu).
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, QSize, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.room.server import RoomInfo
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.common.window_geometry import fit_window
from sim_facilitator.ui.room.join_panel import LRI, PDI, JoinPanel, written_address
from sim_facilitator.ui.room.laptops_panel import LaptopsPanel
from sim_facilitator.ui.room.room_troubleshooting import RoomTroubleshooting

SIDE_WIDTH = 380


class JoinScreen(Retranslating, QWidget):
    moderation_toggled = Signal(bool)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info: RoomInfo | None = None
        self.panel = JoinPanel(self)

        side = QWidget(self)
        # As wide as its longest check box needs, no wider than SIDE_WIDTH otherwise.
        side.setMaximumWidth(SIDE_WIDTH)
        side_layout = QVBoxLayout(side)
        self.address_title = QLabel(side)
        self.address_title.setWordWrap(True)
        self.address_combo = QComboBox(side)
        self.address_title.setBuddy(self.address_combo)
        self.address_combo.currentIndexChanged.connect(self._address_chosen)
        self.moderation_check = QCheckBox(side)
        self.moderation_check.toggled.connect(self.moderation_toggled)
        self.moderation_note = QLabel(side)
        self.moderation_note.setWordWrap(True)
        self.laptops = LaptopsPanel(side)
        self.help = RoomTroubleshooting(side)
        scroll = QScrollArea(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.help)
        self.close_button = QPushButton(side)
        self.close_button.clicked.connect(self.close_requested)
        side_layout.addWidget(self.address_title)
        side_layout.addWidget(self.address_combo)
        side_layout.addSpacing(8)
        side_layout.addWidget(self.moderation_check)
        side_layout.addWidget(self.moderation_note)
        side_layout.addSpacing(8)
        side_layout.addWidget(self.laptops)
        side_layout.addSpacing(8)
        side_layout.addWidget(scroll, 1)
        side_layout.addWidget(self.close_button)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.panel, 1)
        layout.addWidget(side)
        fit_window(self, "join_screen", QSize(1280, 720))
        self.retranslate_ui()

    # -- what it shows ------------------------------------------------------------
    def show_room(self, info: RoomInfo, moderated: bool) -> None:
        self.info = info
        with QSignalBlocker(self.address_combo):
            self.address_combo.clear()
            for url in info.urls:
                self.address_combo.addItem(f"{LRI}{written_address(url)}{PDI}", url)
            self.address_combo.setCurrentIndex(0)
        # Loopback is listed last and reaches only this laptop: one real address means
        # there is nothing to choose.
        several = len([a for a in info.addresses if not a.startswith("127.")]) > 1
        self.address_combo.setVisible(several)
        self.address_title.setVisible(several)
        with QSignalBlocker(self.moderation_check):
            self.moderation_check.setChecked(moderated)
        self.panel.show_room(info.url, info.code)

    def chosen_url(self) -> str:
        return str(self.address_combo.currentData() or (self.info.url if self.info else ""))

    def choose_address(self, index: int) -> None:
        self.address_combo.setCurrentIndex(index)

    def _address_chosen(self, _index: int) -> None:
        if self.info is not None:
            self.panel.show_room(self.chosen_url(), self.info.code)

    def set_phones(self, count: int) -> None:
        self.panel.set_phones(count)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Join the room"))
        self.address_title.setText(self.tr("This laptop is on several networks. Address to show:"))
        self.address_combo.setAccessibleName(self.tr("Address to show"))
        self.moderation_check.setText(self.tr("Approve ideas from phones before they are shown"))
        self.moderation_note.setText(
            self.tr(
                "Waiting ideas are listed in the Capture tab, with Approve and Hide."
                " Hidden ideas stay in the data but never reach the projector."
            )
        )
        self.close_button.setText(self.tr("Close the room"))
        self.close_button.setToolTip(self.tr("Stop serving phones; nothing is lost"))
