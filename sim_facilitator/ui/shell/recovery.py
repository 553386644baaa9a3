"""Start-up safety: a damaged database is not opened for writing; a backup is offered."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from sim_facilitator.engine.backup import integrity_problem, list_backups, restore_backup
from sim_facilitator.engine.newer_database import (
    NewerDatabaseError,
    refuse_newer,
    schema_version_of,
)
from sim_facilitator.engine.storage import SCHEMA_VERSION
from sim_facilitator.ui.common.error_message import error_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def check_database_at_start(
    db_path: Path, parent: QWidget | None = None, full: bool = True
) -> bool:
    """True when the database may be opened; a damaged one is set aside or replaced.

    ``full=False``: without the page-by-page integrity check (see integrity_problem).
    """
    if not db_path.exists() or db_path.stat().st_size == 0:
        return True
    try:  # newer is not damaged: say so, and leave the file exactly as it is
        refuse_newer(schema_version_of(db_path), SCHEMA_VERSION)
    except NewerDatabaseError as exc:
        title = QCoreApplication.translate("Recovery", "This data file is newer than the app")
        QMessageBox.critical(parent, title, error_text(exc))
        return False
    problem = integrity_problem(db_path, full=full)
    if problem is None:
        return True
    good = [b for b in list_backups(db_path) if b.workshops >= 0]
    if not good:
        QMessageBox.critical(
            parent,
            _tr("The data file is damaged"),
            _tr(
                "The data file %1 is damaged and no usable backup was found. "
                "It was not opened, so nothing more can be lost. Keep the file and "
                "contact the coordinator."
            ).replace("%1", str(db_path)),
        )
        return False
    latest = good[0]
    answer = QMessageBox.question(
        parent,
        _tr("The data file is damaged"),
        _tr(
            "The data file is damaged and was not opened. Restore the latest good "
            "backup, made on %1? The damaged file is kept beside it."
        ).replace("%1", f"{latest.created.astimezone():%Y-%m-%d %H:%M}"),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    damaged = db_path.with_name(db_path.name + ".damaged")
    for suffix in ("", "-wal", "-shm"):
        source = Path(str(db_path) + suffix)
        if source.exists():
            shutil.move(source, Path(str(damaged) + suffix))
    restore_backup(latest.path, db_path)
    return True
