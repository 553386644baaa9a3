"""The join screen: a window for the projector while the room is open.

Most of it is the ``JoinPanel`` (QR code, address, room code, phones
connected) in the projector's large type. Beside it, for the facilitator: the
address the phones should use when the laptop is on several networks, the
moderation switch, the note-takers' laptops (pairing code, laptops connected),
what to do when phones cannot connect, and "Close the room"; the room's Wi-Fi
name and password (optional: step 1 then names the network and a second code
joins it); how many wrong voter codes phones sent (someone guessing). "Projector
only" shows the panel alone, full screen, so the room never sees the
facilitator's side; leaving full screen (Esc) brings the side back.
Closing this window only hides the screen; the room stays open until "Close the
room" (here or in the Session menu).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.room.server import RoomInfo
from sim_facilitator.ui.common.projector_window import FullScreenKeys
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.common.window_geometry import fit_window
from sim_facilitator.ui.room.join_panel import LRI, PDI, JoinPanel, written_address
from sim_facilitator.ui.room.laptops_panel import LaptopsPanel
from sim_facilitator.ui.room.room_troubleshooting import RoomTroubleshooting

SIDE_WIDTH = 380


class JoinScreen(Retranslating, QWidget):
    moderation_toggled = Signal(bool)
    close_requested = Signal()
    wifi_changed = Signal(str, str)  # name, password

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info: RoomInfo | None = None
        self.wrong_codes = 0
        self.panel = JoinPanel(self)

        side = QWidget(self)
        self.side = side
        side.setMaximumWidth(SIDE_WIDTH)
        # Everything but "Close the room" scrolls: on a small screen, or in Arabic's
        # taller lines, no text is squeezed out of sight.
        content = QWidget(side)
        side_layout = QVBoxLayout(content)
        self.address_title = QLabel(side)
        self.address_title.setWordWrap(True)
        self.address_combo = QComboBox(side)
        self.address_title.setBuddy(self.address_combo)
        self.address_combo.currentIndexChanged.connect(self._address_chosen)
        self.moderation_check = QCheckBox(side)
        self.moderation_check.toggled.connect(self.moderation_toggled)
        self.moderation_note = QLabel(side)
        self.moderation_note.setWordWrap(True)
        self.wrong_codes_label = QLabel(side)
        self.wrong_codes_label.setWordWrap(True)
        self.wrong_codes_label.hide()
        self.wifi_title = QLabel(side)
        self.wifi_title.setWordWrap(True)
        self.wifi_name_edit = QLineEdit(side)
        self.wifi_password_edit = QLineEdit(side)
        self.wifi_name_label = QLabel(side)
        self.wifi_name_label.setBuddy(self.wifi_name_edit)
        self.wifi_password_label = QLabel(side)
        self.wifi_password_label.setBuddy(self.wifi_password_edit)
        for edit in (self.wifi_name_edit, self.wifi_password_edit):
            edit.setMaxLength(63)  # the longest Wi-Fi password (WPA2)
            edit.editingFinished.connect(self._wifi_edited)
        wifi_form = QFormLayout()
        wifi_form.addRow(self.wifi_name_label, self.wifi_name_edit)
        wifi_form.addRow(self.wifi_password_label, self.wifi_password_edit)
        self.projector_button = QPushButton(side)
        self.projector_button.clicked.connect(lambda: self.set_projecting(True))
        self.laptops = LaptopsPanel(side)
        self.help = RoomTroubleshooting(side)
        self.close_button = QPushButton(side)
        self.close_button.clicked.connect(self.close_requested)
        side_layout.addWidget(self.address_title)
        side_layout.addWidget(self.address_combo)
        side_layout.addSpacing(8)
        side_layout.addWidget(self.moderation_check)
        side_layout.addWidget(self.moderation_note)
        side_layout.addWidget(self.wrong_codes_label)
        side_layout.addSpacing(8)
        side_layout.addWidget(self.wifi_title)
        side_layout.addLayout(wifi_form)
        side_layout.addWidget(self.projector_button)
        side_layout.addSpacing(8)
        side_layout.addWidget(self.laptops)
        side_layout.addSpacing(8)
        side_layout.addWidget(self.help)
        side_layout.addStretch(1)
        scroll = QScrollArea(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(side)
        outer.setContentsMargins(0, 0, 0, 8)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.close_button)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(self.panel, 1)
        layout.addWidget(side)
        fit_window(self, "join_screen", QSize(1280, 720))
        FullScreenKeys(self)
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

    def set_wrong_codes(self, count: int) -> None:
        """Wrong voter codes since the room opened: a few are typos, many are guessing."""
        self.wrong_codes = count
        self.wrong_codes_label.setVisible(count > 0)
        self._show_wrong_codes()

    def _show_wrong_codes(self) -> None:
        self.wrong_codes_label.setText(
            self.tr(
                "%n wrong voter code(s) sent since the room opened. Many in a short time"
                " means someone is guessing: the room then pauses code checks for a minute.",
                "",
                self.wrong_codes,
            )
        )

    def show_wifi(self, name: str, password: str) -> None:
        with QSignalBlocker(self.wifi_name_edit), QSignalBlocker(self.wifi_password_edit):
            self.wifi_name_edit.setText(name)
            self.wifi_password_edit.setText(password)
        self.panel.show_wifi(name, password)

    def _wifi_edited(self) -> None:
        name, password = self.wifi_name_edit.text().strip(), self.wifi_password_edit.text()
        if (name, password) != (self.panel.wifi_name, self.panel.wifi_password):
            self.panel.show_wifi(name, password)
            self.wifi_changed.emit(name, password)

    # -- projector only ----------------------------------------------------------------
    @property
    def projecting(self) -> bool:
        return self.side.isHidden()

    def set_projecting(self, projecting: bool) -> None:
        """The panel alone, full screen (for the projector), or with the facilitator's side."""
        self.side.setVisible(not projecting)
        if projecting:
            self.showFullScreen()
            self.panel.setFocus()
        else:
            self.showNormal()
            self.projector_button.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        # Leaving full screen (Escape, F11, a double click: FullScreenKeys) brings the
        # facilitator's side back: "projector only" is a full-screen state.
        if event.type() == QEvent.Type.WindowStateChange and not self.isFullScreen():
            self.side.setVisible(True)
        super().changeEvent(event)

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
        self.wifi_title.setText(
            self.tr("The room's Wi-Fi, to show phones how to join it (optional):")
        )
        self.wifi_name_label.setText(self.tr("Network &name:"))
        self.wifi_password_label.setText(self.tr("&Password:"))
        self.projector_button.setText(self.tr("Projector only (Esc to come back)"))
        self.projector_button.setToolTip(
            self.tr("Show the join panel alone, full screen: the room does not see this side")
        )
        self._show_wrong_codes()
        self.close_button.setText(self.tr("Close the room"))
        self.close_button.setToolTip(self.tr("Stop serving phones; nothing is lost"))
