"""Start the desktop app: one QApplication, one Store, the main window."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import sqlite3
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

ERROR_LOG = "errors.log"
EXIT_WHEN_IDLE = "SIM_FACILITATOR_EXIT_WHEN_IDLE"
# Packaging smoke test: with this set to a .png path, the app draws its window, saves
# it there, prints what a person would read (title, menus, direction) and quits.
SNAPSHOT = "SIM_FACILITATOR_SNAPSHOT"


def log_text(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    """What goes into the error log: where it failed, never what the user typed.

    Exception messages can carry personal data (a participant's name in a
    refused value, a row of a CSV file), so only the kind of error, the
    message *template* of a domain error, and the code locations are kept.
    """
    from sim_facilitator.engine.errors import DomainError

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

    from sim_facilitator.engine.errors import DomainError
    from sim_facilitator.ui.common.error_message import error_text

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


def needs_migration(db_path: Path) -> bool:
    """True when opening the database would change its schema (a migration, an index,
    a rebuilt projection)."""
    from sim_facilitator.engine.storage import (
        EXTRA_INDEXES,
        SCHEMA_VERSION,
        extra_index_name,
        projection_outdated,
    )

    wanted = {
        extra_index_name(t, columns) for t, indexes in EXTRA_INDEXES.items() for columns in indexes
    }
    try:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            outdated = version == SCHEMA_VERSION and projection_outdated(conn)
        finally:
            conn.close()
    except sqlite3.Error:
        return True  # unreadable: let the full check say why
    return version < SCHEMA_VERSION or not wanted <= indexes or outdated


def on_first_idle(window: QWidget, action: Callable[[], None]) -> None:
    """Run ``action`` once ``window`` has been drawn and the event loop has caught up.

    The first paint comes late: Qt posts the update request at low priority and
    the platform answers it with an expose event, so a zero timer started at
    ``show()`` runs before anything is drawn. Hence: wait for the window's first
    paint, then for a zero-interval timer (it fires once the posted events queued
    meanwhile, such as the layouts that paint triggers, are handled). The filter
    watches the window alone: an application-wide Python filter would itself
    cost ~20 ms (PySide6 builds a Python type for every kind of object it sees).
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                self.deleteLater()
                timer = QTimer(window)
                timer.setSingleShot(True)
                timer.timeout.connect(action)
                timer.start(0)
            return False

    window.installEventFilter(FirstPaint(window))


def quit_when_idle(app: QCoreApplication) -> None:
    """Quit, saying when (the wall clock, which bench_startup compares with its own)."""
    print(f"idle {time.time():.6f}", flush=True)
    app.quit()


def snapshot_and_quit(window: QWidget, app: QCoreApplication, path: Path) -> None:
    """Save ``window`` as a PNG and print one JSON line of what it shows, then quit."""
    import json

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMainWindow

    from sim_facilitator.ui.shell.help import guide_path

    saved = window.grab().save(str(path))
    menus = window.menuBar().actions() if isinstance(window, QMainWindow) else []
    language = str(app.property("sim_language"))
    guide = guide_path(language)
    shown = {
        "title": window.windowTitle(),
        "menus": [a.text().replace("&", "") for a in menus],
        "rtl": window.layoutDirection() == Qt.LayoutDirection.RightToLeft,
        "language": language,
        "fonts": window.font().families(),
        "guide": guide.name if guide is not None else None,
        "screenshot": str(path) if saved else None,
    }
    print(json.dumps(shown, ensure_ascii=False), flush=True)
    app.quit()


def run_app(db_path: Path, lang: str | None) -> int:
    from PySide6.QtWidgets import QApplication

    from sim_facilitator.paths import open_store
    from sim_facilitator.ui.common.ui_thread_gc import UiThreadGarbageCollector
    from sim_facilitator.ui.shell.app_icon import app_icon
    from sim_facilitator.ui.shell.application import LANGUAGES, install_fonts, set_language
    from sim_facilitator.ui.shell.main_window import RESTART_EXIT_CODE, MainWindow
    from sim_facilitator.ui.shell.settings import Settings

    logging.basicConfig(level=logging.INFO)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setApplicationName("SIM Facilitator")
    install_fonts()
    # Cycles holding Qt objects must be freed on this thread, never on the room's or a job's.
    collector = UiThreadGarbageCollector(app)
    app.aboutToQuit.connect(collector.stop)
    app.setWindowIcon(app_icon())
    install_excepthook(db_path.parent / ERROR_LOG)
    settings = Settings()
    # --lang wins; otherwise the language chosen last time; Arabic first.
    language = lang or settings.value("language")
    set_language(app, language if language in LANGUAGES else "ar")
    from sim_facilitator.ui.shell.recovery import check_database_at_start
    from sim_facilitator.ui.shell.start_checks import (
        DAMAGED_EXIT_CODE,
        StartChecks,
        hold_writes,
        open_for_writing,
    )

    code = 0
    while True:
        existed = db_path.exists() and db_path.stat().st_size > 0
        # The page-by-page integrity check runs once the window is up (StartChecks),
        # unless a schema migration is due (it writes) or the check found damage.
        migrating = existed and needs_migration(db_path)
        full = code == DAMAGED_EXIT_CODE or migrating
        if not check_database_at_start(db_path, full=full):
            return 1
        try:
            if migrating:  # a one-time upgrade can take a while: say so on screen
                from sim_facilitator.ui.shell.upgrade_notice import while_upgrading

                store = while_upgrading(lambda: open_store(db_path))
            else:
                store = open_store(db_path)
        except sqlite3.DatabaseError:
            if full:
                raise
            code = DAMAGED_EXIT_CODE  # damage the header check could not see
            continue

        def damaged(_problem: str) -> None:
            app.exit(DAMAGED_EXIT_CODE)

        checks = StartChecks(
            db_path, on_sound=functools.partial(open_for_writing, store.db), on_damaged=damaged
        )
        if existed:  # read-only until the full check has passed; early writes wait for it
            hold_writes(checks, store.db, damaged)
        try:
            window = MainWindow(store, settings, db_path=db_path)
        except sqlite3.DatabaseError:
            store.db.conn.close()
            if full:
                raise
            code = DAMAGED_EXIT_CODE
            continue
        # Once the window is drawn: the thread would otherwise compete with the first paint.
        on_first_idle(window, checks.start)
        if os.environ.get(EXIT_WHEN_IDLE) == "1":  # benchmarks and tests: quit once shown
            on_first_idle(window, lambda: quit_when_idle(app))
        snapshot = os.environ.get(SNAPSHOT)
        if snapshot:
            on_first_idle(window, functools.partial(snapshot_and_quit, window, app, Path(snapshot)))
        # Start-up's objects live as long as the app: full collections skip them from now.
        on_first_idle(window, collector.settle_startup)
        window.show()
        unattended = os.environ.get(EXIT_WHEN_IDLE) == "1" or bool(snapshot)
        if not unattended and not settings.value("welcome_shown"):
            from sim_facilitator.ui.shell.welcome_dialog import (
                show_welcome_once,  # first run only: imported then
            )

            show_welcome_once(window)  # language, the three roles, demo or blank
        code = int(app.exec())
        checks.finish()  # waits for the check and the backup; nothing more is delivered
        window.deleteLater()
        store.db.conn.close()
        if code == DAMAGED_EXIT_CODE:
            continue  # the full check again, with the recovery dialogs
        if code != RESTART_EXIT_CODE:  # a restored backup reopens the app on the new data
            return code
