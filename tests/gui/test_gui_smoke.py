"""The main window opens offscreen and offers a demo when there is no data."""

from __future__ import annotations

from pathlib import Path

from sim_facilitator.engine.store import Store
from sim_facilitator.ui.shell.main_window import MainWindow
from sim_facilitator.ui.shell.settings import Settings


def test_main_window_opens_and_creates_demo(qtbot, store: Store, tmp_path: Path) -> None:
    window = MainWindow(store, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(window)
    window.show()
    home = window.home
    assert home.demo_button.isVisible()
    assert not home.table.isVisible()
    home.demo_button.click()
    assert home.model.rowCount() == 1
    assert home.table.isVisible()
    assert not home.demo_button.isVisible()
