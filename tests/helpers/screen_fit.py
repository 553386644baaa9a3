"""Walk the screen tour on one pretend screen and list what does not fit.

Run in a process of its own, since the screen's size and scaling are fixed
when the QApplication is made (``ui/shell/offscreen_screen.py``)::

    python -m tests.helpers.screen_fit WIDTH HEIGHT SCALE LANG[,LANG]

It prints one JSON object: ``screen`` (the available geometry the app saw),
``windows`` (name, language, window size) and ``problems``: a window whose
frame leaves the available geometry, a visible widget outside its window or
cut by its parent (widgets inside a scroll area are reachable by scrolling and
only need their scroll area to fit), and a tab bar whose tabs run past its end.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScrollBar,
    QSplitter,
    QTabBar,
    QToolButton,
    QWidget,
)


def _rect_in(widget: QWidget, top: QWidget) -> QRect:
    return QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def _describe(widget: QWidget) -> str:
    text = ""
    for attribute in ("text", "title", "windowTitle"):
        getter = getattr(widget, attribute, None)
        if callable(getter):
            value = getter()
            if isinstance(value, str) and value:
                text = value[:40]
                break
    name = widget.objectName() or widget.accessibleName()[:30]
    return (
        f"{type(widget).__name__}" + (f" {name!r}" if name else "") + (f" {text!r}" if text else "")
    )


def _visible(top: QWidget) -> Iterator[QWidget]:
    for widget in top.findChildren(QWidget):
        if widget.isVisible() and not widget.isWindow() and widget.window() is top:
            yield widget


def cut_widgets(top: QWidget) -> list[str]:
    """Visible widgets that reach outside an ancestor, up to their window or scroll area."""
    problems: list[str] = []
    for widget in _visible(top):
        rect = _rect_in(widget, top)
        if rect.isEmpty():
            continue  # shows nothing (an empty corner of the menu bar)
        ancestor = widget.parentWidget()
        while ancestor is not None:
            if _in_scroll_area(ancestor):
                break  # scrolled into view when needed
            bounds = _rect_in(ancestor, top) if ancestor is not top else top.rect()
            if isinstance(ancestor, QSplitter) and ancestor.isRightToLeft():
                # Qt mirrors a splitter's panes one pixel too far (PySide6 6.11.3): its
                # first pane ends a pixel past it, under its border, with nothing lost.
                bounds = bounds.adjusted(0, 0, 1, 0)
            if not bounds.contains(rect):
                where = "the window" if ancestor is top else _describe(ancestor)
                problems.append(f"{_describe(widget)} {_fmt(rect)} outside {where} {_fmt(bounds)}")
                break
            if ancestor is top:
                break
            ancestor = ancestor.parentWidget()
    return problems


def squeezed_widgets(top: QWidget) -> list[str]:
    """Visible widgets smaller than their content: a cut check box, a wrapped text's last line."""
    problems: list[str] = []
    for widget in _visible(top):
        if isinstance(widget, (QAbstractScrollArea, QScrollBar)) or _in_scroll_area(widget):
            continue  # a list, a table, a text editor or a scroll area scroll; a viewport fits
        if widget.parentWidget() is not None and _in_scroll_area(widget.parentWidget()):
            continue  # a scroll area's content: scrolled into view
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if widget.height() < needed:
                problems.append(f"{_describe(widget)} {widget.height()} high, its text {needed}")
            continue
        if isinstance(widget, (QAbstractButton, QLabel)) and not isinstance(widget, QToolButton):
            hint = widget.minimumSizeHint()
            if widget.width() < hint.width() or widget.height() < hint.height():
                problems.append(
                    f"{_describe(widget)} {widget.width()}x{widget.height()},"
                    f" needs {hint.width()}x{hint.height()}"
                )
    return problems


def overflowing_tabs(top: QWidget) -> list[str]:
    problems: list[str] = []
    for bar in top.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for index in range(bar.count()):
            if not bar.rect().contains(bar.tabRect(index)):
                problems.append(f"tab {bar.tabText(index)!r} past the end of its bar")
    return problems


def _fmt(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()} {rect.width()}x{rect.height()}"


def fit_problems(top: QWidget) -> list[str]:
    """What does not fit in ``top`` on its screen (see the module docstring)."""
    screen = top.screen()
    available = screen.availableGeometry()
    problems: list[str] = []
    frame = top.frameGeometry()
    if not available.contains(frame):
        problems.append(f"window {_fmt(frame)} beyond the screen's {_fmt(available)}")
    return problems + cut_widgets(top) + squeezed_widgets(top) + overflowing_tabs(top)


def walk(langs: list[str]) -> dict[str, object]:
    from sim_facilitator.domain.demo import create_demo
    from sim_facilitator.paths import open_store
    from sim_facilitator.ui.shell.application import install_fonts, set_language
    from sim_facilitator.ui.shell.screen_tour import tour

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_fonts()
    windows: list[tuple[str, str, str, int, int]] = []
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        os.environ["SIM_FACILITATOR_SETTINGS"] = str(folder / "settings.ini")
        store = open_store(folder / "demo.db")
        create_demo(store)
        for lang in langs:
            set_language(app, lang)
            empty = open_store(folder / f"empty-{lang}.db")
            for name, widget in tour(store, folder, empty=empty):
                top = widget.window()
                windows.append((name, lang, type(top).__name__, top.width(), top.height()))
                problems += [f"{name} ({lang}): {p}" for p in fit_problems(top)]
    available = app.primaryScreen().availableGeometry()
    return {
        "screen": [available.width(), available.height()],
        "scale": app.primaryScreen().devicePixelRatio(),
        "windows": windows,
        "problems": problems,
    }


def main(argv: list[str]) -> int:
    width, height, scale, langs = int(argv[0]), int(argv[1]), float(argv[2]), argv[3]
    from sim_facilitator.ui.shell.offscreen_screen import offscreen_environment

    with tempfile.TemporaryDirectory() as tmp:
        os.environ.update(offscreen_environment(Path(tmp), width, height, scale))
        print(json.dumps(walk(langs.split(","))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
