"""A notice shown while a database written by an older version is brought up to date.

An upgrade can rebuild the projected tables from the whole op log once (a
national database of 100,000 ideas: about 11 s on a slow laptop). It runs
before the main window exists; without a word on screen the app would look
frozen, and someone might kill it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

T = TypeVar("T")


class UpgradeNotice(QWidget):
    """A small frameless window: what is happening, that it happens once."""

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.SplashScreen | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("upgradeNotice")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        self.title = QLabel(self.tr("Updating your data"), self)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.text = QLabel(
            self.tr(
                "This version of SIM Facilitator keeps its data in a new way. Your data is "
                "being brought up to date: this happens once, and takes up to a minute for "
                "a large national database. Please do not close the app."
            ),
            self,
        )
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(420)
        layout.addWidget(self.title)
        layout.addWidget(self.text)


def while_upgrading(work: Callable[[], T]) -> T:
    """Run ``work`` (opening a database that needs a migration) with the notice shown."""
    notice = UpgradeNotice()
    notice.adjustSize()
    screen = QApplication.primaryScreen()
    if screen is not None:
        notice.move(screen.availableGeometry().center() - notice.rect().center())
    notice.show()
    # Painted before the long, blocking work: the platform's expose event may come
    # later than show(), so the events are let through, then a paint is forced.
    QCoreApplication.processEvents()
    notice.repaint()
    QCoreApplication.processEvents()
    try:
        return work()
    finally:
        notice.close()
        notice.deleteLater()
