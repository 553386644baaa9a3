"""Seating by hand (issue 26, item 1): people choose their table, the facilitator
records it by keyboard or with the "Move to" list; tables renamed and given their
own question in place; an empty table removed, one with ideas kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.tables.records import create_tables, seats_of, tables_of
from sim_facilitator.domain.workshops import add_agenda_item, add_participant, create_workshop
from sim_facilitator.engine.dump import dump_text
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.tables.seating_dialog import T_NAME, T_QUESTION, SeatingDialog

NAMES = ["Amina Berrada", "Youssef Alaoui", "سعاد المنصوري", "Karim Tazi"]


@pytest.fixture
def breakout(store: Store) -> dict[str, object]:
    workshop = create_workshop(store, "Atelier de Taza")
    agenda = add_agenda_item(store, workshop, "Tables rondes", 40)
    people = [add_participant(store, workshop, n, organisation="Tifawt") for n in NAMES]
    add_participant(store, workshop, "Absent Person", present=False)
    tables = create_tables(store, workshop, agenda, ["Table 1", "Table 2", "Table 3"])
    return {"workshop": workshop, "agenda": agenda, "people": people, "tables": tables}


def _dialog(qtbot, store: Store, breakout: dict[str, object]) -> SeatingDialog:
    dialog = SeatingDialog(store, str(breakout["workshop"]), str(breakout["agenda"]), "Tables")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.people.setFocus()
    qtbot.waitUntil(dialog.people.hasFocus)
    return dialog


def _select(dialog: SeatingDialog, *names: str) -> None:
    selection = dialog.people.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for r, row in enumerate(dialog.rows):
        if row.name in names:
            selection.select(dialog.people.model().index(r, 0), flags)


def _where(store: Store, breakout: dict[str, object]) -> dict[str, str]:
    seats = seats_of(store, str(breakout["workshop"]), str(breakout["agenda"]))
    tables = {t: n for n, t in enumerate(breakout["tables"], 1)}  # type: ignore[arg-type]
    names = {
        p["id"]: p["name"] for p in store.in_workshop("participant", str(breakout["workshop"]))
    }
    return {names[pid]: f"T{tables[s['table_id']]}" for pid, s in seats.items()}


def test_number_keys_seat_the_selected_people_and_zero_unseats(qtbot, store, breakout) -> None:
    dialog = _dialog(qtbot, store, breakout)
    assert [r.name for r in dialog.rows] == sorted(NAMES, key=str.casefold)  # absent: not listed
    _select(dialog, "Amina Berrada", "Karim Tazi")
    qtbot.keyClick(dialog.people, Qt.Key.Key_2)
    _select(dialog, "سعاد المنصوري")
    # An Arabic keyboard's digit three (QTest types ASCII only: the event by hand).
    arabic_three = QKeyEvent(QEvent.Type.KeyPress, 0x0663, Qt.KeyboardModifier.NoModifier, "٣")
    QApplication.sendEvent(dialog.people, arabic_three)
    assert _where(store, breakout) == {
        "Amina Berrada": "T2",
        "Karim Tazi": "T2",
        "سعاد المنصوري": "T3",
    }
    assert "Table 2: 2" in dialog.counts.text().replace("\u2068", "").replace("\u2069", "")
    # Still selected after the save: moving on by keyboard works.
    assert {dialog.rows[i.row()].name for i in dialog.people.selectionModel().selectedRows()} == {
        "سعاد المنصوري"
    }
    qtbot.keyClick(dialog.people, Qt.Key.Key_0)
    assert "سعاد المنصوري" not in _where(store, breakout)
    before = dump_text(store.db)
    qtbot.keyClick(dialog.people, Qt.Key.Key_7)  # no table 7: said, nothing changes
    assert "no table 7" in dialog.message.text()
    assert dump_text(store.db) == before


def test_move_to_list_and_find(qtbot, store, breakout) -> None:
    dialog = _dialog(qtbot, store, breakout)
    qtbot.keyClicks(dialog.find_edit, "youss")
    visible = [r.name for i, r in enumerate(dialog.rows) if not dialog.people.isRowHidden(i)]
    assert visible == ["Youssef Alaoui"]
    dialog.people.selectAll()  # hidden rows are not moved
    dialog.move_box.setCurrentIndex(0)
    dialog.move_button.click()
    assert _where(store, breakout) == {"Youssef Alaoui": "T1"}


def test_tables_renamed_and_questioned_in_place_and_empty_ones_removed(
    qtbot, store, breakout
) -> None:
    workshop, agenda = str(breakout["workshop"]), str(breakout["agenda"])
    first, second, third = breakout["tables"]  # type: ignore[misc]
    add_idea(store, workshop, "Un fonds local", table_id=first)
    dialog = _dialog(qtbot, store, breakout)
    dialog.table_list.item(0, T_NAME).setText("Jeunes")
    dialog.table_list.item(1, T_QUESTION).setText("ما هي الأولويات؟")
    tables = tables_of(store, workshop, agenda)
    assert [(t.name, t.question) for t in tables] == [
        ("Jeunes", ""),
        ("Table 2", "ما هي الأولويات؟"),
        ("Table 3", ""),
    ]
    dialog.table_list.item(2, T_NAME).setText("   ")  # refused: the old name comes back
    assert "needs a name" in dialog.message.text()
    assert dialog.table_list.item(2, T_NAME).text() == "Table 3"
    dialog.table_list.selectRow(0)
    dialog.remove_button.click()
    assert "already has ideas" in dialog.message.text()
    dialog.table_list.selectRow(2)
    dialog.remove_button.click()
    assert [t.id for t in tables_of(store, workshop, agenda)] == [first, second]
    assert dialog.move_box.count() == 2
    assert third not in [dialog.move_box.itemData(i) for i in range(dialog.move_box.count())]


def test_follows_seats_made_elsewhere(qtbot, store, breakout) -> None:
    from sim_facilitator.domain.tables.records import seat

    dialog = _dialog(qtbot, store, breakout)
    pid = breakout["people"][1]  # type: ignore[index]
    seat(store, str(breakout["workshop"]), pid, breakout["tables"][2])  # type: ignore[index]
    qtbot.waitUntil(
        lambda: any("Table 3" in dialog.people.item(r, 2).text() for r in range(len(dialog.rows))),
        timeout=3000,
    )


def test_the_tables_tab_opens_seating_and_follows_its_changes(qtbot, store, breakout) -> None:
    from sim_facilitator.ui.tables.tables_view import TablesView

    view = TablesView(store, str(breakout["workshop"]))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    dialog = view.open_seating()
    assert isinstance(dialog, SeatingDialog)
    qtbot.waitExposed(dialog)
    dialog.table_list.item(0, T_NAME).setText("Jeunes")
    _select(dialog, "Karim Tazi")
    qtbot.keyClick(dialog.people, Qt.Key.Key_1)
    dialog.accept()
    assert view.table.item(0, 0).text().strip("\u2068\u2069") == "Jeunes"
    assert "Karim Tazi" in view.table.item(0, 3).text()
