"""Export the minutes of a workshop: language, format (PDF or Word), file, progress, cancel,
then open it.

The PDF is the signed record; the Word file (.docx) is for the people who go on writing
from the minutes. Both print the same record (``export.minutes``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from sim_facilitator.engine.store import Store
from sim_facilitator.export.minutes.document import MinutesCancelled, check_target, write_record
from sim_facilitator.export.minutes.record import collect
from sim_facilitator.ui.common.pdf_export_dialog import PdfExportDialog

FORMATS = ("pdf", "docx")


class MinutesDialog(PdfExportDialog):
    """Choose a language, a format and a file, generate the minutes with a progress bar,
    then open them."""

    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        workshop = store.require("workshop", workshop_id)
        self.store = store
        self.workshop_id = workshop_id
        self._title = str(workshop.get("title") or "workshop")
        self.format_label: QLabel | None = None
        self.format_combo: QComboBox | None = None
        super().__init__(str(workshop.get("language") or "fr"), parent)
        self.format_label = QLabel(self)
        self.format_combo = QComboBox(self)
        for code in FORMATS:
            self.format_combo.addItem(code, code)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.format_label.setBuddy(self.format_combo)  # read as the field's name
        self.form.insertRow(1, self.format_label, self.format_combo)
        self.finish_setup()

    def file_format(self) -> str:
        return str(self.format_combo.currentData()) if self.format_combo else "pdf"

    def _format_changed(self) -> None:
        self.retranslate_ui()
        self._suggest_name()

    def texts(self) -> dict[str, str]:
        word = self.file_format() == "docx"
        return {
            "title": self.tr("Export minutes"),
            "lang_label": self.tr("Language of the minutes:"),
            "save_as": self.tr("Save the minutes as"),
            "generating": self.tr("Generating the minutes…"),
            "written": (
                self.tr("Minutes written as a Word document: {path} (fingerprint {fp}).")
                if word
                else self.tr("Minutes written: {path} ({pages} pages, fingerprint {fp}).")
            ),
            "failed": self.tr("The minutes could not be generated: {reason}"),
        }

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        if self.format_label is None or self.format_combo is None:
            return
        self.format_label.setText(self.tr("Format:"))
        names = {
            "pdf": self.tr("PDF — the signed record"),
            "docx": self.tr("Word (.docx) — to edit in Word or LibreOffice"),
        }
        for i in range(self.format_combo.count()):
            self.format_combo.setItemText(i, names[self.format_combo.itemData(i)])

    def file_kind(self) -> tuple[str, str, str]:
        if self.file_format() == "docx":
            return (self.tr("Word file:"), self.tr("Word document (*.docx)"), ".docx")
        return super().file_kind()

    def suggested_name(self, lang: str) -> str:
        safe = "".join(c if c.isalnum() or c in "-_ " else "_" for c in self._title).strip()
        word = self.tr("minutes", "the word used in the suggested file name")
        suffix = self.file_kind()[2]
        return f"{safe[:60] or 'workshop'} - {word} {lang.replace('+', '-')}{suffix}"

    def set_choices_enabled(self, enabled: bool) -> None:
        super().set_choices_enabled(enabled)
        if self.format_combo is not None:
            self.format_combo.setEnabled(enabled)

    def prepare(self, lang: str, path: Path) -> Any:
        check_target(path)
        record = collect(self.store, self.workshop_id)  # reads on the UI thread (fast)
        if self.file_format() == "docx":
            from sim_facilitator.export.minutes.word import write_docx_record

            return lambda progress, cancel: write_docx_record(record, lang, path, progress, cancel)
        return lambda progress, cancel: write_record(record, lang, path, progress, cancel)

    def cancelled_errors(self) -> tuple[type[BaseException], ...]:
        return (MinutesCancelled,)
