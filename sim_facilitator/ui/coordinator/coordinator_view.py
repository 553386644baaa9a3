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

from PySide6.QtCore import QDateTime, QLocale, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.domain.cross_duplicates import (
    CrossSuggestion,
    NationalCluster,
    OriginIdea,
    confirm_cross_cluster,
    dissolve_cross_cluster,
    national_clusters,
    suggest_cross_duplicates,
)
from sim_facilitator.domain.national import Source, sources
from sim_facilitator.engine.errors import DomainError
from sim_facilitator.engine.merge import catch_up_clock
from sim_facilitator.engine.store import Store, database_file
from sim_facilitator.engine.trust import accept_device, own_fingerprint
from sim_facilitator.export.bundle.importer import (
    CANCELLED,
    IMPORTED,
    NEEDS_TRUST,
    ImportReport,
    import_bundles,
)
from sim_facilitator.text.user_text import direction_of
from sim_facilitator.ui.common.background_job import (
    BackgroundJob,
    Cancel,
    JobProgressDialog,
    Progress,
    on_own_connection,
)
from sim_facilitator.ui.common.empty_state import EmptyHint
from sim_facilitator.ui.common.error_message import error_text
from sim_facilitator.ui.common.labels import label
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.coordinator.conflicts_view import ConflictsView
from sim_facilitator.ui.coordinator.dashboard_view import DashboardView
from sim_facilitator.ui.coordinator.synthesis_dialog import SynthesisDialog

BUNDLE_SUFFIX = ".simbundle"
FILE, RESULT, LAPTOP, NEW, DETAILS = range(5)
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
INDEX_ROLE = Qt.ItemDataRole.UserRole + 2


