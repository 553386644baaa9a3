"""Help → About shows the version; a newer database gets a plain, translated refusal."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.engine.storage import SCHEMA_VERSION
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.shell.application import set_language
from sim_facilitator.ui.shell.main_window import MainWindow
from sim_facilitator.ui.shell.recovery import check_database_at_start
from sim_facilitator.ui.shell.settings import Settings
from sim_facilitator.version import __version__
from tests.helpers.dialogs import record_messages
from tests.helpers.stores import make_store

pytestmark = pytest.mark.gui


@pytest.fixture
def app() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield app
    set_language(app, "en")


def test_help_about_shows_the_version_and_the_data_file(
    qtbot, store: Store, tmp_path: Path, app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "sim.db"
    window = MainWindow(store, Settings(tmp_path / "s.ini"), db_path=db_path)
    qtbot.addWidget(window)
    shown = record_messages(monkeypatch, "about")
    set_language(app, "fr")
    assert window.help_menu.about_action in window.help_menu.actions()
    window.help_menu.about_action.trigger()
    assert len(shown) == 1
    text = shown[0].replace("\u2066", "").replace("\u2069", "")  # direction isolates
    assert f"version {__version__}" in text
    assert f"Fichier de données : {db_path}" in text
    # in Arabic the path keeps its own left-to-right order (isolated)
    set_language(app, "ar")
    assert f"\u2066{db_path}\u2069" in window.help_menu.show_about()


def test_an_older_app_refuses_a_newer_database_in_the_users_language(
    qtbot, tmp_path: Path, app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "newer.db"
    store = make_store(path)
    create_demo(store)
    store.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.db.conn.close()
    before = path.read_bytes()
    shown = record_messages(monkeypatch, "critical")
    asked = record_messages(monkeypatch, "question")  # the damaged-file offer must not come
    set_language(app, "ar")
    assert not check_database_at_start(path)
    assert len(shown) == 1
    assert "إصدار أحدث" in shown[0]  # "a newer version", in Arabic
    assert asked == []
    assert path.read_bytes() == before
    assert not path.with_name("newer.db.damaged").exists()
