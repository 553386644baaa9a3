"""The coordinator's sources: each workshop received, its laptop, and whether it is trusted.

Its strings keep the ``CoordinatorView`` translation context they were written in.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.national import Source, sources
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.empty_state import EmptyHint
from sim_facilitator.ui.common.labels import label
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.coordinator.cell_alignment import align

TRUST = 6  # the column of the trust


class SourcesPage(Retranslating, QWidget):
    """The table of ``domain.national.sources``, one row per workshop."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.rows: list[Source] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 7, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.hint = EmptyHint(
            self.table,
            lambda: QCoreApplication.translate(
                "CoordinatorView",
                "No workshop received yet. Each imported workshop is listed here with its"
                " region, facilitator and the fingerprint of the laptop it came from.",
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        self.retranslate_ui()

    @staticmethod
    def _when(ms: int | None) -> str:
        if not ms:
            return "—"
        return QLocale().toString(QDateTime.fromMSecsSinceEpoch(ms), QLocale.FormatType.ShortFormat)

    def fill(self) -> None:
        self.rows = sources(self.store)
        table = self.table
        table.setRowCount(len(self.rows))
        for row, s in enumerate(self.rows):
            if s.own:
                received = QCoreApplication.translate("CoordinatorView", "made on this laptop")
                trusted = QCoreApplication.translate("CoordinatorView", "this laptop")
            else:
                received = self._when(s.received_ms)
                trusted = (
                    QCoreApplication.translate("CoordinatorView", "trusted")
                    if s.trusted
                    else QCoreApplication.translate("CoordinatorView", "not trusted")
                )
            values = [
                s.workshop_title,
                label(s.region) if s.region else "—",
                s.date or "—",
                s.facilitator or "—",
                s.device_fingerprint
                or QCoreApplication.translate("CoordinatorView", "unknown laptop"),
                received,
                trusted,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setTextAlignment(align(value))
                if column == TRUST and not s.trusted:
                    item.setForeground(Qt.GlobalColor.darkRed)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def retranslate_ui(self) -> None:
        self.table.setAccessibleName(QCoreApplication.translate("CoordinatorView", "Sources"))
        self.intro.setText(
            QCoreApplication.translate(
                "CoordinatorView",
                "Each workshop with the laptop it came from. A laptop marked not trusted reached this database only inside another laptop's bundle.",  # noqa: E501
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("CoordinatorView", "Workshop"),
                QCoreApplication.translate("CoordinatorView", "Region"),
                QCoreApplication.translate("CoordinatorView", "Date"),
                QCoreApplication.translate("CoordinatorView", "Facilitator"),
                QCoreApplication.translate("CoordinatorView", "Laptop fingerprint"),
                QCoreApplication.translate("CoordinatorView", "Received"),
                QCoreApplication.translate("CoordinatorView", "Trust"),
            ]
        )
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        if self.rows:
            self.fill()
