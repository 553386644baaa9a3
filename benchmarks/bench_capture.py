"""Capture with 20,000 ideas: Enter-to-list and filter-keystroke latency.

Reproducible: ``uv run python -m benchmarks.bench_capture [--ideas 20000]
[--samples 200] [--quick]``. Builds a fresh database in a temporary folder
with one workshop holding N ideas (Arabic and French, under three questions,
some with an author), opens the real ``CaptureView`` offscreen and measures,
in the same run:

* the floors: a bare ``Store.create`` of one idea, the domain ``add_idea``,
  and a plain Python substring scan over the ideas' texts;
* pressing Enter in the capture box until the idea is a row of the list
  (synchronous: the row exists when the key event returns), and until the
  list has repainted;
* one keystroke in the filter box until the list has repainted, for this
  view's proxy and, for comparison, a ``QSortFilterProxyModel`` whose
  ``filterAcceptsRow`` is written in Python;
* opening (loading) the view, and undoing a capture with Ctrl+Z.

The figures replace the "## Capture" section of docs/performance.md (and
only that section).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from sim_facilitator.domain.demo import IDEAS, PARTICIPANTS, QUESTIONS
from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.workshops import add_participant, add_question, create_workshop
from sim_facilitator.engine.ids import uuid7
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store
from sim_facilitator.text.user_text import direction_of, fold_for_search
from sim_facilitator.ui.capture.capture_view import CaptureView
from sim_facilitator.ui.capture.idea_model import IdeaModel
from sim_facilitator.ui.shell.application import install_fonts

try:  # run as ``python -m benchmarks.bench_capture`` (the runner) or as a file
    from .report import machine, summary_ms, write_section
except ImportError:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.report import machine, summary_ms, write_section

SECTION = "Capture"
FLOOR_CREATE = "floor: bare `Store.create` of one idea (one transaction, fsync)"
ENTER = "Enter → idea is a row of the list"
FLOOR_SCAN = "floor: plain substring scan of the texts (`'fin' in text.lower()`)"
OUR_FILTER = "this view's filter proxy: `set_filter_text` (no paint)"
PYTHON_FILTER = "comparison: `QSortFilterProxyModel` with Python `filterAcceptsRow` (no paint)"


def build(store: Store, count: int) -> tuple[str, list[str]]:
    ws = create_workshop(store, "Benchmark: 20,000 ideas")
    questions = [add_question(store, ws, q) for q in QUESTIONS]
    people = [add_participant(store, ws, p[0]) for p in PARTICIPANTS]
    # Ideas typed by people are made milliseconds apart: give each its own
    # millisecond (UUIDv7), as a real capture session would.
    first_ms = int(time.time() * 1000) - count * 5000
    with store.transaction():
        for n in range(count):
            q, text = IDEAS[n % len(IDEAS)]
            text = f"{text} ({n})"
            store.create(
                "idea",
                {
                    "workshop_id": ws,
                    "text": text,
                    "question_id": questions[q],
                    "author_id": people[n % len(people)] if n % 3 else None,
                    "direction": direction_of(text),
                },
                entity_id=uuid7(first_ms + n * 5000),
            )
    return ws, questions


def ms(samples: list[float]) -> dict[str, float]:
    return summary_ms(samples)


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return samples


class PythonFilterProxy(QSortFilterProxyModel):
    """The usual approach, for comparison: Qt calls Python once per idea."""

    def __init__(self, model: IdeaModel) -> None:
        super().__init__()
        self.needle = ""
        self.keys = model.search_keys
        self.setSourceModel(model)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not self.needle or self.needle in self.keys[row]


def run(count: int, samples: int) -> list[tuple[str, dict[str, float]]]:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    install_fonts()
    results: list[tuple[str, dict[str, float]]] = []
    with tempfile.TemporaryDirectory() as folder:
        store = Store(connect(Path(folder) / "bench.db"))
        t0 = time.perf_counter()
        ws, questions = build(store, count)
        print(f"built {count} ideas in {time.perf_counter() - t0:.1f} s", file=sys.stderr)

        counter = iter(range(10**9))
        results.append(
            (
                FLOOR_CREATE,
                ms(
                    timed(
                        lambda: store.create(
                            "idea",
                            {"workshop_id": ws, "text": f"floor {next(counter)}"},
                        ),
                        samples,
                    )
                ),
            )
        )
        results.append(
            (
                "domain: `add_idea` (checks, direction, create)",
                ms(
                    timed(
                        lambda: add_idea(store, ws, f"domain {next(counter)}", questions[0]),
                        samples,
                    )
                ),
            )
        )

        view_holder: list[CaptureView] = []
        load = timed(lambda: view_holder.append(CaptureView(store, ws)), 1)
        view = view_holder[0]
        view.resize(1000, 700)
        view.show()
        app.processEvents()
        results.append((f"open the capture view on {view.model.rowCount()} ideas", ms(load)))
        results.append(
            ("`IdeaModel.refresh()`: reload every idea", ms(timed(view.model.refresh, 3)))
        )
        results.append(
            (
                "`CaptureView.refresh()` when nothing changed (tab shown again)",
                ms(timed(view.refresh, 5)),
            )
        )

        def enter(paint: bool) -> None:
            view.entry.setPlainText(f"Nouvelle idée / فكرة جديدة {next(counter)}")
            # A person types between two ideas: the event loop has run since the
            # last Enter (left out, the previous sample's deferred work, such as
            # its change-watch count, would land in this one's figure).
            app.processEvents()
            before = view.model.rowCount()
            start = time.perf_counter()
            QTest.keyClick(view.entry, Qt.Key.Key_Return)
            if paint:
                app.processEvents()
                view.table.viewport().repaint()
            elapsed = time.perf_counter() - start
            assert view.model.rowCount() == before + 1
            enter_samples.append(elapsed)

        enter_samples: list[float] = []
        for _ in range(samples):
            enter(paint=False)
        results.append((ENTER, ms(enter_samples)))
        enter_samples = []
        for _ in range(samples):
            enter(paint=True)
        results.append(("Enter → row in the list and list repainted", ms(enter_samples)))

        undo = []
        for _ in range(min(samples, 20)):
            start = time.perf_counter()
            view.undo_stack.undo()
            undo.append(time.perf_counter() - start)
        results.append(("Ctrl+Z of a capture (delete op + row removed)", ms(undo)))

        texts = [
            view.model.index(r, 0).data(Qt.ItemDataRole.EditRole)
            for r in range(view.model.rowCount())
        ]
        keys = view.model.search_keys
        word = "financement"
        results.append(
            (
                FLOOR_SCAN,
                ms(timed(lambda: [t for t in texts if word[:3] in t.lower()], samples)),
            )
        )
        results.append(
            (
                "floor: same scan, folding each text on the fly (`fold_for_search`)",
                ms(timed(lambda: [t for t in texts if "fin" in fold_for_search(t)], 5)),
            )
        )
        results.append(
            (
                "scan of the cached folded keys (what the filter does)",
                ms(timed(lambda: [i for i, k in enumerate(keys) if "fin" in k], samples)),
            )
        )

        def keystrokes(word: str) -> list[float]:
            out = []
            for _ in range(max(1, samples // len(word))):
                view.filter_edit.clear()
                app.processEvents()
                for char in word:
                    start = time.perf_counter()
                    QTest.keyClicks(view.filter_edit, char) if char.isascii() else (
                        view.filter_edit.insert(char)
                    )
                    app.processEvents()
                    view.table.viewport().repaint()
                    out.append(time.perf_counter() - start)
            view.filter_edit.clear()
            app.processEvents()
            return out

        results.append((f"filter keystroke → list repainted (“{word}”)", ms(keystrokes(word))))
        results.append(("filter keystroke → list repainted (“التمويل”)", ms(keystrokes("التمويل"))))

        ours = []
        for _ in range(max(1, samples // len(word))):
            for n in range(1, len(word) + 1):
                ours.append(timed(partial(view.proxy.set_filter_text, word[:n]), 1)[0])
            view.proxy.set_filter_text("")
        results.append((OUR_FILTER, ms(ours)))

        python_proxy = PythonFilterProxy(view.model)

        def python_filter(needle: str) -> None:
            python_proxy.beginFilterChange()
            python_proxy.needle = needle
            python_proxy.endFilterChange()
            python_proxy.rowCount()  # the proxy is lazy: this runs the filter

        py = []
        for _ in range(max(1, samples // len(word))):
            for n in range(1, len(word) + 1):
                py.append(timed(partial(python_filter, fold_for_search(word[:n])), 1)[0])
        results.append(
            (
                PYTHON_FILTER,
                ms(py),
            )
        )
        view.close()
        store.db.conn.close()
    return results


def report(results: list[tuple[str, dict[str, float]]], count: int, samples: int) -> str:
    by_name = dict(results)
    create = by_name[FLOOR_CREATE]
    enter = by_name[ENTER]
    scan = by_name[FLOOR_SCAN]
    ours = by_name[OUR_FILTER]
    python = by_name[PYTHON_FILTER]
    lines = [
        machine() + f"; PySide6 {pyside_version}, Qt offscreen platform.",
        "",
        f"A workshop with {count:,} ideas (Arabic and French, three questions, two in "
        "three with an author), opened in the real `CaptureView`; keys sent with QTest; "
        f"{samples} samples per step. Reproduce: "
        f"`uv run python -m benchmarks.bench_capture --ideas {count} --samples {samples}`.",
        "",
        "| step | n | p50 ms | p95 ms | p99 ms | max ms |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, f in results:
        lines.append(
            f"| {name} | {f['n']} | {f['p50']:.2f} | {f['p95']:.2f} | {f['p99']:.2f}"
            f" | {f['max']:.2f} |"
        )
    lines += [
        "",
        "**Enter → row, p50 ratio to the bare `Store.create` floor: "
        f"{enter['p50'] / create['p50']:.2f}x** (the save is the durable commit; "
        "showing the row adds one `beginInsertRows`). "
        "**Filter step, p50 ratio to a plain substring scan of the texts: "
        f"{ours['p50'] / scan['p50']:.2f}x**; a `QSortFilterProxyModel` with a Python "
        f"`filterAcceptsRow` takes {python['p50'] / ours['p50']:.1f}x as long as this "
        "view's proxy. Repainting the visible rows is the rest of a keystroke's latency.",
        "",
        "How it stays fast: the idea model caches one small record and one folded "
        "search key per idea, and a new idea is one `beginInsertRows` (never a "
        "reset); the list has fixed row heights, so the view asks only for the "
        "rows it paints, and a painted cell is one call into Python (the delegate "
        "reads text, alignment and direction from `IdeaModel.display`; the proxy "
        "answers `data` and `flags` from its row list) instead of ~20 through "
        "`mapToSource`. The filter is a proxy that scans the cached keys with "
        "one comprehension and maps rows through a list, instead of Qt calling "
        "Python's `filterAcceptsRow` once per idea. `Store.create` looks up the"
        " entity's ops through its projected row (`load_entity_ops`; none for a"
        " new idea), appends its op and projects the row, so a capture stays "
        "within a millisecond of the bare create. Both sides pay the same "
        "durable commit: in a temporary folder fsync is cheap, on a laptop disk"
        " it adds the same few milliseconds to each. Showing the tab again "
        "reloads nothing unless something was written meanwhile (SQLite's "
        "`data_version` and the connection's change count, microseconds), and "
        "then only if the op log of ideas, questions or participants grew "
        "beyond this view's own edits (counted in SQLite from the projected "
        "rows' lists of op row ids). "
        "Opening the view reads and folds every idea once.",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--ideas", type=int, default=20_000)
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--quick", action="store_true", help="2,000 ideas, 10 samples")
    parser.add_argument("--no-write", action="store_true", help="print only")
    args = parser.parse_args()
    if args.quick:
        args.ideas, args.samples = 2_000, 10
    results = run(args.ideas, args.samples)
    text = report(results, args.ideas, args.samples)
    print(text)
    if not args.no_write:
        write_section(SECTION, text)
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6 can crash while garbage-collecting Qt
    # objects at exit, which would hide the figures behind a core dump.
    os._exit(0)


if __name__ == "__main__":
    main()
