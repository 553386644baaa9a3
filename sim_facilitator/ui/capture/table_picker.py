"""The capture's breakout table: which table's group an idea comes from.

Shown only while the workshop has tables. Ctrl+T steps to the next table
(Ctrl+Shift+T back), wrapping through "no table"; the choice stays for the
next ideas, as a scribe types a whole table's flipchart in a row. Its strings
keep the ``CaptureView`` translation context, like the question picker.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from sim_facilitator.domain.tables.records import table_choices
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.keys_text import native_keys
from sim_facilitator.ui.common.retranslating import Retranslating

NEXT_TABLE_KEYS = "Ctrl+T"
PREVIOUS_TABLE_KEYS = "Ctrl+Shift+T"


class TablePicker(Retranslating, QWidget):
    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.label = QLabel(self)
        self.box = QComboBox(self)
        # Reached by Tab (a keyboard or screen-reader user picks the table there) but
        # not by the mouse wheel scrolling past it, as the question box.
        self.box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.label.setBuddy(self.box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.box)
        self._choices: list[tuple[str, str]] = []
        self.retranslate_ui()
        self.load()

    def retranslate_ui(self) -> None:
        self.label.setText(
            QCoreApplication.translate("CaptureView", "&Table ({keys}):").format(
                keys=f"\u2066{native_keys(NEXT_TABLE_KEYS)}\u2069"
            )
        )
        self._fill()

    def load(self) -> None:
        """Read the workshop's tables again, keeping the one chosen if it is still there."""
        self._choices = table_choices(self.store, self.workshop_id)
        self._fill()

    def _fill(self) -> None:
        current = self.table_id()
        self.box.blockSignals(True)
        self.box.clear()
        self.box.addItem(QCoreApplication.translate("CaptureView", "(no table)"), None)
        for table_id, label in self._choices:
            self.box.addItem(label, table_id)
        index = self.box.findData(current) if current else -1
        self.box.setCurrentIndex(max(index, 0))
        self.box.blockSignals(False)
        self.setVisible(bool(self._choices))

    def table_id(self) -> str | None:
        data = self.box.currentData()
        return str(data) if data else None

    def choose(self, table_id: str | None) -> None:
        index = self.box.findData(table_id) if table_id else 0
        self.box.setCurrentIndex(max(index, 0))

    def step(self, step: int) -> None:
        count = self.box.count()
        if count > 1:
            self.box.setCurrentIndex((self.box.currentIndex() + step) % count)
