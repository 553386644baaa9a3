"""The projector view and the join screen take the whole second screen, at any resolution.

Runs in a process of its own with two pretend screens (the laptop's and a
projector's, ``ui/shell/offscreen_screen.py``); with one screen they open as
windows that fit it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SHOW = """
import json, os, sys, tempfile
from pathlib import Path
from sim_facilitator.ui.shell.offscreen_screen import offscreen_environment
folder = Path(tempfile.mkdtemp())
projector = tuple(int(n) for n in sys.argv[1].split("x")) if sys.argv[1] != "none" else None
os.environ.update(offscreen_environment(folder, 1366, 728, 1.0, projector=projector))
os.environ["SIM_FACILITATOR_SETTINGS"] = str(folder / "settings.ini")
from PySide6.QtWidgets import QApplication
app = QApplication([])
from sim_facilitator.domain.demo import create_demo
from sim_facilitator.paths import open_store
from sim_facilitator.ui.shell.main_window import MainWindow
from sim_facilitator.ui.shell.screen_tour import join_screen, settle
from sim_facilitator.ui.common.projector_window import show_on_projector
store = open_store(folder / "demo.db")
window = MainWindow(store)
window.show()
window.open_workshop(create_demo(store))
settle()
found = {}
projected = window.show_projector()
join = join_screen("fr")
show_on_projector(join, window)
settle()
for name, shown in (("projector", projected), ("join", join)):
    g = shown.frameGeometry()
    found[name] = {
        "screen": shown.screen().name(),
        "frame": [g.x(), g.y(), g.width(), g.height()],
        "full": shown.isFullScreen(),
    }
found["title_points"] = projected.title.font().pointSizeF()
found["design_points"] = projected.design_points
found["main_screen"] = window.screen().name()
# Report-back from the Tables tab: the same window, in its report-back mode, and the
# focus left on the laptop's screen where its controls and keys are.
projected.close()
settle()
window.activateWindow()
settle()
agenda = window._tables_view().agenda_id()
reporting = window.start_report_back(agenda)
settle()
g = reporting.frameGeometry()
found["report"] = {
    "screen": reporting.screen().name(),
    "frame": [g.x(), g.y(), g.width(), g.height()],
    "full": reporting.isFullScreen(),
    "mode": reporting.in_report_back(),
    "main_active": window.isActiveWindow(),
    "title_points": reporting.report.title.font().pointSizeF(),
}
print(json.dumps(found))
"""


def _show(projector: str) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    done = subprocess.run(
        [sys.executable, "-c", SHOW, projector],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


@pytest.mark.parametrize("projector", [(1024, 768), (1920, 1080)])
def test_the_room_screens_fill_the_projector(projector: tuple[int, int]) -> None:
    width, height = projector
    found = _show(f"{width}x{height}")
    assert found["main_screen"] == "Offscreen"
    for name in ("projector", "join"):
        shown = found[name]
        assert isinstance(shown, dict)
        assert shown["screen"] == "Projector", name
        assert shown["full"], name
        assert shown["frame"] == [1366, 0, width, height], name
    # Larger type on the larger projector: the same share of the wall as at 1024×768.
    scale = min(width / 1024, height / 768)
    assert found["title_points"] == pytest.approx(
        float(found["design_points"]) * 1.5 * scale  # type: ignore[arg-type]
    )
    report = found["report"]
    assert isinstance(report, dict)
    assert report["mode"]
    assert report["screen"] == "Projector"
    assert report["full"]
    assert report["frame"] == [1366, 0, width, height]
    assert report["main_active"]  # next and previous from the laptop, without a click
    assert report["title_points"] == pytest.approx(found["title_points"])


def test_with_one_screen_they_are_windows_within_it() -> None:
    found = _show("none")
    for name in ("projector", "join"):
        shown = found[name]
        assert isinstance(shown, dict)
        assert shown["screen"] == "Offscreen", name
        assert not shown["full"], name
        x, y, w, h = shown["frame"]
        assert x >= 0
        assert x + w <= 1366
        assert y >= 0
        assert y + h <= 728
