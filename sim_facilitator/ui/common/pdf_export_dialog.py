"""The shape shared by the minutes and synthesis dialogs: language, file, progress, cancel, open.

The record is read on the UI thread (fast); layout and writing run on a pool
thread (``BackgroundJob``) that reports progress; Cancel, or closing the
window, stops it and leaves no file; when it is done the file or its folder
can be opened. A subclass says what it exports: its texts, the suggested file
name, and ``prepare(lang, path)``, which checks and reads on the UI thread and
returns the work to run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, QThreadPool, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sim_facilitator.engine.errors import DomainError
from sim_facilitator.export.minutes.document import check_lang
from sim_facilitator.export.pdf.fonts import register_fonts
from sim_facilitator.ui.common.background_job import BackgroundJob, Cancel, Progress
from sim_facilitator.ui.common.error_message import error_text
from sim_facilitator.ui.common.palette import error_style
from sim_facilitator.ui.common.retranslating import Retranslating
from sim_facilitator.ui.common.unresolved_report import UnresolvedReport
from sim_facilitator.ui.common.window_geometry import fit_window

LANG_CODES = ("ar", "fr", "en", "ar+fr")


class PdfExportDialog(Retranslating, QDialog):
    """Subclasses implement the methods that raise ``NotImplementedError``."""

    def __init__(self, default_lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.job: BackgroundJob | None = None
        self.outcome: Any = None  # the work's result (path, pages, fingerprint)

        self.lang_label = QLabel(self)
        self.lang_combo = QComboBox(self)
        for code in LANG_CODES:
            self.lang_combo.addItem(code, code)
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(default_lang)))
        self.lang_combo.currentIndexChanged.connect(self._suggest_name)
        self.file_label = QLabel(self)
        self.file_edit = QLineEdit(self)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.browse_button)
        form = QFormLayout()
        form.addRow(self.lang_label, self.lang_combo)
        self.lang_label.setBuddy(self.lang_combo)  # names it for a screen reader
        form.addRow(self.file_label, file_row)
        self.form = form  # a subclass may add rows (the minutes' format)

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.generate_button = QPushButton(self)
        self.generate_button.setDefault(True)
        self.generate_button.clicked.connect(self.generate)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self.open_file_button = QPushButton(self)
        self.open_file_button.clicked.connect(self.open_file)
        self.open_folder_button = QPushButton(self)
        self.open_folder_button.clicked.connect(self.open_folder)
        for button in (self.open_file_button, self.open_folder_button):
            button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_file_button)
        buttons.addWidget(self.open_folder_button)
        buttons.addStretch(1)
        buttons.addWidget(self.generate_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

    def finish_setup(self) -> None:
        """Called by the subclass at the end of its ``__init__``, once its texts can be read."""
        self.retranslate_ui()
        self._suggest_name()
        fit_window(self, type(self).__name__, QSize(560, 0))

    # -- what a subclass says ------------------------------------------------------
    def texts(self) -> dict[str, str]:
        """Translated texts: title, lang_label, save_as, generating, written (with {path},
        {pages}, {fp}) and failed (with {reason})."""
        raise NotImplementedError

    def suggested_name(self, lang: str) -> str:
        raise NotImplementedError

    def prepare(self, lang: str, path: Path) -> Any:
        """Check the target and read the record (UI thread); return ``work(progress, cancel)``.
        Raises DomainError to refuse."""
        raise NotImplementedError

    def cancelled_errors(self) -> tuple[type[BaseException], ...]:
        raise NotImplementedError

    def file_kind(self) -> tuple[str, str, str]:
        """(file label, file-dialog filter, suffix) of the file written: PDF unless a
        subclass writes another format."""
        return (
            QCoreApplication.translate("PdfExportDialog", "PDF file:"),
            QCoreApplication.translate("PdfExportDialog", "PDF (*.pdf)"),
            ".pdf",
        )

    # -- texts -----------------------------------------------------------------
    def retranslate_ui(self) -> None:
        texts = self.texts()
        self.setWindowTitle(texts["title"])
        self.lang_label.setText(texts["lang_label"])
        self.file_label.setBuddy(self.file_edit)
        names = {
            "ar": QCoreApplication.translate("PdfExportDialog", "Arabic"),
            "fr": QCoreApplication.translate("PdfExportDialog", "French"),
            "en": QCoreApplication.translate("PdfExportDialog", "English"),
            "ar+fr": QCoreApplication.translate("PdfExportDialog", "Arabic and French (bilingual)"),
        }
        for i in range(self.lang_combo.count()):
            self.lang_combo.setItemText(i, names[self.lang_combo.itemData(i)])
        self.file_label.setText(self.file_kind()[0])
        self.browse_button.setText(QCoreApplication.translate("PdfExportDialog", "Choose…"))
        self.generate_button.setText(QCoreApplication.translate("PdfExportDialog", "Generate"))
        self.cancel_button.setText(
            QCoreApplication.translate("PdfExportDialog", "Cancel")
            if self.job
            else QCoreApplication.translate("PdfExportDialog", "Close")
        )
        self.open_file_button.setText(
            QCoreApplication.translate("PdfExportDialog", "Open the file")
        )
        self.open_folder_button.setText(
            QCoreApplication.translate("PdfExportDialog", "Open the folder")
        )

    # -- file --------------------------------------------------------------------
    def lang(self) -> str:
        return str(self.lang_combo.currentData())

    def _suggest_name(self) -> None:
        current = self.file_edit.text().strip()
        folder = Path(current).parent if current else Path.home()
        self.file_edit.setText(str(folder / self.suggested_name(self.lang())))

    def browse(self) -> None:
        _label, file_filter, suffix = self.file_kind()
        path, _filter = QFileDialog.getSaveFileName(
            self, self.texts()["save_as"], self.file_edit.text(), file_filter
        )
        if path:
            if not path.lower().endswith(suffix):
                path += suffix
            self.file_edit.setText(path)

    # -- generation -----------------------------------------------------------------
    def generate(self) -> None:
        if self.job is not None:
            return
        path = Path(self.file_edit.text().strip()).expanduser()
        self.outcome = None
        self.status.setStyleSheet("")
        for button in (self.open_file_button, self.open_folder_button):
            button.setVisible(False)
        lang = self.lang()
        try:
            check_lang(lang)
            work = self.prepare(lang, path)
            register_fonts()
        except DomainError as exc:
            self._show_failure(error_text(exc))
            return

        def run(progress: Progress, cancel: Cancel) -> Any:
            return work(progress, cancel)

        self.job = BackgroundJob(run, self.cancelled_errors())
        self.job.signals.progress.connect(self._on_progress)
        self.job.signals.done.connect(self._on_done)
        self.job.signals.failed.connect(self._on_failed)
        self.job.signals.cancelled.connect(self._on_cancelled)
        self.progress.setValue(0)
        self.status.setText(self.texts()["generating"])
        self._set_running(True)
        QThreadPool.globalInstance().start(self.job)

    def _set_running(self, running: bool) -> None:
        self.set_choices_enabled(not running)
        self.cancel_button.setText(
            QCoreApplication.translate("PdfExportDialog", "Cancel")
            if running
            else QCoreApplication.translate("PdfExportDialog", "Close")
        )

    def set_choices_enabled(self, enabled: bool) -> None:
        """The choices cannot change while a file is being written."""
        running = not enabled
        self.generate_button.setEnabled(not running)
        self.lang_combo.setEnabled(not running)
        self.file_edit.setEnabled(not running)
        self.browse_button.setEnabled(not running)

    def cancel_or_close(self) -> None:
        if self.job is not None:
            self.job.stop.set()
            self.status.setText(QCoreApplication.translate("PdfExportDialog", "Stopping…"))
        else:
            self.reject()

    def reject(self) -> None:
        if self.job is not None:  # closing the window stops the job; it reports back
            self.job.stop.set()
            return
        super().reject()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(100 * done / total) if total else 0)

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        self.job = None
        self.outcome = result
        self._set_running(False)
        self.progress.setValue(100)
        written = self.texts()["written"].format(
            path=result.path, pages=result.pages, fp=result.fingerprint
        )
        unresolved = getattr(result, "unresolved", ())
        if unresolved:
            written += "\n" + UnresolvedReport(self).text(unresolved)
        self.status.setText(written)
        for button in (self.open_file_button, self.open_folder_button):
            button.setVisible(True)

    @Slot(object)
    def _on_failed(self, exc: Exception) -> None:
        self.job = None
        self._set_running(False)
        self.progress.setValue(0)
        if isinstance(exc, DomainError):
            self._show_failure(error_text(exc))
        else:
            self._show_failure(self.texts()["failed"].format(reason=exc))

    @Slot()
    def _on_cancelled(self) -> None:
        self.job = None
        self._set_running(False)
        self.progress.setValue(0)
        self.status.setText(
            QCoreApplication.translate("PdfExportDialog", "Stopped; no file was written.")
        )

    def _show_failure(self, message: str) -> None:
        self.status.setText(message)
        self.status.setStyleSheet(error_style())

    # -- afterwards ---------------------------------------------------------------------
    def open_file(self) -> None:
        if self.outcome is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.path)))

    def open_folder(self) -> None:
        if self.outcome is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.path.parent)))
