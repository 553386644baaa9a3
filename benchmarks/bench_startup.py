"""Start-up and memory: the real app in fresh processes, against a bare PySide6 window.

- **start-up**: ``run_app`` on a database of 100 workshops and 20,000 ideas (with
  their mappings and ballots), from launching the process to the main window
  drawn and the event loop caught up (``SIM_FACILITATOR_EXIT_WHEN_IDLE=1``: the
  app prints the wall-clock time there and quits; see ``app.on_first_idle``).
  Floor: a bare PySide6 process showing an empty ``QMainWindow`` and timed the
  same way; reference: a window of the app's shape (menus, a 100-row table with
  a C++ model) to tell what any PySide6 window like it costs. All are whole
  processes (interpreter, imports, Qt platform, bytecode caches warm), run
  alternately, several times; medians and their ratio, to idle and to exit.
- **phases**: ``run_app``'s steps timed one by one (median of several processes).
- **memory**: peak RSS of a process with the main window open on a workshop of
  20,000 ideas (first its default tab, then after visiting every tab).

    uv run python -m benchmarks.bench_startup [--runs 7] [--quick] [--no-write]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.report import machine, write_section

SECTION = "Start-up and memory"

# When a process counts as started: its window drawn and the event loop caught
# up. The same code as sim_facilitator.app.on_first_idle, inlined so that the
# floor imports nothing of the app. (A zero timer started at show() would fire
# before the first paint: Qt posts the update request at low priority.)
IDLE_CODE = """
from PySide6.QtCore import QEvent, QObject, QTimer
def on_first_idle(window, action):
    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                self.deleteLater()
                timer = QTimer(window)
                timer.setSingleShot(True)
                timer.timeout.connect(action)
                timer.start(0)
            return False
    window.installEventFilter(FirstPaint(window))
"""

FLOOR_CODE = (
    """
import sys
import time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1100, 720)
window.show()
def idle():
    print(f"idle {time.time():.6f}", flush=True)
    app.quit()
"""
    + IDLE_CODE
    + """
on_first_idle(window, idle)
sys.exit(app.exec())
"""
)

# What any window of the app's shape costs in PySide6, whatever the app does: the
# floor plus the ``Qt`` namespace (its ~90 enums are built when first imported),
# right-to-left layout, five menus of shortcut actions, a sortable 100-row table
# with resize-to-contents columns, a search field and buttons.
WINDOW_CODE = (
    """
import sys
import time
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QHeaderView, QLineEdit, QMainWindow,
    QPushButton, QTableView, QVBoxLayout, QWidget)
app = QApplication(sys.argv)
app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
window = QMainWindow()
for m in range(5):
    menu = window.menuBar().addMenu(f"Menu {m}")
    for a in range(5):
        action = QAction(f"Action {m}.{a}", window)
        action.setShortcut(QKeySequence(f"Ctrl+Shift+{chr(65 + m * 5 + a)}"))
        menu.addAction(action)
model = QStandardItemModel(0, 6)
for r in range(100):
    model.appendRow([QStandardItem(f"Workshop {r} column {c}") for c in range(6)])
proxy = QSortFilterProxyModel()
proxy.setSourceModel(model)
page = QWidget()
table = QTableView(page)
table.setModel(proxy)
table.setSortingEnabled(True)
table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
top = QHBoxLayout()
top.addWidget(QLineEdit(page))
buttons = QHBoxLayout()
for b in range(5):
    buttons.addWidget(QPushButton(f"Button {b}", page))
layout = QVBoxLayout(page)
layout.addLayout(top)
layout.addWidget(table, 1)
layout.addLayout(buttons)
window.setCentralWidget(page)
window.resize(1100, 720)
window.show()
def idle():
    print(f"idle {time.time():.6f}", flush=True)
    app.quit()
"""
    + IDLE_CODE
    + """
