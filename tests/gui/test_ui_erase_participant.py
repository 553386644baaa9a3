"""Check-in: erasing a participant at their request, from the keyboard, after a plain warning."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.workshops import add_participant, create_workshop
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.checkin.checkin_view import CheckinView
from sim_facilitator.ui.checkin.erase_participant_dialog import EraseParticipantDialog
from sim_facilitator.ui.checkin.participant_model import NAME

NAME_TO_ERASE = "Nadia Erasable"


def _view(qtbot, store: Store) -> tuple[CheckinView, str, str]:  # type: ignore[no-untyped-def]
    workshop = create_workshop(store, "Atelier")
    who = add_participant(store, workshop, NAME_TO_ERASE, consent_named=True)
    add_participant(store, workshop, "Karim Stays", consent_named=True)
    idea = add_idea(store, workshop, "Une idée à garder", author_id=who)
    view = CheckinView(store, workshop)
    qtbot.addWidget(view)
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)  # shortcuts reach only the active window
    return view, who, idea


def _select(view: CheckinView, name: str) -> None:
    for row in range(view.proxy.rowCount()):
        index = view.proxy.index(row, NAME)
        if index.data(Qt.ItemDataRole.EditRole) == name:
            view.table.setFocus()
            view.table.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            view.table.setCurrentIndex(index)
            return
    raise AssertionError(name)


def _shown(view: CheckinView) -> list[EraseParticipantDialog]:
    return [d for d in view.findChildren(EraseParticipantDialog) if d.isVisible()]


def _dialog(view: CheckinView) -> EraseParticipantDialog:
    [dialog] = _shown(view)
    return dialog


def test_erase_from_the_keyboard_after_confirmation(qtbot, store: Store, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    view, who, idea = _view(qtbot, store)
    assert not view.erase_button.isEnabled()
    assert view.erase_button.accessibleName()
    _select(view, NAME_TO_ERASE)
    assert view.erase_button.isEnabled()
    assert view.erase_action.isEnabled()
    assert view.erase_action in view.table.actions()  # the context menu offers it
    # Keyboard: Tab from the table reaches the button; Space presses it.
    for _ in range(30):
        if view.erase_button.hasFocus():
            break
        qtbot.keyClick(view.windowHandle(), Qt.Key.Key_Tab)
    assert view.erase_button.hasFocus()
    qtbot.keyClick(view.windowHandle(), Qt.Key.Key_Space)
    dialog = _dialog(view)
    text = dialog.explanation.text()
    assert NAME_TO_ERASE in text
    assert "cannot be undone" in text
    assert "ideas are kept" in text
    # Enter alone cancels: the safe button is the default one.
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.isDefault()
    assert not dialog.erase_button.isDefault()
    qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not _shown(view))
    assert store.require("participant", who)["name"] == NAME_TO_ERASE

    _select(view, NAME_TO_ERASE)
    dialog = view.erase_selected()
    assert dialog is not None
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not _shown(view))
    names = [
        view.proxy.index(r, NAME).data(Qt.ItemDataRole.EditRole)
        for r in range(view.proxy.rowCount())
    ]
    assert names == ["Karim Stays"]
    row = store.get("idea", idea)
    assert row is not None
    assert row["author_id"] is None
    assert row["text"] == "Une idée à garder"
    wal = Path(str(db_path) + "-wal")
    raw = db_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert NAME_TO_ERASE.encode() not in raw
    assert not view.erase_button.isEnabled()
