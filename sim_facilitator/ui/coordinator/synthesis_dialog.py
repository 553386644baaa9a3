"""Export the national synthesis as a PDF: language, file, progress, cancel, then open it.

The same dialog as the minutes (``PdfExportDialog``): the record is read on
the UI thread, layout and writing run on a pool thread, cancel stops it and
leaves no file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from sim_facilitator.domain.national import NationalFilter
from sim_facilitator.engine.store import Store
from sim_facilitator.export.synthesis.document import (
    SynthesisCancelled,
    check_target,
    write_synthesis_record,
)
from sim_facilitator.export.synthesis.record import collect_synthesis
from sim_facilitator.ui.common.pdf_export_dialog import PdfExportDialog


class SynthesisDialog(PdfExportDialog):
    """Choose a language and a file, generate the synthesis with a progress bar, then open it.

    ``flt`` narrows it like the dashboard's filters (all workshops by default).
    """

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        flt: NationalFilter | None = None,
        default_lang: str = "fr",
    ) -> None:
        self.store = store
        self.flt = flt or NationalFilter()
        super().__init__(default_lang, parent)
        self.finish_setup()

    def texts(self) -> dict[str, str]:
        return {
            "title": self.tr("National synthesis"),
            "lang_label": self.tr("Language of the synthesis:"),
            "save_as": self.tr("Save the synthesis as"),
            "generating": self.tr("Generating the synthesis…"),
            "written": self.tr("Synthesis written: {path} ({pages} pages, fingerprint {fp})."),
            "failed": self.tr("The synthesis could not be generated: {reason}"),
        }

    def suggested_name(self, lang: str) -> str:
        return f"national synthesis {lang.replace('+', '-')}.pdf"

    def prepare(self, lang: str, path: Path) -> Any:
        check_target(path)
        record = collect_synthesis(self.store, self.flt)  # reads on the UI thread
        return lambda progress, cancel: write_synthesis_record(record, lang, path, progress, cancel)

    def cancelled_errors(self) -> tuple[type[BaseException], ...]:
        return (SynthesisCancelled,)