on_first_idle(window, idle)
sys.exit(app.exec())
"""
)

APP_CODE = """
import sys
from pathlib import Path
from sim_facilitator.app import run_app
sys.exit(run_app(Path(sys.argv[1]), None))
"""


def child_env(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = env.get("QT_QPA_PLATFORM", "offscreen")
    env["SIM_FACILITATOR_SETTINGS"] = str(folder / "settings.ini")
    env["SIM_FACILITATOR_EXIT_WHEN_IDLE"] = "1"
    env["HOME"] = str(folder)  # keep the user's own config and data out of it
    env["XDG_CONFIG_HOME"] = str(folder / "config")
    env["XDG_DATA_HOME"] = str(folder / "data")
    # Bytecode caches as an installed app has them (pip compiles at install; Python
    # writes them on first import): without them every run recompiles the app's
    # sources (~40 ms), which no user pays twice. Kept in the temporary folder.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(folder / "pycache")
    return env


def make_databases(folder: Path, workshops: int, ideas: int, big: int) -> tuple[Path, Path, str]:
    from benchmarks.bench_bundles import generate
    from sim_facilitator.engine.storage import connect
    from sim_facilitator.engine.store import Store

    many = folder / "national.db"
    store = Store(connect(many))
    generate(store, workshops, ideas // workshops)
    store.db.conn.close()
    one = folder / "one.db"
    store = Store(connect(one))
    [wid], _ = generate(store, 1, big)
    store.db.conn.close()
    return many, one, wid


def timed_run(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Seconds from launching ``command`` to its "idle" line, and to its exit.

    The child prints ``idle <time.time()>`` when its event loop first goes idle
    with the window shown (the app does it under ``SIM_FACILITATOR_EXIT_WHEN_IDLE``);
    the wall clock is shared by both processes. The exit figure also counts what
    runs after that point: interpreter teardown and, for the app, joining the
    background thread (full integrity check and the backup at open).
    """
    start_wall = time.time()
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"{command[:3]} failed:\n{result.stderr[-2000:]}")
    idle = [line for line in result.stdout.splitlines() if line.startswith("idle ")]
    if not idle:
        raise RuntimeError(f"{command[:3]} printed no idle line:\n{result.stdout[-2000:]}")
    return float(idle[-1].split()[1]) - start_wall, elapsed


# ``run_app``'s steps one by one, timed (keep in step with sim_facilitator/app.py).
# Run as ``python -c PHASES_CODE DB START``: START is the parent's wall clock at
# launch, so the first phase is the interpreter's own start.
PHASES_CODE = """
import json, sys, time
marks = {"Python start (interpreter, site)": time.time() - float(sys.argv[2])}
t = time.perf_counter()
def mark(name):
    global t
    now = time.perf_counter()
    marks[name] = now - t
    t = now
from PySide6.QtWidgets import QApplication
mark("import PySide6 (QtCore, QtGui, QtWidgets; the floor pays it too)")
from pathlib import Path
from sim_facilitator.app import needs_migration, on_first_idle
from sim_facilitator.paths import open_store
from sim_facilitator.ui.shell.app_icon import app_icon
from sim_facilitator.ui.shell.application import install_fonts, set_language
from sim_facilitator.ui.shell.main_window import MainWindow
from sim_facilitator.ui.shell.recovery import check_database_at_start
from sim_facilitator.ui.shell.settings import Settings
from sim_facilitator.ui.shell.start_checks import StartChecks, set_read_only
mark("import the app's start modules")
app = QApplication(sys.argv)
mark("QApplication (the floor pays it too)")
install_fonts()
app.setWindowIcon(app_icon())
settings = Settings()
set_language(app, "ar")
mark("fonts, icon, settings, Arabic translations")
path = Path(sys.argv[1])
check_database_at_start(path, full=needs_migration(path))
store = open_store(path)
set_read_only(store.db.conn, True)
checks = StartChecks(path, lambda: set_read_only(store.db.conn, False), lambda _p: app.exit(76))
mark("database: header check, open")
window = MainWindow(store, settings, db_path=path)
mark("build the main window (menus, home list)")
on_first_idle(window, checks.start)
def idle():
    mark("first paint, layouts, loop idle")
    app.quit()
on_first_idle(window, idle)
window.show()
mark("show()")
app.exec()
checks.finish()
mark("after idle: the background integrity check and backup finishing")
print(json.dumps(marks))
"""


def median_phases(db: Path, env: dict[str, str], runs: int) -> dict[str, float]:
    """Each phase's median over ``runs`` processes (seconds)."""
    samples: list[dict[str, float]] = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", PHASES_CODE, str(db), repr(time.time())],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        samples.append(json.loads(out.splitlines()[-1]))
    return {name: statistics.median(s[name] for s in samples) for name in samples[0]}


