"""The main window's Session menu: minutes, projector and note-taker window of the open workshop."""

from __future__ import annotations

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.coordinator.conflicts_view import ConflictsView
from sim_facilitator.ui.shell.main_window import MainWindow


def test_session_actions_follow_the_open_workshop(qtbot, store: Store) -> None:
    workshop = create_demo(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show_home()
    assert not window.minutes_action.isEnabled()
    window.open_workshop(workshop)
    assert window.minutes_action.isEnabled()
    assert window.projector_action.isEnabled()

    dialog = window.show_minutes_dialog()
    assert dialog is not None
    assert dialog.isVisible()
    dialog.close()

    projector = window.show_projector()
    assert projector is not None
    assert projector.isVisible()
    assert projector.workshop_id == workshop

    small = window.show_note_taker_window()
    assert small is not None
    assert small.isVisible()
    small.close()

    window.show_home()  # leaving the workshop closes its projector window
    qtbot.waitUntil(lambda: window.projector is None)


def test_data_menu_opens_coordination_and_synthesis(qtbot, store: Store) -> None:
    from sim_facilitator.ui.coordinator.synthesis_dialog import SynthesisDialog

    create_demo(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.coordination_action.trigger()
    assert window.stack.currentWidget() is window.coordinator
    window.dashboard_action.trigger()
    window.synthesis_action.trigger()
    dialogs = [w for w in window.findChildren(SynthesisDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].close()


def test_data_menu_opens_bundle_exchange_and_conflicts_tab(qtbot, store: Store) -> None:
    workshop = create_demo(store)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.sync_action.trigger()
    assert window.stack.currentWidget() is window.sync
    page = window.open_workshop(workshop)
    assert page.view_of(ConflictsView) is not None


def test_help_menu_is_installed(qtbot, store: Store) -> None:
    window = MainWindow(store)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert window.help_menu.menuAction().text() in titles
    assert len(window.help_menu.actions()) >= 3
