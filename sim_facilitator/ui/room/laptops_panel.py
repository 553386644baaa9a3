"""Beside the join screen, for the facilitator: the note-takers' laptops of the room.

The pairing code a note-taker types on their laptop (six digits, valid a few
minutes, single use: a new one comes as soon as it is used or expires), its
countdown and a button for a new one; this laptop's fingerprint; the laptops
that synced lately, each with "last synced N s ago". Read once a second from
the room's process (``RemoteSync``: a message each way, well under a millisecond).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from sim_facilitator.room.process import RoomUnavailable
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.room.sync_texts import (
    SideLabel,
    fingerprint_label,
    isolated,
    isolated_name,
)

if TYPE_CHECKING:
    from sim_facilitator.room.process import RemoteSync

CONNECTED_WITHIN_S = 15.0  # a laptop syncs every half second; longer than that, it left


class LaptopsPanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync: RemoteSync | None = None
        self.label_of: Callable[[str], str] = lambda device_id: device_id[-8:]
        self.code = ""
        self.seconds_left = 0.0
        self.laptops: list[tuple[str, int]] = []  # (name, seconds since its last sync)
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.code_title = QLabel(self)
        self.code_title.setWordWrap(True)
        self.code_label = QLabel(self)
        code_font = QFont(self.font())
        code_font.setPointSizeF(max(code_font.pointSizeF(), 9.0) * 2.2)
        code_font.setBold(True)
        code_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
        self.code_label.setFont(code_font)
        self.countdown = QLabel(self)
        # The join screen may be on the projector: the code shows only on demand.
        self.reveal_button = QPushButton(self)
        self.reveal_button.setCheckable(True)
        self.reveal_button.toggled.connect(lambda _on: self.retranslate_ui())
        self.renew_button = QPushButton(self)
        self.renew_button.clicked.connect(self.renew)
        self.own_title = QLabel(self)
        self.own_fingerprint = fingerprint_label(self, 1.0)
        self.list_label = SideLabel(self)
        self.list_label.setWordWrap(True)
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_label)
        code_row.addWidget(self.countdown, 1)
        code_row.addWidget(self.reveal_button)
        code_row.addWidget(self.renew_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.code_title)
        layout.addLayout(code_row)
        layout.addWidget(self.own_title)
        layout.addWidget(self.own_fingerprint)
        layout.addWidget(self.list_label)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.refresh)
        self.retranslate_ui()

    def show_room(
        self, sync: RemoteSync | None, own_fingerprint: str, label_of: Callable[[str], str]
    ) -> None:
        self.sync, self.label_of = sync, label_of
        self.own_fingerprint.setText(isolated(own_fingerprint))
        if sync is None:
            self._tick.stop()
        else:
            self._tick.start()
        self.refresh()

    def renew(self) -> None:
        if self.sync is not None:
            with contextlib.suppress(RoomUnavailable):  # the room is closing: nothing to renew
                self.sync.renew_code()
        self.refresh()

    def refresh(self) -> None:
        self.code, self.seconds_left, self.laptops = "", 0.0, []
        if self.sync is not None:
            with contextlib.suppress(RoomUnavailable):  # the room is closing: show nothing
                self.code, self.seconds_left = self.sync.pairing_code()
                now = time.time()
                self.laptops = [
                    (self.label_of(peer.device_id), int(max(0.0, now - peer.last_sync)))
                    for peer in self.sync.connected(within_s=CONNECTED_WITHIN_S)
                ]
        self._show()

    def _show(self) -> None:
        shown = self.code if self.reveal_button.isChecked() else "•" * len(self.code)
        spaced = f"{shown[:3]} {shown[3:]}" if len(shown) == 6 else shown
        self.code_label.setText(isolated(spaced))
        self.code_label.setAccessibleName(
            " ".join(self.code) if self.reveal_button.isChecked() else self.tr("Hidden")
        )
        left = int(self.seconds_left)
        clock = isolated(f"{left // 60}:{left % 60:02d}")
        self.countdown.setText(self.tr("valid %1 more").replace("%1", clock))
        if self.laptops:
            lines = [
                self.tr("%1 · last synced %n s ago", "", seconds).replace("%1", isolated_name(name))
                for name, seconds in self.laptops
            ]
            self.list_label.setText("\n".join(lines))
        else:
            self.list_label.setText(self.tr("No note-taker's laptop connected."))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Note-takers' laptops"))
        self.code_title.setText(
            self.tr(
                "Pairing code to type on a note-taker's laptop"
                " (“Join a room…” in the Session menu):"
            )
        )
        self.reveal_button.setText(
            self.tr("Hide") if self.reveal_button.isChecked() else self.tr("Show")
        )
        self.reveal_button.setToolTip(
            self.tr("Show the code on this screen (the room may see it if this is projected)")
        )
        self.renew_button.setText(self.tr("New code"))
        self.renew_button.setToolTip(self.tr("Draw a new pairing code; the old one stops working"))
        self.own_title.setText(self.tr("This laptop's fingerprint:"))
        self._show()
