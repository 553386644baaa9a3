"""Ideas from phones waiting for the facilitator's approval, with Approve and Hide.

Shown above the capture list only while ideas wait (the room's moderation
switch holds new phone ideas back). Approve shows an idea on the projector and
tells the phone; Hide keeps it in the data (the minutes, the bundles) but off
the projector; a hidden idea can still be approved later from the list.
Keyboard: Tab reaches the list and the buttons; in the list, Enter approves and
Delete hides the selected idea. Every control has a name a screen reader says.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.room.ideas import approve_idea, hide_idea, pending_ideas
from sim_facilitator.text.user_text import direction_of
from sim_facilitator.ui.common.error_message import error_text
from sim_facilitator.ui.common.palette import error_style
from sim_facilitator.ui.common.retranslating import Retranslating

ID = Qt.ItemDataRole.UserRole
VISIBLE_ROWS = 3  # a short queue above the list (the list keeps its room); more scroll


class ModerationQueue(Retranslating, QGroupBox):
    moderated = Signal(str)  # the id of an idea approved or hidden here

    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.pending: list[dict[str, Any]] = []
        self.list = QListWidget(self)
        self.list.setUniformItemSizes(True)  # one line each; the full text in the tooltip
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.installEventFilter(self)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.approve_button = QPushButton(self)
        self.approve_button.clicked.connect(self.approve_selected)
        self.approve_all_button = QPushButton(self)
        self.approve_all_button.clicked.connect(self.approve_all)
        self.hide_button = QPushButton(self)
        self.hide_button.clicked.connect(self.hide_selected)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(error_style())
        self.message.hide()
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.hide_button, self.approve_all_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.retranslate_ui()
        self.refresh()

    # -- loading ----------------------------------------------------------------
    def refresh(self) -> None:
        """Re-read the waiting ideas; shown only when there are some."""
        current = self.current_id()
        self.pending = pending_ideas(self.store, self.workshop_id)
        self.list.clear()
        for row in self.pending:
            text = row.get("text") or ""
            name = row.get("display_name")
            label = f"{text} — \u2068{name}\u2069" if name else text
            item = QListWidgetItem(label)
            item.setToolTip(label)
            item.setData(ID, row["id"])
            # Each idea in its own direction, whatever the interface's.
            rtl = direction_of(text) == "rtl"
            item.setTextAlignment(
                (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                | Qt.AlignmentFlag.AlignAbsolute
                | Qt.AlignmentFlag.AlignVCenter
            )
            self.list.addItem(item)
            if row["id"] == current:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.pending:
            self.list.setCurrentRow(0)
        rows = min(max(len(self.pending), 1), VISIBLE_ROWS)
        row_height = self.list.sizeHintForRow(0) if self.pending else 0
        row_height = max(row_height, self.list.fontMetrics().lineSpacing() + 10)
        self.list.setFixedHeight(row_height * rows + 2 * self.list.frameWidth() + 4)
        self.setVisible(bool(self.pending))
        self.retranslate_ui()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(ID)) if item is not None else None

    def ids(self) -> list[str]:
        return [str(r["id"]) for r in self.pending]

    # -- actions ----------------------------------------------------------------
    def approve_selected(self) -> None:
        idea_id = self.current_id()
        if idea_id is not None:
            self._apply(approve_idea, [idea_id])

    def hide_selected(self) -> None:
        idea_id = self.current_id()
        if idea_id is not None:
            self._apply(hide_idea, [idea_id])

    def approve_all(self) -> None:
        self._apply(approve_idea, self.ids())

    def _apply(self, action: Any, ids: list[str]) -> None:
        row = self.list.currentRow()
        try:
            with self.store.transaction():
                for idea_id in ids:
                    action(self.store, idea_id)
        except DomainError as error:
            self.message.setText(error_text(error))
            self.message.show()
            return
        self.message.hide()
        for idea_id in ids:
            self.moderated.emit(idea_id)
        self.refresh()
        if self.pending:  # keep the keyboard where it was: on the next waiting idea
            self.list.setCurrentRow(min(max(row, 0), len(self.pending) - 1))
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        is_key = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if watched is self.list and is_key:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.approve_selected()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.hide_selected()
                return True
        return super().eventFilter(watched, event)

    def _update_buttons(self, *_: object) -> None:
        chosen = self.list.currentRow() >= 0
        self.approve_button.setEnabled(chosen)
        self.hide_button.setEnabled(chosen)
        self.approve_all_button.setEnabled(bool(self.pending))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Ideas from phones waiting for approval: %Ln", "", len(self.pending)))
        self.list.setAccessibleName(self.tr("Ideas from phones waiting for approval"))
        self.list.setToolTip(self.tr("Enter: approve. Delete: hide."))
        self.approve_button.setText(self.tr("Approve"))
        self.approve_button.setAccessibleName(self.tr("Approve: show this idea on the projector"))
        self.hide_button.setText(self.tr("Hide"))
        self.hide_button.setAccessibleName(
            self.tr("Hide: keep this idea in the data, not on the projector")
        )
        self.approve_all_button.setText(self.tr("Approve all"))
        self.approve_all_button.setAccessibleName(self.tr("Approve every waiting idea"))
        self._update_buttons()
