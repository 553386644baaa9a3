"""Coordinator mode: import every venue's bundles, see the sources, review, and the dashboard.

An app-level view (``CoordinatorView(store, parent=None)``), not a workshop tab:

- import a folder of bundles, or a selection of files, at once: verified and
  merged one file at a time on a pool thread (its own database connection),
  with a progress dialog, cancel, and a per-file report; laptops not seen before
  are listed with their fingerprint and accepted in one step after checking;
- the sources: each workshop with the laptop it came from, when it was
  received, trusted or not (``domain.national.sources``);
- the national dashboard (``DashboardView``), refreshed after each import;
- the conflicts across workshops (``ConflictsView`` of every workshop);
- duplicate ideas across workshops, confirmed into cross-workshop clusters.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.merge import catch_up_clock
from sim_facilitator.engine.store import Store, database_file
from sim_facilitator.engine.trust import accept_device, own_fingerprint
from sim_facilitator.export.bundle.importer import ImportReport, import_bundles
from sim_facilitator.ui.common.background_job import (
    BackgroundJob,
    Cancel,
    JobProgressDialog,
    Progress,
    on_own_connection,
)
from sim_facilitator.ui.common.error_message import error_text
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.coordinator.conflicts_view import ConflictsView
from sim_facilitator.ui.coordinator.dashboard_view import DashboardView
from sim_facilitator.ui.coordinator.import_report_page import ImportReportPage
from sim_facilitator.ui.coordinator.shared_ideas_page import SharedIdeasPage
from sim_facilitator.ui.coordinator.sources_page import SourcesPage
from sim_facilitator.ui.coordinator.synthesis_dialog import SynthesisDialog

BUNDLE_SUFFIX = ".simbundle"


def bundles_in(folder: str | Path) -> list[Path]:
    """The bundle files of a folder (not its sub-folders), in name order."""
    return sorted(
        p for p in Path(folder).iterdir() if p.is_file() and p.name.endswith(BUNDLE_SUFFIX)
    )


class CoordinatorView(Retranslating, QWidget):
    """App-level view for the national coordinator."""

    imported = Signal(list)  # list[ImportReport] of the last import

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.job: BackgroundJob | None = None
        self.progress: JobProgressDialog | None = None

        self.fingerprint_label = QLabel(self)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(self)
        self.folder_button.clicked.connect(self.choose_folder)
        self.files_button = QPushButton(self)
        self.files_button.clicked.connect(self.choose_files)
        self.trust_check = QCheckBox(self)
        self.synthesis_button = QPushButton(self)
        self.synthesis_button.clicked.connect(self.open_synthesis)
        top = QHBoxLayout()
        top.addWidget(self.folder_button)
        top.addWidget(self.files_button)
        top.addWidget(self.trust_check)
        top.addStretch(1)
        top.addWidget(self.synthesis_button)

        self.tabs = QTabWidget(self)
        self.report_page = ImportReportPage(self.tabs)
        self.report_page.accept_button.clicked.connect(self.accept_listed_laptops)
        self.sources_page = SourcesPage(store, self.tabs)
        # -- dashboard, conflicts
        self.dashboard = DashboardView(store, self.tabs)
        self.conflicts = ConflictsView(store, None, self.tabs)
        self.shared_page = SharedIdeasPage(store, self.tabs)
        self.shared_page.suggestion_tree.itemSelectionChanged.connect(self._update_buttons)
        self.shared_page.cluster_tree.itemSelectionChanged.connect(self._update_buttons)
        # The widgets the tests and the status bar reach through this view.
        self.reports = self.report_page.reports
        self.report = self.report_page.report
        self.report_hint = self.report_page.report_hint
        self.accept_button = self.report_page.accept_button
        self.sources_table = self.sources_page.table
        self.sources_hint = self.sources_page.hint
        self.suggestion_tree = self.shared_page.suggestion_tree
        self.cluster_tree = self.shared_page.cluster_tree
        self.confirm_button = self.shared_page.confirm_button
        self.dissolve_button = self.shared_page.dissolve_button

        for page in (
            self.report_page,
            self.sources_page,
            self.dashboard,
            self.conflicts,
            self.shared_page,
        ):
            self.tabs.addTab(page, "")
        self.tabs.currentChanged.connect(self._tab_shown)

        layout = QVBoxLayout(self)
        layout.addWidget(self.fingerprint_label)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.retranslate_ui()
        self.refresh()

    # -- data -------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the sources, the dashboard, the conflicts and the suggestions."""
        self.sources_page.fill()
        self.dashboard.refresh()
        self.conflicts.refresh()
        self.shared_page.fill()
        self._update_buttons()

    def _tab_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is self.dashboard:
            self.dashboard.refresh()
        elif page is self.conflicts:
            self.conflicts.refresh()

    def _update_buttons(self) -> None:
        busy = self.job is not None
        self.folder_button.setEnabled(not busy)
        self.files_button.setEnabled(not busy)
        self.accept_button.setEnabled(not busy and bool(self.report_page.waiting()))
        self.shared_page.update_buttons()

    # -- import -------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import every bundle of a folder"))
        if folder:
            self.import_folder(folder)

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Import bundles"), "", self.tr("SIM bundles (*.simbundle)")
        )
        if paths:
            self.import_paths(paths)

    def import_folder(self, folder: str | Path) -> None:
        paths = bundles_in(folder)
        if not paths:
            QMessageBox.information(
                self,
                self.tr("Import"),
                self.tr("There is no bundle (.simbundle file) in %1.").replace("%1", str(folder)),
            )
            return
        self.import_paths([str(p) for p in paths])

    def import_paths(self, paths: list[str], trust_new: bool | None = None) -> None:
        """Verify and import these files on a pool thread; the report lists each one."""
        if self.job is not None or not paths:
            return
        trust = self.trust_check.isChecked() if trust_new is None else trust_new
        paths = list(paths)

        def work(store: Store, progress: Progress, cancel: Cancel) -> list[ImportReport]:
            return import_bundles(store, paths, trust, progress=progress, cancel=cancel)

        job = BackgroundJob(on_own_connection(database_file(self.store), self.store, work))
        self.job = job
        self.progress = JobProgressDialog(
            job, self.tr("Checking and importing bundles…"), self.tr("Cancel"), self
        )
        job.signals.done.connect(lambda reports: self._import_done(paths, reports))
        job.signals.failed.connect(self._import_failed)
        self._update_buttons()
        self.pool.start(job)

    def cancel_import(self) -> None:
        if self.job is not None:
            self.job.stop.set()

    def is_busy(self) -> bool:
        return self.job is not None

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.finish()
            self.progress = None
        self.job = None

    def _import_done(self, paths: list[str], reports: list[ImportReport]) -> None:
        self._close_progress()
        catch_up_clock(self.store)
        for path, report in zip(paths, reports, strict=True):
            self.reports[path] = report
        self.report_page.show_reports()
        self._update_buttons()
        self.tabs.setCurrentWidget(self.report_page)
        self.refresh()
        self.imported.emit(reports)

    def _import_failed(self, exc: Exception) -> None:
        self._close_progress()
        self._update_buttons()
        message = error_text(exc) if isinstance(exc, DomainError) else str(exc)
        QMessageBox.warning(self, self.tr("Import"), message)

    def accept_listed_laptops(self) -> None:
        """Accept the laptops of the files not accepted yet (after comparing their
        fingerprints with the ones shown on those laptops) and import those files again."""
        waiting = self.report_page.waiting()
        if not waiting:
            return
        fingerprints = sorted({r.device_fingerprint for r in waiting.values()})
        answer = QMessageBox.question(
            self,
            self.tr("Laptops not seen before"),
            self.tr(
                "Accept these laptops? Compare each fingerprint with the one shown on the laptop.\n\n%1"  # noqa: E501
            ).replace("%1", "\n".join(fingerprints)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for report in waiting.values():
            try:
                accept_device(self.store, report.device_id, report.public_key)
            except DomainError as exc:
                QMessageBox.warning(self, self.tr("Import"), error_text(exc))
                return
        self.import_paths(list(waiting), trust_new=False)

    def report_rows(self) -> list[tuple[str, str]]:
        """(file name, status) per file of the report, for tests and the status bar."""
        return [(Path(p).name, r.status) for p, r in self.reports.items()]

    # -- synthesis ---------------------------------------------------------------------
    def synthesis_dialog(self) -> SynthesisDialog:
        from sim_facilitator.ui.shell.application import current_language

        lang = current_language()
        return SynthesisDialog(
            self.store,
            self,
            flt=self.dashboard.current_filter(),
            default_lang=lang if lang in ("ar", "fr", "en") else "fr",
        )

    def open_synthesis(self) -> None:
        dialog = self.synthesis_dialog()
        dialog.exec()

    # -- language --------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Coordination"))
        self.fingerprint_label.setText(
            self.tr("This laptop's fingerprint: %1").replace("%1", own_fingerprint(self.store))
        )
        self.folder_button.setText(self.tr("Import a folder of bundles…"))
        self.files_button.setText(self.tr("Import bundles…"))
        self.trust_check.setText(self.tr("Accept laptops not seen before without asking"))
        self.trust_check.setToolTip(
            self.tr(
                "Only when you received these files from the facilitators in person: the sources list shows each laptop's fingerprint."  # noqa: E501
            )
        )
        self.synthesis_button.setText(self.tr("National synthesis (PDF)…"))
        self.tabs.setTabText(self.tabs.indexOf(self.report_page), self.tr("Import report"))
        self.tabs.setTabText(self.tabs.indexOf(self.sources_page), self.tr("Sources"))
        self.tabs.setTabText(self.tabs.indexOf(self.dashboard), self.tr("Dashboard"))
        self.tabs.setTabText(self.tabs.indexOf(self.conflicts), self.tr("Conflicts"))
        self.tabs.setTabText(self.tabs.indexOf(self.shared_page), self.tr("Shared ideas"))
