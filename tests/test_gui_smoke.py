"""The main window opens offscreen and offers a demo when there is no data."""

from __future__ import annotations

from sim_facilitator.models.store import Store
from sim_facilitator.ui.main_window import MainWindow


def test_main_window_opens_and_creates_demo(qtbot, store: Store) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    assert window.demo_button.isVisible()
    window.demo_button.click()
    assert window.workshop_list.count() == 1
    assert not window.demo_button.isVisible()
