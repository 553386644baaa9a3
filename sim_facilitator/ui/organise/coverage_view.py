"""Coverage: per principle, how many ideas and clusters serve it and how strongly.

A small heat-map table (the more strength, the deeper the highlight colour of
the system palette, so dark mode works) with the principles that nothing
serves flagged in words, not only in colour.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.organise.mappings import Coverage, coverage
from sim_facilitator.domain.organise.reads import principle_name, principles_of
from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import direction_of
from sim_facilitator.ui.common.direction_delegate import DirectionDelegate
from sim_facilitator.ui.common.empty_state import EmptyHint
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.shell.application import current_language

WARNING = "\u26a0"
NAME, IDEAS, CLUSTERS, WEAK, MEDIUM, STRONG, TOTAL, STATUS = range(8)


class CoverageView(Retranslating, QWidget):
    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 8, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setItemDelegateForColumn(NAME, DirectionDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in range(IDEAS, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        self.empty_hint = EmptyHint(
            self.table,
            lambda: self.tr(
                "No principle to cover yet. Choose the framework of principles in "
                "Set-up, then map ideas and clusters to its principles."
            ),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.coverage: list[Coverage] = []
        self.retranslate_ui()
        self.refresh()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Coverage"))
        self.table.setAccessibleName(self.tr("Coverage"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Principle"),
                self.tr("Ideas"),
                self.tr("Clusters"),
                self.tr("Weak"),
                self.tr("Medium"),
                self.tr("Strong"),
                self.tr("Total strength"),
                self.tr("Status"),
            ]
        )
        if self.coverage:
            self.refresh()

    def flagged_names(self) -> list[str]:
        lang = current_language(QCoreApplication.instance())
        principles = {p["id"]: p for p in principles_of(self.store, self.workshop_id)}
        return [principle_name(principles[c.principle_id], lang) for c in self.coverage if c.empty]

    def refresh(self) -> None:
        lang = current_language(QCoreApplication.instance())
        principles = {p["id"]: p for p in principles_of(self.store, self.workshop_id)}
        self.coverage = coverage(self.store, self.workshop_id)
        highest = max((c.total_strength for c in self.coverage), default=0) or 1
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        self.table.setRowCount(len(self.coverage))
        for row, cov in enumerate(self.coverage):
            name = principle_name(principles[cov.principle_id], lang)
            name_item = QTableWidgetItem(name)
            name_item.setToolTip(name)
            name_item.setTextAlignment(
                Qt.AlignmentFlag.AlignAbsolute
                | Qt.AlignmentFlag.AlignVCenter
                | (
                    Qt.AlignmentFlag.AlignRight
                    if direction_of(name) == "rtl"
                    else Qt.AlignmentFlag.AlignLeft
                )
            )
            values = [
                cov.ideas,
                cov.clusters,
                cov.by_strength.get(1, 0),
                cov.by_strength.get(2, 0),
                cov.by_strength.get(3, 0),
                cov.total_strength,
            ]
            self.table.setItem(row, NAME, name_item)
            for column, value in zip(range(IDEAS, STATUS), values, strict=True):
                item = QTableWidgetItem(f"{value:d}")
                item.setData(Qt.ItemDataRole.UserRole, value)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if column == TOTAL and value:
                    color = QColor(highlight)
                    color.setAlpha(40 + int(160 * value / highest))
                    item.setBackground(color)
                self.table.setItem(row, column, item)
            status = QTableWidgetItem(
                WARNING + " " + self.tr("Nothing serves this principle")
                if cov.empty
                else self.tr("Served")
            )
            if cov.empty:
                font = QFont(status.font())
                font.setBold(True)
                status.setFont(font)
                name_item.setFont(font)
            self.table.setItem(row, STATUS, status)
        self.table.resizeRowsToContents()
        flagged = self.flagged_names()
        if not self.coverage:
            self.summary.setText(self.tr("This workshop has no principles yet."))
        elif flagged:
            self.summary.setText(
                f"{WARNING} "
                + self.tr("Principles that nothing serves yet: %1").replace(
                    "%1", " ؛ ".join(flagged) if lang == "ar" else "; ".join(flagged)
                )
            )
        else:
            self.summary.setText(
                self.tr("Every principle is served by at least one idea or cluster.")
            )
