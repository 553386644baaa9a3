"""What the projector shows to let phones in: the QR code, the address, the room code.

Large type and the projector view's colours (white and yellow on black), read
from the back of a room. The address and the code are Latin letters and
digits in every language: they are isolated left to right (LRI … PDI) so an
Arabic screen never reorders ``http://192.168.1.10:8080``. The count of
connected phones lets the facilitator see at once whether phones arrive.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from sim_facilitator.room.qr import wifi_qr_text
from sim_facilitator.ui.common.projector_window import projection_scale
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.room.qr_code import QrCode

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
BACKGROUND, TEXT, ACCENT = "#000000", "#ffffff", "#ffc400"  # 21:1 and 13:1 contrast
FIT_STEPS = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5)  # of the type's size, tried until the texts fit


def written_address(url: str) -> str:
    """The address people type: the join URL without the room code in its query."""
    return url.split("?", 1)[0].rstrip("/")


class JoinPanel(Retranslating, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.url = ""
        self.code = ""
        self.phones = 0
        self.wifi_name = ""
        self.wifi_password = ""
        self.setAutoFillBackground(True)
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.Window, QColor(BACKGROUND))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(TEXT))
        self.setPalette(palette)
        base = QFont(self.font())
        # The interface's own size is the floor: a larger system font stays honoured.
        self.floor_points = max(base.pointSizeF(), 9.0)
        self.design_points = self.floor_points * 1.8  # on a 1024×768 projector
        base.setPointSizeF(self.design_points)
        self.setFont(base)
        self.scales: dict[QLabel, float] = {}

        def label(scale: float = 1.0, bold: bool = False, accent: bool = False) -> QLabel:
            item = QLabel(self)
            item.setWordWrap(True)
            font = QFont(base)
            font.setPointSizeF(base.pointSizeF() * scale)
            font.setBold(bold)
            item.setFont(font)
            if accent:
                item.setStyleSheet(f"color: {ACCENT};")
            item.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.scales[item] = scale
            return item

        self.heading = label(1.3, bold=True)
        self.wifi_step = label()
        self.scan_step = label()
        self.address_label = label(1.2, bold=True, accent=True)
        self.address_label.setWordWrap(False)
        self.code_title = label()
        self.code_label = label(2.8, bold=True, accent=True)
        self.code_label.setWordWrap(False)
        code_font = self.code_label.font()
        code_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
        self.code_label.setFont(code_font)
        self.stay_tip = label(0.8)
        self.phones_label = label(1.2, bold=True)
        self.qr = QrCode(self)
        # The room's Wi-Fi, when the facilitator gave its name: a smaller code that joins it.
        self.wifi_qr = QrCode(self)
        self.wifi_qr.setFixedSize(140, 140)
        self.wifi_qr.hide()

        self.texts = texts = QVBoxLayout()
        texts.setSpacing(10)
        texts.addWidget(self.heading)
        texts.addWidget(self.wifi_step)
        for widget in (
            self.scan_step,
            self.address_label,
            self.code_title,
            self.code_label,
            self.stay_tip,
        ):
            texts.addWidget(widget)
        texts.addStretch(1)
        texts.addWidget(self.phones_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(32)
        # The Wi-Fi code under the room's code: the square code leaves that column's
        # height free, while the texts' column needs all of its own.
        codes = QVBoxLayout()
        codes.setSpacing(16)
        codes.addWidget(self.qr, 1)
        codes.addWidget(self.wifi_qr, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(codes, 5)
        layout.addLayout(texts, 6)
        self.retranslate_ui()

    # -- type that fits ---------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_type()

    def set_type(self, factor: float) -> None:
        """Every text at ``factor`` times its size on a 1024×768 projector (not below the UI's)."""
        for item, scale in self.scales.items():
            font = QFont(item.font())
            font.setPointSizeF(max(self.design_points * scale * factor, self.floor_points))
            item.setFont(font)

    def fit_type(self) -> None:
        """The largest type whose texts fit the panel's height: larger on a large projector,
        smaller when the join screen is a window on the laptop's own small screen."""
        start = projection_scale(self.window().size())
        margins = self.layout().contentsMargins()  # type: ignore[union-attr]
        room = self.height() - margins.top() - margins.bottom()
        width = self.heading.width()  # the column's (a layout forgets its own when invalidated)
        for step in FIT_STEPS:
            self.set_type(start * step)
            self.texts.invalidate()  # measured with the new type, not the cached one
            if width <= 0 or self.texts.heightForWidth(width) <= room:
                break

    def show_room(self, url: str, code: str) -> None:
        """The address to encode (with the room code) and the code in large print."""
        self.url, self.code = url, code
        self.qr.set_text(url)
        self.address_label.setText(f"{LRI}{written_address(url)}{PDI}" if url else "")
        # Two groups of three: easier to read out and to type ("K7M 2QX").
        spaced = f"{code[:3]} {code[3:]}" if len(code) == 6 else code
        self.code_label.setText(f"{LRI}{spaced}{PDI}" if code else "")
        self.code_label.setAccessibleName(" ".join(code))  # read letter by letter
        self.retranslate_ui()

    def show_wifi(self, name: str, password: str) -> None:
        """The room's network for step 1 (an empty name: the step stays general)."""
        self.wifi_name, self.wifi_password = name.strip(), password
        self.wifi_qr.set_text(wifi_qr_text(self.wifi_name, password) if self.wifi_name else "")
        self.wifi_qr.setVisible(bool(self.wifi_name))
        self.retranslate_ui()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align_latin()
        super().changeEvent(event)

    def _align_latin(self) -> None:
        # A QLabel aligns by its text's own direction: the Latin address and code would
        # sit on the left of an Arabic column. They follow the interface's side instead.
        side = (
            Qt.AlignmentFlag.AlignRight
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        for item in (self.address_label, self.code_label):
            item.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)

    def set_phones(self, count: int) -> None:
        if count != self.phones:
            self.phones = count
            self._show_phones()

    def _show_phones(self) -> None:
        self.phones_label.setText(
            self.tr("%n phone(s) connected", "", self.phones)
            if self.phones
            else self.tr("No phone connected yet")
        )

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Join the workshop from your phone"))
        if not self.wifi_name:
            self.wifi_step.setText(self.tr("1. Connect to the room's Wi-Fi network."))
        elif self.wifi_password:
            self.wifi_step.setText(
                self.tr("1. Connect to the Wi-Fi network %1, password %2 (or scan the small code):")
                .replace("%1", f"{FSI}{self.wifi_name}{PDI}")
                .replace("%2", f"{LRI}{self.wifi_password}{PDI}")
            )
        else:
            self.wifi_step.setText(
                self.tr("1. Connect to the Wi-Fi network %1 (or scan the small code):").replace(
                    "%1", f"{FSI}{self.wifi_name}{PDI}"
                )
            )
        self.wifi_qr.setAccessibleName(self.tr("QR code to join the room's Wi-Fi"))
        self.scan_step.setText(self.tr("2. Scan the code, or open this address in the browser:"))
        self.code_title.setText(self.tr("3. Room code:"))
        self.stay_tip.setText(
            self.tr(
                "If the phone says the network has no internet, choose “Stay connected”:"
                " the room works without internet."
            )
        )
        self.qr.setAccessibleName(self.tr("QR code to join the room"))
        self._align_latin()
        self._show_phones()
        if self.isVisible():  # other texts, other lines
            self.fit_type()