def _align(text: str) -> Qt.AlignmentFlag:
    side = (
        Qt.AlignmentFlag.AlignRight if direction_of(text) == "rtl" else Qt.AlignmentFlag.AlignLeft
    )
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


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
        self.reports: dict[str, ImportReport] = {}  # path -> latest report
        self.source_rows: list[Source] = []
        self.suggestions: list[CrossSuggestion] = []
        self.clusters: list[NationalCluster] = []

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
        # -- the import report
        self.report_page = QWidget(self.tabs)
        self.report_intro = QLabel(self.report_page)
        self.report_intro.setWordWrap(True)
        self.report = QTableWidget(0, 5, self.report_page)
        self.report.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.report.verticalHeader().setVisible(False)
        self.report.horizontalHeader().setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        self.report_hint = EmptyHint(
            self.report,
            lambda: self.tr(
                "No bundle imported yet. Import the bundles sent back from the workshops,"
                " one by one or a whole folder: each file gets a line here."
            ),
        )
        self.accept_button = QPushButton(self.report_page)
        self.accept_button.clicked.connect(self.accept_listed_laptops)
        report_layout = QVBoxLayout(self.report_page)
        report_layout.addWidget(self.report_intro)
        report_layout.addWidget(self.report, 1)
        accept_row = QHBoxLayout()
        accept_row.addStretch(1)
        accept_row.addWidget(self.accept_button)
        report_layout.addLayout(accept_row)
        # -- sources
        self.sources_page = QWidget(self.tabs)
        self.sources_intro = QLabel(self.sources_page)
        self.sources_intro.setWordWrap(True)
        self.sources_table = QTableWidget(0, 7, self.sources_page)
        self.sources_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sources_table.verticalHeader().setVisible(False)
        self.sources_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.sources_hint = EmptyHint(
            self.sources_table,
            lambda: self.tr(
                "No workshop received yet. Each imported workshop is listed here with its"
                " region, facilitator and the fingerprint of the laptop it came from."
            ),
        )
        sources_layout = QVBoxLayout(self.sources_page)
        sources_layout.addWidget(self.sources_intro)
        sources_layout.addWidget(self.sources_table, 1)
        # -- dashboard, conflicts
        self.dashboard = DashboardView(store, self.tabs)
        self.conflicts = ConflictsView(store, None, self.tabs)  # type: ignore[arg-type]
        # -- shared ideas
        self.shared_page = QWidget(self.tabs)
        self.shared_intro = QLabel(self.shared_page)
        self.shared_intro.setWordWrap(True)
        self.suggestion_tree = QTreeWidget(self.shared_page)
        self.suggestion_tree.setColumnCount(4)
        self.suggestion_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.suggestion_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.suggestion_tree.itemSelectionChanged.connect(self._update_buttons)
        self.confirm_button = QPushButton(self.shared_page)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.cluster_tree = QTreeWidget(self.shared_page)
        self.cluster_tree.setColumnCount(3)
        self.cluster_tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cluster_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.cluster_tree.itemSelectionChanged.connect(self._update_buttons)
        self.dissolve_button = QPushButton(self.shared_page)
        self.dissolve_button.clicked.connect(self.dissolve_selected)
        self.clusters_label = QLabel(self.shared_page)
        shared_layout = QVBoxLayout(self.shared_page)
        shared_layout.addWidget(self.shared_intro)
        shared_layout.addWidget(self.suggestion_tree, 2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.confirm_button)
        shared_layout.addLayout(row)
        shared_layout.addWidget(self.clusters_label)
        shared_layout.addWidget(self.cluster_tree, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.dissolve_button)
        shared_layout.addLayout(row)

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
        self._fill_sources()
        self.dashboard.refresh()
        self.conflicts.refresh()
        self._fill_shared()
        self._update_buttons()

    def _tab_shown(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is self.dashboard:
            self.dashboard.refresh()
        elif page is self.conflicts:
            self.conflicts.refresh()

    def _when(self, ms: int | None) -> str:
        if not ms:
            return "—"
        return QLocale().toString(QDateTime.fromMSecsSinceEpoch(ms), QLocale.FormatType.ShortFormat)

    def _fill_sources(self) -> None:
        self.source_rows = sources(self.store)
        table = self.sources_table
        table.setRowCount(len(self.source_rows))
        for row, s in enumerate(self.source_rows):
            if s.own:
                received, trusted = self.tr("made on this laptop"), self.tr("this laptop")
            else:
                received = self._when(s.received_ms)
                trusted = self.tr("trusted") if s.trusted else self.tr("not trusted")
            values = [
                s.workshop_title,
                label(s.region) if s.region else "—",
                s.date or "—",
                s.facilitator or "—",
                s.device_fingerprint or self.tr("unknown laptop"),
                received,
                trusted,
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setTextAlignment(_align(value))
                if column == 6 and not s.trusted:
                    item.setForeground(Qt.GlobalColor.darkRed)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _idea_item(self, parent: QTreeWidgetItem, idea: OriginIdea) -> None:
        item = QTreeWidgetItem(parent)
        where = label(idea.region) if idea.region else idea.workshop_title
        for column, value in enumerate((idea.text, where, idea.date or "")):
            item.setText(column, value)
            item.setTextAlignment(column, _align(value))
        item.setToolTip(0, idea.workshop_title)

    def _fill_shared(self) -> None:
        self.suggestions = suggest_cross_duplicates(self.store)
        self.clusters = national_clusters(self.store)
        locale = self.locale()
        self.suggestion_tree.clear()
        for index, s in enumerate(self.suggestions):
            top = QTreeWidgetItem(self.suggestion_tree)
            first = s.ideas[0].text
            top.setText(0, first)
            top.setTextAlignment(0, _align(first))
            top.setText(
                1,
                self.tr("%1 workshops").replace("%1", locale.toString(len(s.workshop_ids))),
            )
            top.setText(3, locale.toString(round(100 * s.score)) + "%")
            top.setData(0, KIND_ROLE, "suggestion")
            top.setData(0, INDEX_ROLE, index)
            for idea in s.ideas:
                self._idea_item(top, idea)
        self.cluster_tree.clear()
        for index, c in enumerate(self.clusters):
            top = QTreeWidgetItem(self.cluster_tree)
            top.setText(0, c.name)
            top.setTextAlignment(0, _align(c.name))
            top.setText(
                1,
                self.tr("%1 workshops").replace("%1", locale.toString(len(c.workshop_ids))),
            )
            top.setData(0, KIND_ROLE, "cluster")
            top.setData(0, INDEX_ROLE, index)
            for idea in c.ideas:
                self._idea_item(top, idea)
        self.clusters_label.setText(
            self.tr("Confirmed cross-workshop clusters: %1").replace(
                "%1", locale.toString(len(self.clusters))
            )
        )

    def _selected_index(self, tree: QTreeWidget) -> int | None:
        items = tree.selectedItems()
        if not items:
            return None
        item = items[0]
        while (parent := item.parent()) is not None:
            item = parent
        value = item.data(0, INDEX_ROLE)
        return int(value) if value is not None else None

    def _update_buttons(self) -> None:
        busy = self.job is not None
        self.folder_button.setEnabled(not busy)
        self.files_button.setEnabled(not busy)
        self.accept_button.setEnabled(
            not busy and any(r.status == NEEDS_TRUST for r in self.reports.values())
        )
        self.confirm_button.setEnabled(self._selected_index(self.suggestion_tree) is not None)
        self.dissolve_button.setEnabled(self._selected_index(self.cluster_tree) is not None)

    # -- cross-workshop clusters ---------------------------------------------------
    def confirm_selected(self) -> None:
        index = self._selected_index(self.suggestion_tree)
        if index is None:
            return
        try:
            confirm_cross_cluster(self.store, self.suggestions[index].idea_ids)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Cross-workshop cluster"), error_text(exc))
        self._fill_shared()
        self._update_buttons()

    def dissolve_selected(self) -> None:
        index = self._selected_index(self.cluster_tree)
        if index is None:
            return
        try:
            dissolve_cross_cluster(self.store, self.clusters[index].id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Cross-workshop cluster"), error_text(exc))
        self._fill_shared()
        self._update_buttons()

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
        self._show_reports()
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
        waiting = {p: r for p, r in self.reports.items() if r.status == NEEDS_TRUST}
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

    def _result_text(self, report: ImportReport) -> str:
        if report.status == IMPORTED:
            return self.tr("imported")
        if report.status == NEEDS_TRUST:
            return self.tr("laptop not accepted yet")
        if report.status == CANCELLED:
            return self.tr("cancelled")
        return self.tr("refused")

    def _show_reports(self) -> None:
        reports = list(self.reports.items())
        self.report.setRowCount(len(reports))
        locale = self.locale()
        for row, (path, report) in enumerate(reports):
            summary = report.summary
            details = error_text(report.error) if report.error is not None else ""
            if summary is not None and summary.quarantined:
                details = self.tr(
                    "%1 changes dated more than a day ahead were set aside (check that laptop's clock)."  # noqa: E501
                ).replace("%1", locale.toString(summary.quarantined))
            elif summary is not None and summary.already_imported:
                details = self.tr("already imported before")
            elif summary is not None and summary.conflicts:
                details = self.tr("%1 conflicts to review").replace(
                    "%1", locale.toString(summary.conflicts)
                )
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
                    item.setTextAlignment(_align(value))
                if column == RESULT and report.status != IMPORTED:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.report.setItem(row, column, item)
        self.report.resizeColumnsToContents()
        self.report.horizontalHeader().setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

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
        self.report.setAccessibleName(self.tr("Import report, one line per file"))
        self.sources_table.setAccessibleName(self.tr("Sources"))
        self.suggestion_tree.setAccessibleName(self.tr("Suggested shared ideas"))
        self.cluster_tree.setAccessibleName(self.tr("Confirmed shared ideas"))
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
        self.report_intro.setText(
            self.tr(
                "One line per file. A file from a laptop not seen before is not imported until you accept that laptop."  # noqa: E501
            )
        )
        self.report.setHorizontalHeaderLabels(
            [
                self.tr("File"),
                self.tr("Result"),
                self.tr("Laptop fingerprint"),
                self.tr("New"),
                self.tr("Details"),
            ]
        )
        # Headers readable before the first import too (the widths follow the rows after).
        self.report.resizeColumnsToContents()
        self.report.horizontalHeader().setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        self.accept_button.setText(self.tr("Accept these laptops and import their files…"))
        self.sources_intro.setText(
            self.tr(
                "Each workshop with the laptop it came from. A laptop marked not trusted reached this database only inside another laptop's bundle."  # noqa: E501
            )
        )
        self.sources_table.setHorizontalHeaderLabels(
            [
                self.tr("Workshop"),
                self.tr("Region"),
                self.tr("Date"),
                self.tr("Facilitator"),
                self.tr("Laptop fingerprint"),
                self.tr("Received"),
                self.tr("Trust"),
            ]
        )
        self.sources_table.resizeColumnsToContents()
        self.sources_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch
        )
        self.shared_intro.setText(
            self.tr(
                "Alike ideas from different workshops. Confirm a group to count it as one shared idea; each idea stays in its workshop."  # noqa: E501
            )
        )
        headers = [self.tr("Idea"), self.tr("Where"), self.tr("Date"), self.tr("Alike")]
        self.suggestion_tree.setHeaderLabels(headers)
        self.cluster_tree.setHeaderLabels([self.tr("Cluster"), self.tr("Where"), self.tr("Date")])
        self.confirm_button.setText(self.tr("Confirm as a cross-workshop cluster"))
        self.dissolve_button.setText(self.tr("Undo this cluster"))
        if self.reports:
            self._show_reports()
        if self.source_rows:
            self._fill_sources()
        if self.suggestions or self.clusters:
            self._fill_shared()
