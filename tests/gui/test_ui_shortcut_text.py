"""Shortcuts read left to right in Arabic: "Alt+الأسفل", never "الأسفل+Alt".

Qt names keys in the interface language, so Alt+Down becomes "Alt+الأسفل";
laid out right to left without care it shows as "الأسفل+Alt". The checks lay
the text out as Qt's style does (QTextLayout in the given direction) and
compare where the modifier and the key's name land on screen.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QKeySequence, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.ui.common.keys_text import native_keys
from sim_facilitator.ui.organise.cluster_board import ClusterBoard
from sim_facilitator.ui.shell.application import set_language
from sim_facilitator.ui.shell.shortcuts_overlay import ShortcutsOverlay
from tests.helpers.paths import ROOT

KEY_NAME = re.compile("(Ctrl|Shift|Alt|Maj)\\+([\u0600-\u06ff/]+)")


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    set_language(app, "ar")
    yield app
    set_language(app, "en")


def _left_to_right(text: str, direction: Qt.LayoutDirection) -> bool:
    """True when every modifier shows left of the Arabic key name that follows it."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()

    def left(start: int, length: int) -> float:
        return min(run.boundingRect().x() for run in layout.glyphRuns(start, length))

    found = KEY_NAME.search(text)
    assert found, text
    modifier, arabic = found.start(1), found.start(2)
    key_name = found.group(2)
    return left(modifier, 2) < left(arabic, len(key_name))


def test_the_check_sees_the_bug_it_guards_against(arabic: QApplication) -> None:
    raw = QKeySequence("Alt+Down").toString(QKeySequence.SequenceFormat.NativeText)
    assert "\u0600" <= raw[-1] <= "\u06ff", "Qt's Arabic key names are not loaded"
    assert not _left_to_right(raw, Qt.LayoutDirection.RightToLeft)
    assert _left_to_right(native_keys("Alt+Down"), Qt.LayoutDirection.RightToLeft)
    sentence = "السؤال التالي (" + native_keys("Alt+Down") + ")"
    assert _left_to_right(sentence, Qt.LayoutDirection.RightToLeft)


def test_overlay_lists_keys_left_to_right_in_arabic(qtbot, arabic: QApplication) -> None:
    overlay = ShortcutsOverlay()
    qtbot.addWidget(overlay)
    assert overlay.isRightToLeft()
    tree = overlay.tree
    checked = 0
    for n in range(tree.topLevelItemCount()):
        head = tree.topLevelItem(n)
        assert head is not None
        for m in range(head.childCount()):
            child = head.child(m)
            assert child is not None
            index: QModelIndex = tree.indexFromItem(child, 0)
            option = QStyleOptionViewItem()
            option.initFrom(tree)
            tree.itemDelegateForIndex(index).initStyleOption(option, index)  # type: ignore[attr-defined]
            if any("\u0600" <= c <= "\u06ff" for c in option.text):  # type: ignore[attr-defined]
                assert _left_to_right(option.text, option.direction), option.text  # type: ignore[attr-defined]
                checked += 1
            # leading side of an Arabic dialog: the right
            assert option.displayAlignment & Qt.AlignmentFlag.AlignRight  # type: ignore[attr-defined]
    assert checked >= 3  # Alt+Down, Shift+Down, Ctrl+Left at least


def test_cluster_board_tooltips_read_left_to_right(qtbot, store, arabic: QApplication) -> None:
    board = ClusterBoard(store, create_workshop(store, "Atelier"))
    qtbot.addWidget(board)
    tips = [a.toolTip() for a in board.actions() if KEY_NAME.search(a.toolTip())]
    assert tips, "Ctrl+Left should be named in Arabic in a tooltip"
    for tip in tips:
        assert _left_to_right(tip, Qt.LayoutDirection.RightToLeft), tip


def _arabic_translations() -> dict[tuple[str, str], str]:
    """The Arabic translations as they will be once translations/pending/ is applied."""
    texts: dict[tuple[str, str], str] = {}
    root = ElementTree.parse(ROOT / "translations" / "sim_facilitator_ar.ts").getroot()
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text:
                key = (context.findtext("name") or "", message.findtext("source") or "")
                texts[key] = translation.text
    for pending in sorted((ROOT / "translations" / "pending").glob("*.json")):
        for entry in json.loads(pending.read_text(encoding="utf-8")):
            if isinstance(entry.get("ar"), str):
                texts[(entry["context"], entry["source"])] = entry["ar"]
    return texts


def test_arabic_sentences_keep_shortcuts_left_to_right() -> None:
    wrong = [
        text
        for text in _arabic_translations().values()
        if KEY_NAME.search(text) and not _left_to_right(text, Qt.LayoutDirection.RightToLeft)
    ]
    assert wrong == []
