"""The alignment of a table or tree cell that holds user text: its own direction's side."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sim_facilitator.text.user_text import direction_of


def align(text: str) -> Qt.AlignmentFlag:
    side = (
        Qt.AlignmentFlag.AlignRight if direction_of(text) == "rtl" else Qt.AlignmentFlag.AlignLeft
    )
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter
