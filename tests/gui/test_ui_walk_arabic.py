"""Every screen of the app in Arabic: laid out right to left, and nothing left in English.

The screens are those of ``sim_facilitator.ui.shell.screen_tour`` (the same tour
makes the screenshots of the user guide): home, welcome, set-up, check-in,
capture, organise, votes, ballot, tally, projector, actions, decisions,
minutes, dashboard, sync, shortcuts and the user guide.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from sim_facilitator.domain.demo import create_demo
from sim_facilitator.engine.store import Store
from sim_facilitator.ui.shell.application import set_language
from sim_facilitator.ui.shell.screen_tour import tour
from tests.helpers.stores import make_store
from tests.helpers.ui_walk import english_leaks, plain, visible_texts

ARABIC = re.compile(r"[\u0600-\u06ff]")
EXPECTED = {
    "home_empty", "welcome", "home", "setup_details", "setup_framework", "setup_agenda",
    "setup_questions", "checkin", "capture", "organise_board", "organise_matrix",
    "organise_coverage", "organise_duplicates", "votes", "actions", "decisions",
    "ballot_start", "ballot_vote", "tally_entry", "projector", "minutes", "dashboard",
    "shortcuts", "user_guide", "erase_participant",
}  # fmt: skip


@pytest.fixture
def arabic() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    set_language(app, "ar")
    yield app
    set_language(app, "en")


def forced_left_to_right(top: QWidget) -> list[str]:
    """Widgets showing Arabic text that were forced into a left-to-right layout or alignment."""
    wrong: list[str] = []
    for widget, kind, text in visible_texts(top):
        if kind == "tooltip" or not ARABIC.search(plain(text)):
            continue
        if widget.layoutDirection() != Qt.LayoutDirection.RightToLeft:
            wrong.append(f"{type(widget).__name__}: {plain(text)[:40]!r} laid out left to right")
        if isinstance(widget, QLineEdit) and widget.text():
            continue  # user data, aligned by its own direction
        if isinstance(widget, (QLabel, QLineEdit)):
            align = widget.alignment()
            absolute_left = align & Qt.AlignmentFlag.AlignAbsolute and (
                align & Qt.AlignmentFlag.AlignLeft
            )
            if absolute_left and not re.match(r"\W*[A-Za-z0-9]", plain(text)):
                wrong.append(f"{type(widget).__name__}: {plain(text)[:40]!r} pinned to the left")
    return wrong


def test_every_screen_is_right_to_left_and_fully_arabic(
    qtbot: object, store: Store, tmp_path: Path, arabic: QApplication
) -> None:
    create_demo(store)
    empty = make_store(tmp_path / "empty.db")
    seen: set[str] = set()
    problems: list[str] = []
    for name, widget in tour(store, tmp_path, empty=empty):
        seen.add(name)
        assert widget.isRightToLeft(), f"{name} is laid out left to right"
        problems += [f"{name}: {leak}" for leak in english_leaks(widget, "ar")]
        problems += [f"{name}: {wrong}" for wrong in forced_left_to_right(widget)]
        texts = [plain(t) for _w, _k, t in visible_texts(widget)]
        assert any(ARABIC.search(t) for t in texts), f"{name} shows no Arabic at all"
    assert seen >= EXPECTED, f"screens missing from the tour: {sorted(EXPECTED - seen)}"
    assert problems == []


def test_the_walk_finds_an_english_leak(
    qtbot: object, store: Store, tmp_path: Path, arabic: QApplication
) -> None:
    """The check can fail: an untranslated source string and a hard-coded label are found."""
    window = QWidget()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    known = QLabel("Capture", window)  # a source text shown as is, not through tr()
    hard = QLabel("Choose the file to import", window)  # never went through tr()
    fine = QLabel("ميسّر SIM", window)
    for n, label in enumerate((known, hard, fine)):
        label.move(0, 30 * n)
    window.show()
    leaks = english_leaks(window, "ar")
    assert any("'Capture'" in leak for leak in leaks)
    assert any("Choose the file" in leak for leak in leaks)
    assert not any("SIM" in leak for leak in leaks)
