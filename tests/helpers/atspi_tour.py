"""Walk every screen of the screen tour through AT-SPI, as a screen reader would.

Usage (what tests/gui/test_accessibility.py runs, under Xvfb and a private D-Bus
session): python -m tests.helpers.atspi_tour REPORT.json [--langs ar,fr]
[--only NAME,NAME] [--unbuddy NAME]

For each screen, in each language, the Debian-side walker (atspi_walker.py) lists the
window's controls with the names the bus gives them; then Tab, and then Shift+Tab, are
pressed round the window while the walker records every focus change it is told of.
The report lists, per screen: controls without a name, controls neither key reaches,
and fields of the screen that share a name. ``--unbuddy NAME`` takes the buddy away
from every label of that screen first (the test's negative case). With
ATSPI_TOUR_DEBUG=1 it also prints the focus order the bus reported and lists every
control it found.
"""

from __future__ import annotations

import argparse
import json
import os
import select
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "xcb"  # the offscreen platform has no accessibility bridge
os.environ["QT_LINUX_ACCESSIBILITY_ALWAYS_ON"] = "1"
os.environ["QT_ACCESSIBILITY"] = "1"

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

WALKER = Path(__file__).with_name("atspi_walker.py")
SYSTEM_PYTHON = "/usr/bin/python3"
# At most this many presses of Tab to go round a window (the user guide's contents has
# a link for each section, and Tab visits each link).
PRESSES = 300
PAUSE_MS = 10
BUS_PATH = "/org/a11y/atspi/accessible/"


class Walker:
    """The walker subprocess; the app keeps answering the bus while it waits."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            [SYSTEM_PYTHON, str(WALKER), str(os.getpid())],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            bufsize=1,
        )
        self.read(timeout=30)

    def read(self, timeout: float) -> Any:
        assert self.process.stdout is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            QCoreApplication.processEvents()
            ready, _, _ = select.select([self.process.stdout], [], [], 0.005)
            if ready:
                line = self.process.stdout.readline()
                if not line:
                    raise RuntimeError("the AT-SPI walker stopped")
                return json.loads(line)
        raise TimeoutError("the AT-SPI walker did not answer")

    def ask(self, command: str, timeout: float = 60) -> Any:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self.read(timeout)

    def close(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()


def activate(widget: QWidget) -> None:
    window = widget.window()
    window.raise_()
    window.activateWindow()
    deadline = time.monotonic() + 3
    while not window.isActiveWindow() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def bus_path(widget: QWidget | None) -> str:
    """The object path under which Qt's bridge puts ``widget`` on the AT-SPI bus."""
    interface = QAccessible.queryAccessibleInterface(widget) if widget is not None else None
    return f"{BUS_PATH}{QAccessible.uniqueId(interface)}" if interface is not None else ""


def press_round(widget: QWidget, key: Qt.Key, least: int) -> set[str]:
    """Press ``key`` at least ``least`` times, then until the focus is back in the widget
    the first press put it in, having left it (the round is closed); return the bus
    paths of what had the focus. Inside a widget Tab may move on too (the links of a
    text): only leaving it and coming back closes the round.

    Qt's focus is read along with the bus's focus events: pressed in quick succession,
    the bridge does not send every event (seen with Qt 6.11 and at-spi2-core 2.46), so
    the events alone would blame a control that Tab does reach.
    """
    handle = widget.window().windowHandle()
    first = 0
    left = False
    paths: set[str] = set()
    for n in range(PRESSES):
        QTest.keyClick(handle, key)
        QTest.qWait(PAUSE_MS)  # the focus events leave over the bus meanwhile
        focus = QApplication.focusWidget()
        paths.add(bus_path(focus))
        address = shiboken6.getCppPointer(focus)[0] if focus is not None else 0
        if n == 0:
            first = address
        elif address != first:
            left = True
        elif left and n >= least:
            break
    return paths


def unbuddy(widget: QWidget) -> None:
    for label in widget.findChildren(QLabel):
        if label.buddy() is not None:
            label.setBuddy(None)  # type: ignore[arg-type]
    QCoreApplication.processEvents()


def check_screen(walker: Walker, widget: QWidget) -> dict[str, Any]:
    activate(widget)
    dump = walker.ask("dump")
    if "error" in dump:
        return {"error": dump["error"]}
    controls = [c for c in dump["controls"] if c["enabled"]]
    # Where the focus is when the screen opens counts as reached: a window with one
    # control sends no focus change when Tab goes round.
    start = {c["id"] for c in controls if c["focused"]}
    reached: dict[str, set[str]] = {}
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        by_qt = press_round(widget, key, len(controls) + 2)
        seen = walker.ask("focused")
        if os.environ.get("ATSPI_TOUR_DEBUG"):
            print(key.name, seen["order"][:12], len(seen["order"]), file=sys.stderr)
        reached[key.name] = start | by_qt | set(seen["focused"])
    # Radio buttons of one group are one stop: Tab enters at the checked one and the
    # arrows choose (Qt's and every platform's convention).
    for seen in reached.values():
        groups = {c["in"] for c in controls if c["id"] in seen and c["role"] == "radio button"}
        seen |= {c["id"] for c in controls if c["role"] == "radio button" and c["in"] in groups}

    def label(c: dict[str, Any]) -> str:
        return f"{c['role']} '{c['name']}' in {c['in']}"

    fields = Counter(c["name"] for c in controls if c["kind"] == "field" and c["name"])
    return {
        "window": dump["window"],
        "controls": len(controls),
        "unnamed": [label(c) for c in controls if not c["name"] or c["value_only"]],
        "tab_misses": [label(c) for c in controls if c["id"] not in reached["Key_Tab"]],
        "backtab_misses": [label(c) for c in controls if c["id"] not in reached["Key_Backtab"]],
        "shared_names": sorted(n for n, count in fields.items() if count > 1),
        "unnamed_ticks": [f"{c['name']}: {h}" for c in controls for h in c["unnamed_ticks"]],
        "all": [label(c) for c in controls] if os.environ.get("ATSPI_TOUR_DEBUG") else [],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("report", type=Path)
    parser.add_argument("--langs", default="ar,fr")
    parser.add_argument("--only", default="")
    parser.add_argument("--unbuddy", default="")
    args = parser.parse_args(argv)
    only = {n for n in args.only.split(",") if n}

    from sim_facilitator.domain.demo import create_demo
    from sim_facilitator.paths import open_store
    from sim_facilitator.ui.shell.application import install_fonts, set_language
    from sim_facilitator.ui.shell.screen_tour import tour

    app = QApplication(sys.argv[:1])
    install_fonts()
    walker = Walker()
    report: dict[str, dict[str, Any]] = {}
    started = time.monotonic()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            store = open_store(folder / "demo.db")
            create_demo(store)
            for lang in args.langs.split(","):
                set_language(app, lang)
                empty = open_store(folder / f"empty-{lang}.db")
                for name, widget in tour(store, folder, empty=empty):
                    if only and name not in only:
                        continue
                    if name == args.unbuddy:
                        unbuddy(widget)
                    began = time.monotonic()
                    report[f"{name}_{lang}"] = check_screen(walker, widget)
                    seconds = time.monotonic() - began
                    print(f"{name}_{lang}: {seconds:.1f} s", file=sys.stderr, flush=True)
    finally:
        walker.close()
    report["_seconds"] = {"total": round(time.monotonic() - started, 1)}
    args.report.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
