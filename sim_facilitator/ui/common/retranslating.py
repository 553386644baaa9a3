"""The one place a widget hears of a language switch and retranslates itself.

A widget lists ``Retranslating`` before its Qt base (``class X(Retranslating,
QDialog)``) and defines ``retranslate_ui()``; a widget that does more on a
switch (reload rows, rebuild labels) overrides ``language_changed()`` and calls
``super().language_changed()`` where the retranslation belongs in its order.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    # The type checker sees the QWidget methods the mixin overrides and calls;
    # at run time the mixin is a plain class so it fits any QWidget subclass.
    _Widget = QWidget
else:
    _Widget = object


class Retranslating(_Widget):
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.language_changed()
        super().changeEvent(event)

    def language_changed(self) -> None:
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        raise NotImplementedError
