"""Keyboard shortcuts shown as text that reads left to right, in Arabic too.

Qt writes a shortcut in the interface language ("Alt+الأسفل" for Alt+Down).
Laid out right to left, the "+" between a Latin and an Arabic word takes the
paragraph's direction and the sequence shows as "الأسفل+Alt". Framing it in a
left-to-right isolate fixes it where Qt honours isolates (labels, tooltips,
sentences); item views lay a cell out in the view's direction whatever the
marks say, so a column of shortcuts takes ``KeysDelegate``.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

LRI, PDI = "\u2066", "\u2069"  # LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE


def native_keys(keys: str | QKeySequence) -> str:
    """The keys as this system writes them (translated key names), isolated left to right."""
    sequence = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
    text = sequence.toString(QKeySequence.SequenceFormat.NativeText)
    if not text and isinstance(keys, str):
        text = keys
    return f"{LRI}{text}{PDI}" if text else ""


class KeysDelegate(QStyledItemDelegate):
    """Lays out a column of shortcuts left to right, still aligned to the view's leading side."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        leading = (
            Qt.AlignmentFlag.AlignRight
            if option.direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        option.direction = Qt.LayoutDirection.LeftToRight
        option.displayAlignment = (
            leading | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
        )
