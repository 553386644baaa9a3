"""The laptop's capture while 200 phones vote: Enter → visible, with and without the load.

Reproducible: ``uv run python -m benchmarks.bench_room_capture [--ideas 2000]
[--phones 200] [--window 10] [--quick]``. One database in a temporary folder:
a workshop with N ideas and an open secret ballot with one one-time code per
phone. In the same run:

* ``--layout app`` (default, as the app runs it): the room server is a **child
  process** of this one (``RoomProcess``, as ``RoomSession`` starts it), its change
  notices queued to the UI thread and passed to ``CaptureView.room_changed`` as the
  main window does; a **separate process** runs the simulated phones (aiohttp
  client, ``benchmarks/bench_room.py``'s streams and ballots). ``--layout thread``:
  the server a thread of this process (``RoomServer``, the earlier design);
  ``--layout split``: the server in the phones' process.
* ``--phones-nice N`` runs the phones' process at that niceness (19 by default):
  real phones are other devices, so their simulation takes only the CPU the
  laptop leaves; ``--phones-nice 0`` lets it compete as an equal.
  Every phone keeps a live stream open, then all cast their ballot at random
  moments of the same ``--window`` seconds, and a few send an idea;
* **this process** drives the real ``CaptureView`` offscreen on its own
  connection to the same file, as ``bench_capture.py`` measures it: text in
  the box, Enter, until the row is in the list and the list has painted it
  (the event loop runs inside the sample, so any timer or room notice that
  fires then is counted), with a breakdown (lock wait, COMMIT, events, the
  view's ``room_changed``, repaint). One Enter every 50 ms (a fast typist).
  ``--lock alternate`` (default) alternates the laptop's ``BEGIN IMMEDIATE``
  between ``storage.begin_immediate`` (the fix) and SQLite's busy handler.

First ``--window`` seconds with the phones connected but idle, then the same
time while they vote. Traffic only to 127.0.0.1, every wait bounded; stops by
itself. Writes the "## Room: capture under phone load" section of
docs/performance.md.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import random
import secrets
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import count
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

try:  # run as ``python -m benchmarks.bench_room_capture`` (the runner) or as a file
    from .report import machine, summary_ms, write_section
except ImportError:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.report import machine, summary_ms, write_section

SECTION = "Room: capture under phone load"
HOST = "127.0.0.1"
TYPIST_S = 0.05  # one Enter every 50 ms at most


# -- the phones' process ---------------------------------------------------------------
def _phones(
    server_at: tuple[int, str] | tuple[str, str],
    secret: str,
    options: list[str],
    codes: list[str],
    window: float,
    phone_ideas: int,
    seed: int,
    lock: str,
    nice: int,
    pipe: Connection,
) -> None:
    """The simulated phones; reports ``ready``, waits for ``go``, sends the results.

    ``server_at``: (port, room code) of the laptop's room server (``--layout app``),
    or (database, workshop) to run the room server here too (``--layout split``).
    """
    if nice:
        os.nice(nice)
    server = None
    if isinstance(server_at[0], int):
        port, code = server_at
    else:
        from sim_facilitator.room.server import RoomServer

        if lock == "sqlite":
            _sqlite_busy_handler()
        server = RoomServer(server_at[0], str(server_at[1]), host=HOST, limits=_limits())
        info = server.start()
        port, code = info.port, info.code
    try:
        results = asyncio.run(
            _simulate(port, str(code), secret, options, codes, window, phone_ideas, seed, pipe)
        )
    finally:
        if server is not None:
            server.stop()
    pipe.send(results)


def _limits() -> Any:
    from sim_facilitator.room.server import Limits

    # Every simulated phone comes from 127.0.0.1: one address, so no per-address limit.
    return Limits(
        rate_per_second=1e6,
        rate_burst=1e6,
        streams_per_client=1000,
        max_streams=1000,
        idea_burst=1e6,
        idea_every_s=1e-6,
    )


def _sqlite_busy_handler() -> None:
    """The code before the fix: BEGIN IMMEDIATE waits in SQLite's busy handler."""
    from sim_facilitator.engine import storage

    def begin(conn: Any) -> None:
        conn.execute("BEGIN IMMEDIATE")

    storage.begin_immediate = begin


