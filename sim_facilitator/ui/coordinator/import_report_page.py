"""The coordinator's import report: one line per bundle file, and accepting new laptops.

Its strings keep the ``CoordinatorView`` translation context they were written in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.export.bundle.importer import CANCELLED, IMPORTED, NEEDS_TRUST, ImportReport
from sim_facilitator.ui.common.empty_state import EmptyHint
from sim_facilitator.ui.common.error_message import error_text
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.coordinator.cell_alignment import align

FILE, RESULT, LAPTOP, NEW, DETAILS = range(5)


class ImportReportPage(Retranslating, QWidget):
    """The report of the files imported so far, the latest report of each file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reports: dict[str, ImportReport] = {}  # path -> latest report
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.report = QTableWidget(0, 5, self)
        self.report.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report.verticalHeader().setVisible(False)
        self.report.horizontalHeader().setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        self.report_hint = EmptyHint(
            self.report,
            lambda: QCoreApplication.translate(
                "CoordinatorView",
                "No bundle imported yet. Import the bundles sent back from the workshops,"
                " one by one or a whole folder: each file gets a line here.",
            ),
        )
        self.accept_button = QPushButton(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.report, 1)
        accept_row = QHBoxLayout()
        accept_row.addStretch(1)
        accept_row.addWidget(self.accept_button)
        layout.addLayout(accept_row)
        self.retranslate_ui()

    def waiting(self) -> dict[str, ImportReport]:
        """The files not imported because their laptop is not accepted yet."""
        return {p: r for p, r in self.reports.items() if r.status == NEEDS_TRUST}

    def _result_text(self, report: ImportReport) -> str:
        if report.status == IMPORTED:
            return QCoreApplication.translate("CoordinatorView", "imported")
        if report.status == NEEDS_TRUST:
            return QCoreApplication.translate("CoordinatorView", "laptop not accepted yet")
        if report.status == CANCELLED:
            return QCoreApplication.translate("CoordinatorView", "cancelled")
        return QCoreApplication.translate("CoordinatorView", "refused")

    def show_reports(self) -> None:
        reports = list(self.reports.items())
        self.report.setRowCount(len(reports))
        locale = self.locale()
        for row, (path, report) in enumerate(reports):
            summary = report.summary
            details = error_text(report.error) if report.error is not None else ""
            if summary is not None and summary.quarantined:
                details = QCoreApplication.translate(
                    "CoordinatorView",
                    "%1 changes dated more than a day ahead were set aside (check that laptop's clock).",  # noqa: E501
                ).replace("%1", locale.toString(summary.quarantined))
            elif summary is not None and summary.already_imported:
                details = QCoreApplication.translate("CoordinatorView", "already imported before")
            elif summary is not None and summary.conflicts:
                details = QCoreApplication.translate(
                    "CoordinatorView", "%1 conflicts to review"
                ).replace("%1", locale.toString(summary.conflicts))
            values = [
                Path(path).name,
                self._result_text(report),
                report.device_fingerprint,
                locale.toString(summary.new) if summary is not None else "",
                details,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == DETAILS:
                    item.setToolTip(value)
                    item.setTextAlignment(align(value))
                if column == RESULT and report.status != IMPORTED:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.report.setItem(row, column, item)
        self.report.resizeColumnsToContents()
        self.report.horizontalHeader().setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)

    def retranslate_ui(self) -> None:
        self.report.setAccessibleName(
            QCoreApplication.translate("CoordinatorView", "Import report, one line per file")
        )
        self.intro.setText(
            QCoreApplication.translate(
                "CoordinatorView",
                "One line per file. A file from a laptop not seen before is not imported until you accept that laptop.",  # noqa: E501
            )
        )
        self.report.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("CoordinatorView", "File"),
                QCoreApplication.translate("CoordinatorView", "Result"),
                QCoreApplication.translate("CoordinatorView", "Laptop fingerprint"),
                QCoreApplication.translate("CoordinatorView", "New"),
                QCoreApplication.translate("CoordinatorView", "Details"),
            ]
        )
        # Headers readable before the first import too (the widths follow the rows after).
        self.report.resizeColumnsToContents()
        self.report.horizontalHeader().setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        self.accept_button.setText(
            QCoreApplication.translate(
                "CoordinatorView", "Accept these laptops and import their files…"
            )
        )
        if self.reports:
            self.show_reports()
