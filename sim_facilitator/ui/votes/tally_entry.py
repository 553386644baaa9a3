"""Entering a paper or flip-chart vote: totals per option, optionally entered twice.

With a double tally, a second person enters the same sheet as entry B without
seeing entry A; the lines where A and B differ are highlighted (never A's
numbers) until someone re-counts and corrects the wrong entry.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.votes.results import round_results
from sim_facilitator.domain.votes.rounds import ballot_options
from sim_facilitator.domain.votes.tallies import VOTERS_KEY, enter_tally, tally_of
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.palette import error_style
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.common.window_geometry import fit_window
from sim_facilitator.ui.votes.vote_texts import error_text, own_alignment

VOTERS_ROW = "__voters__"
USER = Qt.ItemDataRole.UserRole
WARN = QColor(255, 170, 0, 110)  # translucent amber: readable on light and dark palettes


class TallyEntry(Retranslating, QWidget):
    saved = Signal(str)  # "a" or "b"

    def __init__(self, store: Store, round_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.round_id = round_id
        self.spins: dict[str, QSpinBox] = {}
        self.voters_spin = QSpinBox(self)
        self.voters_spin.setRange(0, 100_000)
        self.entry_label = QLabel(self)
        self.entry_combo = QComboBox(self)
        self.entry_combo.addItem("A", "a")
        self.entry_combo.addItem("B", "b")
        self.entry_combo.currentIndexChanged.connect(self.load_entry)
        self.table = QTableWidget(0, 3, self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(error_style())
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        top = QHBoxLayout()
        top.addWidget(self.entry_label)
        top.addWidget(self.entry_combo)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addWidget(self.save_button)
        self._build_rows()
        fit_window(self, "tally_entry", QSize(700, 500))
        self.retranslate_ui()
        self.load_entry()

    # -- building ---------------------------------------------------------------
    def _build_rows(self) -> None:
        options = ballot_options(self.store, self.round_id)
        self.table.setRowCount(len(options) + 1)
        self.spins = {}
        for row, (option_id, label) in enumerate(options):
            item = QTableWidgetItem(label)
            item.setData(USER, option_id)  # Qt.UserRole
            item.setTextAlignment(own_alignment(label))
            self.table.setItem(row, 0, item)
            spin = QSpinBox(self.table)
            spin.setRange(0, 100_000)
            spin.setAccessibleName(label)
            self.spins[option_id] = spin
            self.table.setCellWidget(row, 1, spin)
            self.table.setItem(row, 2, QTableWidgetItem(""))
        last = len(options)
        self.voters_item = QTableWidgetItem("")
        self.table.setItem(last, 0, self.voters_item)
        self.table.setCellWidget(last, 1, self.voters_spin)
        self.table.setItem(last, 2, QTableWidgetItem(""))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Tally entry"))
        self.entry_label.setText(self.tr("Entry by"))
        self.entry_combo.setItemText(0, self.tr("first person (A)"))
        self.entry_combo.setItemText(1, self.tr("second person (B)"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Option"), self.tr("Count"), self.tr("Check")]
        )
        self.voters_item.setText(self.tr("Number of voters"))
        self.voters_spin.setAccessibleName(self.tr("Number of voters"))
        self.table.setAccessibleName(self.tr("Tally entry"))
        self._update_save_text()
        self.show_mismatches()

    # -- behaviour --------------------------------------------------------------
    def entry(self) -> str:
        return str(self.entry_combo.currentData() or "a")

    def _update_save_text(self) -> None:
        self.save_button.setText(
            self.tr("Record entry B") if self.entry() == "b" else self.tr("Record entry A")
        )

    def load_entry(self) -> None:
        """Show the current person's own saved entry (never the other one)."""
        row = self.store.require("round", self.round_id)
        double = row["collection"] == "double_tally"
        self.entry_combo.setVisible(double)
        self.entry_label.setVisible(double)
        saved = tally_of(self.store, self.round_id, self.entry()) or {}
        for option_id, spin in self.spins.items():
            spin.setValue(int(saved.get(option_id, 0)))
        self.voters_spin.setValue(int(saved.get(VOTERS_KEY, 0)))
        self.error_label.clear()
        self._update_save_text()
        self.show_mismatches()

    def refresh(self) -> None:
        self.load_entry()

    def counts(self) -> dict[str, int]:
        return {o: s.value() for o, s in self.spins.items()}

    def save(self) -> None:
        try:
            enter_tally(
                self.store,
                self.round_id,
                self.counts(),
                voters=self.voters_spin.value(),
                entry=self.entry(),
            )
        except DomainError as exc:
            self.error_label.setText(error_text(exc))
            return
        self.error_label.clear()
        self.show_mismatches()
        self.saved.emit(self.entry())

    def mismatched_rows(self) -> set[str]:
        """Option ids (and VOTERS_ROW) currently highlighted as differing."""
        found: set[str] = set()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 2)
            if item is not None and item.data(USER):
                found.add(str(item.data(USER)))
        return found

    def show_mismatches(self) -> None:
        row = self.store.require("round", self.round_id)
        if row["collection"] != "double_tally":
            self.status_label.clear()
            return
        results = round_results(self.store, self.round_id, reveal=True)
        a = tally_of(self.store, self.round_id, "a")
        b = tally_of(self.store, self.round_id, "b")
        both = a is not None and b is not None
        differ = set(results.tally_mismatches) if both else set()
        if both and results.voters_mismatch:
            differ.add(VOTERS_ROW)
        for r in range(self.table.rowCount()):
            label_item = self.table.item(r, 0)
            check = self.table.item(r, 2)
            if label_item is None or check is None:
                continue
            key = label_item.data(USER) if r < self.table.rowCount() - 1 else VOTERS_ROW
            bad = key in differ
            brush = QBrush(WARN) if bad else QBrush()
            label_item.setBackground(brush)
            check.setBackground(brush)
            check.setText(self.tr("differs") if bad else (self.tr("agrees") if both else ""))
            check.setData(USER, key if bad else None)
        if not both:
            self.status_label.setText(
                self.tr("Waiting for the second entry (B) to check the counts.")
                if a is not None
                else self.tr("Enter the counts from the paper sheet, then record them.")
            )
        elif differ:
            self.status_label.setText(
                self.tr(
                    "Entries A and B differ on %n line(s), highlighted. "
                    "Re-count those lines and correct the wrong entry.",
                    "",
                    len(differ),
                )
            )
        else:
            self.status_label.setText(self.tr("Entries A and B agree."))
