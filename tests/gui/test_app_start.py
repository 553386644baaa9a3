"""The real entry point: `sim-facilitator --db PATH` starts, shows the window, backs up, exits."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from sim_facilitator.engine.backup import list_backups
from tests.helpers.paths import FIXTURES
from tests.helpers.stores import make_store


def _start_app(tmp_path: Path, db: Path, lang: str) -> subprocess.CompletedProcess[str]:
    """``python -m sim_facilitator --db DB``, offscreen, quitting once the window is idle."""
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "SIM_FACILITATOR_EXIT_WHEN_IDLE": "1",
        "SIM_FACILITATOR_SETTINGS": str(tmp_path / "settings.ini"),
    }
    return subprocess.run(
        [sys.executable, "-m", "sim_facilitator", "--db", str(db), "--lang", lang],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_app_starts_on_a_database_and_backs_it_up(tmp_path: Path) -> None:
    db = tmp_path / "data" / "sim.db"
    db.parent.mkdir()
    store = make_store(db)
    from sim_facilitator.domain.demo import create_demo

    create_demo(store)
    store.db.conn.close()
    result = _start_app(tmp_path, db, "fr")
    assert result.returncode == 0, result.stderr[-2000:]
    [backup] = list_backups(db)
    assert backup.reason == "open"
    assert backup.workshops == 1


def test_an_older_database_is_upgraded_at_start_with_a_notice(tmp_path: Path) -> None:
    """A database of schema 5 (the previous release) opens: migrated once, then shown."""
    import shutil
    import sqlite3

    db = tmp_path / "data" / "sim.db"
    db.parent.mkdir()
    shutil.copy(FIXTURES / "schema_v5.db", db)
    result = _start_app(tmp_path, db, "ar")
    assert result.returncode == 0, result.stderr[-2000:]
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 6
        assert conn.execute("SELECT count(*) FROM p_idea WHERE _ops != ''").fetchone()[0] > 0
    finally:
        conn.close()


def test_the_upgrade_notice_is_on_screen_while_the_database_is_migrated(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from sim_facilitator.ui.shell.application import set_language
    from sim_facilitator.ui.shell.upgrade_notice import UpgradeNotice, while_upgrading

    app = QApplication.instance()
    set_language(app, "ar")
    try:
        seen: list[str] = []

        def migrate() -> str:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, UpgradeNotice) and widget.isVisible():
                    seen.append(widget.title.text())
            return "opened"

        assert while_upgrading(migrate) == "opened"
        assert seen == ["جارٍ تحديث بياناتك"]  # in the user's language
        qtbot.waitUntil(
            lambda: (
                not any(
                    isinstance(w, UpgradeNotice) and w.isVisible()
                    for w in QApplication.topLevelWidgets()
                )
            )
        )
    finally:
        set_language(app, "en")
