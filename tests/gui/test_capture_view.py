"""Capture driven with the keyboard alone, through the real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QWidget

from sim_facilitator.domain.workshops import add_participant, add_question, create_workshop
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.capture.capture_view import CaptureView
from sim_facilitator.ui.capture.idea_model import AUTHOR, QUESTION, TEXT

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def workshop(store: Store) -> dict[str, str]:
    ws = create_workshop(store, "Atelier de Meknès")
    return {
        "id": ws,
        "q1": add_question(store, ws, "ما هي أبرز التحديات؟"),
        "q2": add_question(store, ws, "Quelles pratiques innovantes ?"),
        "youssef": add_participant(store, ws, "Youssef El Amrani"),
        "khadija": add_participant(store, ws, "خديجة الإدريسي"),
        "absent": add_participant(store, ws, "Yasmine Absente", present=False),
    }


@pytest.fixture
def view(qtbot, store: Store, workshop: dict[str, str]) -> CaptureView:
    widget = CaptureView(store, workshop["id"])
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.focus_entry()
    qtbot.waitUntil(lambda: widget.entry.hasFocus())
    return widget


def focused() -> QWidget:
    """Where a key goes: an open pop-up (the completer's list) first, else the focus."""
    widget = QApplication.activePopupWidget() or QApplication.focusWidget()
    assert widget is not None
    return widget


def type_text(qtbot, text: str) -> None:
    """Type into whatever has the keyboard focus, as a person would.

    QTest's keyClicks only knows ASCII keys, so other characters (Arabic,
    accented letters) are sent as key events carrying their text, the way an
    input method delivers them.
    """
    for char in text:
        if char.isascii():
            qtbot.keyClicks(focused(), char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(focused(), event)


def press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), key, modifier)


def ideas(store: Store, workshop_id: str) -> list[dict]:
    return store.in_workshop("idea", workshop_id)


def test_thirty_ideas_with_the_keyboard_alone(qtbot, view: CaptureView, store, workshop) -> None:
    for n in range(1, 31):
        qtbot.keyClicks(focused(), f"Idea number {n}")
        press(qtbot, Qt.Key.Key_Return)
        # Shown at once: no waiting, the row is there when Enter returns.
        assert view.model.rowCount() == n
        assert view.entry.toPlainText() == ""
        assert view.entry.hasFocus()
    saved = ideas(store, workshop["id"])
    assert sorted(i["text"] for i in saved) == sorted(f"Idea number {n}" for n in range(1, 31))
    assert "30" in view.count_label.text()
    last = view.proxy.index(view.proxy.rowCount() - 1, TEXT)
    assert last.data() == "Idea number 30"
    # The list scrolled with the capture: the newest idea is on screen.
    assert view.table.verticalScrollBar().value() > 0
    assert view.table.viewport().rect().contains(view.table.visualRect(last).center())


def test_shift_enter_makes_a_multi_line_idea(qtbot, view: CaptureView, store, workshop) -> None:
    type_text(qtbot, "Première ligne")
    press(qtbot, Qt.Key.Key_Return, SHIFT)
    assert ideas(store, workshop["id"]) == []  # Shift+Enter did not save
    type_text(qtbot, "deuxième ligne")
    press(qtbot, Qt.Key.Key_Return)
    [idea] = ideas(store, workshop["id"])
    assert idea["text"] == "Première ligne\ndeuxième ligne"
    index = view.proxy.index(0, TEXT)
    assert index.data(Qt.ItemDataRole.EditRole) == "Première ligne\ndeuxième ligne"
    assert "\n" not in index.data()  # one line in the list, full text in the tooltip
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Première ligne\ndeuxième ligne"


def test_empty_enter_is_refused_with_a_message(qtbot, view: CaptureView, store, workshop) -> None:
    type_text(qtbot, "   ")
    press(qtbot, Qt.Key.Key_Return)
    assert ideas(store, workshop["id"]) == []
    assert "empty" in view.message_label.text()


def test_question_chosen_by_keystroke(qtbot, view: CaptureView, store, workshop) -> None:
    assert "Ctrl+1" in view.question_label.text()  # the shortcut is shown
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert view.question_id() == workshop["q2"]
    assert view.entry.hasFocus()
    type_text(qtbot, "Les tontines modernisées")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Up, ALT)
    assert view.question_id() == workshop["q1"]
    type_text(qtbot, "ضعف التمويل")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_0, CTRL)
    type_text(qtbot, "Sans question")
    press(qtbot, Qt.Key.Key_Return)
    by_text = {i["text"]: i["question_id"] for i in ideas(store, workshop["id"])}
    assert by_text == {
        "Les tontines modernisées": workshop["q2"],
        "ضعف التمويل": workshop["q1"],
        "Sans question": None,
    }
    row = view.model.row_of(
        next(i["id"] for i in ideas(store, workshop["id"]) if i["question_id"] == workshop["q2"])
    )
    assert view.model.index(row, QUESTION).data() == "2"


