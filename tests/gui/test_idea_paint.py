"""The capture list's one-call painting shows exactly what Qt's own path would."""

from __future__ import annotations

from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.workshops import add_participant, add_question, create_workshop
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.capture.capture_view import CaptureView
from sim_facilitator.ui.capture.idea_delegate import IdeaDelegate, qt_direction
from sim_facilitator.ui.capture.idea_model import DIRECTION_ROLE


def _qt_path(delegate: IdeaDelegate, index) -> QStyleOptionViewItem:  # type: ignore[no-untyped-def]
    """Qt's initStyleOption (every role through data()), then the cell's direction."""
    option = QStyleOptionViewItem()
    QStyledItemDelegate.initStyleOption(delegate, option, index)
    option.direction = qt_direction(index.data(DIRECTION_ROLE))
    return option


def test_fast_path_fills_the_style_option_like_qt(qtbot, store: Store) -> None:
    ws = create_workshop(store, "Atelier")
    question = add_question(store, ws, "ما هي أبرز التحديات؟")
    author = add_participant(store, ws, "خديجة الإدريسي")
    add_idea(store, ws, "Garde d'enfants pendant les ateliers", question, author)
    add_idea(store, ws, "منح صغيرة لمبادرات يقودها الشباب")
    add_idea(store, ws, "Une idée\nsur deux lignes", question)
    view = CaptureView(store, ws)
    qtbot.addWidget(view)
    delegate = view.table.itemDelegate()
    assert isinstance(delegate, IdeaDelegate)
    for model in (view.proxy, view.model):
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                fast = QStyleOptionViewItem()
                delegate.initStyleOption(fast, index)
                slow = _qt_path(delegate, index)
                assert (fast.text, fast.displayAlignment, fast.direction, fast.features) == (
                    slow.text,
                    slow.displayAlignment,
                    slow.direction,
                    slow.features,
                ), (row, column)
                assert fast.index == slow.index
    for row in range(view.proxy.rowCount()):  # the proxy's own flags: the source's
        for column in range(view.proxy.columnCount()):
            index = view.proxy.index(row, column)
            assert view.proxy.flags(index) == view.model.flags(view.proxy.mapToSource(index))
