"""Home screen: create blank and from a template, search, sort, archive, last workshop reopens."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.shell.main_window import MainWindow
from sim_facilitator.ui.shell.new_workshop_dialog import NewWorkshopDialog
from sim_facilitator.ui.shell.settings import Settings
from sim_facilitator.ui.shell.workshop_table_model import DATE, REGION, STATUS, TITLE
from tests.helpers.dialogs import record_messages


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(tmp_path / "settings.ini")


def _window(qtbot, store: Store, settings: Settings) -> MainWindow:
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    return window


def _titles(window: MainWindow) -> list[str]:
    proxy = window.home.proxy
    return [proxy.index(r, TITLE).data().strip("\u200e\u200f") for r in range(proxy.rowCount())]


def test_create_blank_workshop_through_the_dialog(qtbot, store, settings, monkeypatch) -> None:
    def fill_and_accept(dialog: NewWorkshopDialog) -> int:
        ok = dialog.buttons.buttons()[0]
        assert not ok.isEnabled()  # no title yet
        qtbot.keyClicks(dialog.title_edit, "Atelier de Tanger")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewWorkshopDialog, "exec", fill_and_accept)
    window = _window(qtbot, store, settings)
    window.new_action.trigger()
    assert window.workspace is not None
    assert window.workspace.title_label.text() == "Atelier de Tanger"
    assert [w["title"] for w in store.list("workshop")] == ["Atelier de Tanger"]
    assert store.list("workshop")[0]["status"] == "draft"


def test_create_from_template_copies_the_setup(qtbot, store, settings, monkeypatch) -> None:
    demo = create_demo(store)
    window = _window(qtbot, store, settings)
    window.home.select(demo)

    def choose(dialog: NewWorkshopDialog) -> int:
        assert dialog.template_id == demo  # the selected workshop is offered
        dialog.title_edit.setText("Atelier d'Agadir")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewWorkshopDialog, "exec", choose)
    window.home.template_button.click()
    new_id = window.workspace.workshop_id
    assert (
        store.require("workshop", new_id)["framework_id"]
        == store.require("workshop", demo)["framework_id"]
    )
    assert len(store.in_workshop("agenda", new_id)) == len(store.in_workshop("agenda", demo))
    assert store.in_workshop("participant", new_id) == []


def test_search_sort_and_counts(qtbot, store, settings) -> None:
    create_demo(store)
    create_workshop(
        store, "Atelier de Tanger", date="2025-05-02", region="Tanger-Tétouan-Al Hoceïma"
    )
    create_workshop(
        store, "Atelier d'Oujda", date="2024-11-20", region="L'Oriental", status="closed"
    )
    window = _window(qtbot, store, settings)
    home = window.home
    # default: newest date first
    assert _titles(window)[0] == "Atelier de Tanger"
    home.table.sortByColumn(DATE, Qt.SortOrder.AscendingOrder)
    assert _titles(window)[0] == "Atelier d'Oujda"
    home.table.sortByColumn(REGION, Qt.SortOrder.AscendingOrder)
    regions = [home.proxy.index(r, REGION).data() for r in range(3)]
    assert regions == sorted(regions, key=str.casefold)
    home.table.sortByColumn(STATUS, Qt.SortOrder.DescendingOrder)
    assert home.proxy.index(0, STATUS).data() == "draft"
    qtbot.keyClicks(home.search, "oujda")
    assert _titles(window) == ["Atelier d'Oujda"]
    home.search.clear()
    demo_row = [r for r in range(3) if "Fès" in home.proxy.index(r, REGION).data()][0]
    assert home.proxy.index(demo_row, 4).data() == "12"  # participants
    assert int(home.proxy.index(demo_row, 5).data()) > 30  # ideas
    # the chosen sort is remembered
    assert settings.value("home_sort_column") == STATUS
    assert settings.value("home_sort_descending") is True


def test_archive_hides_and_unarchive_restores(qtbot, store, settings) -> None:
    workshop = create_workshop(store, "Atelier")
    window = _window(qtbot, store, settings)
    home = window.home
    home.select(workshop)
    assert home.archive_button.text().replace("&", "") == "Archive"
    home.archive_button.click()
    assert store.require("workshop", workshop)["status"] == "archived"
    assert home.proxy.rowCount() == 0
    assert not home.demo_button.isVisible()  # there is data, just archived
    home.show_archived.setChecked(True)
    assert home.proxy.rowCount() == 1
    home.select(workshop)
    assert home.archive_button.text().replace("&", "") == "Unarchive"
    home.archive_button.click()
    assert store.require("workshop", workshop)["status"] == "closed"


def test_last_open_workshop_reopens_at_startup(qtbot, store, settings) -> None:
    first = create_workshop(store, "Atelier A")
    second = create_workshop(store, "Atelier B")
    window = _window(qtbot, store, settings)
    assert window.workspace is None
    window.home.open_requested.emit(second)
    window.workspace.show_tab(1)
    window.close()
    again = _window(qtbot, store, settings)
    assert again.workspace is not None
    assert again.workspace.workshop_id == second
    assert again.workspace.tabs.currentIndex() == 1
    assert again.stack.currentWidget() is again.workspace
    again.home_action.trigger()
    assert again.stack.currentWidget() is again.home
    third = _window(qtbot, store, settings)
    assert third.workspace is None  # went back home: nothing to reopen
    assert first


def test_title_error_is_a_translated_message_not_a_traceback(
    qtbot, store, settings, monkeypatch
) -> None:
    shown = record_messages(monkeypatch)
    window = _window(qtbot, store, settings)
    assert window.home.add_workshop("   ") is None
    assert shown == ["The title cannot be empty."]
    assert store.list("workshop") == []


def test_new_workshop_from_a_kit_file(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from sim_facilitator.domain.demo import create_demo
    from sim_facilitator.export.bundle.writer import export_bundle
    from sim_facilitator.ui.shell.home_view import HomeView
    from sim_facilitator.ui.shell.settings import Settings
    from tests.helpers.stores import make_store

    coordinator = make_store(tmp_path / "coordinator.db")
    planned = create_demo(coordinator, region="Souss-Massa")
    kit = tmp_path / "souss.simbundle"
    export_bundle(coordinator, kit, [planned], kit=True)

    facilitator = make_store(tmp_path / "facilitator.db")
    home = HomeView(facilitator, Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(home)
    asked: list[str] = []

    def accept(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", accept)
    with qtbot.waitSignal(home.open_requested) as opened:
        assert home.add_from_kit(kit) == planned
    assert opened.args == [planned]
    assert len(asked) == 1  # the unknown laptop's fingerprint was shown once
    questions = facilitator.in_workshop("question", planned)
    assert len(questions) == 3
    assert facilitator.in_workshop("idea", planned) == []  # a kit carries no ideas


def test_enter_on_the_workshop_list_opens_it(qtbot, store) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from sim_facilitator.domain.workshops import create_workshop
    from sim_facilitator.ui.shell.home_view import HomeView
    from sim_facilitator.ui.shell.settings import Settings

    workshop = create_workshop(store, "Atelier au clavier")
    home = HomeView(store, Settings())
    qtbot.addWidget(home)
    home.show()
    home.table.setFocus()
    home.table.setCurrentIndex(home.table.model().index(0, 0))
    with qtbot.waitSignal(home.open_requested) as opened:
        qtbot.keyClick(home.table, Qt.Key.Key_Return)
    assert opened.args == [workshop]
