"""Reading what a user sees in a window: every visible text, and the English left in it.

Used by the Arabic walk (tests/gui/test_ui_walk_arabic.py), the French check in
tests/gui/test_translations.py and the accessibility test.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
ARABIC = re.compile(r"[\u0600-\u06ff]")
# Shown as they are in every language: names of the languages, in their own script.
PROPER_NOUNS = frozenset({"English", "Français", "العربية"})
TAG = re.compile(r"<[^>]+>")
# Common English words (in lower case, as inside a sentence; codes like "BE6A" are not words)
# that never occur in the demo's French or Arabic data.
ENGLISH_MARKERS = frozenset(
    [
        "the",
        "and",
        "of",
        "this",
        "your",
        "with",
        "from",
        "is",
        "are",
        "was",
        "were",
        "not",
        "to",
        "be",
        "there",
        "here",
        "yet",
        "click",
        "choose",
        "select",
    ]
)


def plain(text: str) -> str:
    """Text as read: no markup, no mnemonic ampersand, no bidi marks, single-spaced."""
    text = TAG.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    text = re.sub(r"[\u200e\u200f\u2066-\u2069\u202a-\u202e]", "", text)
    return " ".join(text.split())


@cache
def translations(lang: str) -> dict[str, str]:
    """English source (plain) -> its translation (plain, first plural form)."""
    tree = ET.parse(TRANSLATIONS / f"sim_facilitator_{lang}.ts")
    found: dict[str, str] = {}
    for message in tree.getroot().iter("message"):
        source = plain(message.findtext("source") or "")
        node = message.find("translation")
        if node is None:
            continue
        text = node.text or node.findtext("numerusform") or ""
        if source:
            found[source] = plain(text)
    return found


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget is top or widget.isVisibleTo(top)


def _model_headers(view: QAbstractItemView) -> Iterator[str]:
    """The column headers a user sees (tables and trees with a visible header)."""
    model = view.model()
    if isinstance(view, QTableView):
        shown = not view.horizontalHeader().isHidden()
    elif isinstance(view, QTreeView):
        shown = not view.header().isHidden()
    else:
        shown = False
    if model is None or not shown:
        return
    for section in range(model.columnCount(QModelIndex())):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            yield value


def visible_texts(top: QWidget) -> Iterator[tuple[QWidget, str, str]]:  # noqa: C901 - one branch per kind of text widget
    """(widget, kind, text) for every text of a visible widget under ``top``."""
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if not _shown(widget, top):
            continue
        if widget.isWindow() and widget.windowTitle():
            yield widget, "title", widget.windowTitle()
        if widget.toolTip():
            yield widget, "tooltip", widget.toolTip()
        if isinstance(widget, QLabel):
            yield widget, "label", widget.text()
        elif isinstance(widget, QAbstractButton):
            yield widget, "button", widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget, "group", widget.title()
        elif isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit)):
            yield widget, "placeholder", widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for n in range(widget.count()):
                yield widget, "item", widget.itemText(n)
        elif isinstance(widget, QTabBar):
            for n in range(widget.count()):
                yield widget, "tab", widget.tabText(n)
                yield widget, "tooltip", widget.tabToolTip(n)
        elif isinstance(widget, QAbstractItemView):
            for text in _model_headers(widget):
                yield widget, "header", text
        if isinstance(widget, QMainWindow):
            for action in widget.menuBar().actions():
                yield widget, "menu", action.text()
                menu = action.menu()
                for sub in menu.actions() if menu is not None else []:  # type: ignore[union-attr]
                    if not sub.isSeparator():
                        yield widget, "menu item", sub.text()
        for action in widget.actions():
            if action.text() and not action.isSeparator():
                yield widget, "action", action.text()


def english_leaks(top: QWidget, lang: str) -> list[str]:
    """Visible texts still in English: a known source whose translation differs, or
    a Latin-script sentence with common English words (a string that never went
    through tr())."""
    known = translations(lang)
    leaks: list[str] = []
    for widget, kind, raw in visible_texts(top):
        text = plain(raw)
        if not text:
            continue
        where = f"{type(widget).__name__}({widget.objectName() or kind}): {text!r}"
        if text in PROPER_NOUNS:
            continue
        if text in known and known[text] and known[text] != text:
            leaks.append(where)
            continue
        if text in PROPER_NOUNS or ARABIC.search(text):
            continue
        words = re.findall(r"[A-Za-z]{2,}", text)
        if len(words) >= 2 and sum(w in ENGLISH_MARKERS for w in words) >= 1:
            leaks.append(where)
    return sorted(set(leaks))
