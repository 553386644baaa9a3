"""The capture text box: a few lines high, laid out in its text's direction, Enter to save.

Enter emits ``submitted`` and Shift+Enter starts a new line. In the empty box
the undo and redo keys emit ``undo_requested`` / ``redo_requested`` (otherwise
they undo typing) and Up emits ``up_from_empty``. Its strings keep the
``CaptureView`` translation context they were written in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from sim_facilitator.text.user_text import direction_of
from sim_facilitator.ui.capture.idea_delegate import is_enter, qt_direction, set_text_direction
from sim_facilitator.ui.common.retranslating import Retranslating

ENTRY_LINES = 3


class IdeaEntry(Retranslating, QPlainTextEdit):
    submitted = Signal()
    undo_requested = Signal()
    redo_requested = Signal()
    up_from_empty = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        line = self.fontMetrics().lineSpacing()
        self.setFixedHeight(line * ENTRY_LINES + 14)
        self.textChanged.connect(self.follow_text_direction)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setAccessibleName(QCoreApplication.translate("CaptureView", "Idea"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "CaptureView", "Type an idea. Enter saves it, Shift+Enter starts a new line."
            )
        )
        self.setPlaceholderText(
            QCoreApplication.translate(
                "CaptureView", "Type an idea. Enter saves it, Shift+Enter starts a new line."
            )
        )

    def follow_text_direction(self) -> None:
        """The direction of the text typed; an empty box follows the interface."""
        text = self.toPlainText()
        if text.strip():
            direction = qt_direction(direction_of(text))
        else:
            direction = QApplication.layoutDirection()
        set_text_direction(self, direction)

    def event(self, event: QEvent) -> bool:
        # Before the text box's own key handling, as an event filter would.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self._key(event)
        ):
            return True
        return super().event(event)

    def _key(self, event: QKeyEvent) -> bool:
        if is_enter(event):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            return True
        empty = not self.toPlainText()
        if empty and self._is_redo(event):
            self.redo_requested.emit()
            return True
        if empty and event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
            return True
        if empty and event.key() == Qt.Key.Key_Up and not event.modifiers():
            self.up_from_empty.emit()
            return True
        return False

    @staticmethod
    def _is_redo(event: QKeyEvent) -> bool:
        if event.matches(QKeySequence.StandardKey.Redo):
            return True
        return event.key() == Qt.Key.Key_Z and event.modifiers() == (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        )
