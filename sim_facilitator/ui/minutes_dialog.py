"""Export the minutes of a workshop as a PDF: language, file, progress, cancel, then open it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QThreadPool, QUrl, Slot
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

from ..export.fonts import register_fonts
from ..export.minutes import (
    MinutesCancelled,
    MinutesResult,
    check_lang,
    check_target,
    collect,
    write_record,
)
from ..models.errors import DomainError
from ..models.store import Store
from .background_job import BackgroundJob
from .error_message import error_text
from .palette import error_style

LANG_CODES = ("ar", "fr", "en", "ar+fr")


class MinutesDialog(QDialog):
    """Choose a language and a file, generate the minutes with a progress bar, then open them."""

    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.workshop_id = workshop_id
        self.job: BackgroundJob | None = None
        self.outcome: MinutesResult | None = None
        workshop = store.require("workshop", workshop_id)
        self._title = str(workshop.get("title") or "workshop")

        self.lang_label = QLabel(self)
        self.lang_combo = QComboBox(self)
        for code in LANG_CODES:
            self.lang_combo.addItem(code, code)
        default = workshop.get("language") or "fr"
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(default)))
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
        form.addRow(self.file_label, file_row)

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
        self.retranslate_ui()
        self._suggest_name()
        self.resize(560, self.sizeHint().height())

    # -- texts -----------------------------------------------------------------
    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export minutes"))
        self.lang_label.setText(self.tr("Language of the minutes:"))
        self.file_label.setBuddy(self.file_edit)
        names = {
            "ar": self.tr("Arabic"),
            "fr": self.tr("French"),
            "en": self.tr("English"),
            "ar+fr": self.tr("Arabic and French (bilingual)"),
        }
        for i in range(self.lang_combo.count()):
            self.lang_combo.setItemText(i, names[self.lang_combo.itemData(i)])
        self.file_label.setText(self.tr("PDF file:"))
        self.browse_button.setText(self.tr("Choose…"))
        self.generate_button.setText(self.tr("Generate"))
        self.cancel_button.setText(self.tr("Cancel") if self.job else self.tr("Close"))
        self.open_file_button.setText(self.tr("Open the file"))
        self.open_folder_button.setText(self.tr("Open the folder"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- file --------------------------------------------------------------------
    def lang(self) -> str:
        return str(self.lang_combo.currentData())

    def _suggest_name(self) -> None:
        current = self.file_edit.text().strip()
        folder = Path(current).parent if current else Path.home()
        safe = "".join(c if c.isalnum() or c in "-_ " else "_" for c in self._title).strip()
        word = self.tr("minutes", "the word used in the suggested file name")
        name = f"{safe[:60] or 'workshop'} - {word} {self.lang().replace('+', '-')}.pdf"
        self.file_edit.setText(str(folder / name))

    def browse(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the minutes as"), self.file_edit.text(), self.tr("PDF (*.pdf)")
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
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
        try:
            check_lang(self.lang())
            check_target(path)
            register_fonts()
            record = collect(self.store, self.workshop_id)  # reads on the UI thread (fast)
        except DomainError as exc:
            self._show_failure(error_text(exc))
            return
        lang = self.lang()
        self.job = BackgroundJob(
            lambda progress, cancel: write_record(record, lang, path, progress, cancel),
            (MinutesCancelled,),
        )
        self.job.signals.progress.connect(self._on_progress)
        self.job.signals.done.connect(self._on_done)
        self.job.signals.failed.connect(self._on_failed)
        self.job.signals.cancelled.connect(self._on_cancelled)
        self.progress.setValue(0)
        self.status.setText(self.tr("Generating the minutes…"))
        self._set_running(True)
        QThreadPool.globalInstance().start(self.job)

    def _set_running(self, running: bool) -> None:
        self.generate_button.setEnabled(not running)
        self.lang_combo.setEnabled(not running)
        self.file_edit.setEnabled(not running)
        self.browse_button.setEnabled(not running)
        self.cancel_button.setText(self.tr("Cancel") if running else self.tr("Close"))

    def cancel_or_close(self) -> None:
        if self.job is not None:
            self.job.stop.set()
            self.status.setText(self.tr("Stopping…"))
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
    def _on_done(self, result: MinutesResult) -> None:
        self.job = None
        self.outcome = result
        self._set_running(False)
        self.progress.setValue(100)
        self.status.setText(
            self.tr("Minutes written: {path} ({pages} pages, fingerprint {fp}).").format(
                path=result.path, pages=result.pages, fp=result.fingerprint
            )
        )
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
            self._show_failure(
                self.tr("The minutes could not be generated: {reason}").format(reason=exc)
            )

    @Slot()
    def _on_cancelled(self) -> None:
        self.job = None
        self._set_running(False)
        self.progress.setValue(0)
        self.status.setText(self.tr("Stopped; no file was written."))

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
