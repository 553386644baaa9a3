"""Tells the user that invisible direction controls were removed from what they typed.

The domain removes explicit bidi embeddings, overrides and isolates on input
(text/user_text.py says why); the person who typed or pasted them is told, never left
to wonder why the text reads differently. A class of its own, never subclassed, so
``self.tr`` finds its context.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from sim_facilitator.text.user_text import has_bidi_controls


class BidiNotice(QObject):
    def title(self) -> str:
        return self.tr("Direction controls removed")

    def text(self) -> str:
        return self.tr(
            "Saved without its invisible direction controls, which could have shown the text in another order than it was typed."  # noqa: E501 - one literal for lupdate
        )


def tell_if_controls_removed(parent: QWidget, *typed: object) -> bool:
    """Say so if any typed text held bidi controls (the domain removed them); True if said."""
    if not any(isinstance(t, str) and has_bidi_controls(t) for t in typed):
        return False
    tell_controls_removed(parent)
    return True


def tell_controls_removed(parent: QWidget) -> None:
    """The notice itself, for a table model's ``controls_removed`` signal."""
    notice = BidiNotice(parent)
    QMessageBox.information(parent, notice.title(), notice.text())
