"""Start the desktop app: one QApplication, one Store, the main window."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication

log = logging.getLogger(__name__)

ERROR_LOG = "errors.log"
EXIT_WHEN_IDLE = "SIM_FACILITATOR_EXIT_WHEN_IDLE"


def log_text(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """What goes into the error log: where it failed, never what the user typed.

    Exception messages can carry personal data (a participant's name in a
    refused value, a row of a CSV file), so only the kind of error, the
    message *template* of a domain error, and the code locations are kept.
    """
    from .models.errors import DomainError

    frames = "".join(traceback.format_tb(tb))
    detail = f": {error.template}" if isinstance(error, DomainError) else ""
    return f"Traceback (most recent call last):\n{frames}{kind.__name__}{detail}"


def install_excepthook(log_path: Path) -> Callable[..., None]:
    """Show an unexpected error as a translated message; keep its traceback in ``log_path``.

    A domain refusal (ValidationError, NotFoundError) that escaped a view is
    shown as its own translated sentence. Returns the hook (also installed).
    """
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .models.errors import DomainError
    from .ui.error_message import error_text

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        text = log_text(kind, error, tb)
        try:
            log_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            with os.fdopen(fd, "a", encoding="utf-8") as f:
                f.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n{text}\n")
        except OSError:
            log.exception("could not write the error log")
        print(text, file=sys.stderr)
        if QApplication.instance() is None:
            return
        if isinstance(error, DomainError):
            message = error_text(error)
        else:
            message = QCoreApplication.translate(
                "App",
                "Something went wrong. Everything shown as saved is safe. "
                "The details were written to {path}.",
            ).format(path=str(log_path))
        QMessageBox.critical(
            QApplication.activeWindow(),
            QCoreApplication.translate("App", "SIM Facilitator"),
            message,
        )

    sys.excepthook = hook
    return hook


def quit_when_idle(app: QCoreApplication) -> None:
    """Quit, saying when (the wall clock, which bench_startup compares with its own)."""
    print(f"idle {time.time():.6f}", flush=True)
    app.quit()


def run_app(db_path: Path, lang: str | None) -> int:
    from PySide6.QtWidgets import QApplication

    from .paths import open_store
    from .ui.app_icon import app_icon
    from .ui.application import LANGUAGES, install_fonts, set_language
    from .ui.main_window import RESTART_EXIT_CODE, MainWindow
    from .ui.settings import Settings
    from .ui.welcome_dialog import show_welcome_once

    logging.basicConfig(level=logging.INFO)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("SIM Facilitator")
    install_fonts()
    app.setWindowIcon(app_icon())
    install_excepthook(db_path.parent / ERROR_LOG)
    settings = Settings()
    # --lang wins; otherwise the language chosen last time; Arabic first.
    language = lang or settings.value("language")
    set_language(app, language if language in LANGUAGES else "ar")
    from .models.backup import backup_file
    from .ui.recovery import check_database_at_start

    while True:
        if not check_database_at_start(db_path):
            return 1
        store = open_store(db_path)
        # Off the UI thread: on a large database the copy takes a noticeable moment.
        threading.Thread(target=backup_file, args=(db_path, "open"), name="backup-on-open").start()
        window = MainWindow(store, settings, db_path=db_path)
        window.show()
        if os.environ.get(EXIT_WHEN_IDLE) == "1":  # benchmarks and tests: quit once shown
            from PySide6.QtCore import QTimer

            QTimer.singleShot(0, lambda: quit_when_idle(app))
        else:
            show_welcome_once(window)  # first run only: language, the three roles, demo or blank
        code = int(app.exec())
        window.deleteLater()
        store.db.conn.close()
        if code != RESTART_EXIT_CODE:  # a restored backup reopens the app on the new data
            return code