async def _simulate(
    port: int,
    code: str,
    secret: str,
    options: list[str],
    codes: list[str],
    window: float,
    phone_ideas: int,
    seed: int,
    pipe: Connection,
) -> dict[str, Any]:
    import aiohttp

    from benchmarks import bench_room

    base = f"http://{HOST}:{port}"
    bench_room._CODES[base] = code
    rng = random.Random(seed)
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as session:
        streams = bench_room.Streams()
        ready = asyncio.Event()
        for _ in codes:
            streams.tasks.append(
                asyncio.create_task(
                    streams.listen(session, f"{base}/api/events?room={code}", ready, len(codes))
                )
            )
        await asyncio.wait_for(ready.wait(), 60)
        pipe.send("ready")
        loop = asyncio.get_running_loop()
        go = await loop.run_in_executor(None, pipe.poll, 120)
        if not go:
            raise TimeoutError("never told to go")
        pipe.recv()

        async def idea(delay: float) -> int:
            await asyncio.sleep(delay)
            body = {
                "client": secrets.token_urlsafe(18),
                "id": secrets.token_urlsafe(18),
                "text": f"Idée envoyée d'un téléphone {secrets.token_hex(3)}",
            }
            async with session.post(f"{base}/api/ideas?room={code}", json=body) as response:
                await response.read()
                return response.status

        start = time.perf_counter()
        acks, idea_statuses = await asyncio.gather(
            bench_room._ballots(session, base, secret, options, codes, window, rng),
            asyncio.gather(*(idea(rng.uniform(0, window)) for _ in range(phone_ideas))),
        )
        wall = time.perf_counter() - start
        for task in streams.tasks:
            task.cancel()
        await asyncio.gather(*streams.tasks, return_exceptions=True)
    return {"acks": acks, "ideas": list(idea_statuses), "wall": wall}


# -- this process: the laptop ----------------------------------------------------------
def _prepare(db: Path, ideas: int, phones: int) -> tuple[Any, str, str, list[str], list[str]]:
    from benchmarks.bench_capture import build
    from sim_facilitator.domain.votes.ballots import issue_numbers
    from sim_facilitator.domain.votes.lifecycle import create_round, open_round
    from sim_facilitator.engine.storage import connect
    from sim_facilitator.engine.store import Store

    store = Store(connect(db))
    workshop, _questions = build(store, ideas)
    options = [r["id"] for r in store.list("idea", "workshop_id = ?", [workshop])[:6]]
    secret = create_round(
        store, workshop, "Priorités", "dots", options=options,
        rules={"budget": 3, "max_per_option": 2},
    )  # fmt: skip
    codes = issue_numbers(store, secret, phones)
    open_round(store, secret)
    return store, workshop, secret, options, codes


class Sample:
    """One Enter: its total and where the time went."""

    __slots__ = ("total", "save", "events", "paint", "lock", "commit", "react", "sqlite_handler")

    def __init__(self) -> None:
        self.total = self.save = self.events = self.paint = 0.0
        self.lock = self.commit = self.react = 0.0
        self.sqlite_handler = False


class LockClock:
    """Times ``BEGIN IMMEDIATE`` on the laptop's connection; can switch its way of waiting."""

    def __init__(self, conn: Any, mode: str) -> None:
        from sim_facilitator.engine import storage
        from sim_facilitator.engine import store as store_module

        self.conn, self.mode = conn, mode
        self.waited = self.reacting = self.committing = 0.0
        self.use_sqlite = mode == "sqlite"
        self._retry = storage.begin_immediate
        storage.begin_immediate = self.begin
        self._transaction = storage.transaction  # what engine/store.py imported
        setattr(store_module, "transaction", self.transaction)  # noqa: B010

    @contextmanager
    def transaction(self, db: Any) -> Iterator[None]:
        """The store's transaction, its COMMIT timed (the laptop's own, outermost ones)."""
        outer = db.conn is self.conn and not db.conn.in_transaction
        with self._transaction(db):
            yield
            mark = time.perf_counter()
        if outer:
            self.committing += time.perf_counter() - mark

    def begin(self, conn: Any) -> None:
        if conn is not self.conn:
            self._retry(conn)  # the server's connection (--layout app): always the fix
            return
        start = time.perf_counter()
        if self.use_sqlite:
            conn.execute("BEGIN IMMEDIATE")  # SQLite's busy handler, as before the fix
        else:
            self._retry(conn)
        self.waited += time.perf_counter() - start


