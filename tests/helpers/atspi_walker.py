"""What a screen reader sees of the app, read through the Linux accessibility bus (AT-SPI).

Runs under Debian's own interpreter (/usr/bin/python3), which has ``pyatspi``; the app
runs from the project's virtual environment and drives this walker through stdin and
stdout, one command a line, one JSON answer a line:

- ``dump``: the controls of the app's active window, as Orca would list them (the
  focus changes seen so far are forgotten);
- ``focused``: every object that took the focus since the last command (with its
  ancestors), forgotten once told.

The app answers AT-SPI calls from its own event loop, so it keeps processing events
while it waits for an answer. Item views (tables, lists, trees) are walked as one
control: Tab enters them and the arrows move inside, as in Qt's own views.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi  # Debian's python3-pyatspi
from gi.repository import GLib

# How long the app's last focus events may take to arrive over the bus.
SETTLE = 0.15
# Roles a user operates: each must have a name and be reached with Tab.
CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON: "button",
    pyatspi.ROLE_TOGGLE_BUTTON: "button",
    pyatspi.ROLE_CHECK_BOX: "field",
    pyatspi.ROLE_RADIO_BUTTON: "field",
    pyatspi.ROLE_COMBO_BOX: "field",
    pyatspi.ROLE_TEXT: "field",
    pyatspi.ROLE_ENTRY: "field",
    pyatspi.ROLE_PASSWORD_TEXT: "field",
    pyatspi.ROLE_SPIN_BUTTON: "field",
    pyatspi.ROLE_SLIDER: "field",
    pyatspi.ROLE_TABLE: "field",
    pyatspi.ROLE_TREE_TABLE: "field",
    pyatspi.ROLE_LIST: "field",
    pyatspi.ROLE_LIST_BOX: "field",
    pyatspi.ROLE_TREE: "field",
    pyatspi.ROLE_PAGE_TAB_LIST: "tabs",
}
# Walked as one control: what is inside is reached with the arrows.
COMPOSITE = {
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_LIST_BOX,
    pyatspi.ROLE_TREE,
    pyatspi.ROLE_PAGE_TAB_LIST,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SPIN_BUTTON,
    # The menu bar is reached with F10 or Alt and the menus' own mnemonics.
    pyatspi.ROLE_MENU_BAR,
    pyatspi.ROLE_SCROLL_BAR,
}


TABLES = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE}


def _unnamed_ticks(table: object) -> list[str]:
    """Tick-box cells of the table's first row that say nothing but their state."""
    try:
        grid = table.queryTable()  # type: ignore[attr-defined]
    except NotImplementedError:
        return []
    missing: list[str] = []
    for column in range(min(grid.nColumns, 20)):
        cell = grid.getAccessibleAt(0, column) if grid.nRows else None
        if cell is None:
            continue
        if cell.getState().contains(pyatspi.STATE_CHECKABLE) and not (cell.name or "").strip():
            header = grid.getColumnDescription(column) or str(column)
            missing.append(header)
    return missing


def _labels(node: object) -> list[str]:
    """The names of the labels tied to a field: its buddy, and for Qt the title of its
    group box too (labelled-by)."""
    names: list[str] = []
    try:
        for relation in node.getRelationSet():  # type: ignore[attr-defined]
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                for n in range(relation.getNTargets()):
                    target = relation.getTarget(n)
                    text = (target.name or "").replace("&", "").strip()
                    if text:
                        names.append(text)
    except Exception:
        return []
    return names


def _is_value(combo: object) -> bool:
    """True when a combo box's name is only the choice it shows (Qt on Linux names a
    combo box by its value unless it has an accessible name of its own)."""
    try:
        popup = combo.getChildAtIndex(0)  # type: ignore[attr-defined]
        chosen = popup.querySelection().getSelectedChild(0)
    except Exception:
        return False
    if chosen is None:
        return False
    name = (combo.name or "").strip()  # type: ignore[attr-defined]
    return (chosen.name or "").strip() == name


def _app(pid: int) -> object | None:
    desktop = pyatspi.Registry.getDesktop(0)
    for n in range(desktop.childCount):
        app = desktop.getChildAtIndex(n)
        try:
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:  # an application that left the bus meanwhile
            continue
    return None


def _active_window(app: object) -> object | None:
    showing = None
    for n in range(app.childCount):  # type: ignore[attr-defined]
        window = app.getChildAtIndex(n)  # type: ignore[attr-defined]
        states = window.getState()
        if states.contains(pyatspi.STATE_ACTIVE):
            return window
        if states.contains(pyatspi.STATE_SHOWING):
            showing = window
    return showing