def test_author_picked_by_type_ahead(qtbot, view: CaptureView, store, workshop) -> None:
    press(qtbot, Qt.Key.Key_U, CTRL)
    assert view.author_edit.hasFocus()
    type_text(qtbot, "youss")
    popup = view.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    assert view.completer.completionCount() == 1
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.entry.hasFocus())
    assert view.author_edit.text() == "Youssef El Amrani"
    type_text(qtbot, "Mécénat de compétences")
    press(qtbot, Qt.Key.Key_Return)
    [idea] = ideas(store, workshop["id"])
    assert idea["author_id"] == workshop["youssef"]
    assert view.author_edit.text() == ""  # the next idea starts without an author
    assert view.model.index(0, AUTHOR).data() == "Youssef El Amrani"

    # Arabic names too, and only people present are offered.
    press(qtbot, Qt.Key.Key_U, CTRL)
    type_text(qtbot, "خديجة")
    press(qtbot, Qt.Key.Key_Return)  # a unique partial name is enough
    qtbot.waitUntil(lambda: view.entry.hasFocus())
    type_text(qtbot, "تعاونيات نسائية")
    press(qtbot, Qt.Key.Key_Return)
    assert {i["author_id"] for i in ideas(store, workshop["id"])} == {
        workshop["youssef"],
        workshop["khadija"],
    }
    assert "Yasmine Absente" not in view._author_names.stringList()


def test_unknown_author_is_refused_and_nothing_saved(qtbot, view: CaptureView, store, workshop):
    press(qtbot, Qt.Key.Key_U, CTRL)
    type_text(qtbot, "Personne Inconnue")
    press(qtbot, Qt.Key.Key_Escape)
    type_text(qtbot, "Une idée")
    press(qtbot, Qt.Key.Key_Return)
    assert ideas(store, workshop["id"]) == []
    assert "Personne Inconnue" in view.message_label.text()
    assert view.entry.toPlainText() == "Une idée"  # nothing typed is lost


def _capture(qtbot, texts: list[str]) -> None:
    for text in texts:
        type_text(qtbot, text)
        press(qtbot, Qt.Key.Key_Return)


def test_edit_in_place_with_f2_then_undo_and_redo(qtbot, view: CaptureView, store, workshop):
    _capture(qtbot, ["Première idée", "Deuxième idée"])
    press(qtbot, Qt.Key.Key_Up)  # from the empty box to the list, on the last idea
    assert view.table.hasFocus()
    assert view.table.currentIndex().data() == "Deuxième idée"
    press(qtbot, Qt.Key.Key_F2)
    editor = focused()
    assert isinstance(editor, QPlainTextEdit)
    assert editor is not view.entry
    type_text(qtbot, "Idée corrigée")  # replaces the selected text
    press(qtbot, Qt.Key.Key_Return, SHIFT)
    type_text(qtbot, "sur deux lignes")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.table.state() != view.table.State.EditingState)
    texts = sorted(i["text"] for i in ideas(store, workshop["id"]))
    assert texts == ["Idée corrigée\nsur deux lignes", "Première idée"]

    press(qtbot, Qt.Key.Key_Escape)
    assert view.entry.hasFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the empty box passes undo to the workshop's history
    assert sorted(i["text"] for i in ideas(store, workshop["id"])) == [
        "Deuxième idée",
        "Première idée",
    ]
    assert view.proxy.index(1, TEXT).data() == "Deuxième idée"
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert "Idée corrigée\nsur deux lignes" in [i["text"] for i in ideas(store, workshop["id"])]


def test_delete_key_then_undo_and_redo(qtbot, view: CaptureView, store, workshop) -> None:
    _capture(qtbot, ["Garder", "Supprimer"])
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert view.table.currentIndex().data() == "Supprimer"
    press(qtbot, Qt.Key.Key_Delete)
    assert [i["text"] for i in ideas(store, workshop["id"])] == ["Garder"]
    assert view.model.rowCount() == 1
    assert "1" in view.count_label.text()
    press(qtbot, Qt.Key.Key_Escape)
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert sorted(i["text"] for i in ideas(store, workshop["id"])) == ["Garder", "Supprimer"]
    assert view.model.rowCount() == 2
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert [i["text"] for i in ideas(store, workshop["id"])] == ["Garder"]
    # Undo reaches back over the delete to the captures themselves.
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the delete
    press(qtbot, Qt.Key.Key_Z, CTRL)  # the capture of "Supprimer"
    assert [i["text"] for i in ideas(store, workshop["id"])] == ["Garder"]
    assert view.model.rowCount() == 1
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert ideas(store, workshop["id"]) == []
    assert view.model.rowCount() == 0


