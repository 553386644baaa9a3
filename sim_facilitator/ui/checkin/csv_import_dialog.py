"""Import an invitation list from CSV: preview, column mapping, report, then one transaction."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain import csv_import as C
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.common.error_message import show_error
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.common.window_geometry import fit_window

PREVIEW_ROWS = 20


class CsvImportDialog(Retranslating, QDialog):
    """Shown with ``open()``; ``imported_ids`` holds the new participants after import."""

    def __init__(
        self, store: Store, workshop_id: str, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.path = path
        self.imported_ids: list[str] = []
        self.table = C.read_table(path.read_bytes())  # DomainError for an empty file
        self.plan = C.ImportPlan()
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.preview = QTableWidget(self)
        self.preview.setTabKeyNavigation(False)  # Tab leaves the table (no keyboard trap)
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.mapping_box = QGroupBox(self)
        mapping_form = QFormLayout(self.mapping_box)
        self.mapping_labels: dict[str, QLabel] = {}
        self.mapping_combos: dict[str, QComboBox] = {}
        guessed = C.guess_mapping(self.table.headers)
        for target in C.TARGETS:
            combo = QComboBox(self.mapping_box)
            combo.addItem("", None)
            for index, header in enumerate(self.table.headers):
                combo.addItem(header or f"#{index + 1}", index)
            combo.setCurrentIndex(max(0, combo.findData(guessed[target])))
            combo.currentIndexChanged.connect(self.update_plan)
            self.mapping_combos[target] = combo
            self.mapping_labels[target] = QLabel(self.mapping_box)
            # The label names the combo box for a screen reader, not the column it shows.
            self.mapping_labels[target].setBuddy(combo)
            mapping_form.addRow(self.mapping_labels[target], combo)
        self.present_check = QCheckBox(self)
        self.present_check.toggled.connect(self.update_plan)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.report = QListWidget(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = QPushButton(self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.do_import)
        self.buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        side.addWidget(self.mapping_box)
        side.addWidget(self.present_check)
        side.addStretch(1)
        middle = QHBoxLayout()
        middle.addWidget(self.preview, 2)
        middle.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addLayout(middle, 3)
        layout.addWidget(self.summary)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.buttons)
        fit_window(self, "csv_import", QSize(960, 640))
        self._fill_preview()
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Import an invitation list"))
        self.preview.setAccessibleName(self.tr("Preview"))
        self.report.setAccessibleName(self.tr("Report"))
        delimiters = {";": self.tr("semicolon"), ",": self.tr("comma"), "\t": self.tr("tab")}
        self.file_label.setText(
            self.tr("%1 — encoding %2, columns separated by %3.")
            .replace("%1", self.path.name)
            .replace("%2", self.table.encoding)
            .replace("%3", delimiters.get(self.table.delimiter, self.table.delimiter))
        )
        self.mapping_box.setTitle(self.tr("Columns"))
        names = {
            "name": self.tr("Name or pseudonym:"),
            "organisation": self.tr("Organisation:"),
            "kind": self.tr("Kind of actor:"),
            "gender": self.tr("Gender:"),
            "age_band": self.tr("Age:"),
            "consent_named": self.tr("Consent to be named:"),
            "present": self.tr("Present:"),
        }
        for target, text in names.items():
            self.mapping_labels[target].setText(text)
            self.mapping_combos[target].setItemText(0, self.tr("(not imported)"))
        self.present_check.setText(self.tr("Mark everyone as present"))
        self.import_button.setText(self.tr("Import"))
        self.update_plan()

    def _fill_preview(self) -> None:
        rows = self.table.rows[:PREVIEW_ROWS]
        width = max([len(self.table.headers), *(len(r) for r in rows)])
        self.preview.setColumnCount(width)
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(
            [
                self.table.headers[i] if i < len(self.table.headers) else f"#{i + 1}"
                for i in range(width)
            ]
        )
        self.preview.setVerticalHeaderLabels(
            [str(self.table.first_line + n) for n in range(len(rows))]
        )
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                self.preview.setItem(r, c, QTableWidgetItem(cell))
        self.preview.resizeColumnsToContents()

    def mapping(self) -> dict[str, int | None]:
        return {t: combo.currentData() for t, combo in self.mapping_combos.items()}

    def update_plan(self) -> None:
        self.report.clear()
        try:
            self.plan = C.plan_import(
                self.table,
                self.mapping(),
                C.existing_names(self.store, self.workshop_id),
                default_present=self.present_check.isChecked(),
            )
        except DomainError as error:
            self.plan = C.ImportPlan()
            from sim_facilitator.ui.common.error_message import error_text

            self.summary.setText(error_text(error))
            self.import_button.setEnabled(False)
            return
        locale = QLocale()
        skipped = sum(1 for p in self.plan.problems if p.skipped)
        text = self.tr("%1 participants will be added.").replace(
            "%1", locale.toString(len(self.plan.rows))
        )
        if skipped:
            text += " " + self.tr("%1 rows cannot be read and will be left out:").replace(
                "%1", locale.toString(skipped)
            )
        self.summary.setText(text)
        for problem in self.plan.problems:
            params = {
                k: QCoreApplication.translate("Errors", v) if isinstance(v, str) else v
                for k, v in problem.params.items()
            }
            template = QCoreApplication.translate("Errors", problem.template)
            self.report.addItem(template.format(line=problem.line, **params))
        self.import_button.setEnabled(bool(self.plan.rows))

    def do_import(self) -> None:
        try:
            self.imported_ids = C.import_participants(self.store, self.workshop_id, self.plan)
        except DomainError as error:
            show_error(self, error)
            return
        self.accept()
