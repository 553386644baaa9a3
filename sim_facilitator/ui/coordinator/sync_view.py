"""Sync: export bundles, import several at once with progress, per-file summary, history.

An app-level view (it works across workshops): ``SyncView(store, parent=None)``.
Long work runs on a QThreadPool worker with its own database connection, so
the window stays responsive; results come back through Qt signals.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.workshops import list_workshops
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.imports import import_history
from sim_facilitator.engine.merge import catch_up_clock
from sim_facilitator.engine.store import Store, database_file
from sim_facilitator.engine.trust import accept_device, own_fingerprint, trusted_devices
from sim_facilitator.export.bundle.importer import (
    IMPORTED,
    NEEDS_TRUST,
    ImportReport,
    import_bundles,
)
from sim_facilitator.export.bundle.writer import BundleInfo, export_bundle
from sim_facilitator.text.user_text import direction_of
from sim_facilitator.ui.common.background_job import (
    BackgroundJob,
    JobProgressDialog,
    on_own_connection,
)
from sim_facilitator.ui.common.error_message import error_text
from sim_facilitator.ui.common.retranslating import Retranslating

ID_ROLE = Qt.ItemDataRole.UserRole + 1
FILE, RESULT, NEW, UPDATED, UNCHANGED, CONFLICTS, DETAILS = range(7)


def _align(text: str) -> Qt.AlignmentFlag:
    side = (
        Qt.AlignmentFlag.AlignRight if direction_of(text) == "rtl" else Qt.AlignmentFlag.AlignLeft
    )
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


def _ltr(code: str) -> str:
    """A fingerprint or id isolated left-to-right: it reads the same in Arabic text."""
    return f"\u2066{code}\u2069"


class SyncView(Retranslating, QWidget):
    """App-level view: this laptop's fingerprint, export, import, history."""

    exported = Signal(object)  # BundleInfo
    imported = Signal(list)  # list[ImportReport]

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.task: BackgroundJob | None = None
        self.progress: JobProgressDialog | None = None
        self.last_reports: list[ImportReport] = []

        self.fingerprint_label = QLabel(self)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.export_box = QGroupBox(self)
        self.workshops = QListWidget(self.export_box)
        self.kit_check = QCheckBox(self.export_box)
        # Photos make a bundle large (about 250 KB each): they can stay home.
        self.photos_check = QCheckBox(self.export_box)
        self.photos_check.setChecked(True)
        self.export_button = QPushButton(self.export_box)
        self.export_button.clicked.connect(self.choose_export_file)
        export_layout = QVBoxLayout(self.export_box)
        export_layout.addWidget(self.workshops)
        row = QHBoxLayout()
        row.addWidget(self.kit_check)
        row.addWidget(self.photos_check)
        row.addStretch(1)
        row.addWidget(self.export_button)
        export_layout.addLayout(row)

        self.import_box = QGroupBox(self)
        self.import_button = QPushButton(self.import_box)
        self.import_button.clicked.connect(self.choose_import_files)
        self.results = QTableWidget(0, 7, self.import_box)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.horizontalHeader().setSectionResizeMode(
            DETAILS, QHeaderView.ResizeMode.Stretch
        )
        self.results.verticalHeader().setVisible(False)
        import_layout = QVBoxLayout(self.import_box)
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addStretch(1)
        import_layout.addLayout(top)
        import_layout.addWidget(self.results)

        self.history_box = QGroupBox(self)
        self.history = QTableWidget(0, 4, self.history_box)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.history.verticalHeader().setVisible(False)
        QVBoxLayout(self.history_box).addWidget(self.history)

        columns = QHBoxLayout()
        columns.addWidget(self.export_box, 1)
        columns.addWidget(self.import_box, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fingerprint_label)
        layout.addLayout(columns, 2)
        layout.addWidget(self.history_box, 1)
        self.retranslate_ui()
        self.refresh()

    # -- data -------------------------------------------------------------
    def refresh(self) -> None:
        checked = set(self.selected_workshops())
        self.workshops.clear()
        for summary in list_workshops(self.store):
            text = summary.title if not summary.date else f"{summary.title} ({summary.date})"
            item = QListWidgetItem(text, self.workshops)
            item.setData(ID_ROLE, summary.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            state = Qt.CheckState.Checked if summary.id in checked else Qt.CheckState.Unchecked
            item.setCheckState(state)
            item.setTextAlignment(_align(summary.title))
        self._fill_history()
        self._update_buttons()

    def selected_workshops(self) -> list[str]:
        return [
            str(self.workshops.item(i).data(ID_ROLE))
            for i in range(self.workshops.count())
            if self.workshops.item(i).checkState() == Qt.CheckState.Checked
        ]

    def set_selected_workshops(self, ids: list[str]) -> None:
        for i in range(self.workshops.count()):
            item = self.workshops.item(i)
            wanted = item.data(ID_ROLE) in ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def _update_buttons(self) -> None:
        busy = self.task is not None
        self.export_button.setEnabled(not busy and self.workshops.count() > 0)
        self.import_button.setEnabled(not busy)

    def _fill_history(self) -> None:
        entries = import_history(self.store)
        fingerprints = {d.device_id: d.fingerprint for d in trusted_devices(self.store)}
        fingerprints[self.store.device_id] = own_fingerprint(self.store)
        self.history.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            when = QLocale().toString(
                QDateTime.fromMSecsSinceEpoch(entry.imported_ms), QLocale.FormatType.ShortFormat
            )
            s = entry.summary
            values = [
                when,
                entry.file_name or entry.bundle_id,
                _ltr(fingerprints.get(entry.device_id or "", entry.device_id or "")),
                self.tr("%1 new, %2 updated, %3 unchanged, %4 conflicts")
                .replace("%1", str(s.get("new", 0)))
                .replace("%2", str(s.get("updated", 0)))
                .replace("%3", str(s.get("unchanged", 0)))
                .replace("%4", str(s.get("conflicts", 0))),
            ]
            for column, value in enumerate(values):
                self.history.setItem(row, column, QTableWidgetItem(value))
        self.history.resizeColumnsToContents()

    # -- export -----------------------------------------------------------
    def choose_export_file(self) -> None:
        ids = self.selected_workshops()
        if not ids:
            QMessageBox.information(
                self, self.tr("Export"), self.tr("Tick at least one workshop to export.")
            )
            return
        suggested = "kit.simbundle" if self.kit_check.isChecked() else "workshops.simbundle"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export a bundle"), suggested, self.tr("SIM bundles (*.simbundle)")
        )
        if path:
            if not path.endswith(".simbundle"):
                path += ".simbundle"
            self.export_to(path, ids, self.kit_check.isChecked())

    def export_to(self, path: str, workshop_ids: list[str], kit: bool) -> None:
        photos = self.photos_check.isChecked()

        def work(store: Store, progress: Callable[[int, int], None], _: Any) -> BundleInfo:
            return export_bundle(
                store, path, workshop_ids, kit=kit, progress=progress, photos=photos
            )

        self._start(work, self.tr("Writing and checking the bundle…"), self._export_done)

    def _export_done(self, info: BundleInfo) -> None:
        self.exported.emit(info)
        QMessageBox.information(
            self,
            self.tr("Export"),
            self.tr("The bundle %1 is written and checked (%2 changes). Content fingerprint: %3.")
            .replace("%1", info.path.name)
            .replace("%2", str(info.op_count))
            .replace("%3", info.content_fingerprint[:16].upper()),
        )

    # -- import -----------------------------------------------------------
    def choose_import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import bundles"), "", self.tr("SIM bundles (*.simbundle)")
        )
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[str]) -> None:
        """Verify and import these files; the table then shows one line per file."""
        self.last_reports = []
        self._run_import(paths)

    def _run_import(self, paths: list[str], trust_new: bool = False) -> None:
        def work(
            store: Store, progress: Callable[[int, int], None], cancel: Callable[[], bool]
        ) -> list[ImportReport]:
            return import_bundles(store, paths, trust_new, progress=progress, cancel=cancel)

        self.pending_paths = list(paths)
        self._start(work, self.tr("Checking and importing bundles…"), self._import_done)

    def _import_done(self, reports: list[ImportReport]) -> None:
        catch_up_clock(self.store)
        paths = self.pending_paths
        by_path = dict(zip(paths, reports, strict=True))
        to_retry: list[str] = []
        accepted: set[str] = set()
        for path, report in by_path.items():
            if report.status != NEEDS_TRUST:
                continue
            if report.device_id in accepted or self._ask_trust(report):
                accept_device(self.store, report.device_id, report.public_key)
                accepted.add(report.device_id)
                to_retry.append(path)
        self._merge_reports(by_path)
        if to_retry:
            self._run_import(to_retry)
            return
        self.refresh()
        self.imported.emit(self.last_reports)

    def _merge_reports(self, by_path: dict[str, ImportReport]) -> None:
        previous = {r.file: r for r in self.last_reports}
        previous.update({Path(p).name: r for p, r in by_path.items()})
        self.last_reports = list(previous.values())
        self._show_reports()

    def _ask_trust(self, report: ImportReport) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("A laptop not seen before"),
            self.tr(
                "The bundle %1 comes from a laptop this database does not know. Its fingerprint is:\n\n%2\n\nCompare it with the fingerprint shown on that laptop. Accept this laptop?"  # noqa: E501
            )
            .replace("%1", report.file)
            .replace("%2", report.device_fingerprint),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_reports(self) -> None:
        self.results.setRowCount(len(self.last_reports))
        for row, report in enumerate(self.last_reports):
            s = report.summary
            if report.status == IMPORTED:
                result = self.tr("imported")
            elif report.status == NEEDS_TRUST:
                result = self.tr("not accepted")
            elif report.status == "cancelled":
                result = self.tr("cancelled")
            else:
                result = self.tr("refused")
            details = error_text(report.error) if report.error is not None else ""
            if s is not None and s.quarantined:
                details = self.tr(
                    "%1 changes dated more than a day ahead were set aside (check that laptop's clock)."  # noqa: E501
                ).replace("%1", str(s.quarantined))
            values = [
                report.file,
                result,
                str(s.new) if s else "",
                str(s.updated) if s else "",
                str(s.unchanged) if s else "",
                str(s.conflicts) if s else "",
                details,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == DETAILS:
                    item.setToolTip(value)
                self.results.setItem(row, column, item)
        self.results.resizeColumnsToContents()

    # -- the worker ---------------------------------------------------------
    def _start(self, work: Any, label: str, on_done: Callable[[Any], None]) -> None:
        task = BackgroundJob(on_own_connection(database_file(self.store), self.store, work))
        self.task = task
        self.progress = JobProgressDialog(task, label, self.tr("Cancel"), self)
        task.signals.done.connect(lambda result: self._finish(on_done, result))
        task.signals.failed.connect(self._on_failed)
        self._update_buttons()
        self.pool.start(task)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.finish()
            self.progress = None
        self.task = None
        self._update_buttons()

    def _finish(self, on_done: Callable[[Any], None], result: Any) -> None:
        self._close_progress()
        on_done(result)

    def _on_failed(self, error: Exception) -> None:
        self._close_progress()
        message = error_text(error) if isinstance(error, DomainError) else str(error)
        QMessageBox.warning(self, self.tr("The bundle was not written"), message)

    def is_busy(self) -> bool:
        return self.task is not None

    # -- language -----------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Exchange bundles"))
        self.fingerprint_label.setText(
            self.tr("This laptop's fingerprint: %1").replace(
                "%1", _ltr(own_fingerprint(self.store))
            )
        )
        self.export_box.setTitle(self.tr("Export"))
        self.kit_check.setText(self.tr("Kit only (set-up, for the facilitator)"))
        self.photos_check.setText(self.tr("With the photos' pictures"))
        self.photos_check.setToolTip(
            self.tr("Untick to keep the file small: the photos travel without their pictures.")
        )
        self.export_button.setText(self.tr("Export…"))
        self.import_box.setTitle(self.tr("Import"))
        self.import_button.setText(self.tr("Import bundles…"))
        self.results.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Result"),
                self.tr("New"),
                self.tr("Updated"),
                self.tr("Unchanged"),
                self.tr("Conflicts"),
                self.tr("Details"),
            ]
        )
        self.history_box.setTitle(self.tr("Import history"))
        self.history.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Bundle"), self.tr("Laptop"), self.tr("Changes")]
        )
        if self.last_reports:
            self._show_reports()
        self._fill_history()
