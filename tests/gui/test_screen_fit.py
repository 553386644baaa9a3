"""Every window of the screen tour fits the small screens associations' laptops have.

Each (screen, scaling) runs in a process of its own, since Qt fixes the screen
when the QApplication is made (``tests/helpers/screen_fit.py``): 1024×600 is
the smallest screen the app is laid out for, 1280×720 a 1366×768 laptop's
task bar aside; at 150 % they are 1536×900 and 1920×1080 panels. Each walks the
whole tour in Arabic and French (the tallest and the longest texts).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QScrollArea, QTabWidget, QWidget

from tests.helpers.screen_fit import fit_problems

ROOT = Path(__file__).resolve().parents[2]
SCREENS = [(1024, 600, 1.0), (1280, 720, 1.0), (1024, 600, 1.5), (1280, 720, 1.5)]


@pytest.mark.parametrize(("width", "height", "scale"), SCREENS)
def test_every_window_fits_the_screen(width: int, height: int, scale: float) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    done = subprocess.run(
        [sys.executable, "-m", "tests.helpers.screen_fit", str(width), str(height), str(scale)]
        + ["ar,fr"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["screen"] == [width, height]  # the app saw the pretend screen
    assert report["scale"] == scale
    names = {name for name, *_ in report["windows"]}
    assert {"home", "votes", "ballot_vote", "projector", "csv_import", "user_guide"} <= names
    too_big = [
        f"{name} ({lang}) {kind} is {w}×{h}"
        for name, lang, kind, w, h in report["windows"]
        if w > width or h > height
    ]
    assert too_big == []
    assert report["problems"] == []


def test_the_check_finds_a_window_too_wide_and_a_cut_button(qtbot: object) -> None:
    """It can fail: a row of buttons wider than the screen, a button outside its parent."""
    window = QWidget()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    row = QHBoxLayout(window)
    available = window.screen().availableGeometry()
    for n in range(3):
        button = QPushButton(f"Button {n}", window)
        button.setMinimumWidth(available.width() // 2)
        row.addWidget(button)
    window.show()
    assert any("beyond the screen" in p for p in fit_problems(window))

    small = QWidget()
    qtbot.addWidget(small)  # type: ignore[attr-defined]
    small.resize(200, 100)
    inner = QWidget(small)
    inner.setGeometry(0, 0, 150, 80)
    stray = QPushButton("Cut", inner)
    stray.setGeometry(120, 10, 80, 30)  # past the right edge of its parent
    scroll = QScrollArea(small)
    scroll.setGeometry(0, 80, 200, 20)
    scrolled = QPushButton("Scrolled")
    scrolled.setMinimumHeight(200)  # taller than its scroll area: reachable by scrolling
    scroll.setWidget(scrolled)
    small.show()
    problems = fit_problems(small)
    assert any("'Cut'" in p for p in problems)
    assert not any("Scrolled" in p for p in problems)


def test_the_check_finds_tabs_past_the_end_of_their_bar(qtbot: object) -> None:
    tabs = QTabWidget()
    qtbot.addWidget(tabs)  # type: ignore[attr-defined]
    tabs.tabBar().setUsesScrollButtons(True)
    for n in range(12):
        tabs.addTab(QWidget(), f"Une étiquette assez longue {n}")
    tabs.resize(400, 200)
    tabs.show()
    assert any("past the end of its bar" in p for p in fit_problems(tabs))