def _walk(node: object, out: list[dict[str, object]], trail: list[str]) -> None:
    try:
        role = node.getRole()  # type: ignore[attr-defined]
        states = node.getState()  # type: ignore[attr-defined]
    except Exception:
        return
    if not states.contains(pyatspi.STATE_SHOWING):
        return
    name = (node.name or "").strip()  # type: ignore[attr-defined]
    kind = CONTROLS.get(role)
    labels = _labels(node) if kind is not None else []
    value_only = role == pyatspi.ROLE_COMBO_BOX and _is_value(node)
    if kind is not None:
        out.append(
            {
                "id": node.path,  # type: ignore[attr-defined]
                "kind": kind,
                "role": node.getRoleName(),  # type: ignore[attr-defined]
                # What Orca says: the name, else the labels tied to the field (a combo
                # box's name on Linux is the choice it shows: its labels come first).
                "name": " ".join(labels) if not name or value_only else name,
                "value_only": value_only and not labels,
                "in": " > ".join(trail[-3:]),
                "focusable": states.contains(pyatspi.STATE_FOCUSABLE),
                "enabled": states.contains(pyatspi.STATE_ENABLED),
                "editable": states.contains(pyatspi.STATE_EDITABLE),
                "focused": states.contains(pyatspi.STATE_FOCUSED),
                "unnamed_ticks": _unnamed_ticks(node) if role in TABLES else [],
            }
        )
    if role in COMPOSITE:
        return
    here = f"{node.getRoleName()} {name}".strip()  # type: ignore[attr-defined]
    for n in range(node.childCount):  # type: ignore[attr-defined]
        child = node.getChildAtIndex(n)  # type: ignore[attr-defined]
        if child is not None:
            _walk(child, out, [*trail, here])


class Walker:
    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.focused: set[str] = set()
        self.order: list[str] = []
        pyatspi.Registry.registerEventListener(self.on_focus, "object:state-changed:focused")

    def on_focus(self, event: object) -> None:
        if not event.detail1:  # type: ignore[attr-defined]
            return
        node = event.source  # type: ignore[attr-defined]
        try:
            self.order.append(f"{node.getRoleName()}: {node.name}")
            # A cell or an item takes the focus inside its view: the view is reached.
            for _ in range(2):
                self.focused.add(node.path)
                node = node.parent
        except Exception:  # an object gone meanwhile
            return

    def dump(self) -> object:
        deadline = time.monotonic() + 10
        app = _app(self.pid)
        while app is None and time.monotonic() < deadline:
            time.sleep(0.2)
            app = _app(self.pid)
        if app is None:
            return {"error": "the app is not on the accessibility bus"}
        window = _active_window(app)
        if window is None:
            return {"error": "the app shows no window"}
        out: list[dict[str, object]] = []
        _walk(window, out, [])
        return {"window": window.name, "controls": out}

    def command(self, line: str) -> object:
        word = line.strip()
        if word == "dump":
            self.focused.clear()
            self.order.clear()
            return self.dump()
        if word == "focused":
            seen = {"focused": sorted(self.focused), "order": self.order}
            self.focused = set()
            self.order = []
            return seen
        return {"error": f"unknown command {word!r}"}


def main() -> int:
    walker = Walker(int(sys.argv[1]))
    loop = GLib.MainLoop()

    def on_line(channel: GLib.IOChannel, condition: GLib.IOCondition) -> bool:
        line = sys.stdin.readline()
        if not line:
            loop.quit()
            return False
        # Focus events sent before the command are on their way: take them first.
        context = loop.get_context()
        end = time.monotonic() + (SETTLE if line.strip() == "focused" else 0)
        while True:
            while context.pending():
                context.iteration(False)
            if time.monotonic() >= end:
                break
            time.sleep(0.01)
        print(json.dumps(walker.command(line), ensure_ascii=False), flush=True)
        return True

    GLib.io_add_watch(
        GLib.IOChannel.unix_new(sys.stdin.fileno()),
        GLib.PRIORITY_DEFAULT,
        GLib.IOCondition.IN | GLib.IOCondition.HUP,
        on_line,
    )
    print(json.dumps({"ready": True}), flush=True)
    # Stops by itself when the app closes its end of the pipe, or after five minutes.
    GLib.timeout_add_seconds(300, loop.quit)
    loop.run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
