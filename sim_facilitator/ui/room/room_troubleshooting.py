"""What to do when phones cannot reach the laptop, said plainly beside the join screen.

The three causes seen in venues without internet (``docs`` of the room):
hotspots and guest networks that keep devices apart (client isolation),
Windows' firewall prompt the first time a program listens, and the phone's
"this network has no internet" question. Then two smaller ones: several
networks on the laptop, and phone hotspots that take only a few devices.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from sim_facilitator.ui.common.retranslating import Retranslating


class RoomTroubleshooting(Retranslating, QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retranslate_ui()

    def tips(self) -> list[tuple[str, str]]:
        """(what the user sees, what to do), in the order to check them."""
        return [
            (
                self.tr("The phones do not find the address."),
                self.tr(
                    "Many phone hotspots and guest or venue Wi-Fi networks keep devices apart"
                    " (client isolation). Use a small travel router, or make this laptop the"
                    " hotspot, and connect the phones to it."
                ),
            ),
            (
                self.tr("Windows asks whether to allow the app on the network."),
                self.tr(
                    "Answer Allow, on private networks. If it was refused, phones cannot"
                    " connect: allow SIM Facilitator in Windows Defender Firewall, or set the"
                    " Wi-Fi network as private."
                ),
            ),
            (
                self.tr("The phone says the network has no internet."),
                self.tr(
                    "Answer “Stay connected”. The room needs no internet; if the phone keeps"
                    " leaving the Wi-Fi, turn off its mobile data."
                ),
            ),
            (
                self.tr("This laptop is on several networks."),
                self.tr("Choose the address of the network the phones are on."),
            ),
            (
                self.tr("Phones drop out after a few arrive."),
                self.tr(
                    "A phone's hotspot takes only a few devices. For more than about ten"
                    " people, use a travel router."
                ),
            ),
        ]

    def retranslate_ui(self) -> None:
        heading = self.tr("If phones cannot connect")
        parts = [f"<p><b>{escape(heading)}</b></p>"]
        for seen, todo in self.tips():
            parts.append(f"<p><b>{escape(seen)}</b><br/>{escape(todo)}</p>")
        self.setText("".join(parts))
        self.setAccessibleName(heading)