class PaintSeen:
    """Notes a paint of the list's viewport: the moment an inserted row is on screen."""

    def __init__(self, viewport: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        seen = self

        class Filter(QObject):
            def eventFilter(self, _obj: Any, event: Any) -> bool:
                if event.type() == QEvent.Type.Paint:
                    seen.seen = True
                return False

        self.seen = False
        self._filter = Filter()
        viewport.installEventFilter(self._filter)


def _typist(
    app: Any,
    view: Any,
    seconds: float,
    counter: count[int],
    lock: LockClock,
    forced_repaint: bool = False,
) -> list[Sample]:
    """Enter → row in the list and list painted, one Enter every 50 ms for ``seconds``.

    The list's paint that follows the insert, in the event loop, is when the row is
    visible; were there none, the list is repainted (``forced_repaint``: always, a
    second paint, as the figures before 2026-12-07 07:40 measured)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    painted = PaintSeen(view.table.viewport())

    samples: list[Sample] = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        tick = time.perf_counter() + TYPIST_S
        view.entry.setPlainText(f"Nouvelle idée / فكرة جديدة {next(counter)}")
        app.processEvents()
        before = view.model.rowCount()
        sample = Sample()
        if lock.mode == "alternate":
            lock.use_sqlite = len(samples) % 2 == 1
        sample.sqlite_handler = lock.use_sqlite
        lock.waited = lock.reacting = lock.committing = 0.0
        start = time.perf_counter()
        QTest.keyClick(view.entry, Qt.Key.Key_Return)
        saved = time.perf_counter()
        painted.seen = False
        app.processEvents()
        events = time.perf_counter()
        if forced_repaint or not painted.seen:  # the row must have been painted
            view.table.viewport().repaint()
        done = time.perf_counter()
        sample.total, sample.save = done - start, saved - start
        sample.events, sample.paint, sample.lock = events - saved, done - events, lock.waited
        sample.react, sample.commit = lock.reacting, lock.committing
        samples.append(sample)
        assert view.model.rowCount() >= before + 1
        while time.perf_counter() < tick:  # the typist's pause: the event loop runs
            app.processEvents()
            time.sleep(0.002)
    return samples


def _slowest(samples: list[Sample]) -> dict[str, float]:
    """Mean breakdown (ms) of the slowest 5 % of the Enters."""
    worst = sorted(samples, key=lambda s: s.total)[-max(1, len(samples) // 20) :]
    return {
        part: 1000 * statistics.fmean(getattr(s, part) for s in worst)
        for part in ("total", "save", "lock", "commit", "events", "react", "paint")
    }


def _report(
    args: argparse.Namespace,
    idle: list[Sample],
    loaded: list[Sample],
    phones: dict[str, Any],
    reloads: list[float],
    rows: int,
    stored: int,
    voters: int,
    room_ideas: int,
    notices: int | None,
) -> str:
    runs = {"idle": idle, "load": loaded}
    figures: dict[tuple[str, str], dict[str, float]] = {}
    breakdown: dict[tuple[str, str], dict[str, float]] = {}
    handlers = ("retry", "sqlite") if args.lock == "alternate" else (args.lock,)
    for phase, samples in runs.items():
        for handler in handlers:
            chosen = [s for s in samples if s.sqlite_handler == (handler == "sqlite")]
            figures[phase, handler] = summary_ms([s.total for s in chosen])
            breakdown[phase, handler] = _slowest(chosen)
    fix = handlers[0]
    with_load, without = figures["load", fix], figures["idle", fix]
    reload = summary_ms(reloads)
    acks = summary_ms([t for _s, t in phones["acks"]])
    ok = sum(1 for s, _t in phones["acks"] if s == 201)
    verdict = "met" if with_load["p99"] < 16 else "MISSED"
    handler_name = {
        "retry": "write lock taken in 0.3 ms steps (the fix)",
        "sqlite": "SQLite's busy handler (before the fix)",
    }
    phase_name = {
        "idle": "phones connected, idle",
        "load": f"while {args.phones} phones cast a secret ballot within the same "
        f"{args.window:.0f} s and {args.phone_ideas} send an idea",
    }
    layout = {
        "app": "the room server a child process of this one (`RoomProcess`, as `RoomSession` "
        "runs it in the app; its change notices queued to the UI thread and passed to "
        "`CaptureView.room_changed`), the ",
        "thread": "the room server a thread of this process (`RoomServer`, the earlier design; "
        "its change notices queued to the UI thread and passed to `CaptureView.room_changed`), "
        "the ",
        "split": "in a separate process the room server and the ",
    }[args.layout]
    nice = (
        f" at niceness {args.phones_nice} (real phones are other devices: their simulation "
        "gets only the CPU the laptop leaves)"
        if args.phones_nice
        else " competing for the CPU as an equal"
    )
    row = "| {} | {} | {} | {:.2f} | {:.2f} | {:.2f} | {:.2f} |"
    brow = "| {} | {} | {:.1f} | {:.1f} | {:.1f} | {:.1f} | {:.1f} | {:.1f} | {:.1f} |"
    lines = [
        machine(),
        "",
        f"`uv run python -m benchmarks.bench_room_capture --layout {args.layout} --lock "
        f"{args.lock} --phones-nice {args.phones_nice} --switch-ms {args.switch_ms:g}`: "
        f"the real `CaptureView` (offscreen) on a workshop of {args.ideas} "
        f"ideas, one Enter every {TYPIST_S * 1000:.0f} ms, the app's UI-thread cycle "
        f"collector running; {layout}{args.phones} simulated phones in another process{nice} "
        f"(aiohttp, 127.0.0.1) with {args.phones} live streams open, on the same database "
        "file."
        + (" Enters alternate between the two ways of waiting for the write lock." if
           args.lock == "alternate" else ""),
        "",
        "| Enter → row in the list and painted | BEGIN IMMEDIATE | n | p50 ms | p95 ms"
        " | p99 ms | max ms |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]  # fmt: skip
    for phase in runs:
        for handler in handlers:
            f = figures[phase, handler]
            lines.append(row.format(phase_name[phase], handler_name[handler], f["n"], f["p50"],
                                    f["p95"], f["p99"], f["max"]))  # fmt: skip
    lines += [
        "",
        f"Target p99 < 16 ms under the load: **{verdict}** "
        f"(p99 {with_load['p99']:.1f} ms with, {without['p99']:.1f} ms without).",
        "",
        "Where the slowest 5 % of the Enters spent their time (mean ms): the save (Enter's "
        "handler: `add_idea`, its transaction and the row inserted), of which waiting for the "
        "write lock and the durable COMMIT (fsync of the WAL); then the events that ran before "
        "the list was painted (that paint included; of which the view taking in the room's "
        "change notices); then a repaint, only where the events held none (or with "
        "--forced-repaint).",
        "",
        "| phase | BEGIN IMMEDIATE | total | save | of which lock wait | of which COMMIT |"
        " events | of which `room_changed` | repaint |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for phase in runs:
        for handler in handlers:
            b = breakdown[phase, handler]
            lines.append(brow.format(phase, handler, b["total"], b["save"], b["lock"], b["commit"],
                                     b["events"], b["react"], b["paint"]))  # fmt: skip
    lines += [
        "",
        f"Phones meanwhile: {ok} of {args.phones} ballots acknowledged (201), "
        f"{stored} stored, {voters} distinct voters; acknowledgement p50 "
        f"{acks['p50']:.1f} ms, p99 {acks['p99']:.1f} ms; "
        f"{sum(1 for s in phones['ideas'] if s == 201)} of {args.phone_ideas} phone ideas "
        f"stored ({room_ideas} in the workshop); the phones' phase took "
        f"{phones['wall']:.1f} s"
        + (f"; {notices} change notices reached the view." if notices is not None else "."),
        "",
        f"Reloading the list to show the phones' ideas (`IdeaModel.refresh()` + repaint, "
        f"{rows} rows): p50 {reload['p50']:.1f} ms, max {reload['max']:.1f} ms.",
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ideas", type=int, default=2000, help="ideas already in the workshop")
    parser.add_argument("--phones", type=int, default=200)
    parser.add_argument("--window", type=float, default=10.0)
    parser.add_argument("--phone-ideas", type=int, default=20, help="ideas sent in the window")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument(
        "--layout",
        choices=("app", "thread", "split"),
        default="app",
        help="app: the room server a child process of the laptop's, as RoomSession runs it"
        " (default); thread: a thread of the laptop's process; split: in the phones' process",
    )
    parser.add_argument(
        "--phones-nice",
        type=int,
        default=19,
        help="niceness of the simulated phones' process (19: real phones are other devices)",
    )
    parser.add_argument(
        "--lock",
        choices=("retry", "sqlite", "alternate"),
        default="alternate",
        help="how the laptop's BEGIN IMMEDIATE waits for the write lock: retry (the fix),"
        " sqlite (SQLite's busy handler, before the fix), alternate (one Enter each: default)",
    )
    parser.add_argument(
        "--switch-ms",
        type=float,
        default=5.0,
        help="sys.setswitchinterval in ms: 5 is CPython's (the app's); 1 favours this thread"
        " over a server thread (--layout thread)",
    )
    parser.add_argument(
        "--compare",
        action="store_true",
        help="measure the thread layout, then the app's (child process), in turn",
    )
    parser.add_argument("--repeat", type=int, default=1, help="measure this many times")
    parser.add_argument(
        "--forced-repaint",
        action="store_true",
        help="repaint the list after every Enter's events (a second paint, as measured before)",
    )
    parser.add_argument(
        "--no-freeze",
        action="store_true",
        help="do not set start-up's objects aside from the cycle collector (the app does)",
    )
    parser.add_argument("--quick", action="store_true", help="50 phones, 3 s, not written")
    parser.add_argument("--no-write", action="store_true", help="print, do not write the doc")
    args = parser.parse_args()
    if args.quick:
        args.phones, args.window, args.phone_ideas = 50, 3.0, 5
    if args.switch_ms:
        sys.setswitchinterval(args.switch_ms / 1000)

    from PySide6.QtWidgets import QApplication

    from sim_facilitator.ui.common.ui_thread_gc import UiThreadGarbageCollector
    from sim_facilitator.ui.shell.application import install_fonts

    app = QApplication.instance() or QApplication([])
    install_fonts()
    collector = UiThreadGarbageCollector(app)  # as app.run_app: cycles collected on this thread
    if not args.no_freeze:  # as app.run_app once its window is up
        collector.settle_startup()
    layouts = [args.layout] if not args.compare else ["thread", "app"]
    compared: list[tuple[str, dict[str, float], dict[str, float]]] = []
    for round_number in range(args.repeat):
        for layout in layouts:
            args.layout = layout
            result = _measure(args, app)
            body = _report(args, *result)
            print(body)
            idle, loaded = result[0], result[1]
            compared.append(
                (layout, summary_ms([x.total for x in idle]), summary_ms([x.total for x in loaded]))
            )
            print(f"-- round {round_number + 1}, layout {layout} done", flush=True)
    collector.stop()
    if len(compared) > 1:
        body += "\n\n" + _comparison(args, compared)
        print(_comparison(args, compared))
    if args.quick or args.no_write:
        print("(docs/performance.md not updated)")
        return
    write_section(SECTION, body)


def _comparison(
    args: argparse.Namespace, compared: list[tuple[str, dict[str, float], dict[str, float]]]
) -> str:
    """The layouts measured in turn within one run: p99 (and p50) idle and under load."""
    lines = [
        f"Layouts in turn within this run (`--compare --repeat {args.repeat}`), "
        "Enter → row in the list and painted, ms:",
        "",
        "| turn | room server | idle p50 | idle p99 | under load p50 | under load p99 |",
        "|---:|---|---:|---:|---:|---:|",
    ]
    names = {"app": "child process (the app)", "thread": "thread of the window's process"}
    for turn, (layout, idle, loaded) in enumerate(compared, 1):
        lines.append(
            f"| {turn} | {names.get(layout, layout)} | {idle['p50']:.1f} | {idle['p99']:.1f}"
            f" | {loaded['p50']:.1f} | {loaded['p99']:.1f} |"
        )
    return "\n".join(lines)


def _measure(args: argparse.Namespace, app: Any) -> tuple[Any, ...]:
    """One measurement: a fresh workshop, the room, the phones; what ``_report`` takes."""
    from sim_facilitator.room.process import RoomProcess
    from sim_facilitator.room.server import RoomServer
    from sim_facilitator.ui.capture.capture_view import CaptureView
    from sim_facilitator.ui.room.room_session import RoomSession

    counter = count()
    refreshes: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "room.db"
        store, workshop, secret, options, codes = _prepare(db, args.ideas, args.phones)
        lock = LockClock(store.db.conn, args.lock)
        view = CaptureView(store, workshop)
        view.resize(1000, 700)
        view.show()
        app.processEvents()
        _typist(app, view, 1.0, counter, lock)  # warm up

        session = None
        server_at: tuple[int, str] | tuple[str, str] = (str(db), workshop)
        if args.layout in ("app", "thread"):
            # As RoomSession.open, with the benchmark's limits: the server's thread in this
            # process, its changes queued to the UI thread, coalesced, then to the view as
            # the main window passes them (MainWindow._room_changed).
            session = RoomSession()
            room_class = RoomProcess if args.layout == "app" else RoomServer
            server = room_class(
                db, workshop, host=HOST, limits=_limits(), on_change=session.bridge.on_change
            )
            session.server, session.workshop_id = server, workshop
            session.info = info = server.start()

            def room_changed(kind: str) -> None:
                if kind == "phones":
                    return
                start = time.perf_counter()
                view.room_changed(kind)
                lock.reacting += time.perf_counter() - start
                refreshes.append(kind)

            session.changed.connect(room_changed)
            server_at = (info.port, info.code)
        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        process = ctx.Process(
            target=_phones,
            args=(server_at, secret, options, codes, args.window, args.phone_ideas, args.seed,
                  args.lock, args.phones_nice, child),
            daemon=True,
        )  # fmt: skip
        process.start()
        try:
            while not parent.poll(0.05):  # the event loop runs while the phones connect
                app.processEvents()
                if not process.is_alive():
                    raise RuntimeError("the phones' process died")
            if parent.recv() != "ready":
                raise RuntimeError("the phones' process did not get ready")
            idle = _typist(app, view, args.window, counter, lock, args.forced_repaint)
            parent.send("go")
            loaded = _typist(app, view, args.window, counter, lock, args.forced_repaint)
            while not parent.poll(0.05):  # the last ballots, the event loop still running
                app.processEvents()
                if not process.is_alive():
                    raise RuntimeError("the phones' process died")
            phones = parent.recv()
        finally:
            process.join(30)
            if process.is_alive():
                process.kill()
            if session is not None:
                session.close()
        reloads = []
        for _ in range(3):  # the tab reloaded, the phones' ideas now in the list
            start = time.perf_counter()
            view.model.refresh()
            app.processEvents()
            view.table.viewport().repaint()
            reloads.append(time.perf_counter() - start)
        rows = view.model.rowCount()
        stored = store.list("ballot", "round_id = ?", [secret])
        voters = {b["voter"] for b in stored}
        room_ideas = store.list("idea", "workshop_id = ? AND origin = 'room'", [workshop])
        view.close()
        store.db.conn.close()
    return (
        idle, loaded, phones, reloads, rows, len(stored), len(voters), len(room_ideas),
        len(refreshes) if session is not None else None,
    )  # fmt: skip


if __name__ == "__main__":
    main()