def test_undo_in_a_box_with_text_undoes_typing_not_ideas(qtbot, view: CaptureView, store, workshop):
    _capture(qtbot, ["Une idée"])
    type_text(qtbot, "brouillon")
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert len(ideas(store, workshop["id"])) == 1
    assert view.entry.toPlainText() != "brouillon"


def test_filter_as_you_type_ignores_case_accents_and_tashkeel(
    qtbot, view: CaptureView, store, workshop
):
    _capture(
        qtbot,
        [
            "Manque de FINANCEMENT pluriannuel",
            "ضَعْفُ التَّمْوِيلِ المستدام",
            "Une école dans chaque douar",
            "تعاونيات النساء",
        ],
    )
    press(qtbot, Qt.Key.Key_F, CTRL)
    assert view.filter_edit.hasFocus()
    type_text(qtbot, "financement")
    assert [view.proxy.index(r, TEXT).data() for r in range(view.proxy.rowCount())] == [
        "Manque de FINANCEMENT pluriannuel"
    ]
    assert "1" in view.count_label.text()
    assert "4" in view.count_label.text()
    view.filter_edit.clear()
    type_text(qtbot, "التمويل")
    assert [view.proxy.index(r, TEXT).data() for r in range(view.proxy.rowCount())] == [
        "ضَعْفُ التَّمْوِيلِ المستدام"
    ]
    view.filter_edit.clear()
    type_text(qtbot, "ecole")
    assert view.proxy.rowCount() == 1
    press(qtbot, Qt.Key.Key_Escape)  # clears the filter and goes back to typing
    assert view.proxy.rowCount() == 4
    assert view.entry.hasFocus()


def test_filter_by_author_and_new_ideas_follow_the_filter(
    qtbot, view: CaptureView, store, workshop
):
    press(qtbot, Qt.Key.Key_U, CTRL)
    type_text(qtbot, "Youssef El Amrani")
    press(qtbot, Qt.Key.Key_Return)
    _capture(qtbot, ["Idée de Youssef", "Idée anonyme"])
    view.filter_edit.setText("youssef")
    assert view.proxy.rowCount() == 1
    _capture(qtbot, ["Encore une idée"])  # does not match: saved, hidden, and said so
    assert view.proxy.rowCount() == 1
    assert len(ideas(store, workshop["id"])) == 3
    assert view.message_label.text() != ""
    _capture(qtbot, ["Youssef reprend la parole"])
    assert view.proxy.rowCount() == 2


def test_each_idea_is_aligned_by_its_own_direction(qtbot, store, workshop) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    for direction in (Qt.LayoutDirection.LeftToRight, Qt.LayoutDirection.RightToLeft):
        app.setLayoutDirection(direction)
        try:
            view = CaptureView(store, workshop["id"])
            qtbot.addWidget(view)
            view.show()
            for text in ("Une idée en français", "فكرة بالعربية", "Microcrédit / قروض صغرى"):
                view.entry.setPlainText(text)
                view.save_entry()
            index_of = {
                view.proxy.index(r, TEXT).data(): view.proxy.index(r, TEXT)
                for r in range(view.proxy.rowCount())
            }
            right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
            left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
            for text, expected in (
                ("فكرة بالعربية", right),
                ("Une idée en français", left),
                ("Microcrédit / قروض صغرى", left),  # the first strong letter decides
            ):
                align = Qt.AlignmentFlag(index_of[text].data(Qt.ItemDataRole.TextAlignmentRole))
                assert align & expected == expected, (direction, text)
            # The delegate lays each cell out in its own direction too.
            from PySide6.QtWidgets import QStyleOptionViewItem

            option = QStyleOptionViewItem()
            view.table.itemDelegate().initStyleOption(option, index_of["فكرة بالعربية"])
            assert option.direction == Qt.LayoutDirection.RightToLeft
            view.table.itemDelegate().initStyleOption(option, index_of["Une idée en français"])
            assert option.direction == Qt.LayoutDirection.LeftToRight
            view.close()
            for idea in ideas(store, workshop["id"]):
                store.delete("idea", idea["id"])
        finally:
            app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_text_box_direction_follows_what_is_typed(qtbot, view: CaptureView) -> None:
    type_text(qtbot, "فكرة")
    assert view.entry.layoutDirection() == Qt.LayoutDirection.RightToLeft
    align = view.entry.document().defaultTextOption().alignment()
    assert align & Qt.AlignmentFlag.AlignRight
    view.entry.clear()
    type_text(qtbot, "Idée")
    assert view.entry.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_saving_one_idea_inserts_one_row_without_a_reset(qtbot, view: CaptureView, store, workshop):
    with store.transaction():
        for n in range(500):
            store.create("idea", {"workshop_id": workshop["id"], "text": f"idée {n}"})
    view.refresh()
    resets: list[int] = []
    inserted: list[tuple[int, int]] = []
    view.model.modelReset.connect(lambda: resets.append(1))
    view.proxy.modelReset.connect(lambda: resets.append(1))
    view.model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    type_text(qtbot, "La 501e idée")
    press(qtbot, Qt.Key.Key_Return)
    assert resets == []
    assert inserted == [(500, 500)]
    assert view.proxy.rowCount() == 501


