"""The capture's photo: "typing from photo 3", shown beside the text box.

A note-taker types a flipchart's ideas from its photo: chosen here (Ctrl+I
steps to the next photo, Ctrl+Shift+I back, wrapping through "no photo"), the
photo shows large beside the text box and every idea saved while it is chosen
points to it (``idea.photo_id``), until "no photo" is chosen again. "Add
photos…" attaches picture files to the current question (dropping them on the
capture screen does the same); "Photos (n)…" shows the question's photos large,
to caption or remove them. The row is shown while the workshop has photos. Its
strings keep the ``CaptureView`` translation context, like the other capture
pickers.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from sim_facilitator.domain.photos.records import attached_to, photos_of
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.keys_text import native_keys
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.photos.labels import photo_label

NEXT_PHOTO_KEYS = "Ctrl+I"
PREVIOUS_PHOTO_KEYS = "Ctrl+Shift+I"


class PhotoPicker(Retranslating, QWidget):
    chosen = Signal(object)  # the photo id typed from, or None

    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.label = QLabel(self)
        self.box = QComboBox(self)
        # Tab reaches it (after the list of ideas); Ctrl+I changes it from the text box.
        self.box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.box.setMinimumContentsLength(14)
        self.label.setBuddy(self.box)
        # Placed by the capture view in its top row: it stays there while the workshop
        # has no photo, and this row (the choice of a photo) is shown only once it has.
        self.add_button = QPushButton(self)
        self.add_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        # A tool button: as low as the combo box (a push button made the row, and so the
        # capture tab, too tall for a 1024×600 screen in Arabic).
        self.manage_button = QToolButton(self)
        self.manage_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.manage_button)
        self._photos: list[dict[str, Any]] = []
        self._attached: dict[str, tuple[str, str] | None] = {}
        self._question_count = 0
        self.box.currentIndexChanged.connect(lambda _i: self.chosen.emit(self.photo_id()))
        self.retranslate_ui()
        self.load()

    def retranslate_ui(self) -> None:
        self.label.setText(
            QCoreApplication.translate("CaptureView", "Typing from &photo ({keys}):").format(
                keys=f"\u2066{native_keys(NEXT_PHOTO_KEYS)}\u2069"
            )
        )
        self.add_button.setText(QCoreApplication.translate("CaptureView", "Add photos…"))
        self.add_button.setToolTip(
            QCoreApplication.translate(
                "CaptureView",
                "Photos of the current question's flipchart (or drop picture files on this screen)",
            )
        )
        self._fill()
        self.show_count(self._question_count)
        # No taller than the row's label and combo box (a tool button's Arabic text
        # made it 33 pixels high, and the capture tab too tall for 1024×600).
        self.manage_button.setFixedHeight(
            max(self.box.sizeHint().height(), self.label.sizeHint().height())
        )

    def show_count(self, count: int) -> None:
        """How many photos the current question has, on the button that shows them."""
        self._question_count = count
        self.manage_button.setText(self.tr("Photos (%n)…", "", count))
        self.manage_button.setToolTip(
            QCoreApplication.translate(
                "CaptureView", "The current question's photos, large: caption or remove them"
            )
        )

    def load(self) -> None:
        """Read the workshop's photos again, keeping the one chosen if it is still there."""
        self._photos = photos_of(self.store, self.workshop_id)
        self._attached = {p["id"]: attached_to(self.store, p) for p in self._photos}
        self._fill()

    def _fill(self) -> None:
        current = self.photo_id()
        self.box.blockSignals(True)
        self.box.clear()
        self.box.addItem(QCoreApplication.translate("CaptureView", "(no photo)"), None)
        for number, photo in enumerate(self._photos, 1):
            text = photo_label(number, photo, self._attached.get(photo["id"]))
            self.box.addItem(text, photo["id"])
            self.box.setItemData(self.box.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        index = self.box.findData(current) if current else -1
        self.box.setCurrentIndex(max(index, 0))
        self.box.blockSignals(False)
        self.setVisible(bool(self._photos))
        if current and index < 0:  # the photo typed from was removed
            self.chosen.emit(None)

    def photo_id(self) -> str | None:
        data = self.box.currentData()
        return str(data) if data else None

    def photo(self) -> dict[str, Any] | None:
        chosen = self.photo_id()
        return next((p for p in self._photos if p["id"] == chosen), None)

    def number(self) -> int:
        chosen = self.photo_id()
        return next((n for n, p in enumerate(self._photos, 1) if p["id"] == chosen), 0)

    def choose(self, photo_id: str | None) -> None:
        index = self.box.findData(photo_id) if photo_id else 0
        self.box.setCurrentIndex(max(index, 0))

    def step(self, step: int) -> None:
        count = self.box.count()
        if count > 1:
            self.box.setCurrentIndex((self.box.currentIndex() + step) % count)
