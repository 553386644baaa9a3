"""The laptop's capture while 200 phones vote: Enter → visible, with and without the load.

Reproducible: ``uv run python -m benchmarks.bench_room_capture [--ideas 2000]
[--phones 200] [--window 10] [--quick]``. One database in a temporary folder:
a workshop with N ideas and an open secret ballot with one one-time code per
phone. In the same run:

* a **separate process** runs the room server (``RoomServer``, its own thread
  and connection, as in the app) and the simulated phones (aiohttp client,
  ``benchmarks/bench_room.py``'s streams and ballots): every phone keeps a live
  stream open, then all cast their ballot at random moments of the same
  ``--window`` seconds, and a few send an idea;
* **this process** drives the real ``CaptureView`` offscreen on its own
  connection to the same file, as ``bench_capture.py`` measures it: text in
  the box, Enter, until the row is in the list and the list has repainted
  (the event loop runs inside the sample, so any timer that fires then is
  counted). One Enter every 50 ms (a fast typist), and the event loop runs
  between two Enters. The tab is not reloaded while typing (the list shows the
  phones' ideas when ``CaptureView.refresh()`` runs); what one reload costs on
  this workshop is measured apart, after the load.

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
import sys
import tempfile
import time
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
    db: str,
    workshop: str,
    secret: str,
    options: list[str],
    codes: list[str],
    window: float,
    phone_ideas: int,
    seed: int,
    pipe: Connection,
) -> None:
    """Room server + simulated phones; reports ``ready``, waits for ``go``, sends results."""
    from sim_facilitator.room.server import Limits, RoomServer

    limits = Limits(rate_per_second=1e6, rate_burst=1e6, streams_per_client=1000, max_streams=1000)
    server = RoomServer(db, workshop, host=HOST, limits=limits)
    info = server.start()
    try:
        results = asyncio.run(
            _simulate(info.port, info.code, secret, options, codes, window, phone_ideas, seed, pipe)
        )
    finally:
        server.stop()
    pipe.send(results)


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


def _typist(app: Any, view: Any, seconds: float, counter: count[int]) -> list[float]:
    """Enter → row in the list and list repainted, one Enter every 50 ms for ``seconds``."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    samples: list[float] = []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        tick = time.perf_counter() + TYPIST_S
        view.entry.setPlainText(f"Nouvelle idée / فكرة جديدة {next(counter)}")
        app.processEvents()
        before = view.model.rowCount()
        start = time.perf_counter()
        QTest.keyClick(view.entry, Qt.Key.Key_Return)
        app.processEvents()
        view.table.viewport().repaint()
        samples.append(time.perf_counter() - start)
        assert view.model.rowCount() >= before + 1
        while time.perf_counter() < tick:  # the typist's pause: the event loop runs
            app.processEvents()
            time.sleep(0.002)
    return samples


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ideas", type=int, default=2000, help="ideas already in the workshop")
    parser.add_argument("--phones", type=int, default=200)
    parser.add_argument("--window", type=float, default=10.0)
    parser.add_argument("--phone-ideas", type=int, default=20, help="ideas sent in the window")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--quick", action="store_true", help="50 phones, 3 s, not written")
    args = parser.parse_args()
    if args.quick:
        args.phones, args.window, args.phone_ideas = 50, 3.0, 5

    from PySide6.QtWidgets import QApplication

    from sim_facilitator.ui.capture.capture_view import CaptureView
    from sim_facilitator.ui.shell.application import install_fonts

    app = QApplication.instance() or QApplication([])
    install_fonts()
    counter = count()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "room.db"
        store, workshop, secret, options, codes = _prepare(db, args.ideas, args.phones)
        view = CaptureView(store, workshop)
        view.resize(1000, 700)
        view.show()
        app.processEvents()
        _typist(app, view, 1.0, counter)  # warm up

        ctx = multiprocessing.get_context("spawn")
        parent, child = ctx.Pipe()
        process = ctx.Process(
            target=_phones,
            args=(str(db), workshop, secret, options, codes, args.window, args.phone_ideas,
                  args.seed, child),
            daemon=True,
        )  # fmt: skip
        process.start()
        try:
            if not parent.poll(90) or parent.recv() != "ready":
                raise TimeoutError("the phones' process did not get ready")
            idle = _typist(app, view, args.window, counter)
            parent.send("go")
            loaded = _typist(app, view, args.window, counter)
            while not parent.poll(0.05):  # the last ballots, the event loop still running
                app.processEvents()
                if not process.is_alive():
                    raise RuntimeError("the phones' process died")
            phones = parent.recv()
        finally:
            process.join(30)
            if process.is_alive():
                process.kill()
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

    without, with_load = summary_ms(idle), summary_ms(loaded)
    reload = summary_ms(reloads)
    acks = summary_ms([t for _s, t in phones["acks"]])
    ok = sum(1 for s, _t in phones["acks"] if s == 201)
    verdict = "met" if with_load["p99"] < 16 else "MISSED"
    row = "| {} | {} | {:.2f} | {:.2f} | {:.2f} | {:.2f} |"
    body = "\n".join(
        [
            machine(),
            "",
            f"`uv run python -m benchmarks.bench_room_capture`: the real `CaptureView` "
            f"(offscreen) on a workshop of {args.ideas} ideas, one Enter every "
            f"{TYPIST_S * 1000:.0f} ms; in a separate process the room server and "
            f"{args.phones} simulated phones (127.0.0.1) with "
            f"{args.phones} live streams open, on the same database file.",
            "",
            "| Enter → row in the list and list repainted | n | p50 ms | p95 ms | p99 ms | max ms"
            " |",
            "|---|---:|---:|---:|---:|---:|",
            row.format("phones connected, idle", without["n"], without["p50"], without["p95"],
                       without["p99"], without["max"]),
            row.format(
                f"while {args.phones} phones cast a secret ballot within the same "
                f"{args.window:.0f} s and {args.phone_ideas} send an idea",
                with_load["n"], with_load["p50"], with_load["p95"], with_load["p99"],
                with_load["max"],
            ),
            "",
            f"Target p99 < 16 ms under the load: **{verdict}** "
            f"(p99 {with_load['p99']:.1f} ms with, {without['p99']:.1f} ms without).",
            "",
            f"Phones meanwhile: {ok} of {args.phones} ballots acknowledged (201), "
            f"{len(stored)} stored, {len(voters)} distinct voters; acknowledgement p50 "
            f"{acks['p50']:.1f} ms, p99 {acks['p99']:.1f} ms; "
            f"{sum(1 for s in phones['ideas'] if s == 201)} of {args.phone_ideas} phone ideas "
            f"stored ({len(room_ideas)} in the workshop); the phones' phase took "
            f"{phones['wall']:.1f} s.",
            "",
            f"Reloading the list to show the phones' ideas (`IdeaModel.refresh()` + repaint, "
            f"{rows} rows): p50 {reload['p50']:.1f} ms, max {reload['max']:.1f} ms. A live "
            "arrival of phone ideas that reloads the whole list would land in an Enter's "
            "figure whenever it runs during one: insert the new rows instead.",
        ]
    )  # fmt: skip
    print(body)
    if args.quick:
        print("(--quick: docs/performance.md not updated)")
        return
    write_section(SECTION, body)


if __name__ == "__main__":
    main()
