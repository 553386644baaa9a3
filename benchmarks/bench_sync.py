"""Live sync between laptops: how long until a change on one is on the others.

Three laptops on 127.0.0.1, each its own process and database: the room
(``sim-facilitator room``) and two note-takers (``sim-facilitator join``, paired
with the room's code, default exchange interval 0.5 s). Ideas are added in turn
on each laptop (as the window adds them: its own connection); each idea is
timed until it is in the other two databases (polled every 5 ms). A note-taker's
change reaches the other note-taker through the room (two exchanges).

Bounded: 3 processes, loopback only, every wait has a timeout; stops by itself.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sim_facilitator.domain.ideas import add_idea
from sim_facilitator.domain.workshops import create_workshop
from sim_facilitator.engine.merge import catch_up_clock
from sim_facilitator.engine.storage import connect
from sim_facilitator.engine.store import Store

from .report import machine, summary_ms, write_section

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 20.0


def _cli(*args: str, log: Path | None = None) -> subprocess.Popen[str]:
    out = log.open("w") if log is not None else subprocess.PIPE
    return subprocess.Popen(
        [sys.executable, "-m", "sim_facilitator", *args],
        stdout=out,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _has(store: Store, idea_id: str) -> bool:
    return store.db.execute("SELECT 1 FROM p_idea WHERE id = ?", [idea_id]).fetchone() is not None


def _wait(condition: Any, timeout: float = TIMEOUT_S) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("not reached in time")
        time.sleep(0.05)


def run(changes: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        dbs = [folder / f"laptop{n}.db" for n in range(3)]
        room_store = Store(connect(dbs[0]))
        workshop = create_workshop(room_store, "Atelier")
        add_idea(room_store, workshop, "première idée")
        for db in dbs[1:]:
            Store(connect(db)).db.conn.close()
        port = _free_port()
        room = _cli("room", "--db", str(dbs[0]), "--workshop", workshop, "--host", "127.0.0.1",
                    "--port", str(port), "--no-advertise")  # fmt: skip
        procs = [room]
        try:
            assert room.stdout is not None
            url = f"http://127.0.0.1:{port}/"
            code = json.loads(room.stdout.readline())["pairing_code"]
            for n, db in enumerate(dbs[1:], start=1):
                log = folder / f"join{n}.jsonl"
                procs.append(_cli("join", "--db", str(db), url, "--code", code, "--yes", log=log))
                _wait(lambda log=log: '"connected"' in log.read_text())
                # Each pairing uses the code up: the next laptop reads the new one.
                line = room.stdout.readline()
                while "pairing_code" not in line:
                    line = room.stdout.readline()
                code = json.loads(line)["pairing_code"]
            stores = [room_store] + [Store(connect(db)) for db in dbs[1:]]
            _wait(lambda: all(len(s.in_workshop("idea", workshop)) == 1 for s in stores))
            paths: dict[str, list[float]] = {"room → note-taker": [], "note-taker → room": [],
                                             "note-taker → note-taker": []}  # fmt: skip
            every: list[float] = []
            for n in range(changes):
                source = n % 3
                store = stores[source]
                catch_up_clock(store)
                time.sleep(0.05 + (n * 0.137) % 0.5)  # changes at no fixed phase of the polls
                made = time.perf_counter()
                idea = add_idea(store, workshop, f"idée {n}")
                pending = {t for t in range(3) if t != source}
                while pending:
                    for target in sorted(pending):
                        if _has(stores[target], idea):
                            latency = time.perf_counter() - made
                            pending.discard(target)
                            every.append(latency)
                            kind = (
                                "room → note-taker" if source == 0
                                else "note-taker → room" if target == 0
                                else "note-taker → note-taker"
                            )  # fmt: skip
                            paths[kind].append(latency)
                    if time.perf_counter() - made > TIMEOUT_S:
                        raise TimeoutError(f"idea {n} did not arrive")
                    time.sleep(0.005)
            return {"all": summary_ms(every), **{k: summary_ms(v) for k, v in paths.items()}}
        finally:
            for proc in reversed(procs):
                proc.send_signal(signal.SIGTERM)
            for proc in procs:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    proc.wait(20)
                if proc.poll() is None:
                    proc.kill()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--changes", type=int, default=60)
    args = parser.parse_args()
    changes = 9 if args.quick else args.changes
    results = run(changes)
    rows = "\n".join(
        f"| {name} | {r['n']} | {r['p50']:.0f} | {r['p95']:.0f} | {r['max']:.0f} |"
        for name, r in results.items()
    )
    verdict = "met" if results["all"]["p95"] <= 2000 else "missed"
    table = (
        f"{machine()}\n\n"
        "Three laptops on 127.0.0.1, each its own process and database: `sim-facilitator room`"
        " and two `sim-facilitator join` paired with it (exchange every 0.5 s, the default)."
        f" {changes} ideas added in turn on each laptop, each timed until it is in the other"
        " two databases (`benchmarks/bench_sync.py`).\n\n"
        "| change → arrival | arrivals | p50 ms | p95 ms | max ms |\n|---|---|---|---|---|\n"
        f"{rows}\n\n"
        f"Target: p95 ≤ 2 s while connected: **{verdict}**. A note-taker's change reaches"
        " the other note-taker through the room: up to one exchange interval to reach the"
        " room, one more to leave it. The window calls `SyncClient.sync_now()` after a local"
        " edit, which saves the first wait; `join` polls."
    )
    print(table)
    if args.quick:
        print("(--quick: docs/performance.md not updated)")
        return
    write_section("Live sync between laptops", table)


if __name__ == "__main__":
    main()
