"""The main window: home screen with the workshops on this laptop."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..models.demo import create_demo
from ..models.store import Store
from ..models.workshops import list_workshops


class MainWindow(QMainWindow):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        central = QWidget(self)
        layout = QVBoxLayout(central)
        self.heading = QLabel(central)
        self.workshop_list = QListWidget(central)
        self.demo_button = QPushButton(central)
        self.demo_button.clicked.connect(self.create_demo)
        layout.addWidget(self.heading)
        layout.addWidget(self.workshop_list)
        layout.addWidget(self.demo_button)
        self.setCentralWidget(central)
        self.resize(1000, 700)
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("SIM Facilitator"))
        self.heading.setText(self.tr("Workshops on this laptop"))
        self.demo_button.setText(self.tr("Create a demo workshop"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.workshop_list.clear()
        workshops = list_workshops(self.store)
        for w in workshops:
            self.workshop_list.addItem(f"{w.title} — {w.region or ''} {w.date or ''}")
        self.demo_button.setVisible(not workshops)

    def create_demo(self) -> None:
        create_demo(self.store)
        self.refresh()