def peak_rss_mib() -> float:
    """This process's peak RSS (VmHWM). ``ru_maxrss`` is not used: on Linux a child
    started by a big parent inherits the parent's figure across fork and exec."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory_child(db_path: str, workshop_id: str) -> None:
    """Peak RSS (MiB) with the workshop open, then after visiting every tab (JSON)."""
    from PySide6.QtWidgets import QApplication

    from sim_facilitator.paths import open_store
    from sim_facilitator.ui.shell.application import install_fonts, set_language
    from sim_facilitator.ui.shell.main_window import MainWindow
    from sim_facilitator.ui.shell.settings import Settings

    def peak() -> float:
        return peak_rss_mib()

    app = QApplication(sys.argv)
    install_fonts()
    set_language(app, "ar")
    base = peak()
    # Opening a workshop builds every tab, and the Organise tab computes the
    # duplicate suggestions over all pairs of ideas (quadratic: hours at 20,000
    # ideas, see ``duplicates_seconds``). Left out here so the rest can be measured.
    from sim_facilitator.ui.organise import duplicates_view

    duplicates_view.suggest_duplicates = lambda *args, **kwargs: []  # type: ignore[assignment]
    path = Path(db_path)
    window = MainWindow(open_store(path), Settings(), db_path=path)
    window.show()
    app.processEvents()
    start = time.perf_counter()
    page = window.open_workshop(workshop_id)
    app.processEvents()
    open_s = time.perf_counter() - start
    opened = peak()
    tabs: dict[str, float] = {}
    for index in range(page.tabs.count()):
        start = time.perf_counter()
        page.tabs.setCurrentIndex(index)
        app.processEvents()
        tabs[page.tabs.tabText(index).replace("&", "")] = time.perf_counter() - start
    result = {"base": base, "opened": opened, "all_tabs": peak(), "tabs": tabs, "open_s": open_s}
    print(json.dumps(result), flush=True)


def duplicates_seconds(folder: Path, sizes: tuple[int, ...]) -> list[tuple[int, float]]:
    """``suggest_duplicates`` over one workshop of each size (what opening it computes)."""
    from benchmarks.bench_bundles import generate
    from sim_facilitator.domain.organise.duplicates import suggest_duplicates
    from sim_facilitator.engine.storage import connect
    from sim_facilitator.engine.store import Store

    result = []
    for size in sizes:
        store = Store(connect(folder / f"dup{size}.db"))
        [wid], _ = generate(store, 1, size, seed=size)
        start = time.process_time()
        suggest_duplicates(store, wid)
        result.append((size, time.process_time() - start))
        store.db.conn.close()
    return result


def floor_memory(env: dict[str, str]) -> float:
    code = FLOOR_CODE.replace(
        "sys.exit(app.exec())",
        "app.exec()\nfrom benchmarks.bench_startup import peak_rss_mib\nprint(peak_rss_mib())",
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return float(out.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--workshops", type=int, default=100)
    parser.add_argument("--ideas", type=int, default=20_000, help="ideas over all workshops")
    parser.add_argument("--big", type=int, default=20_000, help="ideas of the open workshop")
    parser.add_argument("--quick", action="store_true", help="3 runs, 20 workshops, 2,000 ideas")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--memory-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.memory_child:
        memory_child(*args.memory_child)
        return
    if args.quick:
        args.runs, args.workshops, args.ideas, args.big = 3, 20, 2_000, 2_000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        many, one, wid = make_databases(folder, args.workshops, args.ideas, args.big)
        env = child_env(folder)
        app_cmd = [sys.executable, "-c", APP_CODE, str(many)]
        floor_cmd = [sys.executable, "-c", FLOOR_CODE]
        window_cmd = [sys.executable, "-c", WINDOW_CODE]
        commands = {"floor": floor_cmd, "window": window_cmd, "app": app_cmd}
        for command in commands.values():  # warm the file and bytecode caches
            timed_run(command, env)
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                runs[name].append(timed_run(command, env))
        me = [sys.executable, "-m", "benchmarks.bench_startup"]
        phases = median_phases(many, env, args.runs)
        memory = json.loads(
            subprocess.run(
                [*me, "--memory-child", str(one), wid],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout.splitlines()[-1]
        )
        floor_rss = floor_memory(env)
        dup_sizes = (100, 200, 400) if args.quick else (1000, 2000, 4000)
        dups = duplicates_seconds(folder, dup_sizes)
        db_mb = many.stat().st_size / 1e6
    growth = dups[-1][1] / max(dups[-2][1], 1e-9)
    exponent = max(1.0, math.log(max(growth, 1e-9), 2))
    estimate = dups[-1][1] * (args.big / dups[-1][0]) ** exponent

    def ms(name: str, which: int) -> list[float]:
        return [run[which] * 1000 for run in runs[name]]

    floor_ms = statistics.median(ms("floor", 0))
    app_ms = statistics.median(ms("app", 0))
    ratio = app_ms / floor_ms
    exit_ratio = statistics.median(ms("app", 1)) / statistics.median(ms("floor", 1))
    labels = {
        "floor": "floor: bare PySide6 `QMainWindow` shown",
        "window": "reference: `QMainWindow` with the app's menus and a 100-row table",
        "app": "SIM Facilitator (`run_app`): main window shown",
    }

    def row(name: str) -> str:
        idle, out = ms(name, 0), ms(name, 1)
        return (
            f"| {labels[name]} | {statistics.median(idle):.0f} | {min(idle):.0f}"
            f" | {max(idle):.0f} | {statistics.median(out):.0f} |"
        )

    lines = [
        f"`uv run python -m benchmarks.bench_startup` — {machine()}; Qt platform "
        f"`{os.environ.get('QT_QPA_PLATFORM', 'offscreen')}`.",
        "",
        f"Start-up: database of {args.workshops} workshops and {args.ideas:,} ideas with their"
        f" mappings and ballots ({db_mb:.0f} MB); {args.runs} runs of each process, alternated,"
        " bytecode caches warm. *Idle*: from launching the process to its event loop first"
        " idle with the window shown; *exit*: to the process's end (also interpreter teardown"
        " and, for the app, the background integrity check and backup at open finishing).",
        "",
        "| process | idle median ms | min | max | exit median ms |",
        "|---|---:|---:|---:|---:|",
        *(row(name) for name in runs),
        "",
        f"**Start-up ratio: {ratio:.2f}x the floor** (target ≤ 1.5x); reference window"
        f" {statistics.median(ms('window', 0)) / floor_ms:.2f}x; to exit {exit_ratio:.2f}x.",
        "",
        "Where the app's start-up goes (one process, same database):",
        "",
        "| phase | ms |",
        "|---|---:|",
        *(f"| {name} | {seconds * 1000:.0f} |" for name, seconds in phases.items()),
        "",
        f"Memory: main window open on a workshop of {args.big:,} ideas (with mappings and"
        " ballots), peak RSS of the process:",
        "",
        "| state | peak RSS MiB |",
        "|---|---:|",
        f"| floor: bare PySide6 `QMainWindow` process | {floor_rss:.0f} |",
        f"| app: QApplication, fonts, translations loaded | {memory['base']:.0f} |",
        f"| app: workshop open (its first tab shown) | {memory['opened']:.0f} |",
        f"| app: after visiting all {len(memory['tabs'])} tabs | {memory['all_tabs']:.0f} |",
        "",
        f"**Peak RSS: {memory['all_tabs']:.0f} MiB** (target ≤ 300 MB), the duplicate"
        " suggestions left out (below). Opening the workshop took"
        f" {memory['open_s'] * 1000:.0f} ms without them; first visit of each tab (ms): "
        + ", ".join(f"{name} {sec * 1000:.0f}" for name, sec in memory["tabs"].items())
        + ".",
        "",
        "Duplicate suggestions: the workspace builds every tab when a workshop opens, and the"
        " Organise tab's duplicates list runs"
        " `domain.organise.duplicates.suggest_duplicates` (CPU time;"
        " seeded ideas of 12 words from a small vocabulary, a hard case):",
        "",
        "| ideas in the workshop | pairs | suggest_duplicates s |",
        "|---:|---:|---:|",
        *(f"| {n:,} | {n * (n - 1) // 2:,} | {sec:.2f} |" for n, sec in dups),
        "",
        f"Growth per x2 ideas: {growth:.1f}x (quadratic is 4x); at {args.big:,} ideas, at that"
        f" rate: about {estimate:,.0f} s of CPU"
        + (
            " — **opening a workshop that large is blocked by them** (they belong in the"
            " Organise tab's first showing, with pairs blocked by shared uncommon words)."
            if estimate > 10
            else "."
        ),
    ]
    text = "\n".join(lines)
    print(text)
    if not args.no_write:
        write_section(SECTION, text)


if __name__ == "__main__":
    main()
