"""Paints each idea in its own direction and edits it in place over several lines.

The list's cells are laid out with the direction of their own text (an Arabic
idea is shaped and aligned right-to-left in a French interface, and the
reverse), and the in-place editor is a small multi-line box where Enter saves
and Shift+Enter starts a new line — the same keys as the capture box.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from sim_facilitator.ui.capture.idea_filter import IdeaFilterModel
from sim_facilitator.ui.capture.idea_model import DIRECTION_ROLE, TEXT, IdeaModel

AnyIndex = QModelIndex | QPersistentModelIndex
EDITOR_LINES = 4


def qt_direction(direction: Any) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight


def set_text_direction(edit: QPlainTextEdit, direction: Qt.LayoutDirection) -> None:
    """Lay a text box out in one direction: cursor, paragraph order and alignment.

    A QPlainTextEdit does not align its text by its layout direction, so the
    document's default text option is set too.
    """
    option = edit.document().defaultTextOption()
    if edit.layoutDirection() == direction and option.textDirection() == direction:
        return
    edit.setLayoutDirection(direction)
    option.setTextDirection(direction)
    side = (
        Qt.AlignmentFlag.AlignRight
        if direction == Qt.LayoutDirection.RightToLeft
        else Qt.AlignmentFlag.AlignLeft
    )
    option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
    edit.document().setDefaultTextOption(option)


def is_enter(event: QKeyEvent) -> bool:
    return event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class IdeaDelegate(QStyledItemDelegate):
    def initStyleOption(self, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        model = index.model()
        if not isinstance(model, IdeaFilterModel | IdeaModel):
            super().initStyleOption(option, index)
            direction = index.data(DIRECTION_ROLE)
            if direction is not None:
                option.direction = qt_direction(direction)
            return
        # What QStyledItemDelegate.initStyleOption does, from one call into the
        # model instead of seven data() calls per painted cell (the ideas have
        # no font, colour, check box, icon or background of their own).
        option.index = index  # type: ignore[assignment]  # a QModelIndex when painting
        option.styleObject = None  # type: ignore[assignment]  # as Qt's: no style animations
        cell = model.display(index.row(), index.column())
        if cell is None:
            return
        text, alignment, direction = cell
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        option.text = self.displayText(text, option.locale)
        option.displayAlignment = alignment
        option.direction = qt_direction(direction)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        if index.column() != TEXT:
            return super().createEditor(parent, option, index)
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        set_text_direction(editor, qt_direction(index.data(DIRECTION_ROLE)))
        editor.installEventFilter(self)
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> None:
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):
            lines = editor.fontMetrics().lineSpacing() * EDITOR_LINES + 8
            rect.setHeight(max(rect.height(), lines))
        editor.setGeometry(rect)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QPlainTextEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and is_enter(event)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.commitData.emit(watched)
            self.closeEditor.emit(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            return True
        return super().eventFilter(watched, event)
