"""Export the minutes of a workshop as a PDF: language, file, progress, cancel, then open it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from sim_facilitator.engine.store import Store
from sim_facilitator.export.minutes.document import MinutesCancelled, check_target, write_record
from sim_facilitator.export.minutes.record import collect
from sim_facilitator.ui.common.pdf_export_dialog import PdfExportDialog


class MinutesDialog(PdfExportDialog):
    """Choose a language and a file, generate the minutes with a progress bar, then open them."""

    def __init__(self, store: Store, workshop_id: str, parent: QWidget | None = None) -> None:
        workshop = store.require("workshop", workshop_id)
        self.store = store
        self.workshop_id = workshop_id
        self._title = str(workshop.get("title") or "workshop")
        super().__init__(str(workshop.get("language") or "fr"), parent)
        self.finish_setup()

    def texts(self) -> dict[str, str]:
        return {
            "title": self.tr("Export minutes"),
            "lang_label": self.tr("Language of the minutes:"),
            "save_as": self.tr("Save the minutes as"),
            "generating": self.tr("Generating the minutes…"),
            "written": self.tr("Minutes written: {path} ({pages} pages, fingerprint {fp})."),
            "failed": self.tr("The minutes could not be generated: {reason}"),
        }

    def suggested_name(self, lang: str) -> str:
        safe = "".join(c if c.isalnum() or c in "-_ " else "_" for c in self._title).strip()
        word = self.tr("minutes", "the word used in the suggested file name")
        return f"{safe[:60] or 'workshop'} - {word} {lang.replace('+', '-')}.pdf"

    def prepare(self, lang: str, path: Path) -> Any:
        check_target(path)
        record = collect(self.store, self.workshop_id)  # reads on the UI thread (fast)
        return lambda progress, cancel: write_record(record, lang, path, progress, cancel)

    def cancelled_errors(self) -> tuple[type[BaseException], ...]:
        return (MinutesCancelled,)