def test_note_taker_mode_and_small_window(qtbot, view: CaptureView, store, workshop) -> None:
    assert view.timer.isVisible()
    assert view.filter_edit.isVisible()
    press(qtbot, Qt.Key.Key_C, CTRL | SHIFT)
    assert view.compact
    assert not view.timer.isVisible()
    assert not view.filter_edit.isVisible()
    assert view.table.isColumnHidden(QUESTION)
    assert view.table.isColumnHidden(AUTHOR)
    assert view.entry.isVisible()
    assert view.count_label.isVisible()
    assert view.entry.hasFocus()
    press(qtbot, Qt.Key.Key_C, CTRL | SHIFT)
    assert not view.compact
    assert view.timer.isVisible()

    small = view.open_small_window()
    qtbot.waitExposed(small)
    assert small.isWindow()
    assert small.compact
    small.entry.setPlainText("Notée dans la petite fenêtre")
    small.save_entry()
    # Same ideas, same history: it shows in the main view and undoes from there.
    assert view.model.rowCount() == 1
    view.undo_stack.undo()
    assert ideas(store, workshop["id"]) == []
    assert small.model.rowCount() == 0
    small.close()
    qtbot.waitUntil(lambda: view.small_window is None)


def test_retranslate_keeps_state_and_titles(qtbot, view: CaptureView) -> None:
    assert view.windowTitle() == "Capture"
    press(qtbot, Qt.Key.Key_2, CTRL)
    view.retranslate_ui()
    assert view.question_box.currentIndex() == 2


def test_refresh_shows_changes_made_elsewhere(qtbot, view: CaptureView, store, workshop) -> None:
    resets: list[int] = []
    view.model.modelReset.connect(lambda: resets.append(1))
    _capture(qtbot, ["Idée locale", "Idée effacée"])
    press(qtbot, Qt.Key.Key_Z, CTRL)
    view.refresh()  # only this view's own edits since: nothing to reload
    assert resets == []
    assert view.model.rowCount() == 1
    other = add_participant(store, workshop["id"], "Nouvelle Arrivée")
    from sim_facilitator.domain.ideas import add_idea

    add_idea(store, workshop["id"], "Idée d'un autre écran", workshop["q1"], other)
    view.refresh()  # the tab is shown again
    assert resets == [1]
    assert view.model.rowCount() == 2
    assert "Nouvelle Arrivée" in view._author_names.stringList()
    texts = [view.proxy.index(r, AUTHOR).data() for r in range(view.proxy.rowCount())]
    assert "Nouvelle Arrivée" in texts


def test_undo_shortcut_works_from_the_list(qtbot, view: CaptureView, store, workshop) -> None:
    _capture(qtbot, ["Une", "Deux"])
    press(qtbot, Qt.Key.Key_L, CTRL)
    assert view.table.hasFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert [i["text"] for i in ideas(store, workshop["id"])] == ["Une"]
    assert view.model.rowCount() == 1


def test_empty_box_follows_the_interface_direction(qtbot, view: CaptureView) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        qtbot.waitUntil(lambda: view.entry.layoutDirection() == Qt.LayoutDirection.RightToLeft)
        type_text(qtbot, "Idée")  # French text in an Arabic interface reads left to right
        assert view.entry.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("fr", "supprimer 2 idées"), ("ar", "حذف فكرتين"), ("en", "delete 2 ideas")],
)
def test_the_delete_step_of_the_history_is_named_in_the_users_language(
    qapp, lang: str, expected: str
) -> None:
    from sim_facilitator.ui.capture.undo import UndoTexts
    from sim_facilitator.ui.shell.application import set_language

    set_language(qapp, lang)
    try:
        assert UndoTexts().delete_ideas(2) == expected
    finally:
        set_language(qapp, "en")
