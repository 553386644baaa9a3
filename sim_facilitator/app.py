"""Start the desktop app: one QApplication, one Store, the main window."""

from __future__ import annotations

import sys
from pathlib import Path


def run_app(db_path: Path, lang: str | None) -> int:
    from PySide6.QtWidgets import QApplication

    from .paths import open_store
    from .ui.application import install_fonts, set_language
    from .ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("SIM Facilitator")
    install_fonts()
    store = open_store(db_path)
    set_language(app, lang or "ar")  # Arabic first: the workshops' main language
    window = MainWindow(store)
    window.show()
    return int(app.exec())
