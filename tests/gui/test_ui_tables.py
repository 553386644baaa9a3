"""Breakout tables in the window (issue 26): the capture's table selector."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from sim_facilitator.domain.tables.records import create_tables
from sim_facilitator.domain.workshops import add_agenda_item, add_participant, create_workshop
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.capture.capture_view import CaptureView

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def tables(store: Store) -> dict[str, str]:
    workshop = create_workshop(store, "Atelier de Taza")
    agenda = add_agenda_item(store, workshop, "Tables rondes", 40)
    add_participant(store, workshop, "Nadia Tazi", consent_named=True)
    a, b = create_tables(store, workshop, agenda, ["Table A", "Table B"], ["Quoi ?"])
    return {"workshop": workshop, "agenda": agenda, "a": a, "b": b}


def _capture(qtbot, store: Store, workshop: str) -> CaptureView:
    view = CaptureView(store, workshop)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.focus_entry()
    qtbot.waitUntil(lambda: view.entry.hasFocus())
    return view


def test_ctrl_t_chooses_the_table_the_next_ideas_come_from(qtbot, store, tables) -> None:
    view = _capture(qtbot, store, tables["workshop"])
    assert view.table_picker.isVisible()
    qtbot.keyClicks(view.entry, "Sans table")
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    qtbot.keyClick(view.entry, Qt.Key.Key_T, CTRL)
    qtbot.keyClick(view.entry, Qt.Key.Key_T, CTRL)
    assert view.table_picker.table_id() == tables["b"]
    for text in ("Idee B1", "Idee B2"):  # the table stays chosen, as a scribe types on
        qtbot.keyClicks(view.entry, text)
        qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    qtbot.keyClick(view.entry, Qt.Key.Key_T, CTRL | SHIFT)
    qtbot.keyClicks(view.entry, "Idee A1")
    qtbot.keyClick(view.entry, Qt.Key.Key_Return)
    by_text = {i["text"]: i["table_id"] for i in store.in_workshop("idea", tables["workshop"])}
    assert by_text == {
        "Sans table": None,
        "Idee B1": tables["b"],
        "Idee B2": tables["b"],
        "Idee A1": tables["a"],
    }
    assert view.entry.hasFocus()


def test_no_selector_without_tables(qtbot, store) -> None:
    workshop = create_workshop(store, "Atelier sans tables")
    view = _capture(qtbot, store, workshop)
    assert not view.table_picker.isVisible()
